# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["DpoHyperparameters"]


class DpoHyperparameters(BaseModel):
    """The hyperparameters used for the DPO fine-tuning job."""

    beta: Optional[Union[Literal["auto"], float]] = None
    """
    The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy
    and reference model.
    """

    batch_size: Optional[Union[Literal["auto"], int]] = None
    """
    Number of examples in each batch. A larger batch size means that model parameters are updated less frequently,
    but with lower variance.
    """

    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Optional[Union[Literal["auto"], int]] = None
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""
