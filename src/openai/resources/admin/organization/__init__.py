# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin.organization` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.organization.roles import (
        Roles as Roles,
        AsyncRoles as AsyncRoles,
        RolesWithRawResponse as RolesWithRawResponse,
        AsyncRolesWithRawResponse as AsyncRolesWithRawResponse,
        RolesWithStreamingResponse as RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.usage import (
        Usage as Usage,
        AsyncUsage as AsyncUsage,
        UsageWithRawResponse as UsageWithRawResponse,
        AsyncUsageWithRawResponse as AsyncUsageWithRawResponse,
        UsageWithStreamingResponse as UsageWithStreamingResponse,
        AsyncUsageWithStreamingResponse as AsyncUsageWithStreamingResponse,
    )
    from openai.resources.admin.organization.invites import (
        Invites as Invites,
        AsyncInvites as AsyncInvites,
        InvitesWithRawResponse as InvitesWithRawResponse,
        AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse,
        InvitesWithStreamingResponse as InvitesWithStreamingResponse,
        AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse,
    )
    from openai.resources.admin.organization.audit_logs import (
        AuditLogs as AuditLogs,
        AsyncAuditLogs as AsyncAuditLogs,
        AuditLogsWithRawResponse as AuditLogsWithRawResponse,
        AsyncAuditLogsWithRawResponse as AsyncAuditLogsWithRawResponse,
        AuditLogsWithStreamingResponse as AuditLogsWithStreamingResponse,
        AsyncAuditLogsWithStreamingResponse as AsyncAuditLogsWithStreamingResponse,
    )
    from openai.resources.admin.organization.spend_limit import (
        SpendLimit as SpendLimit,
        AsyncSpendLimit as AsyncSpendLimit,
        SpendLimitWithRawResponse as SpendLimitWithRawResponse,
        AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse,
        SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse,
        AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse,
    )
    from openai.resources.admin.organization.users.users import (
        Users as Users,
        AsyncUsers as AsyncUsers,
        UsersWithRawResponse as UsersWithRawResponse,
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
        UsersWithStreamingResponse as UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from openai.resources.admin.organization.certificates import (
        Certificates as Certificates,
        AsyncCertificates as AsyncCertificates,
        CertificatesWithRawResponse as CertificatesWithRawResponse,
        AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse,
        CertificatesWithStreamingResponse as CertificatesWithStreamingResponse,
        AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse,
    )
    from openai.resources.admin.organization.organization import (
        Organization as Organization,
        AsyncOrganization as AsyncOrganization,
        OrganizationWithRawResponse as OrganizationWithRawResponse,
        AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
        OrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from openai.resources.admin.organization.spend_alerts import (
        SpendAlerts as SpendAlerts,
        AsyncSpendAlerts as AsyncSpendAlerts,
        SpendAlertsWithRawResponse as SpendAlertsWithRawResponse,
        AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse,
        SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse,
        AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse,
    )
    from openai.resources.admin.organization.groups.groups import (
        Groups as Groups,
        AsyncGroups as AsyncGroups,
        GroupsWithRawResponse as GroupsWithRawResponse,
        AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse,
        GroupsWithStreamingResponse as GroupsWithStreamingResponse,
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )
    from openai.resources.admin.organization.admin_api_keys import (
        AdminAPIKeys as AdminAPIKeys,
        AsyncAdminAPIKeys as AsyncAdminAPIKeys,
        AdminAPIKeysWithRawResponse as AdminAPIKeysWithRawResponse,
        AsyncAdminAPIKeysWithRawResponse as AsyncAdminAPIKeysWithRawResponse,
        AdminAPIKeysWithStreamingResponse as AdminAPIKeysWithStreamingResponse,
        AsyncAdminAPIKeysWithStreamingResponse as AsyncAdminAPIKeysWithStreamingResponse,
    )
    from openai.resources.admin.organization.data_retention import (
        DataRetention as DataRetention,
        AsyncDataRetention as AsyncDataRetention,
        DataRetentionWithRawResponse as DataRetentionWithRawResponse,
        AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse,
        DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse,
        AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.projects import (
        Projects as Projects,
        AsyncProjects as AsyncProjects,
        ProjectsWithRawResponse as ProjectsWithRawResponse,
        AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse,
        ProjectsWithStreamingResponse as ProjectsWithStreamingResponse,
        AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AdminAPIKeys": "openai.resources.admin.organization.admin_api_keys",
    "AdminAPIKeysWithRawResponse": "openai.resources.admin.organization.admin_api_keys",
    "AdminAPIKeysWithStreamingResponse": "openai.resources.admin.organization.admin_api_keys",
    "AsyncAdminAPIKeys": "openai.resources.admin.organization.admin_api_keys",
    "AsyncAdminAPIKeysWithRawResponse": "openai.resources.admin.organization.admin_api_keys",
    "AsyncAdminAPIKeysWithStreamingResponse": "openai.resources.admin.organization.admin_api_keys",
    "AsyncAuditLogs": "openai.resources.admin.organization.audit_logs",
    "AsyncAuditLogsWithRawResponse": "openai.resources.admin.organization.audit_logs",
    "AsyncAuditLogsWithStreamingResponse": "openai.resources.admin.organization.audit_logs",
    "AsyncCertificates": "openai.resources.admin.organization.certificates",
    "AsyncCertificatesWithRawResponse": "openai.resources.admin.organization.certificates",
    "AsyncCertificatesWithStreamingResponse": "openai.resources.admin.organization.certificates",
    "AsyncDataRetention": "openai.resources.admin.organization.data_retention",
    "AsyncDataRetentionWithRawResponse": "openai.resources.admin.organization.data_retention",
    "AsyncDataRetentionWithStreamingResponse": "openai.resources.admin.organization.data_retention",
    "AsyncGroups": "openai.resources.admin.organization.groups.groups",
    "AsyncGroupsWithRawResponse": "openai.resources.admin.organization.groups.groups",
    "AsyncGroupsWithStreamingResponse": "openai.resources.admin.organization.groups.groups",
    "AsyncInvites": "openai.resources.admin.organization.invites",
    "AsyncInvitesWithRawResponse": "openai.resources.admin.organization.invites",
    "AsyncInvitesWithStreamingResponse": "openai.resources.admin.organization.invites",
    "AsyncOrganization": "openai.resources.admin.organization.organization",
    "AsyncOrganizationWithRawResponse": "openai.resources.admin.organization.organization",
    "AsyncOrganizationWithStreamingResponse": "openai.resources.admin.organization.organization",
    "AsyncProjects": "openai.resources.admin.organization.projects.projects",
    "AsyncProjectsWithRawResponse": "openai.resources.admin.organization.projects.projects",
    "AsyncProjectsWithStreamingResponse": "openai.resources.admin.organization.projects.projects",
    "AsyncRoles": "openai.resources.admin.organization.roles",
    "AsyncRolesWithRawResponse": "openai.resources.admin.organization.roles",
    "AsyncRolesWithStreamingResponse": "openai.resources.admin.organization.roles",
    "AsyncSpendAlerts": "openai.resources.admin.organization.spend_alerts",
    "AsyncSpendAlertsWithRawResponse": "openai.resources.admin.organization.spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": "openai.resources.admin.organization.spend_alerts",
    "AsyncSpendLimit": "openai.resources.admin.organization.spend_limit",
    "AsyncSpendLimitWithRawResponse": "openai.resources.admin.organization.spend_limit",
    "AsyncSpendLimitWithStreamingResponse": "openai.resources.admin.organization.spend_limit",
    "AsyncUsage": "openai.resources.admin.organization.usage",
    "AsyncUsageWithRawResponse": "openai.resources.admin.organization.usage",
    "AsyncUsageWithStreamingResponse": "openai.resources.admin.organization.usage",
    "AsyncUsers": "openai.resources.admin.organization.users.users",
    "AsyncUsersWithRawResponse": "openai.resources.admin.organization.users.users",
    "AsyncUsersWithStreamingResponse": "openai.resources.admin.organization.users.users",
    "AuditLogs": "openai.resources.admin.organization.audit_logs",
    "AuditLogsWithRawResponse": "openai.resources.admin.organization.audit_logs",
    "AuditLogsWithStreamingResponse": "openai.resources.admin.organization.audit_logs",
    "Certificates": "openai.resources.admin.organization.certificates",
    "CertificatesWithRawResponse": "openai.resources.admin.organization.certificates",
    "CertificatesWithStreamingResponse": "openai.resources.admin.organization.certificates",
    "DataRetention": "openai.resources.admin.organization.data_retention",
    "DataRetentionWithRawResponse": "openai.resources.admin.organization.data_retention",
    "DataRetentionWithStreamingResponse": "openai.resources.admin.organization.data_retention",
    "Groups": "openai.resources.admin.organization.groups.groups",
    "GroupsWithRawResponse": "openai.resources.admin.organization.groups.groups",
    "GroupsWithStreamingResponse": "openai.resources.admin.organization.groups.groups",
    "Invites": "openai.resources.admin.organization.invites",
    "InvitesWithRawResponse": "openai.resources.admin.organization.invites",
    "InvitesWithStreamingResponse": "openai.resources.admin.organization.invites",
    "Organization": "openai.resources.admin.organization.organization",
    "OrganizationWithRawResponse": "openai.resources.admin.organization.organization",
    "OrganizationWithStreamingResponse": "openai.resources.admin.organization.organization",
    "Projects": "openai.resources.admin.organization.projects.projects",
    "ProjectsWithRawResponse": "openai.resources.admin.organization.projects.projects",
    "ProjectsWithStreamingResponse": "openai.resources.admin.organization.projects.projects",
    "Roles": "openai.resources.admin.organization.roles",
    "RolesWithRawResponse": "openai.resources.admin.organization.roles",
    "RolesWithStreamingResponse": "openai.resources.admin.organization.roles",
    "SpendAlerts": "openai.resources.admin.organization.spend_alerts",
    "SpendAlertsWithRawResponse": "openai.resources.admin.organization.spend_alerts",
    "SpendAlertsWithStreamingResponse": "openai.resources.admin.organization.spend_alerts",
    "SpendLimit": "openai.resources.admin.organization.spend_limit",
    "SpendLimitWithRawResponse": "openai.resources.admin.organization.spend_limit",
    "SpendLimitWithStreamingResponse": "openai.resources.admin.organization.spend_limit",
    "Usage": "openai.resources.admin.organization.usage",
    "UsageWithRawResponse": "openai.resources.admin.organization.usage",
    "UsageWithStreamingResponse": "openai.resources.admin.organization.usage",
    "Users": "openai.resources.admin.organization.users.users",
    "UsersWithRawResponse": "openai.resources.admin.organization.users.users",
    "UsersWithStreamingResponse": "openai.resources.admin.organization.users.users",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "admin_api_keys",
        "audit_logs",
        "certificates",
        "data_retention",
        "groups",
        "invites",
        "organization",
        "projects",
        "roles",
        "spend_alerts",
        "spend_limit",
        "usage",
        "users",
    )
)

__all__ = [
    "AdminAPIKeys",
    "AdminAPIKeysWithRawResponse",
    "AdminAPIKeysWithStreamingResponse",
    "AsyncAdminAPIKeys",
    "AsyncAdminAPIKeysWithRawResponse",
    "AsyncAdminAPIKeysWithStreamingResponse",
    "AsyncAuditLogs",
    "AsyncAuditLogsWithRawResponse",
    "AsyncAuditLogsWithStreamingResponse",
    "AsyncCertificates",
    "AsyncCertificatesWithRawResponse",
    "AsyncCertificatesWithStreamingResponse",
    "AsyncDataRetention",
    "AsyncDataRetentionWithRawResponse",
    "AsyncDataRetentionWithStreamingResponse",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncSpendAlerts",
    "AsyncSpendAlertsWithRawResponse",
    "AsyncSpendAlertsWithStreamingResponse",
    "AsyncSpendLimit",
    "AsyncSpendLimitWithRawResponse",
    "AsyncSpendLimitWithStreamingResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "AuditLogs",
    "AuditLogsWithRawResponse",
    "AuditLogsWithStreamingResponse",
    "Certificates",
    "CertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "DataRetention",
    "DataRetentionWithRawResponse",
    "DataRetentionWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
    "SpendAlerts",
    "SpendAlertsWithRawResponse",
    "SpendAlertsWithStreamingResponse",
    "SpendLimit",
    "SpendLimitWithRawResponse",
    "SpendLimitWithStreamingResponse",
    "Usage",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
