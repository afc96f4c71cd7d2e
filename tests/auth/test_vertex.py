"""Vertex AI provider: endpoint selection, bearer tokens from Google credentials with refresh, the missing extra,
token providers, copy rules, and full exchanges against the built-in server (sync and async, no network)."""

from __future__ import annotations

import re
import sys
import json
import time
import asyncio
import datetime
import threading
from typing import Any, Iterator, Optional
from http.server import HTTPServer, BaseHTTPRequestHandler

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI, OpenAIError
from openai.helpers import MissingDependencyError
from openai.testing import Server
from openai.providers import vertex, bedrock
from openai.providers.vertex import VertexProvider, vertex_base_url

vertex_module = sys.modules["openai.providers.vertex"]

GOOGLE_ENV = (
    "GOOGLE_CLOUD_PROJECT",
    "GCLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GOOGLE_CLOUD_REGION",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_API_KEY",
)

START = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
US_CENTRAL = "https://us-central1-aiplatform.googleapis.com/v1/projects/proj/locations/us-central1/endpoints/openapi"


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += datetime.timedelta(seconds=seconds)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in GOOGLE_ENV:
        monkeypatch.delenv(name, raising=False)
    # Application Default Credentials never come from the developer's gcloud configuration or a metadata server.
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "gcloud"))
    monkeypatch.setenv("GCE_METADATA_HOST", "127.0.0.1:9")
    monkeypatch.setenv("GCE_METADATA_IP", "127.0.0.1:9")
    monkeypatch.setenv("NO_GCE_CHECK", "True")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(vertex_module, "_utcnow", fake)
    return fake


class FakeCredentials:
    """Behaves like google-auth credentials: `token`, naive-UTC `expiry`, `refresh(request)`."""

    def __init__(
        self,
        clock: Clock,
        *,
        lifetime: float = 3600,
        project_id: Optional[str] = None,
        quota_project_id: Optional[str] = None,
        delay: float = 0.0,
    ) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.project_id = project_id
        self.quota_project_id = quota_project_id
        self.delay = delay
        self.token: Optional[str] = None
        self.expiry: Optional[datetime.datetime] = None
        self.refreshes = 0
        self.refresh_threads: list[int] = []
        self.requests: list[Any] = []

    def refresh(self, request: Any) -> None:
        self.requests.append(request)
        self.refresh_threads.append(threading.get_ident())
        if self.delay:
            time.sleep(self.delay)
        self.refreshes += 1
        self.token = f"ya29.token-{self.refreshes}"
        self.expiry = (self.clock() + datetime.timedelta(seconds=self.lifetime)).replace(tzinfo=None)


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={"id": "m", "object": "model", "created": 0, "owned_by": "google"})


def mock_client(provider: VertexProvider, recorder: Recorder, **options: Any) -> OpenAI:
    return OpenAI(provider=provider, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options)


def mock_async_client(provider: VertexProvider, recorder: Recorder, **options: Any) -> AsyncOpenAI:
    return AsyncOpenAI(
        provider=provider, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **options
    )


# -- endpoint ------------------------------------------------------------------------------------------------------


def test_base_url_of_a_region_and_of_global() -> None:
    assert vertex_base_url("proj", "us-central1") == US_CENTRAL
    assert (
        vertex_base_url("proj", "global")
        == "https://aiplatform.googleapis.com/v1/projects/proj/locations/global/endpoints/openapi"
    )
    with pytest.raises(ValueError, match="region"):
        vertex_base_url("proj", "us-central1/../x")
    with pytest.raises(ValueError, match="project"):
        vertex_base_url("a/b", "us-central1")


def test_request_url_and_bearer_header(clock: Clock) -> None:
    credentials = FakeCredentials(clock)
    recorder = Recorder()
    client = mock_client(vertex("proj", "us-central1", credentials=credentials), recorder)
    client.models.retrieve("google/gemini-2.0-flash")
    request = recorder.requests[0]
    assert str(request.url) == f"{US_CENTRAL}/models/google%2Fgemini-2.0-flash"
    assert request.headers["authorization"] == "Bearer ya29.token-1"
    assert "x-goog-user-project" not in request.headers
    assert str(client.base_url) == f"{US_CENTRAL}/"


