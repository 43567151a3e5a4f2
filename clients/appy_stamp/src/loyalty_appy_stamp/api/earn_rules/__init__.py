# generated from specs/appy_stamp/openapi.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
