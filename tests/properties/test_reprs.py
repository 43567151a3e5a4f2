"""A decoded model's repr shows the plain types its fields declare (issue 10 item 9): the decoder's subclasses
that remember how a value was written (``Timestamp``, ``WrittenUUID``) stay an implementation detail."""

from __future__ import annotations

import datetime
import json
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.specs import SPECS_DIR
from loyalty_runtime import decode
from tests.clients.replay import SUCCESS, Replay, list_module, make_client, operation_module, text_response
from tests.properties.support import VENDORS, rfc3339_date_times
from tests.properties.test_malformed_bodies import KWARGS


@given(text=rfc3339_date_times(max_fraction_digits=9))
def test_a_decoded_date_time_has_the_repr_of_a_datetime(text: str) -> None:
    moment = decode.date_time(text, "at")
    plain = datetime.datetime(*moment.timetuple()[:6], moment.microsecond, tzinfo=moment.tzinfo)
    assert repr(moment) == repr(plain)
    assert eval(repr(moment), {"datetime": datetime}) == moment


@given(value=st.uuids(), upper=st.booleans())
def test_a_decoded_uuid_has_the_repr_of_a_uuid(value: uuid.UUID, upper: bool) -> None:
    text = str(value).upper() if upper else str(value)
    assert repr(decode.uuid_value(text, "id")) == repr(value) == f"UUID('{value}')"


def _recorded_pages(key: str) -> list[str]:
    """The bodies of the vendor's recorded list answers that hold records."""
    module = list_module(key)
    return [
        json.dumps(recording.response["body"])
        for case_key, recording in SUCCESS
        if case_key == key
        and operation_module(key, recording.data["operation"]) is module
        and recording.response["body"].get("data")
    ]


@pytest.mark.parametrize("key", VENDORS)
def test_a_decoded_page_repr_names_only_plain_types(key: str) -> None:
    pages = _recorded_pages(key)
    client = make_client(key, Replay([text_response(200, page) for page in pages]))
    shown = " ".join(repr(list_module(key).sync(client=client, **KWARGS[key])) for _ in pages)
    assert "datetime.datetime(" in shown
    if "format: uuid" in (SPECS_DIR / key / "openapi.yaml").read_text(encoding="utf-8"):
        assert "UUID('" in shown
    assert "Timestamp" not in shown
    assert "WrittenUUID" not in shown
