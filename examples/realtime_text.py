#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""A text conversation over the Realtime API's WebSocket: sync and async clients, GA and beta protocols.

Reads OPENAI_BASE_URL / OPENAI_API_KEY like any application. With OPENAI_BASE_URL unset it starts the SDK's
built-in local server (`openai.testing.Server`), whose realtime endpoint answers by echoing the user's text.
Needs the `realtime` extra: pip install 'openai[realtime]'.
"""

from __future__ import annotations

import os
import sys
import asyncio
import contextlib
from typing import Any, Dict

from openai import OpenAI, AsyncOpenAI

GA_MODEL = "gpt-realtime"
BETA_MODEL = "gpt-4o-realtime-preview"


def user_message(text: str) -> Any:
    item: Dict[str, Any] = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    return item


def ga_sync(client: OpenAI) -> str:
    """GA protocol (`client.realtime`): `session.type` is required, text arrives as `response.output_text.*`."""
    reply = ""
    with client.realtime.connect(model=GA_MODEL) as connection:
        connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        connection.conversation.item.create(item=user_message("Say hello in one short sentence."))
        connection.response.create()
        for event in connection:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
                reply += event.delta
            elif event.type == "error":
                raise SystemExit(f"realtime error: {event.error.message}")
            elif event.type == "response.done":
                print()
                break
    return reply


def beta_sync(client: OpenAI) -> str:
    """Beta protocol (`client.beta.realtime`, `OpenAI-Beta: realtime=v1`): text arrives as `response.text.*`."""
    reply = ""
    with client.beta.realtime.connect(model=BETA_MODEL) as connection:
        connection.session.update(session={"modalities": ["text"]})
        connection.conversation.item.create(item=user_message("Name three colours."))
        connection.response.create()
        for event in connection:
            # The beta text events are matched on their wire type; `delta` is read off the event model.
            if event.type == "response.text.delta":  # pyright: ignore[reportUnnecessaryComparison] -- beta-only wire type
                delta: str = getattr(event, "delta", "")
                print(delta, end="", flush=True)
                reply += delta
            elif event.type == "error":
                raise SystemExit(f"realtime error: {event.error.message}")
            elif event.type == "response.done":
                print()
                break
    return reply


async def ga_async(client: AsyncOpenAI) -> str:
    reply = ""
    async with client.realtime.connect(model=GA_MODEL) as connection:
        await connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        await connection.conversation.item.create(item=user_message("Count from one to five."))
        await connection.response.create()
        async for event in connection:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
                reply += event.delta
            elif event.type == "error":
                raise SystemExit(f"realtime error: {event.error.message}")
            elif event.type == "response.done":
                print()
                break
    return reply


async def beta_async(client: AsyncOpenAI) -> str:
    reply = ""
    async with client.beta.realtime.connect(model=BETA_MODEL) as connection:
        await connection.session.update(session={"modalities": ["text"]})
        await connection.conversation.item.create(item=user_message("What is the capital of France?"))
        await connection.response.create()
        async for event in connection:
            if event.type == "response.text.delta":  # pyright: ignore[reportUnnecessaryComparison] -- beta-only wire type
                delta: str = getattr(event, "delta", "")
                print(delta, end="", flush=True)
                reply += delta
            elif event.type == "error":
                raise SystemExit(f"realtime error: {event.error.message}")
            elif event.type == "response.done":
                print()
                break
    return reply


def main() -> int:
    with contextlib.ExitStack() as stack:
        options: Dict[str, Any] = {}
        if not os.environ.get("OPENAI_BASE_URL"):
            from openai.testing import Server

            server = stack.enter_context(Server())
            options = {"base_url": server.url, "api_key": os.environ.get("OPENAI_API_KEY", "test")}
            print(f"(no OPENAI_BASE_URL: using the built-in server at {server.url})")

        client = OpenAI(**options)
        async_client = AsyncOpenAI(**options)
        replies: list[str] = []
        print("== sync, GA ==")
        replies.append(ga_sync(client))
        print("== sync, beta ==")
        replies.append(beta_sync(client))
        print("== async, GA ==")
        replies.append(asyncio.run(ga_async(async_client)))
        print("== async, beta ==")
        replies.append(asyncio.run(beta_async(async_client)))
    return 0 if all(replies) else 1


if __name__ == "__main__":
    sys.exit(main())
