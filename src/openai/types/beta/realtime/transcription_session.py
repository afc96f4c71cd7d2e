# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ...audio_transcription_response import AudioTranscriptionResponse

__all__ = ["TranscriptionSession", "ClientSecret", "TurnDetection", "InputAudioTranscription"]


class ClientSecret(BaseModel):
    """
    Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    value: str
    """
    Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: int
    """
    Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """


class TurnDetection(BaseModel):
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    type: Optional[str] = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: Optional[float] = None
    """
    Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: Optional[int] = None
    """
    Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: Optional[int] = None
    """
    Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """


class TranscriptionSession(BaseModel):
    """
    A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """

    client_secret: ClientSecret
    """
    Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    input_audio_format: Optional[str] = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: Optional[AudioTranscriptionResponse] = None
    """Configuration of the transcription model."""

    turn_detection: Optional[TurnDetection] = None
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """


class InputAudioTranscription(BaseModel):
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    model: Optional[
        Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ],
        ]
    ] = None
    """
    The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`,
    and `gpt-realtime-whisper`.
    """

    language: Optional[str] = None
    """The language of the input audio."""

    languages: Optional[List[str]] = None
    """
    The possible input audio languages configured for transcription, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    """

    prompt: Optional[str] = None
    """The prompt configured for input audio transcription, when present."""
