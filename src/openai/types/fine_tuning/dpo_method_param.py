# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from .dpo_hyperparameters_param import DpoHyperparametersParam

__all__ = ["DpoMethodParam"]


class DpoMethodParam(TypedDict, total=False):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: DpoHyperparametersParam
    """The hyperparameters used for the DPO fine-tuning job."""
