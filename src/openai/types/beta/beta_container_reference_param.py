# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaContainerReferenceParam"]


class BetaContainerReferenceParam(TypedDict, total=False):
    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""

    container_id: Required[str]
    """The ID of the referenced container."""
