# generated from specs/yuko/openapi.yaml — do not edit
"""Contains methods for accessing the API"""
