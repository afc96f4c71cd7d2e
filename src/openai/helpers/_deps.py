"""Loading the optional `sounddevice` and `numpy` packages the voice helpers need, with an actionable error."""

from __future__ import annotations

import importlib
from types import ModuleType

from .._exceptions import OpenAIError

__all__ = ["MissingDependencyError", "SAMPLE_RATE", "load_voice_dependencies"]

# The realtime and TTS PCM formats are 24 kHz mono.
SAMPLE_RATE = 24_000


class MissingDependencyError(OpenAIError):
    """An optional dependency of a helper is not installed; the message names the extra that provides it."""


def load_voice_dependencies(helper: str) -> tuple[ModuleType, ModuleType]:
    """Import and return `(numpy, sounddevice)`, or raise `MissingDependencyError` naming what is missing."""
    modules: list[ModuleType] = []
    missing: list[str] = []
    for name in ("numpy", "sounddevice"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            missing.append(name)
        except OSError as err:
            # sounddevice raises OSError when the PortAudio library itself cannot be found.
            raise MissingDependencyError(f"{helper} could not load `{name}`: {err} (is PortAudio installed?)") from err
    if missing:
        raise MissingDependencyError(
            f"{helper} needs {' and '.join(f'`{m}`' for m in missing)}; install them with "
            "`pip install 'openai[voice_helpers]'`"
        )
    return modules[0], modules[1]
