"""Webhook verification (``client.webhooks.verify_signature``) and parsing (``unwrap``), CONTRACT section 9."""

from __future__ import annotations

import hmac
import json
import base64
import hashlib
import email.message
from typing import Any, Dict, List, Tuple, Union, Mapping, Iterator, get_args

import httpx
import pytest
import time_machine

from openai import OpenAI, BaseModel, AsyncOpenAI
from openai._utils import literal_values, strip_annotated_type
from openai._exceptions import OpenAIError, InvalidWebhookSignatureError
from openai.lib.webhooks import (
    HeadersLike,
    WebhooksMixin,
    AsyncWebhooksMixin,
    sign_payload,
    decode_secret,
    parse_webhook_event,
)
from openai.types.webhooks import (
    UnwrapWebhookEvent,
    BatchFailedWebhookEvent,
    BatchExpiredWebhookEvent,
    EvalRunFailedWebhookEvent,
    BatchCancelledWebhookEvent,
    BatchCompletedWebhookEvent,
    ResponseFailedWebhookEvent,
    EvalRunCanceledWebhookEvent,
    EvalRunSucceededWebhookEvent,
    LiveCallIncomingWebhookEvent,
    ResponseCancelledWebhookEvent,
    ResponseCompletedWebhookEvent,
    ResponseIncompleteWebhookEvent,
    FineTuningJobFailedWebhookEvent,
    RealtimeCallIncomingWebhookEvent,
    FineTuningJobCancelledWebhookEvent,
    FineTuningJobSucceededWebhookEvent,
)

NOW = 1_750_000_000
KEY = b"an endpoint secret of 32 bytes!!"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
WEBHOOK_ID = "wh_685342e6c53c8190a1be43f081506c52"
PAYLOAD = json.dumps(
    {
        "id": "evt_685343a1381c819085d44c354e1b330e",
        "type": "batch.completed",
        "created_at": NOW - 10,
        "data": {"id": "batch_abc123"},
        "object": "event",
    }
)


