"""Run helpers of the Assistants API: polling (``*_poll``) and streaming (``*_stream``, ``stream``).

``RunsHelpers`` is the base of ``client.beta.threads.runs`` and ``ThreadsHelpers`` of ``client.beta.threads``
(see ``codegen/config.yaml``). They call the core's request methods directly with the same paths, bodies and
``OpenAI-Beta`` header as the generated ``create`` / ``retrieve`` / ``submit_tool_outputs`` methods; the request
parameters are the generated params TypedDicts, passed as keyword arguments.
"""

from __future__ import annotations

from typing import Any, Dict, Union, Iterable, cast, overload

import typing_extensions
from typing_extensions import Unpack

from .._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from .._utils import path_param
from .polling import RUN_TERMINAL_STATUSES, poll_sync, poll_async
from .._resource import SyncAPIResource, AsyncAPIResource
from .._streaming import Stream, AsyncStream
from ._signatures import expand_params_signature
from .._base_client import make_request_options
from .._legacy_response import LegacyAPIResponse
from ..types.beta.threads import run_submit_tool_outputs_params
from .streaming._assistants import (
    AssistantEventHandler,
    AssistantEventHandlerT,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantEventHandlerT,
    AsyncAssistantStreamManager,
)
from ..types.beta.threads.run import Run
from ..types.beta.assistant_stream_event import AssistantStreamEvent
from ..types.beta.threads.run_create_params import RunCreateParamsBase
from ..types.beta.thread_create_and_run_params import ThreadCreateAndRunParamsBase

__all__ = ["RunsHelpers", "AsyncRunsHelpers", "ThreadsHelpers", "AsyncThreadsHelpers"]

_BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
_STREAM_HELPER_HEADER = "X-Stainless-Stream-Helper"
_CUSTOM_HANDLER_HEADER = "X-Stainless-Custom-Event-Handler"


def _runs_path(thread_id: str) -> str:
    return f"/threads/{path_param('thread_id', thread_id)}/runs"


def _run_path(thread_id: str, run_id: str) -> str:
    return f"{_runs_path(thread_id)}/{path_param('run_id', run_id)}"


def _run_body(params: RunCreateParamsBase, stream: bool) -> Dict[str, object]:
    body: Dict[str, object] = dict(cast("Dict[str, object]", params))
    # The generated params TypedDict lists the `include` query parameter among the body keys; it is sent as the
    # query parameter (arrays go out as `include[]=...`, see `_create_run`) and never in the body.
    body.pop("include", None)
    body["stream"] = stream
    return body


def _thread_run_body(params: ThreadCreateAndRunParamsBase, stream: bool) -> Dict[str, object]:
    body: Dict[str, object] = dict(cast("Dict[str, object]", params))
    body["stream"] = stream
    return body


def _stream_headers(extra_headers: Headers | None, helper: str, custom_handler: bool) -> Dict[str, Union[str, Omit]]:
    headers: Dict[str, Union[str, Omit]] = {
        _STREAM_HELPER_HEADER: helper,
        _CUSTOM_HANDLER_HEADER: "true" if custom_handler else "false",
    }
    if extra_headers:
        headers.update(extra_headers)
    return headers


def _run_is_done(run: Run) -> bool:
    return run.status in RUN_TERMINAL_STATUSES


