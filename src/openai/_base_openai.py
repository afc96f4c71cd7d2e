"""Constructor logic of `OpenAI` / `AsyncOpenAI`, shared by both (the generated `_client.py` adds resources).

Resolution order for every option is: explicit argument, then environment variable, then default. Credentials
are an API key (a string, or a callable returning one, invoked for each call), and/or an admin API key used
by admin endpoints, and/or a workload identity (exchanged for short-lived access tokens, see `openai.auth`). A
`provider` (see `openai.providers`) replaces the base URL and the authentication with the provider's own.
`copy()` / `with_options()` builds a new client that shares the HTTP connection pool.
"""

from __future__ import annotations

import os
import inspect
from typing import TYPE_CHECKING, Any, Union, Mapping, Callable, Optional, Awaitable, cast

import httpx
from typing_extensions import Self, Literal, TypeAlias

from ._hooks import Hooks
from ._retry import RetryPolicy
from ._types import Omit, Timeout, NotGiven, not_given
from ._version import __version__
from ._provider import Provider
from ._constants import (
    ENV_ORG_ID,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_ADMIN_KEY,
    ENV_PROJECT_ID,
    DEFAULT_BASE_URL,
    ENV_CUSTOM_HEADERS,
    ENV_WEBHOOK_SECRET,
    DEFAULT_MAX_RETRIES,
)
from ._exceptions import OAuthError, OpenAIError, AuthenticationError
from ._base_client import SyncAPIClient, AsyncAPIClient
from .auth._workload import WorkloadIdentity, WorkloadIdentityAuth
from ._request_options import Security

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions

__all__ = ["BaseOpenAI", "BaseAsyncOpenAI", "DataResidency", "parse_custom_headers_env"]

DataResidency: TypeAlias = Literal["global", "us", "eu", "ae"]

_RESIDENCY_BASE_URLS: dict[str, str] = {
    "global": "https://api.openai.com/v1",
    "us": "https://us.api.openai.com/v1",
    "eu": "https://eu.api.openai.com/v1",
    "ae": "https://ae.api.openai.com/v1",
}

_MISSING_CREDENTIALS = (
    "Missing credentials. Please pass an `api_key` (or `admin_api_key`) to the client, or set the "
    "`OPENAI_API_KEY` (or `OPENAI_ADMIN_KEY`) environment variable."
)


def parse_custom_headers_env(value: str | None) -> dict[str, str]:
    """Parse `OPENAI_CUSTOM_HEADERS`: one `Name: value` per line, split at the first `:`, both sides stripped."""
    headers: dict[str, str] = {}
    if not value:
        return headers
    for line in value.splitlines():
        name, sep, header_value = line.partition(":")
        name = name.strip()
        if not sep or not name:
            continue
        headers[name] = header_value.strip()
    return headers


