"""Workload identity federation: subject-token providers, the OAuth 2.0 token exchange and the access-token cache.

A workload (a Kubernetes pod, an Azure VM, a GCP instance, a host holding an X.509 certificate) proves who it is
with a credential its platform issues; `WorkloadIdentityAuth` trades that credential for an OpenAI access token
at the token endpoint (RFC 8693 token exchange, or RFC 8705 mutual-TLS client credentials for X.509), caches the
token until shortly before it expires and refreshes it under a lock, so concurrent calls share one exchange.
"""

from __future__ import annotations

import os
import ssl
import json
import time
import threading
from typing import Any, Union, Mapping, Callable, Optional, cast

import httpx
from typing_extensions import Literal, Required, TypeAlias, TypedDict, TypeGuard

from .._exceptions import OAuthError, APITimeoutError, APIConnectionError, SubjectTokenProviderError

__all__ = [
    "DEFAULT_TOKEN_URL",
    "TOKEN_EXCHANGE_GRANT_TYPE",
    "SubjectTokenProvider",
    "WorkloadIdentity",
    "SubjectTokenWorkloadIdentity",
    "X509WorkloadIdentity",
    "WorkloadIdentityAuth",
    "x509_workload_identity",
    "k8s_service_account_token_provider",
    "azure_managed_identity_token_provider",
    "gcp_id_token_provider",
]

DEFAULT_TOKEN_URL = "https://auth.openai.com/oauth/token"
TOKEN_EXCHANGE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"
ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token"
DEFAULT_REFRESH_BUFFER_SECONDS = 60.0
# Used when the token endpoint omits `expires_in` (it is RECOMMENDED, not required, by RFC 6749 §5.1).
_FALLBACK_LIFETIME_SECONDS = 300.0

K8S_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"
AZURE_IMDS_TOKEN_URL = "http://169.254.169.254/metadata/identity/oauth2/token"
AZURE_TOKEN_EXCHANGE_RESOURCE = "api://AzureADTokenExchange"
GCP_IDENTITY_URL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity"

SubjectTokenType: TypeAlias = Union[
    Literal[
        "urn:ietf:params:oauth:token-type:jwt",
        "urn:ietf:params:oauth:token-type:id_token",
        "urn:ietf:params:oauth:token-type:access_token",
    ],
    str,
]


class SubjectTokenProvider(TypedDict):
    """Where the subject token comes from: `get_token()` returns it, `token_type` is its RFC 8693 type URN."""

    token_type: SubjectTokenType
    get_token: Callable[[], str]


class WorkloadIdentity(TypedDict, total=False):
    """Options common to every workload-identity flow.

    `client_id` identifies the OpenAI workload-identity client; `identity_provider_id` and `service_account_id`,
    when set, are sent with the exchange so the server can pick the trust configuration. `token_url` defaults to
    `DEFAULT_TOKEN_URL`; `refresh_buffer_seconds` (default 60) is how long before expiry a token is replaced.
    `provider` selects the RFC 8693 token exchange (`SubjectTokenWorkloadIdentity`); without it the identity must be
    an X.509 one (`X509WorkloadIdentity`). The client checks that exactly one of the two is given.
    """

    client_id: Required[str]
    identity_provider_id: str
    service_account_id: str
    token_url: str
    scope: str
    refresh_buffer_seconds: float
    provider: SubjectTokenProvider


class SubjectTokenWorkloadIdentity(WorkloadIdentity, total=False):
    """RFC 8693 token exchange of a subject token produced by `provider` (which this flow requires)."""


class X509WorkloadIdentity(WorkloadIdentity, total=False):
    """RFC 8705 mutual-TLS client credentials: the certificate presented in the TLS handshake is the proof."""

    type: Literal["x509"]
    """Marks the identity as the X.509 flow (set by `x509_workload_identity`)."""
    certificate_file: Required[str]
    private_key_file: Required[str]
    private_key_password: str


def _is_subject_token(identity: WorkloadIdentity) -> bool:
    return "provider" in identity


