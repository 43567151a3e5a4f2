"""``python -m sandbox``: start all five vendor sandboxes on loopback with seeded data, print how to reach them
and the ``export`` lines that aim every client (and every README example) at them."""

from __future__ import annotations

import argparse
import shlex
import time

from sandbox.seed import all_seeded
from sandbox.server import environment, serving


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
            print(f"{'':<11} customers: {customers}\n")
        print("Export these in a shell, and every client (and every README example) talks to the sandboxes:\n")
        for key, item in running.items():
            variables = environment({key: item})
            print("export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in variables.items()))
        print(flush=True)
        try:
            deadline = time.monotonic() + args.seconds if args.seconds else None
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
