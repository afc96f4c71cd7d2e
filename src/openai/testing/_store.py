"""In-memory state of the built-in server: objects by collection, their uploaded bytes, and list pagination.

Objects live in *collections* named by their concrete path (`/files`, `/threads/thread_abc/messages`), each an
insertion-ordered mapping of id → `Record`. Deleting an object removes the collections nested under it (a
deleted thread takes its messages and runs along) and leaves a tombstone so a later retrieve answers 404 even
on a server that materialises unknown ids.
"""

from __future__ import annotations

from typing import Any, Mapping
from dataclasses import field, dataclass

__all__ = ["Record", "Store", "paginate", "PaginationError"]


@dataclass
class Record:
    """One stored object: its JSON payload, optional uploaded bytes, and handler-specific extras."""

    data: dict[str, Any]
    content: bytes | None = None
    content_type: str | None = None
    extras: dict[str, Any] = field(default_factory=lambda: {})


class Store:
    def __init__(self) -> None:
        self.collections: dict[str, dict[str, Record]] = {}
        self.tombstones: set[tuple[str, str]] = set()

    def clear(self) -> None:
        self.collections.clear()
        self.tombstones.clear()

    def get(self, collection: str, item_id: str) -> Record | None:
        return self.collections.get(collection, {}).get(item_id)

    def put(self, collection: str, item_id: str, record: Record) -> Record:
        self.collections.setdefault(collection, {})[item_id] = record
        self.tombstones.discard((collection, item_id))
        return record

    def delete(self, collection: str, item_id: str) -> Record | None:
        record = self.collections.get(collection, {}).pop(item_id, None)
        prefix = f"{collection}/{item_id}/"
        for name in [name for name in self.collections if name.startswith(prefix)]:
            del self.collections[name]
        self.tombstones.add((collection, item_id))
        return record

    def is_deleted(self, collection: str, item_id: str) -> bool:
        return (collection, item_id) in self.tombstones

    def items(self, collection: str) -> list[Record]:
        return list(self.collections.get(collection, {}).values())

    def has_collection(self, collection: str) -> bool:
        return collection in self.collections

    def find(self, item_id: str, suffix: str = "") -> Record | None:
        """Look an id up in every collection whose name ends with `suffix`."""
        for name, records in self.collections.items():
            if name.endswith(suffix) and item_id in records:
                return records[item_id]
        return None


class PaginationError(ValueError):
    """A list query with a bad `limit`/`order`/cursor; carries the offending parameter."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


def _item_id(item: Mapping[str, Any]) -> str | None:
    value = item.get("id")
    return value if isinstance(value, str) else None


def paginate(items: list[dict[str, Any]], query: Mapping[str, Any], kind: str | None) -> dict[str, Any]:
    """A list envelope for `items` (in insertion order) following the API's cursor rules.

    `order` is `desc` (newest first, the default) or `asc`; `after`/`before` are item ids; `limit` defaults to
    20 and must be 0–10,000 (the largest maximum of any list endpoint); unknown cursors are ignored. `kind` is the operation's page kind.

    Raises:
        PaginationError: `limit` or `order` is invalid.
    """
    if kind in (None, "page"):
        return {"object": "list", "data": items}
    order = query.get("order", "desc")
    if order not in ("asc", "desc"):
        raise PaginationError(f"Invalid value: {order!r}. Supported values are: 'asc' and 'desc'.", "order")
    raw_limit = query.get("limit", 20)
    try:
        limit = int(raw_limit)
    except (TypeError, ValueError):
        raise PaginationError(
            f"Invalid type for 'limit': expected an integer, but got {raw_limit!r}.", "limit"
        ) from None
    if not 0 <= limit <= 10_000:
        raise PaginationError(
            f"Invalid 'limit': integer below minimum value or above maximum value ({limit}).", "limit"
        )
    ordered = items if order == "asc" else list(reversed(items))
    ids = [_item_id(item) for item in ordered]
    after, before = query.get("after"), query.get("before")
    start, stop = 0, len(ordered)
    if after is not None and after != "":
        # An unknown cursor pages from the start, as if it had not been given.
        start = ids.index(after) + 1 if after in ids else 0
    if before is not None and before != "":
        stop = ids.index(before) if before in ids else len(ordered)
        if after is None or after == "":
            start = max(start, stop - limit)
    window = ordered[start:stop]
    page = window[:limit]
    has_more = len(window) > limit
    first_id = _item_id(page[0]) if page else None
    last_id = _item_id(page[-1]) if page else None
    if kind == "next_cursor":
        return {"object": "list", "data": page, "has_more": has_more, "next": last_id if has_more else None}
    return {"object": "list", "data": page, "first_id": first_id, "last_id": last_id, "has_more": has_more}
