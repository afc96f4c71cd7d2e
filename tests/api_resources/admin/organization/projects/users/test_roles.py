# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects.users.roles`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncNextCursorPage, AsyncNextCursorPage
from openai.types.admin.organization.projects.users.role_list_response import RoleListResponse
from openai.types.admin.organization.projects.users.role_create_response import RoleCreateResponse
from openai.types.admin.organization.projects.users.role_delete_response import RoleDeleteResponse
from openai.types.admin.organization.projects.users.role_retrieve_response import RoleRetrieveResponse


class TestRoles:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.users.roles.create(
            "user_id", project_id="project_id", role_id="string"
        )
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.users.roles.with_raw_response.create(
            "user_id", project_id="project_id", role_id="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.users.roles.with_streaming_response.create(
            "user_id", project_id="project_id", role_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RoleCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create_user_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.create(
                "", project_id="project_id", role_id="string"
            )

    def test_path_params_create_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.create(
                "user_id", project_id="", role_id="string"
            )

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.users.roles.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        )
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.users.roles.with_raw_response.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.projects.users.roles.with_streaming_response.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RoleRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_role_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `role_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "", project_id="project_id", user_id="user_id"
            )

    def test_path_params_retrieve_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "role_id", project_id="", user_id="user_id"
            )

    def test_path_params_retrieve_user_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "role_id", project_id="project_id", user_id=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.users.roles.list("user_id", project_id="project_id")
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.users.roles.list(
            "user_id", project_id="project_id", limit=0, after="string", order="asc"
        )
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.users.roles.with_raw_response.list(
            "user_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.users.roles.with_streaming_response.list(
            "user_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncNextCursorPage[RoleListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list_user_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.list("", project_id="project_id")

    def test_path_params_list_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.list("user_id", project_id="")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.users.roles.delete(
            "role_id", project_id="project_id", user_id="user_id"
        )
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.users.roles.with_raw_response.delete(
            "role_id", project_id="project_id", user_id="user_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.users.roles.with_streaming_response.delete(
            "role_id", project_id="project_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RoleDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_role_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `role_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.delete(
                "", project_id="project_id", user_id="user_id"
            )

    def test_path_params_delete_project_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.delete(
                "role_id", project_id="", user_id="user_id"
            )

    def test_path_params_delete_user_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            client.admin.organization.projects.users.roles.with_raw_response.delete(
                "role_id", project_id="project_id", user_id=""
            )


class TestAsyncRoles:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.users.roles.create(
            "user_id", project_id="project_id", role_id="string"
        )
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.users.roles.with_raw_response.create(
            "user_id", project_id="project_id", role_id="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.users.roles.with_streaming_response.create(
            "user_id", project_id="project_id", role_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RoleCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create_user_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.create(
                "", project_id="project_id", role_id="string"
            )

    async def test_path_params_create_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.create(
                "user_id", project_id="", role_id="string"
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.users.roles.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        )
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.users.roles.with_raw_response.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.users.roles.with_streaming_response.retrieve(
            "role_id", project_id="project_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RoleRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_role_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `role_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "", project_id="project_id", user_id="user_id"
            )

    async def test_path_params_retrieve_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "role_id", project_id="", user_id="user_id"
            )

    async def test_path_params_retrieve_user_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.retrieve(
                "role_id", project_id="project_id", user_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.users.roles.list("user_id", project_id="project_id")
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.users.roles.list(
            "user_id", project_id="project_id", limit=0, after="string", order="asc"
        )
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.users.roles.with_raw_response.list(
            "user_id", project_id="project_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.users.roles.with_streaming_response.list(
            "user_id", project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncNextCursorPage[RoleListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_user_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.list(
                "", project_id="project_id"
            )

    async def test_path_params_list_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.list("user_id", project_id="")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.users.roles.delete(
            "role_id", project_id="project_id", user_id="user_id"
        )
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.users.roles.with_raw_response.delete(
            "role_id", project_id="project_id", user_id="user_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RoleDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.users.roles.with_streaming_response.delete(
            "role_id", project_id="project_id", user_id="user_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RoleDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_role_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `role_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.delete(
                "", project_id="project_id", user_id="user_id"
            )

    async def test_path_params_delete_project_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.delete(
                "role_id", project_id="", user_id="user_id"
            )

    async def test_path_params_delete_user_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `user_id`"):
            await async_client.admin.organization.projects.users.roles.with_raw_response.delete(
                "role_id", project_id="project_id", user_id=""
            )
