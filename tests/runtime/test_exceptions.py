"""The exception hierarchy, status-code mapping and message rules."""

from __future__ import annotations

import json
import pickle
from typing import AsyncIterator

import httpx
import pytest

from openai._exceptions import (
    APIError,
    OAuthError,
    OpenAIError,
    ConflictError,
    NotFoundError,
    APIRemovedInV1,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    StreamAlreadyConsumed,
    LengthFinishReasonError,
    WebSocketQueueFullError,
    UnprocessableEntityError,
    APIStreamInterruptedError,
    SubjectTokenProviderError,
    APIResponseValidationError,
    MutuallyExclusiveAuthError,
    InvalidWebhookSignatureError,
    ContentFilterFinishReasonError,
    WebSocketConnectionClosedError,
    make_status_error,
    make_status_error_from_response,
    async_make_status_error_from_response,
)

SECRET = "sk-test-SECRET-never-shown"


def _request() -> httpx.Request:
    return httpx.Request("POST", "https://api.example.test/v1/chat", headers={"Authorization": f"Bearer {SECRET}"})


def _response(status: int, content: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=_request())


@pytest.mark.parametrize(
    ("cls", "bases"),
    [
        (APIError, (OpenAIError,)),
        (APIStatusError, (APIError,)),
        (BadRequestError, (APIStatusError,)),
        (AuthenticationError, (APIStatusError,)),
        (OAuthError, (AuthenticationError,)),
        (PermissionDeniedError, (APIStatusError,)),
        (NotFoundError, (APIStatusError,)),
        (ConflictError, (APIStatusError,)),
        (UnprocessableEntityError, (APIStatusError,)),
        (RateLimitError, (APIStatusError,)),
        (InternalServerError, (APIStatusError,)),
        (APIResponseValidationError, (APIError,)),
        (APIConnectionError, (APIError,)),
        (APITimeoutError, (APIConnectionError,)),
        (APIStreamInterruptedError, (APIConnectionError, httpx.TransportError)),
        (LengthFinishReasonError, (OpenAIError,)),
        (ContentFilterFinishReasonError, (OpenAIError,)),
        (StreamAlreadyConsumed, (OpenAIError,)),
        (APIRemovedInV1, (OpenAIError,)),
        (MutuallyExclusiveAuthError, (OpenAIError,)),
        (WebSocketConnectionClosedError, (OpenAIError,)),
        (WebSocketQueueFullError, (OpenAIError,)),
        (SubjectTokenProviderError, (OpenAIError,)),
    ],
)
def test_hierarchy(cls: type[BaseException], bases: tuple[type[BaseException], ...]) -> None:
    for base in bases:
        assert issubclass(cls, base)


def test_webhook_signature_error_is_a_value_error_not_an_sdk_error() -> None:
    assert issubclass(InvalidWebhookSignatureError, ValueError)
    assert not issubclass(InvalidWebhookSignatureError, OpenAIError)


