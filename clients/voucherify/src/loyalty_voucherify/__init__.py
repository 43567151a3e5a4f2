# generated from specs/voucherify/openapi.yaml — do not edit
"""Typed client of the Voucherify API — customer activity.

Operations live in ``loyalty_voucherify.api.<tag>.<operation>``, models in ``loyalty_voucherify.models``, errors in
``loyalty_voucherify.errors``.
"""

from . import errors
from .client import AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AuthenticatedClient", "__version__", "errors"]
