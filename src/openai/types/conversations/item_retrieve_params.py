# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ItemRetrieveParams"]


class ItemRetrieveParams(TypedDict, total=False):
    conversation_id: Required[str]
    """The ID of the conversation that contains the item."""

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
    Additional fields to include in the response. See the `include` parameter for [listing Conversation items
    above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
    """
