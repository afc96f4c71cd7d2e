"""``uploads.upload_file_chunked`` against the built-in local server: parts, ordering, defaults and argument errors."""

from __future__ import annotations

from typing import Any, List, Iterator
from pathlib import Path

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server, RecordedRequest
from openai.lib.uploads_helpers import DEFAULT_PART_SIZE, UploadsHelpers, AsyncUploadsHelpers


def _uploads(client: OpenAI) -> UploadsHelpers:
    return client.uploads


def _async_uploads(client: AsyncOpenAI) -> AsyncUploadsHelpers:
    return client.uploads


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def _since(server: Server, start: int) -> List[RecordedRequest]:
    return server.requests[start:]


def _parts(requests: List[RecordedRequest]) -> List[bytes]:
    return [r.files["data"][0][1] for r in requests if r.path.endswith("/parts")]


def test_bytes_are_sent_in_parts_in_order(server: Server) -> None:
    start = len(server.requests)
    upload = _uploads(server.client()).upload_file_chunked(
        file=b"abcdefghij",
        filename="train.jsonl",
        bytes=10,
        mime_type="text/jsonl",
        purpose="fine-tune",
        part_size=4,
        md5="d41d8cd98f00b204e9800998ecf8427e",
    )
    assert upload.status == "completed"
    requests = _since(server, start)
    create = requests[0]
    assert create.path == "/uploads"
    assert create.body == {"filename": "train.jsonl", "purpose": "fine-tune", "bytes": 10, "mime_type": "text/jsonl"}
    assert _parts(requests) == [b"abcd", b"efgh", b"ij"]
    complete = requests[-1]
    assert complete.path.endswith("/complete")
    assert complete.body["md5"] == "d41d8cd98f00b204e9800998ecf8427e"
    assert len(complete.body["part_ids"]) == 3
    assert len(set(complete.body["part_ids"])) == 3


def test_path_defaults_to_file_name_and_size(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"0123456789" * 3)
    start = len(server.requests)
    upload = _uploads(server.client()).upload_file_chunked(
        file=path, mime_type="text/jsonl", purpose="batch", part_size=7
    )
    assert upload.status == "completed"
    requests = _since(server, start)
    assert requests[0].body["filename"] == "data.jsonl"
    assert requests[0].body["bytes"] == 30
    assert b"".join(_parts(requests)) == path.read_bytes()
    assert [len(p) for p in _parts(requests)] == [7, 7, 7, 7, 2]
    assert "md5" not in requests[-1].body


def test_path_is_read_one_part_at_a_time(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 4)
    reads: List[int] = []
    real_open = open

    class CountingFile:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            data: bytes = self._handle.read(size)
            return data

        def __enter__(self) -> "CountingFile":
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

    def counting_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        return CountingFile(handle) if Path(file) == path else handle

    monkeypatch.setattr("builtins.open", counting_open)
    _uploads(server.client()).upload_file_chunked(
        file=path, mime_type="application/octet-stream", purpose="batch", part_size=300
    )
    # Every read is bounded by the part size: the file is never read whole.
    assert reads and all(size == 300 for size in reads)


def test_default_part_size_is_64_mib() -> None:
    assert DEFAULT_PART_SIZE == 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"file": b"abc", "bytes": 3}, TypeError, "filename"),
        ({"file": b"abc", "filename": "a.txt"}, TypeError, "bytes"),
        ({"file": b"abc", "filename": "a.txt", "bytes": 4}, ValueError, "does not match"),
        ({"file": b"abc", "filename": "a.txt", "bytes": 3, "part_size": 0}, ValueError, "part_size"),
        ({"file": "not-a-path-object"}, TypeError, "os.PathLike"),
    ],
)
def test_argument_errors_are_raised_before_sending(
    server: Server, kwargs: Any, error: type[Exception], match: str
) -> None:
    start = len(server.requests)
    with pytest.raises(error, match=match):
        _uploads(server.client()).upload_file_chunked(mime_type="text/plain", purpose="assistants", **kwargs)
    assert _since(server, start) == []


async def test_async_bytes_and_path(server: Server, tmp_path: Path) -> None:
    uploads = _async_uploads(server.async_client())
    start = len(server.requests)
    upload = await uploads.upload_file_chunked(
        file=b"xyz", filename="x.txt", bytes=3, mime_type="text/plain", purpose="assistants", part_size=2
    )
    assert upload.status == "completed"
    assert _parts(_since(server, start)) == [b"xy", b"z"]

    path = tmp_path / "y.txt"
    path.write_bytes(b"hello world")
    start = len(server.requests)
    upload = await uploads.upload_file_chunked(file=path, mime_type="text/plain", purpose="assistants", part_size=5)
    assert upload.filename == "y.txt"
    assert _parts(_since(server, start)) == [b"hello", b" worl", b"d"]
