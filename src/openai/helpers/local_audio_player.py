"""`LocalAudioPlayer`: play 24 kHz mono PCM (numpy arrays, raw 16-bit PCM bytes, TTS responses) on the speakers."""

from __future__ import annotations

import threading
import collections
from typing import TYPE_CHECKING, Any, Union, Callable, Optional, AsyncIterable

import anyio.to_thread

from ._deps import SAMPLE_RATE, load_voice_dependencies
from .._legacy_response import HttpxBinaryResponseContent

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["LocalAudioPlayer"]

AudioInput = Union["npt.NDArray[Any]", bytes, bytearray, HttpxBinaryResponseContent]


class LocalAudioPlayer:
    """Plays audio on the default output device; `should_stop()` is polled while playing and ends playback early.

    Constructing one raises `MissingDependencyError` when `numpy` or `sounddevice` is not installed.
    """

    def __init__(self, should_stop: Optional[Callable[[], bool]] = None) -> None:
        self._np, self._sd = load_voice_dependencies("LocalAudioPlayer")
        self.should_stop = should_stop
        self.sample_rate = SAMPLE_RATE
        self.channels = 1

    def _to_float32(self, data: AudioInput) -> npt.NDArray[Any]:
        np = self._np
        if isinstance(data, HttpxBinaryResponseContent):
            data = data.content
        if isinstance(data, (bytes, bytearray)):
            if len(data) % 2:
                raise ValueError("16-bit PCM audio must have an even number of bytes")
            data = np.frombuffer(bytes(data), dtype=np.int16)
        if not isinstance(data, np.ndarray):
            raise TypeError(f"Cannot play {type(data).__name__}: expected a numpy array, PCM bytes or a TTS response")
        array: npt.NDArray[Any] = data  # pyright: ignore[reportAssignmentType] -- narrowed by the isinstance above
        if array.dtype == np.int16:
            return (array.astype(np.float32) / 32768.0).ravel()
        if array.dtype == np.float32:
            return array.ravel()
        raise TypeError(f"Unsupported audio dtype {array.dtype}: expected int16 or float32")

    async def play(self, input: AudioInput) -> None:
        """Play the whole input and return when it has finished (or `should_stop()` returned True)."""
        audio = self._to_float32(input)
        chunks: collections.deque[npt.NDArray[Any]] = collections.deque([audio])
        await self._run(chunks, lambda: True)

    async def play_stream(self, buffer_stream: AsyncIterable[Union[npt.NDArray[Any], bytes]]) -> None:
        """Play chunks as they arrive (e.g. from a streamed TTS response) and return when all were played."""
        chunks: collections.deque[npt.NDArray[Any]] = collections.deque()
        finished = threading.Event()

        async def feed() -> None:
            try:
                async for chunk in buffer_stream:
                    chunks.append(self._to_float32(chunk))
            finally:
                finished.set()

        async with anyio.create_task_group() as group:
            group.start_soon(feed)
            await self._run(chunks, finished.is_set)

    async def _run(self, chunks: collections.deque[npt.NDArray[Any]], input_done: Callable[[], bool]) -> None:
        np, sd = self._np, self._sd
        done = threading.Event()
        stop = self.should_stop
        pending: list[npt.NDArray[Any]] = []

        def callback(outdata: Any, frames: int, _time: Any, _status: Any) -> None:
            # Runs on the audio thread: fill exactly `frames` samples, padding with silence while waiting for data.
            if stop is not None and stop():
                raise sd.CallbackStop
            filled = 0
            while filled < frames:
                if not pending:
                    if not chunks:
                        break
                    pending.append(chunks.popleft())
                current = pending[0]
                take = min(frames - filled, len(current))
                outdata[filled : filled + take, 0] = current[:take]
                filled += take
                if take == len(current):
                    pending.pop(0)
                else:
                    pending[0] = current[take:]
            outdata[filled:] = 0
            if filled < frames and not chunks and not pending and input_done():
                raise sd.CallbackStop

        stream = sd.OutputStream(
            samplerate=self.sample_rate,
            channels=self.channels,
            dtype=np.float32,
            callback=callback,
            finished_callback=done.set,
        )
        with stream:
            await anyio.to_thread.run_sync(done.wait)