def _poll_run(
    resource: SyncAPIResource,
    run_id: str,
    thread_id: str,
    *,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | Timeout | None | NotGiven,
    deadline: float | None | NotGiven,
    poll_interval_ms: int | Omit,
) -> Run:
    path = _run_path(thread_id, run_id)

    def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[Run]:
        response = resource._get(
            path,
            cast_to=Run,
            options=make_request_options(
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
        )
        return cast("LegacyAPIResponse[Run]", response)

    return poll_sync(
        fetch,
        is_done=_run_is_done,
        extra_headers=extra_headers,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )


async def _poll_run_async(
    resource: AsyncAPIResource,
    run_id: str,
    thread_id: str,
    *,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | Timeout | None | NotGiven,
    deadline: float | None | NotGiven,
    poll_interval_ms: int | Omit,
) -> Run:
    path = _run_path(thread_id, run_id)

    async def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[Run]:
        response = await resource._get(
            path,
            cast_to=Run,
            options=make_request_options(
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
        )
        return cast("LegacyAPIResponse[Run]", response)

    return await poll_async(
        fetch,
        is_done=_run_is_done,
        extra_headers=extra_headers,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )


class RunsHelpers(SyncAPIResource):
    """Polling and streaming helpers of ``client.beta.threads.runs``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create` parameters on the helpers.
        for name in ("create_and_poll", "create_and_stream", "stream"):
            expand_params_signature(RunsHelpers.__dict__[name], cls, "create", RunCreateParamsBase, exclude=("stream",))

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        poll_interval_ms: int | Omit = omit,
        *,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """Retrieve the run until it reaches a terminal status (``requires_action`` included) and return it."""
        return _poll_run(
            self,
            run_id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    def _create_run(
        self,
        thread_id: str,
        params: RunCreateParamsBase,
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | Stream[AssistantStreamEvent]:
        return self._post(
            _runs_path(thread_id),
            body=_run_body(params, stream),
            options=make_request_options(
                query={"include": params.get("include", omit)},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=Stream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_poll(
        self,
        *,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> Run:
        """Create a run and poll it until it reaches a terminal status."""
        run = self._create_run(
            thread_id,
            params,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return _poll_run(
            self,
            run.id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Create a run and stream its events through ``event_handler`` (a fresh `AssistantEventHandler` if None)."""
        return self._stream_run(
            "threads.runs.create_and_stream",
            thread_id,
            params,
            event_handler=event_handler,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Deprecated alias of `stream` (kept for existing callers)."""
        return self._stream_run(
            "threads.runs.create_and_stream",
            thread_id,
            params,
            event_handler=event_handler,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    def _stream_run(
        self,
        helper: str,
        thread_id: str,
        params: RunCreateParamsBase,
        *,
        event_handler: AssistantEventHandlerT | None,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        headers = _stream_headers(extra_headers, helper, event_handler is not None)

        def request() -> Stream[AssistantStreamEvent]:
            stream = self._create_run(
                thread_id,
                params,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("Stream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AssistantStreamManager(request, event_handler=AssistantEventHandler())
        return AssistantStreamManager(request, event_handler=event_handler)

    def _submit(
        self,
        run_id: str,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | Stream[AssistantStreamEvent]:
        return self._post(
            f"{_run_path(thread_id, run_id)}/submit_tool_outputs",
            body={"tool_outputs": tool_outputs, "stream": stream},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=Stream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """Submit tool outputs, then poll the run until it reaches a terminal status again."""
        run = self._submit(
            run_id,
            thread_id,
            tool_outputs,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return _poll_run(
            self,
            run.id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Submit tool outputs and stream the rest of the run through ``event_handler``."""
        headers = _stream_headers(extra_headers, "threads.runs.submit_tool_outputs_stream", event_handler is not None)
        outputs = list(tool_outputs)

        def request() -> Stream[AssistantStreamEvent]:
            stream = self._submit(
                run_id,
                thread_id,
                outputs,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("Stream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AssistantStreamManager(request, event_handler=AssistantEventHandler())
        return AssistantStreamManager(request, event_handler=event_handler)


class AsyncRunsHelpers(AsyncAPIResource):
    """Polling and streaming helpers of ``async_client.beta.threads.runs``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create` parameters on the helpers.
        for name in ("create_and_poll", "create_and_stream", "stream"):
            expand_params_signature(
                AsyncRunsHelpers.__dict__[name], cls, "create", RunCreateParamsBase, exclude=("stream",)
            )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        poll_interval_ms: int | Omit = omit,
        *,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """Retrieve the run until it reaches a terminal status (``requires_action`` included) and return it."""
        return await _poll_run_async(
            self,
            run_id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    async def _create_run(
        self,
        thread_id: str,
        params: RunCreateParamsBase,
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        return await self._post(
            _runs_path(thread_id),
            body=_run_body(params, stream),
            options=make_request_options(
                query={"include": params.get("include", omit)},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=AsyncStream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def create_and_poll(
        self,
        *,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> Run:
        """Create a run and poll it until it reaches a terminal status."""
        run = await self._create_run(
            thread_id,
            params,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return await _poll_run_async(
            self,
            run.id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def stream(
        self,
        *,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Create a run and stream its events (``async with``; the request is sent on entering)."""
        return self._stream_run(
            "threads.runs.create_and_stream",
            thread_id,
            params,
            event_handler=event_handler,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def create_and_stream(
        self,
        *,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[RunCreateParamsBase],
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Deprecated alias of `stream` (kept for existing callers)."""
        return self._stream_run(
            "threads.runs.create_and_stream",
            thread_id,
            params,
            event_handler=event_handler,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    def _stream_run(
        self,
        helper: str,
        thread_id: str,
        params: RunCreateParamsBase,
        *,
        event_handler: AsyncAssistantEventHandlerT | None,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        headers = _stream_headers(extra_headers, helper, event_handler is not None)

        async def request() -> AsyncStream[AssistantStreamEvent]:
            stream = await self._create_run(
                thread_id,
                params,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("AsyncStream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AsyncAssistantStreamManager(request, event_handler=AsyncAssistantEventHandler())
        return AsyncAssistantStreamManager(request, event_handler=event_handler)

    async def _submit(
        self,
        run_id: str,
        thread_id: str,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        return await self._post(
            f"{_run_path(thread_id, run_id)}/submit_tool_outputs",
            body={"tool_outputs": tool_outputs, "stream": stream},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=AsyncStream[AssistantStreamEvent],
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Run:
        """Submit tool outputs, then poll the run until it reaches a terminal status again."""
        run = await self._submit(
            run_id,
            thread_id,
            tool_outputs,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return await _poll_run_async(
            self,
            run.id,
            thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def submit_tool_outputs_stream(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Submit tool outputs and stream the rest of the run (``async with``)."""
        headers = _stream_headers(extra_headers, "threads.runs.submit_tool_outputs_stream", event_handler is not None)
        outputs = list(tool_outputs)

        async def request() -> AsyncStream[AssistantStreamEvent]:
            stream = await self._submit(
                run_id,
                thread_id,
                outputs,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("AsyncStream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AsyncAssistantStreamManager(request, event_handler=AsyncAssistantEventHandler())
        return AsyncAssistantStreamManager(request, event_handler=event_handler)


class ThreadsHelpers(SyncAPIResource):
    """``create_and_run_poll`` and ``create_and_run_stream`` of ``client.beta.threads``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create_and_run` parameters on the helpers.
        for name in ("create_and_run_poll", "create_and_run_stream"):
            expand_params_signature(
                ThreadsHelpers.__dict__[name], cls, "create_and_run", ThreadCreateAndRunParamsBase, exclude=("stream",)
            )

    def _create_and_run(
        self,
        params: ThreadCreateAndRunParamsBase,
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | Stream[AssistantStreamEvent]:
        return self._post(
            "/threads/runs",
            body=_thread_run_body(params, stream),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=Stream[AssistantStreamEvent],
        )

    def create_and_run_poll(
        self,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> Run:
        """Create a thread and a run on it, then poll the run until it reaches a terminal status."""
        run = self._create_and_run(
            params,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return _poll_run(
            self,
            run.id,
            run.thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    def create_and_run_stream(
        self,
        *,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler]: ...

    @overload
    def create_and_run_stream(
        self,
        *,
        event_handler: AssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandlerT]: ...

    def create_and_run_stream(
        self,
        *,
        event_handler: AssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> AssistantStreamManager[AssistantEventHandler] | AssistantStreamManager[AssistantEventHandlerT]:
        """Create a thread and a run on it, streaming the run's events through ``event_handler``."""
        headers = _stream_headers(extra_headers, "threads.create_and_run_stream", event_handler is not None)

        def request() -> Stream[AssistantStreamEvent]:
            stream = self._create_and_run(
                params,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("Stream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AssistantStreamManager(request, event_handler=AssistantEventHandler())
        return AssistantStreamManager(request, event_handler=event_handler)


class AsyncThreadsHelpers(AsyncAPIResource):
    """``create_and_run_poll`` and ``create_and_run_stream`` of ``async_client.beta.threads``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create_and_run` parameters on the helpers.
        for name in ("create_and_run_poll", "create_and_run_stream"):
            expand_params_signature(
                AsyncThreadsHelpers.__dict__[name],
                cls,
                "create_and_run",
                ThreadCreateAndRunParamsBase,
                exclude=("stream",),
            )

    async def _create_and_run(
        self,
        params: ThreadCreateAndRunParamsBase,
        *,
        stream: bool,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | Timeout | None | NotGiven,
        deadline: float | None | NotGiven,
    ) -> Run | AsyncStream[AssistantStreamEvent]:
        return await self._post(
            "/threads/runs",
            body=_thread_run_body(params, stream),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_BETA_HEADERS,
            ),
            cast_to=Run,
            stream=stream,
            stream_cls=AsyncStream[AssistantStreamEvent],
        )

    async def create_and_run_poll(
        self,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> Run:
        """Create a thread and a run on it, then poll the run until it reaches a terminal status."""
        run = await self._create_and_run(
            params,
            stream=False,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        assert isinstance(run, Run)
        return await _poll_run_async(
            self,
            run.id,
            run.thread_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
            poll_interval_ms=poll_interval_ms,
        )

    @overload
    def create_and_run_stream(
        self,
        *,
        event_handler: None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...

    @overload
    def create_and_run_stream(
        self,
        *,
        event_handler: AsyncAssistantEventHandlerT,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...

    def create_and_run_stream(
        self,
        *,
        event_handler: AsyncAssistantEventHandlerT | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[ThreadCreateAndRunParamsBase],
    ) -> (
        AsyncAssistantStreamManager[AsyncAssistantEventHandler]
        | AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
    ):
        """Create a thread and a run on it, streaming the run's events (``async with``)."""
        headers = _stream_headers(extra_headers, "threads.create_and_run_stream", event_handler is not None)

        async def request() -> AsyncStream[AssistantStreamEvent]:
            stream = await self._create_and_run(
                params,
                stream=True,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            )
            return cast("AsyncStream[AssistantStreamEvent]", stream)

        if event_handler is None:
            return AsyncAssistantStreamManager(request, event_handler=AsyncAssistantEventHandler())
        return AsyncAssistantStreamManager(request, event_handler=event_handler)
