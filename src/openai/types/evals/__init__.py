# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import runs as runs
    from .eval_api_error import EvalAPIError as EvalAPIError
    from .run_list_params import RunListParams as RunListParams
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_list_response import RunListResponse as RunListResponse
    from .run_cancel_response import RunCancelResponse as RunCancelResponse
    from .run_create_response import RunCreateResponse as RunCreateResponse
    from .run_delete_response import RunDeleteResponse as RunDeleteResponse
    from .run_retrieve_response import RunRetrieveResponse as RunRetrieveResponse
    from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource as CreateEvalJSONLRunDataSource
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_jsonl_run_data_source_param import (
        CreateEvalJSONLRunDataSourceParam as CreateEvalJSONLRunDataSourceParam,
    )
    from .create_eval_completions_run_data_source_param import (
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "CreateEvalCompletionsRunDataSource": ".create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceParam": ".create_eval_completions_run_data_source_param",
    "CreateEvalJSONLRunDataSource": ".create_eval_jsonl_run_data_source",
    "CreateEvalJSONLRunDataSourceParam": ".create_eval_jsonl_run_data_source_param",
    "EvalAPIError": ".eval_api_error",
    "RunCancelResponse": ".run_cancel_response",
    "RunCreateParams": ".run_create_params",
    "RunCreateResponse": ".run_create_response",
    "RunDeleteResponse": ".run_delete_response",
    "RunListParams": ".run_list_params",
    "RunListResponse": ".run_list_response",
    "RunRetrieveResponse": ".run_retrieve_response",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "create_eval_completions_run_data_source",
        "create_eval_completions_run_data_source_param",
        "create_eval_jsonl_run_data_source",
        "create_eval_jsonl_run_data_source_param",
        "eval_api_error",
        "run_cancel_response",
        "run_create_params",
        "run_create_response",
        "run_delete_response",
        "run_list_params",
        "run_list_response",
        "run_retrieve_response",
        "runs",
    )
)

__all__ = [
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceParam",
    "CreateEvalJSONLRunDataSource",
    "CreateEvalJSONLRunDataSourceParam",
    "EvalAPIError",
    "RunCancelResponse",
    "RunCreateParams",
    "RunCreateResponse",
    "RunDeleteResponse",
    "RunListParams",
    "RunListResponse",
    "RunRetrieveResponse",
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
