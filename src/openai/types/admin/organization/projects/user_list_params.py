# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["UserListParams"]


class UserListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20."""

    after: str
    """
    A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you
    make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo
    in order to fetch the next page of the list.
    """
