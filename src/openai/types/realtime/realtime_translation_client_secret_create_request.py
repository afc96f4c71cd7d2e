# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequest

__all__ = ["RealtimeTranslationClientSecretCreateRequest", "ExpiresAfter"]


class ExpiresAfter(BaseModel):
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Optional[Literal["created_at"]] = None
    """
    The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time
    of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    """

    seconds: Optional[int] = None
    """
    The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours).
    This default to 600 seconds (10 minutes) if not specified.
    """


class RealtimeTranslationClientSecretCreateRequest(BaseModel):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: Optional[ExpiresAfter] = None
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: RealtimeTranslationSessionCreateRequest
    """
    Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """
