"""`BedrockOpenAI` / `AsyncBedrockOpenAI`: OpenAI clients preconfigured with the Bedrock provider.

`BedrockOpenAI(region="us-east-1")` is `OpenAI(provider=openai.providers.bedrock(region="us-east-1"))` with the
Bedrock credential options spelled out as constructor arguments; copies keep the provider.
"""

from __future__ import annotations

from typing import Mapping

import httpx

from .._hooks import Hooks
from .._retry import RetryPolicy
from .._types import Timeout, NotGiven, not_given
from .._client import OpenAI, AsyncOpenAI
from .._constants import DEFAULT_MAX_RETRIES
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


def _bedrock_provider(
    provider: Provider | None,
    region: str | None,
    endpoint: BedrockEndpoint,
    api_key: str | None,
    token_provider: BedrockTokenProvider | AsyncBedrockTokenProvider | None,
    aws_credentials_provider: AwsCredentialsProvider | None,
) -> Provider:
    if provider is not None:
        # Set by `copy()`/`with_options()`, which carry the provider over instead of rebuilding it.
        return provider
    if token_provider is None and not api_key and aws_credentials_provider is None:
        import openai

        # The module-level setting lets applications configure the token source once.
        token_provider = openai.bedrock_token_provider
    built: BedrockProvider = bedrock(
        region,
        endpoint=endpoint,
        api_key=api_key,
        bedrock_token_provider=token_provider,
        aws_credentials_provider=aws_credentials_provider,
    )
    return built


class BedrockOpenAI(OpenAI):
    """Synchronous client for the OpenAI-compatible API of Amazon Bedrock."""

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: BedrockEndpoint = "runtime",
        api_key: str | None = None,
        bedrock_token_provider: BedrockTokenProvider | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
        provider: Provider | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        admin_api_key: str | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Build a Bedrock client; credentials are resolved as described in `openai.providers.bedrock`."""
        resolved = _bedrock_provider(
            provider, region, endpoint, api_key, bedrock_token_provider, aws_credentials_provider
        )
        super().__init__(
            provider=resolved,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            admin_api_key=admin_api_key,
            base_url=base_url,
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

    @property
    def provider(self) -> Provider:
        """The Bedrock provider this client sends its requests through."""
        assert self._provider is not None
        return self._provider


class AsyncBedrockOpenAI(AsyncOpenAI):
    """Async client for the OpenAI-compatible API of Amazon Bedrock; the token provider may be async."""

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: BedrockEndpoint = "runtime",
        api_key: str | None = None,
        bedrock_token_provider: BedrockTokenProvider | AsyncBedrockTokenProvider | None = None,
        aws_credentials_provider: AwsCredentialsProvider | None = None,
        provider: Provider | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        admin_api_key: str | None = None,
        base_url: str | httpx.URL | None | NotGiven = not_given,
        websocket_base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        """Build an async Bedrock client; credentials are resolved as described in `openai.providers.bedrock`."""
        resolved = _bedrock_provider(
            provider, region, endpoint, api_key, bedrock_token_provider, aws_credentials_provider
        )
        super().__init__(
            provider=resolved,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            admin_api_key=admin_api_key,
            base_url=base_url,
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

    @property
    def provider(self) -> Provider:
        """The Bedrock provider this client sends its requests through."""
        assert self._provider is not None
        return self._provider
