"""Webhook signature verification and payload parsing: ``client.webhooks.verify_signature`` / ``unwrap``.

This module owns the verification algorithm of OpenAI webhooks (the Standard Webhooks scheme): the signed
content is ``"<webhook-id>.<webhook-timestamp>.<body>"``, signed with HMAC-SHA256 under the endpoint secret
and sent base64-encoded in the ``webhook-signature`` header as space-separated ``v1,<signature>`` entries.
The generated ``client.webhooks`` resources derive from :class:`WebhooksMixin` / :class:`AsyncWebhooksMixin`
(wired through ``codegen/config.yaml``). Both methods are synchronous on the async client too: they do no I/O.
"""

from __future__ import annotations

import re
import hmac
import json
import time
import base64
import hashlib
import binascii
from typing import TYPE_CHECKING, Dict, Tuple, Union, Mapping, Iterable, Optional, cast

import httpx
from typing_extensions import Protocol

from .._utils import get_required_header
from .._resource import SyncAPIResource, AsyncAPIResource
from .._exceptions import InvalidWebhookSignatureError

if TYPE_CHECKING:
    from .._models import BaseModel
    from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = [
    "WebhooksMixin",
    "AsyncWebhooksMixin",
    "HeadersLike",
    "SupportsHeaderItems",
    "DEFAULT_TOLERANCE",
    "DEFAULT_MAX_BODY_SIZE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "ID_HEADER",
    "decode_secret",
    "sign_payload",
    "verify_webhook_signature",
    "parse_webhook_event",
]


class SupportsHeaderItems(Protocol):
    """A header container with ``items()`` only, like ``http.server``'s ``self.headers``."""

    def items(self) -> Iterable[Tuple[str, str]]: ...


HeadersLike = Union[
    Mapping[str, str],
    Mapping[bytes, bytes],
    Iterable[Tuple[str, str]],
    Iterable[Tuple[bytes, bytes]],
    httpx.Headers,
    SupportsHeaderItems,
]
"""Anything webhook headers arrive as: a dict, any (case-insensitive) mapping, ``httpx.Headers``, or pairs.

Objects that only offer ``items()`` (``http.server``'s ``self.headers``) are accepted too."""

DEFAULT_TOLERANCE = 300
"""Seconds a webhook timestamp may differ from the local clock, in either direction."""

DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""Largest webhook body (bytes) that is verified; a larger one is rejected before any hashing (1 MiB).

