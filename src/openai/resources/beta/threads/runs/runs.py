# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.beta.threads.runs` resource: 6 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Iterable, Optional, overload
from functools import cached_property

import typing_extensions
from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._streaming import Stream, AsyncStream
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.beta.threads import run_create_params, run_submit_tool_outputs_params
from openai.lib.threads_helpers import RunsHelpers, AsyncRunsHelpers
from openai.types.beta.threads.run import Run
from openai.types.shared_params.metadata import Metadata
from openai.types.beta.function_tool_param import FunctionToolParam
from openai.types.beta.assistant_stream_event import AssistantStreamEvent
from openai.types.beta.file_search_tool_param import FileSearchToolParam
from openai.types.shared_params.reasoning_effort import ReasoningEffort
from openai.types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from openai.types.beta.assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from openai.types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam

if TYPE_CHECKING:
    from openai.resources.beta.threads.runs.steps import (
        Steps,
        AsyncSteps,
        StepsWithRawResponse,
        AsyncStepsWithRawResponse,
        StepsWithStreamingResponse,
        AsyncStepsWithStreamingResponse,
    )

__all__ = [
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
]


class Runs(RunsHelpers):
    """Methods of `client.beta.threads.runs`."""

    @cached_property
    def steps(self) -> Steps:
        from openai.resources.beta.threads.runs.steps import Steps

        return Steps(self._client)

    @cached_property
    def with_raw_response(self) -> RunsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RunsWithStreamingResponse(self)

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[False] | Omit = omit,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[True],
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: bool,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[False] | Literal[True] | Omit = omit,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]:
        """
        Create a run.

        Args:
          thread_id: The ID of the thread to run.

          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.

          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is
              provided here, it will override the model associated with the assistant. If not, the model associated with
              the assistant will be used.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant.
              This is useful for modifying the behavior on a per-run basis.

          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is
              useful for modifying the behavior on a per-run basis without overriding other instructions.

          additional_messages: Adds additional messages to the thread before creating the run.

          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a
              per-run basis.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or temperature but not both.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run
              will make a best effort to use only the number of prompt tokens specified, across multiple turns of the
              run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`.
              See `incomplete_details` for more info.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.
              The run will make a best effort to use only the number of completion tokens specified, across multiple
              turns of the run. If the run exceeds the number of completion tokens specified, the run will end with
              status `incomplete`. See `incomplete_details` for more info.

          truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the
              initial context window of the run.

          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any
              tools and instead generates a message. `auto` is the default value and means the model can pick between
              generating a message or calling one or more tools. `required` means the model must call one or more tools
              before responding to the user. Specifying a particular tool like `{"type": "file_search"}` or `{"type":
              "function", "function": {"name": "my_function"}}` forces the model to call that tool.

          parallel_tool_calls: Whether to enable [parallel function
              calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          response_format: Specifies the format that the model must output. Compatible with
              [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo
              models since `gpt-3.5-turbo-1106`.

              Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the
              model will match your supplied JSON schema. Learn more in the [Structured Outputs
              guide](/docs/guides/structured-outputs).

              Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is
              valid JSON.

              **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a
              system or user message. Without this, the model may generate an unending stream of whitespace until the
              generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note
              that the message content may be partially cut off if `finish_reason="length"`, which indicates the
              generation exceeded `max_tokens` or the conversation exceeded the max context length.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating
              when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs",
            body={
                "assistant_id": assistant_id,
                "model": model,
                "reasoning_effort": reasoning_effort,
                "instructions": instructions,
                "additional_instructions": additional_instructions,
                "additional_messages": additional_messages,
                "tools": tools,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "max_prompt_tokens": max_prompt_tokens,
                "max_completion_tokens": max_completion_tokens,
                "truncation_strategy": truncation_strategy,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "response_format": response_format,
                "stream": stream,
            },
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
            stream=stream or False,
            stream_cls=Stream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Retrieves a run.

        Args:
          run_id: The ID of the run to retrieve.

          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Modifies a run.

        Args:
          run_id: The ID of the run to modify.

          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
        thread_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[Run]:
        """
        Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/threads/{path_param('thread_id', thread_id)}/runs",
            page=SyncCursorPage[Run],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Cancels a run that is `in_progress`.

        Args:
          run_id: The ID of the run to cancel.

          thread_id: The ID of the thread to which this run belongs.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[False] | Literal[True] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]:
        """
        When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this
        endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be
        submitted in a single request.

        Args:
          run_id: The ID of the run that requires the tool output submission.

          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.

          tool_outputs: A list of tools for which the outputs are being submitted.

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating
              when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/submit_tool_outputs",
            body={"tool_outputs": tool_outputs, "stream": stream},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
            stream=stream or False,
            stream_cls=Stream[AssistantStreamEvent],
        )


class RunsWithRawResponse:
    """`Runs` with every method wrapped to return the raw response."""

    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.create = to_raw_response_wrapper(runs.create)
        self.retrieve = to_raw_response_wrapper(runs.retrieve)
        self.update = to_raw_response_wrapper(runs.update)
        self.list = to_raw_response_wrapper(runs.list)
        self.cancel = to_raw_response_wrapper(runs.cancel)
        self.submit_tool_outputs = to_raw_response_wrapper(runs.submit_tool_outputs)

    @cached_property
    def steps(self) -> StepsWithRawResponse:
        from openai.resources.beta.threads.runs.steps import StepsWithRawResponse

        return StepsWithRawResponse(self._runs.steps)


class RunsWithStreamingResponse:
    """`Runs` with every method wrapped to return the streamed response."""

    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.create = to_streamed_response_wrapper(runs.create)
        self.retrieve = to_streamed_response_wrapper(runs.retrieve)
        self.update = to_streamed_response_wrapper(runs.update)
        self.list = to_streamed_response_wrapper(runs.list)
        self.cancel = to_streamed_response_wrapper(runs.cancel)
        self.submit_tool_outputs = to_streamed_response_wrapper(runs.submit_tool_outputs)

    @cached_property
    def steps(self) -> StepsWithStreamingResponse:
        from openai.resources.beta.threads.runs.steps import StepsWithStreamingResponse

        return StepsWithStreamingResponse(self._runs.steps)


class AsyncRuns(AsyncRunsHelpers):
    """Methods of `async_client.beta.threads.runs`."""

    @cached_property
    def steps(self) -> AsyncSteps:
        from openai.resources.beta.threads.runs.steps import AsyncSteps

        return AsyncSteps(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRunsWithStreamingResponse(self)

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[False] | Omit = omit,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[True],
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: bool,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        stream: Literal[False] | Literal[True] | Omit = omit,
        model: Optional[
            Union[
                str,
                Literal[
                    "gpt-5",
                    "gpt-5-mini",
                    "gpt-5-nano",
                    "gpt-5-2025-08-07",
                    "gpt-5-mini-2025-08-07",
                    "gpt-5-nano-2025-08-07",
                    "gpt-4.1",
                    "gpt-4.1-mini",
                    "gpt-4.1-nano",
                    "gpt-4.1-2025-04-14",
                    "gpt-4.1-mini-2025-04-14",
                    "gpt-4.1-nano-2025-04-14",
                    "o3-mini",
                    "o3-mini-2025-01-31",
                    "o1",
                    "o1-2024-12-17",
                    "gpt-4o",
                    "gpt-4o-2024-11-20",
                    "gpt-4o-2024-08-06",
                    "gpt-4o-2024-05-13",
                    "gpt-4o-mini",
                    "gpt-4o-mini-2024-07-18",
                    "gpt-4.5-preview",
                    "gpt-4.5-preview-2025-02-27",
                    "gpt-4-turbo",
                    "gpt-4-turbo-2024-04-09",
                    "gpt-4-0125-preview",
                    "gpt-4-turbo-preview",
                    "gpt-4-1106-preview",
                    "gpt-4-vision-preview",
                    "gpt-4",
                    "gpt-4-0314",
                    "gpt-4-0613",
                    "gpt-4-32k",
                    "gpt-4-32k-0314",
                    "gpt-4-32k-0613",
                    "gpt-3.5-turbo",
                    "gpt-3.5-turbo-16k",
                    "gpt-3.5-turbo-0613",
                    "gpt-3.5-turbo-1106",
                    "gpt-3.5-turbo-0125",
                    "gpt-3.5-turbo-16k-0613",
                ],
            ]
        ]
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[run_create_params.AdditionalMessage]] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[run_create_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """
        Create a run.

        Args:
          thread_id: The ID of the thread to run.

          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.

          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is
              provided here, it will override the model associated with the assistant. If not, the model associated with
              the assistant will be used.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant.
              This is useful for modifying the behavior on a per-run basis.

          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is
              useful for modifying the behavior on a per-run basis without overriding other instructions.

          additional_messages: Adds additional messages to the thread before creating the run.

          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a
              per-run basis.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or temperature but not both.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run
              will make a best effort to use only the number of prompt tokens specified, across multiple turns of the
              run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`.
              See `incomplete_details` for more info.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.
              The run will make a best effort to use only the number of completion tokens specified, across multiple
              turns of the run. If the run exceeds the number of completion tokens specified, the run will end with
              status `incomplete`. See `incomplete_details` for more info.

          truncation_strategy: Controls for how a thread will be truncated prior to the run. Use this to control the
              initial context window of the run.

          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any
              tools and instead generates a message. `auto` is the default value and means the model can pick between
              generating a message or calling one or more tools. `required` means the model must call one or more tools
              before responding to the user. Specifying a particular tool like `{"type": "file_search"}` or `{"type":
              "function", "function": {"name": "my_function"}}` forces the model to call that tool.

          parallel_tool_calls: Whether to enable [parallel function
              calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          response_format: Specifies the format that the model must output. Compatible with
              [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo
              models since `gpt-3.5-turbo-1106`.

              Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the
              model will match your supplied JSON schema. Learn more in the [Structured Outputs
              guide](/docs/guides/structured-outputs).

              Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is
              valid JSON.

              **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a
              system or user message. Without this, the model may generate an unending stream of whitespace until the
              generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note
              that the message content may be partially cut off if `finish_reason="length"`, which indicates the
              generation exceeded `max_tokens` or the conversation exceeded the max context length.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating
              when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs",
            body={
                "assistant_id": assistant_id,
                "model": model,
                "reasoning_effort": reasoning_effort,
                "instructions": instructions,
                "additional_instructions": additional_instructions,
                "additional_messages": additional_messages,
                "tools": tools,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "max_prompt_tokens": max_prompt_tokens,
                "max_completion_tokens": max_completion_tokens,
                "truncation_strategy": truncation_strategy,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "response_format": response_format,
                "stream": stream,
            },
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
            stream=stream or False,
            stream_cls=AsyncStream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Retrieves a run.

        Args:
          run_id: The ID of the run to retrieve.

          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Modifies a run.

        Args:
          run_id: The ID of the run to modify.

          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
        thread_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Run, AsyncCursorPage[Run]]:
        """
        Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/threads/{path_param('thread_id', thread_id)}/runs",
            page=AsyncCursorPage[Run],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=Run,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """
        Cancels a run that is `in_progress`.

        Args:
          run_id: The ID of the run to cancel.

          thread_id: The ID of the thread to which this run belongs.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        stream: Literal[False] | Literal[True] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """
        When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this
        endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be
        submitted in a single request.

        Args:
          run_id: The ID of the run that requires the tool output submission.

          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.

          tool_outputs: A list of tools for which the outputs are being submitted.

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating
              when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/submit_tool_outputs",
            body={"tool_outputs": tool_outputs, "stream": stream},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Run,
            stream=stream or False,
            stream_cls=AsyncStream[AssistantStreamEvent],
        )


class AsyncRunsWithRawResponse:
    """`AsyncRuns` with every method wrapped to return the raw response."""

    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.create = async_to_raw_response_wrapper(runs.create)
        self.retrieve = async_to_raw_response_wrapper(runs.retrieve)
        self.update = async_to_raw_response_wrapper(runs.update)
        self.list = async_to_raw_response_wrapper(runs.list)
        self.cancel = async_to_raw_response_wrapper(runs.cancel)
        self.submit_tool_outputs = async_to_raw_response_wrapper(runs.submit_tool_outputs)

    @cached_property
    def steps(self) -> AsyncStepsWithRawResponse:
        from openai.resources.beta.threads.runs.steps import AsyncStepsWithRawResponse

        return AsyncStepsWithRawResponse(self._runs.steps)


class AsyncRunsWithStreamingResponse:
    """`AsyncRuns` with every method wrapped to return the streamed response."""

    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.create = async_to_streamed_response_wrapper(runs.create)
        self.retrieve = async_to_streamed_response_wrapper(runs.retrieve)
        self.update = async_to_streamed_response_wrapper(runs.update)
        self.list = async_to_streamed_response_wrapper(runs.list)
        self.cancel = async_to_streamed_response_wrapper(runs.cancel)
        self.submit_tool_outputs = async_to_streamed_response_wrapper(runs.submit_tool_outputs)

    @cached_property
    def steps(self) -> AsyncStepsWithStreamingResponse:
        from openai.resources.beta.threads.runs.steps import AsyncStepsWithStreamingResponse

        return AsyncStepsWithStreamingResponse(self._runs.steps)
