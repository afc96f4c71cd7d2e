"""The module-level client (CONTRACT 1.9) and the package namespace (CONTRACT 1.1)."""

from __future__ import annotations

import sys
import subprocess
from typing import Any, Iterator

import httpx
import pytest

import openai
from openai import OpenAIError
from openai._exceptions import APIRemovedInV1
from openai._module_client import ResourceProxy

from .conftest import json_response

SETTINGS = (
    "api_key",
    "organization",
    "project",
    "webhook_secret",
    "admin_api_key",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "api_type",
    "api_version",
    "azure_endpoint",
    "azure_ad_token",
    "azure_ad_token_provider",
)


@pytest.fixture(autouse=True)
def _module_state() -> Iterator[None]:
    saved = {name: getattr(openai, name) for name in SETTINGS}
    openai._reset_client()
    yield
    for name, value in saved.items():
        setattr(openai, name, value)
    openai._reset_client()


@pytest.fixture
def requests() -> list[httpx.Request]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response({"ok": True})

    openai.http_client = httpx.Client(transport=httpx.MockTransport(handler))
    openai.base_url = "http://module-host/v1"
    return seen


def test_settings_are_read_live_on_every_request(requests: list[httpx.Request]) -> None:
    openai.api_key = "first-key"
    client = openai._load_client()
    client.get("/a", cast_to=object)
    openai.api_key = "second-key"
    openai.organization = "org-live"
    openai.default_headers = {"X-Live": "1"}
    openai.default_query = {"q": "1"}
    client.get("/b", cast_to=object)
    assert requests[0].headers["authorization"] == "Bearer first-key"
    second = requests[1].headers
    assert second["authorization"] == "Bearer second-key"
    assert second["openai-organization"] == "org-live"
    assert second["x-live"] == "1"
    assert str(requests[1].url) == "http://module-host/v1/b?q=1"
    assert openai._load_client() is client


def test_user_agent_names_the_module_client(requests: list[httpx.Request]) -> None:
    openai.api_key = "k"
    openai._load_client().get("/a", cast_to=object)
    assert requests[0].headers["user-agent"] == f"_ModuleClient/Python {openai.__version__}"


def test_missing_api_key_falls_back_to_environment(
    requests: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    openai.api_key = None
    openai._load_client().get("/a", cast_to=object)
    assert requests[0].headers["authorization"] == "Bearer env-key"


def test_resource_proxy_builds_the_client_lazily(requests: list[httpx.Request]) -> None:
    openai.api_key = "k"

    class Models:
        def list(self) -> str:
            return "listed"

    proxy = ResourceProxy("models")
    client = openai._load_client()
    client.__dict__["models"] = Models()
    assert proxy.list() == "listed"
    assert "models" in repr(proxy)


def test_resource_proxies_exist_for_every_namespace() -> None:
    for name in ("chat", "completions", "embeddings", "files", "images", "audio", "models", "beta", "responses"):
        assert isinstance(getattr(openai, name), ResourceProxy)


def test_ambiguous_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    openai.api_type = None
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az")
    with pytest.raises(OpenAIError, match="^Ambiguous use of module client"):
        openai._load_client()


def test_ad_token_with_azure_key_is_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    openai.api_type = None
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az")
    openai.azure_ad_token = "token"
    with pytest.raises(OpenAIError, match="^Ambiguous use of module client"):
        openai._load_client()


def test_azure_credentials_build_an_azure_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.lib.azure import AzureOpenAI

    openai.api_type = None
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az")
    openai.api_version = "2024-10-21"
    openai.azure_endpoint = "https://r.azure.com"
    client = openai._load_client()
    assert isinstance(client, AzureOpenAI)
    assert openai.api_type == "azure"


def test_openai_credentials_build_an_openai_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.lib.azure import AzureOpenAI

    openai.api_type = None
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    client = openai._load_client()
    assert not isinstance(client, AzureOpenAI)
    assert openai.api_type == "openai"


def test_removed_v0_names_raise_when_called() -> None:
    proxy: Any = openai.ChatCompletion
    method = proxy.create  # attribute access is harmless
    with pytest.raises(APIRemovedInV1) as info:
        method(model="gpt")
    assert isinstance(info.value, OpenAIError)
    with pytest.raises(APIRemovedInV1):
        openai.Completion()  # type: ignore[operator]


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        openai.no_such_name  # type: ignore[attr-defined] # noqa: B018


def test_public_names_report_the_package_module() -> None:
    assert openai.NotFoundError.__module__ == "openai"
    assert openai.OpenAI.__module__ == "openai"
    assert openai.BaseModel.__module__ == "openai"
    assert openai.Timeout.__module__ == "httpx"  # third-party classes are left alone
    for name in openai.__all__:
        assert hasattr(openai, name), name


def test_module_defaults() -> None:
    assert openai.timeout == openai.DEFAULT_TIMEOUT
    assert openai.max_retries == 2
    assert openai.VERSION == openai.__version__


def test_import_is_light() -> None:
    code = (
        "import sys, openai; "
        "heavy = [m for m in ('pydantic', 'openai.types', 'openai.resources', 'openai.lib', 'openai._models') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_constructing_a_client_does_not_import_pydantic() -> None:
    # pydantic is first needed when a request is built (FinalRequestOptions) or a response parsed.
    code = (
        "import sys, openai; openai.OpenAI(api_key='x'); openai.AsyncOpenAI(api_key='x'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core') "
        "or m in ('openai._models', 'openai._compat', 'openai._final_request_options', 'openai.pagination', "
        "'openai._streaming', 'openai._base_client_names', 'openai.providers', 'configparser')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_request_options_class_is_one_object_wherever_imported() -> None:
    code = (
        "import sys, openai; from openai._request_options import FinalRequestOptions as a; "
        "assert 'pydantic' in sys.modules; "
        "from openai._models import FinalRequestOptions as b; from openai._base_client import FinalRequestOptions as c; "
        "from openai._client import FinalRequestOptions as d; from openai.lib.azure import FinalRequestOptions as e; "
        "print(a is b is c is d is e)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_constructing_a_client_stays_light() -> None:
    code = (
        "import sys, openai; openai.OpenAI(api_key='k'); "
        "print([m for m in ('openai.types', 'openai.resources', 'openai.lib') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lazy_name_of_an_unavailable_module_is_an_attribute_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(openai._LAZY_ATTRIBUTES, "Ghost", ("openai.lib._no_such_module", "Ghost"))
    assert not hasattr(openai, "Ghost")
    with pytest.raises(AttributeError, match="openai.lib._no_such_module"):
        openai.Ghost  # type: ignore[attr-defined] # noqa: B018


def test_lazy_names_resolve() -> None:
    from openai.lib.azure import AzureOpenAI

    assert openai.AzureOpenAI is AzureOpenAI
    assert openai.RetryPolicy().max_retries is None
    assert openai.types.__name__ == "openai.types"
