# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.fine_tuning.alpha` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.fine_tuning.alpha.alpha import (
        Alpha as Alpha,
        AsyncAlpha as AsyncAlpha,
        AlphaWithRawResponse as AlphaWithRawResponse,
        AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse,
        AlphaWithStreamingResponse as AlphaWithStreamingResponse,
        AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse,
    )
    from openai.resources.fine_tuning.alpha.graders import (
        Graders as Graders,
        AsyncGraders as AsyncGraders,
        GradersWithRawResponse as GradersWithRawResponse,
        AsyncGradersWithRawResponse as AsyncGradersWithRawResponse,
        GradersWithStreamingResponse as GradersWithStreamingResponse,
        AsyncGradersWithStreamingResponse as AsyncGradersWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Alpha": "openai.resources.fine_tuning.alpha.alpha",
    "AlphaWithRawResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AlphaWithStreamingResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlpha": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlphaWithRawResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlphaWithStreamingResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncGraders": "openai.resources.fine_tuning.alpha.graders",
    "AsyncGradersWithRawResponse": "openai.resources.fine_tuning.alpha.graders",
    "AsyncGradersWithStreamingResponse": "openai.resources.fine_tuning.alpha.graders",
    "Graders": "openai.resources.fine_tuning.alpha.graders",
    "GradersWithRawResponse": "openai.resources.fine_tuning.alpha.graders",
    "GradersWithStreamingResponse": "openai.resources.fine_tuning.alpha.graders",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "alpha",
        "graders",
    )
)

__all__ = [
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
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
