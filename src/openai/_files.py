"""Multipart uploads: pulling file values out of a request body and turning them into httpx file parts.

Generated methods call `extract_files` on their body dict with the paths of the file-valued parameters; the
pipeline then sends `multipart_form_fields` of what is left as text parts followed by `to_httpx_files` (or
`async_to_httpx_files`, which reads paths without blocking the event loop) of the extracted files.
"""

from __future__ import annotations

import io
import os
import mimetypes
from typing import IO, Dict, List, Tuple, Union, TypeVar, Optional, Sequence, cast
from collections.abc import Mapping

import anyio
from typing_extensions import TypeIs, Literal

from ._qs import stringify_items
from ._types import (
    Omit,
    NotGiven,
    FileTypes,
    FileContent,
    RequestFiles,
    HttpxFileTypes,
)

__all__ = [
    "ACCEPTED_FILE_KINDS",
    "async_file_from_path",
    "async_to_httpx_files",
    "extract_files",
    "file_from_path",
    "is_file_content",
    "multipart_form_fields",
    "to_httpx_files",
]

ACCEPTED_FILE_KINDS = (
    "bytes, a binary file object (io.IOBase), an os.PathLike path, or a tuple "
    "(filename, content[, content_type[, headers]]) whose content is one of those"
)

_T = TypeVar("_T")

ARRAY_MARKER = "<array>"
DEFAULT_FILENAME = "upload"
DEFAULT_CONTENT_TYPE = "application/octet-stream"

FileArrayFormat = Literal["brackets", "indices", "repeat"]

# A normalised part as handed to httpx: always (filename, content, content_type[, headers]).
_HttpxPart = Union[
    Tuple[Optional[str], Union[bytes, IO[bytes]], str],
    Tuple[Optional[str], Union[bytes, IO[bytes]], str, Mapping[str, str]],
]


def _is_base_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, io.IOBase, os.PathLike)) or (
        # File-like objects that do not inherit io.IOBase (e.g. some framework upload wrappers) still work.
        not isinstance(value, (str, tuple)) and callable(getattr(value, "read", None))
    )


def is_file_content(value: object) -> TypeIs[FileContent | Tuple[object, ...]]:
    """Whether ``value`` is acceptable as an upload: raw content or a ``(filename, content, ...)`` tuple."""
    return isinstance(value, tuple) or _is_base_content(value)


def _check_file(value: object, key: str) -> FileTypes:
    if isinstance(value, tuple):
        parts = cast("tuple[object, ...]", value)
        if not 2 <= len(parts) <= 4:
            raise RuntimeError(
                f"Expected entry at `{key}` to be a file tuple of 2 to 4 items (filename, content[, content_type"
                f"[, headers]]), but received a tuple of {len(parts)} items. Accepted file values are {ACCEPTED_FILE_KINDS}."
            )
        if not _is_base_content(parts[1]):
            raise RuntimeError(
                f"Expected the content of the file tuple at `{key}` to be bytes, a file object or a path, but "
                f"received {type(parts[1]).__name__}. Accepted file values are {ACCEPTED_FILE_KINDS}."
            )
        return cast(FileTypes, value)
    if _is_base_content(value):
        return cast(FileTypes, value)
    raise RuntimeError(
        f"Expected entry at `{key}` to be a file, but received {type(value).__name__}. "
        f"Accepted file values are {ACCEPTED_FILE_KINDS}."
    )


def _array_key(key: str, index: int, array_format: FileArrayFormat) -> str:
    if array_format == "brackets":
        return f"{key}[]"
    if array_format == "indices":
        return f"{key}[{index}]"
    return key


def extract_files(
    body: Dict[str, object] | Mapping[str, object],
    *,
    paths: Sequence[Sequence[str]],
    array_format: FileArrayFormat = "brackets",
) -> List[Tuple[str, FileTypes]]:
    """Remove the file values found at ``paths`` from ``body`` (in place) and return them as named parts.

    Each path is a sequence of keys; the element ``"<array>"`` stands for "every item of this list". Nested keys
    are named ``a[b]`` and list items ``name[]`` (``name[0]`` with ``array_format="indices"``, plain ``name``
    with ``"repeat"``). A list found where a single file is expected is treated as a list of files. Missing keys
    and sentinel values are skipped.

    Raises:
        RuntimeError: a value at one of the paths is not an accepted file value (the message names its key).
    """
    if not isinstance(body, dict):
        raise TypeError(f"Expected the request body to be a dict for file extraction, got {type(body).__name__}")
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        if isinstance(path, str):
            raise TypeError(f"Expected each file path to be a sequence of keys, got the string {path!r}")
        _extract(cast("object", body), list(path), 0, None, files, array_format)
    return files


