# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .permission_list_params import PermissionListParams as PermissionListParams
    from .permission_create_params import PermissionCreateParams as PermissionCreateParams
    from .permission_list_response import PermissionListResponse as PermissionListResponse
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "PermissionCreateParams": ".permission_create_params",
    "PermissionCreateResponse": ".permission_create_response",
    "PermissionDeleteResponse": ".permission_delete_response",
    "PermissionListParams": ".permission_list_params",
    "PermissionListResponse": ".permission_list_response",
    "PermissionRetrieveParams": ".permission_retrieve_params",
    "PermissionRetrieveResponse": ".permission_retrieve_response",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "permission_create_params",
        "permission_create_response",
        "permission_delete_response",
        "permission_list_params",
        "permission_list_response",
        "permission_retrieve_params",
        "permission_retrieve_response",
    )
)

__all__ = [
    "PermissionCreateParams",
    "PermissionCreateResponse",
    "PermissionDeleteResponse",
    "PermissionListParams",
    "PermissionListResponse",
    "PermissionRetrieveParams",
    "PermissionRetrieveResponse",
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
