# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_response import BetaResponse
from .beta_response_output_item import BetaResponseOutputItem
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_output_refusal import BetaResponseOutputRefusal
from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent
from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent

__all__ = [
    "BetaResponseWsErrorAgent",
    "BetaResponseAudioWsDelta",
    "BetaResponseAudioWsDone",
    "BetaResponseAudioTranscriptWsDelta",
    "BetaResponseAudioTranscriptWsDone",
    "BetaResponseCodeInterpreterCallCodeWsDelta",
    "BetaResponseCodeInterpreterCallCodeWsDone",
    "BetaResponseCodeInterpreterCallWsCompleted",
    "BetaResponseCodeInterpreterCallInWsProgress",
    "BetaResponseCodeInterpreterCallWsInterpreting",
    "BetaResponseWsCompleted",
    "BetaResponseContentPartWsAddedPartReasoningText",
    "BetaResponseContentPartWsAdded",
    "BetaResponseContentPartWsDone",
    "BetaResponseWsCreated",
    "BetaResponseFileSearchCallWsCompleted",
    "BetaResponseFileSearchCallInWsProgress",
    "BetaResponseFileSearchCallWsSearching",
    "BetaResponseFunctionCallArgumentsWsDelta",
    "BetaResponseFunctionCallArgumentsWsDone",
    "BetaResponseShellCallCommandWsAdded",
    "BetaResponseShellCallCommandWsDelta",
    "BetaResponseShellCallCommandWsDone",
    "BetaResponseShellCallOutputContentWsDeltaDelta",
    "BetaResponseShellCallOutputContentWsDelta",
    "BetaResponseShellCallOutputContentWsDoneOutputOutcomeTimeout",
    "BetaResponseShellCallOutputContentWsDoneOutputOutcomeExit",
    "BetaResponseShellCallOutputContentWsDoneOutput",
    "BetaResponseShellCallOutputContentWsDone",
    "BetaResponseInWsProgress",
    "BetaResponseWsFailed",
    "BetaResponseWsIncomplete",
    "BetaResponseOutputItemWsAdded",
    "BetaResponseOutputItemWsDone",
    "BetaResponseReasoningSummaryPartWsAddedPart",
    "BetaResponseReasoningSummaryPartWsAdded",
    "BetaResponseReasoningSummaryPartWsDonePart",
    "BetaResponseReasoningSummaryPartWsDone",
    "BetaResponseReasoningSummaryTextWsDelta",
    "BetaResponseReasoningSummaryTextWsDone",
    "BetaResponseReasoningTextWsDelta",
    "BetaResponseReasoningTextWsDone",
    "BetaResponseRefusalWsDelta",
    "BetaResponseRefusalWsDone",
    "BetaResponseTextWsDeltaLogprobTopLogprob",
    "BetaResponseTextWsDeltaLogprob",
    "BetaResponseTextWsDelta",
    "BetaResponseTextWsDone",
    "BetaResponseWebSearchCallWsCompleted",
    "BetaResponseWebSearchCallInWsProgress",
    "BetaResponseWebSearchCallWsSearching",
    "BetaResponseImageGenCallWsCompleted",
    "BetaResponseImageGenCallWsGenerating",
    "BetaResponseImageGenCallInWsProgress",
    "BetaResponseImageGenCallPartialWsImage",
    "BetaResponseMcpCallArgumentsWsDelta",
    "BetaResponseMcpCallArgumentsWsDone",
    "BetaResponseMcpCallWsCompleted",
    "BetaResponseMcpCallWsFailed",
    "BetaResponseMcpCallInWsProgress",
    "BetaResponseMcpListToolsWsCompleted",
    "BetaResponseMcpListToolsWsFailed",
    "BetaResponseMcpListToolsInWsProgress",
    "BetaResponseOutputTextAnnotationWsAddedAnnotationFileCitation",
    "BetaResponseOutputTextAnnotationWsAddedAnnotationUrlCitation",
    "BetaResponseOutputTextAnnotationWsAddedAnnotationContainerFileCitation",
    "BetaResponseOutputTextAnnotationWsAddedAnnotationFilePath",
    "BetaResponseOutputTextAnnotationWsAdded",
    "BetaResponseWsQueued",
    "BetaResponseCustomToolCallInputWsDelta",
    "BetaResponseCustomToolCallInputWsDone",
    "BetaResponseWsErrorError",
    "BetaResponseWsError",
    "BetaResponsesServerEvent",
]


