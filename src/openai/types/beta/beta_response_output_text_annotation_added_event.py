# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo

__all__ = [
    "BetaResponseOutputTextAnnotationAddedEvent",
    "Agent",
    "Annotation",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


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


class BetaResponseOutputTextAnnotationAddedEvent(BaseModel):
    """Emitted when an annotation is added to output text content."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.annotation.added"]
    """The type of the event. Always 'response.output_text.annotation.added'."""

    item_id: str
    """The unique identifier of the item to which the annotation is being added."""

    output_index: int
    """The index of the output item in the response's output array."""

    content_index: int
    """The index of the content part within the output item."""

    annotation_index: int
    """The index of the annotation within the content part."""

    sequence_number: int
    """The sequence number of this event."""

    annotation: Optional[Annotation] = None
    """The annotation object being added. (See annotation schema for details.)"""
