# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.admin.organization.roles import (
        Roles,
        AsyncRoles,
        RolesWithRawResponse,
        AsyncRolesWithRawResponse,
        RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.usage import (
        Usage,
        AsyncUsage,
        UsageWithRawResponse,
        AsyncUsageWithRawResponse,
        UsageWithStreamingResponse,
        AsyncUsageWithStreamingResponse,
    )
    from openai.resources.admin.organization.invites import (
        Invites,
        AsyncInvites,
        InvitesWithRawResponse,
        AsyncInvitesWithRawResponse,
        InvitesWithStreamingResponse,
        AsyncInvitesWithStreamingResponse,
    )
    from openai.resources.admin.organization.audit_logs import (
        AuditLogs,
        AsyncAuditLogs,
        AuditLogsWithRawResponse,
        AsyncAuditLogsWithRawResponse,
        AuditLogsWithStreamingResponse,
        AsyncAuditLogsWithStreamingResponse,
    )
    from openai.resources.admin.organization.spend_limit import (
        SpendLimit,
        AsyncSpendLimit,
        SpendLimitWithRawResponse,
        AsyncSpendLimitWithRawResponse,
        SpendLimitWithStreamingResponse,
        AsyncSpendLimitWithStreamingResponse,
    )
    from openai.resources.admin.organization.users.users import (
        Users,
        AsyncUsers,
        UsersWithRawResponse,
        AsyncUsersWithRawResponse,
        UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse,
    )
    from openai.resources.admin.organization.certificates import (
        Certificates,
        AsyncCertificates,
        CertificatesWithRawResponse,
        AsyncCertificatesWithRawResponse,
        CertificatesWithStreamingResponse,
        AsyncCertificatesWithStreamingResponse,
    )
    from openai.resources.admin.organization.spend_alerts import (
        SpendAlerts,
        AsyncSpendAlerts,
        SpendAlertsWithRawResponse,
        AsyncSpendAlertsWithRawResponse,
        SpendAlertsWithStreamingResponse,
        AsyncSpendAlertsWithStreamingResponse,
    )
    from openai.resources.admin.organization.groups.groups import (
        Groups,
        AsyncGroups,
        GroupsWithRawResponse,
        AsyncGroupsWithRawResponse,
        GroupsWithStreamingResponse,
        AsyncGroupsWithStreamingResponse,
    )
    from openai.resources.admin.organization.admin_api_keys import (
        AdminAPIKeys,
        AsyncAdminAPIKeys,
        AdminAPIKeysWithRawResponse,
        AsyncAdminAPIKeysWithRawResponse,
        AdminAPIKeysWithStreamingResponse,
        AsyncAdminAPIKeysWithStreamingResponse,
    )
    from openai.resources.admin.organization.data_retention import (
        DataRetention,
        AsyncDataRetention,
        DataRetentionWithRawResponse,
        AsyncDataRetentionWithRawResponse,
        DataRetentionWithStreamingResponse,
        AsyncDataRetentionWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.projects import (
        Projects,
        AsyncProjects,
        ProjectsWithRawResponse,
        AsyncProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
        AsyncProjectsWithStreamingResponse,
    )

__all__ = [
    "Organization",
    "AsyncOrganization",
    "OrganizationWithRawResponse",
    "AsyncOrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "AsyncOrganizationWithStreamingResponse",
]


class Organization(SyncAPIResource):
    """Methods of `client.admin.organization`."""

    @cached_property
    def audit_logs(self) -> AuditLogs:
        from openai.resources.admin.organization.audit_logs import AuditLogs

        return AuditLogs(self._client)

    @cached_property
    def admin_api_keys(self) -> AdminAPIKeys:
        from openai.resources.admin.organization.admin_api_keys import AdminAPIKeys

        return AdminAPIKeys(self._client)

    @cached_property
    def usage(self) -> Usage:
        from openai.resources.admin.organization.usage import Usage

        return Usage(self._client)

    @cached_property
    def invites(self) -> Invites:
        from openai.resources.admin.organization.invites import Invites

        return Invites(self._client)

    @cached_property
    def users(self) -> Users:
        from openai.resources.admin.organization.users.users import Users

        return Users(self._client)

    @cached_property
    def groups(self) -> Groups:
        from openai.resources.admin.organization.groups.groups import Groups

        return Groups(self._client)

    @cached_property
    def roles(self) -> Roles:
        from openai.resources.admin.organization.roles import Roles

        return Roles(self._client)

    @cached_property
    def data_retention(self) -> DataRetention:
        from openai.resources.admin.organization.data_retention import DataRetention

        return DataRetention(self._client)

    @cached_property
    def spend_limit(self) -> SpendLimit:
        from openai.resources.admin.organization.spend_limit import SpendLimit

        return SpendLimit(self._client)

    @cached_property
    def spend_alerts(self) -> SpendAlerts:
        from openai.resources.admin.organization.spend_alerts import SpendAlerts

        return SpendAlerts(self._client)

    @cached_property
    def certificates(self) -> Certificates:
        from openai.resources.admin.organization.certificates import Certificates

        return Certificates(self._client)

    @cached_property
    def projects(self) -> Projects:
        from openai.resources.admin.organization.projects.projects import Projects

        return Projects(self._client)

    @cached_property
    def with_raw_response(self) -> OrganizationWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return OrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrganizationWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return OrganizationWithStreamingResponse(self)


class OrganizationWithRawResponse:
    """`Organization` with every method wrapped to return the raw response."""

    def __init__(self, organization: Organization) -> None:
        self._organization = organization

    @cached_property
    def audit_logs(self) -> AuditLogsWithRawResponse:
        from openai.resources.admin.organization.audit_logs import AuditLogsWithRawResponse

        return AuditLogsWithRawResponse(self._organization.audit_logs)

    @cached_property
    def admin_api_keys(self) -> AdminAPIKeysWithRawResponse:
        from openai.resources.admin.organization.admin_api_keys import AdminAPIKeysWithRawResponse

        return AdminAPIKeysWithRawResponse(self._organization.admin_api_keys)

    @cached_property
    def usage(self) -> UsageWithRawResponse:
        from openai.resources.admin.organization.usage import UsageWithRawResponse

        return UsageWithRawResponse(self._organization.usage)

    @cached_property
    def invites(self) -> InvitesWithRawResponse:
        from openai.resources.admin.organization.invites import InvitesWithRawResponse

        return InvitesWithRawResponse(self._organization.invites)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from openai.resources.admin.organization.users.users import UsersWithRawResponse

        return UsersWithRawResponse(self._organization.users)

    @cached_property
    def groups(self) -> GroupsWithRawResponse:
        from openai.resources.admin.organization.groups.groups import GroupsWithRawResponse

        return GroupsWithRawResponse(self._organization.groups)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from openai.resources.admin.organization.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._organization.roles)

    @cached_property
    def data_retention(self) -> DataRetentionWithRawResponse:
        from openai.resources.admin.organization.data_retention import DataRetentionWithRawResponse

        return DataRetentionWithRawResponse(self._organization.data_retention)

    @cached_property
    def spend_limit(self) -> SpendLimitWithRawResponse:
        from openai.resources.admin.organization.spend_limit import SpendLimitWithRawResponse

        return SpendLimitWithRawResponse(self._organization.spend_limit)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithRawResponse:
        from openai.resources.admin.organization.spend_alerts import SpendAlertsWithRawResponse

        return SpendAlertsWithRawResponse(self._organization.spend_alerts)

    @cached_property
    def certificates(self) -> CertificatesWithRawResponse:
        from openai.resources.admin.organization.certificates import CertificatesWithRawResponse

        return CertificatesWithRawResponse(self._organization.certificates)

    @cached_property
    def projects(self) -> ProjectsWithRawResponse:
        from openai.resources.admin.organization.projects.projects import ProjectsWithRawResponse

        return ProjectsWithRawResponse(self._organization.projects)


