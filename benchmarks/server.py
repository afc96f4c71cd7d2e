"""Loopback HTTP/1.1 server that the benchmarks talk to.

It owns the canned responses and nothing else: every body is rendered once at start-up, so answering a request
costs one header parse and one socket write, and the server stays far from being the bottleneck of any
scenario. It speaks just enough HTTP/1.1 for the clients under test: keep-alive connections, `Content-Length`
request bodies and `Content-Length` responses (the SSE stream too, sent as one precomputed body).

Endpoints (a `/v1` prefix is optional):

- `POST /chat/completions`: a small chat completion, or, when the JSON body has `"stream": true`, an SSE stream
  of `--sse-chunks` `chat.completion.chunk` events ending with `data: [DONE]`.
- `GET /models`: a list of `--models` models.
- `POST /embeddings`: `--embeddings` float vectors of `--dimensions` values each; when the body asks for
  `"encoding_format": "base64"`, the same values as base64 little-endian float32 (what the SDKs request by default).
- `GET /__stats`: `{"requests": n, "cpu_seconds": s}` so a benchmark can show how busy the server was.

Run `python benchmarks/server.py --port 0`; it prints `READY <port>` on stdout once it listens.
"""

from __future__ import annotations

import sys
import json
import time
import base64
import random
import signal
import struct
import asyncio
import argparse
from dataclasses import dataclass

HOST = "127.0.0.1"
CHAT_CONTENT = "Hello! How can I help you today?"
CHAT_MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1_735_000_000


@dataclass(frozen=True)
class Payloads:
    """Complete HTTP responses (status line, headers and body), ready to be written to a socket."""

    chat: bytes
    chat_stream: bytes
    models: bytes
    embeddings: bytes
    embeddings_base64: bytes
    not_found: bytes


def http_response(body: bytes, *, status: str = "200 OK", content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_benchmark\r\n"
        "openai-processing-ms: 1\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def compact(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def chat_completion_body() -> bytes:
    annotations: list[object] = []
    return compact(
        {
            "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
            "object": "chat.completion",
            "created": CREATED,
            "model": CHAT_MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": CHAT_CONTENT,
                        "refusal": None,
                        "annotations": annotations,
                    },
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 19,
                "completion_tokens": 10,
                "total_tokens": 29,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {
                    "reasoning_tokens": 0,
                    "audio_tokens": 0,
                    "accepted_prediction_tokens": 0,
                    "rejected_prediction_tokens": 0,
                },
            },
            "service_tier": "default",
            "system_fingerprint": "fp_0ba0d124f1",
        }
    )


