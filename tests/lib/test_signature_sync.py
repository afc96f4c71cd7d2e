# pyright: reportDeprecated=false
# (compares the deprecated Assistants/Videos helpers too)

"""Helper methods keep their signatures in step with the generated methods they wrap, sync and async.

For every pair, each parameter of the generated method is a parameter of the helper with the same kind, default
and annotation, except the ones the helper deliberately changes (listed per pair with the reason). A new parameter
added to the spec therefore fails here until the helper takes it too.
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, List, Tuple, Iterator, Optional, NamedTuple

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server


class Pair(NamedTuple):
    source: str
    helper: str
    exclude: frozenset[str] = frozenset()
    """Parameters the helper does not take (it fixes or replaces them)."""
    kind_differs: frozenset[str] = frozenset()
    """Path ids the helper takes by keyword where the generated method takes them positionally (as upstream)."""
    annotation_differs: frozenset[str] = frozenset()
    """Same values accepted, spelled differently."""


PAIRS = [
    # `response_format` takes a pydantic model on the helper; streaming is the helper's whole point (or excluded).
    Pair("chat.completions.create", "chat.completions.parse", frozenset({"response_format", "stream"})),
    Pair("chat.completions.create", "chat.completions.stream", frozenset({"response_format", "stream"})),
    # `tools` also accepts pydantic function tools; `include` names the `ResponseIncludable` alias where the
    # generated method spells out its literals.
    # `parse` spells `stream` as the official SDK does (`Optional[Literal[False]]`); it only accepts False.
    Pair(
        "responses.create",
        "responses.parse",
        frozenset({"tools"}),
        annotation_differs=frozenset({"include", "stream"}),
    ),
    Pair(
        "responses.create",
        "responses.stream",
        frozenset({"tools", "stream"}),
        annotation_differs=frozenset({"include"}),
    ),
    Pair(
        "beta.threads.runs.create", "beta.threads.runs.create_and_poll", frozenset({"stream"}), frozenset({"thread_id"})
    ),
    Pair("beta.threads.runs.create", "beta.threads.runs.stream", frozenset({"stream"}), frozenset({"thread_id"})),
    Pair(
        "beta.threads.runs.create",
        "beta.threads.runs.create_and_stream",
        frozenset({"stream"}),
        frozenset({"thread_id"}),
    ),
    Pair(
        "beta.threads.runs.submit_tool_outputs",
        "beta.threads.runs.submit_tool_outputs_and_poll",
        frozenset({"stream"}),
        frozenset({"run_id"}),
    ),
    Pair(
        "beta.threads.runs.submit_tool_outputs",
        "beta.threads.runs.submit_tool_outputs_stream",
        frozenset({"stream"}),
        frozenset({"run_id"}),
    ),
    Pair("beta.threads.create_and_run", "beta.threads.create_and_run_poll", frozenset({"stream"})),
    Pair("beta.threads.create_and_run", "beta.threads.create_and_run_stream", frozenset({"stream"})),
    Pair("videos.create", "videos.create_and_poll"),
    Pair(
        "vector_stores.files.create",
        "vector_stores.files.create_and_poll",
        kind_differs=frozenset({"vector_store_id", "file_id"}),
    ),
    Pair("vector_stores.file_batches.create", "vector_stores.file_batches.create_and_poll"),
]


def _resolve(client: Any, path: str) -> Any:
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _differences(source: Any, helper: Any, pair: Pair) -> List[str]:
    wanted = inspect.signature(source).parameters
    have = inspect.signature(helper).parameters
    problems: List[str] = []
    for name, param in wanted.items():
        if name in pair.exclude:
            continue
        mine = have.get(name)
        if mine is None:
            problems.append(f"`{name}` is missing")
            continue
        if mine.kind is not param.kind and name not in pair.kind_differs:
            problems.append(f"`{name}` is {mine.kind.name}, {param.kind.name} on the generated method")
        if mine.default is not param.default and mine.default != param.default:
            problems.append(f"`{name}` defaults to {mine.default!r}, {param.default!r} on the generated method")
        if mine.annotation != param.annotation and name not in pair.annotation_differs:
            problems.append(f"`{name}` is annotated {mine.annotation!r}, {param.annotation!r} on the generated method")
    return problems


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.helper)
@pytest.mark.parametrize("client_cls", [OpenAI, AsyncOpenAI])
def test_helper_signature_matches_the_method_it_wraps(pair: Pair, client_cls: Any) -> None:
    client = client_cls(api_key="k", base_url="http://127.0.0.1:1")
    assert _differences(_resolve(client, pair.source), _resolve(client, pair.helper), pair) == []


def test_exceptions_are_still_needed() -> None:
    """Every listed exception still describes a real difference (stale entries would hide future drift)."""
    client = OpenAI(api_key="k", base_url="http://127.0.0.1:1")
    for pair in PAIRS:
        wanted = inspect.signature(_resolve(client, pair.source)).parameters
        have = inspect.signature(_resolve(client, pair.helper)).parameters
        for name in pair.kind_differs:
            assert wanted[name].kind is not have[name].kind, (pair.helper, name)
        for name in pair.annotation_differs:
            assert wanted[name].annotation != have[name].annotation, (pair.helper, name)
        for name in pair.exclude - {"stream"}:
            assert name in wanted, (pair.helper, name)


def test_sync_and_async_helpers_have_the_same_parameters() -> None:
    sync_client = OpenAI(api_key="k", base_url="http://127.0.0.1:1")
    async_client = AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:1")
    for pair in PAIRS:
        sync_sig = inspect.signature(_resolve(sync_client, pair.helper))
        async_sig = inspect.signature(_resolve(async_client, pair.helper))
        sync_params: List[Tuple[str, str, Any]] = [
            (p.name, p.kind.name, p.default) for p in sync_sig.parameters.values()
        ]
        async_params: List[Tuple[str, str, Any]] = [
            (p.name, p.kind.name, p.default) for p in async_sig.parameters.values()
        ]
        assert sync_params == async_params, pair.helper


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning")
def test_expanded_parameters_reach_the_request(server: Server) -> None:
    """The parameters the helpers show (from the generated method) are sent like the generated method sends them."""
    client = server.client()
    assistant = client.beta.assistants.create(model="gpt-4o")
    thread = client.beta.threads.create()
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id,
        assistant_id=assistant.id,
        instructions="be brief",
        include=["step_details.tool_calls[*].file_search.results[*].content"],
        poll_interval_ms=1,
        deadline=30,
    )
    assert run.status == "completed"
    create = next(r for r in server.requests if r.operation == "beta.threads.runs.create")
    body: Optional[Dict[str, Any]] = create.body
    assert body is not None and body["instructions"] == "be brief" and body["assistant_id"] == assistant.id
    assert "include" not in body
    assert create.query["include"] == ["step_details.tool_calls[*].file_search.results[*].content"]
