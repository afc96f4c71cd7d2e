"""The shared, non-I/O half of every call: `BaseClient` makes each decision the two client shells act on.

For one call it resolves the options and the retry budget (`_begin_call`), builds each attempt's headers in the
documented merge order and the request itself (through `_http`), decides after every attempt whether to retry
and how long to wait (through `_retry`, honouring the call's policy, deadline and the hooks), logs, and turns
the final response into the call's result. `SyncAPIClient` / `AsyncAPIClient` in `_base_client` only send,
sleep and close.
"""

from __future__ import annotations

import time
import logging
from typing import (
    TYPE_CHECKING,
    Any,
    Type,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Optional,
)

import httpx

from ._qs import Querystring
from ._http import (
    build_url,
    encode_body,
    merge_headers,
    parse_response,
    library_timeout,
    as_httpx_timeout,
    is_timeout_error,
    header_names_lower,
    process_response_data,
)
from ._hooks import Hooks, ErrorEvent, RetryEvent, RequestEvent, ResponseEvent
from ._retry import DEFAULT_RETRY_POLICY, RetryPolicy
from ._types import (
    Omit,
    Timeout,
    NotGiven,
    HttpxRequestFiles,
)
from ._platform import platform_headers
from ._constants import (
    DEFAULT_TIMEOUT,
    REQUEST_ID_HEADER,
    RAW_RESPONSE_HEADER,
    IDEMPOTENCY_KEY_PREFIX,
)
from ._exceptions import (
    OpenAIError,
    APITimeoutError,
    APIConnectionError,
    APIStreamInterruptedError,
)
from ._ratelimits import RateLimits
from ._http_clients import (
    DefaultHttpxClient as DefaultHttpxClient,
    DefaultHttpx2Client as DefaultHttpx2Client,
    DefaultAioHttpClient as DefaultAioHttpClient,
    SyncHttpxClientWrapper as SyncHttpxClientWrapper,
    AsyncHttpxClientWrapper as AsyncHttpxClientWrapper,
    DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
    DefaultAsyncHttpx2Client as DefaultAsyncHttpx2Client,
)
from ._request_options import Security

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions

__all__ = ["BaseClient"]

log = logging.getLogger("openai._base_client")

_QUERYSTRING = Querystring(array_format="brackets")

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT")
_ErrorT = TypeVar("_ErrorT", bound=BaseException)


# Distinct request URLs whose parsed form a client keeps (`_parsed_url`).
_URL_CACHE_SIZE = 256


class _Call:
    """The state of one call across its attempts: resolved options, retry policy and budget, deadline, hooks."""

    __slots__ = ("options", "policy", "max_retries", "retries_taken", "started", "deadline_at", "hooks")

    def __init__(
        self,
        options: FinalRequestOptions,
        policy: RetryPolicy,
        max_retries: int,
        deadline: float | None,
        hooks: Hooks | None,
    ) -> None:
        self.options = options
        self.policy = policy
        self.max_retries = max_retries
        self.retries_taken = 0
        self.started = time.monotonic()
        self.deadline_at = None if deadline is None else self.started + deadline
        self.hooks = hooks

    def remaining(self) -> float | None:
        """Seconds left before the deadline (negative once passed), or `None` without a deadline."""
        return None if self.deadline_at is None else self.deadline_at - time.monotonic()

    def fits(self, delay: float) -> bool:
        """Whether waiting `delay` seconds still leaves time for another attempt."""
        return self.deadline_at is None or time.monotonic() + delay < self.deadline_at

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def operation(self) -> str:
        return f"{self.options.method.upper()} {self.options.url}"


def _cap_timeout(timeout: float | Timeout | None, remaining: float) -> Timeout:
    """`timeout` with every phase limited to the time left before the call's deadline."""
    base = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    remaining = max(remaining, 0.0)

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(connect=cap(base.connect), read=cap(base.read), write=cap(base.write), pool=cap(base.pool))


