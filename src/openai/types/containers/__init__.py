# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import files as files
    from .file_list_params import FileListParams as FileListParams
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_list_response import FileListResponse as FileListResponse
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "FileCreateParams": ".file_create_params",
    "FileCreateResponse": ".file_create_response",
    "FileListParams": ".file_list_params",
    "FileListResponse": ".file_list_response",
    "FileRetrieveResponse": ".file_retrieve_response",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "file_create_params",
        "file_create_response",
        "file_list_params",
        "file_list_response",
        "file_retrieve_response",
        "files",
    )
)

__all__ = ["FileCreateParams", "FileCreateResponse", "FileListParams", "FileListResponse", "FileRetrieveResponse"]

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
