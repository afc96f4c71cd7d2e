"""Bedrock provider: SigV4 against the AWS test suite, URL building, bearer and SigV4 auth, client integration."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI, OpenAIError, BedrockOpenAI, AsyncBedrockOpenAI
from openai.providers import bedrock
from openai.providers._sigv4 import sign_v4
from openai.providers.bedrock import AwsCredentials

AWS_ENV = (
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in AWS_ENV:
        monkeypatch.delenv(name, raising=False)
    # The developer's own AWS files and profile never leak in.
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setattr(openai, "bedrock_token_provider", None)


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={"id": "m", "object": "model", "created": 0, "owned_by": "o"})


def test_sigv4_get_vanilla_vector() -> None:
    # The `get-vanilla` case of the AWS Signature Version 4 test suite.
    headers = sign_v4(
        method="GET",
        raw_path="/",
        raw_query="",
        headers={"Host": "example.amazonaws.com"},
        body=b"",
        access_key_id="AKIDEXAMPLE",
        secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        session_token=None,
        region="us-east-1",
        service="service",
        now=datetime.datetime(2015, 8, 30, 12, 36, 0, tzinfo=datetime.timezone.utc),
    )
    assert headers == {
        "x-amz-date": "20150830T123600Z",
        "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    }


def test_sigv4_needs_host() -> None:
    with pytest.raises(ValueError, match="host"):
        sign_v4(
            method="GET", raw_path="/", raw_query="", headers={}, body=b"", access_key_id="a",
            secret_access_key="s", session_token=None, region="r", service="s",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("endpoint", "url"),
    [
        ("runtime", "https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1"),
        ("mantle", "https://bedrock-mantle.eu-west-1.api.aws/v1"),
    ],
)
def test_base_url_per_endpoint(endpoint: Any, url: str) -> None:
    provider = bedrock("eu-west-1", endpoint=endpoint, api_key="k")
    assert provider.base_url == url
    client = OpenAI(provider=provider)
    assert str(client.base_url) == url + "/"


def test_region_from_environment_and_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OpenAIError, match="Missing AWS region"):
        bedrock(api_key="k")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-south-1")
    assert bedrock(api_key="k").region == "ap-south-1"
    monkeypatch.setenv("AWS_REGION", "us-east-2")
    assert bedrock(api_key="k").region == "us-east-2"
    with pytest.raises(ValueError, match="Invalid AWS region"):
        bedrock("us-east-1/../x", api_key="k")
    with pytest.raises(ValueError, match="Unknown Bedrock `endpoint`"):
        bedrock("us-east-1", endpoint="nope", api_key="k")  # type: ignore[arg-type]


def test_credentials_are_required_and_exclusive() -> None:
    with pytest.raises(OpenAIError, match="Missing Bedrock credentials"):
        bedrock("us-east-1")
    with pytest.raises(ValueError, match="mutually exclusive"):
        bedrock("us-east-1", api_key="k", bedrock_token_provider=lambda: "t")


def test_bearer_token_from_argument_env_and_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    OpenAI(provider=bedrock("us-east-1", api_key="arg-key"), http_client=http).models.retrieve("m")
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "env-key")
    OpenAI(provider=bedrock("us-east-1"), http_client=http).models.retrieve("m")
    tokens = iter(["p1", "p2"])
    client = OpenAI(provider=bedrock("us-east-1", bedrock_token_provider=lambda: next(tokens)), http_client=http)
    client.models.retrieve("m")
    client.models.retrieve("m")
    assert [r.headers["authorization"] for r in recorder.requests] == [
        "Bearer arg-key",
        "Bearer env-key",
        "Bearer p1",
        "Bearer p2",
    ]
    assert str(recorder.requests[0].url) == "https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1/models/m"


def test_sigv4_signed_requests() -> None:
    recorder = Recorder()
    credentials: AwsCredentials = {"access_key_id": "AKID", "secret_access_key": "SECRET", "session_token": "SESSION"}
    client = OpenAI(
        provider=bedrock("us-west-2", aws_credentials_provider=lambda: credentials),
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    request = recorder.requests[0]
    authorization = request.headers["authorization"]
    assert authorization.startswith("AWS4-HMAC-SHA256 Credential=AKID/")
    assert "/us-west-2/bedrock/aws4_request" in authorization
    assert request.headers["x-amz-security-token"] == "SESSION"
    # Recompute the signature independently from what was actually sent.
    sent = {
        k: v for k, v in request.headers.items() if k not in ("authorization", "x-amz-date", "x-amz-security-token")
    }
    moment = datetime.datetime.strptime(request.headers["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(
        tzinfo=datetime.timezone.utc
    )
    expected = sign_v4(
        method="POST",
        raw_path=request.url.raw_path.decode(),
        raw_query="",
        headers=sent,
        body=request.content,
        access_key_id="AKID",
        secret_access_key="SECRET",
        session_token="SESSION",
        region="us-west-2",
        service="bedrock",
        now=moment,
    )
    assert expected["Authorization"] == authorization
    assert "content-type" in authorization.split("SignedHeaders=")[1]


def test_sigv4_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENVKEY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "ENVSECRET")
    recorder = Recorder()
    BedrockOpenAI(
        aws_region="us-east-1", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    ).models.list()
    assert recorder.requests[0].headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=ENVKEY/")
    assert "x-amz-security-token" not in recorder.requests[0].headers


def test_bad_credentials_provider_result() -> None:
    client = OpenAI(
        provider=bedrock("us-east-1", aws_credentials_provider=lambda: {"access_key_id": "a"}),  # type: ignore[arg-type, typeddict-item]
        http_client=httpx.Client(transport=httpx.MockTransport(Recorder())),
    )
    with pytest.raises(OpenAIError, match="secret_access_key"):
        client.models.list()


def test_provider_and_data_residency_conflict() -> None:
    with pytest.raises(OpenAIError, match="mutually exclusive"):
        OpenAI(provider=bedrock("us-east-1", api_key="k"), data_residency="eu")


def test_provider_skips_openai_credentials_and_account_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    client = OpenAI(provider=bedrock("us-east-1", api_key="k"))
    assert client.organization is None


def test_changing_provider_drops_openai_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk")
    client = OpenAI(organization="org-1", project="proj-1", default_headers={"X-Custom": "1"})
    moved = client.with_options(provider=bedrock("us-east-1", api_key="k"))
    assert moved.organization is None
    assert moved.project is None
    assert "X-Custom" not in moved.default_headers
    assert str(moved.base_url) == "https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1/"
    kept = moved.with_options(timeout=3)
    assert kept._provider is moved._provider
    assert str(kept.base_url) == str(moved.base_url)


def test_bedrock_client_copy_keeps_provider() -> None:
    client = BedrockOpenAI(aws_region="us-east-1", api_key="k", default_headers={"X-A": "1"})
    copy = client.with_options(max_retries=5)
    assert isinstance(copy, BedrockOpenAI)
    assert copy.provider is client.provider
    assert copy.default_headers["X-A"] == "1"


def test_module_setting_supplies_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openai, "bedrock_token_provider", lambda: "module-token")
    recorder = Recorder()
    BedrockOpenAI(
        aws_region="us-east-1", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    ).models.list()
    assert recorder.requests[0].headers["authorization"] == "Bearer module-token"


async def test_async_token_provider() -> None:
    recorder = Recorder()

    async def token() -> str:
        return "async-token"

    client = AsyncBedrockOpenAI(
        aws_region="us-east-1",
        bedrock_token_provider=token,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    await client.models.retrieve("m")
    assert recorder.requests[0].headers["authorization"] == "Bearer async-token"

    sync = OpenAI(
        provider=bedrock("us-east-1", bedrock_token_provider=token),
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    with pytest.raises(OpenAIError, match="async client"):
        sync.models.retrieve("m")


async def test_async_client_signs_requests() -> None:
    recorder = Recorder()
    client = AsyncOpenAI(
        provider=bedrock(
            "us-east-1", aws_credentials_provider=lambda: {"access_key_id": "AK", "secret_access_key": "SK"}
        ),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    await client.models.list()
    assert recorder.requests[0].headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AK/")


# ---- the official constructor and copy() arguments ----------------------------------------------------------

AWS_FILES_ENV = ("AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE")


@pytest.fixture
def aws_files(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Shared AWS credentials/config files with a `dev` profile (static keys, region eu-central-1)."""
    for name in AWS_FILES_ENV:
        monkeypatch.delenv(name, raising=False)
    credentials = tmp_path / "credentials"
    credentials.write_text(
        "[default]\naws_access_key_id = DEFAULTKEY\naws_secret_access_key = DEFAULTSECRET\n\n"
        "[dev]\naws_access_key_id = DEVKEY\naws_secret_access_key = DEVSECRET\naws_session_token = DEVTOKEN\n"
    )
    config = tmp_path / "config"
    config.write_text("[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-central-1\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    return tmp_path


def sync_http(recorder: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder))


