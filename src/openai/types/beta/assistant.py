# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .assistant_tool import AssistantTool
from ..shared.metadata import Metadata
from .assistant_response_format_option import AssistantResponseFormatOption

__all__ = ["Assistant", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None
    """
    A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter`` tool. There can be a
    maximum of 20 files associated with the tool.
    """


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None
    """
    The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a
    maximum of 1 vector store attached to the assistant.
    """


class ToolResources(BaseModel):
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For
    example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of
    vector store IDs.
    """

    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None

    file_search: Optional[ToolResourcesFileSearch] = None


class Assistant(BaseModel):
    """
    Deprecated.

    Represents an `assistant` that can call the model and use tools.
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["assistant"]
    """The object type, which is always `assistant`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created."""

    name: Optional[str] = None
    """The name of the assistant. The maximum length is 256 characters."""

    description: Optional[str] = None
    """The description of the assistant. The maximum length is 512 characters."""

    model: str
    """
    ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your
    available models, or see our [Model overview](/docs/models) for descriptions of them.
    """

    instructions: Optional[str] = None
    """The system instructions that the assistant uses. The maximum length is 256,000 characters."""

    tools: List[AssistantTool]
    """
    A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types
    `code_interpreter`, `file_search`, or `function`.
    """

    tool_resources: Optional[ToolResources] = None
    """
    A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For
    example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of
    vector store IDs.
    """

    metadata: Optional[Metadata] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    temperature: Optional[float] = None
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic.
    """

    top_p: Optional[float] = None
    """
    An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of
    the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are
    considered.

    We generally recommend altering this or temperature but not both.
    """

    response_format: Optional[AssistantResponseFormatOption] = None
    """
    Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4
    Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model
    will match your supplied JSON schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid
    JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    """
