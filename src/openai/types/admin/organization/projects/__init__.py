# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .project_user import ProjectUser as ProjectUser
    from .project_group import ProjectGroup as ProjectGroup
    from .project_api_key import ProjectAPIKey as ProjectAPIKey
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .api_key_delete_response import APIKeyDeleteResponse as APIKeyDeleteResponse
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from .project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from .service_account_create_response import ServiceAccountCreateResponse as ServiceAccountCreateResponse
    from .service_account_delete_response import ServiceAccountDeleteResponse as ServiceAccountDeleteResponse
    from .project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "APIKeyDeleteResponse": ".api_key_delete_response",
    "CertificateActivateResponse": ".certificate_activate_response",
    "CertificateDeactivateResponse": ".certificate_deactivate_response",
    "CertificateListResponse": ".certificate_list_response",
    "GroupDeleteResponse": ".group_delete_response",
    "ProjectAPIKey": ".project_api_key",
    "ProjectDataRetention": ".project_data_retention",
    "ProjectGroup": ".project_group",
    "ProjectHostedToolPermissions": ".project_hosted_tool_permissions",
    "ProjectModelPermissions": ".project_model_permissions",
    "ProjectModelPermissionsDeleted": ".project_model_permissions_deleted",
    "ProjectRateLimit": ".project_rate_limit",
    "ProjectServiceAccount": ".project_service_account",
    "ProjectSpendAlert": ".project_spend_alert",
    "ProjectSpendAlertDeleted": ".project_spend_alert_deleted",
    "ProjectSpendLimit": ".project_spend_limit",
    "ProjectSpendLimitDeleted": ".project_spend_limit_deleted",
    "ProjectUser": ".project_user",
    "RoleDeleteResponse": ".role_delete_response",
    "ServiceAccountCreateResponse": ".service_account_create_response",
    "ServiceAccountDeleteResponse": ".service_account_delete_response",
    "UserDeleteResponse": ".user_delete_response",
}
_SUBPACKAGES: frozenset[str] = frozenset(
    (
        "groups",
        "service_accounts",
        "users",
    )
)

__all__ = [
    "APIKeyDeleteResponse",
    "CertificateActivateResponse",
    "CertificateDeactivateResponse",
    "CertificateListResponse",
    "GroupDeleteResponse",
    "ProjectAPIKey",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectHostedToolPermissions",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleted",
    "ProjectRateLimit",
    "ProjectServiceAccount",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeleted",
    "ProjectSpendLimit",
    "ProjectSpendLimitDeleted",
    "ProjectUser",
    "RoleDeleteResponse",
    "ServiceAccountCreateResponse",
    "ServiceAccountDeleteResponse",
    "UserDeleteResponse",
]


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})
