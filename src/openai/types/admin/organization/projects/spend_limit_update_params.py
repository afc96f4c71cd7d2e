# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["SpendLimitUpdateParams"]


class SpendLimitUpdateParams(TypedDict, total=False):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: Required[int]
    """The hard spend limit amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""
