"""Amazon Bedrock as a provider: the OpenAI-compatible endpoint of a region, bearer-token or SigV4 authentication.

Explicit credentials (at most one kind): `bedrock_token_provider=` (a callable returning a Bedrock API key),
`api_key=`, static AWS keys (`aws_access_key_id=` + `aws_secret_access_key=`, optionally `aws_session_token=`),
a named profile of the AWS shared config files (`aws_profile=`), or `aws_credentials_provider=`. Without any:
the `AWS_BEARER_TOKEN_BEDROCK` environment variable, then `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` /
`AWS_SESSION_TOKEN`, then the `AWS_PROFILE` profile. AWS credentials sign every request with SigV4.

The region: `region=`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the `region` of the profile in the AWS
config file. Profiles are read with botocore when it is installed (SSO, assumed roles, credential processes);
otherwise the static keys of the shared credentials and config files are used (`AWS_SHARED_CREDENTIALS_FILE`,
`AWS_CONFIG_FILE`, default `~/.aws/credentials` and `~/.aws/config`).
"""

from __future__ import annotations

import os
import inspect
import importlib
from typing import TYPE_CHECKING, Any, Union, Mapping, Callable, Optional, Awaitable, cast

import httpx
from typing_extensions import Literal, TypeAlias, TypedDict, NotRequired

from ._sigv4 import sign_v4
from ._provider import Provider
from .._exceptions import OpenAIError

if TYPE_CHECKING:
    import configparser

