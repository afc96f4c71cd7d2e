# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "ResponseOutputTextParam",
    "Annotation",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "Logprob",
    "LogprobTopLogprob",
]


class ResponseOutputTextParam(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""

    annotations: Required[Iterable[Annotation]]
    """The annotations of the text output."""

    logprobs: Iterable[Logprob]


class AnnotationFileCitation(TypedDict, total=False):
    """A citation to a file."""

    type: Required[Literal["file_citation"]]
    """The type of the file citation. Always `file_citation`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""

    filename: Required[str]
    """The filename of the file cited."""


class AnnotationURLCitation(TypedDict, total=False):
    """A citation for a web resource used to generate a model response."""

    type: Required[Literal["url_citation"]]
    """The type of the URL citation. Always `url_citation`."""

    url: Required[str]
    """The URL of the web resource."""

    start_index: Required[int]
    """The index of the first character of the URL citation in the message."""

    end_index: Required[int]
    """The index of the last character of the URL citation in the message."""

    title: Required[str]
    """The title of the web resource."""


class AnnotationContainerFileCitation(TypedDict, total=False):
    """A citation for a container file used to generate a model response."""

    type: Required[Literal["container_file_citation"]]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: Required[str]
    """The ID of the container file."""

    file_id: Required[str]
    """The ID of the file."""

    start_index: Required[int]
    """The index of the first character of the container file citation in the message."""

    end_index: Required[int]
    """The index of the last character of the container file citation in the message."""

    filename: Required[str]
    """The filename of the container file cited."""


class AnnotationFilePath(TypedDict, total=False):
    """A path to a file."""

    type: Required[Literal["file_path"]]
    """The type of the file path. Always `file_path`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""


Annotation: TypeAlias = Union[
    AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation, AnnotationFilePath
]


class Logprob(TypedDict, total=False):
    """The log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Iterable[int]]

    top_logprobs: Required[Iterable[LogprobTopLogprob]]


class LogprobTopLogprob(TypedDict, total=False):
    """The top log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Iterable[int]]
