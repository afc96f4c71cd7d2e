# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, Annotated, TypeAlias

from ...._models import BaseModel, PropertyInfo

__all__ = [
    "Annotation",
    "AnnotationFile",
    "AnnotationFileSource",
    "AnnotationURL",
    "AnnotationURLSource",
    "ChatKitResponseOutputText",
]


class AnnotationFileSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`."""

    filename: str
    """Filename referenced by the annotation."""


class AnnotationFile(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: AnnotationFileSource
    """File attachment referenced by the annotation."""


class AnnotationURLSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""


class AnnotationURL(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: AnnotationURLSource
    """URL referenced by the annotation."""


Annotation: TypeAlias = Annotated[Union[AnnotationFile, AnnotationURL], PropertyInfo(discriminator="type")]


class ChatKitResponseOutputText(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations: List[Annotation]
    """Ordered list of annotations attached to the response text."""
