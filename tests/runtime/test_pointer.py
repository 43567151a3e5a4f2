"""JSON Pointer look-ups (RFC 6901)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.specs import escape
from loyalty_runtime.pointer import MISSING, parse, resolve

DOCUMENT = {"data": [{"id": "a"}, {"id": "b"}], "a/b": {"m~n": 1}, "meta": {"flag": False, "none": None}}


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", DOCUMENT),
        ("/data/1/id", "b"),
        ("/a~1b/m~0n", 1),
        ("/meta/flag", False),
        ("/meta/none", None),
        ("/data/2", MISSING),
        ("/data/01", MISSING),
        ("/data/-", MISSING),
        ("/meta/flag/deeper", MISSING),
        ("/nothing", MISSING),
    ],
)
def test_resolve(pointer: str, expected: object) -> None:
    assert resolve(DOCUMENT, pointer) == expected


def test_pointer_must_start_with_a_slash() -> None:
    with pytest.raises(ValueError, match="must start with"):
        parse("data")


@given(st.lists(st.text(max_size=8), min_size=1, max_size=5), st.integers())
def test_escaped_tokens_lead_back_to_the_value(tokens: list[str], value: int) -> None:
    document: object = value
    for token in reversed(tokens):
        document = {token: document}
    pointer = "".join(f"/{escape(token)}" for token in tokens)
    assert parse(pointer) == tuple(tokens)
    assert resolve(document, pointer) == value
