"""Re-record `cassettes/*.yaml` from the built-in server (`openai.testing`) over 127.0.0.1.

    .venv/bin/python -m tests.interop.record_cassettes

The requests go to the local server; the recorded URLs are rewritten to the real API host, so that the cassettes
replay for clients built with no `base_url`, as an application's own recorded suite would. The API key header is
filtered out of the recording, as vcrpy's docs recommend.
"""

from __future__ import annotations

from typing import Any
from pathlib import Path

import vcr

import openai
from openai.testing import Server

CASSETTES = Path(__file__).parent / "cassettes"
REAL_BASE = "https://api.openai.com/v1"
MESSAGES: Any = [{"role": "user", "content": "Say hello"}]


def use_cassette(path: str | Path, **options: Any) -> Any:
    """`vcr.use_cassette(path, **options)`, typed loosely (vcrpy ships partial annotations)."""
    untyped_vcr: Any = vcr
    return untyped_vcr.use_cassette(str(path), **options)


def record(server: Server, cassette: Path) -> None:
    """Record a chat completion, a streamed one and a model list from `server` into `cassette`."""

    def to_real_host(request: Any) -> Any:
        request.uri = request.uri.replace(server.url, REAL_BASE)
        return request

    with use_cassette(
        cassette,
        record_mode="all",
        filter_headers=["authorization", "host"],
        before_record_request=to_real_host,
        decode_compressed_response=True,
    ):
        with openai.OpenAI(api_key="sk-recording", base_url=server.url) as client:
            server.reply("chat.completions.create", "Hello from the cassette")
            client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
            server.reply("chat.completions.create", "Streamed from the cassette")
            for _ in client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True):
                pass
            client.models.list()


def main() -> None:
    CASSETTES.mkdir(exist_ok=True)
    with Server() as server:
        record(server, CASSETTES / "openai_api.yaml")


if __name__ == "__main__":
    main()
