# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects.api_keys`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.projects.project_api_key import ProjectAPIKey
from openai.types.admin.organization.projects.api_key_delete_response import APIKeyDeleteResponse


class TestAPIKeys:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.api_keys.retrieve("api_key_id", project_id="project_id")
        assert_matches_type(ProjectAPIKey, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.api_keys.with_raw_response.retrieve(
            "api_key_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectAPIKey, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.api_keys.with_streaming_response.retrieve(
            "api_key_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ProjectAPIKey, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_api_key_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `api_key_id`"):
            client.admin.organization.projects.api_keys.with_raw_response.retrieve("", project_id="project_id")

    def test_path_params_retrieve_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.api_keys.with_raw_response.retrieve("api_key_id", project_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.api_keys.list("project_id")
        assert_matches_type(SyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.api_keys.list(
            "project_id", limit=20, after="string", owner_project_access="active"
        )
        assert_matches_type(SyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.api_keys.with_raw_response.list("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.api_keys.with_streaming_response.list("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.api_keys.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.api_keys.delete("api_key_id", project_id="project_id")
        assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.api_keys.with_raw_response.delete(
            "api_key_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.api_keys.with_streaming_response.delete(
            "api_key_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_api_key_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `api_key_id`"):
            client.admin.organization.projects.api_keys.with_raw_response.delete("", project_id="project_id")

    def test_path_params_delete_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.api_keys.with_raw_response.delete("api_key_id", project_id="")


class TestAsyncAPIKeys:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.api_keys.retrieve("api_key_id", project_id="project_id")
        assert_matches_type(ProjectAPIKey, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.api_keys.with_raw_response.retrieve(
            "api_key_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectAPIKey, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.api_keys.with_streaming_response.retrieve(
            "api_key_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ProjectAPIKey, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_api_key_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `api_key_id`"):
            await async_client.admin.organization.projects.api_keys.with_raw_response.retrieve(
                "", project_id="project_id"
            )

    async def test_path_params_retrieve_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.api_keys.with_raw_response.retrieve(
                "api_key_id", project_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.api_keys.list("project_id")
        assert_matches_type(AsyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.api_keys.list(
            "project_id", limit=20, after="string", owner_project_access="active"
        )
        assert_matches_type(AsyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.api_keys.with_raw_response.list("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.api_keys.with_streaming_response.list(
            "project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ProjectAPIKey], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.api_keys.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.api_keys.delete("api_key_id", project_id="project_id")
        assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.api_keys.with_raw_response.delete(
            "api_key_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.api_keys.with_streaming_response.delete(
            "api_key_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(APIKeyDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_api_key_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `api_key_id`"):
            await async_client.admin.organization.projects.api_keys.with_raw_response.delete(
                "", project_id="project_id"
            )

    async def test_path_params_delete_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.api_keys.with_raw_response.delete(
                "api_key_id", project_id=""
            )
