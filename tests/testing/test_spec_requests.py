"""Every request the spec shows, and every generated "all params" call, is accepted by the built-in server.

The examples come from the spec's `x-oaiMeta` (`curl` commands and `python` snippets, read by `spec_requests`);
each is sent to the in-process server, and the server's request validator must have checked it and found nothing
wrong. `EXCEPTIONS` lists the examples that contradict the spec's own schema (or are not what they claim to be,
such as JSON with a syntax error), with the reason; the test also checks that each of them still fails, so the
list cannot outlive the problem it describes.
"""

from __future__ import annotations

import warnings
from typing import Any, Iterator, Sequence

import httpx
import pytest

import openai
from openai import OpenAI
from openai._types import RequestOptions
from openai.testing import Server
from openai.testing._validate import Problem, RequestValidator

from .spec_requests import (
    SpecRequest,
    describe,
    load_spec,
    curl_requests,
    schema_bodies,
    python_requests,
    all_params_calls,
)

# source label -> why the example cannot be accepted.
EXCEPTIONS: dict[str, str] = {
    "curl POST /evals/{eval_id}/runs #1": "the -d JSON is truncated (the closing brace of the body is missing)",
    "curl POST /fine_tuning/jobs #6 (W&B Integration)": 'the -d JSON lacks a comma after `"name": ...`',
    "curl POST /realtime/calls/{call_id}/accept #1": "the -d JSON has a trailing comma",
    "curl POST /vector_stores/{vector_store_id}/search #1": "the -d body has a `{...}` placeholder, not JSON",
    "curl POST /chatkit/sessions #1": (
        "an older request shape: no `user` (required by CreateChatSessionBody), `expires_after` a number where "
        "the schema has an object, and keys the schema does not have (`scope`, `max_requests_per_1_minute`)"
    ),
    "curl POST /vector_stores/{vector_store_id}/file_batches #1": (
        "a static chunking strategy written flat (`max_chunk_size_tokens` next to `type`) where "
        "StaticChunkingStrategyRequestParam nests them under a required `static` object"
    ),
    "python POST /vector_stores/{vector_store_id}/file_batches #1": "the same flat static chunking strategy",
}


class RecordingValidator(RequestValidator):
    """The server's validator, remembering what it found for each request it checked."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[tuple[str | None, Problem | None]] = []

    def validate(
        self,
        params_type: str | None,
        body_required: Sequence[str],
        data: dict[str, Any],
        *,
        strict: bool,
        partial: bool = False,
    ) -> Problem | None:
        problem = super().validate(params_type, body_required, data, strict=strict, partial=partial)
        self.results.append((params_type, problem))
        return problem


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="module")
def recording() -> Iterator[tuple[Server, RecordingValidator]]:
    server = Server(lenient_ids=True)
    validator = RecordingValidator()
    server.app.validator = validator
    yield server, validator


def _send(server: Server, client: OpenAI, http: httpx.Client, request: SpecRequest) -> None:
    method = request.operation.method.upper()
    if request.source.startswith("python"):
        # As the SDK would encode it: nested form fields and arrays in brackets, files as file parts.
        options: RequestOptions = {"params": request.query}
        body: Any = request.json
        if request.form is not None:
            options["headers"] = {"Content-Type": "multipart/form-data"}
            body = request.form
        try:
            if method == "GET":
                client.get(request.path, cast_to=httpx.Response, options=options)
            elif method == "DELETE":
                client.delete(request.path, cast_to=httpx.Response, body=body, options=options)
            elif method == "POST":
                client.post(
                    request.path, cast_to=httpx.Response, body=body, files=request.files or None, options=options
                )
            else:
                raise AssertionError(f"no Python example uses {method}")
        except openai.APIStatusError:
            pass
        return
    if request.json is not None:
        http.request(method, request.path, params=request.query, json=request.json)
    elif request.form is not None or request.files:
        files = request.files or [("_", (None, b"", None))]
        http.request(method, request.path, params=request.query, data=request.form or {}, files=files)
    else:
        http.request(method, request.path, params=request.query)


def _verdict(validator: RecordingValidator) -> str | None:
    if len(validator.results) != 1:
        return f"reached the validator {len(validator.results)} times"
    problem = validator.results[0][1]
    return None if problem is None else problem.message


def test_every_request_example_of_the_spec_is_accepted(
    spec: dict[str, Any], recording: tuple[Server, RecordingValidator]
) -> None:
    server, validator = recording
    requests = curl_requests(spec) + python_requests(spec)
    unreadable = [r for r in requests if r.problem is not None and r.source not in EXCEPTIONS]
    assert not unreadable, "examples this test could not read:\n" + describe(unreadable)
    rejected: list[str] = []
    still_failing: set[str] = {r.source for r in requests if r.problem is not None}
    with (
        server.client(max_retries=0) as client,
        httpx.Client(
            transport=server.transport(), base_url=server.url, headers={"Authorization": "Bearer test"}
        ) as http,
    ):
        for request in requests:
            if request.problem is not None:
                continue
            validator.results.clear()
            _send(server, client, http, request)
            verdict = _verdict(validator)
            if verdict is not None and request.source in EXCEPTIONS:
                still_failing.add(request.source)
            elif verdict is not None:
                rejected.append(f"  {request.source}: {verdict}")
    assert not rejected, f"{len(rejected)} of {len(requests)} spec examples rejected:\n" + "\n".join(rejected)
    assert set(EXCEPTIONS) <= still_failing, f"accepted now, remove from EXCEPTIONS: {set(EXCEPTIONS) - still_failing}"
    # Every operation with examples contributes; a reader that silently stopped finding them would shrink this.
    assert len(requests) >= 460
    assert len({r.operation.id for r in requests}) >= 270


def test_every_generated_all_params_call_is_accepted(recording: tuple[Server, RecordingValidator]) -> None:
    server, validator = recording
    calls = all_params_calls()
    rejected: list[str] = []
    with server.client(max_retries=0, admin_api_key="admin-test") as client:
        for call in calls:
            validator.results.clear()
            method: Any = client
            for name in call.client_path:
                method = getattr(method, name)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    result = method(*call.args, **call.kwargs)
                close = getattr(result, "close", None)
                if callable(close):
                    close()
            except openai.APIStatusError:
                pass  # an answer after validation (an unknown id, say); the verdict below is what counts
            verdict = _verdict(validator)
            if verdict is not None:
                rejected.append(f"  {call.source}: {verdict}")
    assert not rejected, f"{len(rejected)} of {len(calls)} generated calls rejected:\n" + "\n".join(rejected)
    assert len(calls) >= 150


def test_every_union_member_of_every_request_schema_is_accepted(
    spec: dict[str, Any], recording: tuple[Server, RecordingValidator]
) -> None:
    _, validator = recording
    bodies = schema_bodies(spec)
    rejected: list[str] = []
    for item in bodies:
        operation = item.operation
        body = dict(item.body)
        # The server reads `stream` to pick the streaming or the plain variant; either is fine here.
        body.pop("stream", None)
        # The server adds the path parameters from the URL (params types list the keyword-only ones): do the same.
        body.update({name: f"{name}_123" for name in operation.path_params})
        from_json = item.content_type == "application/json"
        problem = validator.validate(
            operation.params_type,
            operation.body_required,
            body,
            strict=from_json,
            partial=from_json and operation.multipart,
        )
        if problem is not None:
            rejected.append(f"  {item.source}: {problem.message}")
    assert not rejected, f"{len(rejected)} of {len(bodies)} schema-derived bodies rejected:\n" + "\n".join(rejected)
    assert len(bodies) >= 300
