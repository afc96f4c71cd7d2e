# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "CreateEvalJSONLRunDataSourceParam",
    "Source",
    "SourceFileContent",
    "SourceFileContentContent",
    "SourceFileID",
]


class CreateEvalJSONLRunDataSourceParam(TypedDict, total=False):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Required[Literal["jsonl"]]
    """The type of data source. Always `jsonl`."""

    source: Required[Source]
    """Determines what populates the `item` namespace in the data source."""


class SourceFileContent(TypedDict, total=False):
    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[Iterable[SourceFileContentContent]]
    """The content of the jsonl file."""


class SourceFileID(TypedDict, total=False):
    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""


Source: TypeAlias = Union[SourceFileContent, SourceFileID]


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]

    sample: Dict[str, object]