class BetaResponseWsErrorAgent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseAudioWsDelta(BaseModel):
    """Emitted when there is a partial audio response."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseAudioWsDone(BaseModel):
    """Emitted when the audio response is complete."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseAudioTranscriptWsDelta(BaseModel):
    """Emitted when there is a partial transcript of audio."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.transcript.delta"]
    """The type of the event. Always `response.audio.transcript.delta`."""

    delta: str
    """The partial transcript of the audio response."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseAudioTranscriptWsDone(BaseModel):
    """Emitted when the full audio transcript is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.transcript.done"]
    """The type of the event. Always `response.audio.transcript.done`."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCodeInterpreterCallCodeWsDelta(BaseModel):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call_code.delta"]
    """The type of the event. Always `response.code_interpreter_call_code.delta`."""

    output_index: int
    """The index of the output item in the response for which the code is being streamed."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    delta: str
    """The partial code snippet being streamed by the code interpreter."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCodeInterpreterCallCodeWsDone(BaseModel):
    """Emitted when the code snippet is finalized by the code interpreter."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call_code.done"]
    """The type of the event. Always `response.code_interpreter_call_code.done`."""

    output_index: int
    """The index of the output item in the response for which the code is finalized."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    code: str
    """The final code snippet output by the code interpreter."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCodeInterpreterCallWsCompleted(BaseModel):
    """Emitted when the code interpreter call is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call.completed"]
    """The type of the event. Always `response.code_interpreter_call.completed`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter call is completed."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCodeInterpreterCallInWsProgress(BaseModel):
    """Emitted when a code interpreter call is in progress."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call.in_progress"]
    """The type of the event. Always `response.code_interpreter_call.in_progress`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter call is in progress."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCodeInterpreterCallWsInterpreting(BaseModel):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call.interpreting"]
    """The type of the event. Always `response.code_interpreter_call.interpreting`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter is interpreting code."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsCompleted(BaseModel):
    """Emitted when the model response is complete."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: BetaResponse
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseContentPartWsAddedPartReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


class BetaResponseContentPartWsAdded(BaseModel):
    """Emitted when a new content part is added."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.content_part.added"]
    """The type of the event. Always `response.content_part.added`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that was added."""

    part: Annotated[
        Union[BetaResponseOutputText, BetaResponseOutputRefusal, BetaResponseContentPartWsAddedPartReasoningText],
        PropertyInfo(discriminator="type"),
    ]
    """The content part that was added."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseContentPartWsDone(BaseModel):
    """Emitted when a content part is done."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.content_part.done"]
    """The type of the event. Always `response.content_part.done`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that is done."""

    sequence_number: int
    """The sequence number of this event."""

    part: Annotated[
        Union[BetaResponseOutputText, BetaResponseOutputRefusal, BetaResponseContentPartWsAddedPartReasoningText],
        PropertyInfo(discriminator="type"),
    ]
    """The content part that is done."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsCreated(BaseModel):
    """An event that is emitted when a response is created."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.created"]
    """The type of the event. Always `response.created`."""

    response: BetaResponse
    """The response that was created."""

    sequence_number: int
    """The sequence number for this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseFileSearchCallWsCompleted(BaseModel):
    """Emitted when a file search call is completed (results found)."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.file_search_call.completed"]
    """The type of the event. Always `response.file_search_call.completed`."""

    output_index: int
    """The index of the output item that the file search call is initiated."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseFileSearchCallInWsProgress(BaseModel):
    """Emitted when a file search call is initiated."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.file_search_call.in_progress"]
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the file search call is initiated."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseFileSearchCallWsSearching(BaseModel):
    """Emitted when a file search is currently searching."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.file_search_call.searching"]
    """The type of the event. Always `response.file_search_call.searching`."""

    output_index: int
    """The index of the output item that the file search call is searching."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseFunctionCallArgumentsWsDelta(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.function_call_arguments.delta"]
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int
    """The sequence number of this event."""

    delta: str
    """The function-call arguments delta that is added."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseFunctionCallArgumentsWsDone(BaseModel):
    """Emitted when function-call arguments are finalized."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.function_call_arguments.done"]

    item_id: str
    """The ID of the item."""

    name: str
    """The name of the function that was called."""

    output_index: int
    """The index of the output item."""

    sequence_number: int
    """The sequence number of this event."""

    arguments: str
    """The function-call arguments."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseShellCallCommandWsAdded(BaseModel):
    """A streaming event that indicated a shell command was added to a tool call."""

    type: Literal["response.shell_call_command.added"]
    """The type of the event, always `response.shell_call_command.added`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was added."""

    command: str
    """The shell command that was added."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseShellCallCommandWsDelta(BaseModel):
    """A streaming event that indicated a shell command was incrementally updated."""

    type: Literal["response.shell_call_command.delta"]
    """The type of the event, always `response.shell_call_command.delta`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was updated."""

    delta: str
    """The shell command delta that was appended."""

    obfuscation: Optional[str] = None
    """An obfuscation string that was added to pad the event payload."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseShellCallCommandWsDone(BaseModel):
    """A streaming event that indicated a shell command was completed."""

    type: Literal["response.shell_call_command.done"]
    """The type of the event, always `response.shell_call_command.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was completed."""

    command: str
    """The final shell command that was emitted."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseShellCallOutputContentWsDeltaDelta(BaseModel):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: Optional[str] = None
    """The stdout delta that was emitted."""

    stderr: Optional[str] = None
    """The stderr delta that was emitted."""


class BetaResponseShellCallOutputContentWsDelta(BaseModel):
    """A streaming event that indicated shell call output was incrementally added."""

    type: Literal["response.shell_call_output_content.delta"]
    """The type of the event, always `response.shell_call_output_content.delta`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    delta: BetaResponseShellCallOutputContentWsDeltaDelta
    """The stdout/stderr delta that was emitted."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseShellCallOutputContentWsDoneOutputOutcomeTimeout(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""


class BetaResponseShellCallOutputContentWsDoneOutputOutcomeExit(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """Exit code from the shell process."""


class BetaResponseShellCallOutputContentWsDoneOutput(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: Annotated[
        Union[
            BetaResponseShellCallOutputContentWsDoneOutputOutcomeTimeout,
            BetaResponseShellCallOutputContentWsDoneOutputOutcomeExit,
        ],
        PropertyInfo(discriminator="type"),
    ]
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""


class BetaResponseShellCallOutputContentWsDone(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"]
    """The type of the event, always `response.shell_call_output_content.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    output: List[BetaResponseShellCallOutputContentWsDoneOutput]
    """The output contents emitted for the shell command."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseInWsProgress(BaseModel):
    """Emitted when the response is in progress."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: BetaResponse
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsFailed(BaseModel):
    """An event that is emitted when a response fails."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: BetaResponse
    """The response that failed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsIncomplete(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: BetaResponse
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseOutputItemWsAdded(BaseModel):
    """Emitted when a new output item is added."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_item.added"]
    """The type of the event. Always `response.output_item.added`."""

    output_index: int
    """The index of the output item that was added."""

    sequence_number: int
    """The sequence number of this event."""

    item: BetaResponseOutputItem
    """
    The output item that was added. For reasoning items, `encrypted_content`
    may be incomplete while the item is in progress. Use the reasoning item
    from the corresponding `response.output_item.done` event when passing it
    as input to a subsequent request.
    """

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseOutputItemWsDone(BaseModel):
    """Emitted when an output item is marked done."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""

    output_index: int
    """The index of the output item that was marked done."""

    sequence_number: int
    """The sequence number of this event."""

    item: BetaResponseOutputItem
    """The output item that was marked done."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningSummaryPartWsAddedPart(BaseModel):
    """The summary part that was added."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""


class BetaResponseReasoningSummaryPartWsAdded(BaseModel):
    """Emitted when a new reasoning summary part is added."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.added"]
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartWsAddedPart
    """The summary part that was added."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningSummaryPartWsDonePart(BaseModel):
    """The completed summary part."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""


class BetaResponseReasoningSummaryPartWsDone(BaseModel):
    """Emitted when a reasoning summary part is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.done"]
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    status: Optional[Literal["incomplete"]] = None
    """
    The completion status of the summary part. Omitted when the part completed
    normally and set to `incomplete` when generation was interrupted.
    """

    sequence_number: int
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartWsDonePart
    """The completed summary part."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningSummaryTextWsDelta(BaseModel):
    """Emitted when a delta is added to a reasoning summary text."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_text.delta"]
    """The type of the event. Always `response.reasoning_summary_text.delta`."""

    item_id: str
    """The ID of the item this summary text delta is associated with."""

    output_index: int
    """The index of the output item this summary text delta is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    delta: str
    """The text delta that was added to the summary."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningSummaryTextWsDone(BaseModel):
    """Emitted when a reasoning summary text is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_text.done"]
    """The type of the event. Always `response.reasoning_summary_text.done`."""

    item_id: str
    """The ID of the item this summary text is associated with."""

    output_index: int
    """The index of the output item this summary text is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    text: str
    """The full text of the completed reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningTextWsDelta(BaseModel):
    """Emitted when a delta is added to a reasoning text."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_text.delta"]
    """The type of the event. Always `response.reasoning_text.delta`."""

    item_id: str
    """The ID of the item this reasoning text delta is associated with."""

    output_index: int
    """The index of the output item this reasoning text delta is associated with."""

    content_index: int
    """The index of the reasoning content part this delta is associated with."""

    delta: str
    """The text delta that was added to the reasoning content."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseReasoningTextWsDone(BaseModel):
    """Emitted when a reasoning text is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_text.done"]
    """The type of the event. Always `response.reasoning_text.done`."""

    item_id: str
    """The ID of the item this reasoning text is associated with."""

    output_index: int
    """The index of the output item this reasoning text is associated with."""

    content_index: int
    """The index of the reasoning content part."""

    text: str
    """The full text of the completed reasoning content."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseRefusalWsDelta(BaseModel):
    """Emitted when there is a partial refusal text."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.refusal.delta"]
    """The type of the event. Always `response.refusal.delta`."""

    item_id: str
    """The ID of the output item that the refusal text is added to."""

    output_index: int
    """The index of the output item that the refusal text is added to."""

    content_index: int
    """The index of the content part that the refusal text is added to."""

    delta: str
    """The refusal text that is added."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseRefusalWsDone(BaseModel):
    """Emitted when refusal text is finalized."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.refusal.done"]
    """The type of the event. Always `response.refusal.done`."""

    item_id: str
    """The ID of the output item that the refusal text is finalized."""

    output_index: int
    """The index of the output item that the refusal text is finalized."""

    content_index: int
    """The index of the content part that the refusal text is finalized."""

    refusal: str
    """The refusal text that is finalized."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseTextWsDeltaLogprobTopLogprob(BaseModel):
    token: Optional[str] = None
    """A possible text token."""

    logprob: Optional[float] = None
    """The log probability of this token."""


class BetaResponseTextWsDeltaLogprob(BaseModel):
    """
    A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.
    """

    token: str
    """A possible text token."""

    logprob: float
    """The log probability of this token."""

    top_logprobs: Optional[List[BetaResponseTextWsDeltaLogprobTopLogprob]] = None
    """The log probabilities of up to 20 of the most likely tokens."""


class BetaResponseTextWsDelta(BaseModel):
    """Emitted when there is an additional text delta."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.delta"]
    """The type of the event. Always `response.output_text.delta`."""

    item_id: str
    """The ID of the output item that the text delta was added to."""

    output_index: int
    """The index of the output item that the text delta was added to."""

    content_index: int
    """The index of the content part that the text delta was added to."""

    delta: str
    """The text delta that was added."""

    sequence_number: int
    """The sequence number for this event."""

    logprobs: List[BetaResponseTextWsDeltaLogprob]
    """The log probabilities of the tokens in the delta."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseTextWsDone(BaseModel):
    """Emitted when text content is finalized."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.done"]
    """The type of the event. Always `response.output_text.done`."""

    item_id: str
    """The ID of the output item that the text content is finalized."""

    output_index: int
    """The index of the output item that the text content is finalized."""

    content_index: int
    """The index of the content part that the text content is finalized."""

    text: str
    """The text content that is finalized."""

    sequence_number: int
    """The sequence number for this event."""

    logprobs: List[BetaResponseTextWsDeltaLogprob]
    """The log probabilities of the tokens in the delta."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWebSearchCallWsCompleted(BaseModel):
    """Emitted when a web search call is completed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.web_search_call.completed"]
    """The type of the event. Always `response.web_search_call.completed`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWebSearchCallInWsProgress(BaseModel):
    """Emitted when a web search call is initiated."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.web_search_call.in_progress"]
    """The type of the event. Always `response.web_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWebSearchCallWsSearching(BaseModel):
    """Emitted when a web search call is executing."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.web_search_call.searching"]
    """The type of the event. Always `response.web_search_call.searching`."""

    output_index: int
    """The index of the output item that the web search call is associated with."""

    item_id: str
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int
    """The sequence number of the web search call being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseImageGenCallWsCompleted(BaseModel):
    """Emitted when an image generation tool call has completed and the final image is available."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.completed"]
    """The type of the event. Always 'response.image_generation_call.completed'."""

    output_index: int
    """The index of the output item in the response's output array."""

    sequence_number: int
    """The sequence number of this event."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseImageGenCallWsGenerating(BaseModel):
    """Emitted when an image generation tool call is actively generating an image (intermediate state)."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.generating"]
    """The type of the event. Always 'response.image_generation_call.generating'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseImageGenCallInWsProgress(BaseModel):
    """Emitted when an image generation tool call is in progress."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.in_progress"]
    """The type of the event. Always 'response.image_generation_call.in_progress'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseImageGenCallPartialWsImage(BaseModel):
    """Emitted when a partial image is available during image generation streaming."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.partial_image"]
    """The type of the event. Always 'response.image_generation_call.partial_image'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""

    partial_image_index: int
    """0-based index for the partial image (backend is 1-based, but this is 0-based for the user)."""

    partial_image_b64: str
    """Base64-encoded partial image data, suitable for rendering as an image."""

    size: Optional[str] = None
    """The image size that was used."""

    quality: Optional[str] = None
    """The image quality that was used."""

    background: Optional[str] = None
    """The background setting that was used."""

    output_format: Optional[str] = None
    """The output format that was used."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpCallArgumentsWsDelta(BaseModel):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool call."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The type of the event. Always 'response.mcp_call_arguments.delta'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    delta: str
    """A JSON string containing the partial update to the arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpCallArgumentsWsDone(BaseModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call_arguments.done"]
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpCallWsCompleted(BaseModel):
    """Emitted when an MCP  tool call has completed successfully."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call.completed"]
    """The type of the event. Always 'response.mcp_call.completed'."""

    item_id: str
    """The ID of the MCP tool call item that completed."""

    output_index: int
    """The index of the output item that completed."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpCallWsFailed(BaseModel):
    """Emitted when an MCP  tool call has failed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call.failed"]
    """The type of the event. Always 'response.mcp_call.failed'."""

    item_id: str
    """The ID of the MCP tool call item that failed."""

    output_index: int
    """The index of the output item that failed."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpCallInWsProgress(BaseModel):
    """Emitted when an MCP  tool call is in progress."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call.in_progress"]
    """The type of the event. Always 'response.mcp_call.in_progress'."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpListToolsWsCompleted(BaseModel):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_list_tools.completed"]
    """The type of the event. Always 'response.mcp_list_tools.completed'."""

    item_id: str
    """The ID of the MCP tool call item that produced this output."""

    output_index: int
    """The index of the output item that was processed."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpListToolsWsFailed(BaseModel):
    """Emitted when the attempt to list available MCP tools has failed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_list_tools.failed"]
    """The type of the event. Always 'response.mcp_list_tools.failed'."""

    item_id: str
    """The ID of the MCP tool call item that failed."""

    output_index: int
    """The index of the output item that failed."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseMcpListToolsInWsProgress(BaseModel):
    """Emitted when the system is in the process of retrieving the list of available MCP tools."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_list_tools.in_progress"]
    """The type of the event. Always 'response.mcp_list_tools.in_progress'."""

    item_id: str
    """The ID of the MCP tool call item that is being processed."""

    output_index: int
    """The index of the output item that is being processed."""

    sequence_number: int
    """The sequence number of this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseOutputTextAnnotationWsAddedAnnotationFileCitation(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""


class BetaResponseOutputTextAnnotationWsAddedAnnotationUrlCitation(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url: str
    """The URL of the web resource."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    title: str
    """The title of the web resource."""


class BetaResponseOutputTextAnnotationWsAddedAnnotationContainerFileCitation(BaseModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: str
    """The ID of the container file."""

    file_id: str
    """The ID of the file."""

    start_index: int
    """The index of the first character of the container file citation in the message."""

    end_index: int
    """The index of the last character of the container file citation in the message."""

    filename: str
    """The filename of the container file cited."""


class BetaResponseOutputTextAnnotationWsAddedAnnotationFilePath(BaseModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""


class BetaResponseOutputTextAnnotationWsAdded(BaseModel):
    """Emitted when an annotation is added to output text content."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.annotation.added"]
    """The type of the event. Always 'response.output_text.annotation.added'."""

    item_id: str
    """The unique identifier of the item to which the annotation is being added."""

    output_index: int
    """The index of the output item in the response's output array."""

    content_index: int
    """The index of the content part within the output item."""

    annotation_index: int
    """The index of the annotation within the content part."""

    sequence_number: int
    """The sequence number of this event."""

    annotation: Optional[
        Annotated[
            Union[
                BetaResponseOutputTextAnnotationWsAddedAnnotationFileCitation,
                BetaResponseOutputTextAnnotationWsAddedAnnotationUrlCitation,
                BetaResponseOutputTextAnnotationWsAddedAnnotationContainerFileCitation,
                BetaResponseOutputTextAnnotationWsAddedAnnotationFilePath,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ] = None
    """The annotation object being added. (See annotation schema for details.)"""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsQueued(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.queued"]
    """The type of the event. Always 'response.queued'."""

    response: BetaResponse
    """The full response object that is queued."""

    sequence_number: int
    """The sequence number for this event."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCustomToolCallInputWsDelta(BaseModel):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.custom_tool_call_input.delta"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this delta applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    delta: str
    """The incremental input data (delta) for the custom tool call."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseCustomToolCallInputWsDone(BaseModel):
    """Event indicating that input for a custom tool call is complete."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.custom_tool_call_input.done"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this event applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    input: str
    """The complete input data for the custom tool call."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class BetaResponseWsErrorError(BaseModel):
    """An error payload that was emitted for a streaming error event."""

    type: str
    """The error type that was emitted."""

    code: Optional[str] = None
    """The error code that was emitted, if any."""

    message: str
    """The human-readable error message that was emitted."""

    param: Optional[str] = None
    """The parameter name that was associated with the error, if any."""

    headers: Optional[Dict[str, str]] = None
    """The response headers that were emitted with the error, if any."""


class BetaResponseWsError(BaseModel):
    """Emitted when an error occurs while processing a Responses WebSocket request."""

    agent: Optional[BetaResponseWsErrorAgent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    status: Optional[int] = None
    """The HTTP status code associated with a WebSocket protocol error."""

    sequence_number: Optional[int] = None
    """The sequence number of an error emitted by the response stream."""

    error: BetaResponseWsErrorError
    """Details about the error."""

    stream_id: Optional[str] = None
    """
    The WebSocket lane that emitted this event. This field is present when the
    originating `response.create` event supplied a `stream_id`.
    """


BetaResponsesServerEvent: TypeAlias = Annotated[
    Union[
        BetaResponseAudioWsDelta,
        BetaResponseAudioWsDone,
        BetaResponseAudioTranscriptWsDelta,
        BetaResponseAudioTranscriptWsDone,
        BetaResponseCodeInterpreterCallCodeWsDelta,
        BetaResponseCodeInterpreterCallCodeWsDone,
        BetaResponseCodeInterpreterCallWsCompleted,
        BetaResponseCodeInterpreterCallInWsProgress,
        BetaResponseCodeInterpreterCallWsInterpreting,
        BetaResponseWsCompleted,
        BetaResponseContentPartWsAdded,
        BetaResponseContentPartWsDone,
        BetaResponseWsCreated,
        BetaResponseFileSearchCallWsCompleted,
        BetaResponseFileSearchCallInWsProgress,
        BetaResponseFileSearchCallWsSearching,
        BetaResponseFunctionCallArgumentsWsDelta,
        BetaResponseFunctionCallArgumentsWsDone,
        BetaResponseShellCallCommandWsAdded,
        BetaResponseShellCallCommandWsDelta,
        BetaResponseShellCallCommandWsDone,
        BetaResponseShellCallOutputContentWsDelta,
        BetaResponseShellCallOutputContentWsDone,
        BetaResponseInWsProgress,
        BetaResponseWsFailed,
        BetaResponseWsIncomplete,
        BetaResponseOutputItemWsAdded,
        BetaResponseOutputItemWsDone,
        BetaResponseReasoningSummaryPartWsAdded,
        BetaResponseReasoningSummaryPartWsDone,
        BetaResponseReasoningSummaryTextWsDelta,
        BetaResponseReasoningSummaryTextWsDone,
        BetaResponseReasoningTextWsDelta,
        BetaResponseReasoningTextWsDone,
        BetaResponseRefusalWsDelta,
        BetaResponseRefusalWsDone,
        BetaResponseTextWsDelta,
        BetaResponseTextWsDone,
        BetaResponseWebSearchCallWsCompleted,
        BetaResponseWebSearchCallInWsProgress,
        BetaResponseWebSearchCallWsSearching,
        BetaResponseImageGenCallWsCompleted,
        BetaResponseImageGenCallWsGenerating,
        BetaResponseImageGenCallInWsProgress,
        BetaResponseImageGenCallPartialWsImage,
        BetaResponseMcpCallArgumentsWsDelta,
        BetaResponseMcpCallArgumentsWsDone,
        BetaResponseMcpCallWsCompleted,
        BetaResponseMcpCallWsFailed,
        BetaResponseMcpCallInWsProgress,
        BetaResponseMcpListToolsWsCompleted,
        BetaResponseMcpListToolsWsFailed,
        BetaResponseMcpListToolsInWsProgress,
        BetaResponseOutputTextAnnotationWsAdded,
        BetaResponseWsQueued,
        BetaResponseCustomToolCallInputWsDelta,
        BetaResponseCustomToolCallInputWsDone,
        BetaResponseWsError,
        BetaResponseInjectCreatedEvent,
        BetaResponseInjectFailedEvent,
    ],
    PropertyInfo(discriminator="type"),
]
