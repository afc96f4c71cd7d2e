"""Small, dependency-light helpers used across the runtime core and by generated code.

Importing this package must stay cheap (standard library and typing only), because generated resources import
`path_param` from here; helpers that need the rest of the package import it lazily.
"""

from __future__ import annotations

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
