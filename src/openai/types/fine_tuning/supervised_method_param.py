# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from .supervised_hyperparameters_param import SupervisedHyperparametersParam

__all__ = ["SupervisedMethodParam"]


class SupervisedMethodParam(TypedDict, total=False):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: SupervisedHyperparametersParam
    """The hyperparameters used for the fine-tuning job."""
