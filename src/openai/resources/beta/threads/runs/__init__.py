# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta.threads.runs` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.threads.runs.runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )
    from openai.resources.beta.threads.runs.steps import (
        Steps as Steps,
        AsyncSteps as AsyncSteps,
        StepsWithRawResponse as StepsWithRawResponse,
        AsyncStepsWithRawResponse as AsyncStepsWithRawResponse,
        StepsWithStreamingResponse as StepsWithStreamingResponse,
        AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncRuns": "openai.resources.beta.threads.runs.runs",
    "AsyncRunsWithRawResponse": "openai.resources.beta.threads.runs.runs",
    "AsyncRunsWithStreamingResponse": "openai.resources.beta.threads.runs.runs",
    "AsyncSteps": "openai.resources.beta.threads.runs.steps",
    "AsyncStepsWithRawResponse": "openai.resources.beta.threads.runs.steps",
    "AsyncStepsWithStreamingResponse": "openai.resources.beta.threads.runs.steps",
    "Runs": "openai.resources.beta.threads.runs.runs",
    "RunsWithRawResponse": "openai.resources.beta.threads.runs.runs",
    "RunsWithStreamingResponse": "openai.resources.beta.threads.runs.runs",
    "Steps": "openai.resources.beta.threads.runs.steps",
    "StepsWithRawResponse": "openai.resources.beta.threads.runs.steps",
    "StepsWithStreamingResponse": "openai.resources.beta.threads.runs.steps",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "runs",
        "steps",
    )
)

__all__ = [
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
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
