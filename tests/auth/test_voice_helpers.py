"""Voice helpers: the missing-dependency error, and playback/recording against a fake `sounddevice` module."""

from __future__ import annotations

import io
import sys
import time
import wave
import types
import threading
from typing import Any, Callable, Iterator, AsyncIterator

import numpy as np
import pytest

from openai.helpers import Microphone, LocalAudioPlayer, MissingDependencyError


class CallbackStop(Exception):
    pass


class FakeOutputStream:
    """Calls the callback from its own thread in blocks of 4 frames until it stops, like PortAudio does."""

    played: list[np.ndarray[Any, Any]] = []

    def __init__(self, *, callback: Callable[..., None], finished_callback: Callable[[], None], **_: Any) -> None:
        self.callback = callback
        self.finished = finished_callback
        self.thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        while True:
            out = np.full((4, 1), 9.0, dtype=np.float32)
            try:
                self.callback(out, 4, None, None)
            except CallbackStop:
                FakeOutputStream.played.append(np.array(out, dtype=np.float32))
                break
            FakeOutputStream.played.append(np.array(out, dtype=np.float32))
            time.sleep(0)  # let the event loop feed more chunks, as a real device's block period would
        self.finished()

    def __enter__(self) -> FakeOutputStream:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.thread.join()


class FakeInputStream:
    def __init__(self, *, callback: Callable[..., None], channels: int, dtype: Any, **_: Any) -> None:
        self.callback = callback
        self.channels = channels
        self.dtype = dtype

    def __enter__(self) -> FakeInputStream:
        self.callback(np.array([[1000], [-1000]], dtype=self.dtype), 2, None, None)
        self.callback(np.array([[5]], dtype=self.dtype), 1, None, None)
        return self

    def __exit__(self, *_: object) -> None:
        return None


@pytest.fixture
def fake_sounddevice(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    module = types.ModuleType("sounddevice")
    module.CallbackStop = CallbackStop  # type: ignore[attr-defined]
    module.OutputStream = FakeOutputStream  # type: ignore[attr-defined]
    module.InputStream = FakeInputStream  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sounddevice", module)
    FakeOutputStream.played = []
    yield


@pytest.mark.parametrize("helper", [LocalAudioPlayer, Microphone])
@pytest.mark.parametrize("missing", ["sounddevice", "numpy"])
def test_missing_dependency_names_the_extra(monkeypatch: pytest.MonkeyPatch, helper: type[Any], missing: str) -> None:
    # A `None` entry in sys.modules makes the import fail with ImportError.
    monkeypatch.setitem(sys.modules, missing, None)
    with pytest.raises(MissingDependencyError, match=r"openai\[voice_helpers\]") as info:
        helper()
    assert f"`{missing}`" in str(info.value)
    assert helper.__name__ in str(info.value)


def played_samples() -> np.ndarray[Any, Any]:
    return np.concatenate(FakeOutputStream.played)[:, 0]


async def test_player_plays_int16_and_pads_with_silence(fake_sounddevice: None) -> None:
    player = LocalAudioPlayer()
    await player.play(np.array([16384, -32768, 0, 8192, 16384], dtype=np.int16))
    samples = played_samples()
    assert samples.tolist() == [0.5, -1.0, 0.0, 0.25, 0.5, 0.0, 0.0, 0.0]


async def test_player_accepts_pcm_bytes_and_rejects_bad_input(fake_sounddevice: None) -> None:
    player = LocalAudioPlayer()
    await player.play(np.array([16384], dtype="<i2").tobytes())
    assert played_samples()[0] == 0.5
    with pytest.raises(ValueError, match="even number of bytes"):
        await player.play(b"\x00")
    with pytest.raises(TypeError, match="dtype"):
        await player.play(np.zeros(3, dtype=np.float64))


async def test_player_stream_and_should_stop(fake_sounddevice: None) -> None:
    async def chunks() -> AsyncIterator[np.ndarray[Any, Any]]:
        yield np.array([0.1, 0.2, 0.3], dtype=np.float32)
        yield np.array([0.4, 0.5, 0.6], dtype=np.float32)

    await LocalAudioPlayer().play_stream(chunks())
    # Silence may be interleaved while waiting for chunks; the audio itself arrives complete and in order.
    audible = [sample for sample in played_samples().tolist() if sample != 0.0]
    assert audible == pytest.approx([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])

    FakeOutputStream.played = []
    await LocalAudioPlayer(should_stop=lambda: True).play(np.ones(100, dtype=np.float32))
    assert played_samples().tolist() == [9.0] * 4  # stopped before writing anything


async def test_microphone_records_wav(fake_sounddevice: None) -> None:
    name, buffer, mime = await Microphone(timeout=0.001).record()
    assert (name, mime) == ("audio.wav", "audio/wav")
    assert isinstance(buffer, io.BytesIO)
    with wave.open(buffer) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 24000)
        assert np.frombuffer(wav.readframes(10), dtype="<i2").tolist() == [1000, -1000, 5]


async def test_microphone_validation(fake_sounddevice: None) -> None:
    with pytest.raises(ValueError, match="should_record"):
        await Microphone().record()
    with pytest.raises(ValueError, match="dtype"):
        Microphone(dtype="int32")
    with pytest.raises(ValueError, match="channels"):
        Microphone(channels=0)
    name, buffer, _ = await Microphone(should_record=lambda: False).record()
    assert name == "audio.wav"
    with wave.open(buffer) as wav:
        assert wav.getnframes() == 3