def _extract(
    obj: object,
    path: List[str],
    index: int,
    key: Optional[str],
    files: List[Tuple[str, FileTypes]],
    array_format: FileArrayFormat,
) -> None:
    segment = path[index]
    last = index == len(path) - 1
    if segment == ARRAY_MARKER:
        if not isinstance(obj, list):
            return
        items = cast("list[object]", obj)
        array_key = key or ""
        if last:
            for position, item in enumerate(items):
                if not isinstance(item, (NotGiven, Omit)) and item is not None:
                    files.append((_array_key(array_key, position, array_format), _check_file(item, array_key + "[]")))
            items.clear()
            return
        for position, item in enumerate(items):
            _extract(item, path, index + 1, _array_key(array_key, position, array_format), files, array_format)
        return
    if not isinstance(obj, dict):
        return
    container = cast("dict[str, object]", obj)
    if segment not in container:
        return
    child_key = segment if key is None else f"{key}[{segment}]"
    if not last:
        _extract(container[segment], path, index + 1, child_key, files, array_format)
        return
    value = container.pop(segment)
    if value is None or isinstance(value, (NotGiven, Omit)):
        return
    if isinstance(value, list):
        for position, item in enumerate(cast("list[object]", value)):
            if not isinstance(item, (NotGiven, Omit)) and item is not None:
                files.append((_array_key(child_key, position, array_format), _check_file(item, child_key + "[]")))
        return
    files.append((child_key, _check_file(value, child_key)))


def multipart_form_fields(body: object) -> List[Tuple[str, str]]:
    """The text parts of a multipart body: ``body`` encoded like a query string (``foo[]``, ``a[b]``, booleans).

    Raises:
        RuntimeError: ``body`` is not a mapping (multipart bodies must be objects).
    """
    if body is None:
        return []
    if not isinstance(body, Mapping):
        raise RuntimeError(f"Expected a mapping as the body of a multipart request, but received {type(body).__name__}")
    return stringify_items(cast("Mapping[str, object]", body), array_format="brackets")


# --- converting to httpx parts --------------------------------------------------------------------------------


def _guess_content_type(filename: Optional[str]) -> str:
    if filename:
        guessed, _ = mimetypes.guess_type(filename)
        if guessed:
            return guessed
    return DEFAULT_CONTENT_TYPE


def _name_of(content: object) -> Optional[str]:
    if isinstance(content, os.PathLike):
        return os.path.basename(os.fspath(cast("os.PathLike[str]", content)))
    name = getattr(content, "name", None)
    if isinstance(name, (str, os.PathLike)) and name:
        return os.path.basename(os.fspath(cast("str | os.PathLike[str]", name)))
    return None


def _read_path(path: os.PathLike[str]) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


async def _async_read_path(path: os.PathLike[str]) -> bytes:
    return await anyio.Path(path).read_bytes()


def _split(name: str, value: object) -> tuple[Optional[str], object, Optional[str], Optional[Mapping[str, str]]]:
    value = _check_file(value, name)
    if isinstance(value, tuple):
        parts = cast(
            "tuple[object, object, object, object] | tuple[object, object, object] | tuple[object, object]", value
        )
        filename = cast(Optional[str], parts[0])
        content_type = cast(Optional[str], parts[2]) if len(parts) > 2 else None
        headers = cast(Optional[Mapping[str, str]], parts[3]) if len(parts) > 3 else None
        return filename, parts[1], content_type, headers
    return _name_of(value) or DEFAULT_FILENAME, value, None, None


def _part(
    filename: Optional[str],
    content: bytes | IO[bytes],
    content_type: Optional[str],
    headers: Optional[Mapping[str, str]],
) -> _HttpxPart:
    content_type = content_type or _guess_content_type(filename)
    if headers is not None:
        return (filename, content, content_type, headers)
    return (filename, content, content_type)


def _as_bytes_or_io(content: object) -> bytes | IO[bytes]:
    if isinstance(content, (bytearray, memoryview)):
        return bytes(cast("bytearray", content))
    return cast("bytes | IO[bytes]", content)


def _items(files: RequestFiles) -> Sequence[Tuple[str, object]]:
    if isinstance(files, Mapping):
        return list(cast("Mapping[str, object]", files).items())
    if isinstance(files, (list, tuple)):
        return cast("Sequence[Tuple[str, object]]", files)
    raise TypeError(f"Expected files as a mapping or a sequence of (name, file) pairs, got {type(files).__name__}")


