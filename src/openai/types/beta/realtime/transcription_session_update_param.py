# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr
from ...realtime.audio_transcription_param import AudioTranscriptionParam

__all__ = [
    "TranscriptionSessionUpdateParam",
    "Session",
    "SessionTurnDetection",
    "SessionInputAudioNoiseReduction",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioTranscription",
]


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    """Send this event to update a transcription session."""

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["transcription_session.update"]]
    """The event type, must be `transcription_session.update`."""

    session: Required[Session]
    """Realtime transcription session object configuration."""


class Session(TypedDict, total=False):
    """Realtime transcription session object configuration."""

    turn_detection: SessionTurnDetection
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect
    the start and end of speech based on audio volume and respond at the end of user speech.
    """

    input_audio_noise_reduction: SessionInputAudioNoiseReduction
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    """
    The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    input_audio_transcription: AudioTranscriptionParam
    """
    Configuration for input audio transcription. The client can optionally set the language and prompt for
    transcription, these offer additional guidance to the transcription service.
    """

    include: Iterable[Literal["item.input_audio_transcription.logprobs"]]
    """
    The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
    """

    client_secret: SessionClientSecret
    """Ephemeral key returned by the API."""

    modalities: Iterable[Literal["text", "audio"]]
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """


class SessionTurnDetection(TypedDict, total=False):
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect
    the start and end of speech based on audio volume and respond at the end of user speech.
    """

    type: Literal["server_vad"]
    """Type of turn detection. Only `server_vad` is currently supported for transcription sessions."""

    threshold: float
    """
    Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: int
    """
    Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int
    """
    Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    create_response: bool
    """Whether to generate a response automatically when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"]
    """Used only for `semantic_vad` mode. The eagerness of the model to respond."""

    interrupt_response: bool
    """Whether to interrupt an ongoing response when a VAD start event occurs."""


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    type: Literal["near_field", "far_field"]
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


class SessionClientSecret(TypedDict, total=False):
    """Ephemeral key returned by the API."""

    value: Required[str]
    """
    Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: Required[int]
    """
    Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """

    expires_after: SessionClientSecretExpiresAt
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """


class SessionClientSecretExpiresAt(TypedDict, total=False):
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"]
    """
    The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time
    of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    """

    seconds: int
    """
    The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours).
    This default to 600 seconds (10 minutes) if not specified.
    """


class SessionInputAudioTranscription(TypedDict, total=False):
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    model: Union[
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
    """
    The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`,
    and `gpt-realtime-whisper`.
    """

    language: str
    """The language of the input audio."""

    languages: SequenceNotStr[str]
    """
    The possible input audio languages configured for transcription, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    """

    prompt: str
    """The prompt configured for input audio transcription, when present."""
