"""Query-string encoding (CONTRACT 2.5) in all array and nesting formats."""

from __future__ import annotations

import enum
import datetime
from typing import Any, Dict, List, Tuple, Mapping

import pytest

from openai._qs import Querystring, stringify, stringify_items
from openai._types import NOT_GIVEN, omit


class Purpose(str, enum.Enum):
    FINE_TUNE = "fine-tune"


CASES: List[Tuple[Dict[str, Any], List[Tuple[str, str]]]] = [
    ({"a": "b"}, [("a", "b")]),
    ({"limit": 10, "ratio": 0.5}, [("limit", "10"), ("ratio", "0.5")]),
    ({"flag": True, "other": False}, [("flag", "true"), ("other", "false")]),
    ({"none": None, "empty": "", "kept": "x"}, [("kept", "x")]),
    ({"a": omit, "b": NOT_GIVEN, "c": "d"}, [("c", "d")]),
    ({"ids": ["a", "b"]}, [("ids[]", "a"), ("ids[]", "b")]),
    ({"ids": ("a",)}, [("ids[]", "a")]),
    ({"ids": []}, []),
    ({"ids": ["a", None, "", omit, "b"]}, [("ids[]", "a"), ("ids[]", "b")]),
    ({"filter": {"status": "done", "deep": {"x": 1}}}, [("filter[status]", "done"), ("filter[deep][x]", "1")]),
    ({"nested": {"c": [True]}}, [("nested[c][]", "true")]),
    ({"objs": [{"k": 1}, {"k": 2}]}, [("objs[][k]", "1"), ("objs[][k]", "2")]),
    ({"purpose": Purpose.FINE_TUNE}, [("purpose", "fine-tune")]),
    ({"after": datetime.date(2024, 1, 2)}, [("after", "2024-01-02")]),
    ({"gen": (i for i in range(2))}, [("gen[]", "0"), ("gen[]", "1")]),
]


@pytest.mark.parametrize(("params", "expected"), CASES)
def test_stringify_items_brackets(params: Mapping[str, object], expected: List[Tuple[str, str]]) -> None:
    assert stringify_items(params) == expected


def test_stringify_percent_encodes_brackets() -> None:
    assert stringify({"include[]": "x", "ids": ["a b", "c&d"]}) == "include%5B%5D=x&ids%5B%5D=a+b&ids%5B%5D=c%26d"
    assert stringify({"nested": {"c": [True]}}) == "nested%5Bc%5D%5B%5D=true"


def test_stringify_empty() -> None:
    assert stringify({}) == ""
    assert stringify({"a": None}) == ""


@pytest.mark.parametrize(
    ("array_format", "expected"),
    [
        ("brackets", [("a[]", "1"), ("a[]", "2")]),
        ("indices", [("a[0]", "1"), ("a[1]", "2")]),
        ("comma", [("a", "1,2")]),
        ("repeat", [("a", "1"), ("a", "2")]),
    ],
)
def test_array_formats(array_format: Any, expected: List[Tuple[str, str]]) -> None:
    assert stringify_items({"a": [1, 2]}, array_format=array_format) == expected


def test_indices_with_nested_objects() -> None:
    assert stringify_items({"a": [{"b": 1}, {"b": [True, False]}]}, array_format="indices") == [
        ("a[0][b]", "1"),
        ("a[1][b][0]", "true"),
        ("a[1][b][1]", "false"),
    ]


def test_comma_drops_missing_items_and_empty_arrays() -> None:
    assert stringify_items({"a": [None, "x", "", True]}, array_format="comma") == [("a", "x,true")]
    assert stringify_items({"a": []}, array_format="comma") == []


def test_dots_nested_format() -> None:
    assert stringify_items({"a": {"b": {"c": 1}}, "d": [1]}, nested_format="dots") == [("a.b.c", "1"), ("d[]", "1")]


def test_querystring_object_reuses_its_formats() -> None:
    encoder = Querystring(array_format="repeat", nested_format="dots")
    assert encoder.stringify({"a": [1, 2], "b": {"c": 3}}) == "a=1&a=2&b.c=3"


def test_unknown_formats_raise() -> None:
    with pytest.raises(ValueError, match="array_format"):
        stringify_items({"a": 1}, array_format="bogus")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType] -- invalid on purpose
    with pytest.raises(ValueError, match="nested_format"):
        stringify_items({"a": 1}, nested_format="bogus")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType] -- invalid on purpose


def test_non_mapping_params_raise() -> None:
    with pytest.raises(TypeError, match="mapping"):
        stringify_items(["a"])  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType] -- invalid on purpose
