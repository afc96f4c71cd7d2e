# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Iterable

from typing_extensions import Literal, Annotated, TypedDict

from ...._models import PropertyInfo

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    limit: int
    """
    A limit on the number of objects to be returned. Limit can range between
    1 and 100, and the default is 20.
    """

    order: Literal["asc", "desc"]
    """
    The order to return the input items in. Default is `desc`.
    - `asc`: Return the input items in ascending order.
    - `desc`: Return the input items in descending order.
    """

    after: str
    """An item ID to list items after, used in pagination."""

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

    betas: Annotated[List[Literal["responses_multi_agent=v1"]], PropertyInfo(alias="openai-beta")]
    """Optional beta features to enable for this request."""
