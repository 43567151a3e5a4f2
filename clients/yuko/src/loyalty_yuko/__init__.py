# generated from specs/yuko/openapi.yaml — do not edit
"""Typed client of the Yuko Public REST API (customer activities).

Operations are methods of the clients' resources (``client.<tag>.<operation>(...)``) and functions in
``loyalty_yuko.api.<tag>.<operation>``; models in ``loyalty_yuko.models``, errors in
``loyalty_yuko.errors``.
"""

from . import errors
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__version__ = "0.1.0"

__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient", "__version__", "errors"]
