# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = ["RealtimeTracingConfig", "TracingConfiguration"]


class TracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: Optional[str] = None
    """
    The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard.
    """

    group_id: Optional[str] = None
    """
    The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard.
    """

    metadata: Optional[Dict[str, object]] = None
    """
    The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard.
    """


RealtimeTracingConfig: TypeAlias = Union[Literal["auto"], TracingConfiguration]
