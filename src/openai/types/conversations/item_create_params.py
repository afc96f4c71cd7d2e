# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ItemCreateParams"]


class ItemCreateParams(TypedDict, total=False):
    items: Required[Iterable[ResponseInputItemParam]]
    """The items to add to the conversation. You may add up to 20 items at a time."""

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
