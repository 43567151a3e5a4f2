# generated from specs/capillary/openapi.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
