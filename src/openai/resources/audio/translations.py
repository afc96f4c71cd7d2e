# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio.translations` resource: 1 method(s)."""

from __future__ import annotations

from typing import Any, Union, Mapping, cast
from functools import cached_property

from typing_extensions import Literal

from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.audio.translation import Translation
from openai.types.audio.translation_verbose import TranslationVerbose
from openai.types.audio.translation_create_response import TranslationCreateResponse

__all__ = [
    "Translations",
    "AsyncTranslations",
    "TranslationsWithRawResponse",
    "AsyncTranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "AsyncTranslationsWithStreamingResponse",
]


class Translations(SyncAPIResource):
    """Methods of `client.audio.translations`."""

    @cached_property
    def with_raw_response(self) -> TranslationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return TranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranslationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return TranslationsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, Literal["whisper-1"]],
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | Omit = omit,
        temperature: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranslationCreateResponse:
        """
        Translates audio into English.

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga,
              m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We
              recommend an extension-bearing filename and an appropriate content type.

          model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is
              currently available.

          prompt: An optional text to guide the model's style or continue a previous audio segment. The
              [prompt](/docs/guides/speech-to-text#prompting) should be in English.

          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or
              `vtt`.

          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more
              random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model
              will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the
              temperature until certain thresholds are hit.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        cast_to_by_response_format: dict[str, Any] = {
            "verbose_json": TranslationVerbose,
            "text": str,
            "srt": str,
            "vtt": str,
        }
        multipart_body = {
            "file": file,
            "model": model,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return cast(
            "TranslationCreateResponse",
            self._post(
                "/audio/translations",
                body=multipart_body,
                files=multipart_files,
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                    headers={"Content-Type": "multipart/form-data"},
                ),
                cast_to=cast_to_by_response_format.get(
                    response_format if isinstance(response_format, str) else "", Translation
                ),
            ),
        )


class TranslationsWithRawResponse:
    """`Translations` with every method wrapped to return the raw response."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations
        self.create = to_raw_response_wrapper(translations.create)


class TranslationsWithStreamingResponse:
    """`Translations` with every method wrapped to return the streamed response."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations
        self.create = to_streamed_response_wrapper(translations.create)


class AsyncTranslations(AsyncAPIResource):
    """Methods of `async_client.audio.translations`."""

    @cached_property
    def with_raw_response(self) -> AsyncTranslationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranslationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncTranslationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, Literal["whisper-1"]],
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | Omit = omit,
        temperature: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranslationCreateResponse:
        """
        Translates audio into English.

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga,
              m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We
              recommend an extension-bearing filename and an appropriate content type.

          model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is
              currently available.

          prompt: An optional text to guide the model's style or continue a previous audio segment. The
              [prompt](/docs/guides/speech-to-text#prompting) should be in English.

          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or
              `vtt`.

          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more
              random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model
              will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the
              temperature until certain thresholds are hit.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        cast_to_by_response_format: dict[str, Any] = {
            "verbose_json": TranslationVerbose,
            "text": str,
            "srt": str,
            "vtt": str,
        }
        multipart_body = {
            "file": file,
            "model": model,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return cast(
            "TranslationCreateResponse",
            await self._post(
                "/audio/translations",
                body=multipart_body,
                files=multipart_files,
                options=make_request_options(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                    headers={"Content-Type": "multipart/form-data"},
                ),
                cast_to=cast_to_by_response_format.get(
                    response_format if isinstance(response_format, str) else "", Translation
                ),
            ),
        )


class AsyncTranslationsWithRawResponse:
    """`AsyncTranslations` with every method wrapped to return the raw response."""

    def __init__(self, translations: AsyncTranslations) -> None:
        self._translations = translations
        self.create = async_to_raw_response_wrapper(translations.create)


class AsyncTranslationsWithStreamingResponse:
    """`AsyncTranslations` with every method wrapped to return the streamed response."""

    def __init__(self, translations: AsyncTranslations) -> None:
        self._translations = translations
        self.create = async_to_streamed_response_wrapper(translations.create)
