# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.beta.threads` resource: 5 method(s)."""

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
from openai.types.beta import thread_create_params, thread_update_params, thread_create_and_run_params
from openai._base_client import make_request_options
from openai.types.beta.thread import Thread
from openai.lib.threads_helpers import ThreadsHelpers, AsyncThreadsHelpers
from openai.types.beta.threads.run import Run
from openai.types.beta.thread_deleted import ThreadDeleted
from openai.types.shared_params.metadata import Metadata
from openai.types.beta.function_tool_param import FunctionToolParam
from openai.types.beta.assistant_stream_event import AssistantStreamEvent
from openai.types.beta.file_search_tool_param import FileSearchToolParam
from openai.types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from openai.types.beta.assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from openai.types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam

if TYPE_CHECKING:
    from openai.resources.beta.threads.messages import (
        Messages,
        AsyncMessages,
        MessagesWithRawResponse,
        AsyncMessagesWithRawResponse,
        MessagesWithStreamingResponse,
        AsyncMessagesWithStreamingResponse,
    )
    from openai.resources.beta.threads.runs.runs import (
        Runs,
        AsyncRuns,
        RunsWithRawResponse,
        AsyncRunsWithRawResponse,
        RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse,
    )

__all__ = [
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "AsyncThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithStreamingResponse",
]


