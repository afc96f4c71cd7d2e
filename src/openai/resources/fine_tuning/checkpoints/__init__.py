# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.fine_tuning.checkpoints` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.fine_tuning.checkpoints.checkpoints import (
        Checkpoints as Checkpoints,
        AsyncCheckpoints as AsyncCheckpoints,
        CheckpointsWithRawResponse as CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )
    from openai.resources.fine_tuning.checkpoints.permissions import (
        Permissions as Permissions,
        AsyncPermissions as AsyncPermissions,
        PermissionsWithRawResponse as PermissionsWithRawResponse,
        AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse,
        PermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
        AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncCheckpoints": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncCheckpointsWithRawResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "AsyncPermissions": "openai.resources.fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithRawResponse": "openai.resources.fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.permissions",
    "Checkpoints": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "CheckpointsWithRawResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "CheckpointsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.checkpoints",
    "Permissions": "openai.resources.fine_tuning.checkpoints.permissions",
    "PermissionsWithRawResponse": "openai.resources.fine_tuning.checkpoints.permissions",
    "PermissionsWithStreamingResponse": "openai.resources.fine_tuning.checkpoints.permissions",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "checkpoints",
        "permissions",
    )
)

__all__ = [
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
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