def test_status_error_class_attributes_are_the_literal_codes() -> None:
    assert BadRequestError.status_code == 400
    assert AuthenticationError.status_code == 401
    assert PermissionDeniedError.status_code == 403
    assert NotFoundError.status_code == 404
    assert ConflictError.status_code == 409
    assert UnprocessableEntityError.status_code == 422
    assert RateLimitError.status_code == 429


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
        (402, APIStatusError),
        (405, APIStatusError),
    ],
)
def test_status_mapping(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error_from_response(_response(status, b'{"error": {"message": "x"}}'))
    assert type(error) is cls
    assert error.status_code == status
    assert error.response.status_code == status


def test_json_body_message_and_fields() -> None:
    payload = {"error": {"message": "bad thing", "type": "invalid_request_error", "param": "model", "code": "nope"}}
    response = _response(400, json.dumps(payload).encode(), {"x-request-id": "req_123"})
    error = make_status_error_from_response(response)
    assert error.message == f"Error code: 400 - {payload!r}"
    assert str(error) == error.message
    assert error.body == payload["error"]
    assert error.code == "nope"
    assert error.param == "model"
    assert error.type == "invalid_request_error"
    assert error.request_id == "req_123"
    assert error.request is response.request
    assert error.response is response


def test_json_body_without_error_key_is_kept_whole() -> None:
    error = make_status_error_from_response(_response(422, b'{"detail": "missing"}'))
    assert error.body == {"detail": "missing"}
    assert error.message == "Error code: 422 - {'detail': 'missing'}"
    assert error.code is None and error.param is None and error.type is None


def test_json_list_body() -> None:
    error = make_status_error_from_response(_response(500, b"[1, 2]"))
    assert error.body == [1, 2]
    assert error.message == "Error code: 500 - [1, 2]"
    assert error.code is None


def test_error_value_that_is_not_a_dict_gives_no_code() -> None:
    error = make_status_error_from_response(_response(400, b'{"error": "just a string"}'))
    assert error.body == "just a string"
    assert error.code is None and error.type is None


def test_text_body_message_is_the_text() -> None:
    error = make_status_error_from_response(_response(502, b"  Bad gateway from proxy \n"))
    assert error.message == "Bad gateway from proxy"
    assert error.body == "Bad gateway from proxy"


def test_empty_body_message_is_the_status() -> None:
    error = make_status_error_from_response(_response(503, b"   "))
    assert error.message == "Error code: 503"
    assert error.body == ""


def test_missing_request_id_is_none() -> None:
    assert make_status_error_from_response(_response(404, b"{}")).request_id is None


def test_closed_unread_response_has_no_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        # An iterator body is not buffered by httpx, so closing the response leaves it unread.
        return httpx.Response(500, content=iter([b'{"error": {"message": "boom"}}']))

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.send(client.build_request("GET", "https://api.example.test/x"), stream=True)
        response.close()
    error = make_status_error_from_response(response)
    assert isinstance(error, InternalServerError)
    assert error.body is None
    assert error.message == "Error code: 500"


def test_open_streamed_response_is_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, content=iter([b'{"error": {"message": "slow down", "code": "rate"}}']))

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.send(client.build_request("GET", "https://api.example.test/x"), stream=True)
        error = make_status_error_from_response(response)
    assert isinstance(error, RateLimitError)
    assert error.code == "rate"


async def test_async_helper_reads_an_async_stream() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        async def body() -> AsyncIterator[bytes]:
            yield b'{"error": {"message": "who are you", "type": "auth"}}'

        return httpx.Response(401, content=body())

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        response = await client.send(client.build_request("GET", "https://api.example.test/x"), stream=True)
        error = await async_make_status_error_from_response(response)
    assert isinstance(error, AuthenticationError)
    assert error.type == "auth"
    assert error.message.startswith("Error code: 401 - {'error'")


def test_make_status_error_with_explicit_message_and_body() -> None:
    response = _response(409)
    error = make_status_error(response, {"error": {"code": "conflict"}}, message="custom")
    assert isinstance(error, ConflictError)
    assert error.message == "custom"
    assert error.body == {"code": "conflict"}
    assert error.code == "conflict"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "Error code: 400"),
        ("", "Error code: 400"),
        ("plain", "plain"),
        ({"a": 1}, "Error code: 400 - {'a': 1}"),
    ],
)
def test_make_status_error_default_messages(body: object, message: str) -> None:
    assert make_status_error(_response(400), body).message == message


def test_messages_never_contain_request_headers() -> None:
    response = _response(401, b'{"error": {"message": "Incorrect API key provided"}}')
    error = make_status_error_from_response(response)
    for text in (str(error), repr(error), error.message):
        assert SECRET not in text
    connection_error = APIConnectionError(request=_request())
    assert SECRET not in str(connection_error) and SECRET not in repr(connection_error)
    timeout_error = APITimeoutError(_request())
    assert SECRET not in repr(timeout_error)


