# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .file_list_params import FileListParams as FileListParams
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_update_params import FileUpdateParams as FileUpdateParams
    from .file_content_response import FileContentResponse as FileContentResponse
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
    from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "FileBatchCreateParams": ".file_batch_create_params",
    "FileBatchListFilesParams": ".file_batch_list_files_params",
    "FileContentResponse": ".file_content_response",
    "FileCreateParams": ".file_create_params",
    "FileListParams": ".file_list_params",
    "FileUpdateParams": ".file_update_params",
    "VectorStoreFile": ".vector_store_file",
    "VectorStoreFileBatch": ".vector_store_file_batch",
    "VectorStoreFileDeleted": ".vector_store_file_deleted",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "file_batch_create_params",
        "file_batch_list_files_params",
        "file_content_response",
        "file_create_params",
        "file_list_params",
        "file_update_params",
        "vector_store_file",
        "vector_store_file_batch",
        "vector_store_file_deleted",
    )
)

__all__ = [
    "FileBatchCreateParams",
    "FileBatchListFilesParams",
    "FileContentResponse",
    "FileCreateParams",
    "FileListParams",
    "FileUpdateParams",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileDeleted",
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
