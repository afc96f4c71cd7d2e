"""Test helpers shared by the generated API tests: checking that a parsed value matches its declared type, and
standing in for Prism on binary-response routes."""

from __future__ import annotations

import os
import re
import types
import datetime
import contextlib
import urllib.error
import urllib.request
import collections.abc
from typing import Any, Union, Generator, cast

import httpx
import respx
import pydantic
from typing_extensions import Literal, Annotated, TypeAliasType, get_args, get_origin

__all__ = ["assert_matches_type", "binary_route"]

_NoneType = type(None)
_SEQUENCE_ORIGINS: tuple[object, ...] = (
    list,
    collections.abc.Sequence,
    collections.abc.Iterable,
    collections.abc.MutableSequence,
)
_MAPPING_ORIGINS: tuple[object, ...] = (dict, collections.abc.Mapping, collections.abc.MutableMapping)


def assert_matches_type(type_: object, value: object, *, path: list[str]) -> None:
    """Assert, recursively, that `value` is an instance of the type expression `type_`.

    Understands models (every field present in the data is checked against its annotation), lists, dicts, unions
    (including `Optional` and `X | Y`), `Literal`, `Annotated`, type aliases and plain classes. `path` names the
    value in failure messages, e.g. `["response", "data", "0", "id"]`.
    """
    where = ".".join(path) or "<value>"
    if isinstance(type_, TypeAliasType):
        assert_matches_type(type_.__value__, value, path=path)
        return
    if type_ is Any or type_ is object:
        return
    if type_ is None or type_ is _NoneType:
        assert value is None, f"{where}: expected None, got {value!r}"
        return
    origin = get_origin(type_)
    args = get_args(type_)
    if origin is Annotated:
        assert_matches_type(args[0], value, path=path)
        return
    if origin is Union or origin is types.UnionType:
        failures: list[str] = []
        for variant in args:
            try:
                assert_matches_type(variant, value, path=path)
            except AssertionError as exc:
                failures.append(str(exc))
            else:
                return
        raise AssertionError(f"{where}: {value!r} matches no member of {type_!r}:\n  " + "\n  ".join(failures))
    if origin is Literal:
        assert value in args, f"{where}: expected one of {args!r}, got {value!r}"
        return
    if origin in _SEQUENCE_ORIGINS:
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        item_type: object = args[0] if args else Any
        for index, item in enumerate(cast("list[object]", value)):
            assert_matches_type(item_type, item, path=[*path, str(index)])
        return
    if origin in _MAPPING_ORIGINS:
        assert isinstance(value, dict), f"{where}: expected a dict, got {type(value).__name__}"
        key_type: object = args[0] if args else Any
        value_type: object = args[1] if len(args) > 1 else Any
        for key, item in cast("dict[object, object]", value).items():
            assert_matches_type(key_type, key, path=[*path, f"<key {key!r}>"])
            assert_matches_type(value_type, item, path=[*path, str(key)])
        return
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        _assert_model(type_, value, path=path)
        return
    if isinstance(origin, type) and issubclass(origin, pydantic.BaseModel):
        # A parametrised generic model that was not materialised as its own class.
        _assert_model(origin, value, path=path)
        return
    if type_ is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (
            f"{where}: expected float, got {value!r}"
        )
        return
    if type_ is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: expected int, got {value!r}"
        return
    if type_ is datetime.datetime or type_ is datetime.date:
        assert isinstance(value, type_), f"{where}: expected {type_.__name__}, got {value!r}"
        return
    if isinstance(type_, type):
        assert isinstance(value, type_), f"{where}: expected {type_.__name__}, got {type(value).__name__}: {value!r}"
        return
    if origin is type:
        assert isinstance(value, type), f"{where}: expected a class, got {value!r}"
        return
    raise TypeError(f"assert_matches_type: unsupported type expression {type_!r} at {where}")


def _assert_model(model: type[pydantic.BaseModel], value: object, *, path: list[str]) -> None:
    where = ".".join(path) or "<value>"
    assert isinstance(value, model), f"{where}: expected {model.__name__}, got {type(value).__name__}: {value!r}"
    cls = type(value)
    if not cls.__pydantic_complete__:
        # Models are built lazily (`defer_build`), and until then field annotations may still be forward
        # references; building resolves them the same way parsing a response would.
        cls.model_rebuild()
    fields = cls.model_fields
    for name in sorted(value.model_fields_set):
        info = fields.get(name)
        if info is None:
            continue
        assert_matches_type(info.annotation, getattr(value, name), path=[*path, name])


BINARY_BODY = b"\x00binary-body\xff"


@contextlib.contextmanager
def binary_route(client: object, method: str, path: str) -> Generator[None, None, None]:
    """Answer the binary-response operation `method path` locally while the tests run against Prism.

    The SDK's `Accept` headers for binary bodies (`application/binary`, `application/octet-stream`, `*/*`) are
    fixed by the contract, but Prism answers `application/binary` with 406 and streams audio in a framing httpx
    rejects, so under `OPENAI_TEST_BACKEND=prism` these routes are mocked with respx (the request must still hit
    the spec path with the spec method, and nothing else may be sent meanwhile). The request is still shown to
    Prism, with `Accept: */*` and outside httpx, so that a request Prism rejects (422 and other client errors
    except 406) reaches the SDK as Prism's error response and fails the test. Against the built-in server the
    block runs unchanged.
    """
    if os.environ.get("OPENAI_TEST_BACKEND", "builtin").lower() != "prism":
        yield
        return
    base_url = getattr(client, "base_url", None)
    if not isinstance(base_url, httpx.URL):
        raise TypeError(f"binary_route needs an OpenAI/AsyncOpenAI client, got {type(client).__name__}")
    template = path.split("?", 1)[0]
    pattern = "".join(
        "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"({[^}]+})", template) if part
    )
    prefix = re.escape(base_url.raw_path.decode("ascii").rstrip("/"))
    with respx.mock(assert_all_called=True, assert_all_mocked=True) as router:
        router.route(method=method, path__regex=f"^{prefix}{pattern}$").mock(side_effect=_validated_by_prism)
        yield


_NOT_FORWARDED = frozenset({"accept", "accept-encoding", "content-length", "host", "connection"})


def _validated_by_prism(request: httpx.Request) -> httpx.Response:
    """Send `request` to Prism for validation only; answer with Prism's error or with `BINARY_BODY`."""
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _NOT_FORWARDED}
    headers["Accept"] = "*/*"
    forwarded = urllib.request.Request(
        str(request.url), data=request.content or None, headers=headers, method=request.method
    )
    try:
        with urllib.request.urlopen(forwarded, timeout=30) as reply:
            reply.read()
    except urllib.error.HTTPError as error:
        # 406 is Prism's content negotiation, which is exactly what this route stands in for.
        if error.code != 406:
            return httpx.Response(error.code, content=error.read(), headers={"content-type": "application/json"})
    return httpx.Response(200, content=BINARY_BODY, headers={"content-type": "application/octet-stream"})
