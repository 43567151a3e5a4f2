"""A stand-in for each vendor: holds customers and their ledgers and answers the way the vendor's spec and
recorded exchanges say, in-process (an httpx transport) or over loopback HTTP (``python -m sandbox``).

One engine serves all five vendors: routing, parameter checks, credentials, pagination, filters and error bodies
come from ``specs/<key>/openapi.yaml`` and ``tests/recordings/<key>/``; only what a spec cannot say (what an
earn rule does to a balance) is written by hand, in :mod:`sandbox.behaviours`.
"""
