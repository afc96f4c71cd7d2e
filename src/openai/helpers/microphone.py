"""`Microphone`: record 24 kHz audio from the default input device into a WAV file tuple ready for upload."""

from __future__ import annotations

import io
import time
import wave
from typing import TYPE_CHECKING, Any, Tuple, Union, Callable, Optional

import anyio

from ._deps import SAMPLE_RATE, load_voice_dependencies

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["Microphone"]

_POLL_SECONDS = 0.01


class Microphone:
    """Records until `should_record()` returns False or `timeout` seconds have passed (at least one is needed).

    Constructing one raises `MissingDependencyError` when `numpy` or `sounddevice` is not installed.
    """

    def __init__(
        self,
        channels: int = 1,
        dtype: Union[str, Any] = "int16",
        should_record: Optional[Callable[[], bool]] = None,
        timeout: Optional[float] = None,
    ) -> None:
        self._np, self._sd = load_voice_dependencies("Microphone")
        if channels < 1:
            raise ValueError(f"`channels` must be at least 1, got {channels}")
        if timeout is not None and timeout <= 0:
            raise ValueError(f"`timeout` must be a positive number of seconds, got {timeout}")
        self.dtype = self._np.dtype(dtype)
        if self.dtype not in (self._np.dtype("int16"), self._np.dtype("float32")):
            raise ValueError(f"Unsupported `dtype` {self.dtype}: expected int16 or float32")
        self.channels = channels
        self.should_record = should_record
        self.timeout = timeout
        self.sample_rate = SAMPLE_RATE

    def _keep_recording(self, started: float) -> bool:
        if self.timeout is not None and time.monotonic() - started >= self.timeout:
            return False
        if self.should_record is not None and not self.should_record():
            return False
        return self.should_record is not None or self.timeout is not None

    async def record(self) -> Tuple[str, io.BytesIO, str]:
        """Record, then return `("audio.wav", buffer, "audio/wav")` (16-bit PCM WAV) for a file upload."""
        if self.should_record is None and self.timeout is None:
            raise ValueError("Microphone.record() needs `should_record` or `timeout` to know when to stop")
        np, sd = self._np, self._sd
        captured: list[npt.NDArray[Any]] = []

        def callback(indata: Any, _frames: int, _time: Any, _status: Any) -> None:
            # The device reuses its buffer after the callback returns, so keep a copy.
            captured.append(indata.copy())

        started = time.monotonic()
        with sd.InputStream(samplerate=self.sample_rate, channels=self.channels, dtype=self.dtype, callback=callback):
            while self._keep_recording(started):
                await anyio.sleep(_POLL_SECONDS)
        audio = np.concatenate(captured) if captured else np.zeros((0, self.channels), dtype=self.dtype)
        return ("audio.wav", self._to_wav(audio), "audio/wav")

    def _to_wav(self, audio: npt.NDArray[Any]) -> io.BytesIO:
        np = self._np
        if audio.dtype != np.int16:
            audio = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(2)
            wav.setframerate(self.sample_rate)
            wav.writeframes(audio.astype("<i2").tobytes())
        buffer.seek(0)
        return buffer
