# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.spend_alerts` resource: 5 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai._base_client import make_request_options
from openai.types.admin.organization import spend_alert_create_params, spend_alert_update_params
from openai.types.admin.organization.organization_spend_alert import OrganizationSpendAlert
from openai.types.admin.organization.organization_spend_alert_deleted import OrganizationSpendAlertDeleted

__all__ = [
    "SpendAlerts",
    "AsyncSpendAlerts",
    "SpendAlertsWithRawResponse",
    "AsyncSpendAlertsWithRawResponse",
    "SpendAlertsWithStreamingResponse",
    "AsyncSpendAlertsWithStreamingResponse",
]


class SpendAlerts(SyncAPIResource):
    """Methods of `client.admin.organization.spend_alerts`."""

    @cached_property
    def with_raw_response(self) -> SpendAlertsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return SpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendAlertsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return SpendAlertsWithStreamingResponse(self)

    def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_create_params.NotificationChannel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/spend_alerts",
            body={
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
                "notification_channel": notification_channel,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    def retrieve(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Retrieves an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_update_params.NotificationChannel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.

          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            body={
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
                "notification_channel": notification_channel,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[OrganizationSpendAlert]:
        """
        Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.

          order: Sort order for the returned spend alerts.

          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the
              next page.

          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the
              previous page.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/spend_alerts",
            page=SyncConversationCursorPage[OrganizationSpendAlert],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationSpendAlert,
        )

    def delete(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlertDeleted:
        """
        Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlertDeleted,
        )


class SpendAlertsWithRawResponse:
    """`SpendAlerts` with every method wrapped to return the raw response."""

    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = to_raw_response_wrapper(spend_alerts.create)
        self.retrieve = to_raw_response_wrapper(spend_alerts.retrieve)
        self.update = to_raw_response_wrapper(spend_alerts.update)
        self.list = to_raw_response_wrapper(spend_alerts.list)
        self.delete = to_raw_response_wrapper(spend_alerts.delete)


class SpendAlertsWithStreamingResponse:
    """`SpendAlerts` with every method wrapped to return the streamed response."""

    def __init__(self, spend_alerts: SpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = to_streamed_response_wrapper(spend_alerts.create)
        self.retrieve = to_streamed_response_wrapper(spend_alerts.retrieve)
        self.update = to_streamed_response_wrapper(spend_alerts.update)
        self.list = to_streamed_response_wrapper(spend_alerts.list)
        self.delete = to_streamed_response_wrapper(spend_alerts.delete)


class AsyncSpendAlerts(AsyncAPIResource):
    """Methods of `async_client.admin.organization.spend_alerts`."""

    @cached_property
    def with_raw_response(self) -> AsyncSpendAlertsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncSpendAlertsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendAlertsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncSpendAlertsWithStreamingResponse(self)

    async def create(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_create_params.NotificationChannel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Creates an organization spend alert.

        Args:
          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/spend_alerts",
            body={
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
                "notification_channel": notification_channel,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    async def retrieve(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Retrieves an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    async def update(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: spend_alert_update_params.NotificationChannel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlert:
        """
        Updates an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to update.

          threshold_amount: The alert threshold amount, in cents.

          currency: The currency for the threshold amount.

          interval: The time interval for evaluating spend against the threshold.

          notification_channel: Email notification settings for a spend alert.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            body={
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
                "notification_channel": notification_channel,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlert,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[OrganizationSpendAlert, AsyncConversationCursorPage[OrganizationSpendAlert]]:
        """
        Lists organization spend alerts.

        Args:
          limit: A limit on the number of spend alerts to return. Defaults to 20.

          order: Sort order for the returned spend alerts.

          after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the
              next page.

          before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the
              previous page.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/spend_alerts",
            page=AsyncConversationCursorPage[OrganizationSpendAlert],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationSpendAlert,
        )

    async def delete(
        self,
        alert_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationSpendAlertDeleted:
        """
        Deletes an organization spend alert.

        Args:
          alert_id: The ID of the spend alert to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/spend_alerts/{path_param('alert_id', alert_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationSpendAlertDeleted,
        )


class AsyncSpendAlertsWithRawResponse:
    """`AsyncSpendAlerts` with every method wrapped to return the raw response."""

    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = async_to_raw_response_wrapper(spend_alerts.create)
        self.retrieve = async_to_raw_response_wrapper(spend_alerts.retrieve)
        self.update = async_to_raw_response_wrapper(spend_alerts.update)
        self.list = async_to_raw_response_wrapper(spend_alerts.list)
        self.delete = async_to_raw_response_wrapper(spend_alerts.delete)


class AsyncSpendAlertsWithStreamingResponse:
    """`AsyncSpendAlerts` with every method wrapped to return the streamed response."""

    def __init__(self, spend_alerts: AsyncSpendAlerts) -> None:
        self._spend_alerts = spend_alerts
        self.create = async_to_streamed_response_wrapper(spend_alerts.create)
        self.retrieve = async_to_streamed_response_wrapper(spend_alerts.retrieve)
        self.update = async_to_streamed_response_wrapper(spend_alerts.update)
        self.list = async_to_streamed_response_wrapper(spend_alerts.list)
        self.delete = async_to_streamed_response_wrapper(spend_alerts.delete)