def signature_for(body: Union[str, bytes], *, key: bytes = KEY, webhook_id: str = WEBHOOK_ID, ts: int = NOW) -> str:
    """An independent implementation of the signing scheme (Standard Webhooks, HMAC-SHA256)."""
    raw = body.encode() if isinstance(body, str) else body
    digest = hmac.new(key, f"{webhook_id}.{ts}.".encode() + raw, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def make_headers(body: Union[str, bytes] = PAYLOAD, *, ts: int = NOW, signature: str | None = None) -> Dict[str, str]:
    return {
        "webhook-id": WEBHOOK_ID,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature if signature is not None else signature_for(body, ts=ts),
    }


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> OpenAI:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    return OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1", webhook_secret=SECRET)


@pytest.fixture
def webhooks(client: OpenAI) -> WebhooksMixin:
    return WebhooksMixin(client)


# --- accepted ---------------------------------------------------------------------------------------------


def test_valid_signature_is_accepted(webhooks: WebhooksMixin) -> None:
    assert webhooks.verify_signature(PAYLOAD, make_headers()) is None


def test_signature_matches_the_documented_scheme() -> None:
    assert sign_payload(PAYLOAD, secret=SECRET, webhook_id=WEBHOOK_ID, timestamp=NOW) == signature_for(PAYLOAD)


def test_bytes_payload_is_accepted(webhooks: WebhooksMixin) -> None:
    webhooks.verify_signature(PAYLOAD.encode(), make_headers())


def test_non_ascii_payload_signed_over_utf8(webhooks: WebhooksMixin) -> None:
    body = json.dumps({"type": "batch.completed", "note": "café ☕"}, ensure_ascii=False)
    webhooks.verify_signature(body, make_headers(body))
    webhooks.verify_signature(body.encode("utf-8"), make_headers(body))


@pytest.mark.parametrize(
    "shape",
    ["dict", "upper-case dict", "pairs", "httpx.Headers", "mapping", "http.server message"],
)
def test_header_containers_are_read_case_insensitively(webhooks: WebhooksMixin, shape: str) -> None:
    plain = make_headers()
    headers: HeadersLike
    if shape == "dict":
        headers = plain
    elif shape == "upper-case dict":
        headers = {name.upper(): value for name, value in plain.items()}
    elif shape == "pairs":
        headers = [(name.title(), value) for name, value in plain.items()]
    elif shape == "httpx.Headers":
        headers = httpx.Headers({name.title(): value for name, value in plain.items()})
    elif shape == "mapping":
        headers = _ReadOnlyMapping({name.title(): value for name, value in plain.items()})
    else:
        message = email.message.Message()
        for name, value in plain.items():
            message[name.title()] = value
        headers = message
    webhooks.verify_signature(PAYLOAD, headers)


class _ReadOnlyMapping(Mapping[str, str]):
    def __init__(self, data: Dict[str, str]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_any_of_several_signatures_may_match(webhooks: WebhooksMixin) -> None:
    other = signature_for(PAYLOAD, key=b"some other key")
    webhooks.verify_signature(PAYLOAD, make_headers(signature=f"{other} {signature_for(PAYLOAD)}"))
    webhooks.verify_signature(PAYLOAD, make_headers(signature=f"{signature_for(PAYLOAD)}  {other}"))


def test_signature_entries_without_version_prefix_are_compared_verbatim(webhooks: WebhooksMixin) -> None:
    bare = signature_for(PAYLOAD).removeprefix("v1,")
    webhooks.verify_signature(PAYLOAD, make_headers(signature=bare))


def test_raw_secret_is_used_as_utf8_key(client: OpenAI) -> None:
    raw_secret = "a plain-text secret"
    headers = make_headers(signature=signature_for(PAYLOAD, key=raw_secret.encode()))
    WebhooksMixin(client).verify_signature(PAYLOAD, headers, secret=raw_secret)
    assert decode_secret(raw_secret) == raw_secret.encode()
    assert decode_secret(SECRET) == KEY


def test_timestamps_within_tolerance_in_both_directions_are_accepted(webhooks: WebhooksMixin) -> None:
    for ts in (NOW - 300, NOW + 300):
        webhooks.verify_signature(PAYLOAD, make_headers(ts=ts))


def test_secret_comes_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    client = OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    WebhooksMixin(client).verify_signature(PAYLOAD, make_headers())


def test_explicit_secret_wins_over_client_secret(webhooks: WebhooksMixin) -> None:
    headers = make_headers(signature=signature_for(PAYLOAD, key=b"per-call key"))
    webhooks.verify_signature(PAYLOAD, headers, secret="per-call key")
    with pytest.raises(InvalidWebhookSignatureError):
        webhooks.verify_signature(PAYLOAD, headers)


# --- rejected, each with its own message ------------------------------------------------------------------


def test_tampered_body_is_rejected(webhooks: WebhooksMixin) -> None:
    tampered = PAYLOAD.replace("batch_abc123", "batch_evil")
    with pytest.raises(InvalidWebhookSignatureError, match="signature does not match"):
        webhooks.verify_signature(tampered, make_headers())


def test_wrong_secret_is_rejected(webhooks: WebhooksMixin) -> None:
    wrong = "whsec_" + base64.b64encode(b"not the right key").decode()
    with pytest.raises(InvalidWebhookSignatureError, match="signature does not match"):
        webhooks.verify_signature(PAYLOAD, make_headers(), secret=wrong)


def test_tampered_webhook_id_is_rejected(webhooks: WebhooksMixin) -> None:
    headers = make_headers()
    headers["webhook-id"] = "wh_other"
    with pytest.raises(InvalidWebhookSignatureError, match="signature does not match"):
        webhooks.verify_signature(PAYLOAD, headers)


def test_expired_timestamp_is_rejected(webhooks: WebhooksMixin) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="too old") as info:
        webhooks.verify_signature(PAYLOAD, make_headers(ts=NOW - 301))
    assert "too new" not in str(info.value)


def test_future_timestamp_is_rejected(webhooks: WebhooksMixin) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="too new") as info:
        webhooks.verify_signature(PAYLOAD, make_headers(ts=NOW + 301))
    assert "too old" not in str(info.value)


