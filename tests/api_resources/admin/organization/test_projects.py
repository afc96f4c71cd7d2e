# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.project import Project


class TestProjects:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.create(name="string")
        assert_matches_type(Project, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.create(
            name="string", residency="GLOBAL", external_key_id="string", geography="string"
        )
        assert_matches_type(Project, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.with_raw_response.create(name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.retrieve("project_id")
        assert_matches_type(Project, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.with_raw_response.retrieve("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.with_streaming_response.retrieve("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.update("project_id")
        assert_matches_type(Project, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.update(
            "project_id", name="string", external_key_id="string", geography="string"
        )
        assert_matches_type(Project, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.with_raw_response.update("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.projects.with_streaming_response.update("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.with_raw_response.update("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.list()
        assert_matches_type(SyncConversationCursorPage[Project], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.list(limit=20, after="string", include_archived=False)
        assert_matches_type(SyncConversationCursorPage[Project], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[Project], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[Project], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_archive(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.archive("project_id")
        assert_matches_type(Project, result, path=["response"])

    def test_raw_response_archive(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.with_raw_response.archive("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    def test_streaming_response_archive(self, client: OpenAI) -> None:
        with client.admin.organization.projects.with_streaming_response.archive("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_archive(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.with_raw_response.archive("")


class TestAsyncProjects:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.create(name="string")
        assert_matches_type(Project, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.create(
            name="string", residency="GLOBAL", external_key_id="string", geography="string"
        )
        assert_matches_type(Project, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.with_raw_response.create(name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.retrieve("project_id")
        assert_matches_type(Project, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.with_raw_response.retrieve("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.with_streaming_response.retrieve("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.update("project_id")
        assert_matches_type(Project, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.update(
            "project_id", name="string", external_key_id="string", geography="string"
        )
        assert_matches_type(Project, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.with_raw_response.update("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.with_streaming_response.update("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.with_raw_response.update("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.list()
        assert_matches_type(AsyncConversationCursorPage[Project], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.list(limit=20, after="string", include_archived=False)
        assert_matches_type(AsyncConversationCursorPage[Project], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[Project], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[Project], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_archive(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.archive("project_id")
        assert_matches_type(Project, result, path=["response"])

    async def test_raw_response_archive(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.with_raw_response.archive("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Project, result, path=["response"])

    async def test_streaming_response_archive(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.with_streaming_response.archive("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Project, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_archive(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.with_raw_response.archive("")
