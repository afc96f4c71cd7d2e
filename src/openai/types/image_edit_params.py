# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .image_input_reference_param import ImageInputReferenceParam

__all__ = ["ImageEditParamsBase", "ImageEditParamsNonStreaming", "ImageEditParamsStreaming", "ImageEditParams"]


class ImageEditParamsBase(TypedDict, total=False):
    """
    JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only).
    """

    model: Optional[
        Union[
            str,
            Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ],
        ]
    ]
    """The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`."""

    images: Required[Iterable[ImageInputReferenceParam]]
    """
    Input image references to edit.
    For GPT image models, you can provide up to 16 images.
    """

    mask: ImageInputReferenceParam
    """
    Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    prompt: Required[str]
    """A text description of the desired image edit."""

    n: Optional[int]
    """The number of edited images to generate."""

    quality: Optional[Literal["low", "medium", "high", "auto"]]
    """Output quality for GPT image models."""

    input_fidelity: Optional[Literal["high", "low"]]
    """Controls fidelity to the original input image(s)."""

    size: Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536"]]
    """Requested output image size."""

    user: str
    """
    A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
    """

    output_format: Optional[Literal["png", "jpeg", "webp"]]
    """Output image format. Supported for GPT image models."""

    output_compression: Optional[int]
    """Compression level for `jpeg` or `webp` output."""

    moderation: Optional[Literal["low", "auto"]]
    """Moderation level for GPT image models."""

    background: Optional[Literal["transparent", "opaque", "auto"]]
    """Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`."""

    partial_images: Optional[int]
    """
    The number of partial images to generate. This parameter is used for
    streaming responses that return partial images. Value must be between 0 and 3.
    When set to 0, the response will be a single image sent in one streaming event.

    Note that the final image may be sent before the full number of partial images
    are generated if the full image is generated more quickly.
    """


class ImageEditParamsNonStreaming(ImageEditParamsBase, total=False):
    stream: Optional[Literal[False]]
    """Stream partial image results as events."""


class ImageEditParamsStreaming(ImageEditParamsBase, total=False):
    stream: Required[Literal[True]]
    """Stream partial image results as events."""


ImageEditParams: TypeAlias = Union[ImageEditParamsNonStreaming, ImageEditParamsStreaming]