def credential_scope(request: httpx.Request) -> str:
    authorization = request.headers["authorization"]
    assert authorization.startswith("AWS4-HMAC-SHA256 Credential=")
    return authorization.split("Credential=")[1].split(",")[0]


def test_aws_region_selects_the_endpoint() -> None:
    recorder = Recorder()
    client = BedrockOpenAI(aws_region="eu-west-3", api_key="bedrock-key", http_client=sync_http(recorder))
    client.models.retrieve("m")
    request = recorder.requests[0]
    assert str(request.url) == "https://bedrock-runtime.eu-west-3.amazonaws.com/openai/v1/models/m"
    assert request.headers["authorization"] == "Bearer bedrock-key"
    assert client.aws_region == "eu-west-3"


def test_static_aws_keys_sign_for_the_region() -> None:
    recorder = Recorder()
    client = BedrockOpenAI(
        aws_region="ap-northeast-1",
        aws_access_key_id="AKIDSTATIC",
        aws_secret_access_key="SECRET",
        aws_session_token="SESSION",
        http_client=sync_http(recorder),
    )
    client.models.list()
    request = recorder.requests[0]
    assert request.url.host == "bedrock-runtime.ap-northeast-1.amazonaws.com"
    scope = credential_scope(request)
    assert scope.startswith("AKIDSTATIC/") and scope.endswith("/ap-northeast-1/bedrock/aws4_request")
    assert request.headers["x-amz-security-token"] == "SESSION"


