# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

__all__ = ["ImageModel"]


ImageModel: TypeAlias = Union[
    str,
    Literal[
        "gpt-image-1.5",
        "gpt-image-2",
        "gpt-image-2-2026-04-21",
        "dall-e-2",
        "gpt-image-1",
        "gpt-image-1-mini",
        "chatgpt-image-latest",
    ],
]
