"""Typed Python SDK for the OpenAI API.

The package namespace is curated here. To keep `import openai` fast, only the light modules (sentinels, constants,
exceptions, version, logging set-up) are imported eagerly; clients, models, streams, helpers and the `types` /
`resources` packages are imported on first attribute access through the module `__getattr__` below.

This module also holds the settings of the module-level client (`openai.api_key = ...`), the resource proxies
(`openai.chat`, ...) that drive it, and the v0 names that now only raise `APIRemovedInV1` when called.
"""

from __future__ import annotations

import os as _os
import typing as _t
import importlib as _importlib

from typing_extensions import override

from ._logs import setup_logging as _setup_logging
from ._types import (
    NOT_GIVEN,
    Omit,
    Timeout,
    NoneType,
    NotGiven,
    Transport,
    ProxiesTypes,
    RequestOptions,
    omit,
    not_given,
)
from ._version import __title__, __version__
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_CONNECTION_LIMITS
from ._exceptions import (
    APIError,
    OAuthError,
    OpenAIError,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    LengthFinishReasonError,
    WebSocketQueueFullError,
    UnprocessableEntityError,
    APIStreamInterruptedError,
    APIResponseValidationError,
    InvalidWebhookSignatureError,
    ContentFilterFinishReasonError,
    WebSocketConnectionClosedError,
)

if _t.TYPE_CHECKING:
    import httpx as _httpx

    from . import lib as lib, types as types, version as version, resources as resources, pagination as pagination
    from ._files import file_from_path as file_from_path
    from ._hooks import (
        Hooks as Hooks,
        ErrorEvent as ErrorEvent,
        RetryEvent as RetryEvent,
        RequestEvent as RequestEvent,
        ResponseEvent as ResponseEvent,
    )
    from ._retry import RetryPolicy as RetryPolicy
    from ._client import Client as Client, OpenAI as OpenAI, AsyncClient as AsyncClient, AsyncOpenAI as AsyncOpenAI
    from ._models import BaseModel as BaseModel
    from .lib.otel import tracing_hooks as tracing_hooks
    from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
    from .lib.azure import AzureOpenAI as AzureOpenAI, AsyncAzureOpenAI as AsyncAzureOpenAI
    from ._streaming import Stream as Stream, AsyncStream as AsyncStream
    from ._ratelimits import RateLimits as RateLimits
    from ._base_client import (
        DefaultHttpxClient as DefaultHttpxClient,
        DefaultHttpx2Client as DefaultHttpx2Client,
        DefaultAioHttpClient as DefaultAioHttpClient,
        DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
        DefaultAsyncHttpx2Client as DefaultAsyncHttpx2Client,
    )
    from ._base_openai import DataResidency as DataResidency
    from .lib.streaming import (
        AssistantEventHandler as AssistantEventHandler,
        AsyncAssistantEventHandler as AsyncAssistantEventHandler,
    )
    from ._legacy_response import HttpxBinaryResponseContent as HttpxBinaryResponseContent
    from .types.websocket_reconnection import (
        ReconnectingEvent as ReconnectingEvent,
        ReconnectingOverrides as ReconnectingOverrides,
    )

__all__ = [
    "types",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIStreamInterruptedError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "OAuthError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "WebSocketQueueFullError",
    "WebSocketConnectionClosedError",
    "Timeout",
    "RequestOptions",
    "DataResidency",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "DefaultAsyncHttpx2Client",
]

VERSION: str = __version__

_setup_logging()

# Public names whose defining module is ours report `openai` as their module (as the official package does);
# classes re-exported from httpx are left alone. Lazily loaded names are rewritten when first loaded.
for _name in __all__:
    _value = globals().get(_name)
    if _value is not None and getattr(_value, "__module__", "").startswith("openai."):
        try:
            _value.__module__ = "openai"
        except (TypeError, AttributeError):
            pass

# -- lazily imported names ----------------------------------------------------------------------------------------

_LAZY_ATTRIBUTES: dict[str, tuple[str, str | None]] = {
    "types": ("openai.types", None),
    "resources": ("openai.resources", None),
    "lib": ("openai.lib", None),
    "pagination": ("openai.pagination", None),
    "version": ("openai.version", None),
    "OpenAI": ("openai._client", "OpenAI"),
    "AsyncOpenAI": ("openai._client", "AsyncOpenAI"),
    "Client": ("openai._client", "Client"),
    "AsyncClient": ("openai._client", "AsyncClient"),
    "BaseModel": ("openai._models", "BaseModel"),
    "Stream": ("openai._streaming", "Stream"),
    "AsyncStream": ("openai._streaming", "AsyncStream"),
    "APIResponse": ("openai._response", "APIResponse"),
    "AsyncAPIResponse": ("openai._response", "AsyncAPIResponse"),
    "HttpxBinaryResponseContent": ("openai._legacy_response", "HttpxBinaryResponseContent"),
    "file_from_path": ("openai._files", "file_from_path"),
    "DataResidency": ("openai._base_openai", "DataResidency"),
    "DefaultHttpxClient": ("openai._base_client", "DefaultHttpxClient"),
    "DefaultAsyncHttpxClient": ("openai._base_client", "DefaultAsyncHttpxClient"),
    "DefaultAioHttpClient": ("openai._base_client", "DefaultAioHttpClient"),
    "DefaultHttpx2Client": ("openai._base_client", "DefaultHttpx2Client"),
    "DefaultAsyncHttpx2Client": ("openai._base_client", "DefaultAsyncHttpx2Client"),
    "AzureOpenAI": ("openai.lib.azure", "AzureOpenAI"),
    "AsyncAzureOpenAI": ("openai.lib.azure", "AsyncAzureOpenAI"),
    "BedrockOpenAI": ("openai.lib.bedrock", "BedrockOpenAI"),
    "AsyncBedrockOpenAI": ("openai.lib.bedrock", "AsyncBedrockOpenAI"),
    "pydantic_function_tool": ("openai.lib._tools", "pydantic_function_tool"),
    "AssistantEventHandler": ("openai.lib.streaming", "AssistantEventHandler"),
    "AsyncAssistantEventHandler": ("openai.lib.streaming", "AsyncAssistantEventHandler"),
    "ReconnectingEvent": ("openai.types.websocket_reconnection", "ReconnectingEvent"),
    "ReconnectingOverrides": ("openai.types.websocket_reconnection", "ReconnectingOverrides"),
    # Beyond the official surface: retry policies and client hooks.
    "RetryPolicy": ("openai._retry", "RetryPolicy"),
    "RateLimits": ("openai._ratelimits", "RateLimits"),
    "tracing_hooks": ("openai.lib.otel", "tracing_hooks"),
    "Hooks": ("openai._hooks", "Hooks"),
    "RequestEvent": ("openai._hooks", "RequestEvent"),
    "ResponseEvent": ("openai._hooks", "ResponseEvent"),
    "RetryEvent": ("openai._hooks", "RetryEvent"),
    "ErrorEvent": ("openai._hooks", "ErrorEvent"),
}

