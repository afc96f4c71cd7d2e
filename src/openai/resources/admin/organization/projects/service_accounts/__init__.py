# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin.organization.projects.service_accounts` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.service_accounts.api_keys import (
        APIKeys as APIKeys,
        AsyncAPIKeys as AsyncAPIKeys,
        APIKeysWithRawResponse as APIKeysWithRawResponse,
        AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
        APIKeysWithStreamingResponse as APIKeysWithStreamingResponse,
        AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
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
    "APIKeys": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "APIKeysWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "APIKeysWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "AsyncAPIKeys": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.api_keys",
    "AsyncServiceAccounts": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccounts": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": "openai.resources.admin.organization.projects.service_accounts.service_accounts",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "api_keys",
        "service_accounts",
    )
)

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
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