class Threads(ThreadsHelpers):
    """Methods of `client.beta.threads`."""

    @cached_property
    def runs(self) -> Runs:
        from openai.resources.beta.threads.runs.runs import Runs

        return Runs(self._client)

    @cached_property
    def messages(self) -> Messages:
        from openai.resources.beta.threads.messages import Messages

        return Messages(self._client)

    @cached_property
    def with_raw_response(self) -> ThreadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ThreadsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        *,
        messages: Iterable[thread_create_params.Message] | Omit = omit,
        tool_resources: Optional[thread_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The
              resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of
              file IDs, while the `file_search` tool requires a list of vector store IDs.

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
            "/threads",
            body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def update(
        self,
        thread_id: str,
        *,
        tool_resources: Optional[thread_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The
              resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of
              file IDs, while the `file_search` tool requires a list of vector store IDs.

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
            f"/threads/{path_param('thread_id', thread_id)}",
            body={"tool_resources": tool_resources, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ThreadDeleted:
        """
        Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=ThreadDeleted,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[False] | Omit = omit,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[True],
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: bool,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[False] | Literal[True] | Omit = omit,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | Stream[AssistantStreamEvent]:
        """
        Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.

          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will
              be created.

          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is
              provided here, it will override the model associated with the assistant. If not, the model associated with
              the assistant will be used.

          instructions: Override the default system message of the assistant. This is useful for modifying the behavior
              on a per-run basis.

          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a
              per-run basis.

          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the
              type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
              `file_search` tool requires a list of vector store IDs.

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
            "/threads/runs",
            body={
                "assistant_id": assistant_id,
                "thread": thread,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "tool_resources": tool_resources,
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


class ThreadsWithRawResponse:
    """`Threads` with every method wrapped to return the raw response."""

    def __init__(self, threads: Threads) -> None:
        self._threads = threads
        self.create = to_raw_response_wrapper(threads.create)
        self.retrieve = to_raw_response_wrapper(threads.retrieve)
        self.update = to_raw_response_wrapper(threads.update)
        self.delete = to_raw_response_wrapper(threads.delete)
        self.create_and_run = to_raw_response_wrapper(threads.create_and_run)

    @cached_property
    def runs(self) -> RunsWithRawResponse:
        from openai.resources.beta.threads.runs.runs import RunsWithRawResponse

        return RunsWithRawResponse(self._threads.runs)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from openai.resources.beta.threads.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._threads.messages)


class ThreadsWithStreamingResponse:
    """`Threads` with every method wrapped to return the streamed response."""

    def __init__(self, threads: Threads) -> None:
        self._threads = threads
        self.create = to_streamed_response_wrapper(threads.create)
        self.retrieve = to_streamed_response_wrapper(threads.retrieve)
        self.update = to_streamed_response_wrapper(threads.update)
        self.delete = to_streamed_response_wrapper(threads.delete)
        self.create_and_run = to_streamed_response_wrapper(threads.create_and_run)

    @cached_property
    def runs(self) -> RunsWithStreamingResponse:
        from openai.resources.beta.threads.runs.runs import RunsWithStreamingResponse

        return RunsWithStreamingResponse(self._threads.runs)

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from openai.resources.beta.threads.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._threads.messages)


class AsyncThreads(AsyncThreadsHelpers):
    """Methods of `async_client.beta.threads`."""

    @cached_property
    def runs(self) -> AsyncRuns:
        from openai.resources.beta.threads.runs.runs import AsyncRuns

        return AsyncRuns(self._client)

    @cached_property
    def messages(self) -> AsyncMessages:
        from openai.resources.beta.threads.messages import AsyncMessages

        return AsyncMessages(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncThreadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncThreadsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        *,
        messages: Iterable[thread_create_params.Message] | Omit = omit,
        tool_resources: Optional[thread_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The
              resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of
              file IDs, while the `file_search` tool requires a list of vector store IDs.

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
            "/threads",
            body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def update(
        self,
        thread_id: str,
        *,
        tool_resources: Optional[thread_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Thread:
        """
        Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The
              resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of
              file IDs, while the `file_search` tool requires a list of vector store IDs.

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
            f"/threads/{path_param('thread_id', thread_id)}",
            body={"tool_resources": tool_resources, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Thread,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ThreadDeleted:
        """
        Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=ThreadDeleted,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[False] | Omit = omit,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[True],
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[AssistantStreamEvent]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: bool,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        stream: Literal[False] | Literal[True] | Omit = omit,
        thread: thread_create_and_run_params.Thread | Omit = omit,
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
        instructions: Optional[str] | Omit = omit,
        tools: Optional[Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]]]
        | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ThreadToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        truncation_strategy: Optional[thread_create_and_run_params.TruncationStrategy] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        """
        Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.

          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will
              be created.

          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is
              provided here, it will override the model associated with the assistant. If not, the model associated with
              the assistant will be used.

          instructions: Override the default system message of the assistant. This is useful for modifying the behavior
              on a per-run basis.

          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a
              per-run basis.

          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the
              type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
              `file_search` tool requires a list of vector store IDs.

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
            "/threads/runs",
            body={
                "assistant_id": assistant_id,
                "thread": thread,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "tool_resources": tool_resources,
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


class AsyncThreadsWithRawResponse:
    """`AsyncThreads` with every method wrapped to return the raw response."""

    def __init__(self, threads: AsyncThreads) -> None:
        self._threads = threads
        self.create = async_to_raw_response_wrapper(threads.create)
        self.retrieve = async_to_raw_response_wrapper(threads.retrieve)
        self.update = async_to_raw_response_wrapper(threads.update)
        self.delete = async_to_raw_response_wrapper(threads.delete)
        self.create_and_run = async_to_raw_response_wrapper(threads.create_and_run)

    @cached_property
    def runs(self) -> AsyncRunsWithRawResponse:
        from openai.resources.beta.threads.runs.runs import AsyncRunsWithRawResponse

        return AsyncRunsWithRawResponse(self._threads.runs)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from openai.resources.beta.threads.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._threads.messages)


class AsyncThreadsWithStreamingResponse:
    """`AsyncThreads` with every method wrapped to return the streamed response."""

    def __init__(self, threads: AsyncThreads) -> None:
        self._threads = threads
        self.create = async_to_streamed_response_wrapper(threads.create)
        self.retrieve = async_to_streamed_response_wrapper(threads.retrieve)
        self.update = async_to_streamed_response_wrapper(threads.update)
        self.delete = async_to_streamed_response_wrapper(threads.delete)
        self.create_and_run = async_to_streamed_response_wrapper(threads.create_and_run)

    @cached_property
    def runs(self) -> AsyncRunsWithStreamingResponse:
        from openai.resources.beta.threads.runs.runs import AsyncRunsWithStreamingResponse

        return AsyncRunsWithStreamingResponse(self._threads.runs)

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from openai.resources.beta.threads.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._threads.messages)
