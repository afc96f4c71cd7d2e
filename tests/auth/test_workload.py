"""Workload identity: the token exchange request, caching and refresh, 401 retry-once, provider and OAuth errors."""

from __future__ import annotations

import json
import threading
from typing import Any, Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

import openai.auth._workload as workload
from openai import OpenAI, OAuthError, AsyncOpenAI, APITimeoutError, APIConnectionError, AuthenticationError
from openai.auth import (
    SubjectTokenProvider,
    WorkloadIdentityAuth,
    SubjectTokenWorkloadIdentity,
    gcp_id_token_provider,
    x509_workload_identity,
    k8s_service_account_token_provider,
    azure_managed_identity_token_provider,
)
from openai._exceptions import SubjectTokenProviderError

BASE_URL = "http://api.test/v1"


class TokenServer:
    """A token endpoint handing out `token-1`, `token-2`, ... and recording each exchange's form fields."""

    def __init__(self, expires_in: object = 3600, status: int = 200, body: object = None) -> None:
        self.forms: list[dict[str, str]] = []
        self.urls: list[str] = []
        self.expires_in = expires_in
        self.status = status
        self.body = body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        self.forms.append({k: v[0] for k, v in parse_qs(request.content.decode()).items()})
        if self.body is not None:
            return httpx.Response(self.status, json=self.body)
        token = f"token-{len(self.forms)}"
        return httpx.Response(self.status, json={"access_token": token, "expires_in": self.expires_in})


def subject_provider(tokens: list[str] | None = None) -> SubjectTokenProvider:
    calls = tokens if tokens is not None else []

    def get_token() -> str:
        calls.append("subject-jwt")
        return "subject-jwt"

    return {"token_type": "urn:ietf:params:oauth:token-type:jwt", "get_token": get_token}


def identity(**extra: Any) -> SubjectTokenWorkloadIdentity:
    value: SubjectTokenWorkloadIdentity = {"client_id": "client-123", "provider": subject_provider()}
    value.update(extra)  # type: ignore[typeddict-item] # test helper adds optional keys
    return value


def make_auth(server: TokenServer, **extra: Any) -> WorkloadIdentityAuth:
    return WorkloadIdentityAuth(identity(**extra), http_client=httpx.Client(transport=httpx.MockTransport(server)))


class Api:
    """The API endpoint: records the bearer tokens it sees and answers 401 for tokens listed in `rejected`."""

    def __init__(self, rejected: set[str] | None = None, always_401: bool = False) -> None:
        self.tokens: list[str] = []
        self.rejected = rejected or set()
        self.always_401 = always_401

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        self.tokens.append(token)
        if self.always_401 or token in self.rejected:
            return httpx.Response(401, json={"error": {"message": "bad token"}})
        return httpx.Response(200, json={"id": "m", "object": "model", "created": 0, "owned_by": "o"})


def sync_client(api: Callable[[httpx.Request], httpx.Response], auth: WorkloadIdentityAuth) -> OpenAI:
    return OpenAI(
        base_url=BASE_URL,
        workload_identity=auth,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
    )


def test_exchange_request_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    server = TokenServer()
    auth = make_auth(server, identity_provider_id="idp-1", service_account_id="sa-1")
    api = Api()
    sync_client(api, auth).models.retrieve("m")
    assert server.urls == ["https://auth.openai.com/oauth/token"]
    assert server.forms == [
        {
            "client_id": "client-123",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": "subject-jwt",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
            "requested_token_type": "urn:ietf:params:oauth:token-type:access_token",
            "identity_provider_id": "idp-1",
            "service_account_id": "sa-1",
        }
    ]
    assert api.tokens == ["token-1"]


def test_token_url_is_configurable() -> None:
    server = TokenServer()
    auth = make_auth(server, token_url="https://idp.example/token")
    assert auth.get_token() == "token-1"
    assert server.urls == ["https://idp.example/token"]


def test_workload_identity_wins_over_api_key_and_satisfies_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_ADMIN_KEY", raising=False)
    server, api = TokenServer(), Api()
    client = OpenAI(
        base_url=BASE_URL,
        api_key="sk-env",
        workload_identity=make_auth(server),
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
    )
    client.models.retrieve("m")
    assert api.tokens == ["token-1"]
    # A plain dict is accepted too, and counts as a credential.
    OpenAI(base_url=BASE_URL, workload_identity=identity())


