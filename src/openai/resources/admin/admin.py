# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.admin.organization.organization import (
        Organization,
        AsyncOrganization,
        OrganizationWithRawResponse,
        AsyncOrganizationWithRawResponse,
        OrganizationWithStreamingResponse,
        AsyncOrganizationWithStreamingResponse,
    )

__all__ = [
    "Admin",
    "AsyncAdmin",
    "AdminWithRawResponse",
    "AsyncAdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdminWithStreamingResponse",
]


class Admin(SyncAPIResource):
    """Methods of `client.admin`."""

    @cached_property
    def organization(self) -> Organization:
        from openai.resources.admin.organization.organization import Organization

        return Organization(self._client)

    @cached_property
    def with_raw_response(self) -> AdminWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AdminWithStreamingResponse(self)


class AdminWithRawResponse:
    """`Admin` with every method wrapped to return the raw response."""

    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithRawResponse:
        from openai.resources.admin.organization.organization import OrganizationWithRawResponse

        return OrganizationWithRawResponse(self._admin.organization)


class AdminWithStreamingResponse:
    """`Admin` with every method wrapped to return the streamed response."""

    def __init__(self, admin: Admin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> OrganizationWithStreamingResponse:
        from openai.resources.admin.organization.organization import OrganizationWithStreamingResponse

        return OrganizationWithStreamingResponse(self._admin.organization)


class AsyncAdmin(AsyncAPIResource):
    """Methods of `async_client.admin`."""

    @cached_property
    def organization(self) -> AsyncOrganization:
        from openai.resources.admin.organization.organization import AsyncOrganization

        return AsyncOrganization(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAdminWithStreamingResponse(self)


class AsyncAdminWithRawResponse:
    """`AsyncAdmin` with every method wrapped to return the raw response."""

    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithRawResponse:
        from openai.resources.admin.organization.organization import AsyncOrganizationWithRawResponse

        return AsyncOrganizationWithRawResponse(self._admin.organization)


class AsyncAdminWithStreamingResponse:
    """`AsyncAdmin` with every method wrapped to return the streamed response."""

    def __init__(self, admin: AsyncAdmin) -> None:
        self._admin = admin

    @cached_property
    def organization(self) -> AsyncOrganizationWithStreamingResponse:
        from openai.resources.admin.organization.organization import AsyncOrganizationWithStreamingResponse

        return AsyncOrganizationWithStreamingResponse(self._admin.organization)
