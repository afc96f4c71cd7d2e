"""Static expectations of `responses.connect()` (checked by pyright and mypy; the functions are never called)."""

from __future__ import annotations

from typing_extensions import assert_type

from openai import OpenAI, AsyncOpenAI
from openai.types.beta import BetaResponsesServerEvent
from openai.types.responses import ResponsesServerEvent
from openai.resources.responses.responses import (
    ResponsesConnection,
    AsyncResponsesConnection,
    ResponsesConnectionManager,
    AsyncResponsesConnectionManager,
)
from openai.resources.beta.responses.responses import (
    ResponsesConnection as BetaResponsesConnection,
    AsyncResponsesConnection as AsyncBetaResponsesConnection,
)


def check_sync(client: OpenAI) -> None:
    manager = client.responses.connect(extra_headers={"X-Trace": "1"}, max_retries=2)
    assert_type(manager, ResponsesConnectionManager)
    with manager as connection:
        assert_type(connection, ResponsesConnection)
        connection.response.create(model="gpt-5.5", input="Hello", previous_response_id=None)
        connection.send({"type": "response.create", "model": "gpt-5.5", "input": "Hello"})
        assert_type(connection.recv(), ResponsesServerEvent)
        assert_type(connection.recv_bytes(), bytes)
        for event in connection:
            assert_type(event, ResponsesServerEvent)
            if event.type == "response.output_text.delta":
                assert_type(event.delta, str)
        connection.close(code=1000, reason="done")
    with client.beta.responses.connect() as beta:
        assert_type(beta, BetaResponsesConnection)
        assert_type(beta.recv(), BetaResponsesServerEvent)
        beta.response.inject(response_id="resp_1", input=[])


async def check_async(client: AsyncOpenAI) -> None:
    manager = client.responses.connect()
    assert_type(manager, AsyncResponsesConnectionManager)
    async with manager as connection:
        assert_type(connection, AsyncResponsesConnection)
        await connection.response.create(model="gpt-5.5", input="Hello")
        assert_type(await connection.recv(), ResponsesServerEvent)
        async for event in connection:
            assert_type(event, ResponsesServerEvent)
        await connection.close()
    async with client.beta.responses.connect() as beta:
        assert_type(beta, AsyncBetaResponsesConnection)
        async for beta_event in beta:
            assert_type(beta_event, BetaResponsesServerEvent)
