"""Vector-store helpers: ``client.vector_stores.files.upload/upload_and_poll/create_and_poll/poll`` and
``client.vector_stores.file_batches.create_and_poll/poll/upload_and_poll``.

``VectorStoreFilesHelpers`` and ``FileBatchesHelpers`` (and their async twins) are the bases of the generated
resources (see ``codegen/config.yaml``). They send the same requests as the generated methods, through the core.
Batch uploads run concurrently with a bound: a thread pool on the sync client, an anyio task group with a
capacity limiter on the async one (asyncio and trio alike). The first failed upload is re-raised once the uploads
in flight have settled; the others are named in the exception's notes, so no failure goes unreported.
"""

from __future__ import annotations

from typing import Dict, List, Union, Iterable, Optional, Sequence, cast
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait

from .._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, SequenceNotStr, omit, not_given
from .._utils import path_param
from .polling import poll_sync, poll_async
from .._resource import SyncAPIResource, AsyncAPIResource
from .._base_client import make_request_options
from .files_helpers import upload_assistants_file, async_upload_assistants_file
from .._legacy_response import LegacyAPIResponse
from ..types.file_object import FileObject
from ..types.vector_stores import file_batch_create_params
from ..types.file_chunking_strategy_param import FileChunkingStrategyParam
from ..types.vector_stores.vector_store_file import VectorStoreFile
from ..types.vector_stores.vector_store_file_batch import VectorStoreFileBatch

__all__ = [
    "VectorStoreFilesHelpers",
    "AsyncVectorStoreFilesHelpers",
    "FileBatchesHelpers",
    "AsyncFileBatchesHelpers",
]

_BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}


def _files_path(vector_store_id: str) -> str:
    return f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files"


def _batches_path(vector_store_id: str) -> str:
    return f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches"


def _file_is_done(file: VectorStoreFile) -> bool:
    # Anything but `in_progress` (completed, failed, cancelled) is final.
    return file.status != "in_progress"


def _batch_is_done(batch: VectorStoreFileBatch) -> bool:
    return batch.file_counts.in_progress <= 0


def _check_concurrency(max_concurrency: int) -> None:
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:  # pyright: ignore[reportUnnecessaryIsInstance] -- callers outside the type checker pass anything
        raise ValueError(f"max_concurrency must be a positive int, got {max_concurrency!r}")


def _raise_first(errors: Sequence[BaseException]) -> None:
    """Re-raise the first upload failure, naming any other failures in its notes."""
    if not errors:
        return
    first = errors[0]
    for other in errors[1:]:
        note = f"another file upload of the batch also failed: {type(other).__name__}: {other}"
        add_note = getattr(first, "add_note", None)  # BaseException.add_note exists on Python 3.11+
        if add_note is not None:
            add_note(note)
    raise first


