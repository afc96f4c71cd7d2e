# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .threads.runs.run_step import RunStep
from .threads.runs.run_step_delta_event import RunStepDeltaEvent

__all__ = [
    "RunStepStreamEvent",
    "RunStepStreamEventThreadRunStepCreated",
    "RunStepStreamEventThreadRunStepInProgress",
    "RunStepStreamEventThreadRunStepDelta",
    "RunStepStreamEventThreadRunStepCompleted",
    "RunStepStreamEventThreadRunStepFailed",
    "RunStepStreamEventThreadRunStepCancelled",
    "RunStepStreamEventThreadRunStepExpired",
]


class RunStepStreamEventThreadRunStepCreated(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is created."""

    event: Literal["thread.run.step.created"]

    data: RunStep
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepInProgress(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) moves to an `in_progress` state."""

    event: Literal["thread.run.step.in_progress"]

    data: RunStep
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepDelta(BaseModel):
    """Occurs when parts of a [run step](/docs/api-reference/run-steps/step-object) are being streamed."""

    event: Literal["thread.run.step.delta"]

    data: RunStepDeltaEvent
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""


class RunStepStreamEventThreadRunStepCompleted(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is completed."""

    event: Literal["thread.run.step.completed"]

    data: RunStep
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepFailed(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) fails."""

    event: Literal["thread.run.step.failed"]

    data: RunStep
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepCancelled(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is cancelled."""

    event: Literal["thread.run.step.cancelled"]

    data: RunStep
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepExpired(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) expires."""

    event: Literal["thread.run.step.expired"]

    data: RunStep
    """Represents a step in execution of a run."""


RunStepStreamEvent: TypeAlias = Union[
    RunStepStreamEventThreadRunStepCreated,
    RunStepStreamEventThreadRunStepInProgress,
    RunStepStreamEventThreadRunStepDelta,
    RunStepStreamEventThreadRunStepCompleted,
    RunStepStreamEventThreadRunStepFailed,
    RunStepStreamEventThreadRunStepCancelled,
    RunStepStreamEventThreadRunStepExpired,
]
