# generated from specs/capillary/openapi.yaml — do not edit
"""Contains methods for accessing the API"""
