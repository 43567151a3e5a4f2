# generated from specs/capillary/openapi.yaml — do not edit
"""Shared value types (from ``loyalty_runtime.types``)."""

from loyalty_runtime.types import UNSET, Response, Unset

__all__ = ["UNSET", "Response", "Unset"]
