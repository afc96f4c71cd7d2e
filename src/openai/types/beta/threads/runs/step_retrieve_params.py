# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

__all__ = ["StepRetrieveParams"]


class StepRetrieveParams(TypedDict, total=False):
    thread_id: Required[str]
    """The ID of the thread to which the run and run step belongs."""

    run_id: Required[str]
    """The ID of the run to which the run step belongs."""

    include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    """
    A list of additional fields to include in the response. Currently the only supported value is
    `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for
    more information.
    """
