# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.evals` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.evals.evals import (
        Evals as Evals,
        AsyncEvals as AsyncEvals,
        EvalsWithRawResponse as EvalsWithRawResponse,
        AsyncEvalsWithRawResponse as AsyncEvalsWithRawResponse,
        EvalsWithStreamingResponse as EvalsWithStreamingResponse,
        AsyncEvalsWithStreamingResponse as AsyncEvalsWithStreamingResponse,
    )
    from openai.resources.evals.runs.runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncEvals": "openai.resources.evals.evals",
    "AsyncEvalsWithRawResponse": "openai.resources.evals.evals",
    "AsyncEvalsWithStreamingResponse": "openai.resources.evals.evals",
    "AsyncRuns": "openai.resources.evals.runs.runs",
    "AsyncRunsWithRawResponse": "openai.resources.evals.runs.runs",
    "AsyncRunsWithStreamingResponse": "openai.resources.evals.runs.runs",
    "Evals": "openai.resources.evals.evals",
    "EvalsWithRawResponse": "openai.resources.evals.evals",
    "EvalsWithStreamingResponse": "openai.resources.evals.evals",
    "Runs": "openai.resources.evals.runs.runs",
    "RunsWithRawResponse": "openai.resources.evals.runs.runs",
    "RunsWithStreamingResponse": "openai.resources.evals.runs.runs",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "evals",
        "runs",
    )
)

__all__ = [
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
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
