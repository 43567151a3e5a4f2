"""``python -m sandbox.bench`` (``nox -s bench``): the clients measured side by side with their peers in one run,
best of several rounds, printed as ratios and written to a JSON file. One module per measurement: decoding (per
record, against json.loads, msgspec, pydantic v2, stock openapi-python-client and the official Voucherify SDK),
walks (against a raw httpx loop over loopback), latency (concurrent walks against a raw ``asyncio.gather``),
memory (peak of a whole-ledger walk at two sizes) and imports. Numbers, not assertions: nothing here gates.

Features other work may add are detected, not assumed: a ``concurrency`` argument of the walks, and a sandbox
that times its own answering. Where one is absent the figure is ``None`` (printed ``n/a``)."""
