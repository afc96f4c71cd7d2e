"""The Azure OpenAI variant of the realtime handshake (CONTRACT section 10.3).

Azure routes a realtime session by deployment rather than by model: the query carries only ``extra_query``,
``api-version`` and ``deployment`` (the client's ``azure_deployment``, else the ``model`` argument), and the
credentials are the ``api-key`` header when the client has an API key, else a bearer Microsoft Entra token.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Awaitable, cast

import httpx

from ..._utils import is_sentinel
from ..._exceptions import OpenAIError

if TYPE_CHECKING:
    from ..azure import BaseAzureClient

__all__ = ["as_azure_client", "azure_realtime_url", "azure_auth_headers", "async_azure_auth_headers"]


def as_azure_client(client: object) -> Optional[BaseAzureClient]:
    """``client`` as an Azure client, or ``None`` for any other client (without importing Azure needlessly)."""
    from ..azure import BaseAzureClient

    return client if isinstance(client, BaseAzureClient) else None


def azure_realtime_url(
    client: BaseAzureClient,
    *,
    params: Mapping[str, object],
    extra_query: Optional[Mapping[str, object]],
) -> httpx.URL:
    model = params.get("model")
    deployment = client._azure_deployment or (model if isinstance(model, str) else None)
    if not deployment:
        raise OpenAIError(
            "Azure realtime connections need a deployment: pass `model=<deployment name>` or create the client "
            "with `azure_deployment=`"
        )
    websocket_base_url: object = getattr(client, "websocket_base_url", None)
    if websocket_base_url is not None:
        url = httpx.URL(str(websocket_base_url))
        url = url.copy_with(path=url.path.rstrip("/") + "/realtime")
    elif client._azure_endpoint:
        # Realtime is an account-level path, also for clients scoped to one deployment.
        url = httpx.URL(client._azure_endpoint.rstrip("/") + "/openai/realtime")
    else:
        base = client._base_url
        url = base.copy_with(path=base.path.rstrip("/") + "/realtime")
    if websocket_base_url is None:
        url = url.copy_with(scheme="ws" if url.scheme == "http" else "wss")
    query: Dict[str, Any] = {}
    for key, value in (extra_query or {}).items():
        if not is_sentinel(value):
            query[key] = value
    query["api-version"] = client._api_version
    query["deployment"] = deployment
    return url.copy_with(query=None).copy_with(params=query)


def _credentials(client: BaseAzureClient, token: object) -> dict[str, str]:
    from ..azure import API_KEY_SENTINEL

    if client.api_key and client.api_key != API_KEY_SENTINEL:
        return {"api-key": client.api_key}
    if token is None:
        return {}
    if not isinstance(token, str) or not token:
        raise ValueError(f"Expected `azure_ad_token_provider` to return a non-empty string but it returned {token!r}")
    return {"Authorization": f"Bearer {token}"}


def _checked_key(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"Expected the `api_key` callable to return a non-empty string but it returned {value!r}")
    return value


def azure_auth_headers(client: BaseAzureClient) -> dict[str, str]:
    """Credentials for a sync connection (a token provider is called when there is no API key)."""
    from ..azure import API_KEY_SENTINEL

    if client._api_key_provider is not None:
        key: object = client._api_key_provider()
        if inspect.isawaitable(key):
            raise TypeError("The sync Azure client's `api_key` callable returned an awaitable; return a string")
        return {"api-key": _checked_key(key)}
    provider = client._azure_ad_token_provider
    if provider is None or (client.api_key and client.api_key != API_KEY_SENTINEL):
        return _credentials(client, client._azure_ad_token)
    token: object = provider()
    if inspect.isawaitable(token):
        raise TypeError("The sync Azure client's `azure_ad_token_provider` returned an awaitable; return a string")
    return _credentials(client, token)


async def async_azure_auth_headers(client: BaseAzureClient) -> dict[str, str]:
    """Credentials for an async connection (an async token provider is awaited)."""
    from ..azure import API_KEY_SENTINEL

    if client._api_key_provider is not None:
        key: object = client._api_key_provider()
        if inspect.isawaitable(key):
            key = await cast("Awaitable[object]", key)
        return {"api-key": _checked_key(key)}
    provider = client._azure_ad_token_provider
    if provider is None or (client.api_key and client.api_key != API_KEY_SENTINEL):
        return _credentials(client, client._azure_ad_token)
    token: object = provider()
    if inspect.isawaitable(token):
        token = await cast("Awaitable[object]", token)
    return _credentials(client, token)
