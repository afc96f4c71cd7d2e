# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["FileBatchListFilesParams"]


class FileBatchListFilesParams(TypedDict, total=False):
    vector_store_id: Required[str]
    """The ID of the vector store that the files belong to."""

    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20."""

    order: Literal["asc", "desc"]
    """
    Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending
    order.
    """

    after: str
    """
    A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you
    make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo
    in order to fetch the next page of the list.
    """

    before: str
    """
    A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if
    you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include
    before=obj_foo in order to fetch the previous page of the list.
    """

    filter: Literal["in_progress", "completed", "failed", "cancelled"]
    """Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`."""
