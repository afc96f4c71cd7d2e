# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from ..beta_log_prob import BetaLogProb

__all__ = [
    "BetaResponseOutputText",
    "Annotation",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "Logprob",
    "LogprobTopLogprob",
]


class AnnotationFileCitation(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""


class AnnotationURLCitation(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url: str
    """The URL of the web resource."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    title: str
    """The title of the web resource."""


class AnnotationContainerFileCitation(BaseModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: str
    """The ID of the container file."""

    file_id: str
    """The ID of the file."""

    start_index: int
    """The index of the first character of the container file citation in the message."""

    end_index: int
    """The index of the last character of the container file citation in the message."""

    filename: str
    """The filename of the container file cited."""


class AnnotationFilePath(BaseModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""


Annotation: TypeAlias = Annotated[
    Union[AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation, AnnotationFilePath],
    PropertyInfo(discriminator="type"),
]


class BetaResponseOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations: List[Annotation]
    """The annotations of the text output."""

    logprobs: Optional[List[BetaLogProb]] = None


class LogprobTopLogprob(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]


class Logprob(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]

    top_logprobs: List[LogprobTopLogprob]
