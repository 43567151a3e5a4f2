# generated from specs/capillary/openapi.yaml — do not edit
"""Typed client of the Capillary Loyalty Events API.

Operations are methods of the clients' resources (``client.<tag>.<operation>(...)``) and functions in
``loyalty_capillary.api.<tag>.<operation>``; models in ``loyalty_capillary.models``, errors in
``loyalty_capillary.errors``.
"""

from . import errors
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient", "__version__", "errors"]
