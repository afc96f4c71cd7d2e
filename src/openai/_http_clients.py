"""HTTP clients with the SDK's defaults, and the self-healing clients the SDK creates when none is given.

`DefaultHttpxClient` / `DefaultAsyncHttpxClient` / `DefaultAioHttpClient` are what users pass as `http_client`
to keep the SDK's defaults (600 s timeout with 5 s connect, 1000 connections, redirects followed) while
customising something else. The `*Wrapper` classes are the SDK-owned clients: they close themselves when
garbage-collected, start a fresh pool in a forked child, (async) start a fresh pool for a new event loop, and
drop an Azure `api-key` header when a redirect leaves the origin (as httpx does for `Authorization`).
"""

from __future__ import annotations

import os
import ssl
import sys
import weakref
from typing import TYPE_CHECKING, Any, Mapping, cast

import httpx

from ._constants import DEFAULT_TIMEOUT, DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    from httpx._types import (  # pyright: ignore[reportPrivateImportUsage]  # httpx exports no public aliases
        CertTypes,
        CookieTypes,
        HeaderTypes,
        RequestData,
        RequestFiles,
        TimeoutTypes,
        RequestContent,
        QueryParamTypes,
        RequestExtensions,
    )
    from httpx._client import UseClientDefault  # pyright: ignore[reportPrivateImportUsage]

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "DefaultAsyncHttpx2Client",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
]


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class _ResponseCookies(httpx.Cookies):
    """The client's cookie jar; a response is only handed to the jar when it sets a cookie.

    httpx passes every response through `http.cookiejar`, which wraps it in adapter objects and scans its headers
    even when there is nothing to store (about 50 us per call); the jar's contents are the same either way.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


# Distinct (client headers, request headers) pairs remembered per client; the SDK sends the same few again and again.
_MERGED_HEADERS_LIMIT = 64


def _remembered_merge_headers(self: Any, headers: HeaderTypes | None = None) -> HeaderTypes | None:
    """``_merge_headers`` of the default clients: httpx's merge of the client's headers with a request's,
    remembered for header sets seen before.

    httpx normalises and merges both sets for every request (about half of building one); the SDK sends the same
    headers call after call. The key is the client's headers as they are now (so changing them is seen) and the
    request's in order; each call gets its own copy of the merged result.
    """
    if not isinstance(headers, dict):
        return _httpx_merge_headers(self, headers)
    cache: dict[Any, HeaderTypes | None] = self._sdk_merged_headers
    request_headers: Mapping[Any, Any] = headers
    try:
        key = (tuple(self.headers.raw), tuple(request_headers.items()))
        merged = cache.get(key)
    except TypeError:  # a value that cannot be hashed: merged afresh
        return _httpx_merge_headers(self, headers)
    if merged is None:
        merged = _httpx_merge_headers(self, headers)
        if len(cache) >= _MERGED_HEADERS_LIMIT:
            cache.clear()
        cache[key] = merged
    return httpx.Headers(merged)


# Header names whose presence in a request's headers leaves the request to httpx's own builder (it treats them
# specially: a caller-set Host, Content-Length or Transfer-Encoding replaces the one it would add).
_SPECIAL_HEADERS = ("host", "content-length", "transfer-encoding")
_NOT_PREBUILT = httpx.Headers()  # cache marker: requests with these headers are built by httpx


def _prebuilt_request(
    cache: dict[Any, httpx.Headers],
    client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: object,
    content: object,
    headers: Any,
    timeout: object,
) -> httpx.Request | None:
    """The request httpx's ``build_request`` builds for the SDK's usual call, from a remembered head; else None.

    The usual call is a bytes body, an absolute `httpx.URL` and a dict of headers, on a client without
    query parameters or cookies of its own. httpx normalises and merges the headers, adds ``Host`` first and
    ``Content-Length`` last, and normalises the whole list once more, for every request. Here the head (``Host``
    and the merged headers) is remembered per client headers, request headers and host, and each request gets
    a copy with its ``Content-Length``: the same method, URL, headers in the same order, extensions and body.
    """
    request_headers: dict[Any, Any] = headers
    if type(content) is not bytes or not content or type(url) is not httpx.URL or type(request_headers) is not dict:
        return None
    if not url.is_absolute_url or not url.host or client.params or client.cookies:
        return None
    try:
        key = (tuple(client.headers.raw), tuple(request_headers.items()), url.netloc)
        head = cache.get(key)
    except TypeError:  # a value that cannot be hashed
        return None
    if head is None:
        merged = httpx.Headers(client._merge_headers(request_headers))  # pyright: ignore[reportPrivateUsage]
        if any(name in merged for name in _SPECIAL_HEADERS):
            head = _NOT_PREBUILT
        else:
            head = httpx.Headers([(b"Host", url.netloc), *merged.raw])
        if len(cache) >= _MERGED_HEADERS_LIMIT:
            cache.clear()
        cache[key] = head
    if head is _NOT_PREBUILT:
        return None
    timeouts = client.timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(cast(Any, timeout))
    request = httpx.Request(
        method, url, headers=head, stream=httpx.ByteStream(content), extensions={"timeout": timeouts.as_dict()}
    )
    request.headers["Content-Length"] = str(len(content))
    request.read()
    return request


def _build_request(
    self: Any,
    method: str,
    url: httpx.URL | str,
    *,
    content: RequestContent | None = None,
    data: RequestData | None = None,
    files: RequestFiles | None = None,
    json: Any | None = None,
    params: QueryParamTypes | None = None,
    headers: HeaderTypes | None = None,
    cookies: CookieTypes | None = None,
    timeout: TimeoutTypes | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    extensions: RequestExtensions | None = None,
) -> httpx.Request:
    """``build_request`` of the default clients: httpx's, with the SDK's usual request built from a remembered head
    (see `_prebuilt_request`). One function for the sync and async clients, as httpx has one for both."""
    if data is None and files is None and json is None and params is None and cookies is None and not extensions:
        request = _prebuilt_request(self._sdk_request_heads, self, method, url, content, headers, timeout)
        if request is not None:
            return request
    return _httpx_build_request(
        self,
        method,
        url,
        content=content,
        data=data,
        files=files,
        json=json,
        params=params,
        headers=headers,
        cookies=cookies,
        timeout=timeout,
        extensions=extensions,
    )


# httpx's builder and header merge, shared by `httpx.Client` and `httpx.AsyncClient`.
_httpx_build_request = httpx.Client.build_request
_httpx_merge_headers = httpx.Client._merge_headers  # pyright: ignore[reportPrivateUsage]


def _init_sdk_state(client: httpx.Client | httpx.AsyncClient) -> None:
    """The state the default clients add to httpx's: their cookie jar and the remembered header merges and heads."""
    untyped: Any = client
    untyped._cookies = _ResponseCookies(client.cookies)
    untyped._sdk_merged_headers = {}
    untyped._sdk_request_heads = {}


