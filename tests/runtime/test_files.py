"""Multipart file extraction and normalisation (CONTRACT 2.7)."""

from __future__ import annotations

import io
import pathlib
from typing import Any, Dict, List, Tuple

import httpx
import pytest

from openai._files import (
    extract_files,
    file_from_path,
    to_httpx_files,
    is_file_content,
    async_file_from_path,
    async_to_httpx_files,
    multipart_form_fields,
)
from openai._types import NOT_GIVEN, omit


@pytest.fixture
def jsonl(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"prompt": "x"}\n')
    return path


# --- extract_files --------------------------------------------------------------------------------------------


def test_extract_single_file_removes_it_from_the_body() -> None:
    handle = io.BytesIO(b"data")
    body: Dict[str, object] = {"file": handle, "purpose": "assistants"}
    files = extract_files(body, paths=[["file"]])
    assert files == [("file", handle)]
    assert body == {"purpose": "assistants"}


def test_extract_array_of_files_names_parts_with_brackets() -> None:
    body: Dict[str, object] = {"image": [b"a", b"b"], "prompt": "p"}
    files = extract_files(body, paths=[["image"], ["image", "<array>"], ["mask"]])
    assert files == [("image[]", b"a"), ("image[]", b"b")]
    assert body == {"prompt": "p"}


def test_extract_array_path_only() -> None:
    body: Dict[str, object] = {"image": [b"a", b"b"]}
    assert extract_files(body, paths=[["image", "<array>"]]) == [("image[]", b"a"), ("image[]", b"b")]
    assert multipart_form_fields(body) == []


@pytest.mark.parametrize(
    ("array_format", "names"),
    [("brackets", ["f[]", "f[]"]), ("indices", ["f[0]", "f[1]"]), ("repeat", ["f", "f"])],
)
def test_extract_array_formats(array_format: Any, names: List[str]) -> None:
    files = extract_files({"f": [b"1", b"2"]}, paths=[["f", "<array>"]], array_format=array_format)
    assert [name for name, _ in files] == names


def test_extract_nested_path() -> None:
    body: Dict[str, object] = {"outer": {"doc": b"x", "keep": 1}}
    assert extract_files(body, paths=[["outer", "doc"]]) == [("outer[doc]", b"x")]
    assert body == {"outer": {"keep": 1}}


def test_extract_skips_missing_none_and_sentinels() -> None:
    body: Dict[str, object] = {"mask": None, "file": omit, "image": NOT_GIVEN}
    assert extract_files(body, paths=[["mask"], ["file"], ["image"], ["absent"], ["absent", "<array>"]]) == []


def test_extract_accepts_paths_and_tuples(jsonl: pathlib.Path) -> None:
    body: Dict[str, object] = {"a": jsonl, "b": ("name.txt", b"x"), "c": ("n.png", io.BytesIO(b"y"), "image/png")}
    files = extract_files(body, paths=[["a"], ["b"], ["c"]])
    assert [name for name, _ in files] == ["a", "b", "c"]


@pytest.mark.parametrize("bad", ["a string", 12, {"k": "v"}, ("only-name",), ("n", "str-content")])
def test_extract_rejects_non_files_naming_the_key(bad: object) -> None:
    with pytest.raises(RuntimeError) as info:
        extract_files({"file": bad}, paths=[["file"]])
    message = str(info.value)
    assert "`file`" in message
    assert "bytes" in message and "io.IOBase" in message and "PathLike" in message and "tuple" in message


def test_extract_rejects_bad_array_item_naming_the_array_key() -> None:
    with pytest.raises(RuntimeError, match=r"`image\[\]`"):
        extract_files({"image": [b"ok", "bad"]}, paths=[["image", "<array>"]])


def test_extract_rejects_a_string_path() -> None:
    with pytest.raises(TypeError, match="sequence of keys"):
        extract_files({"file": b"x"}, paths=["file"])


def test_is_file_content() -> None:
    assert is_file_content(b"x")
    assert is_file_content(io.BytesIO())
    assert is_file_content(pathlib.Path("x"))
    assert is_file_content(("a", b"b"))
    assert not is_file_content("x")
    assert not is_file_content(1)


# --- to_httpx_files -------------------------------------------------------------------------------------------


