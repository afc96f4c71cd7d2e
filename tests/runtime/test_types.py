"""Sentinels, type aliases and constants of the foundation modules."""

from __future__ import annotations

import copy
import pickle
from typing import Sequence

import httpx
import pytest

from openai._types import (
    NOT_GIVEN,
    Omit,
    Timeout,
    NotGiven,
    FileTypes,
    RequestOptions,
    SequenceNotStr,
    omit,
    is_given,
    not_given,
)
from openai._version import __title__, __version__
from openai._constants import (
    DEFAULT_TIMEOUT,
    MAX_RETRY_DELAY,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    RAW_RESPONSE_HEADER,
    MAX_RETRY_AFTER_DELAY,
    OVERRIDE_CAST_TO_HEADER,
    DEFAULT_CONNECTION_LIMITS,
)


@pytest.mark.parametrize("sentinel", [NOT_GIVEN, not_given, NotGiven(), omit, Omit()])
def test_sentinels_are_falsy(sentinel: object) -> None:
    assert not sentinel
    assert bool(sentinel) is False


def test_sentinel_reprs() -> None:
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert repr(not_given) == "NOT_GIVEN"
    assert repr(NotGiven()) == "NOT_GIVEN"
    assert repr(omit) == "omit"
    assert repr(Omit()) == "omit"


def test_not_given_spellings_are_the_same_object() -> None:
    assert NOT_GIVEN is not_given
    assert isinstance(NOT_GIVEN, NotGiven)
    assert isinstance(omit, Omit)


def test_sentinel_instances_compare_equal_within_their_family_only() -> None:
    assert NotGiven() == NOT_GIVEN
    assert Omit() == omit
    assert NOT_GIVEN != omit
    assert NOT_GIVEN != None  # noqa: E711 -- the comparison itself is under test
    assert omit != None  # noqa: E711
    assert len({NotGiven(), NOT_GIVEN}) == 1


@pytest.mark.parametrize("sentinel", [NOT_GIVEN, omit])
def test_sentinels_survive_copy_and_pickle(sentinel: object) -> None:
    assert copy.copy(sentinel) is sentinel
    assert copy.deepcopy({"a": sentinel})["a"] is sentinel
    assert pickle.loads(pickle.dumps(sentinel)) is sentinel


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (NOT_GIVEN, False),
        (not_given, False),
        (NotGiven(), False),
        (omit, False),
        (Omit(), False),
        (None, True),
        (0, True),
        ("", True),
        (False, True),
        ([], True),
    ],
)
def test_is_given(value: object, expected: bool) -> None:
    assert is_given(value) is expected


def test_is_given_narrows_for_type_checkers() -> None:
    value: int | NotGiven = 3
    if is_given(value):
        doubled: int = value * 2
        assert doubled == 6


def test_sequence_not_str_accepts_lists_and_tuples() -> None:
    def join(items: SequenceNotStr[str]) -> str:
        return ",".join(items)

    assert join(["a", "b"]) == "a,b"
    assert join(("a",)) == "a"
    sequence: Sequence[str] = ["x"]
    assert join(sequence) == "x"


def test_request_options_keys_are_all_optional() -> None:
    options: RequestOptions = {}
    assert options == {}
    assert set(RequestOptions.__annotations__) == {
        "headers",
        "max_retries",
        "timeout",
        "params",
        "extra_json",
        "idempotency_key",
        "follow_redirects",
        "security",
        "synthesize_event_and_data",
    }
    assert RequestOptions.__required_keys__ == frozenset()


def test_file_types_include_tuples() -> None:
    value: FileTypes = ("a.txt", b"data", "text/plain", {"X-Part": "1"})
    assert value[0] == "a.txt"


def test_timeout_is_httpx_timeout() -> None:
    assert Timeout is httpx.Timeout


def test_default_constants() -> None:
    assert DEFAULT_TIMEOUT == httpx.Timeout(timeout=600, connect=5.0)
    assert DEFAULT_TIMEOUT.read == 600
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_MAX_RETRIES == 2
    assert DEFAULT_CONNECTION_LIMITS.max_connections == 1000
    assert DEFAULT_CONNECTION_LIMITS.max_keepalive_connections == 100
    assert INITIAL_RETRY_DELAY == 0.5
    assert MAX_RETRY_DELAY == 8.0
    assert MAX_RETRY_AFTER_DELAY == 120
    assert RAW_RESPONSE_HEADER == "X-Stainless-Raw-Response"
    assert OVERRIDE_CAST_TO_HEADER == "____stainless_override_cast_to"
    assert DEFAULT_BASE_URL == "https://api.openai.com/v1"


def test_version_matches_pyproject() -> None:
    import pathlib

    pyproject = pathlib.Path(__file__).parents[2] / "pyproject.toml"
    assert f'version = "{__version__}"' in pyproject.read_text()
    assert __title__ == "openai"
