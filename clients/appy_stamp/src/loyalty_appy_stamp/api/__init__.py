# generated from specs/appy_stamp/openapi.yaml — do not edit
"""Contains methods for accessing the API"""
