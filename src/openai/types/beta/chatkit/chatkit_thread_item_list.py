# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._models import BaseModel, PropertyInfo

__all__ = [
    "Data",
    "DataChatkitUserMessage",
    "DataChatkitUserMessageContentInputText",
    "DataChatkitUserMessageContentQuotedText",
    "DataChatkitUserMessageAttachment",
    "DataChatkitUserMessageInferenceOptions",
    "DataChatkitUserMessageInferenceOptionsToolChoice",
    "DataChatkitAssistantMessage",
    "DataChatkitAssistantMessageContent",
    "DataChatkitAssistantMessageContentAnnotationFile",
    "DataChatkitAssistantMessageContentAnnotationFileSource",
    "DataChatkitAssistantMessageContentAnnotationUrl",
    "DataChatkitAssistantMessageContentAnnotationUrlSource",
    "DataChatkitWidget",
    "DataChatKitClientToolCall",
    "DataChatKitTask",
    "DataChatKitTaskGroup",
    "DataChatKitTaskGroupTask",
    "ChatKitThreadItemList",
]


class DataChatkitUserMessageContentInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""


class DataChatkitUserMessageContentQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""


class DataChatkitUserMessageAttachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: Literal["image", "file"]
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: Optional[str] = None
    """Preview URL for rendering the attachment inline."""


class DataChatkitUserMessageInferenceOptionsToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""


class DataChatkitUserMessageInferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: Optional[DataChatkitUserMessageInferenceOptionsToolChoice] = None
    """Tool selection that the assistant should honor when executing the item."""

    model: Optional[str] = None
    """Model name that generated the response. Defaults to null when using the session default."""


class DataChatkitUserMessage(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]

    content: List[
        Annotated[
            Union[DataChatkitUserMessageContentInputText, DataChatkitUserMessageContentQuotedText],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """Ordered content elements supplied by the user."""

    attachments: List[DataChatkitUserMessageAttachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: Optional[DataChatkitUserMessageInferenceOptions] = None
    """Model and tool overrides applied when generating the assistant response."""


class DataChatkitAssistantMessageContentAnnotationFileSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`."""

    filename: str
    """Filename referenced by the annotation."""


class DataChatkitAssistantMessageContentAnnotationFile(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: DataChatkitAssistantMessageContentAnnotationFileSource
    """File attachment referenced by the annotation."""


class DataChatkitAssistantMessageContentAnnotationUrlSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""


class DataChatkitAssistantMessageContentAnnotationUrl(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: DataChatkitAssistantMessageContentAnnotationUrlSource
    """URL referenced by the annotation."""


class DataChatkitAssistantMessageContent(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations: List[
        Annotated[
            Union[DataChatkitAssistantMessageContentAnnotationFile, DataChatkitAssistantMessageContentAnnotationUrl],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """Ordered list of annotations attached to the response text."""


class DataChatkitAssistantMessage(BaseModel):
    """Assistant-authored message within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.assistant_message"]
    """Type discriminator that is always `chatkit.assistant_message`."""

    content: List[DataChatkitAssistantMessageContent]
    """Ordered assistant response segments."""


class DataChatkitWidget(BaseModel):
    """Thread item that renders a widget payload."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.widget"]
    """Type discriminator that is always `chatkit.widget`."""

    widget: str
    """Serialized widget payload rendered in the UI."""


class DataChatKitClientToolCall(BaseModel):
    """Record of a client side tool invocation initiated by the assistant."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.client_tool_call"]
    """Type discriminator that is always `chatkit.client_tool_call`."""

    status: Literal["in_progress", "completed"]
    """Execution status for the tool call."""

    call_id: str
    """Identifier for the client tool call."""

    name: str
    """Tool name that was invoked."""

    arguments: str
    """JSON-encoded arguments that were sent to the tool."""

    output: Optional[str] = None
    """JSON-encoded output captured from the tool. Defaults to null while execution is in progress."""


class DataChatKitTask(BaseModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"]
    """Type discriminator that is always `chatkit.task`."""

    task_type: Literal["custom", "thought"]
    """Subtype for the task."""

    heading: Optional[str] = None
    """Optional heading for the task. Defaults to null when not provided."""

    summary: Optional[str] = None
    """Optional summary that describes the task. Defaults to null when omitted."""


class DataChatKitTaskGroupTask(BaseModel):
    """Task entry that appears within a TaskGroup."""

    type: Literal["custom", "thought"]
    """Subtype for the grouped task."""

    heading: Optional[str] = None
    """Optional heading for the grouped task. Defaults to null when not provided."""

    summary: Optional[str] = None
    """Optional summary that describes the grouped task. Defaults to null when omitted."""


class DataChatKitTaskGroup(BaseModel):
    """Collection of workflow tasks grouped together in the thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task_group"]
    """Type discriminator that is always `chatkit.task_group`."""

    tasks: List[DataChatKitTaskGroupTask]
    """Tasks included in the group."""


Data: TypeAlias = Annotated[
    Union[
        DataChatkitUserMessage,
        DataChatkitAssistantMessage,
        DataChatkitWidget,
        DataChatKitClientToolCall,
        DataChatKitTask,
        DataChatKitTaskGroup,
    ],
    PropertyInfo(discriminator="type"),
]


class ChatKitThreadItemList(BaseModel):
    """A paginated list of thread items rendered for the ChatKit API."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[Data]
    """A list of items"""

    first_id: Optional[str] = None
    """The ID of the first item in the list."""

    last_id: Optional[str] = None
    """The ID of the last item in the list."""

    has_more: bool
    """Whether there are more items available."""
