#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Responses API streaming with `client.responses.stream(...)`.

Events are the API's own (`response.created`, `response.output_text.delta`, ..., `response.completed`), with the
text accumulated so far on text deltas and the parsed value on `response.output_text.done` when a pydantic
`text_format` is given; `get_final_response()` returns the parsed response. With neither OPENAI_BASE_URL nor
OPENAI_API_KEY set it starts the built-in local server and scripts its answers, so it runs offline.
"""

from __future__ import annotations

import os
import sys
import asyncio
import contextlib
from typing import List

import pydantic

from openai import OpenAI, AsyncOpenAI


class Haiku(pydantic.BaseModel):
    title: str
    lines: List[str]


def stream_text(client: OpenAI) -> None:
    with client.responses.stream(model="gpt-4o-mini", input="Write one sentence about the sea.") as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
        print()
        response = stream.get_final_response()
    print(f"status={response.status} id={response.id}")


def stream_structured(client: OpenAI) -> None:
    with client.responses.stream(model="gpt-4o-mini", input="A haiku about autumn.", text_format=Haiku) as stream:
        for event in stream:
            if event.type == "response.output_text.done":
                print("parsed:", event.parsed)
        haiku = stream.get_final_response().output_parsed
    if haiku is not None:
        print(haiku.title)
        for line in haiku.lines:
            print("  " + line)


async def stream_async(client: AsyncOpenAI) -> None:
    async with client.responses.stream(model="gpt-4o-mini", input="Say hi.") as stream:
        async for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
        print()


def main() -> int:
    base_url: str | None
    api_key: str | None
    with contextlib.ExitStack() as stack:
        if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
            from openai.testing import Server

            server = stack.enter_context(Server())
            base_url, api_key = server.url, "test"
            print(f"(using the built-in server at {server.url})")
            server.reply("responses.create", "The sea keeps every secret it is told.")
            server.reply(
                "responses.create",
                '{"title": "Autumn", "lines": ["Red leaves drift and fall", "the garden exhales slowly", "cold light on the pond"]}',
            )
            server.reply("responses.create", "Hi!")
        else:
            base_url, api_key = None, None
        client = stack.enter_context(OpenAI(base_url=base_url, api_key=api_key))
        stream_text(client)
        stream_structured(client)

        async def run_async() -> None:
            async with AsyncOpenAI(base_url=base_url, api_key=api_key) as async_client:
                await stream_async(async_client)

        asyncio.run(run_async())
    return 0


if __name__ == "__main__":
    sys.exit(main())