def test_aws_profile_supplies_keys_and_region(aws_files: Any) -> None:
    recorder = Recorder()
    client = BedrockOpenAI(aws_profile="dev", http_client=sync_http(recorder))
    client.models.list()
    request = recorder.requests[0]
    assert request.url.host == "bedrock-runtime.eu-central-1.amazonaws.com"
    assert credential_scope(request).startswith("DEVKEY/")
    assert request.headers["x-amz-security-token"] == "DEVTOKEN"
    with pytest.raises(OpenAIError, match="'missing' was not found"):
        BedrockOpenAI(aws_region="us-east-1", aws_profile="missing")


def test_aws_profile_from_environment(aws_files: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_PROFILE", "dev")
    recorder = Recorder()
    BedrockOpenAI(http_client=sync_http(recorder)).models.list()
    assert credential_scope(recorder.requests[0]).startswith("DEVKEY/")
    assert recorder.requests[0].url.host == "bedrock-runtime.eu-central-1.amazonaws.com"


def test_credentials_provider_may_return_a_credentials_object() -> None:
    class Frozen:
        access_key = "AKIDOBJ"
        secret_key = "SECRETOBJ"
        token = None

    class Refreshable:
        def get_frozen_credentials(self) -> Frozen:
            return Frozen()

    recorder = Recorder()
    BedrockOpenAI(
        aws_region="us-east-1", aws_credentials_provider=Refreshable, http_client=sync_http(recorder)
    ).models.list()
    assert credential_scope(recorder.requests[0]).startswith("AKIDOBJ/")
    assert "x-amz-security-token" not in recorder.requests[0].headers


def test_aws_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="mutually exclusive"):
        BedrockOpenAI(aws_region="us-east-1", api_key="k", aws_access_key_id="a", aws_secret_access_key="s")
    with pytest.raises(ValueError, match="together"):
        BedrockOpenAI(aws_region="us-east-1", aws_access_key_id="a")
    with pytest.raises(ValueError, match="aws_session_token"):
        BedrockOpenAI(aws_region="us-east-1", aws_session_token="t")
    with pytest.raises(OpenAIError, match="Missing AWS region"):
        BedrockOpenAI(api_key="k")
    with pytest.raises(ValueError, match="former name"):
        BedrockOpenAI(aws_region="us-east-1", region="us-west-2", api_key="k")


