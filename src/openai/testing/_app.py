"""The request-handling core of the built-in server: one synchronous `App.handle(FakeRequest) -> FakeResponse`.

Order of work for a request: decode (path under `/v1`, bracket query, JSON / multipart / urlencoded body) →
record it in the request log → route it → check `Authorization` → apply a scripted `Fault` → validate the
arguments against the operation's params type → run the handler (a generation handler from `_generation`, or
the generic stateful behaviour below, chosen by the operation's role) → validate the payload against the
response model → encode it (JSON, SSE, or bytes) → apply the scripted reply/fault extras (delays, keep-alive
comments, broken streams). Handling takes one lock, so the socket server and in-process transports can share
an `App` across threads; streamed bodies are built eagerly and replayed, so nothing waits while holding it.
"""

from __future__ import annotations

import time
import uuid
import types
import threading
from typing import Any, Callable, Sequence, cast

import jiter
import pydantic

from ._call import Call, Event, Outcome, HandlerError
from ._fake import MISSING, IdFactory, Synthesizer, model_fields, type_adapter, literal_options
from ._wire import (
    Drop,
    Delay,
    BodyPart,
    FakeRequest,
    FakeResponse,
    UploadedFile,
    error_body,
    json_bytes,
    parse_query,
    parse_multipart,
)
from ._store import Store, Record, PaginationError, paginate
from ._router import Route, Router, OperationRow, load_operations
from ._script import Fault, Reply, Script, RecordedRequest
from ._validate import RequestValidator
from ._generation import HANDLERS

__all__ = ["App"]

_PENDING = ("queued", "in_progress", "validating", "validating_files", "running", "pending", "uploaded", "finalizing")
_DONE_STATES = ("completed", "succeeded", "processed", "ready", "active")
_ACTION_STATES = {
    "cancel": ("cancelled", "canceled", "cancelling"),
    "pause": ("paused",),
    "resume": ("running", "in_progress"),
    "archive": ("archived",),
    "complete": ("completed",),
    "activate": ("active",),
    "deactivate": ("inactive",),
}


def _singular(segment: str) -> str:
    segment = segment.replace("_", " ")
    if segment.endswith("ies"):
        return segment[:-3] + "y"
    if segment.endswith(("sses", "ches", "shes", "xes")):
        return segment[:-2]
    return segment[:-1] if segment.endswith("s") else segment


