# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.spend_alerts`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.admin.organization.organization_spend_alert import OrganizationSpendAlert
from openai.types.admin.organization.organization_spend_alert_deleted import OrganizationSpendAlertDeleted


class TestSpendAlerts:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.spend_alerts.with_raw_response.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.spend_alerts.with_streaming_response.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.retrieve("alert_id")
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.spend_alerts.with_raw_response.retrieve("alert_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.spend_alerts.with_streaming_response.retrieve("alert_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            client.admin.organization.spend_alerts.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.spend_alerts.with_raw_response.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.spend_alerts.with_streaming_response.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            client.admin.organization.spend_alerts.with_raw_response.update(
                "",
                threshold_amount=0,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.list()
        assert_matches_type(SyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.list(limit=0, order="asc", after="string", before="string")
        assert_matches_type(SyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.spend_alerts.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.spend_alerts.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.spend_alerts.delete("alert_id")
        assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.spend_alerts.with_raw_response.delete("alert_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.spend_alerts.with_streaming_response.delete("alert_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            client.admin.organization.spend_alerts.with_raw_response.delete("")


class TestAsyncSpendAlerts:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.spend_alerts.with_raw_response.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.spend_alerts.with_streaming_response.create(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.retrieve("alert_id")
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.spend_alerts.with_raw_response.retrieve("alert_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.spend_alerts.with_streaming_response.retrieve(
            "alert_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            await async_client.admin.organization.spend_alerts.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.spend_alerts.with_raw_response.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlert, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.spend_alerts.with_streaming_response.update(
            "alert_id",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationSpendAlert, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            await async_client.admin.organization.spend_alerts.with_raw_response.update(
                "",
                threshold_amount=0,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.list()
        assert_matches_type(AsyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.list(
            limit=0, order="asc", after="string", before="string"
        )
        assert_matches_type(AsyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.spend_alerts.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.spend_alerts.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[OrganizationSpendAlert], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.spend_alerts.delete("alert_id")
        assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.spend_alerts.with_raw_response.delete("alert_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.spend_alerts.with_streaming_response.delete("alert_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationSpendAlertDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `alert_id`"):
            await async_client.admin.organization.spend_alerts.with_raw_response.delete("")