class OrganizationWithStreamingResponse:
    """`Organization` with every method wrapped to return the streamed response."""

    def __init__(self, organization: Organization) -> None:
        self._organization = organization

    @cached_property
    def audit_logs(self) -> AuditLogsWithStreamingResponse:
        from openai.resources.admin.organization.audit_logs import AuditLogsWithStreamingResponse

        return AuditLogsWithStreamingResponse(self._organization.audit_logs)

    @cached_property
    def admin_api_keys(self) -> AdminAPIKeysWithStreamingResponse:
        from openai.resources.admin.organization.admin_api_keys import AdminAPIKeysWithStreamingResponse

        return AdminAPIKeysWithStreamingResponse(self._organization.admin_api_keys)

    @cached_property
    def usage(self) -> UsageWithStreamingResponse:
        from openai.resources.admin.organization.usage import UsageWithStreamingResponse

        return UsageWithStreamingResponse(self._organization.usage)

    @cached_property
    def invites(self) -> InvitesWithStreamingResponse:
        from openai.resources.admin.organization.invites import InvitesWithStreamingResponse

        return InvitesWithStreamingResponse(self._organization.invites)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from openai.resources.admin.organization.users.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._organization.users)

    @cached_property
    def groups(self) -> GroupsWithStreamingResponse:
        from openai.resources.admin.organization.groups.groups import GroupsWithStreamingResponse

        return GroupsWithStreamingResponse(self._organization.groups)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from openai.resources.admin.organization.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._organization.roles)

    @cached_property
    def data_retention(self) -> DataRetentionWithStreamingResponse:
        from openai.resources.admin.organization.data_retention import DataRetentionWithStreamingResponse

        return DataRetentionWithStreamingResponse(self._organization.data_retention)

    @cached_property
    def spend_limit(self) -> SpendLimitWithStreamingResponse:
        from openai.resources.admin.organization.spend_limit import SpendLimitWithStreamingResponse

        return SpendLimitWithStreamingResponse(self._organization.spend_limit)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithStreamingResponse:
        from openai.resources.admin.organization.spend_alerts import SpendAlertsWithStreamingResponse

        return SpendAlertsWithStreamingResponse(self._organization.spend_alerts)

    @cached_property
    def certificates(self) -> CertificatesWithStreamingResponse:
        from openai.resources.admin.organization.certificates import CertificatesWithStreamingResponse

        return CertificatesWithStreamingResponse(self._organization.certificates)

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        from openai.resources.admin.organization.projects.projects import ProjectsWithStreamingResponse

        return ProjectsWithStreamingResponse(self._organization.projects)