class App:
    """The fake OpenAI API; see the module docstring. Public entry point: `handle`."""

    def __init__(
        self,
        operations: Sequence[OperationRow] | None = None,
        *,
        require_auth: bool = True,
        lenient_ids: bool = False,
        seed: int = 0,
        profiles: Sequence[Any] = (),
    ) -> None:
        self._operations = operations
        # Compatible-server profiles (`openai.testing.profiles`) applied to every response, whatever the adapter.
        self.profiles = tuple(profiles)
        self._router: Router | None = None
        self.require_auth = require_auth
        self.lenient_ids = lenient_ids
        self.ids = IdFactory(seed)
        self.synth = Synthesizer(self.ids)
        self.store = Store()
        self.script = Script()
        # Called for every request nothing is queued for; may return a `Reply` or `Fault` (see `Server.inject`).
        self.injector: Callable[[RecordedRequest], Reply | Fault | None] | None = None
        self.validator = RequestValidator()
        self._log: list[RecordedRequest] = []
        self._lock = threading.RLock()
        self._request_counter = 0

    @property
    def router(self) -> Router:
        # Built on first use: importing the generated operation table is the expensive part of start-up.
        if self._router is None:
            with self._lock:
                if self._router is None:
                    self._router = Router(self._operations if self._operations is not None else load_operations())
        return self._router

    # -- state -------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def reset(self) -> None:
        with self._lock:
            self.store.clear()
            self.script.clear()
            self._log.clear()
            self.ids.reset()

    def queue(self, operation: str, item: Reply | Fault, times: int | None = 1) -> None:
        key = "*" if operation == "*" else self.router.lookup(operation).operation.client_path
        self.script.push(key, item, times)

    # -- request handling ----------------------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        response = self._handle_locked(request)
        if self.profiles:
            from .profiles import apply_to_fake_response

            response = apply_to_fake_response(self.profiles, response)
        return response

    def _handle_locked(self, request: FakeRequest) -> FakeResponse:
        with self._lock:
            self._request_counter += 1
            request_id = f"req_{uuid.uuid4().hex}"
            try:
                return self._handle(request, request_id)
            except HandlerError as exc:
                return self._error(exc.status, exc.message, request_id, type=exc.type, param=exc.param, code=exc.code)
            except Exception as exc:  # a bug in a handler must answer 500, not kill the connection
                return self._error(
                    500,
                    f"openai.testing failed to handle {request.method} {request.path}: {type(exc).__name__}: "
                    f"{str(exc)[:2000]}",
                    request_id,
                    type="server_error",
                )

    def _error(
        self,
        status: int,
        message: str,
        request_id: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        extra_headers: Sequence[tuple[str, str]] = (),
    ) -> FakeResponse:
        body = error_body(message, type=type, param=param, code=code)
        headers = [("content-type", "application/json"), ("x-request-id", request_id), *extra_headers]
        return FakeResponse(status, headers, body)

    def _decode(self, request: FakeRequest) -> tuple[str, dict[str, Any], Any, dict[str, list[UploadedFile]], bool]:
        path = request.path
        if path.startswith("/v1/") or path == "/v1":
            path = path[3:] or "/"
        query = parse_query(request.query_string)
        content_type = request.headers.get("content-type", "")
        files: dict[str, list[UploadedFile]] = {}
        body: Any = None
        from_json = False
        if request.body:
            lowered = content_type.lower()
            if lowered.startswith("multipart/form-data"):
                try:
                    body, files = parse_multipart(content_type, request.body)
                except ValueError as exc:
                    raise HandlerError(400, f"Could not parse multipart form: {exc}.") from None
            elif lowered.startswith("application/x-www-form-urlencoded"):
                body = parse_query(request.body.decode("utf-8", "replace"))
            else:
                try:
                    body = jiter.from_json(request.body)
                except ValueError:
                    raise HandlerError(
                        400,
                        "We could not parse the JSON body of your request. The request body must be valid JSON.",
                    ) from None
                from_json = True
        return path, query, body, files, from_json

    def _handle(self, request: FakeRequest, request_id: str) -> FakeResponse:
        started = time.perf_counter()
        try:
            path, query, body, files, from_json = self._decode(request)
        except HandlerError as exc:
            self._record(request, request.path, {}, None, {}, None)
            raise exc
        match = self.router.match(request.method, path, query)
        record = self._record(request, path, query, body, files, match.route.operation.client_path if match else None)
        if match is None:
            raise HandlerError(404, f"Invalid URL ({request.method.upper()} /v1{path})")
        route = match.route
        if self.require_auth and not _authorized(request.headers):
            raise HandlerError(
                401,
                "No API key was provided: send it in the Authorization header as 'Bearer <key>' "
                "(the built-in test server accepts any non-empty key).",
            )
        scripted = self.script.pop(route.operation.client_path)
        if scripted is None and self.injector is not None:
            scripted = self.injector(record)
        fault = scripted if isinstance(scripted, Fault) else None
        reply = scripted if isinstance(scripted, Reply) else None
        if fault is not None and fault.drop:
            return FakeResponse(0, [], b"", delay=fault.delay, drop_before_headers=True)
        if fault is not None and fault.body is not None:
            return self._body_fault(fault, request_id)
        if fault is not None and not fault.alters_response():
            return self._fault_response(fault, request_id)

        if body is not None and not isinstance(body, dict):
            raise HandlerError(400, "The request body must be a JSON object.")
        body_dict = cast("dict[str, Any]", body) if body is not None else {}
        self._validate(route, match.params, query, body_dict, files, from_json)
        call = Call(self, route, match.params, query, body_dict, files, reply, request.headers)
        handler = HANDLERS.get(route.operation.client_path) or HANDLERS.get(
            route.operation.client_path.removeprefix("beta.")
        )
        outcome = handler(call) if handler is not None else self._generic(call)
        response = self._encode(outcome, call, request_id, started)
        if fault is not None:
            response = _break(response, fault)
        if reply is not None:
            response.delay = max(response.delay, reply.delay)
        return response

    def _record(
        self,
        request: FakeRequest,
        path: str,
        query: dict[str, Any],
        body: Any,
        files: dict[str, list[UploadedFile]],
        operation: str | None,
    ) -> RecordedRequest:
        record = RecordedRequest(
            method=request.method.upper(),
            path=path,
            query=query,
            headers=dict(request.headers),
            body=body,
            files={name: [(f.filename, f.content) for f in parts] for name, parts in files.items()},
            operation=operation,
            raw_body=request.body,
        )
        self._log.append(record)
        return record

    def _body_fault(self, fault: Fault, request_id: str) -> FakeResponse:
        headers = [
            ("content-type", fault.content_type or "text/html; charset=utf-8"),
            ("x-request-id", request_id),
            *fault.headers.items(),
        ]
        response = FakeResponse(fault.status, headers, fault.body or b"", delay=fault.delay)
        return _break(response, fault) if fault.alters_response() else response

    def _fault_response(self, fault: Fault, request_id: str) -> FakeResponse:
        headers: list[tuple[str, str]] = []
        if fault.retry_after is not None:
            headers.append(("retry-after", _number(fault.retry_after)))
        if fault.retry_after_ms is not None:
            headers.append(("retry-after-ms", _number(fault.retry_after_ms)))
        if fault.should_retry is not None:
            headers.append(("x-should-retry", "true" if fault.should_retry else "false"))
        headers.extend(fault.headers.items())
        response = self._error(
            fault.status,
            fault.error_message(),
            request_id,
            type=fault.error_type(),
            param=fault.param,
            code=fault.code,
            extra_headers=headers,
        )
        response.delay = fault.delay
        return response

    def _validate(
        self,
        route: Route,
        path: dict[str, str],
        query: dict[str, Any],
        body: dict[str, Any],
        files: dict[str, list[UploadedFile]],
        from_json: bool,
    ) -> None:
        operation = route.operation
        # params types list the keyword-only path parameters too (`thread_id`): their values come from the URL
        data: dict[str, Any] = {name: path[name] for name in operation.path_params if name in path}
        data.update({name: query[name] for name in operation.query_params if name in query})
        data.update(body)
        if data.get("stream") in (True, False, "true", "false"):
            # Params types come in streaming / non-streaming variants that pin `stream` to one literal.
            del data["stream"]
        for name, parts in files.items():
            data[name] = [part.content for part in parts] if len(parts) > 1 else parts[0].content
        required = operation.body_required if operation.method.upper() != "GET" else ()
        # A JSON body for an operation the SDK sends as multipart follows the spec's other (JSON) schema.
        partial = from_json and operation.multipart
        problem = self.validator.validate(operation.params_type, required, data, strict=from_json, partial=partial)
        if problem is not None:
            raise HandlerError(400, problem.message, param=problem.param, code=problem.code)

    # -- encoding ------------------------------------------------------------------------------------------

    def _encode(self, outcome: Outcome, call: Call, request_id: str, started: float) -> FakeResponse:
        headers: list[tuple[str, str]] = [
            ("x-request-id", request_id),
            ("openai-processing-ms", str(max(1, int((time.perf_counter() - started) * 1000)))),
            # Polling helpers honour this: keep `create_and_poll` and friends fast against the fake.
            ("openai-poll-after-ms", "5"),
        ]
        reply = call.reply
        status = reply.status if reply is not None and reply.status != 200 else outcome.status
        if outcome.events is not None:
            headers.insert(0, ("content-type", "text/event-stream; charset=utf-8"))
            headers.extend(outcome.headers.items())
            if reply is not None:
                headers.extend(reply.headers.items())
            return FakeResponse(status, headers, iter(self._sse_parts(outcome.events, call)))
        if outcome.content is not None:
            headers.insert(0, ("content-type", outcome.content_type))
            body = outcome.content
        elif outcome.payload is MISSING:
            body = b""
            if status == 200:
                status = 204
        else:
            self._check(outcome.model, outcome.payload, call)
            headers.insert(0, ("content-type", "application/json"))
            body = json_bytes(outcome.payload)
        headers.extend(outcome.headers.items())
        if reply is not None:
            headers.extend(reply.headers.items())
        return FakeResponse(status, headers, body)

    def _check(self, model: Any, payload: Any, call: Call) -> None:
        if model is None:
            return
        try:
            type_adapter(model).validate_python(payload)
        except pydantic.ValidationError as exc:
            raise HandlerError(
                500,
                f"openai.testing produced a {getattr(model, '__name__', model)!s} payload for "
                f"{call.client_path} that its own model rejects: {exc.errors(include_url=False)[:3]}",
                type="server_error",
            ) from None

    def _sse_parts(self, events: list[Event], call: Call) -> list[BodyPart]:
        reply = call.reply
        parts: list[BodyPart] = []
        for index, event in enumerate(events):
            if index and reply is not None:
                if reply.chunk_delay:
                    parts.append(Delay(reply.chunk_delay))
                if reply.keepalive:
                    parts.append(b": keep-alive\n\n")
            if event.raw:
                data = cast(str, event.data)
            else:
                self._check(event.model, event.data, call)
                data = json_bytes(event.data).decode("utf-8")
            line = f"event: {event.name}\ndata: {data}\n\n" if event.name else f"data: {data}\n\n"
            parts.append(line.encode("utf-8"))
        return parts

    # -- generic stateful behaviour ----------------------------------------------------------------------------

    def _generic(self, call: Call) -> Outcome:
        route = call.route
        role = route.role
        model = call.response_model
        if route.operation.binary:
            return self._binary(call)
        if role == "create":
            return self._create(call, model)
        if role == "list" or (route.operation.page is not None and role in ("content", "action")):
            # Lists under an item (a vector store file's content pages) are read-only pseudo-collections.
            return self._list(call, model)
        if role in ("retrieve", "update", "delete", "action", "content"):
            return self._item(call, model)
        if route.operation.page is not None:
            return self._list(call, model)
        if model is None:
            return Outcome()
        return Outcome(payload=call.build(model, call.overlay(model, call.body)), model=model)

    def check_parents(self, call: Call, template: str) -> None:
        """404 when a parent object named in the path does not exist (e.g. the thread of a message)."""
        if self.lenient_ids:
            return
        segments = template.split("/")
        for index, segment in enumerate(segments):
            if not (segment.startswith("{") and index):
                continue
            parent = "/".join(segments[:index])
            if parent in self.router.creatable:
                item_id = call.params.get(segment[1:-1], "")
                if self.store.get(call.concrete(parent), item_id) is None:
                    raise HandlerError(404, f"No {_singular(parent.rsplit('/', 1)[-1])} found with id '{item_id}'.")

    def create_record(self, call: Call, model: Any, extra: dict[str, Any] | None = None) -> Record:
        """Create and store an object in the call's collection (the generic `create`)."""
        route = call.route
        assert route.collection is not None
        self.check_parents(call, route.collection)
        overrides = call.overlay(model, call.body)
        item_id: str | None = None
        if route.item_param and route.item_param != "id" and isinstance(call.body.get(route.item_param), str):
            item_id = call.body[route.item_param]
        if item_id is None:
            item_id = self.synth.id_for(model)
        overrides["id"] = item_id
        overrides.update(self._path_fields(call, model))
        if extra:
            overrides.update(extra)
        data = call.build(model, overrides)
        record = Record(data)
        uploads = [part for parts in call.files.values() for part in parts]
        if uploads:
            record.content = uploads[0].content
            record.content_type = uploads[0].content_type
        key = data.get("id") if isinstance(data.get("id"), str) else item_id
        return self.store.put(call.concrete(route.collection), cast(str, key), record)

    def _create(self, call: Call, model: Any) -> Outcome:
        record = self.create_record(call, model)
        return Outcome(payload=record.data, model=model)

    def lookup(self, call: Call, model: Any) -> Record:
        """The object an item operation addresses; 404 for unknown or deleted ids (see `lenient_ids`)."""
        route = call.route
        assert route.collection is not None and route.item_param is not None
        collection = call.concrete(route.collection)
        item_id = call.params[route.item_param]
        record = self.store.get(collection, item_id)
        if record is not None:
            return record
        noun = _singular(route.collection.rsplit("/", 1)[-1])
        if not self.lenient_ids and (
            self.store.is_deleted(collection, item_id) or route.collection in self.router.creatable
        ):
            raise HandlerError(404, f"No {noun} found with id '{item_id}'.", param=route.item_param)
        self.check_parents(call, route.collection)
        item_model = self._item_model(route.collection) or model
        overrides = {**self._path_fields(call, item_model), "id": item_id}
        data = self.synth.build(item_model, overrides) if item_model is not None else overrides
        return self.store.put(collection, item_id, Record(cast("dict[str, Any]", data)))

    @staticmethod
    def _path_fields(call: Call, model: Any) -> dict[str, str]:
        """Path parameters that are also fields of `model` (a message's `thread_id`, a run's `thread_id`...)."""
        if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
            return {}
        fields = model_fields(model)
        item_param = call.route.item_param
        return {name: value for name, value in call.params.items() if name in fields and name != item_param}

    def conform(self, model: Any, data: dict[str, Any]) -> dict[str, Any]:
        """`data` if valid for `model`, else `data` completed and corrected for it.

        Operations on one family can declare different models (an admin role's retrieve and list shapes);
        an object stored through one is reshaped for another.
        """
        if model is None:
            return data
        try:
            type_adapter(model).validate_python(data)
        except pydantic.ValidationError:
            return cast("dict[str, Any]", self.synth.build(model, data))
        return data

    def _item_model(self, collection: str) -> Any:
        for route in self.router.routes:
            if (
                route.collection == collection
                and route.role in ("retrieve", "create")
                and route.operation.response_type
            ):
                from ._fake import resolve_type

                return resolve_type(route.operation.response_type)
        return None

    def _item(self, call: Call, model: Any) -> Outcome:
        role = call.route.role
        self.check_parents(call, cast(str, call.route.collection))
        record = self.lookup(call, model)
        if role == "retrieve":
            self._advance(record, model)
            record.data = self.conform(model, record.data)
            return Outcome(
                payload=call.build(model, record.data) if call.overrides is not MISSING else record.data, model=model
            )
        if role == "update":
            record.data.update(call.overlay(model, call.body))
            record.data = cast("dict[str, Any]", call.build(model, record.data))
            return Outcome(payload=record.data, model=model)
        if role == "delete":
            assert call.route.collection is not None and call.route.item_param is not None
            item_id = call.params[call.route.item_param]
            self.store.delete(call.concrete(call.route.collection), item_id)
            if model is None:
                return Outcome()
            return Outcome(payload=call.build(model, {"id": item_id, "deleted": True}), model=model)
        if role == "content":
            if model is None:
                return Outcome()
            return Outcome(payload=call.build(model, call.overlay(model, record.data)), model=model)
        # action
        verb = call.route.method_name
        if model is not None and "status" in model_fields(model):
            options = literal_options(model_fields(model)["status"])
            for state in _ACTION_STATES.get(verb, ()):
                if state in options:
                    record.data["status"] = state
                    break
        if model is None:
            return Outcome()
        payload = call.build(model, {**call.overlay(model, call.body), **record.data})
        if isinstance(payload, dict) and cast("dict[str, Any]", payload).get("object") == record.data.get("object"):
            record.data = cast("dict[str, Any]", payload)
        return Outcome(payload=payload, model=model)

    def _advance(self, record: Record, model: Any) -> None:
        # Objects that the API processes asynchronously finish on their next retrieve, so polling helpers
        # (`create_and_poll`, `wait_for_processing`) terminate after one round trip.
        status = record.data.get("status")
        if model is None or not isinstance(status, str):
            return
        options = literal_options(model_fields(model).get("status"))
        if status == "cancelling" and "cancelled" in options:
            record.data["status"] = "cancelled"
            return
        if status in _PENDING:
            for state in _DONE_STATES:
                if state in options:
                    record.data["status"] = state
                    return

    def _list(self, call: Call, model: Any) -> Outcome:
        route = call.route
        kind = route.operation.page
        overrides: object = call.overrides
        if isinstance(overrides, list):
            items = [self.synth.build(model, item) for item in cast(Any, overrides)]
        else:
            collection = route.collection or route.template
            if route.collection is not None:
                self.check_parents(call, route.collection)
            key = call.concrete(collection)
            if not self.store.has_collection(key) and collection not in self.router.creatable:
                # Read-only families (models, events, checkpoints...) come pre-populated.
                for _ in range(3):
                    data = cast("dict[str, Any]", self.synth.build(model, {}))
                    item_id = data.get("id") if isinstance(data.get("id"), str) else self.synth.id_for(model)
                    self.store.put(key, cast(str, item_id), Record(data))
            items = [self.conform(model, record.data) for record in self.store.items(key)]
            items = [item for item in items if _matches_filters(item, call.query)]
        try:
            page = paginate(items, call.query, kind)
        except PaginationError as exc:
            raise HandlerError(400, str(exc), param=exc.param, code="invalid_value") from None
        item_model = types.GenericAlias(list, (model,)) if model is not None else None
        self._check(item_model, page["data"], call)
        return Outcome(payload=page)

    def _binary(self, call: Call) -> Outcome:
        if call.reply is not None and call.reply.content is not None:
            return Outcome(content=call.reply.content, content_type="application/octet-stream")
        if call.route.role in ("content", "retrieve") and call.route.collection is not None:
            record = self.lookup(call, None)
            if record.content is not None:
                return Outcome(content=record.content, content_type=record.content_type or "application/octet-stream")
            return Outcome(content=json_bytes(record.data), content_type="application/octet-stream")
        return Outcome(content=b"openai.testing binary content\n", content_type="application/octet-stream")


