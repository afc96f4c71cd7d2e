# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.admin.organization.projects.users` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.users.roles import (
        Roles as Roles,
        AsyncRoles as AsyncRoles,
        RolesWithRawResponse as RolesWithRawResponse,
        AsyncRolesWithRawResponse as AsyncRolesWithRawResponse,
        RolesWithStreamingResponse as RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.projects.users.users import (
        Users as Users,
        AsyncUsers as AsyncUsers,
        UsersWithRawResponse as UsersWithRawResponse,
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
        UsersWithStreamingResponse as UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncRoles": "openai.resources.admin.organization.projects.users.roles",
    "AsyncRolesWithRawResponse": "openai.resources.admin.organization.projects.users.roles",
    "AsyncRolesWithStreamingResponse": "openai.resources.admin.organization.projects.users.roles",
    "AsyncUsers": "openai.resources.admin.organization.projects.users.users",
    "AsyncUsersWithRawResponse": "openai.resources.admin.organization.projects.users.users",
    "AsyncUsersWithStreamingResponse": "openai.resources.admin.organization.projects.users.users",
    "Roles": "openai.resources.admin.organization.projects.users.roles",
    "RolesWithRawResponse": "openai.resources.admin.organization.projects.users.roles",
    "RolesWithStreamingResponse": "openai.resources.admin.organization.projects.users.roles",
    "Users": "openai.resources.admin.organization.projects.users.users",
    "UsersWithRawResponse": "openai.resources.admin.organization.projects.users.users",
    "UsersWithStreamingResponse": "openai.resources.admin.organization.projects.users.users",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "roles",
        "users",
    )
)

__all__ = [
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
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
