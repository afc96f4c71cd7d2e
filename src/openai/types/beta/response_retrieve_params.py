# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Iterable, Optional

from typing_extensions import Literal, Required, Annotated, TypeAlias, TypedDict

from ..._models import PropertyInfo

__all__ = [
    "ResponseRetrieveParamsBase",
    "ResponseRetrieveParamsNonStreaming",
    "ResponseRetrieveParamsStreaming",
    "ResponseRetrieveParams",
]


class ResponseRetrieveParamsBase(TypedDict, total=False):
    include: Iterable[
        Literal[
            "file_search_call.results",
            "web_search_call.results",
            "web_search_call.action.sources",
            "message.input_image.image_url",
            "computer_call_output.output.image_url",
            "code_interpreter_call.outputs",
            "reasoning.encrypted_content",
            "message.output_text.logprobs",
        ]
    ]
    """
    Additional fields to include in the response. See the `include`
    parameter for Response creation above for more information.
    """

    starting_after: int
    """The sequence number of the event after which to start streaming."""

    include_obfuscation: bool
    """
    When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events
    to normalize payload sizes as a mitigation to certain side-channel
    attacks. These obfuscation fields are included by default, but add a
    small amount of overhead to the data stream. You can set
    `include_obfuscation` to false to optimize for bandwidth if you trust
    the network links between your application and the OpenAI API.
    """

    betas: Annotated[List[Literal["responses_multi_agent=v1"]], PropertyInfo(alias="openai-beta")]
    """Optional beta features to enable for this request."""


class ResponseRetrieveParamsNonStreaming(ResponseRetrieveParamsBase, total=False):
    stream: Optional[Literal[False]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """


class ResponseRetrieveParamsStreaming(ResponseRetrieveParamsBase, total=False):
    stream: Required[Literal[True]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """


ResponseRetrieveParams: TypeAlias = Union[ResponseRetrieveParamsNonStreaming, ResponseRetrieveParamsStreaming]
