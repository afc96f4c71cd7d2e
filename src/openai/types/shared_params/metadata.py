# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict

from typing_extensions import TypeAlias

__all__ = ["Metadata"]


Metadata: TypeAlias = Dict[str, str]
