# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.audit_logs`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.audit_log_list_response import AuditLogListResponse


class TestAuditLogs:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.audit_logs.list()
        assert_matches_type(SyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.audit_logs.list(
            effective_at={},
            project_ids=["string"],
            event_types=["api_key.created"],
            actor_ids=["string"],
            actor_emails=["string"],
            resource_ids=["string"],
            tenant_only=False,
            limit=20,
            after="string",
            before="string",
        )
        assert_matches_type(SyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.audit_logs.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.audit_logs.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncAuditLogs:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.audit_logs.list()
        assert_matches_type(AsyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.audit_logs.list(
            effective_at={},
            project_ids=["string"],
            event_types=["api_key.created"],
            actor_ids=["string"],
            actor_emails=["string"],
            resource_ids=["string"],
            tenant_only=False,
            limit=20,
            after="string",
            before="string",
        )
        assert_matches_type(AsyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.audit_logs.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.audit_logs.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[AuditLogListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True
