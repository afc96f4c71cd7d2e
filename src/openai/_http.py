"""The one place that turns request options into HTTP requests and HTTP responses into results.

Nothing else in the package builds an `httpx.Request` or decodes a response body, so a different HTTP library can
be added here without touching resources. Both halves are pure (no sending, no sleeping) and shared by the sync
and async clients:

- request side: URL join and query merging (`build_url`), case-insensitive header merging with `Omit` deletion
  (`merge_headers`), JSON/multipart body encoding (`encode_body`);
- response side: `parse_response` implements the parsing rules for every supported `cast_to` (models, pages,
  streams, binary content, scalars, `httpx.Response`), with the per-type classification cached so a hot call
  costs one dict lookup before decoding.
"""

from __future__ import annotations

import sys
import inspect
import logging
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Union, Optional, cast, get_args, get_origin
from urllib.parse import parse_qsl
from collections.abc import Mapping

import httpx

from ._qs import Querystring, stringify
from ._types import Omit, NotGiven, HttpxRequestFiles
from ._utils import clean_body, json_dumps
from ._constants import REQUEST_ID_HEADER, OVERRIDE_CAST_TO_HEADER
from ._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    from typing_extensions import Protocol

    from ._final_request_options import FinalRequestOptions

    class ResponseDataProcessor(Protocol):
        _strict_response_validation: bool

        def _process_response_data(self, *, data: object, cast_to: type[Any], response: httpx.Response) -> Any: ...


__all__ = [
    "build_url",
    "merge_headers",
    "encode_body",
    "is_multipart",
    "parse_response",
    "extract_stream_item_type",
    "set_request_id",
]

log = logging.getLogger("openai._base_client")

# --------------------------------------------------------------------------------------------------------------
# Request side
# --------------------------------------------------------------------------------------------------------------


def build_url(
    base_url: str,
    path: str,
    default_query: Mapping[str, object] | None,
    params: Mapping[str, object] | None,
    *,
    qs: Querystring | None = None,
) -> str:
    """Join `path` onto `base_url` (which ends in `/`) and append the merged, bracket-encoded query.

    An absolute URL is used as is. A literal query in `path` is kept; the client's default query sits beneath
    it and the call's own params win over both. `qs` is the client's query encoder (default: brackets).
    """
    path_query: list[tuple[str, str]] | None = None
    if "?" in path:
        path, _, raw_query = path.partition("?")
        path_query = parse_qsl(raw_query, keep_blank_values=True)

    if path.startswith(("http://", "https://")):
        url = path
    else:
        url = base_url + (path[1:] if path.startswith("/") else path)

    if not default_query and not params and not path_query:
        return url

    merged: dict[str, object] = {}
    if default_query:
        merged.update(default_query)
    if path_query:
        merged.update(path_query)
    if params:
        merged.update(params)
    query = stringify(merged) if qs is None else qs.stringify(merged)
    return f"{url}?{query}" if query else url


def merge_headers(headers: dict[str, str], overrides: Mapping[str, Any] | None) -> dict[str, str]:
    """Apply `overrides` onto `headers` in place, case-insensitively; `Omit`/`NotGiven` values delete.

    A replaced header keeps its original position (and spelling) so the wire order stays the documented one.
    """
    if not overrides:
        return headers
    index = {key.lower(): key for key in headers}
    for key, value in overrides.items():
        if key == OVERRIDE_CAST_TO_HEADER:
            continue  # an in-process marker for custom response classes, never sent
        lowered = key.lower()
        existing = index.get(lowered)
        if isinstance(value, (Omit, NotGiven)):
            if existing is not None:
                del headers[existing]
                del index[lowered]
            continue
        if not isinstance(value, str):
            raise TypeError(f"Header {key!r} must be a string (or omit), got {type(value).__name__}")
        if existing is not None:
            headers[existing] = value
        else:
            headers[key] = value
            index[lowered] = key
    return headers


def header_names_lower(headers: Mapping[str, Any] | None) -> frozenset[str]:
    if not headers:
        return frozenset()
    return frozenset(key.lower() for key in headers)


def is_multipart(headers: Mapping[str, str]) -> bool:
    content_type = _get_ci(headers, "content-type")
    return content_type is not None and content_type.lower().startswith("multipart/form-data")