def _merge_default_headers(default_headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers from `OPENAI_CUSTOM_HEADERS` beneath the explicit `default_headers` (explicit wins, any case)."""
    from_env = parse_custom_headers_env(os.environ.get(ENV_CUSTOM_HEADERS))
    explicit = dict(default_headers or {})
    if not from_env:
        return explicit
    explicit_names = {name.lower() for name in explicit}
    merged = {name: value for name, value in from_env.items() if name.lower() not in explicit_names}
    merged.update(explicit)
    return merged


def _resolve_base_url(
    base_url: str | httpx.URL | None | NotGiven,
    websocket_base_url: str | httpx.URL | None,
    data_residency: DataResidency | None,
    provider: Provider | None = None,
) -> str | httpx.URL:
    if data_residency is not None and provider is not None:
        raise OpenAIError("The `data_residency` and `provider` arguments are mutually exclusive")
    if data_residency is not None:
        if data_residency not in _RESIDENCY_BASE_URLS:
            raise ValueError(
                f"Unknown `data_residency` {data_residency!r}; expected one of {', '.join(_RESIDENCY_BASE_URLS)}"
            )
        if base_url is not None and not isinstance(base_url, NotGiven):
            raise ValueError("The `data_residency` and `base_url` arguments are mutually exclusive")
        if websocket_base_url is not None:
            raise ValueError("The `data_residency` and `websocket_base_url` arguments are mutually exclusive")
        return _RESIDENCY_BASE_URLS[data_residency]
    if base_url is None or isinstance(base_url, NotGiven):
        if provider is not None:
            return provider.base_url
        return os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    return base_url


def _check_max_retries(max_retries: object) -> None:
    if max_retries is None:
        raise TypeError(
            "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited "
            "retries, pass `math.inf` or a very high number; if you want the default behavior, pass "
            "`openai.DEFAULT_MAX_RETRIES`"
        )


class _DefaultStreamClass:
    """`_default_stream_cls` of the clients: `Stream` / `AsyncStream`, looked up when first read.

    Building a client therefore does not import `_streaming`. A non-data descriptor, so assigning the attribute on
    a client still replaces it for that client.
    """

    def __init__(self, name: Literal["Stream", "AsyncStream"]) -> None:
        self._name = name

    def __get__(self, instance: object, owner: Optional[type] = None) -> Any:
        from . import _streaming

        return getattr(_streaming, self._name)


class _OpenAIMixin:
    """Credential and header logic shared by the two client classes (no I/O)."""

    api_key: str
    admin_api_key: Optional[str]
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Optional[Union[str, httpx.URL]]
    _api_key_provider: Optional[Callable[[], Any]]
    _workload_auth: Optional[WorkloadIdentityAuth]
    _provider: Optional[Provider]
    _enforce_credentials: bool
    _data_residency: Optional[DataResidency]
    _custom_headers: dict[str, str]
    retry_policy: Optional[RetryPolicy]
    deadline: Optional[float]
    hooks: Optional[Hooks]
    wait_for_rate_limits: bool

    def _init_credentials(
        self,
        *,
        api_key: str | Callable[[], Any] | None,
        admin_api_key: str | None,
        organization: str | None,
        project: str | None,
        webhook_secret: str | None,
        websocket_base_url: str | httpx.URL | None,
        data_residency: DataResidency | None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None,
        provider: Provider | None,
        _enforce_credentials: bool,
    ) -> None:
        if provider is not None and not isinstance(provider, Provider):  # pyright: ignore[reportUnnecessaryIsInstance] -- user input
            raise TypeError(f"`provider` must come from `openai.providers` (e.g. bedrock(...)), got {provider!r}")
        if provider is not None and data_residency is not None:
            raise OpenAIError("The `data_residency` and `provider` arguments are mutually exclusive")
        self._provider = provider
        if workload_identity is None or isinstance(workload_identity, WorkloadIdentityAuth):
            self._workload_auth = workload_identity
        else:
            self._workload_auth = WorkloadIdentityAuth(workload_identity)
        if api_key is None:
            api_key = os.environ.get(ENV_API_KEY)
        if admin_api_key is None:
            admin_api_key = os.environ.get(ENV_ADMIN_KEY) or None
        if callable(api_key):
            self._api_key_provider = api_key
            self.api_key = ""
        else:
            self._api_key_provider = None
            self.api_key = api_key or ""
        if (
            _enforce_credentials
            and provider is None
            and self._workload_auth is None
            and not self.api_key
            and self._api_key_provider is None
            and not admin_api_key
        ):
            raise OpenAIError(_MISSING_CREDENTIALS)
        self.admin_api_key = admin_api_key
        self._enforce_credentials = _enforce_credentials
        # OpenAI account settings from the environment mean nothing to another provider's service.
        read_env = provider is None
        self.organization = organization if organization is not None or not read_env else os.environ.get(ENV_ORG_ID)
        self.project = project if project is not None or not read_env else os.environ.get(ENV_PROJECT_ID)
        self.webhook_secret = webhook_secret if webhook_secret is not None else os.environ.get(ENV_WEBHOOK_SECRET)
        self.websocket_base_url = websocket_base_url
        self._data_residency = data_residency

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _bearer_headers(self, api_key: str, security: Security | None) -> dict[str, str]:
        if security == "admin":
            return {"Authorization": f"Bearer {self.admin_api_key}"} if self.admin_api_key else {}
        return {"Authorization": f"Bearer {api_key}"} if api_key else {}

    def _extra_default_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.organization is not None:
            headers["OpenAI-Organization"] = self.organization
        if self.project is not None:
            headers["OpenAI-Project"] = self.project
        return headers

    def _validate_auth(self, headers: Mapping[str, str], options: FinalRequestOptions) -> None:
        # A provider may authenticate by signing the finished request, after this check.
        if not self._enforce_credentials or self._provider is not None or "Authorization" in headers:
            return
        for name in headers:
            if name.lower() == "authorization":
                return
        # An explicit `Omit()` (per call or in the default headers) means "send no credential on purpose".
        for source in (options.headers, self._custom_headers):
            if source:
                for name, value in source.items():
                    if name.lower() == "authorization" and isinstance(value, Omit):
                        return
        if options.security == "admin":
            raise TypeError(
                "Could not resolve authentication for an admin endpoint: pass `admin_api_key` to the client or "
                "set OPENAI_ADMIN_KEY (or omit the `Authorization` header explicitly with `extra_headers`)"
            )
        raise TypeError(
            "Could not resolve authentication: pass `api_key` to the client or set OPENAI_API_KEY (or omit the "
            "`Authorization` header explicitly with `extra_headers`)"
        )

    def _prepare_request(self, request: httpx.Request) -> None:
        if self._provider is not None:
            self._provider.prepare_request(request)

    def _uses_workload_token(self, options: FinalRequestOptions) -> bool:
        return self._workload_auth is not None and self._provider is None and options.security != "admin"

    def _copy_kwargs(
        self,
        *,
        api_key: str | Callable[[], Any] | None,
        admin_api_key: str | None,
        organization: str | None,
        project: str | None,
        webhook_secret: str | None,
        websocket_base_url: str | httpx.URL | None,
        base_url: str | httpx.URL | None | NotGiven,
        data_residency: DataResidency | None,
        timeout: float | Timeout | None | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        set_default_query: Mapping[str, object] | None,
        current_base_url: httpx.URL,
        current_timeout: float | Timeout | None,
        current_max_retries: int,
        current_query: Mapping[str, object],
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        provider: Provider | None | NotGiven = not_given,
        enforce_credentials: bool | None = None,
    ) -> dict[str, Any]:
        """The constructor arguments of a copy: what is passed wins, everything else is inherited.

        `provider`: not given keeps the current one, `None` removes it (back to the OpenAI API), a provider
        replaces it. `base_url`: not given or `None` keeps the current URL unless the service changes (a new
        provider or data residency picks its own). `enforce_credentials`: `None` inherits.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")

        new_provider = self._provider if isinstance(provider, NotGiven) else provider
        # A different provider is a different service: what was configured for the old one is not carried over.
        provider_changed = new_provider is not self._provider
        headers: Mapping[str, str] = {} if provider_changed else self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers
        query: Mapping[str, object] = current_query
        if default_query is not None:
            query = {**query, **default_query}
        elif set_default_query is not None:
            query = set_default_query

        kwargs: dict[str, Any] = {
            "api_key": api_key or self._api_key_provider or self.api_key or None,
            "admin_api_key": admin_api_key or self.admin_api_key,
            "organization": organization if provider_changed else organization or self.organization,
            "project": project if provider_changed else project or self.project,
            "webhook_secret": webhook_secret or self.webhook_secret,
            "timeout": current_timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": current_max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
            "_enforce_credentials": self._enforce_credentials if enforce_credentials is None else enforce_credentials,
        }
        # Only set when in use, so subclasses whose constructors predate these options (Azure) keep working.
        if workload_identity is not None or self._workload_auth is not None:
            kwargs["workload_identity"] = workload_identity or self._workload_auth
        if new_provider is not None or self._provider is not None:
            kwargs["provider"] = new_provider
        explicit_base_url = None if isinstance(base_url, NotGiven) else base_url
        if data_residency is not None:
            # A new residency picks its own URLs; inheriting the old ones would contradict it.
            kwargs["data_residency"] = data_residency
            kwargs["base_url"] = explicit_base_url if explicit_base_url else not_given
            kwargs["websocket_base_url"] = websocket_base_url
        elif provider_changed:
            kwargs["base_url"] = explicit_base_url if explicit_base_url else not_given
            kwargs["websocket_base_url"] = websocket_base_url
        else:
            kwargs["base_url"] = explicit_base_url or current_base_url
            kwargs["websocket_base_url"] = websocket_base_url or self.websocket_base_url
        return kwargs


def _rejected_bearer(err: AuthenticationError) -> str | None:
    """The bearer token a 401 answered, or None when there is nothing to refresh (e.g. the exchange itself failed)."""
    if isinstance(err, OAuthError):
        return None
    value = err.response.request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _check_api_key(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise OpenAIError(f"The `api_key` callable must return a non-empty string, got {type(value).__name__}")
    return value


class BaseOpenAI(_OpenAIMixin, SyncAPIClient):
    """Blocking OpenAI client without resources (the generated `OpenAI` adds them)."""

    _default_stream_cls = _DefaultStreamClass("Stream")  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType, reportIncompatibleVariableOverride]

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        provider: Provider | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        data_residency: DataResidency | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
    ) -> None:
        """Create a client; unset options come from the environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, ...)."""
        _check_max_retries(max_retries)
        self._init_credentials(
            api_key=api_key,
            admin_api_key=admin_api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            data_residency=data_residency,
            workload_identity=workload_identity,
            provider=provider,
            _enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            version=__version__,
            base_url=_resolve_base_url(base_url, websocket_base_url, data_residency, provider),
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=_merge_default_headers(default_headers),
            custom_query=default_query,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
        )

    def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        if self._provider is not None and options.security != "admin":
            return self._provider.auth_headers()
        if self._uses_workload_token(options):
            assert self._workload_auth is not None
            return {"Authorization": f"Bearer {self._workload_auth.get_token()}"}
        provider = self._api_key_provider
        api_key = _check_api_key(provider()) if provider is not None else self.api_key
        return self._bearer_headers(api_key, options.security)

    def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        if not self._uses_workload_token(options):
            return super().request(cast_to, options, stream=stream, stream_cls=stream_cls)
        try:
            return super().request(cast_to, options, stream=stream, stream_cls=stream_cls)
        except AuthenticationError as err:
            rejected = _rejected_bearer(err)
            if rejected is None:
                raise
            # The token may have been revoked before its expiry: exchange a new one and try exactly once more.
            assert self._workload_auth is not None
            self._workload_auth.invalidate(rejected)
            return super().request(cast_to, options, stream=stream, stream_cls=stream_cls)

    def copy(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        provider: Provider | None | NotGiven = not_given,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        data_residency: DataResidency | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.Client | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _enforce_credentials: bool | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
        retry_policy: RetryPolicy | None = None,
        deadline: float | None | NotGiven = not_given,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool | None = None,
    ) -> Self:
        """A new client with some options changed; it shares this client's connection pool."""
        kwargs = self._copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            data_residency=data_residency,
            workload_identity=workload_identity,
            provider=provider,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            enforce_credentials=_enforce_credentials,
            current_base_url=self.base_url,
            current_timeout=self.timeout,
            current_max_retries=self.max_retries,
            current_query=self._custom_query,
        )
        kwargs["retry_policy"] = retry_policy or self.retry_policy
        kwargs["deadline"] = self.deadline if isinstance(deadline, NotGiven) else deadline
        kwargs["hooks"] = hooks or self.hooks
        kwargs["wait_for_rate_limits"] = (
            self.wait_for_rate_limits if wait_for_rate_limits is None else wait_for_rate_limits
        )
        return self.__class__(http_client=http_client or self._client, **kwargs, **_extra_kwargs)

    # `with_options` is the same operation under the name most callers use.
    with_options = copy


