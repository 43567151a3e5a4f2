"""Argument checks that generated operations run before anything is sent.

The generator turns each parameter's schema (type, format, enum, minimum/maximum, minLength/maxLength, pattern,
``anyOf``) into straight-line calls of these functions, and the request body into one :func:`check_body`. A value
of the wrong type raises ``TypeError``, a value of the right type outside its schema raises ``ValueError``; both
name the argument, and neither lets a request leave. ``None`` is never a value of an argument (an optional one is
left out by not passing it), ``bool`` is not a number, and a number is finite.
"""

from __future__ import annotations

import copy
import datetime
import enum
import functools
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import quote

from loyalty_runtime.decode import Mismatch
from loyalty_runtime.types import Unset

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
_DOT_SEGMENTS = frozenset({".", ".."})


def _got(value: object) -> str:
    return f"{type(value).__name__} {value!r:.60}"


def _absent(name: str, value: object, optional: bool) -> bool:
    """Whether an optional argument was left out (``UNSET``); ``UNSET`` for a required one is a ``TypeError``."""
    if isinstance(value, Unset):
        if optional:
            return True
        raise TypeError(f"{name} is required")
    return False


def _bounds(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        low = "" if minimum is None else f" at least {minimum:g}"
        high = "" if maximum is None else f" at most {maximum:g}"
        raise ValueError(f"{name} must be{low}{' and' if low and high else ''}{high}, got {value!r}")


def check_integer(
    name: str, value: object, *, optional: bool = False, minimum: int | None = None, maximum: int | None = None
) -> None:
    """An ``int`` (not a ``bool``, not a float however integral) within its documented range."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {_got(value)}")
    _bounds(name, value, minimum, maximum)


def check_number(
    name: str, value: object, *, optional: bool = False, minimum: float | None = None, maximum: float | None = None
) -> None:
    """A finite ``int`` or ``float`` (not a ``bool``) within its documented range."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {_got(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    _bounds(name, value, minimum, maximum)


def check_boolean(name: str, value: object, *, optional: bool = False) -> None:
    """A ``bool`` (sent as ``true``/``false``); ``0``, ``1`` and ``"true"`` are not."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {_got(value)}")


def check_string(
    name: str,
    value: object,
    *,
    optional: bool = False,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> None:
    """A ``str`` (not ``bytes``, a number or a list) of the documented length that matches the documented pattern.

    ``min_length`` counts non-blank characters, so ``"  "`` is as empty as ``""``. ``pattern`` is the spec's
    ECMA-262 regular expression with JSON Schema's meaning (see :func:`python_pattern`).
    """
    if _absent(name, value, optional):
        return
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {_got(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{name} is not valid Unicode text (it holds a lone surrogate)") from None
    if min_length is not None and len(value.strip()) < min_length:
        raise ValueError(f"{name} must not be empty" if min_length == 1 else f"{name} needs {min_length}+ characters")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{name} must have at most {max_length} characters, got {len(value)}")
    if pattern is not None and python_pattern(pattern).search(value) is None:
        raise ValueError(f"{name} must match {pattern!r}, got {value!r:.60}")


E = TypeVar("E", bound=enum.Enum)


def check_enum(name: str, value: object, kind: type[E], *, optional: bool = False) -> None:
    """A member of the enum class ``kind`` that the spec lists (not its plain string value, not an unknown member
    decoded from an answer)."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__} member, got {_got(value)}")
    if value.value not in kind._value2member_map_:
        raise ValueError(f"{name}: {value.value!r} is not a {kind.__name__} value the spec lists")


