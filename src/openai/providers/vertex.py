"""Google Vertex AI as a provider: the OpenAI-compatible endpoint of a project and region, Google OAuth tokens.

Credentials (at most one kind): `credentials=` (a `google.auth.credentials.Credentials`, e.g. a service account or
the result of `google.auth.default()`), or `token_provider=` (a callable returning an access token, sync or async,
called for every request). Without either, Application Default Credentials are loaded with `google.auth.default()`
(`GOOGLE_APPLICATION_CREDENTIALS`, the gcloud user credentials, or the metadata server of the machine).

Google credentials need the optional `google-auth` package (`pip install 'openai[vertex]'`); a `token_provider`
does not. Their access token is refreshed before it expires: when there is none yet, when it has expired, or when
it expires within `refresh_margin` seconds. The refresh is serialised by a lock (copies of a client share the
provider and therefore one token); the async client runs it in a worker thread so the event loop is not blocked.

The project: `project=`, else `GOOGLE_CLOUD_PROJECT`, else `GCLOUD_PROJECT`, else the project of the credentials
(`google.auth.default()`'s project, or the `project_id` of explicit credentials). The region: `region=`, else
`GOOGLE_CLOUD_LOCATION`, else `GOOGLE_CLOUD_REGION`, else `global`.
"""

from __future__ import annotations

import os
import inspect
import datetime
import importlib
import threading
from typing import Any, Union, Mapping, Callable, Optional, Sequence, Awaitable, cast

import httpx
import anyio.to_thread
from typing_extensions import Literal, TypeAlias

from ._provider import Provider
from .._exceptions import OpenAIError

__all__ = [
    "vertex",
    "vertex_base_url",
    "VertexProvider",
    "VertexTokenProvider",
    "AsyncVertexTokenProvider",
    "DEFAULT_SCOPES",
]

VertexTokenProvider: TypeAlias = Callable[[], str]
AsyncVertexTokenProvider: TypeAlias = Callable[[], Awaitable[str]]

#: OAuth scope requested for Application Default Credentials.
DEFAULT_SCOPES: tuple[str, ...] = ("https://www.googleapis.com/auth/cloud-platform",)
#: Seconds before expiry at which a token is refreshed.
DEFAULT_REFRESH_MARGIN = 300.0
#: Timeout (seconds) of the HTTP calls google-auth makes to refresh a token.
TOKEN_REQUEST_TIMEOUT = 60.0

ENV_PROJECT = ("GOOGLE_CLOUD_PROJECT", "GCLOUD_PROJECT")
ENV_REGION = ("GOOGLE_CLOUD_LOCATION", "GOOGLE_CLOUD_REGION")
DEFAULT_REGION = "global"

_INSTALL_HINT = "install it with `pip install 'openai[vertex]'`"


def _utcnow() -> datetime.datetime:
    """The current time (UTC, aware); tests replace it to move the clock."""
    return datetime.datetime.now(datetime.timezone.utc)


def vertex_base_url(project: str, region: str = DEFAULT_REGION) -> str:
    """The OpenAI-compatible base URL of Vertex AI for `project` in `region` (`global` uses the global host)."""
    if not region or any(not (ch.isalnum() or ch == "-") for ch in region):
        raise ValueError(f"Invalid Google Cloud region {region!r}: expected a name such as 'us-central1' or 'global'")
    if not project or any(ch.isspace() or ch in "/?#%" for ch in project):
        raise ValueError(f"Invalid Google Cloud project {project!r}: expected a project ID such as 'my-project'")
    host = "aiplatform.googleapis.com" if region == "global" else f"{region}-aiplatform.googleapis.com"
    return f"https://{host}/v1/projects/{project}/locations/{region}/endpoints/openapi"


def _missing_google_auth(what: str) -> OpenAIError:
    from ..helpers._deps import MissingDependencyError

    return MissingDependencyError(f"{what} needs the `google-auth` package; {_INSTALL_HINT}")


def _import_google_auth(what: str) -> Any:
    """`google.auth` (with its `exceptions` and `transport` submodules loaded), or `MissingDependencyError`."""
    try:
        module: Any = importlib.import_module("google.auth")  # optional dependency
        importlib.import_module("google.auth.exceptions")
        importlib.import_module("google.auth.transport")
        importlib.import_module("google.auth.credentials")
    except ImportError as err:
        raise _missing_google_auth(what) from err
    return module