def test_token_is_cached_until_shortly_before_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(workload.time, "monotonic", lambda: now[0])
    server = TokenServer(expires_in=3600)
    auth = make_auth(server, refresh_buffer_seconds=60)
    assert auth.get_token() == "token-1"
    now[0] += 3539
    assert auth.get_token() == "token-1"
    now[0] += 1  # 60 s before expiry: replaced
    assert auth.get_token() == "token-2"
    assert len(server.forms) == 2


def test_short_lived_tokens_refresh_at_half_life(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(workload.time, "monotonic", lambda: now[0])
    server = TokenServer(expires_in=40)
    auth = make_auth(server)
    auth.get_token()
    now[0] = 19.9
    assert auth.get_token() == "token-1"
    now[0] = 20.0
    assert auth.get_token() == "token-2"


def test_concurrent_callers_share_one_exchange() -> None:
    server = TokenServer()
    auth = make_auth(server)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(auth.get_token())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["token-1"] * 8
    assert len(server.forms) == 1


def test_401_refreshes_once_and_retries() -> None:
    server = TokenServer()
    api = Api(rejected={"token-1"})
    model = sync_client(api, make_auth(server)).models.retrieve("m")
    assert model.id == "m"
    assert api.tokens == ["token-1", "token-2"]
    assert len(server.forms) == 2


def test_401_after_refresh_is_raised() -> None:
    server = TokenServer()
    api = Api(always_401=True)
    with pytest.raises(AuthenticationError) as info:
        sync_client(api, make_auth(server)).models.retrieve("m")
    assert not isinstance(info.value, OAuthError)
    assert api.tokens == ["token-1", "token-2"]


def test_invalidate_only_drops_the_rejected_token() -> None:
    server = TokenServer()
    auth = make_auth(server)
    auth.get_token()
    auth.invalidate("some-older-token")
    assert auth.get_token() == "token-1"
    auth.invalidate("token-1")
    assert auth.get_token() == "token-2"


def test_token_endpoint_error_is_oauth_error() -> None:
    server = TokenServer(status=400, body={"error": "invalid_grant", "error_description": "subject token expired"})
    api = Api()
    with pytest.raises(OAuthError) as info:
        sync_client(api, make_auth(server)).models.retrieve("m")
    assert info.value.error == "invalid_grant"
    assert info.value.status_code == 400
    assert "subject token expired" in str(info.value)
    assert api.tokens == []
    assert len(server.forms) == 1  # an OAuth failure is not retried as a 401


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"token_type": "Bearer"}, "no `access_token`"),
        ({"access_token": "t", "expires_in": -5}, "invalid `expires_in`"),
    ],
)
def test_malformed_token_response(body: object, message: str) -> None:
    auth = make_auth(TokenServer(body=body))
    with pytest.raises(OAuthError, match=message):
        auth.get_token()


def test_provider_failure_is_subject_token_provider_error() -> None:
    def failing() -> str:
        raise RuntimeError("metadata down")

    bad: SubjectTokenWorkloadIdentity = {
        "client_id": "c",
        "provider": {"token_type": "urn:ietf:params:oauth:token-type:jwt", "get_token": failing},
    }
    server = TokenServer()
    auth = WorkloadIdentityAuth(bad, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    with pytest.raises(SubjectTokenProviderError, match="metadata down"):
        auth.get_token()
    assert server.forms == []


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ({"provider": subject_provider()}, ValueError, "client_id"),
        ({"client_id": "c"}, ValueError, "exactly one of"),
        ({"client_id": "c", "provider": subject_provider(), "refresh_buffer_seconds": -1}, ValueError, "negative"),
    ],
)
def test_invalid_identity(value: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        WorkloadIdentityAuth(value)


def test_k8s_provider_reads_the_file_each_time(tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text("jwt-1\n")
    provider = k8s_service_account_token_provider(path)
    assert provider["token_type"] == "urn:ietf:params:oauth:token-type:jwt"
    assert provider["get_token"]() == "jwt-1"
    path.write_text("jwt-2")
    assert provider["get_token"]() == "jwt-2"
    path.write_text("  ")
    with pytest.raises(SubjectTokenProviderError, match="empty"):
        provider["get_token"]()
    with pytest.raises(SubjectTokenProviderError, match="Could not read"):
        k8s_service_account_token_provider(tmp_path / "missing")["get_token"]()


def test_azure_managed_identity_provider() -> None:
    seen: list[httpx.Request] = []

    def imds(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "azure-jwt", "expires_in": "3599"})

    provider = azure_managed_identity_token_provider(
        client_id="uami", http_client=httpx.Client(transport=httpx.MockTransport(imds))
    )
    assert provider["get_token"]() == "azure-jwt"
    request = seen[0]
    assert request.headers["metadata"] == "true"
    assert request.url.host == "169.254.169.254"
    assert dict(request.url.params) == {
        "api-version": "2018-02-01",
        "resource": "api://AzureADTokenExchange",
        "client_id": "uami",
    }

    failing = azure_managed_identity_token_provider(
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(400, text="no identity")))
    )
    with pytest.raises(SubjectTokenProviderError, match="400: no identity"):
        failing["get_token"]()


