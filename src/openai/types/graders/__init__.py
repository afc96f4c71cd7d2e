# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .multi_grader import MultiGrader as MultiGrader
    from .grader_inputs import GraderInputs as GraderInputs
    from .python_grader import PythonGrader as PythonGrader
    from .label_model_grader import LabelModelGrader as LabelModelGrader
    from .score_model_grader import ScoreModelGrader as ScoreModelGrader
    from .string_check_grader import StringCheckGrader as StringCheckGrader
    from .text_similarity_grader import TextSimilarityGrader as TextSimilarityGrader

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "GraderInputs": ".grader_inputs",
    "LabelModelGrader": ".label_model_grader",
    "MultiGrader": ".multi_grader",
    "PythonGrader": ".python_grader",
    "ScoreModelGrader": ".score_model_grader",
    "StringCheckGrader": ".string_check_grader",
    "TextSimilarityGrader": ".text_similarity_grader",
}
_SUBPACKAGES: frozenset[str] = frozenset(())

__all__ = [
    "GraderInputs",
    "LabelModelGrader",
    "MultiGrader",
    "PythonGrader",
    "ScoreModelGrader",
    "StringCheckGrader",
    "TextSimilarityGrader",
]


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})
