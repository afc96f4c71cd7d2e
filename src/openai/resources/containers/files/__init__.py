# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.containers.files` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.containers.files.files import (
        Files as Files,
        AsyncFiles as AsyncFiles,
        FilesWithRawResponse as FilesWithRawResponse,
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
        FilesWithStreamingResponse as FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from openai.resources.containers.files.content import (
        Content as Content,
        AsyncContent as AsyncContent,
        ContentWithRawResponse as ContentWithRawResponse,
        AsyncContentWithRawResponse as AsyncContentWithRawResponse,
        ContentWithStreamingResponse as ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncContent": "openai.resources.containers.files.content",
    "AsyncContentWithRawResponse": "openai.resources.containers.files.content",
    "AsyncContentWithStreamingResponse": "openai.resources.containers.files.content",
    "AsyncFiles": "openai.resources.containers.files.files",
    "AsyncFilesWithRawResponse": "openai.resources.containers.files.files",
    "AsyncFilesWithStreamingResponse": "openai.resources.containers.files.files",
    "Content": "openai.resources.containers.files.content",
    "ContentWithRawResponse": "openai.resources.containers.files.content",
    "ContentWithStreamingResponse": "openai.resources.containers.files.content",
    "Files": "openai.resources.containers.files.files",
    "FilesWithRawResponse": "openai.resources.containers.files.files",
    "FilesWithStreamingResponse": "openai.resources.containers.files.files",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "content",
        "files",
    )
)

__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
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