def test_enforce_credentials_false_sends_unauthenticated() -> None:
    with pytest.raises(OpenAIError, match="Missing Bedrock credentials"):
        BedrockOpenAI(aws_region="us-east-1")
    recorder = Recorder()
    BedrockOpenAI(aws_region="us-east-1", _enforce_credentials=False, http_client=sync_http(recorder)).models.list()
    assert "authorization" not in recorder.requests[0].headers


def test_copy_changes_region_and_credentials() -> None:
    recorder = Recorder()
    client = BedrockOpenAI(
        aws_region="us-east-1", api_key="k", default_headers={"X-Keep": "1"}, http_client=sync_http(recorder)
    )
    moved = client.with_options(aws_region="eu-west-1")
    moved.models.list()
    request = recorder.requests[-1]
    assert request.url.host == "bedrock-runtime.eu-west-1.amazonaws.com"
    assert request.headers["authorization"] == "Bearer k"
    assert request.headers["x-keep"] == "1"

    signed = client.copy(aws_access_key_id="AKIDCOPY", aws_secret_access_key="S")
    signed.models.list()
    assert credential_scope(recorder.requests[-1]).endswith("/us-east-1/bedrock/aws4_request")

    tokens = iter(["t1", "t2"])
    rotating = client.copy(api_key=lambda: next(tokens))
    rotating.models.list()
    rotating.models.list()
    assert [r.headers["authorization"] for r in recorder.requests[-2:]] == ["Bearer t1", "Bearer t2"]

    same = client.copy(max_retries=0)
    assert same.provider is client.provider
    explicit = client.copy(provider=bedrock("ca-central-1", api_key="other"))
    explicit.models.list()
    assert recorder.requests[-1].url.host == "bedrock-runtime.ca-central-1.amazonaws.com"


def test_copy_keeps_a_chosen_base_url() -> None:
    recorder = Recorder()
    client = BedrockOpenAI(
        aws_region="us-east-1", api_key="k", base_url="https://vpce.example/openai/v1", http_client=sync_http(recorder)
    )
    client.with_options(aws_region="us-west-2").models.list()
    assert str(recorder.requests[-1].url) == "https://vpce.example/openai/v1/models"


def test_copy_resolves_a_non_explicit_region_again(aws_files: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "sa-east-1")
    client = BedrockOpenAI(api_key="k")
    assert client.aws_region == "sa-east-1"
    monkeypatch.delenv("AWS_REGION")
    # The region came from the environment, so a new profile brings its own region ...
    assert client.with_options(aws_profile="dev").aws_region == "eu-central-1"
    # ... while an explicit one is kept.
    assert BedrockOpenAI(aws_region="us-west-1", api_key="k").with_options(aws_profile="dev").aws_region == "us-west-1"
    # `_region_was_explicit=False` marks a given region as a default that copies resolve again.
    defaulted = BedrockOpenAI(aws_region="us-west-1", api_key="k", _region_was_explicit=False)
    assert defaulted.with_options(aws_profile="dev").aws_region == "eu-central-1"


def test_copy_rejects_what_bedrock_does_not_have() -> None:
    client = BedrockOpenAI(aws_region="us-east-1", api_key="k")
    with pytest.raises(OpenAIError, match="admin"):
        client.with_options(admin_api_key="adm")
    with pytest.raises(OpenAIError, match="workload_identity"):
        client.with_options(workload_identity={"client_id": "c"})  # type: ignore[typeddict-item]
    with pytest.raises(OpenAIError, match="mutually exclusive"):
        client.with_options(data_residency="eu")
    with pytest.raises(OpenAIError, match="Bedrock provider"):
        client.with_options(provider=None)


async def test_async_client_with_official_arguments() -> None:
    recorder = Recorder()
    client = AsyncBedrockOpenAI(
        aws_region="us-west-2",
        aws_access_key_id="AKIDASYNC",
        aws_secret_access_key="SECRET",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    await client.models.list()
    assert credential_scope(recorder.requests[0]).startswith("AKIDASYNC/")
    assert recorder.requests[0].url.host == "bedrock-runtime.us-west-2.amazonaws.com"

    async def token() -> str:
        return "async-copy-token"

    copy = client.with_options(bedrock_token_provider=token, aws_region="us-east-2")
    await copy.models.list()
    assert recorder.requests[-1].headers["authorization"] == "Bearer async-copy-token"
    assert recorder.requests[-1].url.host == "bedrock-runtime.us-east-2.amazonaws.com"