def test_project_and_region_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "env-proj")
    monkeypatch.setenv("GOOGLE_CLOUD_LOCATION", "europe-west4")
    provider = vertex(token_provider=lambda: "t")
    assert (provider.project, provider.region) == ("env-proj", "europe-west4")
    assert provider.base_url.startswith("https://europe-west4-aiplatform.googleapis.com/v1/projects/env-proj/")
    # Explicit arguments win over the environment.
    assert vertex("arg-proj", "asia-east1", token_provider=lambda: "t").base_url.endswith(
        "/projects/arg-proj/locations/asia-east1/endpoints/openapi"
    )


def test_region_defaults_to_global_and_project_can_come_from_the_credentials(clock: Clock) -> None:
    provider = vertex(credentials=FakeCredentials(clock, project_id="sa-proj"))
    assert provider.project == "sa-proj"
    assert provider.region == "global"
    assert (
        provider.base_url == "https://aiplatform.googleapis.com/v1/projects/sa-proj/locations/global/endpoints/openapi"
    )


def test_missing_project_is_an_error() -> None:
    with pytest.raises(OpenAIError, match="Missing Google Cloud project"):
        vertex(token_provider=lambda: "t")


def test_argument_checks(clock: Clock) -> None:
    with pytest.raises(ValueError, match="mutually exclusive"):
        vertex("p", credentials=FakeCredentials(clock), token_provider=lambda: "t")
    with pytest.raises(ValueError, match="refresh_margin"):
        vertex("p", token_provider=lambda: "t", refresh_margin=-1)
    with pytest.raises(TypeError, match="refresh"):
        vertex("p", credentials=object())


# -- token refresh -------------------------------------------------------------------------------------------------


def test_token_is_reused_until_the_safety_margin_then_refreshed(clock: Clock) -> None:
    credentials = FakeCredentials(clock, lifetime=3600)
    recorder = Recorder()
    client = mock_client(vertex("proj", "us-central1", credentials=credentials, refresh_margin=300), recorder)

    client.models.list()
    client.models.list()
    assert credentials.refreshes == 1  # no token yet → one refresh, then reused

    clock.advance(3600 - 301)  # still outside the margin
    client.models.list()
    assert credentials.refreshes == 1

    clock.advance(2)  # now within 300 s of the expiry
    client.models.list()
    assert credentials.refreshes == 2

    clock.advance(7200)  # long expired
    client.models.list()
    assert credentials.refreshes == 3
    assert [r.headers["authorization"] for r in recorder.requests] == [
        "Bearer ya29.token-1",
        "Bearer ya29.token-1",
        "Bearer ya29.token-1",
        "Bearer ya29.token-2",
        "Bearer ya29.token-3",
    ]


def test_credentials_with_a_token_already_valid_are_not_refreshed(clock: Clock) -> None:
    credentials = FakeCredentials(clock)
    credentials.token = "ya29.preloaded"
    credentials.expiry = (clock() + datetime.timedelta(hours=1)).replace(tzinfo=None)
    recorder = Recorder()
    mock_client(vertex("proj", credentials=credentials), recorder).models.list()
    assert credentials.refreshes == 0
    assert recorder.requests[0].headers["authorization"] == "Bearer ya29.preloaded"


def test_quota_project_header(clock: Clock) -> None:
    recorder = Recorder()
    provider = vertex("proj", credentials=FakeCredentials(clock, quota_project_id="billing-proj"))
    mock_client(provider, recorder).models.list()
    assert recorder.requests[0].headers["x-goog-user-project"] == "billing-proj"


def test_concurrent_requests_refresh_once(clock: Clock) -> None:
    credentials = FakeCredentials(clock, delay=0.2)
    provider = vertex("proj", credentials=credentials)
    results: list[str] = []

    def call() -> None:
        results.append(dict(provider.auth_headers())["Authorization"])

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert credentials.refreshes == 1
    assert results == ["Bearer ya29.token-1"] * 8