def to_httpx_files(files: RequestFiles | None) -> List[Tuple[str, HttpxFileTypes]] | None:
    """Normalise ``files`` into ``(name, (filename, content, content_type[, headers]))`` parts for httpx.

    Paths are read into memory, bare file objects are named after the basename of their ``.name`` (else
    ``upload``), and the content type is the given one, else guessed from the filename, else
    ``application/octet-stream``.

    Raises:
        RuntimeError: a value is not an accepted file value (the message names its key).
    """
    if files is None:
        return None
    parts: List[Tuple[str, HttpxFileTypes]] = []
    for name, value in _items(files):
        filename, content, content_type, headers = _split(name, value)
        if isinstance(content, os.PathLike):
            path = cast("os.PathLike[str]", content)
            if filename is None or not isinstance(value, tuple):
                filename = _name_of(path)
            data: bytes | IO[bytes] = _read_path(path)
        else:
            data = _as_bytes_or_io(content)
        parts.append((name, cast(HttpxFileTypes, _part(filename, data, content_type, headers))))
    return parts


async def async_to_httpx_files(files: RequestFiles | None) -> List[Tuple[str, HttpxFileTypes]] | None:
    """Async twin of `to_httpx_files`: paths are read with ``anyio`` so the event loop is not blocked."""
    if files is None:
        return None
    parts: List[Tuple[str, HttpxFileTypes]] = []
    for name, value in _items(files):
        filename, content, content_type, headers = _split(name, value)
        if isinstance(content, os.PathLike):
            path = cast("os.PathLike[str]", content)
            if filename is None or not isinstance(value, tuple):
                filename = _name_of(path)
            data: bytes | IO[bytes] = await _async_read_path(path)
        else:
            data = _as_bytes_or_io(content)
        parts.append((name, cast(HttpxFileTypes, _part(filename, data, content_type, headers))))
    return parts


def file_from_path(path: str | os.PathLike[str]) -> Tuple[str, bytes]:
    """Read the file at ``path`` and return ``(basename, contents)``, ready to pass as an upload."""
    with open(path, "rb") as handle:
        contents = handle.read()
    return os.path.basename(os.fspath(path)), contents


async def async_file_from_path(path: str | os.PathLike[str]) -> Tuple[str, bytes]:
    """Async twin of `file_from_path`."""
    contents = await anyio.Path(path).read_bytes()
    return os.path.basename(os.fspath(path)), contents


# --- names outside code imports from `openai._files` (official spellings) --------------------------------------

from ._types import (  # noqa: E402
    Base64FileInput as Base64FileInput,
    HttpxFileContent as HttpxFileContent,
    HttpxRequestFiles as HttpxRequestFiles,
)
from ._utils import (  # noqa: E402
    is_list as is_list,
    is_mapping as is_mapping,
    is_tuple_t as is_tuple_t,
    is_mapping_t as is_mapping_t,
    is_sequence_t as is_sequence_t,
)


def is_base64_file_input(obj: object) -> TypeIs[Base64FileInput]:
    """Whether ``obj`` is a file object or a path (what a base64-encoded file parameter accepts)."""
    return isinstance(obj, (io.IOBase, os.PathLike))


def assert_is_file_content(obj: object, *, key: Optional[str] = None) -> None:
    """Raise ``RuntimeError`` unless ``obj`` is an accepted upload value (bytes, file, path or file tuple)."""
    _check_file(obj, key if key is not None else "<file>")


def read_file_content(file: FileContent) -> HttpxFileContent:
    """The content to send for ``file``: paths are read into bytes, bytes and file objects are kept."""
    if isinstance(file, os.PathLike):
        return _read_path(file)
    return file


async def async_read_file_content(file: FileContent) -> HttpxFileContent:
    """Async twin of `read_file_content` (paths are read without blocking the event loop)."""
    if isinstance(file, os.PathLike):
        return await _async_read_path(file)
    return file


def deepcopy_with_paths(item: _T, paths: Sequence[Sequence[str]]) -> _T:
    """Copy the dicts and lists that lie along ``paths`` (``"<array>"`` = every list item), sharing the rest.

    `extract_files` removes file values in place; running it on such a copy leaves the caller's data untouched.
    """
    return cast(_T, _copy_along(item, [list(path) for path in paths]))


def _copy_along(value: object, paths: List[List[str]]) -> object:
    live = [path for path in paths if path]
    if not live:
        return value
    if isinstance(value, dict):
        mapping = cast("Dict[str, object]", value)
        copied = dict(mapping)
        for key in {path[0] for path in live}:
            if key in copied:
                copied[key] = _copy_along(copied[key], [path[1:] for path in live if path[0] == key])
        return copied
    if isinstance(value, list):
        rest = [path[1:] for path in live if path[0] == ARRAY_MARKER]
        return [_copy_along(entry, rest) for entry in cast("List[object]", value)]
    return value