def test_tolerance_is_configurable(webhooks: WebhooksMixin) -> None:
    webhooks.verify_signature(PAYLOAD, make_headers(ts=NOW - 1000), tolerance=1000)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        webhooks.verify_signature(PAYLOAD, make_headers(ts=NOW - 11), tolerance=10)


@pytest.mark.parametrize("timestamp", ["", "soon", "17500.5", "1e9", "-5"])
def test_malformed_timestamp_is_rejected(webhooks: WebhooksMixin, timestamp: str) -> None:
    headers = make_headers()
    headers["webhook-timestamp"] = timestamp
    with pytest.raises(InvalidWebhookSignatureError, match="Invalid webhook timestamp format"):
        webhooks.verify_signature(PAYLOAD, headers)


@pytest.mark.parametrize("missing", ["webhook-signature", "webhook-timestamp", "webhook-id"])
def test_missing_header_is_an_invalid_signature_error(webhooks: WebhooksMixin, missing: str) -> None:
    headers = make_headers()
    del headers[missing]
    # Still a ValueError with the same message, so callers catching ValueError are unaffected.
    with pytest.raises(InvalidWebhookSignatureError, match=f"^Could not find {missing} header$") as info:
        webhooks.verify_signature(PAYLOAD, headers)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"webhook-id": "  "}, "Invalid webhook-id header: it is empty"),
        ({"webhook-timestamp": ""}, "Invalid webhook timestamp format"),
        ({"webhook-timestamp": "12.5"}, "Invalid webhook timestamp format"),
        ({"webhook-timestamp": "-1"}, "Invalid webhook timestamp format"),
        ({"webhook-signature": ""}, "webhook-signature header: it has no signature entries"),
        ({"webhook-signature": "   "}, "webhook-signature header: it has no signature entries"),
        ({"webhook-signature": "v1,not-base64!!"}, "signature does not match"),
        ({"webhook-signature": "v2,abc v1"}, "signature does not match"),
        ({"webhook-timestamp": str(NOW - 301)}, "too old"),
        ({"webhook-timestamp": str(NOW + 301)}, "too new"),
    ],
)
def test_each_malformed_header_names_the_failed_check(
    webhooks: WebhooksMixin, change: Dict[str, str], message: str
) -> None:
    headers = {**make_headers(), **change}
    with pytest.raises(InvalidWebhookSignatureError, match=message):
        webhooks.verify_signature(PAYLOAD, headers)


def test_body_over_the_size_limit_is_rejected_before_verifying(client: OpenAI) -> None:
    from openai.lib.webhooks import DEFAULT_MAX_BODY_SIZE

    assert DEFAULT_MAX_BODY_SIZE == 1024 * 1024
    big = json.dumps({"type": "batch.completed", "pad": "x" * DEFAULT_MAX_BODY_SIZE})
    with pytest.raises(InvalidWebhookSignatureError, match="too large.*max_body_size"):
        client.webhooks.verify_signature(big, make_headers(big))
    client.webhooks.max_body_size = 2 * DEFAULT_MAX_BODY_SIZE
    client.webhooks.verify_signature(big, make_headers(big))
    small = PAYLOAD.encode()
    client.webhooks.max_body_size = len(small) - 1
    with pytest.raises(InvalidWebhookSignatureError, match=f"{len(small)} bytes"):
        client.webhooks.unwrap(small, make_headers(PAYLOAD))