def _get_ci(headers: Mapping[str, str], lowered_name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == lowered_name:
            return value
    return None


def _pop_ci(headers: dict[str, str], lowered_name: str) -> None:
    for key in [key for key in headers if key.lower() == lowered_name]:
        del headers[key]


class _MultipartOnlyFields(Dict[str, Any]):
    """An empty `files` mapping that is truthy.

    httpx chooses multipart encoding only when `files` is truthy; a multipart endpoint called without any file
    (all fields are text) must still be sent as multipart/form-data.
    """

    def __bool__(self) -> bool:
        return True


BodyParts = Tuple[Any, Optional[Dict[str, Union[str, List[str]]]], Optional[HttpxRequestFiles]]


def encode_body(
    options: FinalRequestOptions,
    headers: dict[str, str],
    files: HttpxRequestFiles | None,
) -> BodyParts:
    """Encode the body of `options` as `(content, form_data, files)` for the HTTP library.

    Sentinel values are stripped at every level; `extra_json` is merged over the body. GET requests carry no
    body and no Content-Type. Multipart requests (files given, or a multipart Content-Type set by the method)
    send the body's fields as form fields; a Content-Type without a boundary is dropped so the library
    generates one, while a caller-supplied boundary is kept.
    """
    method = options.method
    if options.content is not None and method != "get":
        return _raw_content(options), None, None
    body = options.json_data
    if body is not None:
        body = clean_body(body)
    if options.extra_json is not None:
        if body is None:
            body = dict(options.extra_json)
        elif isinstance(body, Mapping):
            body = {**cast("Mapping[str, object]", body), **options.extra_json}
        else:
            raise RuntimeError(
                f"Cannot merge `extra_body` into a request body of type {type(body).__name__}; "
                "the body must be a mapping"
            )

    if method == "get":
        _pop_ci(headers, "content-type")
        return None, None, None

    if files is not None or is_multipart(headers):
        content_type = _get_ci(headers, "content-type")
        if content_type is None or "boundary" not in content_type:
            _pop_ci(headers, "content-type")
        form: dict[str, str | list[str]] = {}
        if body is not None:
            if not isinstance(body, Mapping):
                raise TypeError(f"A multipart request body must be a mapping, got {type(body).__name__}")
            from ._files import multipart_form_fields

            for name, value in multipart_form_fields(cast("Mapping[str, object]", body)):
                existing = form.get(name)
                if existing is None:
                    form[name] = value
                elif isinstance(existing, list):
                    existing.append(value)
                else:
                    form[name] = [existing, value]
        return None, form, files if files else _MultipartOnlyFields()

    if body is None:
        return None, None, None
    return json_dumps(body), None, None


def _raw_content(options: FinalRequestOptions) -> Any:
    """The `content=` body as the HTTP library takes it: bytes (files were read when the call was set up, so a
    retry resends them), or an iterable / async iterable of chunks, streamed. The Content-Type is the caller's."""
    if options.extra_json is not None:
        raise TypeError("`extra_body` cannot be merged into a raw `content` body")
    if options.json_data is not None:
        raise TypeError("Passing both `content` and `json_data` is not supported: pass one request body")
    return options.content


# --------------------------------------------------------------------------------------------------------------
# HTTP library: httpx, or its maintained fork httpx2 when the caller hands us one of its clients
# --------------------------------------------------------------------------------------------------------------


def is_httpx2_client(client: object) -> bool:
    """Whether `client` is an `httpx2.Client` / `httpx2.AsyncClient` (the fork shares httpx's API, not its types)."""
    return type(client).__module__.split(".", 1)[0] == "httpx2" or any(
        base.__module__.split(".", 1)[0] == "httpx2" for base in type(client).__mro__
    )


def is_supported_client(client: object, *, is_async: bool) -> bool:
    if isinstance(client, httpx.AsyncClient if is_async else httpx.Client):
        return True
    httpx2 = sys.modules.get("httpx2")
    return httpx2 is not None and isinstance(client, httpx2.AsyncClient if is_async else httpx2.Client)


def is_timeout_error(error: BaseException) -> bool:
    """A timeout raised by either HTTP library."""
    if isinstance(error, httpx.TimeoutException):
        return True
    httpx2 = sys.modules.get("httpx2")
    return httpx2 is not None and isinstance(error, httpx2.TimeoutException)


def library_errors(name: str) -> tuple[type[BaseException], ...]:
    """The exception class `name` of httpx, plus httpx2's when httpx2 is in use, for `except` clauses.

    Only evaluated when an exception is being handled, so the lookup costs nothing on the success path.
    """
    classes: list[type[BaseException]] = [getattr(httpx, name)]
    httpx2 = sys.modules.get("httpx2")
    if httpx2 is not None:
        twin = getattr(httpx2, name, None)
        if isinstance(twin, type) and issubclass(twin, BaseException):
            classes.append(twin)
    return tuple(classes)


def _is_httpx2_object(value: object) -> bool:
    return type(value).__module__.split(".", 1)[0] == "httpx2"


def as_httpx_timeout(timeout: Any) -> float | httpx.Timeout | None:
    """`timeout` with an `httpx2.Timeout` turned into the `httpx.Timeout` of the same phases; others unchanged.

    The SDK works on `httpx.Timeout` internally (deadline capping, the read-timeout header); `library_timeout`
    converts back for httpx2 clients when the request is built.
    """
    if timeout is None or isinstance(timeout, (int, float, httpx.Timeout)):
        return cast("float | httpx.Timeout | None", timeout)
    if _is_httpx2_object(timeout):
        phases: dict[str, Any] = timeout.as_dict()
        return httpx.Timeout(**phases)
    return cast("float | httpx.Timeout | None", timeout)


def library_timeout(timeout: float | httpx.Timeout | None, *, httpx2: bool) -> Any:
    """`timeout` in the form the client's library accepts (httpx2 has its own `Timeout` class)."""
    if not httpx2 or not isinstance(timeout, httpx.Timeout):
        return timeout
    import httpx2 as library

    return library.Timeout(**timeout.as_dict())


def client_timeout(client: Any) -> httpx.Timeout:
    """A client's configured timeout as an `httpx.Timeout`, whichever library the client comes from."""
    timeout = client.timeout
    if isinstance(timeout, httpx.Timeout):
        return timeout
    phases: dict[str, Any] = timeout.as_dict()
    return httpx.Timeout(**phases)


# --------------------------------------------------------------------------------------------------------------
# Response side
# --------------------------------------------------------------------------------------------------------------

# How a `cast_to` is turned into a value; computed once per type and cached in `_KIND_CACHE`.
_NONE, _STR, _BYTES, _INT, _FLOAT, _BOOL, _RESPONSE, _BINARY, _OBJECT, _MODEL, _PAGE, _TYPED = range(12)

_KIND_CACHE: dict[object, int] = {}


def _classify(cast_to: Any) -> int:
    try:
        return _KIND_CACHE[cast_to]
    except (KeyError, TypeError):
        pass
    kind = _compute_kind(cast_to)
    try:
        _KIND_CACHE[cast_to] = kind
    except TypeError:  # unhashable type expression: classify again next time
        pass
    return kind


def _compute_kind(cast_to: Any) -> int:
    import pydantic

    from ._models import BaseModel
    from .pagination import BasePage
    from ._legacy_response import HttpxBinaryResponseContent

    if cast_to is None or cast_to is type(None):
        return _NONE
    if cast_to is str:
        return _STR
    if cast_to is bytes:
        return _BYTES
    if cast_to is int:
        return _INT
    if cast_to is float:
        return _FLOAT
    if cast_to is bool:
        return _BOOL
    if cast_to is object:
        return _OBJECT
    origin = get_origin(cast_to) or cast_to
    if inspect.isclass(origin):
        if issubclass(origin, httpx.Response) or _is_httpx2_response_class(origin):
            if origin is not httpx.Response and not _is_httpx2_response_class(origin, exact=True):
                raise ValueError(f"Subclasses of httpx.Response cannot be passed to `cast_to`, got {origin!r}")
            # Either library's `Response` class returns the response the client received, whichever it is.
            return _RESPONSE
        if issubclass(origin, HttpxBinaryResponseContent):
            return _BINARY
        if issubclass(origin, BasePage):
            return _PAGE
        if issubclass(origin, pydantic.BaseModel):
            if not issubclass(origin, BaseModel):
                raise TypeError(
                    f"Pydantic models must subclass openai.BaseModel to be used as a response type, got {origin!r}"
                )
            return _MODEL
    return _TYPED


def _is_httpx2_response_class(cls: type[Any], *, exact: bool = False) -> bool:
    httpx2 = sys.modules.get("httpx2")
    if httpx2 is None:
        return False
    response_cls: type[Any] = httpx2.Response
    return cls is response_cls if exact else issubclass(cls, response_cls)


def extract_stream_item_type(stream_cls: type[Any]) -> type[Any]:
    """The item type of a stream class: `Stream[Chunk]` → `Chunk` (also through subclasses of it)."""
    args = get_args(stream_cls)
    if args:
        return cast("type[Any]", args[0])
    for base in getattr(stream_cls, "__orig_bases__", ()):
        args = get_args(base)
        if args:
            return cast("type[Any]", args[0])
    args = _pydantic_generic_args(stream_cls)
    if args:
        return cast("type[Any]", args[0])
    raise TypeError(f"Expected a parametrised stream class such as Stream[Chunk], got {stream_cls!r}")


def content_type_of(response: httpx.Response) -> str:
    header: str = response.headers.get("content-type", "")
    return header.split(";", 1)[0].strip()


def decode_json(content: bytes) -> object:
    import jiter

    return jiter.from_json(content)


def set_request_id(value: object, response: httpx.Response) -> None:
    """Attach `x-request-id` to a top-level model result as `_request_id`."""
    # Imported here, not at module level, so that `import openai` does not pull in pydantic.
    from ._models import BaseModel

    if isinstance(value, BaseModel):
        headers = response.headers
        # `object.__setattr__` has the effect of an assignment (the `_request_id` property's setter runs; the
        # headers land in the instance's `__dict__`) without pydantic's attribute dispatch.
        object.__setattr__(value, "_request_id", _request_id_of(headers))
        # Kept (not parsed) so `RateLimits.of(result)` can read the rate-limit headers later at no cost now.
        object.__setattr__(value, "_response_headers", headers)


_REQUEST_ID_KEY = REQUEST_ID_HEADER.encode("ascii")


def _request_id_of(headers: Any) -> Optional[str]:
    """``headers.get("x-request-id")``, without httpx's normalising of every header for the usual single value."""
    if type(headers) is httpx.Headers:
        found = [value for name, value in headers.raw if name.lower() == _REQUEST_ID_KEY]
        if len(found) == 1 and found[0].isascii():
            return found[0].decode("ascii")  # every header encoding httpx may pick decodes ASCII the same way
    return cast(Optional[str], headers.get(REQUEST_ID_HEADER))


def parse_response(
    *,
    cast_to: Any,
    response: httpx.Response,
    client: Any,
    options: FinalRequestOptions,
    stream: bool,
    stream_cls: type[Any] | None,
) -> Any:
    """Turn a successful response into the value the call returns.

    The body must already be read unless `stream` is set (streams read lazily) or `cast_to` is
    `httpx.Response`/binary content. Post-parsers run on the parsed value.
    """
    if stream:
        cls = stream_cls if stream_cls is not None else getattr(client, "_default_stream_cls", None)
        if cls is None:
            from ._exceptions import MissingStreamClassError

            raise MissingStreamClassError()
        origin = get_origin(cls) or cls
        item_type = extract_stream_item_type(cls)
        # The stream reads per-call settings (e.g. `synthesize_event_and_data`) from the options.
        return origin(cast_to=item_type, response=response, client=client, options=options)

    result = _parse_value(cast_to, response, client, options)
    post_parser = options.post_parser
    if not isinstance(post_parser, NotGiven):
        parsed = result
        result = post_parser(result)
        if result is not parsed:
            # A post-parser that builds a new model (embeddings' base64 decoding, `parse()` helpers) would
            # otherwise drop the request id and the rate-limit headers attached to the parsed value.
            set_request_id(result, response)
    return result


def _parse_value(cast_to: Any, response: httpx.Response, client: Any, options: FinalRequestOptions) -> Any:
    kind = _classify(cast_to)
    if kind == _NONE:
        return None
    if kind == _RESPONSE:
        return response
    if kind == _BINARY:
        return cast_to(response)
    if kind == _STR:
        return response.text
    if kind == _BYTES:
        return response.content
    if kind == _INT:
        return int(response.text)
    if kind == _FLOAT:
        return float(response.text)
    if kind == _BOOL:
        return response.text.lower() == "true"

    content = response.content
    content_type = content_type_of(response)
    if content_type.endswith("json"):
        if kind != _OBJECT and not _is_json_null(content):
            # Fast path: pydantic validates straight from the bytes without building Python objects first.
            try:
                result = _parse_json(content, cast_to, response, client._strict_response_validation)
            except ValueError as err:
                if isinstance(err, APIResponseValidationError):
                    raise
                raise invalid_body(response, "The response body is not valid JSON") from err
            if kind in (_MODEL, _PAGE) and not isinstance(result, _model_base()):
                raise invalid_body(response, f"Expected a JSON object for `{_type_name(cast_to)}`")
            if kind == _PAGE:
                result._set_private_attributes(client=client, model=_page_item_type(cast_to), options=options)
            set_request_id(result, response)
            return result
        try:
            data = decode_json(content)
        except ValueError as err:
            raise invalid_body(response, "The response body is not valid JSON") from err
    else:
        try:
            data = decode_json(content)
        except ValueError:
            if kind == _OBJECT:
                return response.text
            if client._strict_response_validation:
                raise APIResponseValidationError(
                    response=response,
                    message=(
                        "Expected Content-Type response header to be `application/json` "
                        f"but received `{content_type}` instead."
                    ),
                    body=body_excerpt(response),
                ) from None
            if kind in (_MODEL, _PAGE) or content_type == "text/html" or not _declares_text(options):
                # A proxy's error page or a body cut short: never hand a `str` to code typed for a model.
                raise invalid_body(
                    response,
                    f"Expected a JSON body but received `{content_type or 'no content type'}` that does not decode",
                ) from None
            return response.text

    if kind == _OBJECT or data is None:
        return data
    if kind in (_MODEL, _PAGE) and not isinstance(data, dict):
        raise invalid_body(response, f"Expected a JSON object for `{_type_name(cast_to)}`")
    result = client._process_response_data(data=data, cast_to=cast_to, response=response)
    if kind == _PAGE:
        result._set_private_attributes(client=client, model=_page_item_type(cast_to), options=options)
    set_request_id(result, response)
    return result


_EXCERPT_LIMIT = 500
_TEXT_FORMATS = frozenset({"text", "srt", "vtt"})


def body_excerpt(response: httpx.Response) -> str:
    """The start of the body, for error messages and `APIResponseValidationError.body` (only the response's own
    bytes: request headers, and so the API key, never appear in it)."""
    content = response.content
    text = content[:_EXCERPT_LIMIT].decode("utf-8", errors="replace")
    return text + "..." if len(content) > _EXCERPT_LIMIT else text


def invalid_body(response: httpx.Response, reason: str) -> APIResponseValidationError:
    excerpt = body_excerpt(response)
    short = excerpt if len(excerpt) <= 80 else excerpt[:80] + "..."
    return APIResponseValidationError(
        response=response,
        body=excerpt,
        message=f"{reason} (status {response.status_code}, body starts {short!r}).",
    )


def _declares_text(options: FinalRequestOptions) -> bool:
    """Whether the call asked for a plain-text result (`response_format` of the audio endpoints)."""
    body = options.json_data
    if isinstance(body, Mapping):
        fmt = cast("Mapping[str, object]", body).get("response_format")
        return isinstance(fmt, str) and fmt in _TEXT_FORMATS
    return False


def _model_base() -> type[Any]:
    import pydantic

    return pydantic.BaseModel


def _type_name(cast_to: Any) -> str:
    return getattr(cast_to, "__name__", None) or repr(cast_to)


def _pydantic_generic_args(cls: object) -> tuple[Any, ...]:
    # Parametrised pydantic generics (`SyncCursorPage[FileObject]`) are real subclasses recording their arguments.
    metadata: Any = getattr(cls, "__pydantic_generic_metadata__", None)
    if isinstance(metadata, dict):
        args: Any = cast("dict[str, Any]", metadata).get("args")
        if isinstance(args, tuple):
            return args  # pyright: ignore[reportUnknownVariableType] # generic arguments are arbitrary types
    return ()


def _page_item_type(page_cls: Any) -> Any:
    args = _pydantic_generic_args(page_cls) or get_args(page_cls)
    return args[0] if args else object


def _is_json_null(content: bytes) -> bool:
    # Length first: hashing or stripping a large body just to rule out `null` would cost a full pass over it.
    return len(content) <= 16 and content.strip() == b"null"


def _parse_json(content: bytes, cast_to: Any, response: httpx.Response, strict: bool) -> Any:
    import pydantic

    from ._models import parse_json

    if not strict:
        return parse_json(content, cast_to, strict=False)
    try:
        return parse_json(content, cast_to, strict=True)
    except pydantic.ValidationError as err:
        raise APIResponseValidationError(response=response, body=decode_json(content)) from err


def process_response_data(*, data: object, cast_to: Any, response: httpx.Response, strict: bool) -> Any:
    """Parse decoded JSON into `cast_to`; strict mode turns validation failures into the SDK's error."""
    import pydantic

    from ._models import parse_data

    if not strict:
        return parse_data(data, cast_to, strict=False)
    try:
        return parse_data(data, cast_to, strict=True)
    except pydantic.ValidationError as err:
        raise APIResponseValidationError(response=response, body=data) from err
