"""`BedrockOpenAI` / `AsyncBedrockOpenAI`: OpenAI clients preconfigured with the Bedrock provider.

`BedrockOpenAI(aws_region="us-east-1")` is `OpenAI(provider=openai.providers.bedrock(region="us-east-1"))` with the
Bedrock credential options spelled out as constructor arguments (see `openai.providers.bedrock` for how the region
and the credentials are resolved). The arguments are recorded, so `copy()` / `with_options()` can change some of
them (a new region, new credentials) and resolve the rest exactly as the original client did.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Union, Mapping, Callable, Optional

import httpx
from typing_extensions import Self

from .._hooks import Hooks
from .._retry import RetryPolicy
from .._types import Timeout, NotGiven, not_given
from .._client import OpenAI, AsyncOpenAI
from .._constants import DEFAULT_MAX_RETRIES
from .._exceptions import OpenAIError
from .._base_openai import DataResidency
from ..auth._workload import WorkloadIdentity, WorkloadIdentityAuth
from ..providers.bedrock import (
    BedrockEndpoint,
    BedrockProvider,
    BedrockTokenProvider as BedrockTokenProvider,
    AwsCredentialsProvider as AwsCredentialsProvider,
    AsyncBedrockTokenProvider as AsyncBedrockTokenProvider,
    bedrock,
)
from ..providers._provider import Provider

__all__ = [
    "BedrockOpenAI",
    "AsyncBedrockOpenAI",
    "BedrockTokenProvider",
    "AsyncBedrockTokenProvider",
    "AwsCredentialsProvider",
]


@dataclasses.dataclass(frozen=True)
class _BedrockState:
    """The Bedrock arguments of a client as given (unresolved), so a copy can re-resolve them with changes.

    `region` is only recorded when it was explicit; otherwise copies find it again from the environment or the
    profile. The credential fields hold at most one kind of credential.
    """

    region: Optional[str] = None
    endpoint: BedrockEndpoint = "runtime"
    api_key: Optional[str] = None
    bedrock_token_provider: Optional[Callable[[], Any]] = None
    aws_profile: Optional[str] = None
    aws_access_key_id: Optional[str] = None
    aws_secret_access_key: Optional[str] = None
    aws_session_token: Optional[str] = None
    aws_credentials_provider: Optional[AwsCredentialsProvider] = None

    def with_changes(
        self,
        *,
        region: Optional[str],
        endpoint: Optional[BedrockEndpoint],
        api_key: Optional[str],
        bedrock_token_provider: Optional[Callable[[], Any]],
        aws_profile: Optional[str],
        aws_access_key_id: Optional[str],
        aws_secret_access_key: Optional[str],
        aws_session_token: Optional[str],
        aws_credentials_provider: Optional[AwsCredentialsProvider],
    ) -> _BedrockState:
        """New arguments over the recorded ones; any new credential replaces the recorded credential entirely."""
        new_credential = any(
            value is not None
            for value in (
                api_key,
                bedrock_token_provider,
                aws_profile,
                aws_access_key_id,
                aws_secret_access_key,
                aws_session_token,
                aws_credentials_provider,
            )
        )
        credentials = (
            _BedrockState(
                api_key=api_key,
                bedrock_token_provider=bedrock_token_provider,
                aws_profile=aws_profile,
                aws_access_key_id=aws_access_key_id,
                aws_secret_access_key=aws_secret_access_key,
                aws_session_token=aws_session_token,
                aws_credentials_provider=aws_credentials_provider,
            )
            if new_credential
            else self
        )
        return dataclasses.replace(
            credentials,
            region=region if region is not None else self.region,
            endpoint=endpoint if endpoint is not None else self.endpoint,
        )

    def provider(self, region: Optional[str], *, enforce_credentials: bool = True) -> BedrockProvider:
        token_provider = self.bedrock_token_provider
        has_credential = any(
            value is not None
            for value in (
                self.api_key or None,
                token_provider,
                self.aws_profile,
                self.aws_access_key_id,
                self.aws_credentials_provider,
            )
        )
        if not has_credential:
            import openai

            # The module-level setting lets applications configure the token source once.
            token_provider = openai.bedrock_token_provider
        return bedrock(
            region,
            endpoint=self.endpoint,
            api_key=self.api_key,
            bedrock_token_provider=token_provider,
            aws_credentials_provider=self.aws_credentials_provider,
            aws_profile=self.aws_profile,
            aws_access_key_id=self.aws_access_key_id,
            aws_secret_access_key=self.aws_secret_access_key,
            aws_session_token=self.aws_session_token,
            require_credentials=enforce_credentials,
        )


class _BedrockMixin:
    """The Bedrock state and the copy rules shared by both clients."""

    _provider: Optional[Provider]
    _bedrock_state: _BedrockState

    @property
    def provider(self) -> BedrockProvider:
        """The Bedrock provider this client sends its requests through."""
        assert isinstance(self._provider, BedrockProvider)
        return self._provider

    @property
    def aws_region(self) -> str:
        """The AWS region the client sends to (and signs for)."""
        return self.provider.region

    def _init_bedrock(
        self,
        *,
        api_key: str | None,
        bedrock_token_provider: Callable[[], Any] | None,
        aws_region: str | None,
        aws_profile: str | None,
        aws_access_key_id: str | None,
        aws_secret_access_key: str | None,
        aws_session_token: str | None,
        aws_credentials_provider: AwsCredentialsProvider | None,
        endpoint: BedrockEndpoint | None,
        region: str | None,
        _provider: Provider | None,
        _state: _BedrockState | None,
        _region_was_explicit: bool | None,
        enforce_credentials: bool,
    ) -> BedrockProvider:
        if region is not None:
            if aws_region is not None and aws_region != region:
                raise ValueError("`region` is the former name of `aws_region`; pass only `aws_region`")
            aws_region = region
        explicit = _region_was_explicit if _region_was_explicit is not None else aws_region is not None
        state = (_state or _BedrockState()).with_changes(
            region=aws_region if explicit else None,
            endpoint=endpoint,
            api_key=api_key,
            bedrock_token_provider=bedrock_token_provider,
            aws_profile=aws_profile,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_credentials_provider=aws_credentials_provider,
        )
        self._bedrock_state = state
        if _provider is not None:
            # `copy()` hands over the provider when nothing that shapes it changed.
            if not isinstance(_provider, BedrockProvider):
                raise OpenAIError(f"A Bedrock client needs a Bedrock provider, got {_provider!r}")
            return _provider
        return state.provider(state.region or aws_region, enforce_credentials=enforce_credentials)

    def _bedrock_copy_kwargs(
        self,
        *,
        api_key: str | Callable[[], Any] | None,
        admin_api_key: str | None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None,
        provider: Provider | None | NotGiven,
        bedrock_token_provider: Callable[[], Any] | None,
        aws_region: str | None,
        aws_profile: str | None,
        aws_access_key_id: str | None,
        aws_secret_access_key: str | None,
        aws_session_token: str | None,
        aws_credentials_provider: AwsCredentialsProvider | None,
        data_residency: DataResidency | None,
    ) -> dict[str, Any]:
        if admin_api_key is not None:
            raise OpenAIError("Bedrock has no OpenAI admin API: `admin_api_key` cannot be used with a Bedrock client")
        if workload_identity is not None:
            raise OpenAIError(
                "Bedrock authenticates with AWS credentials or a Bedrock API key, not an OpenAI `workload_identity`"
            )
        if data_residency is not None:
            raise OpenAIError("The `data_residency` and `provider` arguments are mutually exclusive")
        if not isinstance(provider, NotGiven) and not isinstance(provider, BedrockProvider):
            raise OpenAIError(
                "A Bedrock client always uses a Bedrock provider; pass `openai.providers.bedrock(...)` or build an "
                "`OpenAI` client for another service"
            )
        token_provider = bedrock_token_provider
        if callable(api_key):
            # `api_key` may be a token provider, as for the OpenAI clients.
            if token_provider is not None:
                raise ValueError("Pass a callable `api_key` or `bedrock_token_provider`, not both")
            token_provider, api_key = api_key, None
        changes: dict[str, Any] = {
            "api_key": api_key,
            "bedrock_token_provider": token_provider,
            "aws_region": aws_region,
            "aws_profile": aws_profile,
            "aws_access_key_id": aws_access_key_id,
            "aws_secret_access_key": aws_secret_access_key,
            "aws_session_token": aws_session_token,
            "aws_credentials_provider": aws_credentials_provider,
        }
        kwargs: dict[str, Any] = {"_state": self._bedrock_state, **changes}
        if isinstance(provider, BedrockProvider):
            kwargs["_provider"] = provider
        elif all(value is None for value in changes.values()):
            kwargs["_provider"] = self._provider
        # A region given now is explicit; otherwise the recorded state decides (None: resolve it again).
        kwargs["_region_was_explicit"] = True if aws_region is not None else None
        return kwargs


class BedrockOpenAI(_BedrockMixin, OpenAI):
    """Synchronous client for the OpenAI-compatible API of Amazon Bedrock."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        bedrock_token_provider: BedrockTokenProvider | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
        _provider: Provider | None = None,
        _state: _BedrockState | None = None,
        _region_was_explicit: bool | None = None,
        endpoint: BedrockEndpoint | None = None,
        region: str | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
    ) -> None:
        """Build a Bedrock client; the region and credentials are resolved as in `openai.providers.bedrock`.

        `endpoint` picks the Bedrock API (`"runtime"`, default, or `"mantle"`); `region` is the former name of
        `aws_region`. `_provider`, `_state` and `_region_was_explicit` are set by `copy()`.
        """
        resolved = self._init_bedrock(
            api_key=api_key,
            bedrock_token_provider=bedrock_token_provider,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_credentials_provider=aws_credentials_provider,
            endpoint=endpoint,
            region=region,
            _provider=_provider,
            _state=_state,
            _region_was_explicit=_region_was_explicit,
            enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            provider=resolved,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=base_url if base_url is not None else not_given,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=_enforce_credentials,
        )

    def copy(  # type: ignore[override] # Bedrock adds its own options
        self,
        *,
        api_key: str | BedrockTokenProvider | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        provider: Provider | None | NotGiven = not_given,
        bedrock_token_provider: BedrockTokenProvider | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
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
        """A new client with some options changed; it shares this client's connection pool.

        New AWS credentials or a new region rebuild the provider from the recorded arguments; `admin_api_key`,
        `workload_identity`, `data_residency` and a non-Bedrock `provider` raise `OpenAIError`.
        """
        bedrock_kwargs = self._bedrock_copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            provider=provider,
            bedrock_token_provider=bedrock_token_provider,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_credentials_provider=aws_credentials_provider,
            data_residency=data_residency,
        )
        kwargs = _openai_copy_kwargs(
            self,
            provider_changes=bedrock_kwargs.get("_provider") is not self._provider,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
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
        return self.__class__(http_client=http_client or self._client, **bedrock_kwargs, **kwargs, **_extra_kwargs)

    with_options = copy  # type: ignore[assignment] # same operation, Bedrock signature


class AsyncBedrockOpenAI(_BedrockMixin, AsyncOpenAI):
    """Async client for the OpenAI-compatible API of Amazon Bedrock; the token provider may be async."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        bedrock_token_provider: AsyncBedrockTokenProvider | BedrockTokenProvider | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
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
        _provider: Provider | None = None,
        _state: _BedrockState | None = None,
        _region_was_explicit: bool | None = None,
        endpoint: BedrockEndpoint | None = None,
        region: str | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
    ) -> None:
        """Build an async Bedrock client; the region and credentials are resolved as in `openai.providers.bedrock`.

        `endpoint` picks the Bedrock API (`"runtime"`, default, or `"mantle"`); `region` is the former name of
        `aws_region`. `_provider`, `_state` and `_region_was_explicit` are set by `copy()`.
        """
        resolved = self._init_bedrock(
            api_key=api_key,
            bedrock_token_provider=bedrock_token_provider,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_credentials_provider=aws_credentials_provider,
            endpoint=endpoint,
            region=region,
            _provider=_provider,
            _state=_state,
            _region_was_explicit=_region_was_explicit,
            enforce_credentials=_enforce_credentials,
        )
        super().__init__(
            provider=resolved,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            base_url=base_url if base_url is not None else not_given,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=_enforce_credentials,
        )

    def copy(  # type: ignore[override] # Bedrock adds its own options
        self,
        *,
        api_key: str | AsyncBedrockTokenProvider | None = None,
        admin_api_key: str | None = None,
        workload_identity: WorkloadIdentity | WorkloadIdentityAuth | None = None,
        provider: Provider | None | NotGiven = not_given,
        bedrock_token_provider: AsyncBedrockTokenProvider | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
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
        """A new client with some options changed; it shares this client's connection pool.

        New AWS credentials or a new region rebuild the provider from the recorded arguments; `admin_api_key`,
        `workload_identity`, `data_residency` and a non-Bedrock `provider` raise `OpenAIError`.
        """
        bedrock_kwargs = self._bedrock_copy_kwargs(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            provider=provider,
            bedrock_token_provider=bedrock_token_provider,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            aws_credentials_provider=aws_credentials_provider,
            data_residency=data_residency,
        )
        kwargs = _openai_copy_kwargs(
            self,
            provider_changes=bedrock_kwargs.get("_provider") is not self._provider,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
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
        return self.__class__(http_client=http_client or self._client, **bedrock_kwargs, **kwargs, **_extra_kwargs)

    with_options = copy  # type: ignore[assignment] # same operation, Bedrock signature


def _openai_copy_kwargs(
    client: Union[BedrockOpenAI, AsyncBedrockOpenAI],
    *,
    provider_changes: bool,
    organization: str | None,
    project: str | None,
    webhook_secret: str | None,
    websocket_base_url: str | httpx.URL | None,
    base_url: str | httpx.URL | None | NotGiven,
    timeout: float | Timeout | None | NotGiven,
    max_retries: int | NotGiven,
    default_headers: Mapping[str, str] | None,
    set_default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
    set_default_query: Mapping[str, object] | None,
    enforce_credentials: bool | None,
) -> dict[str, Any]:
    """The non-Bedrock constructor arguments of a copy (organization, headers, timeouts, ...)."""
    kwargs = client._copy_kwargs(
        api_key=None,
        admin_api_key=None,
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
    for key in ("api_key", "admin_api_key", "workload_identity", "provider"):
        kwargs.pop(key, None)
    explicit_base_url = None if isinstance(base_url, NotGiven) else base_url
    if provider_changes and not explicit_base_url and _uses_provider_url(client):
        # A new region (or endpoint) has its own URL; a base URL the caller chose stays.
        kwargs["base_url"] = None
    elif isinstance(kwargs["base_url"], NotGiven):
        kwargs["base_url"] = None
    return kwargs


def _uses_provider_url(client: Union[BedrockOpenAI, AsyncBedrockOpenAI]) -> bool:
    return str(client.base_url).rstrip("/") == client.provider.base_url.rstrip("/")
