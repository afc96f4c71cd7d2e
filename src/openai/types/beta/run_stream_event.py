# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .threads.run import Run

__all__ = [
    "RunStreamEvent",
    "RunStreamEventThreadRunCreated",
    "RunStreamEventThreadRunQueued",
    "RunStreamEventThreadRunInProgress",
    "RunStreamEventThreadRunRequiresAction",
    "RunStreamEventThreadRunCompleted",
    "RunStreamEventThreadRunIncomplete",
    "RunStreamEventThreadRunFailed",
    "RunStreamEventThreadRunCancelling",
    "RunStreamEventThreadRunCancelled",
    "RunStreamEventThreadRunExpired",
]


class RunStreamEventThreadRunCreated(BaseModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunQueued(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunInProgress(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunRequiresAction(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCompleted(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunIncomplete(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunFailed(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCancelling(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCancelled(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunExpired(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


RunStreamEvent: TypeAlias = Union[
    RunStreamEventThreadRunCreated,
    RunStreamEventThreadRunQueued,
    RunStreamEventThreadRunInProgress,
    RunStreamEventThreadRunRequiresAction,
    RunStreamEventThreadRunCompleted,
    RunStreamEventThreadRunIncomplete,
    RunStreamEventThreadRunFailed,
    RunStreamEventThreadRunCancelling,
    RunStreamEventThreadRunCancelled,
    RunStreamEventThreadRunExpired,
]