class _CachedToken:
    __slots__ = ("value", "refresh_at")

    def __init__(self, value: str, refresh_at: float) -> None:
        self.value = value
        self.refresh_at = refresh_at


class WorkloadIdentityAuth:
    """Holds one workload identity's access token; thread-safe, shared by a client and its copies.

    `http_client` is used for token-endpoint requests (a default client is built when omitted; for the X.509 flow
    it carries the client certificate). The async client calls `get_token` through a worker thread, so the event
    loop never blocks on a refresh while a valid cached token is returned without leaving the loop.
    """

    def __init__(self, identity: WorkloadIdentity, *, http_client: httpx.Client | None = None) -> None:
        if not isinstance(identity, dict):  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime check of user input
            raise TypeError(f"`workload_identity` must be a WorkloadIdentity dict, got {type(identity).__name__}")
        if not identity.get("client_id"):
            raise ValueError("`workload_identity` needs a non-empty `client_id`")
        is_subject = _is_subject_token(identity)
        is_x509 = "certificate_file" in identity
        if is_subject == is_x509:
            raise ValueError(
                "`workload_identity` needs exactly one of `provider` (a SubjectTokenProvider) or "
                "`certificate_file`/`private_key_file` (see `x509_workload_identity`)"
            )
        buffer = identity.get("refresh_buffer_seconds", DEFAULT_REFRESH_BUFFER_SECONDS)
        if buffer < 0:
            raise ValueError(f"`refresh_buffer_seconds` must not be negative, got {buffer!r}")
        self.identity = identity
        self.token_url = identity.get("token_url") or DEFAULT_TOKEN_URL
        self._refresh_buffer = float(buffer)
        self._lock = threading.Lock()
        self._token: Optional[_CachedToken] = None
        self._http_client = http_client
        self._owns_client = http_client is None

    # -- public API -------------------------------------------------------------------------------------------

    def get_token(self) -> str:
        """A valid access token: the cached one, or a fresh one from the token endpoint."""
        token = self._valid_cached()
        if token is not None:
            return token
        with self._lock:
            # Another thread may have refreshed while this one waited for the lock.
            token = self._valid_cached()
            if token is not None:
                return token
            cached = self._fetch()
            self._token = cached
            return cached.value

    async def async_get_token(self) -> str:
        """`get_token` for async callers: the refresh runs in a worker thread under the same lock."""
        token = self._valid_cached()
        if token is not None:
            return token
        import anyio.to_thread  # imported here: building a client must not import anyio

        return await anyio.to_thread.run_sync(self.get_token)

    def invalidate(self, rejected_token: str | None = None) -> None:
        """Forget the cached token (only if it is still `rejected_token`, when given) so the next call refreshes."""
        with self._lock:
            if self._token is not None and (rejected_token is None or self._token.value == rejected_token):
                self._token = None

    def close(self) -> None:
        """Close the token-endpoint HTTP client if this object created it."""
        if self._owns_client and self._http_client is not None:
            self._http_client.close()
            self._http_client = None

    # -- internals --------------------------------------------------------------------------------------------

    def _valid_cached(self) -> str | None:
        token = self._token
        if token is not None and time.monotonic() < token.refresh_at:
            return token.value
        return None

    def _client(self) -> httpx.Client:
        if self._http_client is None:
            verify: ssl.SSLContext | bool = True
            if not _is_subject_token(self.identity):
                verify = _x509_context(cast(X509WorkloadIdentity, self.identity))
            self._http_client = httpx.Client(verify=verify, timeout=httpx.Timeout(30.0, connect=5.0))
        return self._http_client

    def _form(self) -> dict[str, str]:
        identity = self.identity
        form: dict[str, str] = {"client_id": identity["client_id"]}
        provider = identity.get("provider")
        if provider is not None:
            subject = _call_provider(provider)
            form.update(
                grant_type=TOKEN_EXCHANGE_GRANT_TYPE,
                subject_token=subject,
                subject_token_type=provider["token_type"],
                requested_token_type=ACCESS_TOKEN_TYPE,
            )
        else:
            form["grant_type"] = "client_credentials"
        for key in ("identity_provider_id", "service_account_id", "scope"):
            value = identity.get(key)
            if value:
                form[key] = str(value)
        return form

    def _fetch(self) -> _CachedToken:
        form = self._form()
        started = time.monotonic()
        try:
            response = self._client().post(self.token_url, data=form, headers={"Accept": "application/json"})
        except httpx.TimeoutException as err:
            raise APITimeoutError(request=err.request) from err
        except httpx.RequestError as err:
            raise APIConnectionError(
                message=f"Could not reach the token endpoint {self.token_url}: {err}", request=err.request
            ) from err
        body = _json_or_text(response)
        if response.is_error:
            raise OAuthError(_oauth_message(response.status_code, body), response=response, body=body)
        if not isinstance(body, dict):
            raise OAuthError(
                "The token endpoint returned a body that is not a JSON object", response=response, body=body
            )
        fields: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType] -- JSON object
        access_token = fields.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise OAuthError("The token endpoint response has no `access_token`", response=response, body=fields)
        expires_in = fields.get("expires_in", _FALLBACK_LIFETIME_SECONDS)
        if isinstance(expires_in, str) and expires_in.strip().isdigit():
            expires_in = int(expires_in)
        if isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)) or expires_in <= 0:
            raise OAuthError(
                f"The token endpoint returned an invalid `expires_in`: {expires_in!r}", response=response, body=fields
            )
        # Short-lived tokens would otherwise be refreshed on every call: never spend more than half the lifetime.
        buffer = min(self._refresh_buffer, float(expires_in) / 2)
        return _CachedToken(access_token, started + float(expires_in) - buffer)


