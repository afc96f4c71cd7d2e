"""Shared type vocabulary of the SDK: the "not given" sentinels and the aliases used in signatures.

Generated resources and the request pipeline both import from here, so this module depends on nothing else in
the package. Two sentinel families exist because the official SDK grew them in two steps: ``NOT_GIVEN`` /
``not_given`` (instances of `NotGiven`) and ``omit`` (instance of `Omit`). Every part of the core treats
both as "the caller did not pass this" wherever they appear.
"""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Dict,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    AsyncIterable,
    SupportsIndex,
    overload,
)

import httpx
from typing_extensions import (
    Final,
    TypeIs,
    Literal,
    Protocol,
    Annotated,
    TypeAlias,
    TypedDict,
    final,
    override,
    runtime_checkable,
)

if TYPE_CHECKING:
    import pydantic

__all__ = [
    "NOT_GIVEN",
    "AnyMapping",
    "ArrayFormat",
    "AsyncBinaryTypes",
    "BaseTransport",
    "BinaryTypes",
    "HeadersLikeProtocol",
    "HttpxSendArgs",
    "InheritsGeneric",
    "ModelBuilderProtocol",
    "NestedFormat",
    "ProxiesDict",
    "AsyncTransport",
    "Base64FileInput",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "HeadersLike",
    "HttpxFileContent",
    "HttpxFileTypes",
    "HttpxRequestFiles",
    "IncEx",
    "ModelT",
    "NoneType",
    "NotGiven",
    "NotGivenOr",
    "Omit",
    "Omittable",
    "PostParser",
    "ProxiesTypes",
    "Query",
    "RequestFiles",
    "RequestOptions",
    "ResponseT",
    "SequenceNotStr",
    "StrBytesIntFloat",
    "Timeout",
    "Transport",
    "is_given",
    "not_given",
    "omit",
]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)

Timeout = httpx.Timeout
"""Re-exported so generated signatures can say ``float | Timeout | None`` without importing httpx."""

NoneType: type[None] = type(None)


@final
class NotGiven:
    """Marks an argument the caller did not pass, as opposed to an explicit ``None`` (which is sent as null).

    Instances are falsy and all of them are equivalent; the module-level ``NOT_GIVEN`` and ``not_given`` are the
    ones to use. Prefer `is_given` over identity checks so `Omit` is treated the same way.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    @override
    def __eq__(self, other: object) -> bool:
        return isinstance(other, NotGiven)

    @override
    def __hash__(self) -> int:
        return hash(NotGiven)

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        # lets pydantic build validators for types that mention `NotGiven` (`Headers`, params TypedDicts)
        from pydantic_core import core_schema

        return core_schema.is_instance_schema(cls)

    def __reduce__(self) -> str:
        # Pickles by reference to the module-level instance so unpickling keeps sentinels recognisable.
        return "NOT_GIVEN"


@final
class Omit:
    """Removes a value: as a header value it deletes the header, as a parameter value it drops the key.

    Instances are falsy and all of them are equivalent; use the module-level ``omit``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "omit"

    @override
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Omit)

    @override
    def __hash__(self) -> int:
        return hash(Omit)

    def __copy__(self) -> Omit:
        return self

    def __deepcopy__(self, memo: object) -> Omit:
        return self

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        # lets pydantic build validators for types that mention `Omit` (`Headers`, params TypedDicts)
        from pydantic_core import core_schema

        return core_schema.is_instance_schema(cls)

    def __reduce__(self) -> str:
        return "omit"


NOT_GIVEN: Final[NotGiven] = NotGiven()
not_given: Final[NotGiven] = NOT_GIVEN
omit: Final[Omit] = Omit()

NotGivenOr = Union[_T, NotGiven]
Omittable = Union[_T, Omit]


def is_given(obj: _T | NotGiven | Omit) -> TypeIs[_T]:
    """Return whether ``obj`` is a real value, i.e. neither `NotGiven` nor `Omit`."""
    return not isinstance(obj, (NotGiven, Omit))


# --- request-side aliases -------------------------------------------------------------------------------------

Headers = Mapping[str, Union[str, Omit]]
"""Per-request headers; an `Omit` value deletes a header the SDK would otherwise send."""
Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]
HeadersLike = Union[Mapping[str, str], httpx.Headers]
StrBytesIntFloat = Union[str, bytes, int, float]
IncEx: TypeAlias = Union["set[int]", "set[str]", "Mapping[int, IncEx | bool]", "Mapping[str, IncEx | bool]"]
PostParser = Callable[[Any], Any]


