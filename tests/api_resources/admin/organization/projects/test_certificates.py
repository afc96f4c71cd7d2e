# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.projects.certificates`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncPage, AsyncPage, SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.projects.certificate_list_response import CertificateListResponse
from openai.types.admin.organization.projects.certificate_activate_response import CertificateActivateResponse
from openai.types.admin.organization.projects.certificate_deactivate_response import CertificateDeactivateResponse


class TestCertificates:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.certificates.list("project_id")
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.certificates.list(
            "project_id", limit=20, after="string", order="asc"
        )
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.certificates.with_raw_response.list("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.certificates.with_streaming_response.list("project_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.certificates.with_raw_response.list("")

    def test_method_activate(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.certificates.activate("project_id", certificate_ids=["string"])
        assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])

    def test_raw_response_activate(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.certificates.with_raw_response.activate(
            "project_id", certificate_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])

    def test_streaming_response_activate(self, client: OpenAI) -> None:
        with client.admin.organization.projects.certificates.with_streaming_response.activate(
            "project_id", certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_activate(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.certificates.with_raw_response.activate("", certificate_ids=["string"])

    def test_method_deactivate(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.certificates.deactivate("project_id", certificate_ids=["string"])
        assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])

    def test_raw_response_deactivate(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.certificates.with_raw_response.deactivate(
            "project_id", certificate_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])

    def test_streaming_response_deactivate(self, client: OpenAI) -> None:
        with client.admin.organization.projects.certificates.with_streaming_response.deactivate(
            "project_id", certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_deactivate(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            client.admin.organization.projects.certificates.with_raw_response.deactivate("", certificate_ids=["string"])


class TestAsyncCertificates:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.certificates.list("project_id")
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.certificates.list(
            "project_id", limit=20, after="string", order="asc"
        )
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.certificates.with_raw_response.list("project_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.certificates.with_streaming_response.list(
            "project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.certificates.with_raw_response.list("")

    async def test_method_activate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.certificates.activate(
            "project_id", certificate_ids=["string"]
        )
        assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])

    async def test_raw_response_activate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.certificates.with_raw_response.activate(
            "project_id", certificate_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])

    async def test_streaming_response_activate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.certificates.with_streaming_response.activate(
            "project_id", certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_activate(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.certificates.with_raw_response.activate(
                "", certificate_ids=["string"]
            )

    async def test_method_deactivate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.certificates.deactivate(
            "project_id", certificate_ids=["string"]
        )
        assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])

    async def test_raw_response_deactivate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.certificates.with_raw_response.deactivate(
            "project_id", certificate_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])

    async def test_streaming_response_deactivate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.certificates.with_streaming_response.deactivate(
            "project_id", certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_deactivate(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `project_id`"):
            await async_client.admin.organization.projects.certificates.with_raw_response.deactivate(
                "", certificate_ids=["string"]
            )
