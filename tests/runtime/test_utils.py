"""Helpers of ``openai._utils``: path parameters, body cleaning, JSON encoding, headers, dates."""

from __future__ import annotations

import sys
import enum
import json
import datetime
import subprocess
from typing import Any, Dict, List, Iterator

import httpx
import pytest
import pydantic
from hypothesis import given, settings, strategies as st

from openai._types import NOT_GIVEN, Omit, NotGiven, omit, not_given
from openai._utils import (
    flatten,
    lru_cache,
    clean_body,
    get_header,
    json_dumps,
    parse_date,
    path_param,
    is_sentinel,
    coerce_boolean,
    coerce_integer,
    literal_values,
    parse_datetime,
    strip_not_given,
    deepcopy_minimal,
    extract_type_arg,
    maybe_coerce_float,
    get_required_header,
    maybe_coerce_integer,
    strip_annotated_type,
)

# --- path_param -----------------------------------------------------------------------------------------------


class Color(str, enum.Enum):
    RED = "red/ish"


class Number(enum.Enum):
    ONE = 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("file-abc123", "file-abc123"),
        ("a/b", "a%2Fb"),
        ("a b", "a%20b"),
        ("q?x=1#frag", "q%3Fx=1%23frag"),
        ("100%", "100%25"),
        ("!$&'()*+,;=:@", "!$&'()*+,;=:@"),
        ("-._~", "-._~"),
        ("héllo", "h%C3%A9llo"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("a..b", "a..b"),
        (None, "null"),
        (True, "true"),
        (False, "false"),
        (42, "42"),
        (1.5, "1.5"),
        (Color.RED, "red%2Fish"),
        (Number.ONE, "1"),
    ],
)
def test_path_param_encodes_one_segment(value: object, expected: str) -> None:
    assert path_param("id", value) == expected


def test_path_param_empty_string_error_message() -> None:
    with pytest.raises(ValueError) as info:
        path_param("file_id", "")
    message = str(info.value)
    assert message.startswith("Expected a non-empty value for `file_id` ")
    assert message.endswith(repr(""))


@pytest.mark.parametrize("value", [".", "..", "%2e", "%2E", "%2e%2e", ".%2e", "%2E."])
def test_path_param_rejects_dot_segments(value: str) -> None:
    with pytest.raises(ValueError, match="`thread_id`") as info:
        path_param("thread_id", value)
    assert str(info.value).endswith(repr(value))


# --- clean_body -----------------------------------------------------------------------------------------------


