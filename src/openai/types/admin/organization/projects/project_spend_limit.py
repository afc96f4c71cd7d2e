# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel
from ....spend_limit_currency import SpendLimitCurrency
from ....spend_limit_interval import SpendLimitInterval
from ....spend_limit_enforcement_status import SpendLimitEnforcementStatus

__all__ = ["ProjectSpendLimit", "Enforcement"]


class Enforcement(BaseModel):
    """The current enforcement state of a hard spend limit."""

    status: SpendLimitEnforcementStatus
    """Whether the hard spend limit is currently enforcing."""


class ProjectSpendLimit(BaseModel):
    """Represents a hard spend limit configured at the project level."""

    object: Literal["project.spend_limit"]
    """The object type, which is always `project.spend_limit`."""

    threshold_amount: int
    """The hard spend limit amount, in cents."""

    currency: SpendLimitCurrency
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: SpendLimitInterval
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""

    enforcement: Enforcement
    """The current enforcement state of the hard spend limit."""
