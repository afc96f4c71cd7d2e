"""Request building on the wire: URL joining, query encoding, JSON bodies, per-call options, multipart."""

from __future__ import annotations

import io
import json
import datetime
from pathlib import Path

import httpx
import pytest

from openai import NOT_GIVEN, BaseModel, omit, not_given
from openai._base_client import make_request_options

from .conftest import Harness, json_response


def ok(request: httpx.Request) -> httpx.Response:
    return json_response({"ok": True})


def body_of(request: httpx.Request) -> object:
    return json.loads(request.content)


async def test_path_is_joined_onto_base_url_with_trailing_slash(harness: Harness) -> None:
    client = harness.client(ok, base_url="http://h/v1")
    assert str(client.base_url) == "http://h/v1/"
    await harness.call(client.get("/models/m-1", cast_to=object))
    assert str(harness.requests[0].url) == "http://h/v1/models/m-1"


async def test_absolute_url_is_used_unchanged(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.get("https://other.example/path", cast_to=object))
    assert str(harness.requests[0].url) == "https://other.example/path"


async def test_base_url_setter_normalises(harness: Harness) -> None:
    client = harness.client(ok)
    client.base_url = "http://elsewhere/api"
    await harness.call(client.get("/x", cast_to=object))
    assert str(harness.requests[0].url) == "http://elsewhere/api/x"


async def test_query_uses_brackets_and_drops_none_and_empty(harness: Harness) -> None:
    client = harness.client(ok)
    params = {"ids": ["a", "b"], "nested": {"c": [True]}, "flag": False, "gone": None, "empty": "", "n": 3}
    await harness.call(client.get("/x", cast_to=object, options={"params": params}))
    assert harness.requests[0].url.query == b"ids%5B%5D=a&ids%5B%5D=b&nested%5Bc%5D%5B%5D=true&flag=false&n=3"


async def test_default_query_sits_beneath_call_params(harness: Harness) -> None:
    client = harness.client(ok, default_query={"a": "default", "b": "kept"})
    await harness.call(client.get("/x", cast_to=object, options=make_request_options(query={"a": "q"})))
    assert dict(harness.requests[0].url.params) == {"a": "q", "b": "kept"}


async def test_extra_query_overrides_method_query(harness: Harness) -> None:
    client = harness.client(ok)
    options = make_request_options(query={"limit": 2, "order": "asc"}, extra_query={"order": "desc"})
    await harness.call(client.get("/x", cast_to=object, options=options))
    assert dict(harness.requests[0].url.params) == {"limit": "2", "order": "desc"}


async def test_literal_query_in_path_is_merged(harness: Harness) -> None:
    client = harness.client(ok)
    options = make_request_options(query={"limit": 1, "beta": "false"})
    await harness.call(client.get("/responses?beta=true&x=1", cast_to=object, options=options))
    assert dict(harness.requests[0].url.params) == {"beta": "false", "x": "1", "limit": "1"}


async def test_sentinels_are_stripped_at_every_level_and_none_is_null(harness: Harness) -> None:
    client = harness.client(ok)
    body = {
        "model": "m",
        "temperature": None,
        "top_p": NOT_GIVEN,
        "stop": omit,
        "nested": {"keep": 1, "drop": not_given, "items": [{"a": omit, "b": 2}]},
    }
    await harness.call(client.post("/x", cast_to=object, body=body))
    assert body_of(harness.requests[0]) == {
        "model": "m",
        "temperature": None,
        "nested": {"keep": 1, "items": [{"b": 2}]},
    }


async def test_json_body_is_compact_and_keeps_non_ascii(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.post("/x", cast_to=object, body={"text": "héllo", "n": [1, 2]}))
    assert harness.requests[0].content == '{"text":"héllo","n":[1,2]}'.encode()


async def test_datetimes_models_and_generators_are_encoded(harness: Harness) -> None:
    class Item(BaseModel):
        name: str
        size: int = 0

    client = harness.client(ok)
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    body = {"when": when, "item": Item(name="a"), "gen": (i for i in range(3))}
    await harness.call(client.post("/x", cast_to=object, body=body))
    assert body_of(harness.requests[0]) == {"when": when.isoformat(), "item": {"name": "a"}, "gen": [0, 1, 2]}


