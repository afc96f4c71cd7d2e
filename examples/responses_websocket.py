#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""The Responses API over one WebSocket: several responses on a single connection, sync and async.

Reads OPENAI_BASE_URL / OPENAI_API_KEY like any application. With OPENAI_BASE_URL unset it starts the SDK's
built-in local server (`openai.testing.Server`), whose `/v1/responses` WebSocket endpoint answers like its HTTP
streaming (the reply echoes the input). Needs the `realtime` extra: pip install 'openai[realtime]'.
"""

from __future__ import annotations

import os
import sys
import asyncio
import contextlib

from openai import OpenAI, AsyncOpenAI, ReconnectingEvent

MODEL = os.environ.get("OPENAI_MODEL", "gpt-5.5")


def sync_conversation(client: OpenAI) -> str:
    """Two turns on one connection; the second continues the first through `previous_response_id`."""
    previous: str | None = None
    reply = ""
    with client.responses.connect() as connection:
        for prompt in ("Say hello in one short sentence.", "Now say goodbye."):
            if previous is None:
                connection.response.create(model=MODEL, input=prompt)
            else:
                connection.response.create(model=MODEL, input=prompt, previous_response_id=previous)
            reply = ""
            for event in connection:
                if event.type == "response.output_text.delta":
                    print(event.delta, end="", flush=True)
                    reply += event.delta
                elif event.type == "error":
                    raise SystemExit(f"error event: {event.error.message}")
                elif event.type == "response.completed":
                    print()
                    previous = event.response.id
                    break
    return reply


async def async_with_reconnection(client: AsyncOpenAI) -> str:
    """An async connection that reopens itself if the network drops (events sent meanwhile are queued)."""

    def on_reconnecting(event: ReconnectingEvent) -> None:
        print(
            f"[connection lost (code {event.close_code}), attempt {event.attempt} of {event.max_attempts}]",
            file=sys.stderr,
        )

    reply = ""
    async with client.responses.connect(on_reconnecting=on_reconnecting) as connection:
        await connection.response.create(model=MODEL, input="Count from one to five.")
        async for event in connection:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
                reply += event.delta
            elif event.type == "error":
                raise SystemExit(f"error event: {event.error.message}")
            elif event.type == "response.completed":
                print()
                break
    return reply


def main() -> None:
    with contextlib.ExitStack() as stack:
        if os.environ.get("OPENAI_BASE_URL"):
            client, async_client = OpenAI(), AsyncOpenAI()
        else:
            from openai.testing import Server

            server = stack.enter_context(Server())
            client = OpenAI(base_url=server.url, api_key="test")
            async_client = AsyncOpenAI(base_url=server.url, api_key="test")
        print("== sync, two responses on one connection")
        if not sync_conversation(client):
            raise SystemExit("the sync connection produced no text")
        print("== async, with reconnection enabled")
        if not asyncio.run(async_with_reconnection(async_client)):
            raise SystemExit("the async connection produced no text")


if __name__ == "__main__":
    main()