class _BinaryFile:
    """`Annotated` marker of `IO[bytes]` in upload types: pydantic accepts any object with a `read` method there.

    `typing.IO` is not a class file objects derive from, so pydantic cannot build a validator for `IO[bytes]` on
    its own; with this marker `TypeAdapter` works for params TypedDicts that take files.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def validate(value: object) -> object:
            if callable(getattr(value, "read", None)):
                return value
            raise ValueError(f"expected a binary file object, got {type(value).__name__}")

        return core_schema.no_info_plain_validator_function(validate)

    @override
    def __repr__(self) -> str:
        return "BinaryFile"


_BinaryIO = Annotated[IO[bytes], _BinaryFile()]

FileContent = Union[_BinaryIO, bytes, PathLike[str]]
"""Raw content of an upload: bytes, a binary file object, or a path that is read when the request is built."""
FileTypes = Union[
    FileContent,
    # (filename, content)
    Tuple[Optional[str], FileContent],
    # (filename, content, content_type)
    Tuple[Optional[str], FileContent, Optional[str]],
    # (filename, content, content_type, extra part headers)
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]
Base64FileInput = Union[_BinaryIO, PathLike[str]]

# What httpx itself accepts for ``files=``: paths are already read into bytes at this point.
HttpxFileContent = Union[_BinaryIO, bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]

Transport = httpx.BaseTransport
AsyncTransport = httpx.AsyncBaseTransport
ProxiesTypes = Union[str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]]


class RequestOptions(TypedDict, total=False):
    """Options accepted by the generic verbs (``client.get(..., options=...)``); every key is optional."""

    headers: Headers
    max_retries: int
    timeout: float | Timeout | None
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool
    security: Literal["bearer", "admin"]
    """Which credential the request uses: the API key (`"bearer"`, the default) or the admin API key."""
    synthesize_event_and_data: bool
    """Streaming only: every named event is parsed as `{"event": <name>, "data": <data>}`, as `thread.*` events are."""


# --- response-side type variables -----------------------------------------------------------------------------

ModelT = TypeVar("ModelT", bound="pydantic.BaseModel")
ResponseT = TypeVar("ResponseT")


if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A read-only sequence that type checkers refuse to match with a plain ``str``.

        ``str`` is itself a ``Sequence[str]``, so ``list_param: Sequence[str]`` would silently accept ``"abc"``.
        ``str.__contains__`` only accepts ``str``, whereas this protocol requires ``__contains__(object)``, which is
        what makes ``str`` incompatible while lists and tuples still match.
        """

        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...

        def __contains__(self, value: object, /) -> bool: ...

        def __len__(self) -> int: ...

        def __iter__(self) -> Iterator[_T_co]: ...

        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...

        def count(self, value: Any, /) -> int: ...

        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    # At run time the protocol is `typing.Sequence`, a type pydantic builds validators for (`TypeAdapter`,
    # model fields, `get_type_hints`); pydantic rejects a plain `str` for `Sequence[str]` as type checkers do.
    SequenceNotStr = Sequence


# --- further names of the official vocabulary -----------------------------------------------------------------

ArrayFormat = Literal["brackets", "indices", "comma", "repeat"]
"""How lists are written in a query string (see `openai._qs.Querystring`)."""
NestedFormat = Literal["brackets", "dots"]
"""How nested mappings are written in a query string."""

BinaryTypes = Union[bytes, bytearray, IO[bytes], Iterable[bytes]]
"""A raw request body (``content=``)."""
AsyncBinaryTypes = Union[bytes, bytearray, IO[bytes], Iterable[bytes], AsyncIterable[bytes]]
"""A raw request body for an async client."""

BaseTransport = httpx.BaseTransport
ProxiesDict = Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]


class HttpxSendArgs(TypedDict, total=False):
    """Extra keyword arguments given to the HTTP client's ``send``."""

    auth: httpx.Auth
    follow_redirects: bool


@runtime_checkable
class HeadersLikeProtocol(Protocol):
    """Anything with a case-aware ``get(name)`` for headers (``httpx.Headers``, a dict, ...)."""

    def get(self, __key: str) -> str | None: ...


class InheritsGeneric(Protocol):
    """A class that subclasses a parametrised generic (it has ``__orig_bases__``)."""

    __orig_bases__: Tuple[Any, ...]


@runtime_checkable
class ModelBuilderProtocol(Protocol[_T_co]):
    """A ``cast_to`` class that builds itself from the response (``cls.build(response=..., data=...)``)."""

    @classmethod
    def build(cls, *, response: httpx.Response, data: object) -> _T_co: ...
