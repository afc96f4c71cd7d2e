# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.fine_tuning.jobs` and its sub-resources.

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
    from openai.resources.fine_tuning.jobs.checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncCheckpoints": "openai.resources.fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithRawResponse": "openai.resources.fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": "openai.resources.fine_tuning.jobs.checkpoints",
    "AsyncJobs": "openai.resources.fine_tuning.jobs.jobs",
    "AsyncJobsWithRawResponse": "openai.resources.fine_tuning.jobs.jobs",
    "AsyncJobsWithStreamingResponse": "openai.resources.fine_tuning.jobs.jobs",
    "Checkpoints": "openai.resources.fine_tuning.jobs.checkpoints",
    "CheckpointsWithRawResponse": "openai.resources.fine_tuning.jobs.checkpoints",
    "CheckpointsWithStreamingResponse": "openai.resources.fine_tuning.jobs.checkpoints",
    "Jobs": "openai.resources.fine_tuning.jobs.jobs",
    "JobsWithRawResponse": "openai.resources.fine_tuning.jobs.jobs",
    "JobsWithStreamingResponse": "openai.resources.fine_tuning.jobs.jobs",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "checkpoints",
        "jobs",
    )
)

__all__ = [
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
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