def chat_stream_body(chunks: int) -> bytes:
    """`chunks` chunk events: a role delta, content deltas, a final `finish_reason`, then `[DONE]`."""
    if chunks < 2:
        raise ValueError(f"--sse-chunks must be at least 2 (a first and a last chunk), got {chunks}")
    events: list[bytes] = []
    for index in range(chunks):
        delta: dict[str, object]
        finish_reason: str | None = None
        if index == 0:
            delta = {"role": "assistant", "content": "", "refusal": None}
        elif index == chunks - 1:
            delta = {}
            finish_reason = "stop"
        else:
            delta = {"content": f" tok{index}"}
        chunk = {
            "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": CHAT_MODEL,
            "service_tier": "default",
            "system_fingerprint": "fp_0ba0d124f1",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        }
        events.append(b"data: " + compact(chunk) + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return b"".join(events)


def models_body(count: int) -> bytes:
    owners = ("openai", "system", "openai-internal")
    data = [
        {"id": f"model-{index:05d}", "object": "model", "created": CREATED + index, "owned_by": owners[index % 3]}
        for index in range(count)
    ]
    return compact({"object": "list", "data": data})


def embeddings_body(count: int, dimensions: int) -> bytes:
    # Rendered by hand so every value has the API's shape (ten decimals, sign only when negative).
    rng = random.Random(1536)
    parts: list[str] = []
    for index in range(count):
        values = ",".join(f"{rng.gauss(0.0, 0.03):.10f}" for _ in range(dimensions))
        parts.append(f'{{"object":"embedding","index":{index},"embedding":[{values}]}}')
    usage = f'{{"prompt_tokens":{count * 8},"total_tokens":{count * 8}}}'
    return f'{{"object":"list","data":[{",".join(parts)}],"model":"text-embedding-3-small","usage":{usage}}}'.encode()


def embeddings_base64_body(count: int, dimensions: int) -> bytes:
    # The same values as `embeddings_body`, as the API sends them for `encoding_format="base64"`: little-endian
    # float32, base64-encoded, one string per vector.
    rng = random.Random(1536)
    parts: list[str] = []
    for index in range(count):
        packed = struct.pack(f"<{dimensions}f", *(rng.gauss(0.0, 0.03) for _ in range(dimensions)))
        encoded = base64.b64encode(packed).decode("ascii")
        parts.append(f'{{"object":"embedding","index":{index},"embedding":"{encoded}"}}')
    usage = f'{{"prompt_tokens":{count * 8},"total_tokens":{count * 8}}}'
    return f'{{"object":"list","data":[{",".join(parts)}],"model":"text-embedding-3-small","usage":{usage}}}'.encode()


def build_payloads(*, sse_chunks: int, models: int, embeddings: int, dimensions: int) -> Payloads:
    not_found = compact(
        {
            "error": {
                "message": "Unknown benchmark endpoint",
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            }
        }
    )
    return Payloads(
        chat=http_response(chat_completion_body()),
        chat_stream=http_response(chat_stream_body(sse_chunks), content_type="text/event-stream; charset=utf-8"),
        models=http_response(models_body(models)),
        embeddings=http_response(embeddings_body(embeddings, dimensions)),
        embeddings_base64=http_response(embeddings_base64_body(embeddings, dimensions)),
        not_found=http_response(not_found, status="404 Not Found"),
    )


class BenchmarkServer:
    """Serves `Payloads` over keep-alive HTTP/1.1 connections."""

    def __init__(self, payloads: Payloads) -> None:
        self.payloads = payloads
        self.requests = 0

    def route(self, method: bytes, target: bytes, body: bytes) -> bytes:
        path = target.split(b"?", 1)[0]
        if path.startswith(b"/v1/"):
            path = path[3:]
        if method == b"POST" and path == b"/chat/completions":
            # Both spellings: the SDKs under test do not agree on JSON separators.
            streaming = b'"stream":true' in body or b'"stream": true' in body
            return self.payloads.chat_stream if streaming else self.payloads.chat
        if method == b"GET" and path == b"/models":
            return self.payloads.models
        if method == b"POST" and path == b"/embeddings":
            # Without `encoding_format` the SDKs ask for base64 and decode it themselves.
            base64_asked = b'"encoding_format":"base64"' in body or b'"encoding_format": "base64"' in body
            return self.payloads.embeddings_base64 if base64_asked else self.payloads.embeddings
        if method == b"GET" and path == b"/__stats":
            return http_response(compact({"requests": self.requests, "cpu_seconds": time.process_time()}))
        return self.payloads.not_found

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return  # the client closed an idle keep-alive connection
                request_line, _, header_block = head.partition(b"\r\n")
                parts = request_line.split(b" ", 2)
                if len(parts) != 3:
                    writer.write(http_response(compact({"error": "malformed request line"}), status="400 Bad Request"))
                    await writer.drain()
                    return
                method, target, _version = parts
                headers = header_block.lower()
                if b"\r\ntransfer-encoding:" in b"\r\n" + headers:
                    # None of the clients under test sends chunked bodies; refuse rather than misparse.
                    refusal = compact({"error": "chunked request bodies are not supported"})
                    writer.write(http_response(refusal, status="411 Length Required"))
                    await writer.drain()
                    return
                body = b""
                length = header_value(headers, b"content-length")
                if length:
                    body = await reader.readexactly(int(length))
                self.requests += 1
                writer.write(self.route(method, target, body))
                await writer.drain()
                if header_value(headers, b"connection") == b"close":
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()


def header_value(lowered_headers: bytes, name: bytes) -> bytes | None:
    marker = b"\r\n" + name + b":"
    haystack = b"\r\n" + lowered_headers
    start = haystack.find(marker)
    if start < 0:
        return None
    end = haystack.find(b"\r\n", start + len(marker))
    return haystack[start + len(marker) : end].strip()


async def serve(port: int, payloads: Payloads) -> None:
    server = BenchmarkServer(payloads)
    listener = await asyncio.start_server(server.handle, HOST, port, backlog=1024, limit=1 << 20)
    bound_port: int = listener.sockets[0].getsockname()[1]
    sys.stdout.write(f"READY {bound_port}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with listener:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--sse-chunks", type=int, default=2000)
    parser.add_argument("--models", type=int, default=5000)
    parser.add_argument("--embeddings", type=int, default=100)
    parser.add_argument("--dimensions", type=int, default=1536)
    args = parser.parse_args()
    payloads = build_payloads(
        sse_chunks=args.sse_chunks, models=args.models, embeddings=args.embeddings, dimensions=args.dimensions
    )
    asyncio.run(serve(args.port, payloads))


if __name__ == "__main__":
    main()
