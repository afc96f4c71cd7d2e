# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin.organization.projects.groups` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.groups.roles import (
        Roles as Roles,
        AsyncRoles as AsyncRoles,
        RolesWithRawResponse as RolesWithRawResponse,
        AsyncRolesWithRawResponse as AsyncRolesWithRawResponse,
        RolesWithStreamingResponse as RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.groups.groups import (
        Groups as Groups,
        AsyncGroups as AsyncGroups,
        GroupsWithRawResponse as GroupsWithRawResponse,
        AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse,
        GroupsWithStreamingResponse as GroupsWithStreamingResponse,
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncGroups": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncGroupsWithRawResponse": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncGroupsWithStreamingResponse": "openai.resources.admin.organization.projects.groups.groups",
    "AsyncRoles": "openai.resources.admin.organization.projects.groups.roles",
    "AsyncRolesWithRawResponse": "openai.resources.admin.organization.projects.groups.roles",
    "AsyncRolesWithStreamingResponse": "openai.resources.admin.organization.projects.groups.roles",
    "Groups": "openai.resources.admin.organization.projects.groups.groups",
    "GroupsWithRawResponse": "openai.resources.admin.organization.projects.groups.groups",
    "GroupsWithStreamingResponse": "openai.resources.admin.organization.projects.groups.groups",
    "Roles": "openai.resources.admin.organization.projects.groups.roles",
    "RolesWithRawResponse": "openai.resources.admin.organization.projects.groups.roles",
    "RolesWithStreamingResponse": "openai.resources.admin.organization.projects.groups.roles",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "groups",
        "roles",
    )
)

__all__ = [
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
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