def test_connection_errors() -> None:
    request = _request()
    error = APIConnectionError(request=request)
    assert error.message == "Connection error."
    assert str(error) == "Connection error."
    assert error.body is None
    assert error.request is request
    assert not hasattr(error, "status_code")
    assert APIConnectionError(message="custom", request=request).message == "custom"
    timeout = APITimeoutError(request)
    assert timeout.message == "Request timed out."
    assert timeout.body is None


def test_response_validation_error() -> None:
    response = _response(200, b'{"id": 1}')
    error = APIResponseValidationError(response=response, body={"id": 1})
    assert error.message.startswith("Data returned by API invalid")
    assert error.status_code == 200
    assert error.body == {"id": 1}
    assert APIResponseValidationError(response, None, message="other").message == "other"


@pytest.mark.parametrize(
    "cause",
    [
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
        httpx.ReadError("connection reset"),
        httpx.ReadTimeout("read timed out"),
    ],
)
def test_stream_interrupted_error_is_also_the_cause_class(cause: httpx.TransportError) -> None:
    request = _request()
    try:
        try:
            raise cause
        except httpx.TransportError as exc:
            raise APIStreamInterruptedError.from_cause(exc, request) from exc
    except APIStreamInterruptedError as error:
        assert isinstance(error, type(cause))
        assert isinstance(error, APIConnectionError)
        assert isinstance(error, httpx.TransportError)
        assert error.__cause__ is cause
        assert error.request is request
        assert error.body is None
        assert str(cause) in error.message
        assert type(error).__name__ == "APIStreamInterruptedError"


def test_stream_interrupted_variants_are_cached_and_picklable() -> None:
    request = _request()
    first = APIStreamInterruptedError.from_cause(httpx.ReadError("a"), request)
    second = APIStreamInterruptedError.from_cause(httpx.ReadError("b"), request)
    assert type(first) is type(second)
    restored = pickle.loads(pickle.dumps(first))
    assert isinstance(restored, APIStreamInterruptedError)
    assert restored.message == first.message


def test_stream_interrupted_from_non_httpx_cause() -> None:
    error = APIStreamInterruptedError.from_cause(ConnectionResetError("reset"), _request())
    assert type(error) is APIStreamInterruptedError
    assert error.message.endswith("reset")


class _Completion:
    def __init__(self, usage: object) -> None:
        self.usage = usage


def test_length_finish_reason_error() -> None:
    error = LengthFinishReasonError(completion=_Completion(usage={"completion_tokens": 5}))
    assert "length limit" in str(error)
    assert str(error).endswith(" - {'completion_tokens': 5}")
    assert error.completion.usage == {"completion_tokens": 5}  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue] -- test double
    no_usage = LengthFinishReasonError(completion=_Completion(usage=None))
    assert "length limit" in str(no_usage)
    assert " - " not in str(no_usage)


def test_content_filter_error() -> None:
    assert "content filter" in str(ContentFilterFinishReasonError())


def test_removed_in_v1_names_the_symbol() -> None:
    error = APIRemovedInV1(symbol="Completion")
    assert error.symbol == "Completion"
    assert "openai.Completion" in str(error)
    assert "1.0.0" in str(error)


def test_misc_errors_have_messages() -> None:
    assert "mutually exclusive" in str(MutuallyExclusiveAuthError())
    assert "queue is full" in str(WebSocketQueueFullError())
    closed = WebSocketConnectionClosedError(code=1006, reason="abnormal")
    assert closed.code == 1006 and closed.reason == "abnormal"
    assert "1006" in str(closed) and "abnormal" in str(closed)
    assert "already been streamed" in str(StreamAlreadyConsumed())


def test_oauth_error_carries_the_oauth_code() -> None:
    response = _response(401, b'{"error": "invalid_grant", "error_description": "expired"}')
    error = OAuthError("token exchange failed", response=response, body={"error": "invalid_grant"})
    assert error.error == "invalid_grant"
    assert error.status_code == 401
    assert isinstance(error, AuthenticationError)
    explicit = OAuthError("x", response=response, body=None, error="invalid_client")
    assert explicit.error == "invalid_client"
