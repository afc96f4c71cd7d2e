# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["SpendAlertUpdateParams", "NotificationChannel"]


class SpendAlertUpdateParams(TypedDict, total=False):
    """Parameters for creating or updating a spend alert."""

    project_id: Required[str]
    """The ID of the project to update."""

    threshold_amount: Required[int]
    """The alert threshold amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: Required[NotificationChannel]
    """Email notification settings for a spend alert."""


class NotificationChannel(TypedDict, total=False):
    """Email notification settings for a spend alert."""

    type: Required[Literal["email"]]
    """The notification channel type. Currently only `email` is supported."""

    recipients: Required[SequenceNotStr[str]]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: Optional[str]
    """Optional subject prefix for alert emails."""
