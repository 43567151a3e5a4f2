"""Shared runtime of the loyalty-clients packages."""

__version__ = "0.1.0"
