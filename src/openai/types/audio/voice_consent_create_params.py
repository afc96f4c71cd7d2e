# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = ["VoiceConsentCreateParams"]


class VoiceConsentCreateParams(TypedDict, total=False):
    name: Required[str]
    """The label to use for this consent recording."""

    recording: Required[FileTypes]
    """
    The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    language: Required[str]
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""
