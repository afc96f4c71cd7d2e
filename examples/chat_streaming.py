#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Chat completions streaming with `client.chat.completions.stream(...)`, sync and async.

The stream manager yields typed events (`content.delta`, `content.done`, `tool_calls.function.arguments.delta`,
...) with the completion accumulated so far, parses a pydantic `response_format` as the JSON arrives, and
closes the connection when the `with` block ends. With neither OPENAI_BASE_URL nor OPENAI_API_KEY set it starts
the built-in local server and scripts its answers, so it runs offline.
"""

from __future__ import annotations

import os
import sys
import asyncio
import contextlib

import pydantic

import openai
from openai import OpenAI, AsyncOpenAI


class CityFacts(pydantic.BaseModel):
    city: str
    country: str
    population_millions: float


class GetWeather(pydantic.BaseModel):
    """Look up the current weather in a city."""

    city: str


def stream_text(client: OpenAI) -> None:
    with client.chat.completions.stream(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hello in three languages."}]
    ) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="", flush=True)
        print()
        completion = stream.get_final_completion()
    print(f"finish_reason={completion.choices[0].finish_reason}")


def stream_structured(client: OpenAI) -> None:
    with client.chat.completions.stream(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Facts about Lisbon as JSON."}],
        response_format=CityFacts,
    ) as stream:
        for event in stream:
            if event.type == "content.delta" and event.parsed is not None:
                print("partial:", event.parsed)
            elif event.type == "content.done":
                print("parsed:", event.parsed)


def stream_tool_call(client: OpenAI) -> None:
    with client.chat.completions.stream(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Weather in Oslo?"}],
        tools=[openai.pydantic_function_tool(GetWeather)],
    ) as stream:
        for event in stream:
            if event.type == "tool_calls.function.arguments.delta":
                print("arguments so far:", event.parsed_arguments)
            elif event.type == "tool_calls.function.arguments.done":
                print(f"call {event.name}: {event.parsed_arguments!r}")


async def stream_async(client: AsyncOpenAI) -> None:
    async with client.chat.completions.stream(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Count to three."}]
    ) as stream:
        async for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="", flush=True)
        print()


def main() -> int:
    base_url: str | None
    api_key: str | None
    with contextlib.ExitStack() as stack:
        if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
            from openai.testing import Server, ToolCall

            server = stack.enter_context(Server())
            base_url, api_key = server.url, "test"
            print(f"(using the built-in server at {server.url})")
            server.reply("chat.completions.create", "Hello! Bonjour! Hola!")
            server.reply(
                "chat.completions.create", '{"city": "Lisbon", "country": "Portugal", "population_millions": 0.55}'
            )
            server.reply("chat.completions.create", tool_calls=[ToolCall("GetWeather", {"city": "Oslo"})])
            server.reply("chat.completions.create", "One, two, three.")
        else:
            base_url, api_key = None, None
        client = stack.enter_context(OpenAI(base_url=base_url, api_key=api_key))
        stream_text(client)
        stream_structured(client)
        stream_tool_call(client)

        async def run_async() -> None:
            async with AsyncOpenAI(base_url=base_url, api_key=api_key) as async_client:
                await stream_async(async_client)

        asyncio.run(run_async())
    return 0


if __name__ == "__main__":
    sys.exit(main())
