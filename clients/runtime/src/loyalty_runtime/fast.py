"""The fast path of decoding a success body, used when the optional ``fast`` extra (msgspec) is installed.

Each generated package mirrors the models its answers decode into as msgspec Structs (its ``_fast.py``, generated
from the spec): msgspec decodes the bytes straight into them in C, checking every type as it goes, and a short
generated converter builds our attrs models from them. A Struct refuses any property the spec does not name, and
every value of another type, so whatever the reference decoding would handle specially (additional properties,
integral floats, any value that does not fit) makes msgspec raise: the body then goes to the reference path, the
strict JSON parse and the model's ``from_dict``, which decodes what it can and names the JSON path of what it
cannot. The result is therefore the same whichever path ran; without msgspec, only the reference path runs.

Formats keep their guarantees: date-times and UUIDs are read by :mod:`loyalty_runtime.decode` (``dec_hook``), so
they round-trip verbatim; open enums keep unknown values, as msgspec asks the enum's ``_missing_``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

from loyalty_runtime.decode import formatted
from loyalty_runtime.pointer import MISSING, parse
from loyalty_runtime.types import UNSET

try:
    import msgspec
except ImportError:  # the optional "fast" extra is not installed
    msgspec = None  # type: ignore[assignment,unused-ignore]

T = TypeVar("T")

# The default of an optional mirror field: UNSET, typed Any so that a Struct field of any type may default to it.
ABSENT: Any = UNSET


def installed() -> bool:
    """Whether msgspec is there, so that answers take the fast path."""
    return msgspec is not None


# msgspec's dec_hook: the date-times and UUIDs of a mirror, read as the reference decoding reads them.
hook = formatted


def only_additional(model: type[T], properties: dict[str, Any]) -> T:
    """A model that declares no property, holding the JSON object's properties as additional ones (its ``__init__``
    would only set them to an empty dict, replaced at once)."""
    built = object.__new__(model)
    built.additional_properties = properties  # type: ignore[attr-defined]
    return built


def _not_json(constant: str) -> NoReturn:
    raise ValueError(f"{constant} is not JSON")


def parse_json(content: bytes) -> object:
    """A JSON body, strictly: ``NaN``/``Infinity``/``-Infinity`` (which Python's decoder accepts) are refused.

    With the ``fast`` extra installed, msgspec parses it first (about twice as fast as the standard library, and as
    strict); what msgspec refuses (numbers out of a double's range, lone surrogates, UTF-16 bodies, or anything
    malformed) goes to the standard library, which decodes what it can and raises as it always did.
    """
    if msgspec is not None:
        try:
            return msgspec.json.decode(content)
        except (msgspec.DecodeError, RecursionError):
            pass
    return json.loads(content, parse_constant=_not_json)


class Parser(Generic[T]):
    """How an operation's success body becomes its model: called with parsed JSON, the reference decoding
    (``from_dict``); :meth:`from_bytes`, the fast path over the raw body when msgspec is installed.

    ``load`` imports the package's mirrors on first use (they need msgspec) and returns the decoding function, which
    gives the mirror and the model of a body.
    """

    __slots__ = ("_decode", "_load", "reference")
    reference: Callable[[Any], T]

    def __init__(self, reference: Callable[[Any], T], load: Callable[[], Callable[[bytes], tuple[Any, T]]]) -> None:
        self.reference = reference
        self._load = load
        self._decode: Callable[[bytes], tuple[Any, T]] | None = None

    def __call__(self, data: Any) -> T:
        return self.reference(data)

    def from_bytes(self, content: bytes) -> tuple[Any, T] | None:
        """The mirror and model of ``content``; ``None`` when the fast path does not apply (msgspec is not installed
        or refuses the body), and the reference path must decide."""
        if msgspec is None:
            return None
        decode = self._decode
        if decode is None:
            decode = self._decode = self._load()
        try:
            return decode(content)
        except (msgspec.MsgspecError, RecursionError):
            return None


def at_pointer(mirror: object, pointer: str) -> object:
    """The value at a JSON Pointer inside a decoded mirror (its JSON names), or ``MISSING``."""
    current = mirror
    for token in parse(pointer):
        if msgspec is not None and isinstance(current, msgspec.Struct):
            fields = type(current)
            names = dict(zip(fields.__struct_encode_fields__, fields.__struct_fields__, strict=True))
            current = getattr(current, names[token], MISSING) if token in names else MISSING
            if current is UNSET or current is MISSING:
                return MISSING
        elif isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return MISSING
    return current