class _TokenResponse:
    """What google-auth expects back from a transport request: `status`, `headers` and `data` (bytes)."""

    def __init__(self, response: httpx.Response) -> None:
        self.status = response.status_code
        self.headers: Mapping[str, str] = dict(response.headers)
        self.data = response.content


class _HttpxTokenRequest:
    """The `google.auth.transport.Request` interface over httpx, so refreshing needs neither `requests` nor urllib3.

    google-auth calls it to reach the token endpoint (or the metadata server) while refreshing credentials.
    """

    def __init__(self, transport_error: type[Exception]) -> None:
        self._transport_error = transport_error
        self._client: httpx.Client | None = None

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: Optional[bytes] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        **kwargs: Any,
    ) -> _TokenResponse:
        if self._client is None:
            self._client = httpx.Client()
        try:
            response = self._client.request(
                method,
                url,
                content=body,
                headers=headers,
                timeout=TOKEN_REQUEST_TIMEOUT if timeout is None else timeout,
            )
        except httpx.HTTPError as err:
            raise self._transport_error(err) from err
        return _TokenResponse(response)


def _check_token(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise OpenAIError(f"The Vertex token provider must return a non-empty string, got {type(value).__name__}")
    return value


def _as_utc(value: object) -> datetime.datetime | None:
    """A credentials' `expiry`: google-auth stores naive UTC datetimes; aware ones are converted."""
    if not isinstance(value, datetime.datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.timezone.utc)
    return value.astimezone(datetime.timezone.utc)


class VertexProvider(Provider):
    """Routes a client to Vertex AI; build it with `openai.providers.vertex(...)`."""

    name = "vertex"

    def __init__(
        self,
        *,
        project: str,
        region: str,
        credentials: Any = None,
        token_provider: Callable[[], Any] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        if (credentials is None) == (token_provider is None):
            raise ValueError("A VertexProvider needs exactly one of `credentials` and `token_provider`")
        self.project = project
        self.region = region
        self.refresh_margin = refresh_margin
        self._base_url = vertex_base_url(project, region)
        self._credentials: Any = credentials
        self._token_provider = token_provider
        self._lock = threading.Lock()
        self._token_request: _HttpxTokenRequest | None = None

    def __repr__(self) -> str:
        return f"VertexProvider(project={self.project!r}, region={self.region!r}, auth={self.auth_mode!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def auth_mode(self) -> Literal["credentials", "token_provider"]:
        return "token_provider" if self._token_provider is not None else "credentials"

    @property
    def credentials(self) -> Any:
        """The Google credentials in use (None with a `token_provider`)."""
        return self._credentials

    # -- token cache -------------------------------------------------------------------------------------------

    def _fresh_token(self) -> str | None:
        """The credentials' current token when it is not within `refresh_margin` of its expiry, else None."""
        # The expiry is read first: google-auth stores a new token before its expiry, so a new expiry never comes
        # with an old token when another thread is refreshing at the same moment.
        expiry = _as_utc(getattr(self._credentials, "expiry", None))
        token: object = getattr(self._credentials, "token", None)
        if not isinstance(token, str) or not token:
            return None
        if expiry is None:
            return token  # credentials without an expiry (e.g. a static token) never need refreshing
        if expiry - datetime.timedelta(seconds=self.refresh_margin) <= _utcnow():
            return None
        return token

    def _refresh_token(self) -> str:
        """Refresh the credentials unless another thread just did; the new token."""
        with self._lock:
            token = self._fresh_token()
            if token is not None:
                return token
            google_auth = _import_google_auth("Refreshing Google credentials")
            if self._token_request is None:
                self._token_request = _HttpxTokenRequest(google_auth.exceptions.TransportError)
            try:
                self._credentials.refresh(self._token_request)
            except Exception as err:
                raise OpenAIError(f"Could not refresh the Google credentials for Vertex AI: {err}") from err
            token_value: object = getattr(self._credentials, "token", None)
            if not isinstance(token_value, str) or not token_value:
                raise OpenAIError("The Google credentials have no access token after refreshing")
            return token_value

    def _headers(self, token: str) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {token}"}
        quota_project: object = getattr(self._credentials, "quota_project_id", None)
        if isinstance(quota_project, str) and quota_project:
            headers["x-goog-user-project"] = quota_project
        return headers

    # -- Provider interface ------------------------------------------------------------------------------------

    def auth_headers(self) -> Mapping[str, str]:
        if self._token_provider is not None:
            value = self._token_provider()
            if inspect.isawaitable(value):
                if inspect.iscoroutine(value):
                    value.close()  # never awaited here; closing avoids a "never awaited" warning
                raise OpenAIError("An async Vertex `token_provider` needs the async client (AsyncOpenAI)")
            return self._headers(_check_token(value))
        token = self._fresh_token()
        if token is None:
            token = self._refresh_token()
        return self._headers(token)

    async def async_auth_headers(self) -> Mapping[str, str]:
        if self._token_provider is not None:
            value = self._token_provider()
            if inspect.isawaitable(value):
                value = await cast("Awaitable[object]", value)
            return self._headers(_check_token(value))
        token = self._fresh_token()
        if token is None:
            # The refresh does blocking HTTP (and may wait for the lock): keep it off the event loop.
            token = await anyio.to_thread.run_sync(self._refresh_token)
        return self._headers(token)


def _first_env(names: Sequence[str]) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value.strip()
    return None


def vertex(
    project: str | None = None,
    region: str | None = None,
    *,
    credentials: Any = None,
    token_provider: Union[VertexTokenProvider, AsyncVertexTokenProvider, None] = None,
    scopes: Sequence[str] | None = None,
    refresh_margin: float = DEFAULT_REFRESH_MARGIN,
) -> VertexProvider:
    """A Vertex AI provider (see the module docstring for how the project, region and credentials are found).

    Pass it as `OpenAI(provider=openai.providers.vertex(project="my-project", region="us-central1"))`.
    `scopes` are requested for Application Default Credentials (default: `cloud-platform`).

    Raises:
        ValueError: both `credentials` and `token_provider`, a negative `refresh_margin`, or an invalid project or
            region name.
        MissingDependencyError: Google credentials are needed and `google-auth` is not installed.
        OpenAIError: no project could be found, or Application Default Credentials could not be loaded.
    """
    if credentials is not None and token_provider is not None:
        raise ValueError("The `credentials` and `token_provider` arguments are mutually exclusive")
    if refresh_margin < 0:
        raise ValueError("`refresh_margin` must be a number of seconds >= 0")
    if token_provider is not None and not callable(token_provider):
        raise TypeError(f"`token_provider` must be a callable returning an access token, got {token_provider!r}")

    credentials_project: str | None = None
    if credentials is not None:
        google_auth = _import_google_auth("Vertex AI with Google `credentials`")
        if not callable(getattr(credentials, "refresh", None)):
            raise TypeError(
                f"`credentials` must be Google credentials (with a `refresh(request)` method), got {credentials!r}"
            )
        # Service-account credentials created without scopes cannot get a token until they are given some.
        credentials = google_auth.credentials.with_scopes_if_required(credentials, list(scopes or DEFAULT_SCOPES))
        value: object = getattr(credentials, "project_id", None)
        credentials_project = value if isinstance(value, str) and value else None
    project = project or _first_env(ENV_PROJECT)
    if credentials is None and token_provider is None:
        google_auth = _import_google_auth("Vertex AI with Application Default Credentials")
        try:
            credentials, credentials_project = google_auth.default(scopes=list(scopes or DEFAULT_SCOPES))
        except google_auth.exceptions.DefaultCredentialsError as err:
            raise OpenAIError(
                "Could not load Google Application Default Credentials for Vertex AI: pass `credentials=` or "
                f"`token_provider=`, set GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default "
                f"login` ({err})"
            ) from err
    project = project or credentials_project
    if not project:
        raise OpenAIError(
            "Missing Google Cloud project for Vertex AI: pass `project=`, set the GOOGLE_CLOUD_PROJECT environment "
            "variable, or use credentials that name a project"
        )
    region = region or _first_env(ENV_REGION) or DEFAULT_REGION
    return VertexProvider(
        project=project,
        region=region,
        credentials=credentials,
        token_provider=token_provider,
        refresh_margin=refresh_margin,
    )
