# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.beta.assistants` resource: 5 method(s)."""

from __future__ import annotations

from typing import Union, Iterable, Optional
from functools import cached_property

import typing_extensions
from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai.types.beta import assistant_create_params, assistant_update_params
from openai._base_client import make_request_options
from openai.types.beta.assistant import Assistant
from openai.types.beta.assistant_deleted import AssistantDeleted
from openai.types.shared_params.metadata import Metadata
from openai.types.beta.function_tool_param import FunctionToolParam
from openai.types.beta.file_search_tool_param import FileSearchToolParam
from openai.types.shared_params.reasoning_effort import ReasoningEffort
from openai.types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from openai.types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam

__all__ = [
    "Assistants",
    "AsyncAssistants",
    "AssistantsWithRawResponse",
    "AsyncAssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistantsWithStreamingResponse",
]


class Assistants(SyncAPIResource):
    """Methods of `client.beta.assistants`."""

    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AssistantsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create(
        self,
        *,
        model: Union[
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
        ],
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        tools: Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]] | Omit = omit,
        tool_resources: Optional[assistant_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          name: The name of the assistant. The maximum length is 256 characters.

          description: The description of the assistant. The maximum length is 512 characters.

          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can
              be of types `code_interpreter`, `file_search`, or `function`.

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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/assistants",
            body={
                "model": model,
                "name": name,
                "description": description,
                "instructions": instructions,
                "reasoning_effort": reasoning_effort,
                "tools": tools,
                "tool_resources": tool_resources,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "response_format": response_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def update(
        self,
        assistant_id: str,
        *,
        model: Union[
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
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        tools: Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]] | Omit = omit,
        tool_resources: Optional[assistant_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          name: The name of the assistant. The maximum length is 256 characters.

          description: The description of the assistant. The maximum length is 512 characters.

          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can
              be of types `code_interpreter`, `file_search`, or `function`.

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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            body={
                "model": model,
                "reasoning_effort": reasoning_effort,
                "name": name,
                "description": description,
                "instructions": instructions,
                "tools": tools,
                "tool_resources": tool_resources,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "response_format": response_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
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
    ) -> SyncCursorPage[Assistant]:
        """
        Returns a list of assistants.

        Args:
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
            "/assistants",
            page=SyncCursorPage[Assistant],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """
        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=AssistantDeleted,
        )


class AssistantsWithRawResponse:
    """`Assistants` with every method wrapped to return the raw response."""

    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants
        self.create = to_raw_response_wrapper(assistants.create)
        self.retrieve = to_raw_response_wrapper(assistants.retrieve)
        self.update = to_raw_response_wrapper(assistants.update)
        self.list = to_raw_response_wrapper(assistants.list)
        self.delete = to_raw_response_wrapper(assistants.delete)


class AssistantsWithStreamingResponse:
    """`Assistants` with every method wrapped to return the streamed response."""

    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants
        self.create = to_streamed_response_wrapper(assistants.create)
        self.retrieve = to_streamed_response_wrapper(assistants.retrieve)
        self.update = to_streamed_response_wrapper(assistants.update)
        self.list = to_streamed_response_wrapper(assistants.list)
        self.delete = to_streamed_response_wrapper(assistants.delete)


class AsyncAssistants(AsyncAPIResource):
    """Methods of `async_client.beta.assistants`."""

    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAssistantsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create(
        self,
        *,
        model: Union[
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
        ],
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        tools: Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]] | Omit = omit,
        tool_resources: Optional[assistant_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          name: The name of the assistant. The maximum length is 256 characters.

          description: The description of the assistant. The maximum length is 512 characters.

          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can
              be of types `code_interpreter`, `file_search`, or `function`.

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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/assistants",
            body={
                "model": model,
                "name": name,
                "description": description,
                "instructions": instructions,
                "reasoning_effort": reasoning_effort,
                "tools": tools,
                "tool_resources": tool_resources,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "response_format": response_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def update(
        self,
        assistant_id: str,
        *,
        model: Union[
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
        | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        tools: Iterable[Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]] | Omit = omit,
        tool_resources: Optional[assistant_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          name: The name of the assistant. The maximum length is 256 characters.

          description: The description of the assistant. The maximum length is 512 characters.

          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can
              be of types `code_interpreter`, `file_search`, or `function`.

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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            body={
                "model": model,
                "reasoning_effort": reasoning_effort,
                "name": name,
                "description": description,
                "instructions": instructions,
                "tools": tools,
                "tool_resources": tool_resources,
                "metadata": metadata,
                "temperature": temperature,
                "top_p": top_p,
                "response_format": response_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
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
    ) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]:
        """
        Returns a list of assistants.

        Args:
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
            "/assistants",
            page=AsyncCursorPage[Assistant],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=Assistant,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """
        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/assistants/{path_param('assistant_id', assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=AssistantDeleted,
        )


class AsyncAssistantsWithRawResponse:
    """`AsyncAssistants` with every method wrapped to return the raw response."""

    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants
        self.create = async_to_raw_response_wrapper(assistants.create)
        self.retrieve = async_to_raw_response_wrapper(assistants.retrieve)
        self.update = async_to_raw_response_wrapper(assistants.update)
        self.list = async_to_raw_response_wrapper(assistants.list)
        self.delete = async_to_raw_response_wrapper(assistants.delete)


class AsyncAssistantsWithStreamingResponse:
    """`AsyncAssistants` with every method wrapped to return the streamed response."""

    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants
        self.create = async_to_streamed_response_wrapper(assistants.create)
        self.retrieve = async_to_streamed_response_wrapper(assistants.retrieve)
        self.update = async_to_streamed_response_wrapper(assistants.update)
        self.list = async_to_streamed_response_wrapper(assistants.list)
        self.delete = async_to_streamed_response_wrapper(assistants.delete)