def test_refresh_failure_is_an_openai_error(clock: Clock) -> None:
    class Broken(FakeCredentials):
        def refresh(self, request: Any) -> None:
            raise RuntimeError("invalid_grant: token revoked")

    client = mock_client(vertex("proj", credentials=Broken(clock)), Recorder(), max_retries=0)
    with pytest.raises(OpenAIError, match="invalid_grant"):
        client.models.list()


async def test_async_refresh_runs_in_a_worker_thread(clock: Clock) -> None:
    credentials = FakeCredentials(clock)
    recorder = Recorder()
    client = mock_async_client(vertex("proj", "us-central1", credentials=credentials), recorder)
    await client.models.list()
    await client.models.list()
    assert credentials.refreshes == 1
    assert credentials.refresh_threads[0] != threading.get_ident()
    clock.advance(3600)
    await client.models.list()
    assert credentials.refreshes == 2
    assert [r.headers["authorization"] for r in recorder.requests] == [
        "Bearer ya29.token-1",
        "Bearer ya29.token-1",
        "Bearer ya29.token-2",
    ]
    assert str(recorder.requests[0].url) == f"{US_CENTRAL}/models"


async def test_async_refresh_does_not_block_the_event_loop_and_happens_once(clock: Clock) -> None:
    credentials = FakeCredentials(clock, delay=0.3)
    provider = vertex("proj", credentials=credentials)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        results = await asyncio.gather(*(provider.async_auth_headers() for _ in range(5)))
    finally:
        task.cancel()
    assert [dict(r)["Authorization"] for r in results] == ["Bearer ya29.token-1"] * 5
    assert credentials.refreshes == 1
    assert ticks >= 5  # the loop kept running while the refresh slept in a worker thread


# -- token providers -----------------------------------------------------------------------------------------------


def test_token_provider_is_called_per_request() -> None:
    tokens = iter(["one", "two"])
    recorder = Recorder()
    client = mock_client(vertex("proj", token_provider=lambda: next(tokens)), recorder)
    client.models.list()
    client.models.list()
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer one", "Bearer two"]


async def test_async_token_provider() -> None:
    async def token() -> str:
        return "async-token"

    recorder = Recorder()
    await mock_async_client(vertex("proj", token_provider=token), recorder).models.list()
    assert recorder.requests[0].headers["authorization"] == "Bearer async-token"
    with pytest.raises(OpenAIError, match="async client"):
        mock_client(vertex("proj", token_provider=token), recorder).models.list()


def test_token_provider_must_return_a_string() -> None:
    client = mock_client(vertex("proj", token_provider=lambda: ""), Recorder())
    with pytest.raises(OpenAIError, match="non-empty string"):
        client.models.list()


# -- the optional dependency ---------------------------------------------------------------------------------------


@pytest.fixture
def no_google_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    # A `None` entry makes `import google.auth` fail exactly as if the package were not installed.
    for name in ("google.auth", "google.auth.exceptions", "google.auth.transport", "google.auth.credentials"):
        monkeypatch.setitem(sys.modules, name, None)


@pytest.mark.usefixtures("no_google_auth")
def test_missing_google_auth_names_the_extra(clock: Clock) -> None:
    with pytest.raises(MissingDependencyError, match=r"google-auth.*pip install 'openai\[vertex\]'"):
        vertex("proj")
    with pytest.raises(MissingDependencyError, match=r"openai\[vertex\]"):
        vertex("proj", credentials=FakeCredentials(clock))
    assert issubclass(MissingDependencyError, OpenAIError)
    # A token provider needs no Google library.
    recorder = Recorder()
    mock_client(vertex("proj", token_provider=lambda: "t"), recorder).models.list()
    assert recorder.requests[0].headers["authorization"] == "Bearer t"


# -- client integration and copy rules -----------------------------------------------------------------------------


def test_provider_needs_no_openai_key_and_ignores_openai_account_env(
    monkeypatch: pytest.MonkeyPatch, clock: Clock
) -> None:
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    client = OpenAI(provider=vertex("proj", credentials=FakeCredentials(clock)))
    assert client.organization is None
    assert repr(client._provider) == "VertexProvider(project='proj', region='global', auth='credentials')"
    with pytest.raises(OpenAIError, match="mutually exclusive"):
        OpenAI(provider=vertex("proj", token_provider=lambda: "t"), data_residency="eu")


