"""Recorded exchanges agree with the specs, and the checks catch recordings that do not."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from generator import recordings
from generator.recordings import Recording, load_recordings
from generator.specs import find_operation, load_spec, vendor_keys


@pytest.mark.parametrize("key", vendor_keys())
def test_recordings_agree_with_the_spec(key: str) -> None:
    assert recordings.problems(key) == []


@pytest.mark.parametrize("key", vendor_keys())
def test_each_vendor_has_a_multi_page_walk_and_error_recordings(key: str) -> None:
    loaded = load_recordings(key)
    walks = {r.data["sequence"]["name"]: r.data["sequence"]["of"] for r in loaded if "sequence" in r.data}
    assert any(length >= 3 for length in walks.values()), f"{key}: no walk of three pages or more"
    assert any(r.response["status"] >= 400 for r in loaded), f"{key}: no error recording"


@pytest.mark.parametrize("key", vendor_keys())
def test_every_declared_error_status_has_a_recording(key: str) -> None:
    spec = load_spec(key)
    recorded = {(r.data["operation"], str(r.response["status"])) for r in load_recordings(key)}
    for recording_op in {op for op, _ in recorded}:
        operation = find_operation(spec, recording_op)
        assert operation is not None
        declared = {status for status in operation.node["responses"] if status[0] in "45" and status.isdigit()}
        missing = {status for status in declared if (recording_op, status) not in recorded}
        assert not missing, f"{key} {recording_op}: no recording for declared error statuses {sorted(missing)}"


def _walk(key: str) -> list[Recording]:
    walk = [r for r in load_recordings(key) if "sequence" in r.data]
    first = walk[0].data["sequence"]["name"]
    return sorted(
        (Recording(Path(r.file), copy.deepcopy(r.data)) for r in walk if r.data["sequence"]["name"] == first),
        key=lambda r: r.data["sequence"]["step"],
    )


def test_check_catches_an_unredacted_credential() -> None:
    walk = _walk("yuko")
    walk[0].request["headers"]["Authorization"] = "Bearer py_0123456789abcdef0123456789abcdef"
    assert any("unredacted credential" in p for p in recordings.problems("yuko", walk))


def test_check_catches_an_undeclared_query_parameter() -> None:
    walk = _walk("yuko")
    walk[0].request["query"]["sort"] = "asc"
    assert any("query parameter sort is not declared" in p for p in recordings.problems("yuko", walk))


def test_check_catches_a_body_that_breaks_the_schema() -> None:
    walk = _walk("yuko")
    walk[0].response["body"]["data"][0]["points"] = "one hundred"
    assert any("response body/data/0/points" in p for p in recordings.problems("yuko", walk))


@pytest.mark.parametrize("key", vendor_keys())
def test_check_catches_a_walk_that_does_not_follow_the_pagination(key: str) -> None:
    walk = _walk(key)
    del walk[1]
    for step, recording in enumerate(walk, start=1):
        recording.data["sequence"].update(step=step, of=len(walk))
    assert any("the previous page says" in p or "repeats" in p for p in recordings.problems(key, walk))


@pytest.mark.parametrize("key", vendor_keys())
def test_check_catches_a_walk_that_stops_early(key: str) -> None:
    walk = _walk(key)[:-1]
    for recording in walk:
        recording.data["sequence"]["of"] = len(walk)
    assert any("last-page signal" in p for p in recordings.problems(key, walk))


def test_a_walk_may_move_by_the_declared_record_offset_and_is_checked_step_by_step() -> None:
    walk = _walk("capillary")
    for recording in walk[1:]:  # the same pages, asked for by offset instead of page
        query = recording.request["query"]
        page = int(query.pop("page"))
        query["offset"] = str((page - 1) * int(query.get("limit", 10)))
    assert recordings.problems("capillary", walk) == []
    walk[-1].request["query"]["offset"] = str(int(walk[-1].request["query"]["offset"]) + 1)
    assert any("offset='" in p and "the previous page says" in p for p in recordings.problems("capillary", walk))
