# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .multi_grader import MultiGrader as MultiGrader
    from .grader_inputs import GraderInputs as GraderInputs
    from .python_grader import PythonGrader as PythonGrader
    from .label_model_grader import LabelModelGrader as LabelModelGrader
    from .multi_grader_param import MultiGraderParam as MultiGraderParam
    from .score_model_grader import ScoreModelGrader as ScoreModelGrader
    from .grader_inputs_param import GraderInputsParam as GraderInputsParam
    from .python_grader_param import PythonGraderParam as PythonGraderParam
    from .string_check_grader import StringCheckGrader as StringCheckGrader
    from .text_similarity_grader import TextSimilarityGrader as TextSimilarityGrader
    from .label_model_grader_param import LabelModelGraderParam as LabelModelGraderParam
    from .score_model_grader_param import ScoreModelGraderParam as ScoreModelGraderParam
    from .string_check_grader_param import StringCheckGraderParam as StringCheckGraderParam
    from .text_similarity_grader_param import TextSimilarityGraderParam as TextSimilarityGraderParam

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "GraderInputs": ".grader_inputs",
    "GraderInputsParam": ".grader_inputs_param",
    "LabelModelGrader": ".label_model_grader",
    "LabelModelGraderParam": ".label_model_grader_param",
    "MultiGrader": ".multi_grader",
    "MultiGraderParam": ".multi_grader_param",
    "PythonGrader": ".python_grader",
    "PythonGraderParam": ".python_grader_param",
    "ScoreModelGrader": ".score_model_grader",
    "ScoreModelGraderParam": ".score_model_grader_param",
    "StringCheckGrader": ".string_check_grader",
    "StringCheckGraderParam": ".string_check_grader_param",
    "TextSimilarityGrader": ".text_similarity_grader",
    "TextSimilarityGraderParam": ".text_similarity_grader_param",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "grader_inputs",
        "grader_inputs_param",
        "label_model_grader",
        "label_model_grader_param",
        "multi_grader",
        "multi_grader_param",
        "python_grader",
        "python_grader_param",
        "score_model_grader",
        "score_model_grader_param",
        "string_check_grader",
        "string_check_grader_param",
        "text_similarity_grader",
        "text_similarity_grader_param",
    )
)

__all__ = [
    "GraderInputs",
    "GraderInputsParam",
    "LabelModelGrader",
    "LabelModelGraderParam",
    "MultiGrader",
    "MultiGraderParam",
    "PythonGrader",
    "PythonGraderParam",
    "ScoreModelGrader",
    "ScoreModelGraderParam",
    "StringCheckGrader",
    "StringCheckGraderParam",
    "TextSimilarityGrader",
    "TextSimilarityGraderParam",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
