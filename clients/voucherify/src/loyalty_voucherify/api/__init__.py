# generated from specs/voucherify/openapi.yaml — do not edit
"""Contains methods for accessing the API"""
