"""Page classes returned by list endpoints, and the async paginator.

A page is a model of one response (`data` plus the cursor fields) that also remembers how it was fetched: the
client, the item model and the request options. From those it can fetch the following page (same method, URL,
body and headers; the cursor merged into the query), and iterating a page walks every item of every remaining
page lazily. The cursor rule is the only thing that differs between the page kinds:

- `SyncPage` / `AsyncPage`: a single page, never a next one;
- `SyncCursorPage` / `AsyncCursorPage`: `after=<id of the last item>`, stopping when `has_more` is false;
- `SyncConversationCursorPage` / `AsyncConversationCursorPage`: `after=<last_id>`;
- `SyncNextCursorPage` / `AsyncNextCursorPage`: `after=<next>`.

Async list methods return an `AsyncPaginator`: awaiting it gives the first page, `async for` on it gives every
item across pages.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    List,
    Generic,
    Mapping,
    TypeVar,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
    cast,
)

import httpx
from pydantic import PrivateAttr

from ._types import Body, Query, NotGiven, not_given
from ._models import BaseModel
from ._final_request_options import FinalRequestOptions

if TYPE_CHECKING:
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = [
    "PageInfo",
    "BasePage",
    "BaseSyncPage",
    "BaseAsyncPage",
    "AsyncPaginator",
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncConversationCursorPage",
    "AsyncConversationCursorPage",
    "SyncNextCursorPage",
    "AsyncNextCursorPage",
]

_T = TypeVar("_T")
_AsyncPageT = TypeVar("_AsyncPageT", bound="BaseAsyncPage[Any]")


class PageInfo:
    """Where the next page is: extra query `params`, a different `url`, or extra `json` body keys."""

    __slots__ = ("url", "params", "json")

    url: httpx.URL | NotGiven
    params: Query | NotGiven
    json: Body | NotGiven

    def __init__(
        self,
        *,
        url: httpx.URL | NotGiven = not_given,
        params: Query | NotGiven = not_given,
        json: Body | NotGiven = not_given,
    ) -> None:
        self.url = url
        self.params = params
        self.json = json

    def __repr__(self) -> str:
        if not isinstance(self.url, NotGiven):
            return f"{self.__class__.__name__}(url={self.url})"
        if not isinstance(self.json, NotGiven):
            return f"{self.__class__.__name__}(json={self.json!r})"
        return f"{self.__class__.__name__}(params={self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageInfo):
            return NotImplemented
        return (self.url, self.params, self.json) == (other.url, other.params, other.json)

    __hash__ = None  # type: ignore[assignment] # mutable value object: equality without hashing


def _item_id(item: object) -> object:
    if isinstance(item, Mapping):
        return cast("Mapping[str, object]", item).get("id")
    return getattr(item, "id", None)


class BasePage(BaseModel, Generic[_T]):
    """What every page shares: the fetch context and the next-page rules."""

    _options: FinalRequestOptions = PrivateAttr()
    _model: Any = PrivateAttr()

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        """The cursor of the next page, or `None` when this is the last one."""
        raise NotImplementedError(f"{type(self).__name__} does not define next_page_info()")

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError(f"{type(self).__name__} does not define _get_page_items()")

    def _next_page_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options
        headers = options.headers
        if headers:
            # The first call's raw/streaming-response marker must not turn later pages into raw responses.
            headers = {k: v for k, v in headers.items() if k.lower() != "x-stainless-raw-response"}
        changes: dict[str, Any] = {"headers": headers}
        if not isinstance(info.params, NotGiven):
            changes["params"] = {**options.params, **info.params}
        if not isinstance(info.url, NotGiven):
            url = info.url
            changes["params"] = {**options.params, **dict(url.params)}
            changes["url"] = str(url.copy_with(params=None))
        if not isinstance(info.json, NotGiven):
            body: object = options.json_data
            cursor: object = info.json
            if body is not None and not isinstance(body, Mapping):
                raise RuntimeError("Cannot merge a next-page cursor into a non-mapping request body")
            if not isinstance(cursor, Mapping):
                raise RuntimeError("A next-page cursor for the body must be a mapping")
            changes["json_data"] = {
                **cast("Mapping[str, object]", body or {}),
                **cast("Mapping[str, object]", cursor),
            }
        return options.copy(**changes)

    def _require_next_page_info(self) -> PageInfo:
        info = self.next_page_info() if self.has_next_page() else None
        if info is None:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        return info


class BaseSyncPage(BasePage[_T], Generic[_T]):
    """A page fetched by a blocking client: `for item in page` walks every remaining page."""

    _client: SyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, client: Any, model: Any, options: FinalRequestOptions) -> None:
        self._client = client
        self._model = model
        self._options = options

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override] # pages iterate their items, not their fields
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self) -> Iterator[BaseSyncPage[_T]]:
        """This page, then each following page as it is fetched."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> BaseSyncPage[_T]:
        info = self._require_next_page_info()
        return self._client._request_api_list(self._model, type(self), self._next_page_options(info))


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    """A page fetched by an async client: `async for item in page` walks every remaining page."""

    _client: AsyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, client: Any, model: Any, options: FinalRequestOptions) -> None:
        self._client = client
        self._model = model
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[BaseAsyncPage[_T]]:
        """This page, then each following page as it is fetched."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> BaseAsyncPage[_T]:
        info = self._require_next_page_info()
        return await self._client._request_api_list(self._model, type(self), self._next_page_options(info))


class AsyncPaginator(Generic[_T, _AsyncPageT]):
    """What async list methods return: `await` it for the first page, `async for` it for every item."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        page_cls: type[_AsyncPageT],
        model: type[_T],
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, _AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> _AsyncPageT:
        return await self._client._request_api_list(self._model, self._page_cls, self._options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = cast("BaseAsyncPage[_T]", await self)
        async for item in page:
            yield item


# -- page kinds -------------------------------------------------------------------------------------------------


class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """A complete list in one response; there is never a next page."""

    data: List[_T]
    object: str

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def next_page_info(self) -> Optional[PageInfo]:
        return None


class AsyncPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """A complete list in one response; there is never a next page."""

    data: List[_T]
    object: str

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def next_page_info(self) -> Optional[PageInfo]:
        return None


def _cursor_after_last_id(data: List[Any]) -> Optional[PageInfo]:
    if not data:
        return None
    item_id = _item_id(data[-1])
    if item_id is None:
        return None
    return PageInfo(params={"after": item_id})


class SyncCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination: the next page starts after the last item's `id`."""

    data: List[_T]
    has_more: Optional[bool] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_after_last_id(self.data or [])


class AsyncCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination: the next page starts after the last item's `id`."""

    data: List[_T]
    has_more: Optional[bool] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_after_last_id(self.data or [])


class SyncConversationCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination driven by the response's `last_id`."""

    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"after": self.last_id}) if self.last_id else None


class AsyncConversationCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination driven by the response's `last_id`."""

    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"after": self.last_id}) if self.last_id else None


class SyncNextCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination driven by the response's `next` cursor."""

    data: List[_T]
    has_more: Optional[bool] = None
    next: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"after": self.next}) if self.next else None


class AsyncNextCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """Cursor pagination driven by the response's `next` cursor."""

    data: List[_T]
    has_more: Optional[bool] = None
    next: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"after": self.next}) if self.next else None