def test_copies_share_the_provider_and_its_token(clock: Clock) -> None:
    credentials = FakeCredentials(clock)
    recorder = Recorder()
    client = mock_client(vertex("proj", "us-central1", credentials=credentials), recorder, default_headers={"X-A": "1"})
    client.models.list()
    copy = client.with_options(max_retries=5, timeout=3)
    assert copy._provider is client._provider
    assert str(copy.base_url) == str(client.base_url)
    copy.models.list()
    assert credentials.refreshes == 1
    assert recorder.requests[1].headers["authorization"] == "Bearer ya29.token-1"
    assert recorder.requests[1].headers["x-a"] == "1"

    # An explicit base URL wins; the provider still authenticates.
    proxied = client.copy(base_url="https://proxy.example/v1")
    proxied.models.list()
    assert recorder.requests[-1].url.host == "proxy.example"
    assert recorder.requests[-1].headers["authorization"] == "Bearer ya29.token-1"


def test_copy_provider_none_returns_to_openai_and_switching_provider_drops_settings(
    monkeypatch: pytest.MonkeyPatch, clock: Clock
) -> None:
    recorder = Recorder()
    client = mock_client(vertex("proj", "us-central1", credentials=FakeCredentials(clock)), recorder)
    back = client.with_options(provider=None, api_key="sk-openai")
    back.models.list()
    assert recorder.requests[-1].url.host == "api.openai.com"
    assert recorder.requests[-1].headers["authorization"] == "Bearer sk-openai"

    monkeypatch.setenv("OPENAI_API_KEY", "sk")
    plain = OpenAI(organization="org-1", project="proj-1", default_headers={"X-Custom": "1"})
    moved = plain.with_options(provider=vertex("proj", "us-central1", token_provider=lambda: "t"))
    assert moved.organization is None
    assert moved.project is None
    assert "X-Custom" not in moved.default_headers
    assert str(moved.base_url) == f"{US_CENTRAL}/"

    # Between providers: Bedrock → Vertex picks the new provider's endpoint.
    on_bedrock = OpenAI(provider=bedrock("us-east-1", api_key="k"))
    on_vertex = on_bedrock.with_options(provider=vertex("proj", "us-central1", token_provider=lambda: "t"))
    assert str(on_vertex.base_url) == f"{US_CENTRAL}/"


async def test_async_copy_keeps_the_provider(clock: Clock) -> None:
    credentials = FakeCredentials(clock)
    recorder = Recorder()
    client = mock_async_client(vertex("proj", "us-central1", credentials=credentials), recorder)
    copy = client.with_options(max_retries=1)
    await client.models.list()
    await copy.models.list()
    assert copy._provider is client._provider
    assert credentials.refreshes == 1
    assert all(str(r.url) == f"{US_CENTRAL}/models" for r in recorder.requests)


# -- against the built-in server -----------------------------------------------------------------------------------


