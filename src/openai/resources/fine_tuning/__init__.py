# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.fine_tuning` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.fine_tuning.jobs.jobs import (
        Jobs as Jobs,
        AsyncJobs as AsyncJobs,
        JobsWithRawResponse as JobsWithRawResponse,
        AsyncJobsWithRawResponse as AsyncJobsWithRawResponse,
        JobsWithStreamingResponse as JobsWithStreamingResponse,
        AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse,
    )
    from openai.resources.fine_tuning.alpha.alpha import (
        Alpha as Alpha,
        AsyncAlpha as AsyncAlpha,
        AlphaWithRawResponse as AlphaWithRawResponse,
        AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse,
        AlphaWithStreamingResponse as AlphaWithStreamingResponse,
        AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse,
    )
    from openai.resources.fine_tuning.fine_tuning import (
        FineTuning as FineTuning,
        AsyncFineTuning as AsyncFineTuning,
        FineTuningWithRawResponse as FineTuningWithRawResponse,
        AsyncFineTuningWithRawResponse as AsyncFineTuningWithRawResponse,
        FineTuningWithStreamingResponse as FineTuningWithStreamingResponse,
        AsyncFineTuningWithStreamingResponse as AsyncFineTuningWithStreamingResponse,
    )
    from openai.resources.fine_tuning.checkpoints.checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Alpha": "openai.resources.fine_tuning.alpha.alpha",
    "AlphaWithRawResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AlphaWithStreamingResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlpha": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlphaWithRawResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncAlphaWithStreamingResponse": "openai.resources.fine_tuning.alpha.alpha",
    "AsyncCheckpoints": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncCheckpointsWithRawResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncFineTuning": "openai.resources.fine_tuning.fine_tuning",
    "AsyncFineTuningWithRawResponse": "openai.resources.fine_tuning.fine_tuning",
    "AsyncFineTuningWithStreamingResponse": "openai.resources.fine_tuning.fine_tuning",
    "AsyncJobs": "openai.resources.fine_tuning.jobs.jobs",
    "AsyncJobsWithRawResponse": "openai.resources.fine_tuning.jobs.jobs",
    "AsyncJobsWithStreamingResponse": "openai.resources.fine_tuning.jobs.jobs",
    "Checkpoints": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "CheckpointsWithRawResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "CheckpointsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "FineTuning": "openai.resources.fine_tuning.fine_tuning",
    "FineTuningWithRawResponse": "openai.resources.fine_tuning.fine_tuning",
    "FineTuningWithStreamingResponse": "openai.resources.fine_tuning.fine_tuning",
    "Jobs": "openai.resources.fine_tuning.jobs.jobs",
    "JobsWithRawResponse": "openai.resources.fine_tuning.jobs.jobs",
    "JobsWithStreamingResponse": "openai.resources.fine_tuning.jobs.jobs",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "alpha",
        "checkpoints",
        "fine_tuning",
        "jobs",
    )
)

__all__ = [
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
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
