"""Names the official ``openai._client`` module exposes besides the clients, for outside code that imports them
from there (``from openai._client import SyncAPIClient``). The generated `_client` re-exports this module; every
name is the SDK's own object.
"""

from __future__ import annotations

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
from ._utils import is_mapping, is_mapping_t, get_async_library
from ._compat import is_httpx2_sync_client, is_httpx2_async_client
from ._models import SecurityOptions, FinalRequestOptions
from ._constants import DEFAULT_MAX_RETRIES
from ._streaming import Stream, AsyncStream
from ._exceptions import OpenAIError, APIStatusError
from ._base_client import SyncAPIClient, AsyncAPIClient
from ._base_openai import DataResidency
from .auth._workload import (
    WorkloadIdentity,
    WorkloadIdentityAuth,
    X509WorkloadIdentity,
    is_x509_workload_identity,
)

__all__ = [
    "APIStatusError",
    "AsyncAPIClient",
    "AsyncStream",
    "DEFAULT_MAX_RETRIES",
    "DataResidency",
    "FinalRequestOptions",
    "Headers",
    "HttpxSendArgs",
    "NotGiven",
    "Omit",
    "OpenAIError",
    "ProxiesTypes",
    "Querystring",
    "RequestOptions",
    "SecurityOptions",
    "Stream",
    "SyncAPIClient",
    "Timeout",
    "Transport",
    "WorkloadIdentity",
    "WorkloadIdentityAuth",
    "X509WorkloadIdentity",
    "get_async_library",
    "is_given",
    "is_httpx2_async_client",
    "is_httpx2_sync_client",
    "is_mapping",
    "is_mapping_t",
    "is_x509_workload_identity",
    "not_given",
]