def test_gcp_id_token_provider() -> None:
    seen: list[httpx.Request] = []

    def metadata(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="gcp-id-token\n")

    provider = gcp_id_token_provider(
        audience="https://openai.example", http_client=httpx.Client(transport=httpx.MockTransport(metadata))
    )
    assert provider["token_type"] == "urn:ietf:params:oauth:token-type:id_token"
    assert provider["get_token"]() == "gcp-id-token"
    assert seen[0].headers["metadata-flavor"] == "Google"
    assert dict(seen[0].url.params) == {"audience": "https://openai.example", "format": "full"}

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    broken = gcp_id_token_provider(audience="a", http_client=httpx.Client(transport=httpx.MockTransport(unreachable)))
    with pytest.raises(SubjectTokenProviderError, match="Could not reach the GCP metadata server"):
        broken["get_token"]()
    with pytest.raises(ValueError, match="audience"):
        gcp_id_token_provider(audience="")


def test_x509_identity_uses_client_credentials(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("cert")
    key.write_text("key")
    value = x509_workload_identity(client_id="c", certificate_file=cert, private_key_file=key, token_url="https://t/x")
    assert value == {
        "type": "x509",
        "client_id": "c",
        "certificate_file": str(cert),
        "private_key_file": str(key),
        "token_url": "https://t/x",
    }
    server = TokenServer()
    auth = WorkloadIdentityAuth(value, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    assert auth.get_token() == "token-1"
    assert server.forms == [{"client_id": "c", "grant_type": "client_credentials"}]
    with pytest.raises(ValueError, match="certificate_file"):
        x509_workload_identity(client_id="c", certificate_file=tmp_path / "nope", private_key_file=key)
    # Without an injected client, the certificate is loaded for the TLS handshake: bad PEM data is reported.
    with pytest.raises(SubjectTokenProviderError, match="X.509 client certificate"):
        WorkloadIdentityAuth(value).get_token()


def test_copies_share_the_token_cache() -> None:
    server, api = TokenServer(), Api()
    client = sync_client(api, make_auth(server))
    client.models.retrieve("m")
    client.with_options(timeout=5).models.retrieve("m")
    assert api.tokens == ["token-1", "token-1"]


async def test_async_client_uses_and_refreshes_the_token() -> None:
    server = TokenServer()
    api = Api(rejected={"token-1"})
    client = AsyncOpenAI(
        base_url=BASE_URL,
        workload_identity=make_auth(server),
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
    )
    model = await client.models.retrieve("m")
    assert model.id == "m"
    await client.models.retrieve("m")
    assert api.tokens == ["token-1", "token-2", "token-2"]
    assert len(server.forms) == 2
    assert json.loads(json.dumps(server.forms[0]))["subject_token"] == "subject-jwt"


def test_unreachable_token_endpoint_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    auth = WorkloadIdentityAuth(identity(), http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(APIConnectionError, match="Could not reach the token endpoint"):
        auth.get_token()
    auth = WorkloadIdentityAuth(identity(), http_client=httpx.Client(transport=httpx.MockTransport(slow)))
    with pytest.raises(APITimeoutError):
        auth.get_token()