def _json_or_text(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def _oauth_message(status: int, body: object) -> str:
    if isinstance(body, dict):
        fields: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType] -- JSON object
        error = fields.get("error")
        description = fields.get("error_description")
        if isinstance(error, str):
            detail = f"{error}: {description}" if isinstance(description, str) else error
            return f"Token exchange failed ({status}): {detail}"
    return f"Token exchange failed ({status})"


def _call_provider(provider: SubjectTokenProvider) -> str:
    try:
        token = provider["get_token"]()
    except SubjectTokenProviderError:
        raise
    except Exception as err:
        raise SubjectTokenProviderError(f"The subject token provider failed: {err}") from err
    if not isinstance(token, str) or not token.strip():  # pyright: ignore[reportUnnecessaryIsInstance] -- user callable
        raise SubjectTokenProviderError("The subject token provider returned an empty token")
    return token.strip()


def _x509_context(identity: X509WorkloadIdentity) -> ssl.SSLContext:
    context = ssl.create_default_context()
    try:
        context.load_cert_chain(
            identity["certificate_file"], identity["private_key_file"], identity.get("private_key_password")
        )
    except (OSError, ssl.SSLError) as err:
        raise SubjectTokenProviderError(
            f"Could not load the X.509 client certificate {identity['certificate_file']!r} "
            f"with key {identity['private_key_file']!r}: {err}"
        ) from err
    return context


# -- constructors ----------------------------------------------------------------------------------------------


def x509_workload_identity(
    *,
    client_id: str,
    certificate_file: str | os.PathLike[str],
    private_key_file: str | os.PathLike[str],
    private_key_password: str | None = None,
    token_url: str | None = None,
    identity_provider_id: str | None = None,
    service_account_id: str | None = None,
) -> X509WorkloadIdentity:
    """An X.509 workload identity; both PEM files must exist now (they are read when the first token is needed)."""
    for name, path in (("certificate_file", certificate_file), ("private_key_file", private_key_file)):
        if not os.path.isfile(path):
            raise ValueError(f"`{name}` {os.fspath(path)!r} is not a readable file")
    identity: X509WorkloadIdentity = {
        "type": "x509",
        "client_id": client_id,
        "certificate_file": os.fspath(certificate_file),
        "private_key_file": os.fspath(private_key_file),
    }
    if private_key_password is not None:
        identity["private_key_password"] = private_key_password
    if token_url is not None:
        identity["token_url"] = token_url
    if identity_provider_id is not None:
        identity["identity_provider_id"] = identity_provider_id
    if service_account_id is not None:
        identity["service_account_id"] = service_account_id
    return identity


