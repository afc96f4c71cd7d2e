# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.evals.runs` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.evals.runs.runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )
    from openai.resources.evals.runs.output_items import (
        OutputItems as OutputItems,
        AsyncOutputItems as AsyncOutputItems,
        OutputItemsWithRawResponse as OutputItemsWithRawResponse,
        AsyncOutputItemsWithRawResponse as AsyncOutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse as OutputItemsWithStreamingResponse,
        AsyncOutputItemsWithStreamingResponse as AsyncOutputItemsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncOutputItems": "openai.resources.evals.runs.output_items",
    "AsyncOutputItemsWithRawResponse": "openai.resources.evals.runs.output_items",
    "AsyncOutputItemsWithStreamingResponse": "openai.resources.evals.runs.output_items",
    "AsyncRuns": "openai.resources.evals.runs.runs",
    "AsyncRunsWithRawResponse": "openai.resources.evals.runs.runs",
    "AsyncRunsWithStreamingResponse": "openai.resources.evals.runs.runs",
    "OutputItems": "openai.resources.evals.runs.output_items",
    "OutputItemsWithRawResponse": "openai.resources.evals.runs.output_items",
    "OutputItemsWithStreamingResponse": "openai.resources.evals.runs.output_items",
    "Runs": "openai.resources.evals.runs.runs",
    "RunsWithRawResponse": "openai.resources.evals.runs.runs",
    "RunsWithStreamingResponse": "openai.resources.evals.runs.runs",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "output_items",
        "runs",
    )
)

__all__ = [
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
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
