# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects.service_accounts.api_keys`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.admin.organization.projects.service_accounts.api_key_create_response import APIKeyCreateResponse


class TestAPIKeys:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.api_keys.create(
            "service_account_id", project_id="project_id"
        )
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.service_accounts.api_keys.create(
            "service_account_id", project_id="project_id", name="string", scopes=["string"]
        )
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
            "service_account_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.service_accounts.api_keys.with_streaming_response.create(
            "service_account_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(APIKeyCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create_service_account_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `service_account_id`"):
            client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
                "", project_id="project_id"
            )

    def test_path_params_create_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
                "service_account_id", project_id=""
            )


class TestAsyncAPIKeys:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.api_keys.create(
            "service_account_id", project_id="project_id"
        )
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.service_accounts.api_keys.create(
            "service_account_id", project_id="project_id", name="string", scopes=["string"]
        )
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
            "service_account_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(APIKeyCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.service_accounts.api_keys.with_streaming_response.create(
            "service_account_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(APIKeyCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create_service_account_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `service_account_id`"):
            await async_client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
                "", project_id="project_id"
            )

    async def test_path_params_create_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.service_accounts.api_keys.with_raw_response.create(
                "service_account_id", project_id=""
            )
