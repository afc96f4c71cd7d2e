"""Small, dependency-light helpers used across the runtime core and by generated code.

Importing this package must stay cheap (standard library and typing only), because generated resources import
`path_param` from here; helpers that need the rest of the package import it lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property as cached_property

from ._json import json_dumps as json_dumps
from ._misc import (
    flatten as flatten,
    lru_cache as lru_cache,
    coerce_float as coerce_float,
    coerce_boolean as coerce_boolean,
    coerce_integer as coerce_integer,
    deepcopy_minimal as deepcopy_minimal,
    maybe_coerce_float as maybe_coerce_float,
    maybe_coerce_boolean as maybe_coerce_boolean,
    maybe_coerce_integer as maybe_coerce_integer,
)
from ._path import path_param as path_param
from ._typing import (
    is_dict as is_dict,
    is_list as is_list,
    is_tuple as is_tuple,
    is_union as is_union,
    is_mapping as is_mapping,
    is_iterable as is_iterable,
    is_sequence as is_sequence,
    is_list_type as is_list_type,
    is_union_type as is_union_type,
    literal_values as literal_values,
    is_literal_type as is_literal_type,
    extract_type_arg as extract_type_arg,
    is_annotated_type as is_annotated_type,
    strip_annotated_type as strip_annotated_type,
)
from ._headers import get_header as get_header, get_required_header as get_required_header
from ._datetime import parse_date as parse_date, parse_datetime as parse_datetime
from ._transform import clean_body as clean_body, is_sentinel as is_sentinel, strip_not_given as strip_not_given

if TYPE_CHECKING:
    from .._logs import SensitiveHeadersFilter as SensitiveHeadersFilter
    from ._proxy import LazyProxy as LazyProxy
    from .._files import extract_files as extract_files, file_from_path as file_from_path
    from .._types import is_given as is_given
    from ._extras import (
        asyncify as asyncify,
        json_safe as json_safe,
        is_tuple_t as is_tuple_t,
        is_mapping_t as is_mapping_t,
        removeprefix as removeprefix,
        removesuffix as removesuffix,
        is_sequence_t as is_sequence_t,
        path_template as path_template,
        required_args as required_args,
        is_azure_client as is_azure_client,
        is_iterable_type as is_iterable_type,
        is_required_type as is_required_type,
        is_sequence_type as is_sequence_type,
        get_async_library as get_async_library,
        is_type_alias_type as is_type_alias_type,
        consume_sync_iterator as consume_sync_iterator,
        function_has_argument as function_has_argument,
        is_async_azure_client as is_async_azure_client,
        consume_async_iterator as consume_async_iterator,
        assert_signatures_in_sync as assert_signatures_in_sync,
        extract_type_var_from_base as extract_type_var_from_base,
    )
    from ._params import (
        transform as transform,
        async_transform as async_transform,
        maybe_transform as maybe_transform,
        async_maybe_transform as async_maybe_transform,
    )
    from .._models import PropertyInfo as PropertyInfo

# These live in modules that import more than the standard library, or that `import openai` and building a client
# do not need; resolved on first access.
_LAZY = {
    "LazyProxy": "openai._utils._proxy",
    "asyncify": "openai._utils._extras",
    "json_safe": "openai._utils._extras",
    "is_tuple_t": "openai._utils._extras",
    "is_mapping_t": "openai._utils._extras",
    "removeprefix": "openai._utils._extras",
    "removesuffix": "openai._utils._extras",
    "is_sequence_t": "openai._utils._extras",
    "path_template": "openai._utils._extras",
    "required_args": "openai._utils._extras",
    "is_azure_client": "openai._utils._extras",
    "is_iterable_type": "openai._utils._extras",
    "is_required_type": "openai._utils._extras",
    "is_sequence_type": "openai._utils._extras",
    "get_async_library": "openai._utils._extras",
    "is_type_alias_type": "openai._utils._extras",
    "consume_sync_iterator": "openai._utils._extras",
    "function_has_argument": "openai._utils._extras",
    "is_async_azure_client": "openai._utils._extras",
    "consume_async_iterator": "openai._utils._extras",
    "assert_signatures_in_sync": "openai._utils._extras",
    "extract_type_var_from_base": "openai._utils._extras",
    "transform": "openai._utils._params",
    "async_transform": "openai._utils._params",
    "maybe_transform": "openai._utils._params",
    "async_maybe_transform": "openai._utils._params",
    "SensitiveHeadersFilter": "openai._logs",
    "extract_files": "openai._files",
    "file_from_path": "openai._files",
    "is_given": "openai._types",
    "PropertyInfo": "openai._models",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value: object = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "cached_property",
    "clean_body",
    "coerce_boolean",
    "coerce_float",
    "coerce_integer",
    "deepcopy_minimal",
    "extract_type_arg",
    "flatten",
    "get_header",
    "get_required_header",
    "is_annotated_type",
    "is_dict",
    "is_iterable",
    "is_list",
    "is_list_type",
    "is_literal_type",
    "is_mapping",
    "is_sentinel",
    "is_sequence",
    "is_tuple",
    "is_union",
    "is_union_type",
    "json_dumps",
    "literal_values",
    "lru_cache",
    "maybe_coerce_boolean",
    "maybe_coerce_float",
    "maybe_coerce_integer",
    "parse_date",
    "parse_datetime",
    "path_param",
    "strip_annotated_type",
    "strip_not_given",
]
