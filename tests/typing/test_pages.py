"""Static expectations of list methods: the page class per pagination style and the item type it yields.

Checked by pyright and mypy; the functions are never called. Async list methods return an `AsyncPaginator`
(not a coroutine): awaiting it gives the first page, `async for` gives every item across pages.
"""

from __future__ import annotations

from typing_extensions import assert_type

from openai import OpenAI, AsyncOpenAI
from openai.types import Model, FileObject, VectorStoreSearchResponse
from openai.pagination import (
    SyncPage,
    AsyncPage,
    AsyncPaginator,
    SyncCursorPage,
    AsyncCursorPage,
    SyncNextCursorPage,
    SyncConversationCursorPage,
)
from openai.types.admin.organization.role import Role
from openai.types.conversations.conversation_item import ConversationItem


def check_sync_pages(client: OpenAI) -> None:
    files = client.files.list()
    assert_type(files, SyncCursorPage[FileObject])
    for file in files:
        assert_type(file, FileObject)
    assert_type(files.data, list[FileObject])

    models = client.models.list()
    assert_type(models, SyncPage[Model])
    # A POST list method pages too.
    assert_type(client.vector_stores.search("vs_123", query="cats"), SyncPage[VectorStoreSearchResponse])
    items = client.conversations.items.list("conv_123")
    assert_type(items, SyncConversationCursorPage[ConversationItem])
    assert_type(client.admin.organization.roles.list(), SyncNextCursorPage[Role])


async def check_async_pages(client: AsyncOpenAI) -> None:
    paginator = client.files.list()
    assert_type(paginator, AsyncPaginator[FileObject, AsyncCursorPage[FileObject]])
    first = await client.files.list()
    assert_type(first, AsyncCursorPage[FileObject])
    async for file in client.files.list():
        assert_type(file, FileObject)
    assert_type(await client.models.list(), AsyncPage[Model])
