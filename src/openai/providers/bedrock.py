"""Amazon Bedrock as a provider: the OpenAI-compatible endpoint of a region, bearer-token or SigV4 authentication.

Credential resolution, first match wins: `bedrock_token_provider=` (a callable returning a Bedrock API key),
`api_key=`, the `AWS_BEARER_TOKEN_BEDROCK` environment variable, `aws_credentials_provider=` (SigV4), then the
`AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` environment variables (SigV4).
"""

from __future__ import annotations

import os
import inspect
from typing import Any, Union, Mapping, Callable, Optional, Awaitable, cast

import httpx
from typing_extensions import Literal, TypeAlias, TypedDict, NotRequired

from ._sigv4 import sign_v4
from ._provider import Provider
from .._exceptions import OpenAIError

__all__ = [
    "bedrock",
    "BedrockProvider",
    "BedrockEndpoint",
    "BedrockTokenProvider",
    "AsyncBedrockTokenProvider",
    "AwsCredentials",
    "AwsCredentialsProvider",
]

BedrockEndpoint: TypeAlias = Literal["runtime", "mantle"]
"""`runtime`: `bedrock-runtime.<region>.amazonaws.com/openai/v1`; `mantle`: `bedrock-mantle.<region>.api.aws/v1`."""

BedrockTokenProvider: TypeAlias = Callable[[], str]
AsyncBedrockTokenProvider: TypeAlias = Callable[[], Awaitable[str]]


class AwsCredentials(TypedDict):
    """What an `AwsCredentialsProvider` returns (temporary credentials carry a session token)."""

    access_key_id: str
    secret_access_key: str
    session_token: NotRequired[Optional[str]]


AwsCredentialsProvider: TypeAlias = Callable[[], AwsCredentials]

ENV_BEARER_TOKEN = "AWS_BEARER_TOKEN_BEDROCK"
SIGNING_SERVICE = "bedrock"

_ENDPOINT_URLS: dict[str, str] = {
    "runtime": "https://bedrock-runtime.{region}.amazonaws.com/openai/v1",
    "mantle": "https://bedrock-mantle.{region}.api.aws/v1",
}


def bedrock_base_url(region: str, endpoint: BedrockEndpoint = "runtime") -> str:
    """The OpenAI-compatible base URL of Bedrock in `region`."""
    template = _ENDPOINT_URLS.get(endpoint)
    if template is None:
        raise ValueError(f"Unknown Bedrock `endpoint` {endpoint!r}; expected one of {', '.join(_ENDPOINT_URLS)}")
    if not region or any(not (ch.isalnum() or ch == "-") for ch in region):
        raise ValueError(f"Invalid AWS region {region!r}: expected a name such as 'us-east-1'")
    return template.format(region=region)