class Inner(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    name: str
    schema_: str = pydantic.Field(default="s", alias="schema")
    optional: int | None = None


def test_clean_body_drops_sentinels_at_every_level() -> None:
    body = {
        "a": 1,
        "b": NOT_GIVEN,
        "c": omit,
        "d": not_given,
        "e": Omit(),
        "f": NotGiven(),
        "nested": {"x": omit, "y": None, "deep": {"z": NOT_GIVEN, "w": 2}},
        "items": [{"k": omit, "v": 1}, omit, 3],
    }
    assert clean_body(body) == {
        "a": 1,
        "nested": {"y": None, "deep": {"w": 2}},
        "items": [{"v": 1}, 3],
    }


def test_clean_body_lists_of_plain_values_are_copied_as_they_are() -> None:
    import enum

    class Color(str, enum.Enum):
        RED = "red"

    inputs = ["a", "b", 1, 2.5, True, None]
    cleaned = clean_body({"input": inputs, "tokens": (1, 2, 3), "mixed": ["x", omit, Color.RED, ("y",)]})
    assert cleaned == {"input": inputs, "tokens": [1, 2, 3], "mixed": ["x", Color.RED, ["y"]]}
    assert cleaned["input"] is not inputs  # the caller's list is never handed on (or changed) by the SDK
    assert type(cleaned["tokens"]) is list
    assert clean_body([[1, 2], [3, omit]]) == [[1, 2], [3]]


def test_clean_body_keeps_none_as_null() -> None:
    assert clean_body({"temperature": None}) == {"temperature": None}


def test_clean_body_converts_iterables_dates_and_models() -> None:
    def gen() -> Iterator[int]:
        yield 1
        yield 2

    when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
    body = {
        "gen": gen(),
        "tuple": (1, 2),
        "set": frozenset({"only"}),
        "when": when,
        "day": datetime.date(2024, 1, 2),
        "model": Inner(name="n"),
        "model_set": Inner(name="n", schema="x", optional=None),
        "text": "abc",
        "raw": b"bytes",
    }
    assert clean_body(body) == {
        "gen": [1, 2],
        "tuple": [1, 2],
        "set": ["only"],
        "when": "2024-05-06T07:08:09+00:00",
        "day": "2024-01-02",
        "model": {"name": "n"},
        "model_set": {"name": "n", "schema": "x", "optional": None},
        "text": "abc",
        "raw": b"bytes",
    }


def test_clean_body_leaves_file_objects_alone() -> None:
    import io

    handle = io.BytesIO(b"line1\nline2\n")
    assert clean_body({"file": handle})["file"] is handle


def test_strip_not_given_is_shallow() -> None:
    assert strip_not_given(None) is None
    assert strip_not_given({"a": omit, "b": {"c": omit}, "d": None}) == {"b": {"c": omit}, "d": None}


def test_is_sentinel() -> None:
    assert is_sentinel(omit) and is_sentinel(NOT_GIVEN) and is_sentinel(Omit())
    assert not is_sentinel(None) and not is_sentinel(False)


# --- json_dumps -----------------------------------------------------------------------------------------------


def test_json_dumps_is_compact_utf8() -> None:
    assert json_dumps({"a": [1, 2], "b": "héllo ☃", "c": None}) == '{"a":[1,2],"b":"héllo ☃","c":null}'.encode()


def test_json_dumps_handles_datetimes_models_and_iterables() -> None:
    payload: Dict[str, Any] = {
        "when": datetime.datetime(2024, 1, 2, 3, 4, 5),
        "model": Inner(name="x", schema="y"),
        "gen": (i for i in range(2)),
        "set": {1},
    }
    assert (
        json_dumps(payload) == b'{"when":"2024-01-02T03:04:05","model":{"name":"x","schema":"y"},"gen":[0,1],"set":[1]}'
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_json_dumps_rejects_non_finite_numbers(bad: float) -> None:
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        json_dumps({"nested": [1.0, {"value": bad}]})


def stdlib_json(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


plain_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2**80), max_value=2**80) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=30,
)


@given(plain_json)
@settings(max_examples=300, deadline=None)
def test_json_dumps_of_plain_data_is_the_stdlib_encoding(value: object) -> None:
    # Plain bodies take the compiled serializer: the bytes on the wire must not change with it.
    assert json_dumps(value) == stdlib_json(value)


def test_json_dumps_escapes_every_code_point_as_the_stdlib_does() -> None:
    text = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    assert json_dumps({text: [text]}) == stdlib_json({text: [text]})


def test_json_dumps_writes_floats_as_the_stdlib_does() -> None:
    body = {"input": ["a"], "temperature": 1e-05, "top_p": 1e16, "n": [0.1, 2.5e-7, 1.0]}
    assert (
        json_dumps(body)
        == stdlib_json(body)
        == b'{"input":["a"],"temperature":1e-05,"top_p":1e+16,"n":[0.1,2.5e-07,1.0]}'
    )


def test_json_dumps_reports_unencodable_text_and_deep_nesting_as_before() -> None:
    with pytest.raises(UnicodeEncodeError):
        json_dumps({"input": ["lone \ud800 surrogate"]})
    nested: List[object] = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(RecursionError):
        json_dumps(nested)


def test_json_dumps_rejects_unserialisable_values() -> None:
    with pytest.raises(TypeError, match="object is not JSON serializable|not JSON serializable"):
        json_dumps({"x": object()})


