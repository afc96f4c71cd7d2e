# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .role_list_params import RoleListParams as RoleListParams
    from .user_list_params import UserListParams as UserListParams
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .user_create_params import UserCreateParams as UserCreateParams
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse
    from .user_retrieve_response import UserRetrieveResponse as UserRetrieveResponse
    from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "OrganizationGroupUser": ".organization_group_user",
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveResponse": ".role_retrieve_response",
    "UserCreateParams": ".user_create_params",
    "UserCreateResponse": ".user_create_response",
    "UserDeleteResponse": ".user_delete_response",
    "UserListParams": ".user_list_params",
    "UserRetrieveResponse": ".user_retrieve_response",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "organization_group_user",
        "role_create_params",
        "role_create_response",
        "role_delete_response",
        "role_list_params",
        "role_list_response",
        "role_retrieve_response",
        "user_create_params",
        "user_create_response",
        "user_delete_response",
        "user_list_params",
        "user_retrieve_response",
    )
)

__all__ = [
    "OrganizationGroupUser",
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserCreateParams",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListParams",
    "UserRetrieveResponse",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
