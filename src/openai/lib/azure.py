"""Azure OpenAI clients: `AzureOpenAI` and `AsyncAzureOpenAI`.

They are the OpenAI clients with three differences: the base URL is built from the Azure endpoint (and optional
deployment) with `api-version` always in the query; model-scoped endpoints are routed to
`/deployments/<model>/...`; and a call authenticates with `api-key: <key>` or, with Azure AD,
`Authorization: Bearer <token>` (a static token, or a provider called for every call). Exactly one credential may
be given: an API key (a string, or a callable returning one for every call), an Azure AD token, an AD token
provider, or a workload identity (its exchanged access token is sent as a bearer token). An `admin_api_key`
authenticates the admin endpoints as on the OpenAI client.
"""

from __future__ import annotations

import os
import inspect
from typing import Any, Union, Mapping, Callable, Optional, Awaitable, cast

import httpx
from typing_extensions import Self, TypeAlias

from .._hooks import Hooks
from .._retry import RetryPolicy
from .._types import Timeout, NotGiven, not_given
from .._client import OpenAI, AsyncOpenAI
from .._pipeline import BaseClient
from .._constants import DEFAULT_MAX_RETRIES
from .._exceptions import OpenAIError, MutuallyExclusiveAuthError
from .._base_openai import DataResidency
from ..auth._workload import WorkloadIdentity, WorkloadIdentityAuth
from ..providers._provider import Provider
from .._final_request_options import FinalRequestOptions

__all__ = [
    "API_KEY_SENTINEL",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "MutuallyExclusiveAuthError",
    "BaseAzureClient",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
]

AzureADTokenProvider: TypeAlias = Callable[[], str]
AsyncAzureADTokenProvider: TypeAlias = Callable[[], "str | Awaitable[str]"]

API_KEY_SENTINEL = "<Missing Key>"
"""Placeholder api key of clients that authenticate with Azure AD only."""

# Endpoints whose URL carries the deployment: `/deployments/<model><path>` when the client has no deployment.
_DEPLOYMENT_ENDPOINTS = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    }
)

_MISSING_CREDENTIALS = (
    "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, `azure_ad_token_provider` or "
    "`workload_identity`, or set the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variable."
)


def _resolve_azure_settings(
    *,
    api_key: Union[str, Callable[[], Any], None],
    azure_ad_token: Optional[str],
    azure_ad_token_provider: Optional[Callable[[], Any]],
    workload_identity: Union[WorkloadIdentity, WorkloadIdentityAuth, None],
    admin_api_key: Optional[str],
    api_version: Optional[str],
    azure_endpoint: Optional[str],
    azure_deployment: Optional[str],
    base_url: Union[str, httpx.URL, None],
    default_query: Optional[Mapping[str, object]],
    enforce_credentials: bool,
) -> tuple[Union[str, Callable[[], Any], None], Optional[str], Optional[str], Union[str, httpx.URL], dict[str, object]]:
    given = [
        value for value in (api_key, azure_ad_token, azure_ad_token_provider, workload_identity) if value is not None
    ]
    if len(given) > 1:
        raise MutuallyExclusiveAuthError(
            "The `api_key`, `azure_ad_token`, `azure_ad_token_provider` and `workload_identity` arguments are "
            "mutually exclusive; pass only one of them."
        )
    if not given:
        # The environment only fills in when no credential was passed, so it can never create a conflict.
        api_key = os.environ.get("AZURE_OPENAI_API_KEY")
        if api_key is None:
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
    has_credential = any(
        value is not None for value in (api_key, azure_ad_token, azure_ad_token_provider, workload_identity)
    )
    if enforce_credentials and not has_credential and not (admin_api_key or os.environ.get("OPENAI_ADMIN_KEY")):
        raise OpenAIError(_MISSING_CREDENTIALS)

    if api_version is None:
        api_version = os.environ.get("OPENAI_API_VERSION")
    if api_version is None:
        raise ValueError(
            "Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"
        )
    query: dict[str, object] = {**(default_query or {}), "api-version": api_version}

    if base_url is None:
        if azure_endpoint is None:
            azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
        if azure_endpoint is None:
            raise ValueError(
                "Must provide one of the `base_url` or `azure_endpoint` arguments, or the `AZURE_OPENAI_ENDPOINT` "
                "environment variable"
            )
        endpoint = azure_endpoint.rstrip("/")
        base_url = f"{endpoint}/openai/deployments/{azure_deployment}" if azure_deployment else f"{endpoint}/openai"
    elif azure_endpoint is not None:
        raise ValueError("The `base_url` and `azure_endpoint` arguments are mutually exclusive")
    return api_key or None, azure_ad_token, azure_endpoint, base_url, query


