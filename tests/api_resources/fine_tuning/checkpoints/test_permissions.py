# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.fine_tuning.checkpoints.permissions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncPage, AsyncPage, SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.fine_tuning.checkpoints.permission_list_response import PermissionListResponse
from openai.types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from openai.types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from openai.types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse


class TestPermissions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        )
        assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncPage[PermissionCreateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.create("", project_ids=["string"])

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.fine_tuning.checkpoints.permissions.retrieve("fine_tuned_model_checkpoint")
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.fine_tuning.checkpoints.permissions.retrieve(
                "fine_tuned_model_checkpoint", project_id="string", after="string", limit=10, order="ascending"
            )
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(
                "fine_tuned_model_checkpoint"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.fine_tuning.checkpoints.permissions.with_streaming_response.retrieve(
                "fine_tuned_model_checkpoint"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
                client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        )
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(PermissionDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_permission_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `permission_id`"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                "", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
            )

    def test_path_params_delete_fine_tuned_model_checkpoint(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                "permission_id", fine_tuned_model_checkpoint=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.list("fine_tuned_model_checkpoint")
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.checkpoints.permissions.list(
            "fine_tuned_model_checkpoint", project_id="string", after="string", limit=10, order="ascending"
        )
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.fine_tuning.checkpoints.permissions.with_raw_response.list("fine_tuned_model_checkpoint")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.fine_tuning.checkpoints.permissions.with_streaming_response.list(
            "fine_tuned_model_checkpoint"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[PermissionListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            client.fine_tuning.checkpoints.permissions.with_raw_response.list("")


class TestAsyncPermissions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        )
        assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.create(
            "fine_tuned_model_checkpoint", project_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncPage[PermissionCreateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.create("", project_ids=["string"])

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.fine_tuning.checkpoints.permissions.retrieve("fine_tuned_model_checkpoint")
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.fine_tuning.checkpoints.permissions.retrieve(
                "fine_tuned_model_checkpoint", project_id="string", after="string", limit=10, order="ascending"
            )
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(
                "fine_tuned_model_checkpoint"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.retrieve(
                "fine_tuned_model_checkpoint"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(PermissionRetrieveResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
                await async_client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        )
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(PermissionDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.delete(
            "permission_id", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(PermissionDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_permission_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `permission_id`"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                "", fine_tuned_model_checkpoint="fine_tuned_model_checkpoint"
            )

    async def test_path_params_delete_fine_tuned_model_checkpoint(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.delete(
                "permission_id", fine_tuned_model_checkpoint=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.list("fine_tuned_model_checkpoint")
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.checkpoints.permissions.list(
            "fine_tuned_model_checkpoint", project_id="string", after="string", limit=10, order="ascending"
        )
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.checkpoints.permissions.with_raw_response.list(
            "fine_tuned_model_checkpoint"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.checkpoints.permissions.with_streaming_response.list(
            "fine_tuned_model_checkpoint"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[PermissionListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `fine_tuned_model_checkpoint`"):
            await async_client.fine_tuning.checkpoints.permissions.with_raw_response.list("")