__all__ = [
    "bedrock",
    "BedrockProvider",
    "BedrockEndpoint",
    "BedrockTokenProvider",
    "AsyncBedrockTokenProvider",
    "AwsCredentials",
    "AwsCredentialsProvider",
    "profile_region",
    "profile_credentials_provider",
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


AwsCredentialsProvider: TypeAlias = Callable[[], Any]
"""Returns AWS credentials for each request: an `AwsCredentials` dict, or an object with `access_key`,
`secret_key` and `token` attributes (botocore `Credentials`, whose frozen snapshot is taken)."""

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
    def auth_mode(self) -> Literal["bearer", "sigv4", "none"]:
        if self._credentials_provider is not None:
            return "sigv4"
        return "bearer" if self._token or self._token_provider is not None else "none"

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
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

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
            credentials = _normalise_credentials(provider())
        except OpenAIError:
            raise
        except Exception as err:
            raise OpenAIError(f"The AWS credentials provider failed: {err}") from err
        access_key = credentials.get("access_key_id")
        secret_key = credentials.get("secret_access_key")
        if not access_key or not secret_key:
            raise OpenAIError(
                "The AWS credentials provider must return a dict with `access_key_id` and `secret_access_key` "
                "(or an object with `access_key` and `secret_key`)"
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


def _normalise_credentials(value: object) -> dict[str, Any]:
    """What a credentials provider returned, as a dict with `access_key_id`, `secret_access_key`, `session_token`."""
    if isinstance(value, Mapping):
        return dict(cast("Mapping[str, Any]", value))
    frozen = getattr(value, "get_frozen_credentials", None)
    if callable(frozen):
        # botocore refreshable credentials: take one consistent snapshot for this request.
        value = frozen()
    return {
        "access_key_id": getattr(value, "access_key", None),
        "secret_access_key": getattr(value, "secret_key", None),
        "session_token": getattr(value, "token", None),
    }


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


def _static(credentials: AwsCredentials) -> AwsCredentialsProvider:
    def static_credentials() -> AwsCredentials:
        return credentials

    return static_credentials


def _config_path(env: str, default: str) -> str:
    return os.path.expanduser(os.environ.get(env) or default)


def _read_ini(path: str) -> configparser.RawConfigParser:
    import configparser  # only when AWS files are read, not at `import openai`

    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as err:
        raise OpenAIError(f"Could not parse the AWS file {path}: {err}") from err
    return parser


def _profile_sections(profile: str) -> list[tuple[configparser.RawConfigParser, str]]:
    """The sections describing `profile`: the credentials file's `[name]`, then the config file's."""
    credentials = _read_ini(_config_path("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"))
    config = _read_ini(_config_path("AWS_CONFIG_FILE", "~/.aws/config"))
    config_section = "default" if profile == "default" else f"profile {profile}"
    found: list[tuple[configparser.RawConfigParser, str]] = []
    if credentials.has_section(profile):
        found.append((credentials, profile))
    if config.has_section(config_section):
        found.append((config, config_section))
    return found


def _botocore_session(profile: str) -> Any:
    try:
        session_module: Any = importlib.import_module("botocore.session")  # optional dependency
    except ImportError:
        return None
    try:
        return session_module.Session(profile=profile)
    except Exception as err:
        raise OpenAIError(f"Could not load the AWS profile {profile!r}: {err}") from err


def profile_region(profile: str | None) -> str | None:
    """The `region` configured for `profile` (default: `AWS_PROFILE`, then `default`) in the AWS config file."""
    name = profile or os.environ.get("AWS_PROFILE") or "default"
    for parser, section in _profile_sections(name):
        region = parser.get(section, "region", fallback=None)
        if region:
            return region.strip()
    return None


def profile_credentials_provider(profile: str) -> AwsCredentialsProvider:
    """Credentials of a named AWS profile, resolved for every request (so refreshed credentials are picked up).

    Uses botocore when installed (every profile kind); otherwise the static keys of the shared files.
    """
    session = _botocore_session(profile)
    if session is not None:

        def from_botocore() -> object:
            credentials = session.get_credentials()
            if credentials is None:
                raise OpenAIError(f"The AWS profile {profile!r} has no credentials")
            return credentials

        return from_botocore

    sections = _profile_sections(profile)
    if not sections:
        raise OpenAIError(
            f"The AWS profile {profile!r} was not found in the shared credentials or config file "
            "(AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE)"
        )
    for parser, section in sections:
        access_key = parser.get(section, "aws_access_key_id", fallback=None)
        secret_key = parser.get(section, "aws_secret_access_key", fallback=None)
        if access_key and secret_key:
            token = parser.get(section, "aws_session_token", fallback=None)
            return _static(
                {
                    "access_key_id": access_key.strip(),
                    "secret_access_key": secret_key.strip(),
                    "session_token": token.strip() if token else None,
                }
            )
    raise OpenAIError(
        f"The AWS profile {profile!r} has no static keys; install botocore to use SSO, role or process credentials"
    )


def bedrock(
    region: str | None = None,
    *,
    endpoint: BedrockEndpoint = "runtime",
    api_key: str | None = None,
    bedrock_token_provider: Union[BedrockTokenProvider, AsyncBedrockTokenProvider, None] = None,
    aws_credentials_provider: AwsCredentialsProvider | None = None,
    aws_profile: str | None = None,
    aws_access_key_id: str | None = None,
    aws_secret_access_key: str | None = None,
    aws_session_token: str | None = None,
    require_credentials: bool = True,
) -> BedrockProvider:
    """A Bedrock provider for `region` (see the module docstring for the region and credential rules).

    Pass it as `OpenAI(provider=openai.providers.bedrock(region="us-east-1"))`. With
    `require_credentials=False` a provider without any credential is allowed; its requests are sent unauthenticated.

    Raises:
        ValueError: more than one kind of credential, or an incomplete pair of AWS keys.
        OpenAIError: no region or no credential could be found, or the profile cannot be read.
    """
    if (aws_access_key_id is None) != (aws_secret_access_key is None):
        raise ValueError("`aws_access_key_id` and `aws_secret_access_key` must be given together")
    if aws_session_token is not None and aws_access_key_id is None:
        raise ValueError("`aws_session_token` needs `aws_access_key_id` and `aws_secret_access_key`")
    given = [
        bedrock_token_provider is not None,
        bool(api_key),
        aws_credentials_provider is not None,
        aws_profile is not None,
        aws_access_key_id is not None,
    ]
    if sum(given) > 1:
        raise ValueError(
            "The `api_key`, `bedrock_token_provider`, `aws_credentials_provider`, `aws_profile` and "
            "`aws_access_key_id`/`aws_secret_access_key` arguments are mutually exclusive"
        )
    region = (
        region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or profile_region(aws_profile)
    )
    if not region:
        raise OpenAIError(
            "Missing AWS region: pass `aws_region=` (`region=` to `openai.providers.bedrock`), set the AWS_REGION "
            "environment variable, or configure a region for the AWS profile"
        )
    token = api_key or None
    credentials_provider = aws_credentials_provider
    if aws_access_key_id is not None and aws_secret_access_key is not None:
        credentials_provider = _static(
            {
                "access_key_id": aws_access_key_id,
                "secret_access_key": aws_secret_access_key,
                "session_token": aws_session_token,
            }
        )
    elif aws_profile is not None:
        credentials_provider = profile_credentials_provider(aws_profile)
    if bedrock_token_provider is None and token is None and credentials_provider is None:
        token = os.environ.get(ENV_BEARER_TOKEN) or None
        if token is None:
            env_credentials = _env_credentials()
            if env_credentials is not None:
                credentials_provider = _static(env_credentials)
            elif os.environ.get("AWS_PROFILE"):
                credentials_provider = profile_credentials_provider(os.environ["AWS_PROFILE"])

        if token is None and credentials_provider is None and require_credentials:
            raise OpenAIError(
                "Missing Bedrock credentials: pass `api_key`, `bedrock_token_provider`, AWS keys, `aws_profile` or "
                f"`aws_credentials_provider`, or set {ENV_BEARER_TOKEN} (or AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)"
            )
    return BedrockProvider(
        region=region,
        endpoint=endpoint,
        token=token,
        token_provider=bedrock_token_provider,
        credentials_provider=credentials_provider,
    )
