# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .shared_params.metadata import Metadata
from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from .static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam

__all__ = ["VectorStoreCreateParams", "ExpiresAfter"]


class VectorStoreCreateParams(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """
    A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files.
    """

    name: str
    """The name of the vector store."""

    description: str
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: ExpiresAfter
    """The expiration policy for a vector store."""

    chunking_strategy: Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam]
    """
    The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if
    `file_ids` is non-empty.
    """

    metadata: Optional[Metadata]
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class ExpiresAfter(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
