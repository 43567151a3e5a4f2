# generated from specs/joy/openapi.yaml — do not edit
"""Contains methods for accessing the API"""
