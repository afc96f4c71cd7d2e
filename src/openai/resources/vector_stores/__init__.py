# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.vector_stores` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.vector_stores.files import (
        Files as Files,
        AsyncFiles as AsyncFiles,
        FilesWithRawResponse as FilesWithRawResponse,
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
        FilesWithStreamingResponse as FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from openai.resources.vector_stores.file_batches import (
        FileBatches as FileBatches,
        AsyncFileBatches as AsyncFileBatches,
        FileBatchesWithRawResponse as FileBatchesWithRawResponse,
        AsyncFileBatchesWithRawResponse as AsyncFileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse as FileBatchesWithStreamingResponse,
        AsyncFileBatchesWithStreamingResponse as AsyncFileBatchesWithStreamingResponse,
    )
    from openai.resources.vector_stores.vector_stores import (
        VectorStores as VectorStores,
        AsyncVectorStores as AsyncVectorStores,
        VectorStoresWithRawResponse as VectorStoresWithRawResponse,
        AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse,
        AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncFileBatches": "openai.resources.vector_stores.file_batches",
    "AsyncFileBatchesWithRawResponse": "openai.resources.vector_stores.file_batches",
    "AsyncFileBatchesWithStreamingResponse": "openai.resources.vector_stores.file_batches",
    "AsyncFiles": "openai.resources.vector_stores.files",
    "AsyncFilesWithRawResponse": "openai.resources.vector_stores.files",
    "AsyncFilesWithStreamingResponse": "openai.resources.vector_stores.files",
    "AsyncVectorStores": "openai.resources.vector_stores.vector_stores",
    "AsyncVectorStoresWithRawResponse": "openai.resources.vector_stores.vector_stores",
    "AsyncVectorStoresWithStreamingResponse": "openai.resources.vector_stores.vector_stores",
    "FileBatches": "openai.resources.vector_stores.file_batches",
    "FileBatchesWithRawResponse": "openai.resources.vector_stores.file_batches",
    "FileBatchesWithStreamingResponse": "openai.resources.vector_stores.file_batches",
    "Files": "openai.resources.vector_stores.files",
    "FilesWithRawResponse": "openai.resources.vector_stores.files",
    "FilesWithStreamingResponse": "openai.resources.vector_stores.files",
    "VectorStores": "openai.resources.vector_stores.vector_stores",
    "VectorStoresWithRawResponse": "openai.resources.vector_stores.vector_stores",
    "VectorStoresWithStreamingResponse": "openai.resources.vector_stores.vector_stores",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "file_batches",
        "files",
        "vector_stores",
    )
)

__all__ = [
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
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