def test_rejection_messages_are_distinct(webhooks: WebhooksMixin) -> None:
    cases: List[Tuple[str, Dict[str, str]]] = [
        ("tampered", make_headers(PAYLOAD + " ")),
        ("old", make_headers(ts=NOW - 3600)),
        ("new", make_headers(ts=NOW + 3600)),
        ("format", {**make_headers(), "webhook-timestamp": "yesterday"}),
    ]
    messages: set[str] = set()
    for _, headers in cases:
        with pytest.raises(InvalidWebhookSignatureError) as info:
            webhooks.verify_signature(PAYLOAD, headers)
        messages.add(str(info.value).split(":")[0])
    assert len(messages) == len(cases)


def test_missing_secret_names_the_option_and_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    client = OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ValueError, match="webhook_secret") as info:
        WebhooksMixin(client).verify_signature(PAYLOAD, make_headers())
    assert "OPENAI_WEBHOOK_SECRET" in str(info.value)


def test_empty_secret_counts_as_missing(webhooks: WebhooksMixin) -> None:
    with pytest.raises(ValueError, match="OPENAI_WEBHOOK_SECRET"):
        webhooks.verify_signature(PAYLOAD, make_headers(), secret="")


def test_malformed_whsec_secret_is_reported(webhooks: WebhooksMixin) -> None:
    with pytest.raises(ValueError, match="not valid base64"):
        webhooks.verify_signature(PAYLOAD, make_headers(), secret="whsec_***")


def test_signature_error_is_a_value_error_but_not_an_sdk_error() -> None:
    assert issubclass(InvalidWebhookSignatureError, ValueError)
    assert not issubclass(InvalidWebhookSignatureError, OpenAIError)


# --- unwrap -----------------------------------------------------------------------------------------------

SIP_HEADERS = [{"name": "From", "value": "sip:+15551234567@sip.example.com"}]

EVENT_SAMPLES: List[Tuple[type[BaseModel], Dict[str, Any]]] = [
    (BatchCancelledWebhookEvent, {"type": "batch.cancelled", "data": {"id": "batch_abc123"}}),
    (BatchCompletedWebhookEvent, {"type": "batch.completed", "data": {"id": "batch_abc123"}}),
    (BatchExpiredWebhookEvent, {"type": "batch.expired", "data": {"id": "batch_abc123"}}),
    (BatchFailedWebhookEvent, {"type": "batch.failed", "data": {"id": "batch_abc123"}}),
    (EvalRunCanceledWebhookEvent, {"type": "eval.run.canceled", "data": {"id": "evalrun_abc123"}}),
    (EvalRunFailedWebhookEvent, {"type": "eval.run.failed", "data": {"id": "evalrun_abc123"}}),
    (EvalRunSucceededWebhookEvent, {"type": "eval.run.succeeded", "data": {"id": "evalrun_abc123"}}),
    (FineTuningJobCancelledWebhookEvent, {"type": "fine_tuning.job.cancelled", "data": {"id": "ftjob_abc123"}}),
    (FineTuningJobFailedWebhookEvent, {"type": "fine_tuning.job.failed", "data": {"id": "ftjob_abc123"}}),
    (FineTuningJobSucceededWebhookEvent, {"type": "fine_tuning.job.succeeded", "data": {"id": "ftjob_abc123"}}),
    (
        LiveCallIncomingWebhookEvent,
        {"type": "live.call.incoming", "data": {"session_id": "rtc_abc123", "sip_headers": SIP_HEADERS}},
    ),
    (
        RealtimeCallIncomingWebhookEvent,
        {"type": "realtime.call.incoming", "data": {"call_id": "rtc_abc123", "sip_headers": SIP_HEADERS}},
    ),
    (ResponseCancelledWebhookEvent, {"type": "response.cancelled", "data": {"id": "resp_abc123"}}),
    (ResponseCompletedWebhookEvent, {"type": "response.completed", "data": {"id": "resp_abc123"}}),
    (ResponseFailedWebhookEvent, {"type": "response.failed", "data": {"id": "resp_abc123"}}),
    (ResponseIncompleteWebhookEvent, {"type": "response.incomplete", "data": {"id": "resp_abc123"}}),
]


