# generated from specs/yuko/openapi.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