def _reject_openai_only_options(provider: object, data_residency: object) -> None:
    if provider is not None and not isinstance(provider, NotGiven):
        raise OpenAIError(
            "Azure OpenAI clients cannot use a `provider`: the Azure endpoint is the service. Use `OpenAI(provider=...)`"
        )
    if data_residency is not None:
        raise OpenAIError(
            "Azure OpenAI clients have no `data_residency` option: the region is part of the `azure_endpoint`"
        )


class BaseAzureClient(BaseClient[Any, Any]):
    """Routing and credential rules shared by the sync and async Azure clients (no I/O)."""

    _api_version: str
    _azure_ad_token: Optional[str]
    _azure_endpoint: Optional[str]
    _azure_deployment: Optional[str]
    _azure_ad_token_provider: Optional[Callable[[], Any]]
    _api_key_provider: Optional[Callable[[], Any]]
    _workload_auth: Optional[WorkloadIdentityAuth]
    _base_url: httpx.URL
    api_key: str
    admin_api_key: Optional[str]

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        url = options.url
        if url in _DEPLOYMENT_ENDPOINTS:
            body = options.json_data
            if isinstance(body, Mapping) and "/deployments" not in self._base_url.path:
                model = cast("Mapping[str, object]", body).get("model")
                if isinstance(model, str) and model:
                    return options.copy(url=f"/deployments/{model}{url}")
        elif self._azure_deployment and self._azure_endpoint and not url.startswith(("http://", "https://")):
            # A deployment-scoped client still serves account-level endpoints (files, batches, ...) unscoped.
            return options.copy(url=f"{self._azure_endpoint.rstrip('/')}/openai{url}")
        return options

    @property
    def auth_headers(self) -> dict[str, str]:
        # Credentials are chosen per call in `_azure_auth`; the bearer header of the OpenAI client is never sent.
        return {}

    def _validate_auth(self, headers: Mapping[str, str], options: FinalRequestOptions) -> None:
        return None

    def _azure_auth(self, token: Optional[str], api_key: Optional[str] = None) -> dict[str, str]:
        if token is not None:
            return {"Authorization": f"Bearer {token}"}
        key = api_key if api_key is not None else self.api_key
        if key and key != API_KEY_SENTINEL:
            return {"api-key": key}
        return {}

    def _admin_auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_api_key}"} if self.admin_api_key else {}


def _check_token(value: object) -> str:
    if not value or not isinstance(value, str):
        raise ValueError(f"Expected `azure_ad_token_provider` to return a non-empty string but it returned {value!r}")
    return value


def _check_api_key(value: object) -> str:
    if not value or not isinstance(value, str):
        raise ValueError(f"Expected the `api_key` callable to return a non-empty string but it returned {value!r}")
    return value


