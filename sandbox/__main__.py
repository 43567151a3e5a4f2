"""``python -m sandbox``: start all five vendor sandboxes on loopback with seeded data, print how to reach them."""

from __future__ import annotations

import argparse
import time

from sandbox.seed import DEMO_CREDENTIALS, all_seeded
from sandbox.server import serving


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8701, help="first port (vendors take consecutive ones); 0: any")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long (default: until Ctrl-C)")
    args = parser.parse_args()
    sandboxes = all_seeded()
    with serving(sandboxes, first_port=args.port) as running:
        print("Loyalty sandboxes on loopback (seeded; Ctrl-C stops):\n")
        for key, item in running.items():
            customers = ", ".join(f"{cid} ({len(c.records)} records)" for cid, c in item.sandbox.customers.items())
            print(f"{key:<11} base_url={item.base_url}")
            print(f"{'':<11} customers: {customers}")
            env = {c.kwarg: c.env for c in item.sandbox.vendor.credentials}
            exports = " ".join(f"{env[kwarg]}={value}" for kwarg, value in DEMO_CREDENTIALS[key].items())
            print(f"{'':<11} credentials: {exports}\n")
        try:
            deadline = time.monotonic() + args.seconds if args.seconds else None
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
