"""Every recorded response body decodes into its operation's model and ``to_dict()`` gives the body back."""

from __future__ import annotations

import copy

import pytest

from generator.recordings import Recording, load_recordings
from generator.specs import response_for
from tests.clients.replay import spec_operation
from tests.properties.support import VENDORS, ResponseSchema, comparable, decodable, expected_model, response_schemas

RECORDINGS = [(key, recording) for key in VENDORS for recording in load_recordings(key)]


def _response(key: str, recording: Recording) -> ResponseSchema:
    """The declared JSON response the recording answers (exact status, ``4XX`` range, then ``default``)."""
    declared = response_for(spec_operation(key, recording.data["operation"]), recording.response["status"])
    assert declared is not None, f"{recording.name}: status {recording.response['status']} is not declared"
    for response in response_schemas(key):
        if response.operation_id == recording.data["operation"] and response.status == declared[0]:
            return response
    raise AssertionError(f"{recording.name}: status {declared[0]} declares no JSON body")


@pytest.mark.parametrize(("key", "recording"), RECORDINGS, ids=[f"{k}/{r.file.stem}" for k, r in RECORDINGS])
def test_recorded_body_round_trips(key: str, recording: Recording) -> None:
    response = _response(key, recording)
    assert decodable(key, response.schema), f"{response.id}: no object schema, nothing to decode into"
    body = recording.response["body"]
    model = expected_model(response, body)
    decoded = model.from_dict(copy.deepcopy(body))
    assert comparable(decoded.to_dict()) == comparable(body)
    assert model.from_dict(decoded.to_dict()) == decoded


def test_every_vendor_has_recordings_of_success_and_error() -> None:
    for key in VENDORS:
        statuses = {r.response["status"] for k, r in RECORDINGS if k == key}
        assert any(200 <= s < 300 for s in statuses), key
        assert any(s >= 400 for s in statuses), key
