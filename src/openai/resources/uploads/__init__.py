# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.uploads` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.uploads.parts import (
        Parts as Parts,
        AsyncParts as AsyncParts,
        PartsWithRawResponse as PartsWithRawResponse,
        AsyncPartsWithRawResponse as AsyncPartsWithRawResponse,
        PartsWithStreamingResponse as PartsWithStreamingResponse,
        AsyncPartsWithStreamingResponse as AsyncPartsWithStreamingResponse,
    )
    from openai.resources.uploads.uploads import (
        Uploads as Uploads,
        AsyncUploads as AsyncUploads,
        UploadsWithRawResponse as UploadsWithRawResponse,
        AsyncUploadsWithRawResponse as AsyncUploadsWithRawResponse,
        UploadsWithStreamingResponse as UploadsWithStreamingResponse,
        AsyncUploadsWithStreamingResponse as AsyncUploadsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncParts": "openai.resources.uploads.parts",
    "AsyncPartsWithRawResponse": "openai.resources.uploads.parts",
    "AsyncPartsWithStreamingResponse": "openai.resources.uploads.parts",
    "AsyncUploads": "openai.resources.uploads.uploads",
    "AsyncUploadsWithRawResponse": "openai.resources.uploads.uploads",
    "AsyncUploadsWithStreamingResponse": "openai.resources.uploads.uploads",
    "Parts": "openai.resources.uploads.parts",
    "PartsWithRawResponse": "openai.resources.uploads.parts",
    "PartsWithStreamingResponse": "openai.resources.uploads.parts",
    "Uploads": "openai.resources.uploads.uploads",
    "UploadsWithRawResponse": "openai.resources.uploads.uploads",
    "UploadsWithStreamingResponse": "openai.resources.uploads.uploads",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "parts",
        "uploads",
    )
)

__all__ = [
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
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