def test_to_httpx_files_names_and_content_types(jsonl: pathlib.Path, tmp_path: pathlib.Path) -> None:
    named = (tmp_path / "photo.png").open("wb+")
    named.write(b"png")
    named.seek(0)
    try:
        parts = to_httpx_files(
            [
                ("bytes", b"raw"),
                ("path", jsonl),
                ("named", named),
                ("anonymous", io.BytesIO(b"anon")),
                ("tuple2", ("doc.pdf", b"%PDF")),
                ("tuple3", ("data.bin", b"x", "application/x-custom")),
                ("tuple4", ("a.txt", b"t", None, {"X-Part": "1"})),
                ("tuple_path", ("renamed.jsonl", jsonl)),
                ("unknown_ext", ("file.zzzunknown", b"?")),
            ]
        )
    finally:
        named.close()
    assert parts is not None
    by_name: Dict[str, Tuple[Any, ...]] = {name: value for name, value in parts}  # type: ignore[misc]  # pyright: ignore[reportAssignmentType] -- parts are tuples here
    assert by_name["bytes"] == ("upload", b"raw", "application/octet-stream")
    assert by_name["path"][0] == "train.jsonl"
    assert by_name["path"][1] == b'{"prompt": "x"}\n'
    assert by_name["named"][0] == "photo.png"
    assert by_name["named"][2] == "image/png"
    assert by_name["anonymous"][0] == "upload"
    assert by_name["tuple2"] == ("doc.pdf", b"%PDF", "application/pdf")
    assert by_name["tuple3"] == ("data.bin", b"x", "application/x-custom")
    assert by_name["tuple4"] == ("a.txt", b"t", "text/plain", {"X-Part": "1"})
    assert by_name["tuple_path"][:2] == ("renamed.jsonl", b'{"prompt": "x"}\n')
    assert by_name["unknown_ext"][2] == "application/octet-stream"


def test_to_httpx_files_accepts_a_mapping_and_none() -> None:
    assert to_httpx_files(None) is None
    assert to_httpx_files({"file": b"x"}) == [("file", ("upload", b"x", "application/octet-stream"))]


def test_to_httpx_files_rejects_bad_values() -> None:
    with pytest.raises(RuntimeError, match="`file`"):
        to_httpx_files([("file", "not a file")])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType] -- invalid on purpose


async def test_async_to_httpx_files_reads_paths(jsonl: pathlib.Path) -> None:
    parts = await async_to_httpx_files([("file", jsonl), ("raw", b"x")])
    assert parts == [
        ("file", ("train.jsonl", b'{"prompt": "x"}\n', _guess("train.jsonl"))),
        ("raw", ("upload", b"x", "application/octet-stream")),
    ]


def _guess(filename: str) -> str:
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def test_file_from_path(jsonl: pathlib.Path) -> None:
    assert file_from_path(jsonl) == ("train.jsonl", b'{"prompt": "x"}\n')
    assert file_from_path(str(jsonl)) == ("train.jsonl", b'{"prompt": "x"}\n')


async def test_async_file_from_path(jsonl: pathlib.Path) -> None:
    assert await async_file_from_path(jsonl) == ("train.jsonl", b'{"prompt": "x"}\n')


# --- form fields and the wire ---------------------------------------------------------------------------------


def test_multipart_form_fields_follow_query_rules() -> None:
    body = {
        "purpose": "fine-tune",
        "timestamp_granularities": ["word", "segment"],
        "chunking": {"type": "static", "static": {"size": 800}},
        "stream": False,
        "prompt": None,
        "language": "",
        "temperature": omit,
    }
    assert multipart_form_fields(body) == [
        ("purpose", "fine-tune"),
        ("timestamp_granularities[]", "word"),
        ("timestamp_granularities[]", "segment"),
        ("chunking[type]", "static"),
        ("chunking[static][size]", "800"),
        ("stream", "false"),
    ]
    assert multipart_form_fields(None) == []


def test_multipart_form_fields_reject_non_mapping_bodies() -> None:
    with pytest.raises(RuntimeError, match="mapping"):
        multipart_form_fields(["a"])


def test_parts_encode_on_the_wire(jsonl: pathlib.Path) -> None:
    body: Dict[str, object] = {"purpose": "batch", "image": [b"one", ("two.png", b"two")], "file": jsonl}
    files = extract_files(body, paths=[["file"], ["image", "<array>"]])
    request = httpx.Request(
        "POST",
        "https://api.example.test/v1/files",
        data=dict(multipart_form_fields(body)),
        files=to_httpx_files(files),
    )
    content = request.read()
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'Content-Disposition: form-data; name="purpose"\r\n\r\nbatch' in content
    assert b'name="file"; filename="train.jsonl"' in content
    assert b'name="image[]"; filename="upload"\r\nContent-Type: application/octet-stream\r\n\r\none' in content
    assert b'name="image[]"; filename="two.png"\r\nContent-Type: image/png\r\n\r\ntwo' in content
    # Text fields come before file parts.
    assert content.index(b'name="purpose"') < content.index(b'name="file"')
