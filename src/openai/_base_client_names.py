"""The names outside code imports from `openai._base_client` besides the clients (official spellings).

`openai._base_client` resolves them from here on first access, so building a client does not import (or compile)
this module. Every name is the SDK's own object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Union as _Union, TypeVar

import httpx
from typing_extensions import Literal

from ._qs import Querystring as Querystring
from ._http import _MultipartOnlyFields  # pyright: ignore[reportPrivateUsage]
from ._logs import SensitiveHeadersFilter as SensitiveHeadersFilter
from ._types import (
    Omit as Omit,
    Query as Query,
    Headers as Headers,
    AnyMapping as AnyMapping,
    PostParser as PostParser,
    BinaryTypes as BinaryTypes,
    HttpxSendArgs as HttpxSendArgs,
    AsyncBinaryTypes as AsyncBinaryTypes,
    ModelBuilderProtocol as ModelBuilderProtocol,
    is_given as is_given,
)
from ._utils import (
    is_dict as is_dict,
    is_list as is_list,
    lru_cache as lru_cache,
    is_mapping as is_mapping,
    json_dumps as _json_dumps,
)
from ._platform import (
    get_platform as get_platform,
    get_architecture as get_architecture,
    platform_headers as platform_headers,
)
from ._constants import (
    MAX_RETRY_DELAY as MAX_RETRY_DELAY,
    DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY as INITIAL_RETRY_DELAY,
    RAW_RESPONSE_HEADER as RAW_RESPONSE_HEADER,
    MAX_RETRY_AFTER_DELAY as MAX_RETRY_AFTER_DELAY,
    OVERRIDE_CAST_TO_HEADER as OVERRIDE_CAST_TO_HEADER,
    DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
)
from ._exceptions import (
    OpenAIError as OpenAIError,
    APIStatusError as APIStatusError,
    APITimeoutError as APITimeoutError,
    APIConnectionError as APIConnectionError,
    APIResponseValidationError as APIResponseValidationError,
)
from ._request_options import SecurityOptions as SecurityOptions

__all__ = [
    "Querystring",
    "SensitiveHeadersFilter",
    "Omit",
    "Query",
    "Headers",
    "AnyMapping",
    "PostParser",
    "BinaryTypes",
    "HttpxSendArgs",
    "AsyncBinaryTypes",
    "ModelBuilderProtocol",
    "is_given",
    "is_dict",
    "is_list",
    "lru_cache",
    "is_mapping",
    "get_platform",
    "get_architecture",
    "platform_headers",
    "MAX_RETRY_DELAY",
    "DEFAULT_MAX_RETRIES",
    "INITIAL_RETRY_DELAY",
    "RAW_RESPONSE_HEADER",
    "MAX_RETRY_AFTER_DELAY",
    "OVERRIDE_CAST_TO_HEADER",
    "DEFAULT_CONNECTION_LIMITS",
    "OpenAIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "SecurityOptions",
    "SyncPageT",
    "AsyncPageT",
    "openapi_dumps",
    "HTTPX_DEFAULT_TIMEOUT",
    "ForceMultipartDict",
    "OtherPlatform",
    "OtherArch",
    "Platform",
    "Arch",
    "get_python_runtime",
    "get_python_version",
]

if TYPE_CHECKING:
    from .pagination import BaseSyncPage, BaseAsyncPage

SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

openapi_dumps = _json_dumps
"""Serialise a request body to JSON bytes (datetimes as ISO 8601, models by alias, sentinels dropped)."""

HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(timeout=5.0)
"""httpx's own default timeout (the SDK's default is `openai._constants.DEFAULT_TIMEOUT`)."""

ForceMultipartDict = _MultipartOnlyFields
"""An empty files mapping that is still truthy, so a request is sent as multipart without any file part."""


class OtherPlatform:
    """An operating system outside the known list; ``str()`` gives the header value ``Other:<name>``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"Other:{self.name}"


class OtherArch:
    """A CPU architecture outside the known list; ``str()`` gives the header value ``other:<name>``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"other:{self.name}"


Platform = _Union[
    OtherPlatform, Literal["MacOS", "Linux", "Windows", "FreeBSD", "OpenBSD", "iOS", "Android", "Unknown"]
]
Arch = _Union[OtherArch, Literal["x32", "x64", "arm", "arm64", "unknown"]]


def get_python_runtime() -> str:
    """The Python implementation (``CPython``, ``PyPy``, ...), or ``unknown``."""
    try:
        import platform

        return platform.python_implementation()
    except Exception:
        return "unknown"


def get_python_version() -> str:
    """The Python version (``3.12.4``), or ``unknown``."""
    try:
        import platform

        return platform.python_version()
    except Exception:
        return "unknown"
