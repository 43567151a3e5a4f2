# generated from specs/voucherify/openapi.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