def k8s_service_account_token_provider(path: str | os.PathLike[str] = K8S_TOKEN_PATH) -> SubjectTokenProvider:
    """The projected Kubernetes service-account token, re-read on every exchange because the kubelet rotates it."""
    file_path = os.fspath(path)

    def get_token() -> str:
        try:
            with open(file_path, encoding="utf-8") as f:
                token = f.read().strip()
        except OSError as err:
            raise SubjectTokenProviderError(
                f"Could not read the Kubernetes service account token at {file_path!r}: {err}"
            ) from err
        if not token:
            raise SubjectTokenProviderError(f"The Kubernetes service account token file {file_path!r} is empty")
        return token

    return {"token_type": JWT_TOKEN_TYPE, "get_token": get_token}


def _metadata_get(
    url: str, *, params: dict[str, str], headers: dict[str, str], http_client: httpx.Client | None, what: str
) -> httpx.Response:
    client = http_client or httpx.Client(timeout=httpx.Timeout(10.0, connect=2.0))
    try:
        response = client.get(url, params=params, headers=headers)
    except httpx.HTTPError as err:
        raise SubjectTokenProviderError(f"Could not reach the {what} at {url}: {err}") from err
    finally:
        if http_client is None:
            client.close()
    if response.is_error:
        raise SubjectTokenProviderError(f"The {what} answered {response.status_code}: {response.text[:500]}")
    return response


def azure_managed_identity_token_provider(
    *,
    resource: str = AZURE_TOKEN_EXCHANGE_RESOURCE,
    client_id: str | None = None,
    endpoint: str = AZURE_IMDS_TOKEN_URL,
    api_version: str = "2018-02-01",
    http_client: httpx.Client | None = None,
) -> SubjectTokenProvider:
    """A token for `resource` from the Azure Instance Metadata Service; `client_id` picks a user-assigned identity."""

    def get_token() -> str:
        params = {"api-version": api_version, "resource": resource}
        if client_id:
            params["client_id"] = client_id
        response = _metadata_get(
            endpoint, params=params, headers={"Metadata": "true"}, http_client=http_client, what="Azure IMDS endpoint"
        )
        body = _json_or_text(response)
        token = body.get("access_token") if isinstance(body, dict) else None  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType] -- JSON
        if not isinstance(token, str) or not token:
            raise SubjectTokenProviderError("The Azure IMDS response has no `access_token`")
        return token

    return {"token_type": JWT_TOKEN_TYPE, "get_token": get_token}


def gcp_id_token_provider(
    *,
    audience: str,
    endpoint: str = GCP_IDENTITY_URL,
    http_client: httpx.Client | None = None,
) -> SubjectTokenProvider:
    """A Google-signed identity token for `audience` from the GCP metadata server (format `full`)."""
    if not audience:
        raise ValueError("`audience` must be a non-empty string")

    def get_token() -> str:
        response = _metadata_get(
            endpoint,
            params={"audience": audience, "format": "full"},
            headers={"Metadata-Flavor": "Google"},
            http_client=http_client,
            what="GCP metadata server",
        )
        token = response.text.strip()
        if not token:
            raise SubjectTokenProviderError("The GCP metadata server returned an empty identity token")
        return token

    return {"token_type": ID_TOKEN_TYPE, "get_token": get_token}


def is_x509_workload_identity(identity: object) -> TypeGuard[X509WorkloadIdentity]:
    """Whether ``identity`` is an `X509WorkloadIdentity` (it names a client certificate)."""
    return isinstance(identity, Mapping) and "certificate_file" in identity