class AsyncOrganization(AsyncAPIResource):
    """Methods of `async_client.admin.organization`."""

    @cached_property
    def audit_logs(self) -> AsyncAuditLogs:
        from openai.resources.admin.organization.audit_logs import AsyncAuditLogs

        return AsyncAuditLogs(self._client)

    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeys:
        from openai.resources.admin.organization.admin_api_keys import AsyncAdminAPIKeys

        return AsyncAdminAPIKeys(self._client)

    @cached_property
    def usage(self) -> AsyncUsage:
        from openai.resources.admin.organization.usage import AsyncUsage

        return AsyncUsage(self._client)

    @cached_property
    def invites(self) -> AsyncInvites:
        from openai.resources.admin.organization.invites import AsyncInvites

        return AsyncInvites(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from openai.resources.admin.organization.users.users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def groups(self) -> AsyncGroups:
        from openai.resources.admin.organization.groups.groups import AsyncGroups

        return AsyncGroups(self._client)

    @cached_property
    def roles(self) -> AsyncRoles:
        from openai.resources.admin.organization.roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def data_retention(self) -> AsyncDataRetention:
        from openai.resources.admin.organization.data_retention import AsyncDataRetention

        return AsyncDataRetention(self._client)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimit:
        from openai.resources.admin.organization.spend_limit import AsyncSpendLimit

        return AsyncSpendLimit(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlerts:
        from openai.resources.admin.organization.spend_alerts import AsyncSpendAlerts

        return AsyncSpendAlerts(self._client)

    @cached_property
    def certificates(self) -> AsyncCertificates:
        from openai.resources.admin.organization.certificates import AsyncCertificates

        return AsyncCertificates(self._client)

    @cached_property
    def projects(self) -> AsyncProjects:
        from openai.resources.admin.organization.projects.projects import AsyncProjects

        return AsyncProjects(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrganizationWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncOrganizationWithStreamingResponse(self)


class AsyncOrganizationWithRawResponse:
    """`AsyncOrganization` with every method wrapped to return the raw response."""

    def __init__(self, organization: AsyncOrganization) -> None:
        self._organization = organization

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsWithRawResponse:
        from openai.resources.admin.organization.audit_logs import AsyncAuditLogsWithRawResponse

        return AsyncAuditLogsWithRawResponse(self._organization.audit_logs)

    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeysWithRawResponse:
        from openai.resources.admin.organization.admin_api_keys import AsyncAdminAPIKeysWithRawResponse

        return AsyncAdminAPIKeysWithRawResponse(self._organization.admin_api_keys)

    @cached_property
    def usage(self) -> AsyncUsageWithRawResponse:
        from openai.resources.admin.organization.usage import AsyncUsageWithRawResponse

        return AsyncUsageWithRawResponse(self._organization.usage)

    @cached_property
    def invites(self) -> AsyncInvitesWithRawResponse:
        from openai.resources.admin.organization.invites import AsyncInvitesWithRawResponse

        return AsyncInvitesWithRawResponse(self._organization.invites)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from openai.resources.admin.organization.users.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._organization.users)

    @cached_property
    def groups(self) -> AsyncGroupsWithRawResponse:
        from openai.resources.admin.organization.groups.groups import AsyncGroupsWithRawResponse

        return AsyncGroupsWithRawResponse(self._organization.groups)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from openai.resources.admin.organization.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._organization.roles)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithRawResponse:
        from openai.resources.admin.organization.data_retention import AsyncDataRetentionWithRawResponse

        return AsyncDataRetentionWithRawResponse(self._organization.data_retention)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithRawResponse:
        from openai.resources.admin.organization.spend_limit import AsyncSpendLimitWithRawResponse

        return AsyncSpendLimitWithRawResponse(self._organization.spend_limit)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithRawResponse:
        from openai.resources.admin.organization.spend_alerts import AsyncSpendAlertsWithRawResponse

        return AsyncSpendAlertsWithRawResponse(self._organization.spend_alerts)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithRawResponse:
        from openai.resources.admin.organization.certificates import AsyncCertificatesWithRawResponse

        return AsyncCertificatesWithRawResponse(self._organization.certificates)

    @cached_property
    def projects(self) -> AsyncProjectsWithRawResponse:
        from openai.resources.admin.organization.projects.projects import AsyncProjectsWithRawResponse

        return AsyncProjectsWithRawResponse(self._organization.projects)


class AsyncOrganizationWithStreamingResponse:
    """`AsyncOrganization` with every method wrapped to return the streamed response."""

    def __init__(self, organization: AsyncOrganization) -> None:
        self._organization = organization

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsWithStreamingResponse:
        from openai.resources.admin.organization.audit_logs import AsyncAuditLogsWithStreamingResponse

        return AsyncAuditLogsWithStreamingResponse(self._organization.audit_logs)

    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeysWithStreamingResponse:
        from openai.resources.admin.organization.admin_api_keys import AsyncAdminAPIKeysWithStreamingResponse

        return AsyncAdminAPIKeysWithStreamingResponse(self._organization.admin_api_keys)

    @cached_property
    def usage(self) -> AsyncUsageWithStreamingResponse:
        from openai.resources.admin.organization.usage import AsyncUsageWithStreamingResponse

        return AsyncUsageWithStreamingResponse(self._organization.usage)

    @cached_property
    def invites(self) -> AsyncInvitesWithStreamingResponse:
        from openai.resources.admin.organization.invites import AsyncInvitesWithStreamingResponse

        return AsyncInvitesWithStreamingResponse(self._organization.invites)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from openai.resources.admin.organization.users.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._organization.users)

    @cached_property
    def groups(self) -> AsyncGroupsWithStreamingResponse:
        from openai.resources.admin.organization.groups.groups import AsyncGroupsWithStreamingResponse

        return AsyncGroupsWithStreamingResponse(self._organization.groups)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from openai.resources.admin.organization.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._organization.roles)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithStreamingResponse:
        from openai.resources.admin.organization.data_retention import AsyncDataRetentionWithStreamingResponse

        return AsyncDataRetentionWithStreamingResponse(self._organization.data_retention)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithStreamingResponse:
        from openai.resources.admin.organization.spend_limit import AsyncSpendLimitWithStreamingResponse

        return AsyncSpendLimitWithStreamingResponse(self._organization.spend_limit)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithStreamingResponse:
        from openai.resources.admin.organization.spend_alerts import AsyncSpendAlertsWithStreamingResponse

        return AsyncSpendAlertsWithStreamingResponse(self._organization.spend_alerts)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithStreamingResponse:
        from openai.resources.admin.organization.certificates import AsyncCertificatesWithStreamingResponse

        return AsyncCertificatesWithStreamingResponse(self._organization.certificates)

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        from openai.resources.admin.organization.projects.projects import AsyncProjectsWithStreamingResponse

        return AsyncProjectsWithStreamingResponse(self._organization.projects)