class VertexPath(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Plays the Vertex front end: accepts only the project/region prefix and serves the rest from `Server`."""

    def __init__(self, server: Server, prefix: str) -> None:
        self.server = server
        self.prefix = prefix
        self.seen: list[str] = []
        self._sync = server.transport()
        self._async = server.async_transport()

    def _rewrite(self, request: httpx.Request) -> httpx.Request:
        url = str(request.url)
        self.seen.append(url)
        assert url.startswith(self.prefix + "/"), url
        rewritten = "http://testserver/v1/" + url[len(self.prefix) + 1 :]
        return httpx.Request(request.method, rewritten, headers=request.headers, content=request.read())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(self._rewrite(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(self._rewrite(request))


def test_chat_completion_against_the_built_in_server(clock: Clock) -> None:
    server = Server()
    server.reply("chat.completions.create", "Hello from Vertex")
    front = VertexPath(server, US_CENTRAL)
    credentials = FakeCredentials(clock)
    client = OpenAI(
        provider=vertex("proj", "us-central1", credentials=credentials), http_client=httpx.Client(transport=front)
    )
    completion = client.chat.completions.create(
        model="google/gemini-2.0-flash", messages=[{"role": "user", "content": "Hi"}]
    )
    assert completion.choices[0].message.content == "Hello from Vertex"
    assert front.seen == [f"{US_CENTRAL}/chat/completions"]
    assert server.requests[0].headers["authorization"] == "Bearer ya29.token-1"
    assert server.requests[0].operation == "chat.completions.create"


async def test_async_streaming_against_the_built_in_server(clock: Clock) -> None:
    server = Server()
    server.reply("chat.completions.create", "streamed words")
    front = VertexPath(server, US_CENTRAL)
    client = AsyncOpenAI(
        provider=vertex("proj", "us-central1", credentials=FakeCredentials(clock)),
        http_client=httpx.AsyncClient(transport=front),
    )
    stream = await client.chat.completions.create(
        model="google/gemini-2.0-flash", messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    text = "".join([chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices])
    assert text == "streamed words"
    assert server.requests[0].headers["authorization"] == "Bearer ya29.token-1"


# -- real google-auth credentials (token endpoint on 127.0.0.1) ----------------------------------------------------


@pytest.fixture
def token_endpoint() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A local OAuth token endpoint answering refresh-token grants with numbered access tokens."""
    grants: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode()
            grants.append(dict(pair.split("=", 1) for pair in body.split("&")))
            payload = json.dumps({"access_token": f"ya29.real-{len(grants)}", "expires_in": 3600}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/token", grants
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_google_oauth2_credentials_refresh_over_httpx(token_endpoint: tuple[str, list[dict[str, Any]]]) -> None:
    from google.oauth2.credentials import Credentials

    uri, grants = token_endpoint
    credentials = Credentials(
        token=None, refresh_token="1//refresh", client_id="cid", client_secret="secret", token_uri=uri
    )
    recorder = Recorder()
    client = mock_client(vertex("proj", "us-central1", credentials=credentials), recorder)
    client.models.list()
    client.models.list()
    assert len(grants) == 1
    assert grants[0]["grant_type"] == "refresh_token"
    assert grants[0]["refresh_token"] == "1%2F%2Frefresh"
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer ya29.real-1"] * 2
    expiry: object = getattr(credentials, "expiry", None)
    assert isinstance(expiry, datetime.datetime)  # google-auth's own expiry bookkeeping drives the next refresh


def test_application_default_credentials_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    # google-auth always points user credentials at Google's token endpoint, so the file carries a valid token
    # (no refresh, no network); refreshing real credentials is covered by the test above.
    adc = tmp_path / "adc.json"
    adc.write_text(
        json.dumps(
            {
                "type": "authorized_user",
                "client_id": "cid",
                "client_secret": "secret",
                "refresh_token": "1//adc",
                "token": "ya29.adc",
                "expiry": "2099-01-01T00:00:00Z",
                "quota_project_id": "billing-proj",
            }
        )
    )
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(adc))
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "adc-proj")
    recorder = Recorder()
    provider = vertex(region="us-central1")
    assert type(provider.credentials).__module__ == "google.oauth2.credentials"
    mock_client(provider, recorder).models.list()
    assert str(recorder.requests[0].url).startswith(
        "https://us-central1-aiplatform.googleapis.com/v1/projects/adc-proj/locations/us-central1/endpoints/openapi/"
    )
    assert recorder.requests[0].headers["authorization"] == "Bearer ya29.adc"
    assert recorder.requests[0].headers["x-goog-user-project"] == "billing-proj"


def test_unusable_application_default_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "missing.json"))
    with pytest.raises(OpenAIError, match="Application Default Credentials"):
        vertex("proj")


def test_exported_from_openai_providers() -> None:
    assert openai.providers.vertex is vertex
    assert isinstance(vertex("proj", token_provider=lambda: "t"), openai.providers.Provider)
    assert "vertex" in openai.providers.__all__


def test_readme_offline_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Providers: Google Vertex AI")[1].split("\n### ")[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 2 and "vertex(project=" in blocks[0]
    exec(compile(blocks[1], "README.md", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["Say hello", "Bearer test-token"]  # the built-in server echoes the last user text
