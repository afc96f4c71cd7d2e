# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects.rate_limits`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.projects.project_rate_limit import ProjectRateLimit


class TestRateLimits:
    def test_method_list_rate_limits(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.rate_limits.list_rate_limits("project_id")
        assert_matches_type(SyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    def test_method_list_rate_limits_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.rate_limits.list_rate_limits(
            "project_id", limit=100, after="string", before="string"
        )
        assert_matches_type(SyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    def test_raw_response_list_rate_limits(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.rate_limits.with_raw_response.list_rate_limits("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    def test_streaming_response_list_rate_limits(self, client: OpenAI) -> None:
        with client.admin.organization.projects.rate_limits.with_streaming_response.list_rate_limits(
            "project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list_rate_limits(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.rate_limits.with_raw_response.list_rate_limits("")

    def test_method_update_rate_limit(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.rate_limits.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        )
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    def test_method_update_rate_limit_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.rate_limits.update_rate_limit(
            "rate_limit_id",
            project_id="project_id",
            max_requests_per_1_minute=1,
            max_tokens_per_1_minute=1,
            max_images_per_1_minute=1,
            max_audio_megabytes_per_1_minute=1,
            max_requests_per_1_day=1,
            batch_1_day_max_input_tokens=1,
        )
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    def test_raw_response_update_rate_limit(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    def test_streaming_response_update_rate_limit(self, client: OpenAI) -> None:
        with client.admin.organization.projects.rate_limits.with_streaming_response.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ProjectRateLimit, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update_rate_limit_rate_limit_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `rate_limit_id`"):
            client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
                "", project_id="project_id"
            )

    def test_path_params_update_rate_limit_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
                "rate_limit_id", project_id=""
            )


class TestAsyncRateLimits:
    async def test_method_list_rate_limits(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.rate_limits.list_rate_limits("project_id")
        assert_matches_type(AsyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    async def test_method_list_rate_limits_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.rate_limits.list_rate_limits(
            "project_id", limit=100, after="string", before="string"
        )
        assert_matches_type(AsyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    async def test_raw_response_list_rate_limits(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.rate_limits.with_raw_response.list_rate_limits(
            "project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

    async def test_streaming_response_list_rate_limits(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.rate_limits.with_streaming_response.list_rate_limits(
            "project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ProjectRateLimit], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_rate_limits(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.rate_limits.with_raw_response.list_rate_limits("")

    async def test_method_update_rate_limit(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.rate_limits.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        )
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    async def test_method_update_rate_limit_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.rate_limits.update_rate_limit(
            "rate_limit_id",
            project_id="project_id",
            max_requests_per_1_minute=1,
            max_tokens_per_1_minute=1,
            max_images_per_1_minute=1,
            max_audio_megabytes_per_1_minute=1,
            max_requests_per_1_day=1,
            batch_1_day_max_input_tokens=1,
        )
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    async def test_raw_response_update_rate_limit(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectRateLimit, result, path=["response"])

    async def test_streaming_response_update_rate_limit(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.rate_limits.with_streaming_response.update_rate_limit(
            "rate_limit_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ProjectRateLimit, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update_rate_limit_rate_limit_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `rate_limit_id`"):
            await async_client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
                "", project_id="project_id"
            )

    async def test_path_params_update_rate_limit_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.rate_limits.with_raw_response.update_rate_limit(
                "rate_limit_id", project_id=""
            )
