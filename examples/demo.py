#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""A tour of the SDK: sync and async calls, streaming, structured output, pagination, files, retries, errors and raw responses.

Reads OPENAI_BASE_URL / OPENAI_API_KEY like any application. With OPENAI_BASE_URL unset it starts the SDK's
built-in local server (`openai.testing.Server`) and runs entirely offline; the server's scripting is then used
to show a fault being retried. Against any other server those scripted parts are skipped.
"""

from __future__ import annotations

import os
import asyncio
from typing import List, Generator
from contextlib import contextmanager

import pydantic

import openai
from openai import OpenAI, AsyncOpenAI
from openai.testing import Server

MODEL = "gpt-4o-mini"


def section(title: str) -> None:
    print(f"\n=== {title} ===")


@contextmanager
def backend() -> Generator[Server | None, None, None]:
    """The built-in server when no OPENAI_BASE_URL is configured, else None (use the configured one)."""
    if os.environ.get("OPENAI_BASE_URL"):
        yield None
        return
    with Server() as server:
        os.environ["OPENAI_BASE_URL"] = server.url
        os.environ.setdefault("OPENAI_API_KEY", "demo-key")
        print(f"Started the built-in OpenAI server at {server.url}")
        try:
            yield server
        finally:
            del os.environ["OPENAI_BASE_URL"]


def chat(client: OpenAI) -> None:
    section("Chat completion (sync)")
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hello! What can you do?"}]
    )
    print(f"id:      {completion.id}")
    print(f"reply:   {completion.choices[0].message.content}")
    if completion.usage is not None:
        print(f"tokens:  {completion.usage.total_tokens}")


def chat_streaming(client: OpenAI) -> None:
    section("Chat completion, streamed")
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Stream this sentence back to me, word by word."}],
        stream=True,
    )
    print("reply:   ", end="")
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            print(chunk.choices[0].delta.content, end="", flush=True)
    print()


def responses_streaming(client: OpenAI) -> None:
    section("Responses API, streamed")
    stream = client.responses.create(model=MODEL, input="Responses stream typed events.", stream=True)
    for event in stream:
        if event.type == "response.output_text.delta":
            print(f"  delta  {event.delta!r}")
        elif event.type in ("response.created", "response.completed"):
            print(f"  {event.type} (sequence {event.sequence_number})")


class CalendarEvent(pydantic.BaseModel):
    name: str
    date: str
    participants: List[str]


def structured_output(client: OpenAI) -> None:
    section("Structured output (parse into a pydantic model)")
    completion = client.chat.completions.parse(
        model=MODEL,
        messages=[{"role": "user", "content": "Alice and Bob are going to a science fair on Friday."}],
        response_format=CalendarEvent,
    )
    event = completion.choices[0].message.parsed
    assert isinstance(event, CalendarEvent)
    print(f"parsed:  {event!r}")


def files_and_pagination(client: OpenAI) -> None:
    section("Files: upload, download, paginate")
    uploaded = [
        client.files.create(file=(f"notes-{n}.txt", f"note number {n}\n".encode()), purpose="assistants")
        for n in range(5)
    ]
    print(f"uploaded {len(uploaded)} files, first id {uploaded[0].id}")
    print(f"content of {uploaded[0].filename}: {client.files.content(uploaded[0].id).content!r}")
    first_page = client.files.list(limit=2, order="asc")
    print(f"first page: {[f.filename for f in first_page.data]} (has_more={first_page.has_more})")
    print(f"all files, fetched lazily 2 at a time: {[f.filename for f in client.files.list(limit=2, order='asc')]}")
    for file in uploaded:
        client.files.delete(file.id)


def retried_fault(client: OpenAI, server: Server | None) -> None:
    section("A 503 that is retried")
    if server is None:
        print("(skipped: needs the built-in server's scripting)")
        return
    server.fail("chat.completions.create", 503, retry_after_ms=50)
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "Try again please."}]
    )
    print(f"succeeded after {raw.retries_taken} retry; reply: {raw.parse().choices[0].message.content}")


def errors(client: OpenAI) -> None:
    section("Error handling")
    try:
        client.files.retrieve("file-does-not-exist")
    except openai.NotFoundError as exc:
        print(f"NotFoundError {exc.status_code}: {exc.body}")
    try:
        client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "wizard", "content": "?"}],  # type: ignore[list-item]
        )
    except openai.BadRequestError as exc:
        print(f"BadRequestError on param {exc.param!r}: {exc.code}")


def raw_response(client: OpenAI) -> None:
    section("Raw response and headers")
    raw = client.models.with_raw_response.list()
    print(f"status:       {raw.status_code}")
    print(f"x-request-id: {raw.headers.get('x-request-id')}")
    print(f"content-type: {raw.headers.get('content-type')}")
    print(f"models:       {[m.id for m in raw.parse().data]}")


async def async_calls() -> None:
    section("Async client: concurrent calls")
    async with AsyncOpenAI() as client:
        questions = ["First question?", "Second question?", "Third question?"]
        completions = await asyncio.gather(
            *(client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": q}]) for q in questions)
        )
        for completion in completions:
            print(f"  {completion.choices[0].message.content}")
        stream = await client.responses.create(model=MODEL, input="Async streams too.", stream=True)
        text = "".join([event.delta async for event in stream if event.type == "response.output_text.delta"])
        print(f"  streamed: {text}")


def main() -> None:
    with backend() as server:
        with OpenAI() as client:
            chat(client)
            chat_streaming(client)
            responses_streaming(client)
            structured_output(client)
            files_and_pagination(client)
            retried_fault(client, server)
            errors(client)
            raw_response(client)
        asyncio.run(async_calls())
    print("\nDone.")


if __name__ == "__main__":
    main()