class BaseAsyncOpenAI(_OpenAIMixin, AsyncAPIClient):
    """Async OpenAI client without resources (the generated `AsyncOpenAI` adds them)."""

    _default_stream_cls = _DefaultStreamClass("AsyncStream")  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType, reportIncompatibleVariableOverride]

    def __init__(
        self,
        *,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        provider: Provider | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        data_residency: DataResidency | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
    ) -> None:
        """Create a client; unset options come from the environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, ...)."""
        _check_max_retries(max_retries)
        self._init_credentials(
            api_key=api_key,
            admin_api_key=admin_api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            data_residency=data_residency,
            workload_identity=workload_identity,
            provider=provider,
            _enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            version=__version__,
            base_url=_resolve_base_url(base_url, websocket_base_url, data_residency, provider),
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=_merge_default_headers(default_headers),
            custom_query=default_query,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
        )

    async def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        if self._provider is not None and options.security != "admin":
            return await self._provider.async_auth_headers()
        if self._uses_workload_token(options):
            assert self._workload_auth is not None
            return {"Authorization": f"Bearer {await self._workload_auth.async_get_token()}"}
        provider = self._api_key_provider
        if provider is None:
            return self._bearer_headers(self.api_key, options.security)
        value = provider()
        if inspect.isawaitable(value):
            value = await cast("Awaitable[object]", value)
        return self._bearer_headers(_check_api_key(value), options.security)

    async def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        if not self._uses_workload_token(options):
            return await super().request(cast_to, options, stream=stream, stream_cls=stream_cls)
        try:
            return await super().request(cast_to, options, stream=stream, stream_cls=stream_cls)
        except AuthenticationError as err:
            rejected = _rejected_bearer(err)
            if rejected is None:
                raise
            assert self._workload_auth is not None
            self._workload_auth.invalidate(rejected)
            return await super().request(cast_to, options, stream=stream, stream_cls=stream_cls)

    def copy(
        self,
        *,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        provider: Provider | None | NotGiven = not_given,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        data_residency: DataResidency | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _enforce_credentials: bool | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
        retry_policy: RetryPolicy | None = None,
        deadline: float | None | NotGiven = not_given,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool | None = None,
    ) -> Self:
        """A new client with some options changed; it shares this client's connection pool."""
        kwargs = self._copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            data_residency=data_residency,
            workload_identity=workload_identity,
            provider=provider,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            enforce_credentials=_enforce_credentials,
            current_base_url=self.base_url,
            current_timeout=self.timeout,
            current_max_retries=self.max_retries,
            current_query=self._custom_query,
        )
        kwargs["retry_policy"] = retry_policy or self.retry_policy
        kwargs["deadline"] = self.deadline if isinstance(deadline, NotGiven) else deadline
        kwargs["hooks"] = hooks or self.hooks
        kwargs["wait_for_rate_limits"] = (
            self.wait_for_rate_limits if wait_for_rate_limits is None else wait_for_rate_limits
        )
        return self.__class__(http_client=http_client or self._client, **kwargs, **_extra_kwargs)

    # `with_options` is the same operation under the name most callers use.
    with_options = copy
