"""Zero silent truncations: streams cut at 100 random points (inside an event, between events; close-delimited,
where the cut looks like a normal end of the body, and chunked, where it is a reset) either deliver everything
or raise `APIStreamInterruptedError` after yielding only a prefix of the answer."""

from __future__ import annotations

import random
from typing import Any, List, Tuple, Callable, Iterator

import pytest

import openai
from openai import OpenAI, AsyncOpenAI
from openai.testing import Fault, Server

TEXT = "the quick brown fox jumps over the lazy dog and keeps on running far away"
CUTS = 100


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as server:
        yield server


def _chat(client: OpenAI) -> Tuple[str, bool]:
    received: List[str] = []
    for chunk in client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": TEXT}], stream=True
    ):
        received.extend(choice.delta.content or "" for choice in chunk.choices)
    return "".join(received), True


def _responses(client: OpenAI) -> Tuple[str, bool]:
    received: List[str] = []
    completed = False
    for event in client.responses.create(model="gpt-4o-mini", input=TEXT, stream=True):
        if event.type == "response.output_text.delta":
            received.append(event.delta)
        completed = completed or event.type == "response.completed"
    return "".join(received), completed


def _raw_stream(server: Server, operation: str) -> bytes:
    client = OpenAI(base_url=server.url, api_key="sk-test", max_retries=0)
    if operation == "chat.completions.create":
        raw = client.chat.completions.with_streaming_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": TEXT}], stream=True
        )
    else:
        raw = client.responses.with_streaming_response.create(model="gpt-4o-mini", input=TEXT, stream=True)
    with raw as response:
        return b"".join(response.iter_bytes())


def _cut_points(body: bytes, rng: random.Random, count: int) -> List[int]:
    boundaries = [i + 2 for i in range(len(body) - 1) if body[i : i + 2] == b"\n\n"][:-1]
    inside = [rng.randrange(1, len(body) - 1) for _ in range(count // 2)]
    between = [rng.choice(boundaries) for _ in range(count - len(inside))]
    return sorted(inside + between)


@pytest.mark.parametrize(
    ("operation", "consume"),
    [("chat.completions.create", _chat), ("responses.create", _responses)],
    ids=["chat", "responses"],
)
def test_random_cuts_never_truncate_silently(
    server: Server, operation: str, consume: Callable[[OpenAI], Tuple[str, bool]]
) -> None:
    rng = random.Random(20261202)
    body = _raw_stream(server, operation)
    client = OpenAI(base_url=server.url, api_key="sk-test", max_retries=0)
    full, _ = consume(client)
    assert full == TEXT

    outcomes = {"complete": 0, "interrupted": 0}
    for index, cut in enumerate(_cut_points(body, rng, CUTS)):
        close_delimited = index % 2 == 0
        server.queue(operation, Fault(cut_after_bytes=cut, close_delimited=close_delimited))
        try:
            received, _ = consume(client)
        except openai.APIStreamInterruptedError:
            outcomes["interrupted"] += 1
        else:
            # Only a cut after the end marker itself may complete, and then the answer is whole.
            assert received == TEXT, (cut, close_delimited, received)
            outcomes["complete"] += 1
    assert outcomes["interrupted"] >= CUTS - 2, outcomes


async def test_random_cuts_async(server: Server) -> None:
    rng = random.Random(7)
    body = _raw_stream(server, "chat.completions.create")
    client = AsyncOpenAI(base_url=server.url, api_key="sk-test", max_retries=0)
    interrupted = 0
    for index, cut in enumerate(_cut_points(body, rng, 40)):
        server.queue("chat.completions.create", Fault(cut_after_bytes=cut, close_delimited=index % 2 == 1))
        received: List[Any] = []
        try:
            stream = await client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": TEXT}], stream=True
            )
            async for chunk in stream:
                received.extend(choice.delta.content or "" for choice in chunk.choices)
        except openai.APIStreamInterruptedError:
            interrupted += 1
            assert TEXT.startswith("".join(received))
        else:
            assert "".join(received) == TEXT
    await client.close()
    assert interrupted >= 38