OpenAI's webhook events carry ids and a little metadata, a few hundred bytes; raise the limit with the
``max_body_size`` argument of `verify_webhook_signature` or the ``max_body_size`` attribute of
``client.webhooks`` if a proxy adds more."""

SIGNATURE_HEADER = "webhook-signature"
TIMESTAMP_HEADER = "webhook-timestamp"
ID_HEADER = "webhook-id"

_SECRET_PREFIX = "whsec_"
_SIGNATURE_VERSION = "v1,"
_TIMESTAMP = re.compile(r"[0-9]+")


def decode_secret(secret: str) -> bytes:
    """The HMAC key for ``secret``: base64-decoded after a ``whsec_`` prefix, otherwise the UTF-8 bytes."""
    if secret.startswith(_SECRET_PREFIX):
        try:
            return base64.b64decode(secret[len(_SECRET_PREFIX) :], validate=True)
        except binascii.Error:
            raise ValueError("Invalid webhook secret: the part after the `whsec_` prefix is not valid base64") from None
    return secret.encode("utf-8")


def _to_bytes(payload: str | bytes) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    raise TypeError(f"Expected the webhook payload as str or bytes, got {type(payload).__name__}")


def sign_payload(payload: str | bytes, *, secret: str, webhook_id: str, timestamp: int | str) -> str:
    """The ``v1,<base64>`` signature entry for ``payload``, as the sender puts it in ``webhook-signature``.

    Useful for tests and for local tools that post signed sample events.
    """
    signed = f"{webhook_id}.{timestamp}.".encode() + _to_bytes(payload)
    digest = hmac.new(decode_secret(secret), signed, hashlib.sha256).digest()
    return _SIGNATURE_VERSION + base64.b64encode(digest).decode("ascii")


def _as_header_source(headers: object) -> object:
    # `http.server` / `email.message.Message` headers are neither mappings nor iterables of pairs (iterating
    # yields names only) but do have `items()`: read them as pairs so web frameworks' objects work as given.
    if isinstance(headers, Mapping):
        return cast("Mapping[object, object]", headers)
    items: object = getattr(headers, "items", None)
    if callable(items):
        return list(cast("Iterable[object]", items()))
    return headers


def _required_header(source: object, name: str) -> str:
    try:
        value = get_required_header(source, name)
    except ValueError:
        # Same message as a plain lookup failure; the class says it is a webhook verification failure.
        raise InvalidWebhookSignatureError(f"Could not find {name} header") from None
    if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- guards odd header objects
        raise InvalidWebhookSignatureError(f"Invalid {name} header: expected a string value")
    return value


def verify_webhook_signature(
    payload: str | bytes,
    headers: HeadersLike,
    *,
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    now: Optional[float] = None,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> None:
    """Check the signature and timestamp headers of a webhook delivery; return ``None`` when valid.

    Every failed check raises `InvalidWebhookSignatureError` (a ``ValueError``) whose message names it, in this
    order: the body size (``max_body_size`` bytes), each ``webhook-*`` header present and well-formed, the
    timestamp within ``tolerance`` seconds, a ``webhook-signature`` entry matching the payload.

    Raises:
        ValueError: the secret is malformed.
        InvalidWebhookSignatureError: any check of the delivery failed.
    """
    body = _to_bytes(payload)
    if len(body) > max_body_size:
        raise InvalidWebhookSignatureError(
            f"Webhook body too large: {len(body)} bytes, the limit (max_body_size) is {max_body_size} bytes"
        )
    source = _as_header_source(headers)
    signature_header = _required_header(source, SIGNATURE_HEADER)
    timestamp = _required_header(source, TIMESTAMP_HEADER).strip()
    webhook_id = _required_header(source, ID_HEADER)

    if not webhook_id.strip():
        raise InvalidWebhookSignatureError("Invalid webhook-id header: it is empty")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise InvalidWebhookSignatureError(
            f"Invalid webhook timestamp format: expected an integer number of seconds, got {timestamp[:40]!r}"
        )
    entries = signature_header.split()
    if not entries:
        raise InvalidWebhookSignatureError("Invalid webhook-signature header: it has no signature entries")
    sent_at = int(timestamp)
    current = int(now if now is not None else time.time())
    if current - sent_at > tolerance:
        raise InvalidWebhookSignatureError(
            f"Webhook timestamp is too old: sent {current - sent_at} seconds ago, tolerance is {tolerance} seconds"
        )
    if sent_at > current + tolerance:
        raise InvalidWebhookSignatureError(
            f"Webhook timestamp is too new: {sent_at - current} seconds in the future, tolerance is {tolerance} seconds"
        )

    # Sign the raw bytes rather than a decoded string: identical for UTF-8 bodies, and a body that is not
    # valid UTF-8 then fails as a signature mismatch instead of a decoding crash.
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(decode_secret(secret), signed, hashlib.sha256).digest())
    for entry in entries:
        candidate = entry[len(_SIGNATURE_VERSION) :] if entry.startswith(_SIGNATURE_VERSION) else entry
        if hmac.compare_digest(candidate.encode("utf-8", errors="replace"), expected):
            return
    raise InvalidWebhookSignatureError(
        "The webhook signature does not match: no entry of the webhook-signature header was produced by this secret "
        "for this payload"
    )


_event_classes: Optional[Dict[object, type[BaseModel]]] = None


def _webhook_event_classes() -> Dict[object, type[BaseModel]]:
    """``type`` value → event model, read once from the generated ``UnwrapWebhookEvent`` union."""
    global _event_classes
    if _event_classes is None:
        from .._utils import literal_values, strip_annotated_type
        from .._models import BaseModel
        from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

        classes: Dict[object, type[BaseModel]] = {}
        for member in _union_members(strip_annotated_type(UnwrapWebhookEvent)):
            if isinstance(member, type) and issubclass(member, BaseModel) and "type" in member.model_fields:
                for value in literal_values(member.model_fields["type"].annotation):
                    classes[value] = member
        _event_classes = classes
    return _event_classes


def _union_members(union: object) -> tuple[object, ...]:
    from typing import get_args

    from .._utils import is_union_type, strip_annotated_type

    if not is_union_type(union):
        return (union,)
    return tuple(strip_annotated_type(member) for member in get_args(union))


def parse_webhook_event(payload: str | bytes) -> UnwrapWebhookEvent:
    """Decode a (verified) webhook body into its typed event; an unknown ``type`` gives a generic model."""
    from .._models import BaseModel, construct_type

    try:
        data: object = json.loads(_to_bytes(payload))
    except json.JSONDecodeError as exc:
        raise ValueError(f"The webhook payload is not valid JSON: {exc.msg} (position {exc.pos})") from None
    if not isinstance(data, dict):
        raise ValueError(f"The webhook payload must be a JSON object, got {type(data).__name__}")
    event: Dict[str, object] = cast("Dict[str, object]", data)
    event_class = _webhook_event_classes().get(event.get("type"))
    # A kind of event newer than this SDK becomes a plain `BaseModel` keeping every field, rather than failing
    # the delivery; such a value is deliberately outside the declared union.
    parsed = construct_type(value=event, type_=event_class if event_class is not None else BaseModel)
    return cast("UnwrapWebhookEvent", parsed)


def _resolve_secret(secret: str | None, client_secret: str | None) -> str:
    resolved = secret if secret is not None else client_secret
    # An empty secret would "verify" with an empty HMAC key: treat it as a configuration mistake.
    if not resolved:
        raise ValueError(
            "No webhook secret: pass `secret=...`, set `webhook_secret` on the client "
            "(OpenAI(webhook_secret=...)), or set the OPENAI_WEBHOOK_SECRET environment variable"
        )
    return resolved


def _client_secret(client: object) -> str | None:
    # Every OpenAI client has `webhook_secret`; the resource base class only knows the generic API client.
    secret: object = getattr(client, "webhook_secret", None)
    return secret if isinstance(secret, str) else None


class WebhooksMixin(SyncAPIResource):
    """Base class of the sync ``client.webhooks`` resource."""

    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    """Largest body (bytes) `verify_signature` / `unwrap` accept; set it on ``client.webhooks`` to change it."""

    def unwrap(self, payload: str | bytes, headers: HeadersLike, *, secret: str | None = None) -> UnwrapWebhookEvent:
        """Verify a webhook delivery and return its typed event (one of the ``UnwrapWebhookEvent`` models)."""
        self.verify_signature(payload, headers, secret=secret)
        return parse_webhook_event(payload)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise unless ``payload`` carries a valid signature and a timestamp within ``tolerance`` seconds.

        ``secret`` defaults to the client's ``webhook_secret`` (env ``OPENAI_WEBHOOK_SECRET``).
        """
        resolved = _resolve_secret(secret, _client_secret(self._client))
        verify_webhook_signature(
            payload, headers, secret=resolved, tolerance=tolerance, max_body_size=self.max_body_size
        )


class AsyncWebhooksMixin(AsyncAPIResource):
    """Base class of the async ``client.webhooks`` resource; its methods are synchronous (no I/O involved)."""

    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    """Largest body (bytes) `verify_signature` / `unwrap` accept; set it on ``client.webhooks`` to change it."""

    def unwrap(self, payload: str | bytes, headers: HeadersLike, *, secret: str | None = None) -> UnwrapWebhookEvent:
        """Verify a webhook delivery and return its typed event (one of the ``UnwrapWebhookEvent`` models)."""
        self.verify_signature(payload, headers, secret=secret)
        return parse_webhook_event(payload)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None = None,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise unless ``payload`` carries a valid signature and a timestamp within ``tolerance`` seconds.

        ``secret`` defaults to the client's ``webhook_secret`` (env ``OPENAI_WEBHOOK_SECRET``).
        """
        resolved = _resolve_secret(secret, _client_secret(self._client))
        verify_webhook_signature(
            payload, headers, secret=resolved, tolerance=tolerance, max_body_size=self.max_body_size
        )
