# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.beta.threads.messages`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.beta.threads.message import Message
from openai.types.beta.threads.message_deleted import MessageDeleted


class TestMessages:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.create("thread_id", role="user", content="string")
            assert_matches_type(Message, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.create(
                "thread_id", role="user", content="string", attachments=[{}], metadata={"foo": "string"}
            )
            assert_matches_type(Message, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.create("thread_id", role="user", content="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.create(
                "thread_id", role="user", content="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.messages.with_raw_response.create("", role="user", content="string")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.retrieve("message_id", thread_id="thread_id")
            assert_matches_type(Message, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.retrieve("message_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.retrieve(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_message_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                client.beta.threads.messages.with_raw_response.retrieve("", thread_id="thread_id")

    def test_path_params_retrieve_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.messages.with_raw_response.retrieve("message_id", thread_id="")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.update("message_id", thread_id="thread_id")
            assert_matches_type(Message, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.update(
                "message_id", thread_id="thread_id", metadata={"foo": "string"}
            )
            assert_matches_type(Message, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.update("message_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.update(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_update_message_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                client.beta.threads.messages.with_raw_response.update("", thread_id="thread_id")

    def test_path_params_update_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.messages.with_raw_response.update("message_id", thread_id="")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.list("thread_id")
            assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.list(
                "thread_id", limit=20, order="asc", after="string", before="string", run_id="string"
            )
            assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.list("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Message], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.list("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(SyncCursorPage[Message], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.messages.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.messages.delete("message_id", thread_id="thread_id")
            assert_matches_type(MessageDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.messages.with_raw_response.delete("message_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(MessageDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.messages.with_streaming_response.delete(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(MessageDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_delete_message_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                client.beta.threads.messages.with_raw_response.delete("", thread_id="thread_id")

    def test_path_params_delete_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.messages.with_raw_response.delete("message_id", thread_id="")


class TestAsyncMessages:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.create("thread_id", role="user", content="string")
            assert_matches_type(Message, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.create(
                "thread_id", role="user", content="string", attachments=[{}], metadata={"foo": "string"}
            )
            assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.create(
                "thread_id", role="user", content="string"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.create(
                "thread_id", role="user", content="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.messages.with_raw_response.create("", role="user", content="string")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.retrieve("message_id", thread_id="thread_id")
            assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.retrieve(
                "message_id", thread_id="thread_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.retrieve(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_message_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                await async_client.beta.threads.messages.with_raw_response.retrieve("", thread_id="thread_id")

    async def test_path_params_retrieve_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.messages.with_raw_response.retrieve("message_id", thread_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.update("message_id", thread_id="thread_id")
            assert_matches_type(Message, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.update(
                "message_id", thread_id="thread_id", metadata={"foo": "string"}
            )
            assert_matches_type(Message, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.update(
                "message_id", thread_id="thread_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Message, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.update(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Message, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_update_message_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                await async_client.beta.threads.messages.with_raw_response.update("", thread_id="thread_id")

    async def test_path_params_update_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.messages.with_raw_response.update("message_id", thread_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.list("thread_id")
            assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.list(
                "thread_id", limit=20, order="asc", after="string", before="string", run_id="string"
            )
            assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.list("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.list("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AsyncCursorPage[Message], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.messages.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.messages.delete("message_id", thread_id="thread_id")
            assert_matches_type(MessageDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.messages.with_raw_response.delete(
                "message_id", thread_id="thread_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(MessageDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.messages.with_streaming_response.delete(
                "message_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(MessageDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_message_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_id`"):
                await async_client.beta.threads.messages.with_raw_response.delete("", thread_id="thread_id")

    async def test_path_params_delete_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.messages.with_raw_response.delete("message_id", thread_id="")
