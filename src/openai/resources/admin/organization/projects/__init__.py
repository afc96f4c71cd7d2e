# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin.organization.projects` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.roles import (
        Roles as Roles,
        AsyncRoles as AsyncRoles,
        RolesWithRawResponse as RolesWithRawResponse,
        AsyncRolesWithRawResponse as AsyncRolesWithRawResponse,
        RolesWithStreamingResponse as RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.api_keys import (
        APIKeys as APIKeys,
        AsyncAPIKeys as AsyncAPIKeys,
        APIKeysWithRawResponse as APIKeysWithRawResponse,
        AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
        APIKeysWithStreamingResponse as APIKeysWithStreamingResponse,
        AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.projects import (
        Projects as Projects,
        AsyncProjects as AsyncProjects,
        ProjectsWithRawResponse as ProjectsWithRawResponse,
        AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse,
        ProjectsWithStreamingResponse as ProjectsWithStreamingResponse,
        AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.rate_limits import (
        RateLimits as RateLimits,
        AsyncRateLimits as AsyncRateLimits,
        RateLimitsWithRawResponse as RateLimitsWithRawResponse,
        AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
        RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.spend_limit import (
        SpendLimit as SpendLimit,
        AsyncSpendLimit as AsyncSpendLimit,
        SpendLimitWithRawResponse as SpendLimitWithRawResponse,
        AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse,
        SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse,
        AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.users.users import (
        Users as Users,
        AsyncUsers as AsyncUsers,
        UsersWithRawResponse as UsersWithRawResponse,
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
        UsersWithStreamingResponse as UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.certificates import (
        Certificates as Certificates,
        AsyncCertificates as AsyncCertificates,
        CertificatesWithRawResponse as CertificatesWithRawResponse,
        AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse,
        CertificatesWithStreamingResponse as CertificatesWithStreamingResponse,
        AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.spend_alerts import (
        SpendAlerts as SpendAlerts,
        AsyncSpendAlerts as AsyncSpendAlerts,
        SpendAlertsWithRawResponse as SpendAlertsWithRawResponse,
        AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse,
        SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse,
        AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.groups.groups import (
        Groups as Groups,
        AsyncGroups as AsyncGroups,
        GroupsWithRawResponse as GroupsWithRawResponse,
        AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse,
        GroupsWithStreamingResponse as GroupsWithStreamingResponse,
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.data_retention import (
        DataRetention as DataRetention,
        AsyncDataRetention as AsyncDataRetention,
        DataRetentionWithRawResponse as DataRetentionWithRawResponse,
        AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse,
        DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse,
        AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.model_permissions import (
        ModelPermissions as ModelPermissions,
        AsyncModelPermissions as AsyncModelPermissions,
        ModelPermissionsWithRawResponse as ModelPermissionsWithRawResponse,
        AsyncModelPermissionsWithRawResponse as AsyncModelPermissionsWithRawResponse,
        ModelPermissionsWithStreamingResponse as ModelPermissionsWithStreamingResponse,
        AsyncModelPermissionsWithStreamingResponse as AsyncModelPermissionsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.hosted_tool_permissions import (
        HostedToolPermissions as HostedToolPermissions,
        AsyncHostedToolPermissions as AsyncHostedToolPermissions,
        HostedToolPermissionsWithRawResponse as HostedToolPermissionsWithRawResponse,
        AsyncHostedToolPermissionsWithRawResponse as AsyncHostedToolPermissionsWithRawResponse,
        HostedToolPermissionsWithStreamingResponse as HostedToolPermissionsWithStreamingResponse,
        AsyncHostedToolPermissionsWithStreamingResponse as AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.service_accounts.service_accounts import (
        ServiceAccounts as ServiceAccounts,
        AsyncServiceAccounts as AsyncServiceAccounts,
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "APIKeys": "openai.resources.admin.organization.projects.api_keys",
    "APIKeysWithRawResponse": "openai.resources.admin.organization.projects.api_keys",
    "APIKeysWithStreamingResponse": "openai.resources.admin.organization.projects.api_keys",
    "AsyncAPIKeys": "openai.resources.admin.organization.projects.api_keys",
    "AsyncAPIKeysWithRawResponse": "openai.resources.admin.organization.projects.api_keys",
    "AsyncAPIKeysWithStreamingResponse": "openai.resources.admin.organization.projects.api_keys",
    "AsyncCertificates": "openai.resources.admin.organization.projects.certificates",
    "AsyncCertificatesWithRawResponse": "openai.resources.admin.organization.projects.certificates",
    "AsyncCertificatesWithStreamingResponse": "openai.resources.admin.organization.projects.certificates",
    "AsyncDataRetention": "openai.resources.admin.organization.projects.data_retention",
    "AsyncDataRetentionWithRawResponse": "openai.resources.admin.organization.projects.data_retention",
    "AsyncDataRetentionWithStreamingResponse": "openai.resources.admin.organization.projects.data_retention",
    "AsyncGroups": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncGroupsWithRawResponse": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncGroupsWithStreamingResponse": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncHostedToolPermissions": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithRawResponse": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithStreamingResponse": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "AsyncModelPermissions": "openai.resources.admin.organization.projects.model_permissions",
    "AsyncModelPermissionsWithRawResponse": "openai.resources.admin.organization.projects.model_permissions",
    "AsyncModelPermissionsWithStreamingResponse": "openai.resources.admin.organization.projects.model_permissions",
    "AsyncProjects": "openai.resources.admin.organization.projects.projects",
    "AsyncProjectsWithRawResponse": "openai.resources.admin.organization.projects.projects",
    "AsyncProjectsWithStreamingResponse": "openai.resources.admin.organization.projects.projects",
    "AsyncRateLimits": "openai.resources.admin.organization.projects.rate_limits",
    "AsyncRateLimitsWithRawResponse": "openai.resources.admin.organization.projects.rate_limits",
    "AsyncRateLimitsWithStreamingResponse": "openai.resources.admin.organization.projects.rate_limits",
    "AsyncRoles": "openai.resources.admin.organization.projects.roles",
    "AsyncRolesWithRawResponse": "openai.resources.admin.organization.projects.roles",
    "AsyncRolesWithStreamingResponse": "openai.resources.admin.organization.projects.roles",
    "AsyncServiceAccounts": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "AsyncSpendAlerts": "openai.resources.admin.organization.projects.spend_alerts",
    "AsyncSpendAlertsWithRawResponse": "openai.resources.admin.organization.projects.spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": "openai.resources.admin.organization.projects.spend_alerts",
    "AsyncSpendLimit": "openai.resources.admin.organization.projects.spend_limit",
    "AsyncSpendLimitWithRawResponse": "openai.resources.admin.organization.projects.spend_limit",
    "AsyncSpendLimitWithStreamingResponse": "openai.resources.admin.organization.projects.spend_limit",
    "AsyncUsers": "openai.resources.admin.organization.projects.users.users",
    "AsyncUsersWithRawResponse": "openai.resources.admin.organization.projects.users.users",
    "AsyncUsersWithStreamingResponse": "openai.resources.admin.organization.projects.users.users",
    "Certificates": "openai.resources.admin.organization.projects.certificates",
    "CertificatesWithRawResponse": "openai.resources.admin.organization.projects.certificates",
    "CertificatesWithStreamingResponse": "openai.resources.admin.organization.projects.certificates",
    "DataRetention": "openai.resources.admin.organization.projects.data_retention",
    "DataRetentionWithRawResponse": "openai.resources.admin.organization.projects.data_retention",
    "DataRetentionWithStreamingResponse": "openai.resources.admin.organization.projects.data_retention",
    "Groups": "openai.resources.admin.organization.projects.groups.groups",
    "GroupsWithRawResponse": "openai.resources.admin.organization.projects.groups.groups",
    "GroupsWithStreamingResponse": "openai.resources.admin.organization.projects.groups.groups",
    "HostedToolPermissions": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithRawResponse": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithStreamingResponse": "openai.resources.admin.organization.projects.hosted_tool_permissions",
    "ModelPermissions": "openai.resources.admin.organization.projects.model_permissions",
    "ModelPermissionsWithRawResponse": "openai.resources.admin.organization.projects.model_permissions",
    "ModelPermissionsWithStreamingResponse": "openai.resources.admin.organization.projects.model_permissions",
    "Projects": "openai.resources.admin.organization.projects.projects",
    "ProjectsWithRawResponse": "openai.resources.admin.organization.projects.projects",
    "ProjectsWithStreamingResponse": "openai.resources.admin.organization.projects.projects",
    "RateLimits": "openai.resources.admin.organization.projects.rate_limits",
    "RateLimitsWithRawResponse": "openai.resources.admin.organization.projects.rate_limits",
    "RateLimitsWithStreamingResponse": "openai.resources.admin.organization.projects.rate_limits",
    "Roles": "openai.resources.admin.organization.projects.roles",
    "RolesWithRawResponse": "openai.resources.admin.organization.projects.roles",
    "RolesWithStreamingResponse": "openai.resources.admin.organization.projects.roles",
    "ServiceAccounts": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "SpendAlerts": "openai.resources.admin.organization.projects.spend_alerts",
    "SpendAlertsWithRawResponse": "openai.resources.admin.organization.projects.spend_alerts",
    "SpendAlertsWithStreamingResponse": "openai.resources.admin.organization.projects.spend_alerts",
    "SpendLimit": "openai.resources.admin.organization.projects.spend_limit",
    "SpendLimitWithRawResponse": "openai.resources.admin.organization.projects.spend_limit",
    "SpendLimitWithStreamingResponse": "openai.resources.admin.organization.projects.spend_limit",
    "Users": "openai.resources.admin.organization.projects.users.users",
    "UsersWithRawResponse": "openai.resources.admin.organization.projects.users.users",
    "UsersWithStreamingResponse": "openai.resources.admin.organization.projects.users.users",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "api_keys",
        "certificates",
        "data_retention",
        "groups",
        "hosted_tool_permissions",
        "model_permissions",
        "projects",
        "rate_limits",
        "roles",
        "service_accounts",
        "spend_alerts",
        "spend_limit",
        "users",
    )
)

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncCertificates",
    "AsyncCertificatesWithRawResponse",
    "AsyncCertificatesWithStreamingResponse",
    "AsyncDataRetention",
    "AsyncDataRetentionWithRawResponse",
    "AsyncDataRetentionWithStreamingResponse",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncHostedToolPermissions",
    "AsyncHostedToolPermissionsWithRawResponse",
    "AsyncHostedToolPermissionsWithStreamingResponse",
    "AsyncModelPermissions",
    "AsyncModelPermissionsWithRawResponse",
    "AsyncModelPermissionsWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncSpendAlerts",
    "AsyncSpendAlertsWithRawResponse",
    "AsyncSpendAlertsWithStreamingResponse",
    "AsyncSpendLimit",
    "AsyncSpendLimitWithRawResponse",
    "AsyncSpendLimitWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Certificates",
    "CertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "DataRetention",
    "DataRetentionWithRawResponse",
    "DataRetentionWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "HostedToolPermissions",
    "HostedToolPermissionsWithRawResponse",
    "HostedToolPermissionsWithStreamingResponse",
    "ModelPermissions",
    "ModelPermissionsWithRawResponse",
    "ModelPermissionsWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "SpendAlerts",
    "SpendAlertsWithRawResponse",
    "SpendAlertsWithStreamingResponse",
    "SpendLimit",
    "SpendLimitWithRawResponse",
    "SpendLimitWithStreamingResponse",
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
