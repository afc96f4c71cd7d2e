"""`python -m openai.testing`: run the built-in OpenAI server until Ctrl-C.

Point any client at the printed URL: `OPENAI_BASE_URL=<url> OPENAI_API_KEY=test python app.py`.
"""

from __future__ import annotations

import sys
import argparse

from ._server import Server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m openai.testing", description="Run the built-in local OpenAI API server."
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port, 0 for any free port (default: 8000)")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without an Authorization header")
    parser.add_argument(
        "--lenient-ids", action="store_true", help="answer unknown ids with a fresh object instead of 404"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the id generator (default: 0)")
    args = parser.parse_args(argv)
    try:
        server = Server(
            args.host, args.port, require_auth=not args.no_auth, lenient_ids=args.lenient_ids, seed=args.seed
        ).start()
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"openai.testing server listening on {server.url}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
