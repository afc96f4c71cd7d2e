# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .role import Role as Role
    from .group import Group as Group
    from .invite import Invite as Invite
    from .project import Project as Project
    from .certificate import Certificate as Certificate
    from .admin_api_key import AdminAPIKey as AdminAPIKey
    from .organization_user import OrganizationUser as OrganizationUser
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .usage_costs_response import UsageCostsResponse as UsageCostsResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .group_update_response import GroupUpdateResponse as GroupUpdateResponse
    from .usage_images_response import UsageImagesResponse as UsageImagesResponse
    from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .audit_log_list_response import AuditLogListResponse as AuditLogListResponse
    from .organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from .organization_spend_limit import OrganizationSpendLimit as OrganizationSpendLimit
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .usage_embeddings_response import UsageEmbeddingsResponse as UsageEmbeddingsResponse
    from .usage_completions_response import UsageCompletionsResponse as UsageCompletionsResponse
    from .usage_moderations_response import UsageModerationsResponse as UsageModerationsResponse
    from .certificate_delete_response import CertificateDeleteResponse as CertificateDeleteResponse
    from .organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from .usage_vector_stores_response import UsageVectorStoresResponse as UsageVectorStoresResponse
    from .admin_api_key_create_response import AdminAPIKeyCreateResponse as AdminAPIKeyCreateResponse
    from .admin_api_key_delete_response import AdminAPIKeyDeleteResponse as AdminAPIKeyDeleteResponse
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .usage_audio_speeches_response import UsageAudioSpeechesResponse as UsageAudioSpeechesResponse
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .usage_web_search_calls_response import UsageWebSearchCallsResponse as UsageWebSearchCallsResponse
    from .organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
    from .organization_spend_limit_deleted import OrganizationSpendLimitDeleted as OrganizationSpendLimitDeleted
    from .usage_file_search_calls_response import UsageFileSearchCallsResponse as UsageFileSearchCallsResponse
    from .usage_audio_transcriptions_response import (
        UsageAudioTranscriptionsResponse as UsageAudioTranscriptionsResponse,
    )
    from .usage_code_interpreter_sessions_response import (
        UsageCodeInterpreterSessionsResponse as UsageCodeInterpreterSessionsResponse,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "AdminAPIKey": ".admin_api_key",
    "AdminAPIKeyCreateResponse": ".admin_api_key_create_response",
    "AdminAPIKeyDeleteResponse": ".admin_api_key_delete_response",
    "AuditLogListResponse": ".audit_log_list_response",
    "Certificate": ".certificate",
    "CertificateActivateResponse": ".certificate_activate_response",
    "CertificateDeactivateResponse": ".certificate_deactivate_response",
    "CertificateDeleteResponse": ".certificate_delete_response",
    "CertificateListResponse": ".certificate_list_response",
    "Group": ".group",
    "GroupDeleteResponse": ".group_delete_response",
    "GroupUpdateResponse": ".group_update_response",
    "Invite": ".invite",
    "InviteDeleteResponse": ".invite_delete_response",
    "OrganizationDataRetention": ".organization_data_retention",
    "OrganizationSpendAlert": ".organization_spend_alert",
    "OrganizationSpendAlertDeleted": ".organization_spend_alert_deleted",
    "OrganizationSpendLimit": ".organization_spend_limit",
    "OrganizationSpendLimitDeleted": ".organization_spend_limit_deleted",
    "OrganizationUser": ".organization_user",
    "Project": ".project",
    "Role": ".role",
    "RoleDeleteResponse": ".role_delete_response",
    "UsageAudioSpeechesResponse": ".usage_audio_speeches_response",
    "UsageAudioTranscriptionsResponse": ".usage_audio_transcriptions_response",
    "UsageCodeInterpreterSessionsResponse": ".usage_code_interpreter_sessions_response",
    "UsageCompletionsResponse": ".usage_completions_response",
    "UsageCostsResponse": ".usage_costs_response",
    "UsageEmbeddingsResponse": ".usage_embeddings_response",
    "UsageFileSearchCallsResponse": ".usage_file_search_calls_response",
    "UsageImagesResponse": ".usage_images_response",
    "UsageModerationsResponse": ".usage_moderations_response",
    "UsageVectorStoresResponse": ".usage_vector_stores_response",
    "UsageWebSearchCallsResponse": ".usage_web_search_calls_response",
    "UserDeleteResponse": ".user_delete_response",
}
_SUBPACKAGES: frozenset[str] = frozenset(
    (
        "groups",
        "projects",
        "users",
    )
)

__all__ = [
    "AdminAPIKey",
    "AdminAPIKeyCreateResponse",
    "AdminAPIKeyDeleteResponse",
    "AuditLogListResponse",
    "Certificate",
    "CertificateActivateResponse",
    "CertificateDeactivateResponse",
    "CertificateDeleteResponse",
    "CertificateListResponse",
    "Group",
    "GroupDeleteResponse",
    "GroupUpdateResponse",
    "Invite",
    "InviteDeleteResponse",
    "OrganizationDataRetention",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeleted",
    "OrganizationSpendLimit",
    "OrganizationSpendLimitDeleted",
    "OrganizationUser",
    "Project",
    "Role",
    "RoleDeleteResponse",
    "UsageAudioSpeechesResponse",
    "UsageAudioTranscriptionsResponse",
    "UsageCodeInterpreterSessionsResponse",
    "UsageCompletionsResponse",
    "UsageCostsResponse",
    "UsageEmbeddingsResponse",
    "UsageFileSearchCallsResponse",
    "UsageImagesResponse",
    "UsageModerationsResponse",
    "UsageVectorStoresResponse",
    "UsageWebSearchCallsResponse",
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