def _check_token(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise OpenAIError(f"The Bedrock token provider must return a non-empty string, got {type(value).__name__}")
    return value


class BedrockProvider(Provider):
    """Routes a client to Bedrock; build it with `openai.providers.bedrock(...)`."""

    name = "bedrock"

    def __init__(
        self,
        *,
        region: str,
        endpoint: BedrockEndpoint,
        token: str | None,
        token_provider: Callable[[], Any] | None,
        credentials_provider: AwsCredentialsProvider | None,
    ) -> None:
        self.region = region
        self.endpoint: BedrockEndpoint = endpoint
        self._base_url = bedrock_base_url(region, endpoint)
        self._token = token
        self._token_provider = token_provider
        self._credentials_provider = credentials_provider

    def __repr__(self) -> str:
        return f"BedrockProvider(region={self.region!r}, endpoint={self.endpoint!r}, auth={self.auth_mode!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def auth_mode(self) -> Literal["bearer", "sigv4"]:
        return "sigv4" if self._credentials_provider is not None else "bearer"

    def auth_headers(self) -> Mapping[str, str]:
        if self._credentials_provider is not None:
            return {}
        if self._token_provider is not None:
            value = self._token_provider()
            if inspect.isawaitable(value):
                if inspect.iscoroutine(value):
                    value.close()  # never awaited here; closing avoids a "never awaited" warning
                raise OpenAIError("An async `bedrock_token_provider` needs the async client (AsyncBedrockOpenAI)")
            return {"Authorization": f"Bearer {_check_token(value)}"}
        return {"Authorization": f"Bearer {self._token}"}

    async def async_auth_headers(self) -> Mapping[str, str]:
        if self._credentials_provider is None and self._token_provider is not None:
            value = self._token_provider()
            if inspect.isawaitable(value):
                value = await cast("Awaitable[object]", value)
            return {"Authorization": f"Bearer {_check_token(value)}"}
        return self.auth_headers()

    def prepare_request(self, request: httpx.Request) -> None:
        provider = self._credentials_provider
        if provider is None:
            return
        try:
            credentials = provider()
        except OpenAIError:
            raise
        except Exception as err:
            raise OpenAIError(f"The AWS credentials provider failed: {err}") from err
        access_key = credentials.get("access_key_id") if isinstance(credentials, dict) else None  # pyright: ignore[reportUnnecessaryIsInstance] -- user callable
        secret_key = credentials.get("secret_access_key") if isinstance(credentials, dict) else None  # pyright: ignore[reportUnnecessaryIsInstance] -- user callable
        if not access_key or not secret_key:
            raise OpenAIError(
                "The AWS credentials provider must return a dict with `access_key_id` and `secret_access_key`"
            )
        # Multipart and JSON bodies are both in memory by now; reading caches the bytes on the request.
        body = request.read()
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        headers = {name: value for name, value in request.headers.items()}
        headers.setdefault("host", request.url.netloc.decode("ascii"))
        for name in ("authorization", "x-amz-date", "x-amz-security-token"):
            if name in request.headers:
                del request.headers[name]
        signed = sign_v4(
            method=request.method,
            raw_path=raw_path,
            raw_query=raw_query,
            headers={k: v for k, v in headers.items() if k.lower() not in ("x-amz-date", "x-amz-security-token")},
            body=body,
            access_key_id=access_key,
            secret_access_key=secret_key,
            session_token=credentials.get("session_token"),
            region=self.region,
            service=SIGNING_SERVICE,
        )
        request.headers.update(signed)


def _env_credentials() -> AwsCredentials | None:
    access_key = os.environ.get("AWS_ACCESS_KEY_ID")
    secret_key = os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not access_key or not secret_key:
        return None
    return {
        "access_key_id": access_key,
        "secret_access_key": secret_key,
        "session_token": os.environ.get("AWS_SESSION_TOKEN") or None,
    }


def bedrock(
    region: str | None = None,
    *,
    endpoint: BedrockEndpoint = "runtime",
    api_key: str | None = None,
    bedrock_token_provider: Union[BedrockTokenProvider, AsyncBedrockTokenProvider, None] = None,
    aws_credentials_provider: AwsCredentialsProvider | None = None,
) -> BedrockProvider:
    """A Bedrock provider for `region` (default: `AWS_REGION`, then `AWS_DEFAULT_REGION`).

    Pass it as `OpenAI(provider=openai.providers.bedrock(region="us-east-1"))`. Raises `OpenAIError` when no
    credential can be found (see the module docstring for the order).
    """
    region = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if not region:
        raise OpenAIError("Missing AWS region: pass `region=` or set the AWS_REGION environment variable")
    given = [bedrock_token_provider is not None, bool(api_key), aws_credentials_provider is not None]
    if sum(given) > 1:
        raise ValueError(
            "The `api_key`, `bedrock_token_provider` and `aws_credentials_provider` arguments are mutually exclusive"
        )
    token = api_key or None
    credentials_provider = aws_credentials_provider
    if bedrock_token_provider is None and token is None and credentials_provider is None:
        token = os.environ.get(ENV_BEARER_TOKEN) or None
        if token is None:
            env_credentials = _env_credentials()
            if env_credentials is not None:
                snapshot = env_credentials

                def from_environment() -> AwsCredentials:
                    return snapshot

                credentials_provider = from_environment

        if token is None and credentials_provider is None:
            raise OpenAIError(
                "Missing Bedrock credentials: pass `api_key`, `bedrock_token_provider` or `aws_credentials_provider`, "
                f"or set {ENV_BEARER_TOKEN} (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
            )
    return BedrockProvider(
        region=region,
        endpoint=endpoint,
        token=token,
        token_provider=bedrock_token_provider,
        credentials_provider=credentials_provider,
    )