# --- headers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Request-Id": "abc"},
        {"x-request-id": "abc"},
        [("X-REQUEST-ID", "abc")],
        [(b"x-request-id", b"abc")],
        httpx.Headers({"X-Request-ID": "abc"}),
    ],
)
def test_get_header_is_case_insensitive(headers: object) -> None:
    assert get_header(headers, "x-request-id") == "abc"
    assert get_required_header(headers, "X-Request-Id") == "abc"


def test_get_header_missing() -> None:
    assert get_header({"a": "b"}, "c") is None
    with pytest.raises(ValueError, match="Could not find webhook-id header"):
        get_required_header({}, "webhook-id")


def test_get_header_rejects_bad_shapes() -> None:
    with pytest.raises(TypeError):
        get_header(42, "a")
    with pytest.raises(TypeError):
        get_header([("only-one",)], "a")


# --- dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)),
        (
            "2024-01-02T03:04:05.123456+02:00",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        ),
        ("2024-01-02 03:04", datetime.datetime(2024, 1, 2, 3, 4)),
        (
            "2024-01-02T03:04:05.5-0130",
            datetime.datetime(
                2024, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.timezone(-datetime.timedelta(hours=1, minutes=30))
            ),
        ),
        (0, datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)),
        (1_700_000_000_000, datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc)),
        ("1700000000", datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc)),
    ],
)
def test_parse_datetime(text: str | int, expected: datetime.datetime) -> None:
    assert parse_datetime(text) == expected


def test_parse_datetime_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="Invalid date-time format"):
        parse_datetime("yesterday")


def test_parse_date() -> None:
    assert parse_date("2024-02-29") == datetime.date(2024, 2, 29)
    assert parse_date(datetime.datetime(2024, 1, 1, 12)) == datetime.date(2024, 1, 1)
    with pytest.raises(ValueError, match="Invalid date format"):
        parse_date("29/02/2024")


# --- misc -----------------------------------------------------------------------------------------------------


def test_coercions() -> None:
    assert coerce_integer("12") == 12
    with pytest.raises(ValueError, match="Expected an integer"):
        coerce_integer("x")
    assert maybe_coerce_integer(None) is None
    assert maybe_coerce_float("1.5") == 1.5
    assert coerce_boolean("TRUE") and coerce_boolean("1") and coerce_boolean(" on ")
    assert not coerce_boolean("no")


def test_deepcopy_minimal_copies_containers_only() -> None:
    leaf = object()
    original: Dict[str, Any] = {"a": [leaf, {"b": 1}]}
    copied = deepcopy_minimal(original)
    assert copied == original
    assert copied is not original
    assert copied["a"] is not original["a"]
    assert copied["a"][0] is leaf


def test_flatten_and_lru_cache() -> None:
    assert flatten([[1, 2], [3]]) == [1, 2, 3]
    calls: List[int] = []

    @lru_cache(maxsize=None)
    def square(value: int) -> int:
        calls.append(value)
        return value * value

    assert square(3) == 9 and square(3) == 9
    assert calls == [3]


def test_typing_helpers() -> None:
    from typing_extensions import Literal, Annotated

    assert strip_annotated_type(Annotated[Annotated[int, "a"], "b"]) is int
    assert literal_values(Literal["a", Literal["b", "c"]]) == ("a", "b", "c")
    assert extract_type_arg(List[int], 0) is int
    with pytest.raises(RuntimeError, match="type argument at index 1"):
        extract_type_arg(List[int], 1)


def test_utils_import_is_light() -> None:
    # Whatever the package __init__ imports is its own business; _utils itself must add no third-party module.
    code = (
        "import sys, json, openai; before = set(sys.modules); import openai._utils; "
        "print(json.dumps(sorted({name.split('.')[0] for name in set(sys.modules) - before})))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    added = json.loads(output)
    assert "pydantic" not in added and "httpx" not in added and "pydantic_core" not in added
