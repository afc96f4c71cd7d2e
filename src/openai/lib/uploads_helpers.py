"""``client.uploads.upload_file_chunked``: a large file sent through the Uploads API in parts.

``UploadsHelpers`` / ``AsyncUploadsHelpers`` are the bases of the generated ``Uploads`` resources (see
``codegen/config.yaml``). The file is read one part at a time (a path is opened and read sequentially, a bytes
object is sliced through a memoryview), so at most one part is held in memory besides the caller's own data.
"""

from __future__ import annotations

import os
import builtins
from typing import Dict, List, Tuple, Union, Iterator

from typing_extensions import Literal

from .._files import extract_files
from .._types import Omit, FileTypes, omit
from .._utils import path_param
from .._resource import SyncAPIResource, AsyncAPIResource
from .._base_client import make_request_options
from ..types.upload import Upload
from ..types.uploads.upload_part import UploadPart

__all__ = ["UploadsHelpers", "AsyncUploadsHelpers", "DEFAULT_PART_SIZE"]

DEFAULT_PART_SIZE = 64 * 1024 * 1024  # the API's maximum part size

_MULTIPART_HEADERS = {"Content-Type": "multipart/form-data"}

UploadPurpose = Literal["assistants", "batch", "fine-tune", "vision"]
UploadFile = Union["os.PathLike[str]", builtins.bytes]


def _resolve(
    file: UploadFile,
    filename: str | None,
    size: int | None,
    part_size: int | None,
) -> Tuple[str, int, int]:
    """The upload's filename, total size and part size, with the argument errors the helper documents."""
    if part_size is None:
        part_size = DEFAULT_PART_SIZE
    if isinstance(part_size, bool) or not isinstance(part_size, int) or part_size <= 0:  # pyright: ignore[reportUnnecessaryIsInstance] -- callers outside the type checker pass anything
        raise ValueError(f"part_size must be a positive number of bytes, got {part_size!r}")
    if isinstance(file, builtins.bytes):
        if filename is None:
            raise TypeError("The `filename` argument must be given when `file` is bytes")
        if size is None:
            raise TypeError("The `bytes` argument must be given when `file` is bytes")
        if size != len(file):
            raise ValueError(f"The `bytes` argument ({size}) does not match the length of `file` ({len(file)})")
        return filename, size, part_size
    if not isinstance(file, os.PathLike):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers outside the type checker pass anything
        raise TypeError(f"`file` must be a path (os.PathLike) or bytes, got {type(file).__name__}")
    path = os.fspath(file)
    if filename is None:
        filename = os.path.basename(path)
    if size is None:
        size = os.stat(path).st_size
    return filename, size, part_size


def _bytes_parts(data: builtins.bytes, part_size: int) -> Iterator[builtins.bytes]:
    view = memoryview(data)
    for start in range(0, len(view), part_size):
        yield builtins.bytes(view[start : start + part_size])


def _part_request(data: builtins.bytes, filename: str) -> Tuple[Dict[str, object], List[Tuple[str, FileTypes]]]:
    body: Dict[str, object] = {"data": (filename, data)}
    return body, extract_files(body, paths=[["data"]])


def _create_body(filename: str, purpose: str, size: int, mime_type: str) -> dict[str, object]:
    return {"filename": filename, "purpose": purpose, "bytes": size, "mime_type": mime_type}


class UploadsHelpers(SyncAPIResource):
    """``upload_file_chunked`` of ``client.uploads``."""

    def _add_part(self, upload_id: str, data: builtins.bytes, filename: str) -> UploadPart:
        body, files = _part_request(data, filename)
        return self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/parts",
            body=body,
            files=files,
            options=make_request_options(headers=_MULTIPART_HEADERS),
            cast_to=UploadPart,
        )

    def upload_file_chunked(
        self,
        *,
        file: UploadFile,
        mime_type: str,
        purpose: UploadPurpose,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Create an upload, send ``file`` in parts of ``part_size`` bytes (64 MiB by default), and complete it.

        ``filename`` and ``bytes`` default to the file's name and size for a path and are required for bytes.
        """
        name, size, chunk = _resolve(file, filename, bytes, part_size)
        upload = self._post(
            "/uploads",
            body=_create_body(name, purpose, size, mime_type),
            options=make_request_options(),
            cast_to=Upload,
        )
        part_ids: List[str] = []
        if isinstance(file, builtins.bytes):
            for data in _bytes_parts(file, chunk):
                part_ids.append(self._add_part(upload.id, data, name).id)
        else:
            with open(file, "rb") as handle:
                while data := handle.read(chunk):
                    part_ids.append(self._add_part(upload.id, data, name).id)
        return self._post(
            f"/uploads/{path_param('upload_id', upload.id)}/complete",
            body={"part_ids": part_ids, "md5": md5},
            options=make_request_options(),
            cast_to=Upload,
        )


class AsyncUploadsHelpers(AsyncAPIResource):
    """``upload_file_chunked`` of ``async_client.uploads``."""

    async def _add_part(self, upload_id: str, data: builtins.bytes, filename: str) -> UploadPart:
        body, files = _part_request(data, filename)
        return await self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/parts",
            body=body,
            files=files,
            options=make_request_options(headers=_MULTIPART_HEADERS),
            cast_to=UploadPart,
        )

    async def upload_file_chunked(
        self,
        *,
        file: UploadFile,
        mime_type: str,
        purpose: UploadPurpose,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Create an upload, send ``file`` in parts of ``part_size`` bytes (64 MiB by default), and complete it.

        ``filename`` and ``bytes`` default to the file's name and size for a path and are required for bytes.
        The file is read through anyio, so the event loop is not blocked by disk reads.
        """
        import anyio

        name, size, chunk = _resolve(file, filename, bytes, part_size)
        upload = await self._post(
            "/uploads",
            body=_create_body(name, purpose, size, mime_type),
            options=make_request_options(),
            cast_to=Upload,
        )
        part_ids: List[str] = []
        if isinstance(file, builtins.bytes):
            for data in _bytes_parts(file, chunk):
                part_ids.append((await self._add_part(upload.id, data, name)).id)
        else:
            async with await anyio.open_file(file, "rb") as handle:
                while data := await handle.read(chunk):
                    part_ids.append((await self._add_part(upload.id, data, name)).id)
        return await self._post(
            f"/uploads/{path_param('upload_id', upload.id)}/complete",
            body={"part_ids": part_ids, "md5": md5},
            options=make_request_options(),
            cast_to=Upload,
        )