def check_date(name: str, value: object, *, optional: bool = False) -> None:
    """A ``datetime.date`` that is not a ``datetime.datetime`` (sent as ``YYYY-MM-DD``)."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime.date, got {_got(value)}")


def check_date_time(name: str, value: object, *, optional: bool = False) -> None:
    """A ``datetime.datetime`` with a time zone (RFC 3339 date-times carry an offset of whole minutes; a naive one is
    ambiguous)."""
    if _absent(name, value, optional):
        return
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime.datetime, got {_got(value)}")
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"{name} must carry a time zone (tzinfo), got the naive {value.isoformat()!r}")
    if offset % datetime.timedelta(minutes=1):
        raise ValueError(f"{name}: an RFC 3339 offset is whole minutes, got {value.isoformat()!r}")


def check_any(name: str, value: object, *alternatives: Callable[[str, object], None], optional: bool = False) -> None:
    """A value that passes at least one of ``alternatives`` (a schema's ``anyOf``/``oneOf`` branches)."""
    if _absent(name, value, optional):
        return
    problems: list[Exception] = []
    for alternative in alternatives:
        try:
            alternative(name, value)
            return
        except (TypeError, ValueError) as problem:
            problems.append(problem)
    kind = TypeError if all(isinstance(problem, TypeError) for problem in problems) else ValueError
    raise kind(f"{name} fits none of its forms: " + "; ".join(map(str, problems)))


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one path segment; ``ValueError`` for an empty, ``"."`` or ``".."`` value.

    Those three would change the request path (URL normalisation removes dot segments, an empty one merges two), and
    percent-encoding cannot help: ``%2E`` is a dot again to a normalising server. Every other value, ``/``, ``%``,
    ``?`` and control characters included, is encoded so that it stays exactly one segment.
    """
    text = str(value)
    if text in _DOT_SEGMENTS or not text:
        raise ValueError(f"{name} cannot be {text!r}: it would change the request path")
    return quote(text, safe="")


@functools.cache
def python_pattern(pattern: str) -> re.Pattern[str]:
    """The spec's ECMA-262 ``pattern`` compiled for ``re.search`` (JSON Schema tests a pattern anywhere in the value).

    ECMA-262's ``$`` (without the multiline flag) matches only at the very end, Python's also before a final
    newline, so ``$`` outside a character class becomes ``\\Z``: ``^[0-9]+$`` refuses ``"123\\n"``. ``\\d`` and
    ``\\w`` are ASCII-only in ECMA-262, hence ``re.ASCII``.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        out.append(char)
    return re.compile("".join(out), re.ASCII)


class Model(Protocol):
    """A generated model: ``to_dict`` gives its JSON object, ``from_dict`` type-checks one."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def check_body(name: str, value: object, model: type[Model]) -> dict[str, Any]:
    """The JSON object to send for the request body ``value``, which must be a ``model`` instance.

    A plain dict is refused (``TypeError``): build the model with ``model.from_dict(...)``, which checks it. The
    body's JSON is checked by the model's own type-checked ``from_dict``; and stricter than decoding, an integer
    field must hold a real ``int`` (``2.0`` is refused, as ``True`` is), every number must be finite, and every value
    a JSON value. Errors name the field: ``body.earn_rule_id``.
    """
    if not isinstance(value, model):
        kind = model.__name__
        raise TypeError(f"{name} must be a {kind} (build one with {kind}.from_dict), got {_got(value)}")
    try:
        payload = value.to_dict()
    except (AttributeError, TypeError, ValueError) as error:
        raise TypeError(f"{name} cannot be turned into JSON: {error}") from error
    try:
        sent = _json_copy(name, payload)
    except RecursionError:
        raise ValueError(f"{name} is nested too deeply (or contains itself)") from None
    if not isinstance(sent, dict):
        raise TypeError(f"{name} must be a JSON object, got {_got(sent)}")
    try:
        rebuilt = model.from_dict(copy.deepcopy(sent)).to_dict()  # a copy: nothing changes what is sent
    except Mismatch as error:  # generated from_dict names the JSON path of what does not fit
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.path)
        if error.absent:
            raise TypeError(f"{name}{where} is required") from error
        wrong_type = error.reason.startswith("expected ")
        raise (TypeError if wrong_type else ValueError)(f"{name}{where}: {error.reason}") from error
    except KeyError as error:
        raise TypeError(f"{name}.{error.args[0]} is required") from error
    except (TypeError, AttributeError, ValueError, IndexError, OverflowError, RecursionError) as error:
        text = str(error)
        message = f"{name}.{text}" if re.match(r"[\w.\[\]-]+: ", text) else f"{name}: {text}"
        raise (TypeError if isinstance(error, TypeError | AttributeError) else ValueError)(message) from error
    _same_json(name, sent, rebuilt)
    return sent


def _json_copy(path: str, value: object) -> object:
    """A copy of ``value`` made of plain JSON types only, else ``TypeError``/``ValueError`` naming where."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{path} must be a finite number, got {value!r}")
        return float(value)
    if isinstance(value, list | tuple):
        return [_json_copy(f"{path}[{index}]", item) for index, item in enumerate(value)]
    if isinstance(value, dict):
        copy: dict[str, object] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{path} has a non-string key {_got(key)}")
            copy[key] = _json_copy(f"{path}.{key}", item)
        return copy
    raise TypeError(f"{path} is not a JSON value: {_got(value)}")


def _same_json(path: str, sent: object, rebuilt: object) -> None:
    """``sent`` equals what its model makes of it, type for type (``2.0`` is not the ``2`` of an integer field)."""
    if isinstance(sent, dict) and isinstance(rebuilt, dict) and sent.keys() == rebuilt.keys():
        for key in sent:
            _same_json(f"{path}.{key}", sent[key], rebuilt[key])
    elif isinstance(sent, list) and isinstance(rebuilt, list) and len(sent) == len(rebuilt):
        for index, (left, right) in enumerate(zip(sent, rebuilt, strict=True)):
            _same_json(f"{path}[{index}]", left, right)
    elif type(sent) is not type(rebuilt) or sent != rebuilt:
        raise TypeError(f"{path} must be sent as {_got(rebuilt)} (what the model declares), got {_got(sent)}")
