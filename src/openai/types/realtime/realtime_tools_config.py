# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from .realtime_tools_config_union import RealtimeToolsConfigUnion

__all__ = ["RealtimeToolsConfig"]


RealtimeToolsConfig: TypeAlias = List[RealtimeToolsConfigUnion]
