# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.admin import (
        Admin as Admin,
        AsyncAdmin as AsyncAdmin,
        AdminWithRawResponse as AdminWithRawResponse,
        AsyncAdminWithRawResponse as AsyncAdminWithRawResponse,
        AdminWithStreamingResponse as AdminWithStreamingResponse,
        AsyncAdminWithStreamingResponse as AsyncAdminWithStreamingResponse,
    )
    from openai.resources.admin.organization.organization import (
        Organization as Organization,
        AsyncOrganization as AsyncOrganization,
        OrganizationWithRawResponse as OrganizationWithRawResponse,
        AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
        OrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Admin": "openai.resources.admin.admin",
    "AdminWithRawResponse": "openai.resources.admin.admin",
    "AdminWithStreamingResponse": "openai.resources.admin.admin",
    "AsyncAdmin": "openai.resources.admin.admin",
    "AsyncAdminWithRawResponse": "openai.resources.admin.admin",
    "AsyncAdminWithStreamingResponse": "openai.resources.admin.admin",
    "AsyncOrganization": "openai.resources.admin.organization.organization",
    "AsyncOrganizationWithRawResponse": "openai.resources.admin.organization.organization",
    "AsyncOrganizationWithStreamingResponse": "openai.resources.admin.organization.organization",
    "Organization": "openai.resources.admin.organization.organization",
    "OrganizationWithRawResponse": "openai.resources.admin.organization.organization",
    "OrganizationWithStreamingResponse": "openai.resources.admin.organization.organization",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "admin",
        "organization",
    )
)

__all__ = [
    "Admin",
    "AdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
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
