# generated from specs/appy_stamp/openapi.yaml — do not edit
"""Typed client of the Appy Stamp REST API — customer activities and earn rules.

Operations are methods of the clients' resources (``client.<tag>.<operation>(...)``) and functions in
``loyalty_appy_stamp.api.<tag>.<operation>``; models in ``loyalty_appy_stamp.models``, errors in
``loyalty_appy_stamp.errors``.
"""

from . import errors
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient", "__version__", "errors"]
