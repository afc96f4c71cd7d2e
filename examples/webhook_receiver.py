#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""A webhook receiver on the standard library's `http.server`, verifying deliveries with `client.webhooks.unwrap`.

It runs offline: it starts the receiver on 127.0.0.1, then plays the sender itself, signing a sample
`batch.completed` event the way OpenAI does (HMAC-SHA256 over "<webhook-id>.<timestamp>.<body>", keyed with the
base64-decoded part of a `whsec_` secret) and posting it, followed by a tampered copy that must be refused.
In production, set OPENAI_WEBHOOK_SECRET to the secret of your endpoint and keep only the receiver part.
"""

from __future__ import annotations

import os
import sys
import hmac
import json
import time
import base64
import hashlib
import secrets
import threading
import urllib.error
import urllib.request
from http.server import HTTPServer, BaseHTTPRequestHandler

from openai import OpenAI, InvalidWebhookSignatureError

SECRET = os.environ.get("OPENAI_WEBHOOK_SECRET") or "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()

# The receiver never calls the API, so a placeholder key is enough when none is configured.
client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "not-used-by-webhooks"), webhook_secret=SECRET)


class WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            # Verify with the *raw* body: re-serialised JSON would not match the signature.
            event = client.webhooks.unwrap(body, self.headers)
        except InvalidWebhookSignatureError as exc:
            self._answer(400, f"rejected: {exc}")
            return
        except ValueError as exc:  # a missing webhook-* header, or a body that is not JSON
            self._answer(400, f"bad request: {exc}")
            return
        if event.type == "batch.completed":
            self._answer(200, f"ok: batch {event.data.id} completed (event {event.id})")
        else:
            self._answer(200, f"ok: ignored {event.type}")

    def _answer(self, status: int, text: str) -> None:
        print(f"receiver: {status} {text}")
        payload = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        # Keep the example's output to the lines printed above.
        return


def sign(body: bytes, webhook_id: str, timestamp: int) -> str:
    key = base64.b64decode(SECRET.removeprefix("whsec_")) if SECRET.startswith("whsec_") else SECRET.encode()
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def deliver(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def main() -> int:
    server = HTTPServer(("127.0.0.1", 0), WebhookHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/webhooks/openai"
    try:
        now = int(time.time())
        body = json.dumps(
            {
                "id": "evt_" + secrets.token_hex(12),
                "object": "event",
                "type": "batch.completed",
                "created_at": now,
                "data": {"id": "batch_" + secrets.token_hex(12)},
            }
        ).encode()
        webhook_id = "wh_" + secrets.token_hex(12)
        headers = {
            "webhook-id": webhook_id,
            "webhook-timestamp": str(now),
            "webhook-signature": sign(body, webhook_id, now),
        }

        accepted = deliver(url, body, headers)
        tampered = deliver(url, body.replace(b"batch.completed", b"batch.failed"), headers)
        stale = deliver(url, body, {**headers, "webhook-timestamp": str(now - 3600)})
    finally:
        server.shutdown()
        server.server_close()
    print(f"sender: genuine -> {accepted}, tampered -> {tampered}, replayed an hour later -> {stale}")
    return 0 if (accepted, tampered, stale) == (200, 400, 400) else 1


if __name__ == "__main__":
    sys.exit(main())
