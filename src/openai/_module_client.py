"""The module-level client behind `openai.api_key = ...; openai.chat.completions.create(...)`.

The singleton is built on first use of a resource proxy (`openai.chat`, `openai.files`, ...). It reads the
module's settings (`openai.api_key`, `openai.base_url`, `openai.timeout`, ...) again before every request, so
changing a setting after first use takes effect on the next call. Which client is built (OpenAI or Azure)
follows `openai.api_type`, or, when unset, the credentials found in the settings and environment.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any, Mapping, Optional

import httpx

from ._client import OpenAI
from ._pipeline import _Call
from ._exceptions import OpenAIError

if TYPE_CHECKING:
    from types import ModuleType

    from ._final_request_options import FinalRequestOptions

__all__ = ["ResourceProxy", "load_client", "reset_client"]

_lock = threading.Lock()
_client: Optional[OpenAI] = None


def _settings() -> ModuleType:
    return sys.modules["openai"]


class _ModuleClient(OpenAI):
    """The OpenAI client used through the module attributes (its User-Agent names this class)."""

    _default_client: httpx.Client
    _settings_key: tuple[Any, ...] | None = None

    def _begin_call(self, options: FinalRequestOptions) -> _Call:
        self._refresh_from_module()
        return super()._begin_call(options)

    def _refresh_from_module(self) -> None:
        settings = _settings()
        api_key = settings.api_key if settings.api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.api_key = api_key or ""
        self.organization = settings.organization
        self.project = settings.project
        self.webhook_secret = settings.webhook_secret
        self.admin_api_key = settings.admin_api_key
        self.max_retries = settings.max_retries
        self.timeout = settings.timeout
        http_client = settings.http_client
        self._client = http_client if http_client is not None else self._default_client

        # Headers are cached per client; rebuild them only when a setting they depend on changed.
        key = (settings.organization, settings.project, _freeze(settings.default_headers), settings.base_url)
        if key != self._settings_key:
            self._settings_key = key
            self._custom_headers = dict(settings.default_headers or {})
            self._invalidate_header_cache()
            if settings.base_url is not None:
                self._set_base_url(settings.base_url)
        self._custom_query = dict(settings.default_query or {})


def _freeze(mapping: Mapping[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    return tuple(mapping.items()) if mapping else ()


def _build_openai_client() -> OpenAI:
    settings = _settings()
    client = _ModuleClient(
        api_key=settings.api_key,
        organization=settings.organization,
        project=settings.project,
        webhook_secret=settings.webhook_secret,
        admin_api_key=settings.admin_api_key,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        default_headers=settings.default_headers,
        default_query=settings.default_query,
        http_client=settings.http_client,
    )
    client._default_client = client._client
    return client


def _build_azure_client() -> OpenAI:
    from .lib.azure import AzureOpenAI

    class _AzureModuleClient(AzureOpenAI):
        """The Azure client used through the module attributes."""

        def _begin_call(self, options: FinalRequestOptions) -> _Call:
            settings = _settings()
            self.max_retries = settings.max_retries
            self.timeout = settings.timeout
            return super()._begin_call(options)

    settings = _settings()
    return _AzureModuleClient(
        api_key=settings.api_key,
        organization=settings.organization,
        project=settings.project,
        webhook_secret=settings.webhook_secret,
        azure_endpoint=settings.azure_endpoint,
        api_version=settings.api_version,
        azure_ad_token=settings.azure_ad_token,
        azure_ad_token_provider=settings.azure_ad_token_provider,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        default_headers=settings.default_headers,
        default_query=settings.default_query,
        http_client=settings.http_client,
    )


def _detect_api_type() -> str:
    settings = _settings()
    has_openai = os.environ.get("OPENAI_API_KEY") is not None
    has_azure = settings.azure_endpoint is not None or os.environ.get("AZURE_OPENAI_API_KEY") is not None
    has_azure_ad = (
        os.environ.get("AZURE_OPENAI_AD_TOKEN") is not None
        or settings.azure_ad_token is not None
        or settings.azure_ad_token_provider is not None
    )
    if has_openai and (has_azure or has_azure_ad):
        raise OpenAIError(
            "Ambiguous use of module client; please set `openai.api_type` or the `OPENAI_API_TYPE` environment "
            "variable to `openai` or `azure`"
        )
    if (settings.azure_ad_token is not None or settings.azure_ad_token_provider is not None) and os.environ.get(
        "AZURE_OPENAI_API_KEY"
    ) is not None:
        raise OpenAIError(
            "Ambiguous use of module client; please set only one of `openai.azure_ad_token` / "
            "`openai.azure_ad_token_provider` or the `AZURE_OPENAI_API_KEY` environment variable"
        )
    return "azure" if has_azure or has_azure_ad else "openai"


def load_client() -> OpenAI:
    """The module-level client, built on first call."""
    global _client
    client = _client
    if client is not None:
        return client
    with _lock:
        if _client is None:
            settings = _settings()
            if settings.api_type is None:
                settings.api_type = _detect_api_type()  # type: ignore[attr-defined] # module setting
            if settings.api_type == "azure":
                _client = _build_azure_client()
            elif settings.api_type == "openai":
                _client = _build_openai_client()
            else:
                raise OpenAIError(f"Unknown `openai.api_type` {settings.api_type!r}; expected 'openai' or 'azure'")
        return _client


def reset_client() -> None:
    """Forget the module-level client; the next use builds a new one from the current settings."""
    global _client
    with _lock:
        _client = None


class ResourceProxy:
    """`openai.<name>`: forwards every attribute to the same-named resource of the module-level client."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(getattr(load_client(), self._name), attr)

    def __dir__(self) -> list[str]:
        return dir(getattr(load_client(), self._name))

    def __repr__(self) -> str:
        return f"<openai module-client proxy for `{self._name}`>"