def _matches_filters(item: dict[str, Any], query: dict[str, Any]) -> bool:
    # Equality filters the list endpoints accept (`purpose`, `status`, `filter` on vector store files...).
    for name in ("purpose", "status"):
        wanted = query.get(name)
        if isinstance(wanted, str) and wanted and name in item and item[name] != wanted:
            return False
    wanted_filter = query.get("filter")
    return not (isinstance(wanted_filter, str) and "status" in item and item["status"] != wanted_filter)


def _authorized(headers: dict[str, str]) -> bool:
    value = headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return True
    return bool(headers.get("api-key", "").strip())


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _cut(response: FakeResponse, fault: Fault, limit: int) -> FakeResponse:
    """Keep the first `limit` bytes of the body (delays before the cut are kept), then end it: a reset, or with
    `close_delimited` a plain close that looks like the end of the body."""
    body = response.body
    if isinstance(body, bytes):
        limit = min(limit, max(len(body) - 1, 0))
        parts: list[BodyPart] = [body]
    else:
        parts = list(body)
    kept: list[BodyPart] = []
    remaining = limit
    for part in parts:
        if not isinstance(part, bytes):
            if isinstance(part, Delay):
                kept.append(part)
            continue
        if len(part) >= remaining:
            if remaining:
                kept.append(part[:remaining])
            break
        kept.append(part)
        remaining -= len(part)
    if not fault.close_delimited:
        kept.append(Drop())
    response.body = iter(kept)
    return response