class VectorStoreFilesHelpers(SyncAPIResource):
    """Upload and polling helpers of ``client.vector_stores.files``."""

    def _create(
        self,
        vector_store_id: str,
        file_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit,
        chunking_strategy: FileChunkingStrategyParam | Omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        return self._post(
            _files_path(vector_store_id),
            body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=VectorStoreFile,
        )

    def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFile:
        """Retrieve the vector store file until it is no longer ``in_progress``."""
        path = f"{_files_path(vector_store_id)}/{path_param('file_id', file_id)}"

        def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[VectorStoreFile]:
            response = self._get(
                path,
                cast_to=VectorStoreFile,
                options=make_request_options(extra_headers=headers, headers=_BETA_HEADERS),
            )
            return cast("LegacyAPIResponse[VectorStoreFile]", response)

        return poll_sync(
            fetch, is_done=_file_is_done, extra_headers=None, poll_interval_ms=poll_interval_ms, sleep=self._sleep
        )

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attach an uploaded file to the vector store and poll until it is processed.

        The request options (``extra_*``, ``timeout``) apply to the request that attaches the file.
        """
        created = self._create(
            vector_store_id,
            file_id,
            attributes,
            chunking_strategy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        return self.poll(created.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload ``file`` (``purpose="assistants"``) and attach it to the vector store, without polling."""
        uploaded = upload_assistants_file(self, file)
        return self._create(vector_store_id, uploaded.id, omit, chunking_strategy)

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload ``file``, attach it to the vector store and poll until it is processed."""
        uploaded = upload_assistants_file(self, file)
        return self.create_and_poll(
            uploaded.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class AsyncVectorStoreFilesHelpers(AsyncAPIResource):
    """Upload and polling helpers of ``async_client.vector_stores.files``."""

    async def _create(
        self,
        vector_store_id: str,
        file_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit,
        chunking_strategy: FileChunkingStrategyParam | Omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        return await self._post(
            _files_path(vector_store_id),
            body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=VectorStoreFile,
        )

    async def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFile:
        """Retrieve the vector store file until it is no longer ``in_progress``."""
        path = f"{_files_path(vector_store_id)}/{path_param('file_id', file_id)}"

        async def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[VectorStoreFile]:
            response = await self._get(
                path,
                cast_to=VectorStoreFile,
                options=make_request_options(extra_headers=headers, headers=_BETA_HEADERS),
            )
            return cast("LegacyAPIResponse[VectorStoreFile]", response)

        return await poll_async(
            fetch, is_done=_file_is_done, extra_headers=None, poll_interval_ms=poll_interval_ms, sleep=self._sleep
        )

    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attach an uploaded file to the vector store and poll until it is processed.

        The request options (``extra_*``, ``timeout``) apply to the request that attaches the file.
        """
        created = await self._create(
            vector_store_id,
            file_id,
            attributes,
            chunking_strategy,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        return await self.poll(created.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload ``file`` (``purpose="assistants"``) and attach it to the vector store, without polling."""
        uploaded = await async_upload_assistants_file(self, file)
        return await self._create(vector_store_id, uploaded.id, omit, chunking_strategy)

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload ``file``, attach it to the vector store and poll until it is processed."""
        uploaded = await async_upload_assistants_file(self, file)
        return await self.create_and_poll(
            uploaded.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class FileBatchesHelpers(SyncAPIResource):
    """Polling and concurrent-upload helpers of ``client.vector_stores.file_batches``."""

    def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Retrieve the batch until none of its files is still ``in_progress``."""
        path = f"{_batches_path(vector_store_id)}/{path_param('batch_id', batch_id)}"

        def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[VectorStoreFileBatch]:
            response = self._get(
                path,
                cast_to=VectorStoreFileBatch,
                options=make_request_options(extra_headers=headers, headers=_BETA_HEADERS),
            )
            return cast("LegacyAPIResponse[VectorStoreFileBatch]", response)

        return poll_sync(
            fetch, is_done=_batch_is_done, extra_headers=None, poll_interval_ms=poll_interval_ms, sleep=self._sleep
        )

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Create a file batch and poll it until all of its files are processed.

        The request options (``extra_*``, ``timeout``) apply to the request that creates the batch.
        """
        batch = self._post(
            _batches_path(vector_store_id),
            body={
                "file_ids": file_ids,
                "files": files,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=VectorStoreFileBatch,
        )
        return self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: SequenceNotStr[str] = (),
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Upload ``files`` (at most ``max_concurrency`` at a time), then batch them with ``file_ids`` and poll.

        Raises:
            ValueError: neither ``files`` nor ``file_ids`` has an entry, or ``max_concurrency`` is not positive.
            Exception: the first failed upload, re-raised after the uploads in flight settle; no batch is created.
        """
        _check_concurrency(max_concurrency)
        pending = list(files)
        if not pending and not file_ids:
            raise ValueError("No files provided: pass `files` to upload and/or the ids of uploaded files in `file_ids`")
        uploaded: List[Optional[FileObject]] = [None] * len(pending)
        errors: List[BaseException] = []
        with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="openai-upload") as pool:
            futures: List[Future[FileObject]] = [pool.submit(upload_assistants_file, self, file) for file in pending]
            _, not_done = wait(futures, return_when=FIRST_EXCEPTION)
            # After the first failure there is no point starting the uploads still queued; running ones finish.
            for queued in not_done:
                queued.cancel()
            wait(futures)
        for position, future in enumerate(futures):
            if future.cancelled():
                continue
            error = future.exception()
            if error is not None:
                errors.append(error)
            else:
                uploaded[position] = future.result()
        _raise_first(errors)
        new_ids = [file.id for file in uploaded if file is not None]
        return self.create_and_poll(
            vector_store_id,
            file_ids=[*file_ids, *new_ids],
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class AsyncFileBatchesHelpers(AsyncAPIResource):
    """Polling and concurrent-upload helpers of ``async_client.vector_stores.file_batches``."""

    async def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Retrieve the batch until none of its files is still ``in_progress``."""
        path = f"{_batches_path(vector_store_id)}/{path_param('batch_id', batch_id)}"

        async def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[VectorStoreFileBatch]:
            response = await self._get(
                path,
                cast_to=VectorStoreFileBatch,
                options=make_request_options(extra_headers=headers, headers=_BETA_HEADERS),
            )
            return cast("LegacyAPIResponse[VectorStoreFileBatch]", response)

        return await poll_async(
            fetch, is_done=_batch_is_done, extra_headers=None, poll_interval_ms=poll_interval_ms, sleep=self._sleep
        )

    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Create a file batch and poll it until all of its files are processed.

        The request options (``extra_*``, ``timeout``) apply to the request that creates the batch.
        """
        batch = await self._post(
            _batches_path(vector_store_id),
            body={
                "file_ids": file_ids,
                "files": files,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=VectorStoreFileBatch,
        )
        return await self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: SequenceNotStr[str] = (),
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Upload ``files`` (at most ``max_concurrency`` at a time), then batch them with ``file_ids`` and poll.

        Runs on asyncio and trio (anyio task group and capacity limiter).

        Raises:
            ValueError: neither ``files`` nor ``file_ids`` has an entry, or ``max_concurrency`` is not positive.
            Exception: the first failed upload, re-raised after the other uploads stop; no batch is created.
        """
        import anyio

        _check_concurrency(max_concurrency)
        pending = list(files)
        if not pending and not file_ids:
            raise ValueError("No files provided: pass `files` to upload and/or the ids of uploaded files in `file_ids`")
        uploaded: List[Optional[FileObject]] = [None] * len(pending)
        errors: List[BaseException] = []
        limiter = anyio.CapacityLimiter(max_concurrency)

        async with anyio.create_task_group() as group:

            async def upload(position: int, file: FileTypes) -> None:
                async with limiter:
                    if errors:
                        return  # an earlier upload failed: do not start new ones
                    try:
                        uploaded[position] = await async_upload_assistants_file(self, file)
                    except Exception as exc:
                        # Collected rather than propagated: the task group would wrap it in an ExceptionGroup,
                        # and callers expect the upload's own exception.
                        errors.append(exc)

            for position, file in enumerate(pending):
                group.start_soon(upload, position, file)

        _raise_first(errors)
        new_ids = [file.id for file in uploaded if file is not None]
        return await self.create_and_poll(
            vector_store_id,
            file_ids=[*file_ids, *new_ids],
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )
