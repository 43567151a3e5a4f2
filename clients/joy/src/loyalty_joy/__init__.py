# generated from specs/joy/openapi.yaml — do not edit
"""Typed client of the Joy Loyalty REST API v1 - point activities.

Operations are methods of the clients' resources (``client.<tag>.<operation>(...)``) and functions in
``loyalty_joy.api.<tag>.<operation>``; models in ``loyalty_joy.models``, errors in
``loyalty_joy.errors``.
"""

from . import errors
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient", "__version__", "errors"]