async def test_nan_is_rejected(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(ValueError):
        await harness.call(client.post("/x", cast_to=object, body={"x": float("nan")}))
    assert harness.requests == []


async def test_extra_body_is_merged_over_the_body(harness: Harness) -> None:
    client = harness.client(ok)
    options = make_request_options(extra_body={"model": "override", "unknown": None})
    await harness.call(client.post("/x", cast_to=object, body={"model": "m", "n": 1}, options=options))
    assert body_of(harness.requests[0]) == {"model": "override", "n": 1, "unknown": None}


async def test_extra_body_without_body(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.post("/x", cast_to=object, options=make_request_options(extra_body={"a": 1})))
    assert body_of(harness.requests[0]) == {"a": 1}


async def test_extra_body_into_non_mapping_body_is_an_error(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(RuntimeError, match="extra_body"):
        await harness.call(
            client.post("/x", cast_to=object, body=[1, 2], options=make_request_options(extra_body={"a": 1}))
        )


async def test_per_call_timeout_reaches_the_transport(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.get("/x", cast_to=object, options=make_request_options(timeout=3.5)))
    assert harness.requests[0].extensions["timeout"] == httpx.Timeout(3.5).as_dict()


async def test_unknown_option_key_is_rejected(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(TypeError, match="bogus"):
        await harness.call(client.get("/x", cast_to=object, options={"bogus": 1}))  # type: ignore[typeddict-unknown-key]


def test_make_request_options_merges_headers_with_extra_winning() -> None:
    options = make_request_options(headers={"OpenAI-Beta": "assistants=v2"}, extra_headers={"OpenAI-Beta": "x"})
    assert options == {"headers": {"OpenAI-Beta": "x"}}
    assert make_request_options() == {}


def test_make_request_options_validates_security() -> None:
    assert make_request_options(security="admin") == {"security": "admin"}
    with pytest.raises(ValueError, match="security"):
        make_request_options(security="root")  # type: ignore[arg-type]


# -- multipart ---------------------------------------------------------------------------------------------------


def multipart_parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, content) of each part, parsed from the wire body."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts: list[tuple[str, str | None, bytes]] = []
    for raw in request.content.split(b"--" + boundary)[1:-1]:
        head, _, data = raw[2:-2].partition(b"\r\n\r\n")  # each part is framed by CRLF on both sides
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = disposition.split('filename="', 1)[1].split('"', 1)[0] if "filename=" in disposition else None
        parts.append((name, filename, data))
    return parts


MULTIPART = make_request_options(headers={"Content-Type": "multipart/form-data"})


async def test_multipart_sends_fields_then_files(harness: Harness, tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"{}\n")
    client = harness.client(ok)
    body = {"purpose": "fine-tune", "flags": [True, False], "meta": {"k": "v"}, "skip": None, "gone": omit}
    files = [("file", path), ("image[]", ("a.png", b"A", "image/png")), ("image[]", io.BytesIO(b"B"))]
    await harness.call(client.post("/files", cast_to=object, body=body, files=files, options=MULTIPART))
    parts = multipart_parts(harness.requests[0])
    assert parts == [
        ("purpose", None, b"fine-tune"),
        ("flags[]", None, b"true"),
        ("flags[]", None, b"false"),
        ("meta[k]", None, b"v"),
        ("file", "data.jsonl", b"{}\n"),
        ("image[]", "a.png", b"A"),
        ("image[]", "upload", b"B"),
    ]


async def test_multipart_without_files_is_still_multipart(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.post("/uploads/1/complete", cast_to=object, body={"part_ids": ["p"]}, options=MULTIPART))
    assert multipart_parts(harness.requests[0]) == [("part_ids[]", None, b"p")]


async def test_multipart_keeps_caller_boundary(harness: Harness) -> None:
    client = harness.client(ok)
    options = make_request_options(headers={"Content-Type": "multipart/form-data; boundary=my-boundary"})
    await harness.call(client.post("/files", cast_to=object, body={"a": "1"}, files=[("file", b"x")], options=options))
    request = harness.requests[0]
    assert request.headers["content-type"] == "multipart/form-data; boundary=my-boundary"
    assert b"--my-boundary\r\n" in request.content


async def test_extra_body_becomes_form_fields_for_multipart(harness: Harness) -> None:
    client = harness.client(ok)
    options = make_request_options(headers={"Content-Type": "multipart/form-data"}, extra_body={"extra": "yes"})
    await harness.call(client.post("/files", cast_to=object, body={"a": "1"}, files=[("file", b"x")], options=options))
    names = [name for name, _, _ in multipart_parts(harness.requests[0])]
    assert names == ["a", "extra", "file"]


async def test_invalid_file_value_names_the_field(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(RuntimeError, match="file"):
        await harness.call(client.post("/files", cast_to=object, body={}, files=[("file", 123)], options=MULTIPART))  # type: ignore[list-item]
