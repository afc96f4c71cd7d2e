# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.beta.assistants`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.beta.assistant import Assistant
from openai.types.beta.assistant_deleted import AssistantDeleted


class TestAssistants:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.create(model="string")
            assert_matches_type(Assistant, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.create(
                model="string",
                name="string",
                description="string",
                instructions="string",
                reasoning_effort="none",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                response_format="auto",
            )
            assert_matches_type(Assistant, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.assistants.with_raw_response.create(model="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.assistants.with_streaming_response.create(model="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.retrieve("assistant_id")
            assert_matches_type(Assistant, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.assistants.with_raw_response.retrieve("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.assistants.with_streaming_response.retrieve("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                client.beta.assistants.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.update("assistant_id")
            assert_matches_type(Assistant, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.update(
                "assistant_id",
                model="string",
                reasoning_effort="none",
                name="string",
                description="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                response_format="auto",
            )
            assert_matches_type(Assistant, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.assistants.with_raw_response.update("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.assistants.with_streaming_response.update("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                client.beta.assistants.with_raw_response.update("")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.list()
            assert_matches_type(SyncCursorPage[Assistant], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.list(limit=20, order="asc", after="string", before="string")
            assert_matches_type(SyncCursorPage[Assistant], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.assistants.with_raw_response.list()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Assistant], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.assistants.with_streaming_response.list() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(SyncCursorPage[Assistant], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.assistants.delete("assistant_id")
            assert_matches_type(AssistantDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.assistants.with_raw_response.delete("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AssistantDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.assistants.with_streaming_response.delete("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(AssistantDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                client.beta.assistants.with_raw_response.delete("")


class TestAsyncAssistants:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.create(model="string")
            assert_matches_type(Assistant, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.create(
                model="string",
                name="string",
                description="string",
                instructions="string",
                reasoning_effort="none",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                response_format="auto",
            )
            assert_matches_type(Assistant, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.assistants.with_raw_response.create(model="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.assistants.with_streaming_response.create(model="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.retrieve("assistant_id")
            assert_matches_type(Assistant, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.assistants.with_raw_response.retrieve("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.assistants.with_streaming_response.retrieve("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                await async_client.beta.assistants.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.update("assistant_id")
            assert_matches_type(Assistant, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.update(
                "assistant_id",
                model="string",
                reasoning_effort="none",
                name="string",
                description="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                response_format="auto",
            )
            assert_matches_type(Assistant, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.assistants.with_raw_response.update("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Assistant, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.assistants.with_streaming_response.update("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Assistant, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                await async_client.beta.assistants.with_raw_response.update("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.list()
            assert_matches_type(AsyncCursorPage[Assistant], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.list(limit=20, order="asc", after="string", before="string")
            assert_matches_type(AsyncCursorPage[Assistant], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.assistants.with_raw_response.list()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AsyncCursorPage[Assistant], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.assistants.with_streaming_response.list() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AsyncCursorPage[Assistant], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.assistants.delete("assistant_id")
            assert_matches_type(AssistantDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.assistants.with_raw_response.delete("assistant_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AssistantDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.assistants.with_streaming_response.delete("assistant_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AssistantDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `assistant_id`"):
                await async_client.beta.assistants.with_raw_response.delete("")
