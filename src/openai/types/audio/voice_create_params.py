# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = ["VoiceCreateParams"]


class VoiceCreateParams(TypedDict, total=False):
    name: Required[str]
    """The name of the new voice."""

    audio_sample: Required[FileTypes]
    """
    The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    consent: Required[str]
    """The consent recording ID (for example, `cons_1234`)."""