# Resource namespaces of the module-level client: `openai.chat.completions.create(...)` builds it on first use.
_RESOURCE_PROXIES = frozenset(
    {
        "admin",
        "audio",
        "batches",
        "beta",
        "chat",
        "completions",
        "containers",
        "content_provenance_checks",
        "conversations",
        "embeddings",
        "evals",
        "files",
        "fine_tuning",
        "images",
        "models",
        "moderations",
        "realtime",
        "responses",
        "skills",
        "uploads",
        "vector_stores",
        "videos",
        "webhooks",
    }
)

# v0 names that were removed in v1: touching them is harmless, calling them raises `APIRemovedInV1`.
_REMOVED_IN_V1 = frozenset(
    {
        "Audio",
        "ChatCompletion",
        "Completion",
        "Customer",
        "Deployment",
        "Edit",
        "Embedding",
        "Engine",
        "ErrorObject",
        "File",
        "FineTune",
        "FineTuningJob",
        "Image",
        "Model",
        "Moderation",
    }
)


class _RemovedInV1Proxy:
    """Stands in for a v0 name: attribute access returns more proxies, calling raises `APIRemovedInV1`."""

    def __init__(self, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, attr: str) -> _RemovedInV1Proxy:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _RemovedInV1Proxy(self._symbol)

    def __call__(self, *args: object, **kwargs: object) -> _t.NoReturn:
        from ._exceptions import APIRemovedInV1

        raise APIRemovedInV1(symbol=self._symbol)

    @override
    def __repr__(self) -> str:
        return f"<removed in v1: openai.{self._symbol}>"


def __getattr__(name: str) -> _t.Any:
    target = _LAZY_ATTRIBUTES.get(name)
    if target is not None:
        module_name, attr = target
        try:
            module = _importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise  # the module exists but one of its own imports is missing: show the real problem
            # `hasattr(openai, name)` must answer False, not crash, when an optional part is not installed.
            raise AttributeError(
                f"module {__name__!r} has no attribute {name!r} ({module_name} is unavailable)"
            ) from err
        value = module if attr is None else getattr(module, attr)
        if attr is not None and name in __all__ and getattr(value, "__module__", "").startswith("openai."):
            try:
                value.__module__ = "openai"
            except (TypeError, AttributeError):
                pass
        globals()[name] = value
        return value
    if name in _RESOURCE_PROXIES:
        from ._module_client import ResourceProxy

        proxy = ResourceProxy(name)
        globals()[name] = proxy
        return proxy
    if name in _REMOVED_IN_V1:
        return _RemovedInV1Proxy(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- module-level client settings (read live by the module client on every request) ------------------------------

api_key: str | None = None
organization: str | None = None
project: str | None = None
webhook_secret: str | None = None
admin_api_key: str | None = None
base_url: str | _httpx.URL | None = None
timeout: float | Timeout | None = DEFAULT_TIMEOUT
max_retries: int = DEFAULT_MAX_RETRIES
default_headers: _t.Mapping[str, str] | None = None
default_query: _t.Mapping[str, object] | None = None
http_client: _httpx.Client | None = None

api_type: _t.Literal["openai", "azure"] | None = _t.cast(
    "_t.Literal['openai', 'azure'] | None", _os.environ.get("OPENAI_API_TYPE")
)
api_version: str | None = _os.environ.get("OPENAI_API_VERSION")
azure_endpoint: str | None = _os.environ.get("AZURE_OPENAI_ENDPOINT")
# Not read from the environment here: the Azure client reads AZURE_OPENAI_AD_TOKEN itself when it is built.
azure_ad_token: str | None = None
azure_ad_token_provider: _t.Callable[[], str] | None = None
bedrock_token_provider: _t.Callable[[], str] | None = None


def _reset_client() -> None:  # pyright: ignore[reportUnusedFunction] # used by tests and tools
    """Drop the module-level client so the next use builds a fresh one (mainly for tests)."""
    from ._module_client import reset_client

    reset_client()


def _load_client() -> OpenAI:  # pyright: ignore[reportUnusedFunction] # used by tests and tools
    from ._module_client import load_client

    return load_client()
