# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseFileSearchToolCall", "Agent", "Result"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class Result(BaseModel):
    file_id: Optional[str] = None
    """The unique ID of the file."""

    text: Optional[str] = None
    """The text that was retrieved from the file."""

    filename: Optional[str] = None
    """The name of the file."""

    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """

    score: Optional[float] = None
    """The relevance score of the file - a value between 0 and 1."""


class BetaResponseFileSearchToolCall(BaseModel):
    """
    The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.
    """

    agent: Optional[Agent] = None
    """The agent that produced this item."""

    id: str
    """The unique ID of the file search tool call."""

    type: Literal["file_search_call"]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """
    The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
    """

    queries: List[str]
    """The queries used to search for files."""

    results: Optional[List[Result]] = None
    """The results of the file search tool call."""
