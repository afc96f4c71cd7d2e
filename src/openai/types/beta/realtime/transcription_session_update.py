# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.audio_transcription import AudioTranscription
from ...realtime.noise_reduction_type import NoiseReductionType

__all__ = [
    "TranscriptionSessionUpdate",
    "Session",
    "SessionTurnDetection",
    "SessionInputAudioNoiseReduction",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioTranscription",
]


class SessionTurnDetection(BaseModel):
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect
    the start and end of speech based on audio volume and respond at the end of user speech.
    """

    type: Optional[Literal["server_vad"]] = None
    """Type of turn detection. Only `server_vad` is currently supported for transcription sessions."""

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

    create_response: Optional[bool] = None
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    """Used only for `semantic_vad` mode. The eagerness of the model to respond."""

    interrupt_response: Optional[bool] = None
    """
    Whether or not to automatically interrupt any ongoing response with output to the default conversation when a VAD
    start event occurs.
    """


class SessionInputAudioNoiseReduction(BaseModel):
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    type: Optional[NoiseReductionType] = None
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


class SessionClientSecretExpiresAt(BaseModel):
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Optional[Literal["created_at"]] = None
    """
    The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time
    of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    """

    seconds: Optional[int] = None
    """
    The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours).
    This default to 600 seconds (10 minutes) if not specified.
    """


class SessionClientSecret(BaseModel):
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

    expires_at: Optional[SessionClientSecretExpiresAt] = None
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """


class Session(BaseModel):
    """Realtime transcription session object configuration."""

    turn_detection: Optional[SessionTurnDetection] = None
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect
    the start and end of speech based on audio volume and respond at the end of user speech.
    """

    input_audio_noise_reduction: Optional[SessionInputAudioNoiseReduction] = None
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """
    The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    input_audio_transcription: Optional[AudioTranscription] = None
    """
    Configuration for input audio transcription. The client can optionally set the language and prompt for
    transcription, these offer additional guidance to the transcription service.
    """

    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    """
    The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
    """

    client_secret: Optional[SessionClientSecret] = None
    """
    Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """The set of modalities the model can respond with."""


class TranscriptionSessionUpdate(BaseModel):
    """Send this event to update a transcription session."""

    event_id: Optional[str] = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"]
    """The event type, must be `transcription_session.update`."""

    session: Session
    """Realtime transcription session object configuration."""


class SessionInputAudioTranscription(BaseModel):
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