def _default_sync_transport(
    verify: ssl.SSLContext | str | bool = True,
    cert: CertTypes | None = None,
    trust_env: bool = True,
    http1: bool = True,
    http2: bool = False,
    limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
    retries: int = 0,
) -> httpx.BaseTransport:
    # The SDK's own HTTP/1.1 connections; HTTP/2 (or an HTTP/1.1-less setup) stays with httpcore's.
    if http2 or not http1:
        return httpx.HTTPTransport(
            verify=verify, cert=cert, trust_env=trust_env, http1=http1, http2=http2, limits=limits, retries=retries
        )
    # Imported here: the transport needs httpcore, which `import openai` should not pay for before a client exists.
    from ._http11 import SyncPoolTransport

    return SyncPoolTransport(verify=verify, cert=cert, trust_env=trust_env, limits=limits, retries=retries)


class DefaultHttpxClient(httpx.Client):
    """`httpx.Client` with the SDK's defaults (600 s timeout with 5 s connect, 1000 connections, redirects on).

    Requests go through `SyncPoolTransport`, an `httpx.HTTPTransport` subclass on the SDK's HTTP/1.1 connections
    built on httpcore's pool; while pytest-httpx, vcrpy or respx patch httpx's or httpcore's request method, every
    request goes through it.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
        _init_sdk_state(self)

    _merge_headers = _remembered_merge_headers
    build_request = _build_request

    def _init_transport(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        transport: httpx.BaseTransport | None = None,
    ) -> httpx.BaseTransport:
        # Overridden (rather than passing `transport=`) so that httpx still mounts its proxy transports from the
        # environment: it only reads proxy variables when no transport is given.
        if transport is not None:
            return transport
        return _default_sync_transport(
            verify=verify, cert=cert, trust_env=trust_env, http1=http1, http2=http2, limits=limits
        )


def _default_async_transport(
    verify: ssl.SSLContext | str | bool = True,
    cert: CertTypes | None = None,
    trust_env: bool = True,
    http1: bool = True,
    http2: bool = False,
    limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
    retries: int = 0,
) -> httpx.AsyncBaseTransport:
    # The SDK's own pool serves HTTP/1.1; HTTP/2 (or an HTTP/1.1-less setup) stays with httpcore's pool.
    if http2 or not http1:
        return httpx.AsyncHTTPTransport(
            verify=verify, cert=cert, trust_env=trust_env, http1=http1, http2=http2, limits=limits, retries=retries
        )
    # Imported here: the pool needs httpcore, which `import openai` should not pay for before a client exists.
    from ._transports import AsyncPoolTransport

    return AsyncPoolTransport(verify=verify, cert=cert, trust_env=trust_env, limits=limits, retries=retries)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """`httpx.AsyncClient` with the same defaults as `DefaultHttpxClient`, on the SDK's HTTP/1.1 connection pool.

    The pool lives behind an `httpx.AsyncHTTPTransport` subclass (`AsyncPoolTransport`) that inherits httpx's
    `handle_async_request`, so tools that patch httpx's transport (pytest-httpx, vcrpy, respx) see every request.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
        _init_sdk_state(self)

    _merge_headers = _remembered_merge_headers
    build_request = _build_request

    def _init_transport(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> httpx.AsyncBaseTransport:
        # Overridden (rather than passing `transport=`) so that httpx still mounts its proxy transports from the
        # environment: it only reads proxy variables when no transport is given.
        if transport is not None:
            return transport
        return _default_async_transport(
            verify=verify, cert=cert, trust_env=trust_env, http1=http1, http2=http2, limits=limits
        )


class DefaultAioHttpClient(httpx.AsyncClient):
    """`httpx.AsyncClient` running on aiohttp (needs the `aiohttp` extra: `pip install openai[aiohttp]`)."""

    def __init__(self, **kwargs: Any) -> None:
        try:
            import httpx_aiohttp
        except ImportError as err:
            raise RuntimeError(
                "DefaultAioHttpClient needs the `aiohttp` extra; install it with `pip install openai[aiohttp]`"
            ) from err
        kwargs.setdefault("transport", httpx_aiohttp.AiohttpTransport())
        super().__init__(**_with_defaults(kwargs))
        _init_sdk_state(self)

    _merge_headers = _remembered_merge_headers
    build_request = _build_request


def _httpx2_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    try:
        import httpx2
    except ImportError as err:
        raise RuntimeError(
            "The httpx2 client needs the `httpx2` package; install it with `pip install httpx2`"
        ) from err
    kwargs.setdefault("timeout", httpx2.Timeout(timeout=600, connect=5.0))
    kwargs.setdefault("limits", httpx2.Limits(max_connections=1000, max_keepalive_connections=100))
    kwargs.setdefault("follow_redirects", True)
    return kwargs


def DefaultHttpx2Client(**kwargs: Any) -> Any:
    """An `httpx2.Client` with the SDK's defaults (timeout, connection limits, redirects)."""
    import httpx2

    return httpx2.Client(**_httpx2_defaults(kwargs))


def DefaultAsyncHttpx2Client(**kwargs: Any) -> Any:
    """An `httpx2.AsyncClient` with the SDK's defaults (timeout, connection limits, redirects)."""
    import httpx2

    return httpx2.AsyncClient(**_httpx2_defaults(kwargs))


_TRANSPORT_OPTIONS = ("verify", "cert", "http1", "http2", "limits", "trust_env", "retries")


def _transport_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    return {key: kwargs[key] for key in _TRANSPORT_OPTIONS if key in kwargs}


def _strip_api_key_across_origins(headers: httpx.Headers, source: httpx.URL, target: httpx.URL) -> httpx.Headers:
    # httpx drops `Authorization` when a redirect leaves the origin; Azure's `api-key` is a credential as well.
    if (source.scheme, source.host, source.port) != (target.scheme, target.host, target.port):
        headers.pop("api-key", None)
    return headers


class SyncHttpxClientWrapper(DefaultHttpxClient):
    """The client the SDK creates itself when none is given.

    It releases its pool when garbage-collected, and a process forked after connections were opened gets a
    fresh pool on first use (sockets inherited from the parent must not be shared between two processes).
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs = _with_defaults(kwargs)
        self._fresh_transport_kwargs = None if "transport" in kwargs else _transport_kwargs(kwargs)
        self._pid = os.getpid()
        super().__init__(**kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self._pid != os.getpid():
            self._after_fork()
        return super().send(request, **kwargs)

    def _redirect_headers(self, request: httpx.Request, url: httpx.URL, method: str) -> httpx.Headers:
        headers = super()._redirect_headers(request, url, method)
        return _strip_api_key_across_origins(headers, request.url, url)

    def _after_fork(self) -> None:
        self._pid = os.getpid()
        if self._fresh_transport_kwargs is not None:
            # The parent's connections are abandoned, not closed: closing them here would close the parent's.
            self._transport = _default_sync_transport(**self._fresh_transport_kwargs)

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:  # interpreter shutdown or a half-built client: nothing useful to report
            pass


def _running_asyncio_loop() -> Any:
    """The running asyncio loop, or None (no loop, or another async library such as trio)."""
    asyncio_module = sys.modules.get("asyncio")
    if asyncio_module is None:
        return None
    try:
        return asyncio_module.get_running_loop()
    except RuntimeError:
        return None


class AsyncHttpxClientWrapper(DefaultAsyncHttpxClient):
    """Async twin of `SyncHttpxClientWrapper`, bound to the event loop that uses it.

    Connections belong to the event loop that opened them. When the client is used from another loop
    (successive `asyncio.run()` calls, per-test loops, a fixture loop closing what a test loop used), it starts a
    fresh pool for that loop instead of failing with "Event loop is closed"; closing it from another loop
    likewise leaves the foreign connections alone.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs = _with_defaults(kwargs)
        self._fresh_transport_kwargs = None if "transport" in kwargs else _transport_kwargs(kwargs)
        self._loop_ref: weakref.ref[Any] | None = None
        super().__init__(**kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._bind_to_running_loop()
        return await super().send(request, **kwargs)

    def _redirect_headers(self, request: httpx.Request, url: httpx.URL, method: str) -> httpx.Headers:
        headers = super()._redirect_headers(request, url, method)
        return _strip_api_key_across_origins(headers, request.url, url)

    def _bind_to_running_loop(self) -> None:
        loop = _running_asyncio_loop()
        if loop is None or self._fresh_transport_kwargs is None:
            return
        ref = self._loop_ref
        if ref is not None:
            if ref() is loop:
                return
            # The pooled connections belong to another loop and cannot be used (or closed) from this one.
            # Requests still running there keep their own connections; the idle ones are left to be reclaimed.
            self._transport = _default_async_transport(**self._fresh_transport_kwargs)
        self._loop_ref = weakref.ref(loop)

    async def aclose(self) -> None:
        self._bind_to_running_loop()
        await super().aclose()

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            import asyncio  # imported here: `import openai` must not pay for asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:  # no running loop (or shutdown): the transport is reclaimed with the process
            pass