def _break(response: FakeResponse, fault: Fault) -> FakeResponse:
    """Apply a mid-response fault (`cut_after_bytes` / `break_after` / `error_after` / framing)."""
    response.close_delimited = fault.close_delimited
    if fault.cut_after_bytes is not None:
        return _cut(response, fault, fault.cut_after_bytes)
    if fault.break_after is None and fault.error_after is None:
        return response
    body = response.body
    if isinstance(body, bytes):
        if fault.break_after is not None:
            cut = min(fault.break_after, max(len(body) - 1, 0))
            truncated: list[BodyPart] = [body[:cut]] if fault.close_delimited else [body[:cut], Drop()]
            response.body = iter(truncated)
        return response
    parts = list(body)
    events = [i for i, part in enumerate(parts) if isinstance(part, bytes) and not part.startswith(b":")]
    count = fault.break_after if fault.break_after is not None else cast(int, fault.error_after)
    cut_at = events[count] if count < len(events) else len(parts)
    kept = parts[:cut_at]
    if fault.break_after is not None:
        if not fault.close_delimited:
            kept.append(Drop())
    else:
        error = {
            "error": {
                "message": fault.error_message(),
                "type": fault.error_type(),
                "param": fault.param,
                "code": fault.code,
            }
        }
        kept.append(b"event: error\ndata: " + json_bytes(error) + b"\n\n")
    response.body = iter(kept)
    return response
