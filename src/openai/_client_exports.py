"""Names the official ``openai._client`` module exposes besides the clients, for outside code that imports them
from there (``from openai._client import SyncAPIClient``). The generated `_client` re-exports this module; every
name is the SDK's own object.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._qs import Querystring
from ._types import (
    Omit,
    Headers,
    Timeout,
    NotGiven,
    Transport,
    ProxiesTypes,
    HttpxSendArgs,
    RequestOptions,
    is_given,
    not_given,
)
from ._utils import is_mapping
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import OpenAIError, APIStatusError
from ._base_client import SyncAPIClient, AsyncAPIClient
from ._base_openai import DataResidency
from .auth._workload import (
    WorkloadIdentity,
    WorkloadIdentityAuth,
    X509WorkloadIdentity,
    is_x509_workload_identity,
)
from ._request_options import SecurityOptions

if TYPE_CHECKING:
    from ._utils import is_mapping_t, get_async_library
    from ._compat import is_httpx2_sync_client, is_httpx2_async_client
    from ._streaming import Stream, AsyncStream
    from ._final_request_options import FinalRequestOptions

__all__ = [
    "APIStatusError",
    "AsyncAPIClient",
    "DEFAULT_MAX_RETRIES",
    "DataResidency",
    "Headers",
    "HttpxSendArgs",
    "NotGiven",
    "Omit",
    "OpenAIError",
    "ProxiesTypes",
    "Querystring",
    "RequestOptions",
    "SecurityOptions",
    "SyncAPIClient",
    "Timeout",
    "Transport",
    "WorkloadIdentity",
    "WorkloadIdentityAuth",
    "X509WorkloadIdentity",
    "is_given",
    "is_mapping",
    "is_x509_workload_identity",
    "not_given",
    "__getattr__",
]

# Importing these would import pydantic (or the streaming module), which `import openai` and building a client
# must not do: they are resolved on first access, here and (through the `__getattr__` the star import above
# re-exports) in `openai._client`.
_LAZY_EXPORTS = {
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    "FinalRequestOptions": "._final_request_options",
    "is_httpx2_sync_client": "._compat",
    "is_httpx2_async_client": "._compat",
    "is_mapping_t": "._utils._extras",
    "get_async_library": "._utils._extras",
}

if TYPE_CHECKING:
    __all__ += ["AsyncStream", "FinalRequestOptions", "Stream", "is_httpx2_async_client", "is_httpx2_sync_client"]
    __all__ += ["get_async_library", "is_mapping_t"]


def __getattr__(name: str) -> Any:
    module_name = _LAZY_EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module_name, __package__), name)
