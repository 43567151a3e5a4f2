"""The ``loyalty`` logger hierarchy: each client logs to ``loyalty.<vendor key>`` (``loyalty.yuko``, …).

At DEBUG: each attempt's request line (method and URL), its status and elapsed time, a failed attempt's cause, and
each page a walk reads (page number, records, where the walk goes next). At INFO: retry decisions (reason and
wait) only, nothing per request. Headers and bodies are never logged, and credentials travel only in headers (the
generator refuses any other place), so no log line can hold one.

Nothing is printed unless the application configures logging, or ``LOYALTY_LOG=debug`` (or ``info``) is set in
the environment when the runtime is first imported: then a stderr handler is attached to ``loyalty`` at that
level, once.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import warnings
from collections.abc import Mapping

ROOT = "loyalty"
ENVIRONMENT_VARIABLE = "LOYALTY_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@functools.cache
def logger(key: str) -> logging.Logger:
    """The logger of one vendor's client."""
    return logging.getLogger(f"{ROOT}.{key}")


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler ``LOYALTY_LOG`` attaches (a class of its own, so it is attached only once)."""


def configure_from_environment(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Attach a stderr handler to ``loyalty`` at the level ``LOYALTY_LOG`` names; ``None`` when it names none."""
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return None
    level = _LEVELS.get(value.lower())
    if level is None:
        warnings.warn(f"{ENVIRONMENT_VARIABLE}={value!r} is ignored: use debug or info", stacklevel=2)
        return None
    root = logging.getLogger(ROOT)
    root.setLevel(level)
    handler = next((h for h in root.handlers if isinstance(h, _EnvironmentHandler)), None)
    if handler is None:
        handler = _EnvironmentHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    return handler


configure_from_environment()
