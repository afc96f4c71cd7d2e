# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .threads.run import Run

__all__ = [
    "RunStreamEventVariant0",
    "RunStreamEventVariant1",
    "RunStreamEventVariant2",
    "RunStreamEventVariant3",
    "RunStreamEventVariant4",
    "RunStreamEventVariant5",
    "RunStreamEventVariant6",
    "RunStreamEventVariant7",
    "RunStreamEventVariant8",
    "RunStreamEventVariant9",
    "RunStreamEvent",
]


class RunStreamEventVariant0(BaseModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant1(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant2(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant3(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant4(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant5(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant6(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant7(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant8(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventVariant9(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


RunStreamEvent: TypeAlias = Union[
    RunStreamEventVariant0,
    RunStreamEventVariant1,
    RunStreamEventVariant2,
    RunStreamEventVariant3,
    RunStreamEventVariant4,
    RunStreamEventVariant5,
    RunStreamEventVariant6,
    RunStreamEventVariant7,
    RunStreamEventVariant8,
    RunStreamEventVariant9,
]
