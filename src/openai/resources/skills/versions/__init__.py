# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.skills.versions` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.skills.versions.content import (
        Content as Content,
        AsyncContent as AsyncContent,
        ContentWithRawResponse as ContentWithRawResponse,
        AsyncContentWithRawResponse as AsyncContentWithRawResponse,
        ContentWithStreamingResponse as ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse,
    )
    from openai.resources.skills.versions.versions import (
        Versions as Versions,
        AsyncVersions as AsyncVersions,
        VersionsWithRawResponse as VersionsWithRawResponse,
        AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse,
        VersionsWithStreamingResponse as VersionsWithStreamingResponse,
        AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncContent": "openai.resources.skills.versions.content",
    "AsyncContentWithRawResponse": "openai.resources.skills.versions.content",
    "AsyncContentWithStreamingResponse": "openai.resources.skills.versions.content",
    "AsyncVersions": "openai.resources.skills.versions.versions",
    "AsyncVersionsWithRawResponse": "openai.resources.skills.versions.versions",
    "AsyncVersionsWithStreamingResponse": "openai.resources.skills.versions.versions",
    "Content": "openai.resources.skills.versions.content",
    "ContentWithRawResponse": "openai.resources.skills.versions.content",
    "ContentWithStreamingResponse": "openai.resources.skills.versions.content",
    "Versions": "openai.resources.skills.versions.versions",
    "VersionsWithRawResponse": "openai.resources.skills.versions.versions",
    "VersionsWithStreamingResponse": "openai.resources.skills.versions.versions",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "content",
        "versions",
    )
)

__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
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
