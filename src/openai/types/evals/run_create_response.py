# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .eval_api_error import EvalAPIError
from ..responses.tool import Tool
from ..shared.metadata import Metadata
from ..eval_item_content import EvalItemContent
from ..responses.response_input_audio import ResponseInputAudio
from ..conversations.input_text_content import InputTextContent
from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource
from ..chat.chat_completion_reasoning_effort import ChatCompletionReasoningEffort
from ..responses.response_format_text_config import ResponseFormatTextConfig
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource

__all__ = [
    "RunCreateResponse",
    "ResultCounts",
    "PerModelUsage",
    "PerTestingCriteriaResult",
    "DataSourceResponses",
    "DataSourceResponsesInputMessagesTemplate",
    "DataSourceResponsesInputMessagesTemplateTemplateChatMessage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItem",
    "DataSourceResponsesInputMessagesTemplateTemplate",
    "DataSourceResponsesInputMessagesItemReference",
    "DataSourceResponsesInputMessages",
    "DataSourceResponsesSamplingParams",
    "DataSourceResponsesSamplingParamsText",
    "DataSourceResponsesSourceFileContent",
    "DataSourceResponsesSourceFileID",
    "DataSourceResponsesSourceResponses",
    "DataSourceResponsesSource",
    "DataSourceResponsesSourceFileContentContent",
    "DataSource",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent",
]


class RunCreateResponse(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run"."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: ResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: List[PerModelUsage]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: List[PerTestingCriteriaResult]
    """Results per testing criteria applied during the evaluation run."""

    data_source: Annotated[
        Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, DataSourceResponses],
        PropertyInfo(discriminator="type"),
    ]
    """Information about the run's data source."""

    metadata: Optional[Metadata]
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    error: EvalAPIError
    """An object representing an error response from the Eval API."""


class ResultCounts(BaseModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """Total number of executed output items."""

    errored: int
    """Number of output items that resulted in an error."""

    failed: int
    """Number of output items that failed to pass the evaluation."""

    passed: int
    """Number of output items that passed the evaluation."""


class PerModelUsage(BaseModel):
    model_name: str
    """The name of the model."""

    invocation_count: int
    """The number of invocations."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    total_tokens: int
    """The total number of tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""


class PerTestingCriteriaResult(BaseModel):
    testing_criteria: str
    """A description of the testing criteria."""

    passed: int
    """Number of tests passed for this criteria."""

    failed: int
    """Number of tests failed for this criteria."""


class DataSourceResponses(BaseModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    input_messages: Optional[DataSourceResponsesInputMessages] = None
    """
    Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a
    reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the
    `item` namespace.
    """

    sampling_params: Optional[DataSourceResponsesSamplingParams] = None

    model: Optional[str] = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: DataSourceResponsesSource
    """Determines what populates the `item` namespace in this run's data source."""


class DataSourceResponsesInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: List[DataSourceResponsesInputMessagesTemplateTemplate]
    """
    A list of chat messages forming the prompt or context. May include variable references to the `item` namespace,
    ie {{item.name}}.
    """


class DataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""


class DataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
    """

    content: EvalItemContent
    """
    Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio,
    either as a single item or an array of items.
    """

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always `message`."""


DataSourceResponsesInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceResponsesInputMessagesTemplateTemplateChatMessage,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItem,
]


class DataSourceResponsesInputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.name" """


DataSourceResponsesInputMessages: TypeAlias = Annotated[
    Union[DataSourceResponsesInputMessagesTemplate, DataSourceResponsesInputMessagesItemReference],
    PropertyInfo(discriminator="type"),
]


class DataSourceResponsesSamplingParams(BaseModel):
    reasoning_effort: Optional[ChatCompletionReasoningEffort] = None
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    temperature: Optional[float] = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: Optional[int] = None
    """The maximum number of tokens in the generated output."""

    top_p: Optional[float] = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: Optional[int] = None
    """A seed value to initialize the randomness, during sampling."""

    tools: Optional[List[Tool]] = None
    """
    An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
    """

    text: Optional[DataSourceResponsesSamplingParamsText] = None
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """


class DataSourceResponsesSamplingParamsText(BaseModel):
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: Optional[ResponseFormatTextConfig] = None
    """
    An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """


class DataSourceResponsesSourceFileContent(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[DataSourceResponsesSourceFileContentContent]
    """The content of the jsonl file."""


class DataSourceResponsesSourceFileID(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


class DataSourceResponsesSourceResponses(BaseModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    metadata: Optional[Dict[str, object]] = None
    """Metadata filter for the responses. This is a query parameter used to select responses."""

    model: Optional[str] = None
    """The name of the model to find responses for. This is a query parameter used to select responses."""

    instructions_search: Optional[str] = None
    """Optional string to search the 'instructions' field. This is a query parameter used to select responses."""

    created_after: Optional[int] = None
    """Only include items created after this timestamp (inclusive). This is a query parameter used to select responses."""

    created_before: Optional[int] = None
    """Only include items created before this timestamp (inclusive). This is a query parameter used to select responses."""

    reasoning_effort: Optional[ChatCompletionReasoningEffort] = None

    temperature: Optional[float] = None
    """Sampling temperature. This is a query parameter used to select responses."""

    top_p: Optional[float] = None
    """Nucleus sampling parameter. This is a query parameter used to select responses."""

    users: Optional[List[str]] = None
    """List of user identifiers. This is a query parameter used to select responses."""

    tools: Optional[List[str]] = None
    """List of tool names. This is a query parameter used to select responses."""


DataSourceResponsesSource: TypeAlias = Annotated[
    Union[DataSourceResponsesSourceFileContent, DataSourceResponsesSourceFileID, DataSourceResponsesSourceResponses],
    PropertyInfo(discriminator="type"),
]


class DataSourceResponsesSourceFileContentContent(BaseModel):
    item: Dict[str, object]

    sample: Optional[Dict[str, object]] = None


DataSource: TypeAlias = Annotated[
    Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, DataSourceResponses],
    PropertyInfo(discriminator="type"),
]


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    InputTextContent,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage,
    ResponseInputAudio,
]
