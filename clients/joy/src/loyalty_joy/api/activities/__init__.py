# generated from specs/joy/openapi.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
