# generated from specs/voucherify/openapi.yaml — do not edit
"""Typed client of the Voucherify API — customer activity.

Operations are methods of the clients' resources (``client.<tag>.<operation>(...)``) and functions in
``loyalty_voucherify.api.<tag>.<operation>``; models in ``loyalty_voucherify.models``, errors in
``loyalty_voucherify.errors``.
"""

from . import errors
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient", "__version__", "errors"]
