# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from .thread import Thread
from ..._models import BaseModel, PropertyInfo
from .threads.run import Run
from .threads.message import Message
from ..shared.error_object import ErrorObject
from .threads.runs.run_step import RunStep
from .threads.message_delta_event import MessageDeltaEvent
from .threads.runs.run_step_delta_event import RunStepDeltaEvent

__all__ = [
    "AssistantStreamEvent",
    "ThreadCreated",
    "ThreadRunCreated",
    "ThreadRunQueued",
    "ThreadRunInProgress",
    "ThreadRunRequiresAction",
    "ThreadRunCompleted",
    "ThreadRunIncomplete",
    "ThreadRunFailed",
    "ThreadRunCancelling",
    "ThreadRunCancelled",
    "ThreadRunExpired",
    "ThreadRunStepCreated",
    "ThreadRunStepInProgress",
    "ThreadRunStepDelta",
    "ThreadRunStepCompleted",
    "ThreadRunStepFailed",
    "ThreadRunStepCancelled",
    "ThreadRunStepExpired",
    "ThreadMessageCreated",
    "ThreadMessageInProgress",
    "ThreadMessageDelta",
    "ThreadMessageCompleted",
    "ThreadMessageIncomplete",
    "ErrorEvent",
]


class ThreadCreated(BaseModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    enabled: Optional[bool] = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]

    data: Thread
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""


class ThreadRunCreated(BaseModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunQueued(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunInProgress(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunRequiresAction(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCompleted(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunIncomplete(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunFailed(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCancelling(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCancelled(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunExpired(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"]

    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunStepCreated(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is created."""

    event: Literal["thread.run.step.created"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepInProgress(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) moves to an `in_progress` state."""

    event: Literal["thread.run.step.in_progress"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepDelta(BaseModel):
    """Occurs when parts of a [run step](/docs/api-reference/run-steps/step-object) are being streamed."""

    event: Literal["thread.run.step.delta"]

    data: RunStepDeltaEvent
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""


class ThreadRunStepCompleted(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is completed."""

    event: Literal["thread.run.step.completed"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepFailed(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) fails."""

    event: Literal["thread.run.step.failed"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepCancelled(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is cancelled."""

    event: Literal["thread.run.step.cancelled"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepExpired(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) expires."""

    event: Literal["thread.run.step.expired"]

    data: RunStep
    """Represents a step in execution of a run."""


class ThreadMessageCreated(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageInProgress(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageDelta(BaseModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"]

    data: MessageDeltaEvent
    """Represents a message delta i.e. any changed fields on a message during streaming."""


class ThreadMessageCompleted(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageIncomplete(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ErrorEvent(BaseModel):
    """
    Occurs when an [error](/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server
    error or a timeout.
    """

    event: Literal["error"]

    data: ErrorObject


AssistantStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadCreated,
        ThreadRunCreated,
        ThreadRunQueued,
        ThreadRunInProgress,
        ThreadRunRequiresAction,
        ThreadRunCompleted,
        ThreadRunIncomplete,
        ThreadRunFailed,
        ThreadRunCancelling,
        ThreadRunCancelled,
        ThreadRunExpired,
        ThreadRunStepCreated,
        ThreadRunStepInProgress,
        ThreadRunStepDelta,
        ThreadRunStepCompleted,
        ThreadRunStepFailed,
        ThreadRunStepCancelled,
        ThreadRunStepExpired,
        ThreadMessageCreated,
        ThreadMessageInProgress,
        ThreadMessageDelta,
        ThreadMessageCompleted,
        ThreadMessageIncomplete,
        ErrorEvent,
    ],
    PropertyInfo(discriminator="event"),
]