def test_samples_cover_every_event_kind_of_the_union() -> None:
    members = get_args(strip_annotated_type(UnwrapWebhookEvent))
    union_types = {value for member in members for value in literal_values(member.model_fields["type"].annotation)}
    assert union_types == {sample["type"] for _, sample in EVENT_SAMPLES}
    assert len(EVENT_SAMPLES) == 16


@pytest.mark.parametrize(("event_class", "sample"), EVENT_SAMPLES, ids=[s["type"] for _, s in EVENT_SAMPLES])
def test_unwrap_parses_each_event_kind(
    webhooks: WebhooksMixin, event_class: type[BaseModel], sample: Dict[str, Any]
) -> None:
    body = json.dumps({"id": "evt_abc123", "object": "event", "created_at": NOW, **sample})
    event = webhooks.unwrap(body, make_headers(body))
    assert type(event) is event_class
    assert event.type == sample["type"]
    assert event.id == "evt_abc123"
    assert event.created_at == NOW
    assert event.data.to_dict() == sample["data"]


def test_unwrap_exposes_nested_fields(webhooks: WebhooksMixin) -> None:
    body = json.dumps(
        {
            "id": "evt_1",
            "type": "realtime.call.incoming",
            "created_at": NOW,
            "data": {"call_id": "rtc_1", "sip_headers": SIP_HEADERS},
        }
    )
    event = webhooks.unwrap(body.encode(), make_headers(body))
    assert isinstance(event, RealtimeCallIncomingWebhookEvent)
    assert event.data.call_id == "rtc_1"
    assert event.data.sip_headers[0].name == "From"


def test_unwrap_verifies_before_parsing(webhooks: WebhooksMixin) -> None:
    with pytest.raises(InvalidWebhookSignatureError):
        webhooks.unwrap(PAYLOAD, make_headers(ts=NOW - 3600))


def test_unwrap_keeps_unknown_event_kinds(webhooks: WebhooksMixin) -> None:
    body = json.dumps({"id": "evt_9", "type": "brand_new.event", "created_at": NOW, "data": {"x": 1}})
    event: object = webhooks.unwrap(body, make_headers(body))
    assert isinstance(event, BaseModel)
    assert event.to_dict() == {"id": "evt_9", "type": "brand_new.event", "created_at": NOW, "data": {"x": 1}}


def test_unwrap_tolerates_unexpected_field_values(webhooks: WebhooksMixin) -> None:
    body = json.dumps({"id": "evt_2", "type": "batch.failed", "created_at": "not a number", "data": {"id": 7}})
    event = webhooks.unwrap(body, make_headers(body))
    assert isinstance(event, BatchFailedWebhookEvent)
    assert event.created_at == "not a number"  # type: ignore[comparison-overlap]  # loose construction keeps it


def test_unwrap_rejects_a_body_that_is_not_json(webhooks: WebhooksMixin) -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        webhooks.unwrap("{nope", make_headers("{nope"))


def test_parse_requires_an_object() -> None:
    with pytest.raises(ValueError, match="must be a JSON object"):
        parse_webhook_event("[1, 2]")


# --- async client -----------------------------------------------------------------------------------------


def test_async_client_methods_are_synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    client = AsyncOpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1", webhook_secret=SECRET)
    webhooks = AsyncWebhooksMixin(client)
    assert webhooks.verify_signature(PAYLOAD, make_headers()) is None
    event = webhooks.unwrap(PAYLOAD, make_headers())
    assert isinstance(event, BatchCompletedWebhookEvent)
    with pytest.raises(InvalidWebhookSignatureError, match="too new"):
        webhooks.verify_signature(PAYLOAD, make_headers(ts=NOW + 900))