class AzureOpenAI(BaseAzureClient, OpenAI):
    """Blocking client for Azure OpenAI deployments."""

    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: str | Callable[[], str] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AzureADTokenProvider | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        base_url: str | httpx.URL | None = None,
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
        """Create a client from explicit arguments or `AZURE_OPENAI_*` / `OPENAI_API_VERSION` variables."""
        key, token, endpoint, resolved_base_url, query = _resolve_azure_settings(
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            workload_identity=workload_identity,
            admin_api_key=admin_api_key,
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            base_url=base_url,
            default_query=default_query,
            enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            api_key=key or API_KEY_SENTINEL,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=resolved_base_url,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=query,
            http_client=http_client,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=False,
        )
        # Azure checked its own credentials above; copies inherit the caller's choice.
        self._enforce_credentials = _enforce_credentials
        self._api_version = cast(str, query["api-version"])
        self._azure_ad_token = token
        self._azure_ad_token_provider = azure_ad_token_provider
        self._azure_endpoint = endpoint
        self._azure_deployment = azure_deployment if endpoint else None

    def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        if options.security == "admin":
            return self._admin_auth()
        if self._uses_workload_token(options):
            assert self._workload_auth is not None
            return {"Authorization": f"Bearer {self._workload_auth.get_token()}"}
        if self._api_key_provider is not None:
            return self._azure_auth(None, _check_api_key(self._api_key_provider()))
        provider = self._azure_ad_token_provider
        token = _check_token(provider()) if provider is not None else self._azure_ad_token
        return self._azure_auth(token)

    def copy(  # type: ignore[override] # Azure adds its own options
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
        api_version: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AzureADTokenProvider | None = None,
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
        """A new client with some options changed; it shares this client's connection pool.

        `provider` and `data_residency` do not apply to Azure and raise `OpenAIError` when given.
        """
        _reject_openai_only_options(provider, data_residency)
        kwargs = _azure_copy_kwargs(
            self,
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            api_version=api_version,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            enforce_credentials=_enforce_credentials,
        )
        kwargs["retry_policy"] = retry_policy or self.retry_policy
        kwargs["deadline"] = self.deadline if isinstance(deadline, NotGiven) else deadline
        kwargs["hooks"] = hooks or self.hooks
        kwargs["wait_for_rate_limits"] = (
            self.wait_for_rate_limits if wait_for_rate_limits is None else wait_for_rate_limits
        )
        new = self.__class__(http_client=http_client or self._client, **kwargs, **_extra_kwargs)
        new._azure_endpoint = self._azure_endpoint
        new._azure_deployment = self._azure_deployment
        return new

    with_options = copy  # type: ignore[assignment] # same operation, Azure signature


class AsyncAzureOpenAI(BaseAzureClient, AsyncOpenAI):
    """Async client for Azure OpenAI deployments."""

    def __init__(
        self,
        *,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_version: str | None = None,
        api_key: str | Callable[[], Awaitable[str]] | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AsyncAzureADTokenProvider | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
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
        """Create a client from explicit arguments or `AZURE_OPENAI_*` / `OPENAI_API_VERSION` variables."""
        key, token, endpoint, resolved_base_url, query = _resolve_azure_settings(
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            workload_identity=workload_identity,
            admin_api_key=admin_api_key,
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            base_url=base_url,
            default_query=default_query,
            enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            api_key=key or API_KEY_SENTINEL,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=resolved_base_url,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=query,
            http_client=http_client,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=False,
        )
        self._enforce_credentials = _enforce_credentials
        self._api_version = cast(str, query["api-version"])
        self._azure_ad_token = token
        self._azure_ad_token_provider = azure_ad_token_provider
        self._azure_endpoint = endpoint
        self._azure_deployment = azure_deployment if endpoint else None

    async def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        if options.security == "admin":
            return self._admin_auth()
        if self._uses_workload_token(options):
            assert self._workload_auth is not None
            return {"Authorization": f"Bearer {await self._workload_auth.async_get_token()}"}
        if self._api_key_provider is not None:
            key: object = self._api_key_provider()
            if inspect.isawaitable(key):
                key = await cast("Awaitable[object]", key)
            return self._azure_auth(None, _check_api_key(key))
        provider = self._azure_ad_token_provider
        if provider is None:
            return self._azure_auth(self._azure_ad_token)
        value: object = provider()
        if inspect.isawaitable(value):
            value = await cast("Awaitable[object]", value)
        return self._azure_auth(_check_token(value))

    def copy(  # type: ignore[override] # Azure adds its own options
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
        api_version: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AsyncAzureADTokenProvider | None = None,
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
        """A new client with some options changed; it shares this client's connection pool.

        `provider` and `data_residency` do not apply to Azure and raise `OpenAIError` when given.
        """
        _reject_openai_only_options(provider, data_residency)
        kwargs = _azure_copy_kwargs(
            self,
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            api_version=api_version,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            enforce_credentials=_enforce_credentials,
        )
        kwargs["retry_policy"] = retry_policy or self.retry_policy
        kwargs["deadline"] = self.deadline if isinstance(deadline, NotGiven) else deadline
        kwargs["hooks"] = hooks or self.hooks
        kwargs["wait_for_rate_limits"] = (
            self.wait_for_rate_limits if wait_for_rate_limits is None else wait_for_rate_limits
        )
        new = self.__class__(http_client=http_client or self._client, **kwargs, **_extra_kwargs)
        new._azure_endpoint = self._azure_endpoint
        new._azure_deployment = self._azure_deployment
        return new

    with_options = copy  # type: ignore[assignment] # same operation, Azure signature


def _azure_copy_kwargs(
    client: AzureOpenAI | AsyncAzureOpenAI,
    *,
    api_key: str | Callable[[], Any] | None,
    admin_api_key: str | None,
    workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None,
    organization: str | None,
    project: str | None,
    webhook_secret: str | None,
    websocket_base_url: str | httpx.URL | None,
    api_version: str | None,
    azure_ad_token: str | None,
    azure_ad_token_provider: Callable[[], Any] | None,
    base_url: str | httpx.URL | None | NotGiven,
    timeout: float | Timeout | None | NotGiven,
    max_retries: int | NotGiven,
    default_headers: Mapping[str, str] | None,
    set_default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
    set_default_query: Mapping[str, object] | None,
    enforce_credentials: bool | None,
) -> dict[str, Any]:
    kwargs = client._copy_kwargs(
        api_key=None,
        admin_api_key=admin_api_key,
        organization=organization,
        project=project,
        webhook_secret=webhook_secret,
        websocket_base_url=websocket_base_url,
        base_url=base_url,
        data_residency=None,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        set_default_headers=set_default_headers,
        default_query=default_query,
        set_default_query=set_default_query,
        current_base_url=client.base_url,
        current_timeout=client.timeout,
        current_max_retries=client.max_retries,
        current_query=client._custom_query,
        enforce_credentials=enforce_credentials,
    )
    for key in ("api_key", "workload_identity", "provider"):
        kwargs.pop(key, None)

    # One credential only: a new one replaces the inherited one instead of conflicting with it.
    new_credential = api_key or azure_ad_token or azure_ad_token_provider or workload_identity
    if new_credential is not None:
        kwargs["api_key"] = api_key
        kwargs["azure_ad_token"] = azure_ad_token
        kwargs["azure_ad_token_provider"] = azure_ad_token_provider
        kwargs["workload_identity"] = workload_identity
    else:
        inherited_key: Any = client._api_key_provider
        if inherited_key is None and client.api_key and client.api_key != API_KEY_SENTINEL:
            inherited_key = client.api_key
        kwargs["api_key"] = inherited_key
        kwargs["workload_identity"] = client._workload_auth if inherited_key is None else None
        has_other = inherited_key is not None or client._workload_auth is not None
        kwargs["azure_ad_token"] = client._azure_ad_token if not has_other else None
        kwargs["azure_ad_token_provider"] = (
            client._azure_ad_token_provider if not has_other and client._azure_ad_token is None else None
        )
    kwargs["api_version"] = api_version or client._api_version
    query = dict(cast("Mapping[str, object]", kwargs["default_query"]))
    query.pop("api-version", None)
    kwargs["default_query"] = query
    return kwargs


# --- names outside code imports from `openai.lib.azure` (official spellings) ------------------------------------

from typing import TypeVar as TypeVar, overload as overload  # noqa: E402

from typing_extensions import override as override  # noqa: E402

from .._types import NOT_GIVEN as NOT_GIVEN, Omit as Omit, Query as Query, Headers as Headers, is_given as is_given  # noqa: E402
from .._utils import is_mapping as is_mapping  # noqa: E402
from .._compat import model_copy as model_copy  # noqa: E402
from .._models import SecurityOptions as SecurityOptions  # noqa: E402
from .._streaming import Stream as Stream, AsyncStream as AsyncStream  # noqa: E402
from ..auth._workload import (  # noqa: E402
    X509WorkloadIdentity as X509WorkloadIdentity,
    is_x509_workload_identity as is_x509_workload_identity,
)
