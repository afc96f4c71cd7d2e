"""Voice helpers: play audio on and record audio from the local sound devices (extra `voice_helpers`)."""

from __future__ import annotations

from ._deps import MissingDependencyError as MissingDependencyError
from .microphone import Microphone as Microphone
from .local_audio_player import LocalAudioPlayer as LocalAudioPlayer

__all__ = ["LocalAudioPlayer", "Microphone", "MissingDependencyError"]
