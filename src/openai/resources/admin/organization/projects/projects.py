# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
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
from openai.types.admin.organization.project import Project

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.roles import (
        Roles,
        AsyncRoles,
        RolesWithRawResponse,
        AsyncRolesWithRawResponse,
        RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.api_keys import (
        APIKeys,
        AsyncAPIKeys,
        APIKeysWithRawResponse,
        AsyncAPIKeysWithRawResponse,
        APIKeysWithStreamingResponse,
        AsyncAPIKeysWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.rate_limits import (
        RateLimits,
        AsyncRateLimits,
        RateLimitsWithRawResponse,
        AsyncRateLimitsWithRawResponse,
        RateLimitsWithStreamingResponse,
        AsyncRateLimitsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.spend_limit import (
        SpendLimit,
        AsyncSpendLimit,
        SpendLimitWithRawResponse,
        AsyncSpendLimitWithRawResponse,
        SpendLimitWithStreamingResponse,
        AsyncSpendLimitWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.users.users import (
        Users,
        AsyncUsers,
        UsersWithRawResponse,
        AsyncUsersWithRawResponse,
        UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.certificates import (
        Certificates,
        AsyncCertificates,
        CertificatesWithRawResponse,
        AsyncCertificatesWithRawResponse,
        CertificatesWithStreamingResponse,
        AsyncCertificatesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.spend_alerts import (
        SpendAlerts,
        AsyncSpendAlerts,
        SpendAlertsWithRawResponse,
        AsyncSpendAlertsWithRawResponse,
        SpendAlertsWithStreamingResponse,
        AsyncSpendAlertsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.groups.groups import (
        Groups,
        AsyncGroups,
        GroupsWithRawResponse,
        AsyncGroupsWithRawResponse,
        GroupsWithStreamingResponse,
        AsyncGroupsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.data_retention import (
        DataRetention,
        AsyncDataRetention,
        DataRetentionWithRawResponse,
        AsyncDataRetentionWithRawResponse,
        DataRetentionWithStreamingResponse,
        AsyncDataRetentionWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.model_permissions import (
        ModelPermissions,
        AsyncModelPermissions,
        ModelPermissionsWithRawResponse,
        AsyncModelPermissionsWithRawResponse,
        ModelPermissionsWithStreamingResponse,
        AsyncModelPermissionsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.hosted_tool_permissions import (
        HostedToolPermissions,
        AsyncHostedToolPermissions,
        HostedToolPermissionsWithRawResponse,
        AsyncHostedToolPermissionsWithRawResponse,
        HostedToolPermissionsWithStreamingResponse,
        AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
        ServiceAccounts,
        AsyncServiceAccounts,
        ServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse,
        AsyncServiceAccountsWithStreamingResponse,
    )

__all__ = [
    "Projects",
    "AsyncProjects",
    "ProjectsWithRawResponse",
    "AsyncProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "AsyncProjectsWithStreamingResponse",
]


class Projects(SyncAPIResource):
    """Methods of `client.admin.organization.projects`."""

    @cached_property
    def users(self) -> Users:
        from openai.resources.admin.organization.projects.users.users import Users

        return Users(self._client)

    @cached_property
    def service_accounts(self) -> ServiceAccounts:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import ServiceAccounts

        return ServiceAccounts(self._client)

    @cached_property
    def api_keys(self) -> APIKeys:
        from openai.resources.admin.organization.projects.api_keys import APIKeys

        return APIKeys(self._client)

    @cached_property
    def rate_limits(self) -> RateLimits:
        from openai.resources.admin.organization.projects.rate_limits import RateLimits

        return RateLimits(self._client)

    @cached_property
    def model_permissions(self) -> ModelPermissions:
        from openai.resources.admin.organization.projects.model_permissions import ModelPermissions

        return ModelPermissions(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissions:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import HostedToolPermissions

        return HostedToolPermissions(self._client)

    @cached_property
    def groups(self) -> Groups:
        from openai.resources.admin.organization.projects.groups.groups import Groups

        return Groups(self._client)

    @cached_property
    def roles(self) -> Roles:
        from openai.resources.admin.organization.projects.roles import Roles

        return Roles(self._client)

    @cached_property
    def data_retention(self) -> DataRetention:
        from openai.resources.admin.organization.projects.data_retention import DataRetention

        return DataRetention(self._client)

    @cached_property
    def spend_limit(self) -> SpendLimit:
        from openai.resources.admin.organization.projects.spend_limit import SpendLimit

        return SpendLimit(self._client)

    @cached_property
    def spend_alerts(self) -> SpendAlerts:
        from openai.resources.admin.organization.projects.spend_alerts import SpendAlerts

        return SpendAlerts(self._client)

    @cached_property
    def certificates(self) -> Certificates:
        from openai.resources.admin.organization.projects.certificates import Certificates

        return Certificates(self._client)

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ProjectsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        residency: Optional[
            Literal[
                "GLOBAL",
                "US_STORAGE_PROCESSING",
                "EU_STORAGE_PROCESSING",
                "JP_STORAGE",
                "KR_STORAGE",
                "CA_STORAGE",
                "SG_STORAGE",
                "IN_STORAGE",
                "AU_STORAGE",
                "GB_STORAGE",
                "AE_STORAGE",
                "AE_STORAGE_PROCESSING",
            ]
        ]
        | Omit = omit,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
          name: The friendly name of the project, this name appears in reports.

          residency: Create the project with the specified residency configuration. Your organization must have access
              to the requested residency configuration in order to use it. See [data residency
              controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of
              setting this field.

          external_key_id: External key ID to associate with the project.

          geography: Create the project with the specified data residency region.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            "/organization/projects",
            body={"name": name, "residency": residency, "external_key_id": external_key_id, "geography": geography},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Retrieves a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    def update(
        self,
        project_id: str,
        *,
        name: Optional[str] | Omit = omit,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Modifies a project in the organization.

        Args:
          project_id: The ID of the project.

          name: The updated name of the project, this name appears in reports.

          external_key_id: External key ID to associate with the project.

          geography: The data residency region of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}",
            body={"name": name, "external_key_id": external_key_id, "geography": geography},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        include_archived: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Project]:
        """
        Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects
              are not included by default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/organization/projects",
            page=SyncConversationCursorPage[Project],
            options=make_request_options(
                query={"limit": limit, "after": after, "include_archived": include_archived},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            model=Project,
        )

    def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/archive",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )


class ProjectsWithRawResponse:
    """`Projects` with every method wrapped to return the raw response."""

    def __init__(self, projects: Projects) -> None:
        self._projects = projects
        self.create = to_raw_response_wrapper(projects.create)
        self.retrieve = to_raw_response_wrapper(projects.retrieve)
        self.update = to_raw_response_wrapper(projects.update)
        self.list = to_raw_response_wrapper(projects.list)
        self.archive = to_raw_response_wrapper(projects.archive)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from openai.resources.admin.organization.projects.users.users import UsersWithRawResponse

        return UsersWithRawResponse(self._projects.users)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithRawResponse:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
            ServiceAccountsWithRawResponse,
        )

        return ServiceAccountsWithRawResponse(self._projects.service_accounts)

    @cached_property
    def api_keys(self) -> APIKeysWithRawResponse:
        from openai.resources.admin.organization.projects.api_keys import APIKeysWithRawResponse

        return APIKeysWithRawResponse(self._projects.api_keys)

    @cached_property
    def rate_limits(self) -> RateLimitsWithRawResponse:
        from openai.resources.admin.organization.projects.rate_limits import RateLimitsWithRawResponse

        return RateLimitsWithRawResponse(self._projects.rate_limits)

    @cached_property
    def model_permissions(self) -> ModelPermissionsWithRawResponse:
        from openai.resources.admin.organization.projects.model_permissions import ModelPermissionsWithRawResponse

        return ModelPermissionsWithRawResponse(self._projects.model_permissions)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissionsWithRawResponse:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import (
            HostedToolPermissionsWithRawResponse,
        )

        return HostedToolPermissionsWithRawResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def groups(self) -> GroupsWithRawResponse:
        from openai.resources.admin.organization.projects.groups.groups import GroupsWithRawResponse

        return GroupsWithRawResponse(self._projects.groups)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from openai.resources.admin.organization.projects.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._projects.roles)

    @cached_property
    def data_retention(self) -> DataRetentionWithRawResponse:
        from openai.resources.admin.organization.projects.data_retention import DataRetentionWithRawResponse

        return DataRetentionWithRawResponse(self._projects.data_retention)

    @cached_property
    def spend_limit(self) -> SpendLimitWithRawResponse:
        from openai.resources.admin.organization.projects.spend_limit import SpendLimitWithRawResponse

        return SpendLimitWithRawResponse(self._projects.spend_limit)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithRawResponse:
        from openai.resources.admin.organization.projects.spend_alerts import SpendAlertsWithRawResponse

        return SpendAlertsWithRawResponse(self._projects.spend_alerts)

    @cached_property
    def certificates(self) -> CertificatesWithRawResponse:
        from openai.resources.admin.organization.projects.certificates import CertificatesWithRawResponse

        return CertificatesWithRawResponse(self._projects.certificates)


class ProjectsWithStreamingResponse:
    """`Projects` with every method wrapped to return the streamed response."""

    def __init__(self, projects: Projects) -> None:
        self._projects = projects
        self.create = to_streamed_response_wrapper(projects.create)
        self.retrieve = to_streamed_response_wrapper(projects.retrieve)
        self.update = to_streamed_response_wrapper(projects.update)
        self.list = to_streamed_response_wrapper(projects.list)
        self.archive = to_streamed_response_wrapper(projects.archive)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from openai.resources.admin.organization.projects.users.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._projects.users)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithStreamingResponse:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
            ServiceAccountsWithStreamingResponse,
        )

        return ServiceAccountsWithStreamingResponse(self._projects.service_accounts)

    @cached_property
    def api_keys(self) -> APIKeysWithStreamingResponse:
        from openai.resources.admin.organization.projects.api_keys import APIKeysWithStreamingResponse

        return APIKeysWithStreamingResponse(self._projects.api_keys)

    @cached_property
    def rate_limits(self) -> RateLimitsWithStreamingResponse:
        from openai.resources.admin.organization.projects.rate_limits import RateLimitsWithStreamingResponse

        return RateLimitsWithStreamingResponse(self._projects.rate_limits)

    @cached_property
    def model_permissions(self) -> ModelPermissionsWithStreamingResponse:
        from openai.resources.admin.organization.projects.model_permissions import ModelPermissionsWithStreamingResponse

        return ModelPermissionsWithStreamingResponse(self._projects.model_permissions)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissionsWithStreamingResponse:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import (
            HostedToolPermissionsWithStreamingResponse,
        )

        return HostedToolPermissionsWithStreamingResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def groups(self) -> GroupsWithStreamingResponse:
        from openai.resources.admin.organization.projects.groups.groups import GroupsWithStreamingResponse

        return GroupsWithStreamingResponse(self._projects.groups)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from openai.resources.admin.organization.projects.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._projects.roles)

    @cached_property
    def data_retention(self) -> DataRetentionWithStreamingResponse:
        from openai.resources.admin.organization.projects.data_retention import DataRetentionWithStreamingResponse

        return DataRetentionWithStreamingResponse(self._projects.data_retention)

    @cached_property
    def spend_limit(self) -> SpendLimitWithStreamingResponse:
        from openai.resources.admin.organization.projects.spend_limit import SpendLimitWithStreamingResponse

        return SpendLimitWithStreamingResponse(self._projects.spend_limit)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithStreamingResponse:
        from openai.resources.admin.organization.projects.spend_alerts import SpendAlertsWithStreamingResponse

        return SpendAlertsWithStreamingResponse(self._projects.spend_alerts)

    @cached_property
    def certificates(self) -> CertificatesWithStreamingResponse:
        from openai.resources.admin.organization.projects.certificates import CertificatesWithStreamingResponse

        return CertificatesWithStreamingResponse(self._projects.certificates)


class AsyncProjects(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects`."""

    @cached_property
    def users(self) -> AsyncUsers:
        from openai.resources.admin.organization.projects.users.users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccounts:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import AsyncServiceAccounts

        return AsyncServiceAccounts(self._client)

    @cached_property
    def api_keys(self) -> AsyncAPIKeys:
        from openai.resources.admin.organization.projects.api_keys import AsyncAPIKeys

        return AsyncAPIKeys(self._client)

    @cached_property
    def rate_limits(self) -> AsyncRateLimits:
        from openai.resources.admin.organization.projects.rate_limits import AsyncRateLimits

        return AsyncRateLimits(self._client)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissions:
        from openai.resources.admin.organization.projects.model_permissions import AsyncModelPermissions

        return AsyncModelPermissions(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissions:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import AsyncHostedToolPermissions

        return AsyncHostedToolPermissions(self._client)

    @cached_property
    def groups(self) -> AsyncGroups:
        from openai.resources.admin.organization.projects.groups.groups import AsyncGroups

        return AsyncGroups(self._client)

    @cached_property
    def roles(self) -> AsyncRoles:
        from openai.resources.admin.organization.projects.roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def data_retention(self) -> AsyncDataRetention:
        from openai.resources.admin.organization.projects.data_retention import AsyncDataRetention

        return AsyncDataRetention(self._client)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimit:
        from openai.resources.admin.organization.projects.spend_limit import AsyncSpendLimit

        return AsyncSpendLimit(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlerts:
        from openai.resources.admin.organization.projects.spend_alerts import AsyncSpendAlerts

        return AsyncSpendAlerts(self._client)

    @cached_property
    def certificates(self) -> AsyncCertificates:
        from openai.resources.admin.organization.projects.certificates import AsyncCertificates

        return AsyncCertificates(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncProjectsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        residency: Optional[
            Literal[
                "GLOBAL",
                "US_STORAGE_PROCESSING",
                "EU_STORAGE_PROCESSING",
                "JP_STORAGE",
                "KR_STORAGE",
                "CA_STORAGE",
                "SG_STORAGE",
                "IN_STORAGE",
                "AU_STORAGE",
                "GB_STORAGE",
                "AE_STORAGE",
                "AE_STORAGE_PROCESSING",
            ]
        ]
        | Omit = omit,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Create a new project in the organization. Projects can be created and archived, but cannot be deleted.

        Args:
          name: The friendly name of the project, this name appears in reports.

          residency: Create the project with the specified residency configuration. Your organization must have access
              to the requested residency configuration in order to use it. See [data residency
              controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of
              setting this field.

          external_key_id: External key ID to associate with the project.

          geography: Create the project with the specified data residency region.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            "/organization/projects",
            body={"name": name, "residency": residency, "external_key_id": external_key_id, "geography": geography},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Retrieves a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    async def update(
        self,
        project_id: str,
        *,
        name: Optional[str] | Omit = omit,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Modifies a project in the organization.

        Args:
          project_id: The ID of the project.

          name: The updated name of the project, this name appears in reports.

          external_key_id: External key ID to associate with the project.

          geography: The data residency region of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}",
            body={"name": name, "external_key_id": external_key_id, "geography": geography},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        include_archived: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Project, AsyncConversationCursorPage[Project]]:
        """
        Returns a list of projects.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          include_archived: If `true` returns all projects including those that have been `archived`. Archived projects
              are not included by default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/organization/projects",
            page=AsyncConversationCursorPage[Project],
            options=make_request_options(
                query={"limit": limit, "after": after, "include_archived": include_archived},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            model=Project,
        )

    async def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> Project:
        """
        Archives a project in the organization. Archived projects cannot be used or updated.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/archive",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security="admin",
            ),
            cast_to=Project,
        )


class AsyncProjectsWithRawResponse:
    """`AsyncProjects` with every method wrapped to return the raw response."""

    def __init__(self, projects: AsyncProjects) -> None:
        self._projects = projects
        self.create = async_to_raw_response_wrapper(projects.create)
        self.retrieve = async_to_raw_response_wrapper(projects.retrieve)
        self.update = async_to_raw_response_wrapper(projects.update)
        self.list = async_to_raw_response_wrapper(projects.list)
        self.archive = async_to_raw_response_wrapper(projects.archive)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from openai.resources.admin.organization.projects.users.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._projects.users)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithRawResponse:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
            AsyncServiceAccountsWithRawResponse,
        )

        return AsyncServiceAccountsWithRawResponse(self._projects.service_accounts)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithRawResponse:
        from openai.resources.admin.organization.projects.api_keys import AsyncAPIKeysWithRawResponse

        return AsyncAPIKeysWithRawResponse(self._projects.api_keys)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithRawResponse:
        from openai.resources.admin.organization.projects.rate_limits import AsyncRateLimitsWithRawResponse

        return AsyncRateLimitsWithRawResponse(self._projects.rate_limits)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissionsWithRawResponse:
        from openai.resources.admin.organization.projects.model_permissions import AsyncModelPermissionsWithRawResponse

        return AsyncModelPermissionsWithRawResponse(self._projects.model_permissions)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissionsWithRawResponse:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import (
            AsyncHostedToolPermissionsWithRawResponse,
        )

        return AsyncHostedToolPermissionsWithRawResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def groups(self) -> AsyncGroupsWithRawResponse:
        from openai.resources.admin.organization.projects.groups.groups import AsyncGroupsWithRawResponse

        return AsyncGroupsWithRawResponse(self._projects.groups)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from openai.resources.admin.organization.projects.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._projects.roles)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithRawResponse:
        from openai.resources.admin.organization.projects.data_retention import AsyncDataRetentionWithRawResponse

        return AsyncDataRetentionWithRawResponse(self._projects.data_retention)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithRawResponse:
        from openai.resources.admin.organization.projects.spend_limit import AsyncSpendLimitWithRawResponse

        return AsyncSpendLimitWithRawResponse(self._projects.spend_limit)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithRawResponse:
        from openai.resources.admin.organization.projects.spend_alerts import AsyncSpendAlertsWithRawResponse

        return AsyncSpendAlertsWithRawResponse(self._projects.spend_alerts)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithRawResponse:
        from openai.resources.admin.organization.projects.certificates import AsyncCertificatesWithRawResponse

        return AsyncCertificatesWithRawResponse(self._projects.certificates)


class AsyncProjectsWithStreamingResponse:
    """`AsyncProjects` with every method wrapped to return the streamed response."""

    def __init__(self, projects: AsyncProjects) -> None:
        self._projects = projects
        self.create = async_to_streamed_response_wrapper(projects.create)
        self.retrieve = async_to_streamed_response_wrapper(projects.retrieve)
        self.update = async_to_streamed_response_wrapper(projects.update)
        self.list = async_to_streamed_response_wrapper(projects.list)
        self.archive = async_to_streamed_response_wrapper(projects.archive)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from openai.resources.admin.organization.projects.users.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._projects.users)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithStreamingResponse:
        from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
            AsyncServiceAccountsWithStreamingResponse,
        )

        return AsyncServiceAccountsWithStreamingResponse(self._projects.service_accounts)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithStreamingResponse:
        from openai.resources.admin.organization.projects.api_keys import AsyncAPIKeysWithStreamingResponse

        return AsyncAPIKeysWithStreamingResponse(self._projects.api_keys)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithStreamingResponse:
        from openai.resources.admin.organization.projects.rate_limits import AsyncRateLimitsWithStreamingResponse

        return AsyncRateLimitsWithStreamingResponse(self._projects.rate_limits)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissionsWithStreamingResponse:
        from openai.resources.admin.organization.projects.model_permissions import (
            AsyncModelPermissionsWithStreamingResponse,
        )

        return AsyncModelPermissionsWithStreamingResponse(self._projects.model_permissions)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissionsWithStreamingResponse:
        from openai.resources.admin.organization.projects.hosted_tool_permissions import (
            AsyncHostedToolPermissionsWithStreamingResponse,
        )

        return AsyncHostedToolPermissionsWithStreamingResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def groups(self) -> AsyncGroupsWithStreamingResponse:
        from openai.resources.admin.organization.projects.groups.groups import AsyncGroupsWithStreamingResponse

        return AsyncGroupsWithStreamingResponse(self._projects.groups)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from openai.resources.admin.organization.projects.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._projects.roles)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithStreamingResponse:
        from openai.resources.admin.organization.projects.data_retention import AsyncDataRetentionWithStreamingResponse

        return AsyncDataRetentionWithStreamingResponse(self._projects.data_retention)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithStreamingResponse:
        from openai.resources.admin.organization.projects.spend_limit import AsyncSpendLimitWithStreamingResponse

        return AsyncSpendLimitWithStreamingResponse(self._projects.spend_limit)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithStreamingResponse:
        from openai.resources.admin.organization.projects.spend_alerts import AsyncSpendAlertsWithStreamingResponse

        return AsyncSpendAlertsWithStreamingResponse(self._projects.spend_alerts)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithStreamingResponse:
        from openai.resources.admin.organization.projects.certificates import AsyncCertificatesWithStreamingResponse

        return AsyncCertificatesWithStreamingResponse(self._projects.certificates)