# --------------------------------------------------------------------------------------------------------------
# Shared decisions
# --------------------------------------------------------------------------------------------------------------


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    """Configuration and every per-call decision, shared by the sync and async clients."""

    _client: _HttpxClientT
    _version: str
    _base_url: httpx.URL
    _base_url_str: str
    max_retries: int
    timeout: Union[float, Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = None
    _default_stream_cls: Optional[Type[_DefaultStreamT]] = None
    _is_async: bool = False
    _uses_httpx2: bool = False

    def __init__(
        self,
        *,
        version: str,
        base_url: str | httpx.URL,
        _strict_response_validation: bool,
        max_retries: int = 2,
        timeout: float | Timeout | None = DEFAULT_TIMEOUT,
        custom_headers: Mapping[str, str] | None = None,
        custom_query: Mapping[str, object] | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
    ) -> None:
        if deadline is not None and deadline <= 0:
            raise ValueError(f"`deadline` must be a positive number of seconds (or None), got {deadline!r}")
        self._version = version
        self.retry_policy = retry_policy
        self.deadline = deadline
        self.hooks = hooks
        self.wait_for_rate_limits = wait_for_rate_limits
        self._rate_limited_until = 0.0
        self._set_base_url(base_url)
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = dict(custom_headers or {})
        self._custom_query = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation
        self._header_cache: tuple[dict[str, str], dict[str, str], frozenset[str]] | None = None
        self._header_cache_extra: dict[str, str] = {}
        self._url_cache: dict[str, httpx.URL] = {}

        if max_retries is None:  # pyright: ignore[reportUnnecessaryComparison] - guards untyped callers
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited "
                "retries, pass `math.inf` or a very high number; if you want the default behavior, pass "
                "`openai.DEFAULT_MAX_RETRIES`"
            )

    # -- configuration --------------------------------------------------------------------------------------

    def _set_base_url(self, url: str | httpx.URL) -> None:
        # Normalised on the string form: a bare host gains its `/`, and a base URL carrying a query string gets
        # the `/` after it (such URLs are unsupported for HTTP calls; `default_query` is the way to add params).
        text = str(url)
        if not text.endswith("/"):
            text += "/"
        self._base_url = httpx.URL(text)
        self._base_url_str = text

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: httpx.URL | str) -> None:
        self._set_base_url(url)

    @property
    def user_agent(self) -> str:
        return f"{self.__class__.__name__}/Python {self._version}"

    @property
    def qs(self) -> Querystring:
        """The encoder of every query string this client sends (arrays and nested objects in brackets)."""
        return _QUERYSTRING

    @property
    def auth_headers(self) -> dict[str, str]:
        """Credential headers for ordinary endpoints (subclasses supply the key)."""
        return {}

    def _auth_headers_for(self, security: Security | None) -> dict[str, str]:
        """Credential headers for one call; `security="admin"` endpoints may use a different credential."""
        return self.auth_headers

    def _extra_default_headers(self) -> dict[str, str]:
        """Headers after the async marker and before the custom ones (organization/project for OpenAI)."""
        return {}

    def platform_headers(self) -> dict[str, str]:
        return platform_headers(self._version)

    def _async_header(self) -> str:
        return "false"

    @property
    def custom_auth(self) -> httpx.Auth | None:
        return None

    @property
    def default_headers(self) -> dict[str, str | Omit]:
        """Every client-level header as it would be sent (credentials included), in merge order."""
        headers: dict[str, str] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            **self.auth_headers,
            "X-Stainless-Async": self._async_header(),
            **self._extra_default_headers(),
        }
        return {**merge_headers(headers, self._custom_headers)}

    @property
    def default_query(self) -> dict[str, object]:
        return dict(self._custom_query)

    def _invalidate_header_cache(self) -> None:
        self._header_cache = None

    def _static_headers(self) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
        """Headers that do not change between calls, split around the per-call credential and async marker.

        Returns `(before_auth, after_async, custom_names)`: custom default headers already override the
        built-in ones in place, and `custom_names` lets the per-call part skip what a custom header replaced.
        """
        cache = self._header_cache
        # Organization/project are public attributes a caller may reassign; rebuild when they change.
        extra = self._extra_default_headers()
        if cache is not None and extra != self._header_cache_extra:
            cache = None
        if cache is None:
            self._header_cache_extra = extra
            before: dict[str, str] = {
                "Accept": "application/json",
                "Content-Type": "application/json",
                "User-Agent": self.user_agent,
                **self.platform_headers(),
            }
            custom = self._custom_headers
            custom_names = header_names_lower(custom)
            before_names = header_names_lower(before)
            merge_headers(before, {k: v for k, v in custom.items() if k.lower() in before_names})
            after = merge_headers(
                dict(extra),
                {k: v for k, v in custom.items() if k.lower() not in before_names},
            )
            cache = self._header_cache = (before, after, custom_names)
        return cache

    # -- request building -----------------------------------------------------------------------------------

    def _build_headers(
        self,
        options: FinalRequestOptions,
        auth: Mapping[str, str],
        retries_taken: int,
        timeout: float | Timeout | None,
    ) -> dict[str, str]:
        before, after, custom_names = self._static_headers()
        headers = dict(before)
        for key, value in auth.items():
            if key.lower() not in custom_names:
                headers[key] = value
        if "x-stainless-async" not in custom_names:
            headers["X-Stainless-Async"] = self._async_header()
        headers.update(after)

        per_call = options.headers
        per_call_names = header_names_lower(per_call)
        if per_call:
            merge_headers(headers, per_call)
        if self._idempotency_header and options.method != "get" and options.idempotency_key:
            if self._idempotency_header.lower() not in per_call_names:
                headers[self._idempotency_header] = options.idempotency_key

        # The retry-count and read-timeout headers are skipped when the caller set (or omitted) them per call.
        if "x-stainless-retry-count" not in per_call_names:
            headers["x-stainless-retry-count"] = str(retries_taken)
        if "x-stainless-read-timeout" not in per_call_names:
            read = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
            if read is not None:
                headers["x-stainless-read-timeout"] = str(read)
        return headers

    def _validate_auth(self, headers: Mapping[str, str], options: FinalRequestOptions) -> None:
        """Hook: raise when a call cannot be authenticated (the OpenAI clients check for a credential)."""

    def _build_request(self, call: _Call, auth: Mapping[str, str], files: HttpxRequestFiles | None) -> httpx.Request:
        options = call.options
        timeout = as_httpx_timeout(self.timeout if isinstance(options.timeout, NotGiven) else options.timeout)
        remaining = call.remaining()
        if remaining is not None:
            timeout = _cap_timeout(timeout, remaining)
        headers = self._build_headers(options, auth, call.retries_taken, timeout)
        self._validate_auth(headers, options)
        content, data, httpx_files = encode_body(options, headers, files)
        url = build_url(self._base_url_str, options.url, self._custom_query, options.params, qs=self.qs)
        return self._client.build_request(
            options.method.upper(),
            url if self._uses_httpx2 else self._parsed_url(url),
            headers=headers,
            content=content,
            data=data,
            files=httpx_files,
            timeout=library_timeout(timeout, httpx2=self._uses_httpx2),
        )

    def _parsed_url(self, url: str) -> httpx.URL:
        """``url`` as an `httpx.URL`, parsed once per distinct URL (httpx parses a string twice per request).

        The client hands httpx a URL object, as the official client does; the cache is bounded and starts over
        when full (calls with varying query strings would otherwise grow it).
        """
        cache = self._url_cache
        parsed = cache.get(url)
        if parsed is None:
            if len(cache) >= _URL_CACHE_SIZE:
                cache.clear()
            parsed = cache[url] = httpx.URL(url)
        return parsed

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook for subclasses that rewrite a call before it is sent (Azure deployments); default: unchanged."""
        return options

    def _prepare_request(self, request: httpx.Request) -> None:
        """Hook to adjust the built request in place before it is sent."""

    def _begin_call(self, options: FinalRequestOptions) -> _Call:
        """Per-call set-up shared by both shells: hooks, idempotency key, retry budget, the options log line.

        The retry budget is the per-call `max_retries`, else the policy's `max_retries`, else the client's.
        """
        options = self._prepare_options(options)
        if self._idempotency_header and options.method != "get" and options.idempotency_key is None:
            import uuid

            options = options.copy(idempotency_key=f"{IDEMPOTENCY_KEY_PREFIX}{uuid.uuid4()}")
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request options: %s", options.to_log_dict())
        policy = options.retry_policy or self.retry_policy or DEFAULT_RETRY_POLICY
        if not isinstance(options.max_retries, NotGiven):
            max_retries = options.max_retries
        elif policy.max_retries is not None:
            max_retries = policy.max_retries
        else:
            max_retries = self.max_retries
        deadline = self.deadline if isinstance(options.deadline, NotGiven) else options.deadline
        if deadline is not None and deadline <= 0:
            raise ValueError(f"`deadline` must be a positive number of seconds (or None), got {deadline!r}")
        return _Call(options, policy, max_retries, deadline, self.hooks)

    def _should_stream_response_body(self, options: FinalRequestOptions) -> bool:
        return options.raw_response_kind() == "stream"

    def _send_kwargs(self, options: FinalRequestOptions) -> dict[str, Any]:
        # Always streamed by the HTTP library: retries are decided on the status and headers first; the shell
        # then reads a non-streamed body inside the same attempt, so a body that breaks off mid-way is retried
        # like any other connection error (see `_reads_body` and `_retry_after_body_error`).
        kwargs: dict[str, Any] = {"stream": True}
        if options.follow_redirects is not None:
            kwargs["follow_redirects"] = options.follow_redirects
        return kwargs

    def _reads_body(self, options: FinalRequestOptions, stream: bool) -> bool:
        """Whether the shell reads the successful response's body before building the result."""
        return not stream and not self._should_stream_response_body(options)

    # -- retry decisions ------------------------------------------------------------------------------------

    def _rate_limit_wait(self, call: _Call) -> float:
        """Seconds to hold this attempt back because an earlier response reported an exhausted budget."""
        if not self.wait_for_rate_limits:
            return 0.0
        wait = self._rate_limited_until - time.monotonic()
        if wait <= 0:
            return 0.0
        remaining = call.remaining()
        if remaining is not None and wait >= remaining:
            return 0.0  # waiting cannot help within the deadline: let the server answer instead
        log.info("Waiting %f seconds for the rate limit to reset", wait)
        return wait

    def _before_send(self, call: _Call, request: httpx.Request) -> None:
        """Last checks before an attempt goes out: the deadline, the log line, the `on_request` hook."""
        remaining = call.remaining()
        if remaining is not None and remaining <= 0:
            raise self._failed(call, request, APITimeoutError(request=request))
        self._log_request(request)
        hooks = call.hooks
        if hooks is not None and hooks.on_request is not None:
            hooks.on_request(RequestEvent(id(call), call.operation(), call.retries_taken, call.elapsed(), request))

    def _retry_after_send_error(self, call: _Call, request: httpx.Request, err: Exception) -> float:
        """Delay before retrying after the send itself failed; raises the final error when out of retries."""
        if isinstance(err, OpenAIError):
            # The SDK's own errors (e.g. from an auth hook) are never retried or wrapped.
            raise self._failed(call, request, err)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Encountered Exception", exc_info=True)
        is_timeout = is_timeout_error(err)
        if call.retries_taken < call.max_retries and call.policy.should_retry_exception(err, is_timeout=is_timeout):
            delay = call.policy.delay(call.retries_taken)
            if call.fits(delay):
                self._schedule_retry(call, request, delay, type(err).__name__, None, err)
                return delay
        log.debug("Raising %s error", "timeout" if is_timeout else "connection")
        if is_timeout:
            raise self._failed(call, request, APITimeoutError(request=request)) from err
        raise self._failed(call, request, APIConnectionError(request=request)) from err

    def _retry_after_body_error(self, call: _Call, request: httpx.Request, err: Exception) -> float:
        """Delay before retrying after the connection failed while the successful response's body was read.

        The same rules as a failed send; out of retries, the error is `APITimeoutError` for a read timeout and
        otherwise `APIStreamInterruptedError` (an `APIConnectionError` that is also an instance of the HTTP
        library's error class, so existing ``except httpx.TransportError`` code keeps working), raised from the
        library's error.
        """
        if isinstance(err, OpenAIError):
            raise self._failed(call, request, err)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Connection lost while reading the response body", exc_info=True)
        is_timeout = is_timeout_error(err)
        if call.retries_taken < call.max_retries and call.policy.should_retry_exception(err, is_timeout=is_timeout):
            delay = call.policy.delay(call.retries_taken)
            if call.fits(delay):
                self._schedule_retry(call, request, delay, type(err).__name__, None, err)
                return delay
        if is_timeout:
            raise self._failed(call, request, APITimeoutError(request=request)) from err
        raise self._failed(
            call, request, APIStreamInterruptedError.from_cause(err, request, reading="the response body")
        ) from err

    def _retry_after_response(self, call: _Call, response: httpx.Response) -> float | None:
        """Delay before retrying an error response, or `None` when the response is final."""
        self._log_response(response)
        if self.wait_for_rate_limits:
            limits = RateLimits.from_headers(response.headers)
            if limits is not None:
                self._rate_limited_until = max(self._rate_limited_until, time.monotonic() + limits.wait_needed())
        hooks = call.hooks
        if hooks is not None and hooks.on_response is not None:
            hooks.on_response(
                ResponseEvent(
                    id(call), call.operation(), call.retries_taken, call.elapsed(), response.request, response
                )
            )
        if not response.is_error:
            return None
        if call.retries_taken < call.max_retries and call.policy.should_retry_response(
            response.status_code, response.headers
        ):
            delay = call.policy.delay(call.retries_taken, response.headers)
            if call.fits(delay):
                self._schedule_retry(call, response.request, delay, str(response.status_code), response, None)
                return delay
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Re-raising status error (status %i)", response.status_code)
        return None

    def _schedule_retry(
        self,
        call: _Call,
        request: httpx.Request,
        delay: float,
        reason: str,
        response: httpx.Response | None,
        error: BaseException | None,
    ) -> None:
        self._log_retry(call.options, call.max_retries - call.retries_taken, delay, reason=reason)
        hooks = call.hooks
        if hooks is not None and hooks.on_retry is not None:
            hooks.on_retry(
                RetryEvent(
                    id(call),
                    call.operation(),
                    call.retries_taken,
                    call.elapsed(),
                    request,
                    delay,
                    reason,
                    response,
                    error,
                )
            )
        call.retries_taken += 1

    def _failed(self, call: _Call, request: httpx.Request, error: _ErrorT) -> _ErrorT:
        """Report the call's final error to the `on_error` hook and hand it back to be raised."""
        hooks = call.hooks
        if hooks is not None and hooks.on_error is not None:
            hooks.on_error(ErrorEvent(id(call), call.operation(), call.retries_taken, call.elapsed(), request, error))
        return error

    # -- logging --------------------------------------------------------------------------------------------

    def _log_request(self, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Sending HTTP Request: %s %s", request.method, request.url)
            # Time to response headers, reported by `_log_response` (request extensions are ours to annotate).
            request.extensions["openai_sent_at"] = time.perf_counter()

    def _log_response(self, response: httpx.Response) -> None:
        if log.isEnabledFor(logging.DEBUG):
            request = response.request
            log.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )
            log.debug("request_id: %s", response.headers.get(REQUEST_ID_HEADER))
            started = request.extensions.get("openai_sent_at")
            if isinstance(started, float):
                log.debug("HTTP Request took %.3f seconds", time.perf_counter() - started)

    def _log_retry(self, options: FinalRequestOptions, retries_left: int, delay: float, *, reason: str) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%i retr%s left (reason: %s)", retries_left, "y" if retries_left == 1 else "ies", reason)
        log.info("Retrying request to %s in %f seconds", options.url, delay)

    # -- results --------------------------------------------------------------------------------------------

    def _process_response_data(self, *, data: object, cast_to: type[Any], response: httpx.Response) -> Any:
        """Parse decoded JSON into `cast_to` (used for whole responses and for each streamed event)."""
        return process_response_data(
            data=data, cast_to=cast_to, response=response, strict=self._strict_response_validation
        )

    def _process_response(
        self,
        *,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: type[Any] | None,
        retries_taken: int,
    ) -> Any:
        """The call's result: a raw-response wrapper when a wrapper asked for one, the parsed value otherwise."""
        kind = options.raw_response_kind()
        if kind is None:
            return parse_response(
                cast_to=cast_to, response=response, client=self, options=options, stream=stream, stream_cls=stream_cls
            )
        if kind == "true":
            from ._legacy_response import LegacyAPIResponse

            return LegacyAPIResponse[Any](
                raw=response,
                client=self,
                cast_to=cast_to,
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )
        from ._response import APIResponse, AsyncAPIResponse

        response_cls: Any = options.override_cast_to() or (AsyncAPIResponse if self._is_async else APIResponse)
        return response_cls(
            raw=response,
            client=self,
            cast_to=cast_to,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )

    def _strip_raw_header(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Options for a follow-up page: the raw-response marker of the first call must not carry over."""
        if not options.headers:
            return options
        headers = {k: v for k, v in options.headers.items() if k.lower() != RAW_RESPONSE_HEADER.lower()}
        return options.copy(headers=headers)
