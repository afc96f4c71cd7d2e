# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypedDict

__all__ = ["ReinforcementHyperparametersParam"]


class ReinforcementHyperparametersParam(TypedDict, total=False):
    """The hyperparameters used for the reinforcement fine-tuning job."""

    batch_size: Union[Literal["auto"], int]
    """
    Number of examples in each batch. A larger batch size means that model parameters are updated less frequently,
    but with lower variance.
    """

    learning_rate_multiplier: Union[Literal["auto"], float]
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Union[Literal["auto"], int]
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""

    reasoning_effort: Literal["default", "low", "medium", "high"]
    """Level of reasoning effort."""

    compute_multiplier: Union[Literal["auto"], float]
    """Multiplier on amount of compute used for exploring search space during training."""

    eval_interval: Union[Literal["auto"], int]
    """The number of training steps between evaluation runs."""

    eval_samples: Union[Literal["auto"], int]
    """Number of evaluation samples to generate per training step."""
