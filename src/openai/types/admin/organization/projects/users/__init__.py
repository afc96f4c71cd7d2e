# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .role_list_params import RoleListParams as RoleListParams
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveResponse": ".role_retrieve_response",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "role_create_params",
        "role_create_response",
        "role_delete_response",
        "role_list_params",
        "role_list_response",
        "role_retrieve_response",
    )
)

__all__ = [
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleListResponse",
    "RoleRetrieveResponse",
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
