# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .transcription_language import TranscriptionLanguage

__all__ = ["Transcription", "Logprob", "UsageTokens", "UsageTokensInputTokenDetails", "UsageDuration", "Usage"]


class Logprob(BaseModel):
    token: Optional[str] = None
    """The token in the transcription."""

    logprob: Optional[float] = None
    """The log probability of the token."""

    bytes: Optional[List[float]] = None
    """The bytes of the token."""


class UsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: Optional[int] = None
    """Number of text tokens billed for this request."""

    audio_tokens: Optional[int] = None
    """Number of audio tokens billed for this request."""


class UsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: Optional[UsageTokensInputTokenDetails] = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""


class UsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""


class Transcription(BaseModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """The transcribed text."""

    languages: Optional[List[TranscriptionLanguage]] = None
    """
    The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language
    could be reliably detected.
    """

    logprobs: Optional[List[Logprob]] = None
    """
    The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and
    `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array.
    """

    usage: Optional[Annotated[Union[UsageTokens, UsageDuration], PropertyInfo(discriminator="type")]] = None
    """Token usage statistics for the request."""


Usage: TypeAlias = Annotated[Union[UsageTokens, UsageDuration], PropertyInfo(discriminator="type")]
