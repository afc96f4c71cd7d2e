# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.fine_tuning.alpha.graders`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from openai.types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse


class TestGraders:
    def test_method_run(self, client: OpenAI) -> None:
        result = client.fine_tuning.alpha.graders.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        )
        assert_matches_type(GraderRunResponse, result, path=["response"])

    def test_method_run_with_all_params(self, client: OpenAI) -> None:
        result = client.fine_tuning.alpha.graders.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
            item={"foo": "string"},
        )
        assert_matches_type(GraderRunResponse, result, path=["response"])

    def test_raw_response_run(self, client: OpenAI) -> None:
        response = client.fine_tuning.alpha.graders.with_raw_response.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(GraderRunResponse, result, path=["response"])

    def test_streaming_response_run(self, client: OpenAI) -> None:
        with client.fine_tuning.alpha.graders.with_streaming_response.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(GraderRunResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_validate(self, client: OpenAI) -> None:
        result = client.fine_tuning.alpha.graders.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        )
        assert_matches_type(GraderValidateResponse, result, path=["response"])

    def test_raw_response_validate(self, client: OpenAI) -> None:
        response = client.fine_tuning.alpha.graders.with_raw_response.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(GraderValidateResponse, result, path=["response"])

    def test_streaming_response_validate(self, client: OpenAI) -> None:
        with client.fine_tuning.alpha.graders.with_streaming_response.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(GraderValidateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncGraders:
    async def test_method_run(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.alpha.graders.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        )
        assert_matches_type(GraderRunResponse, result, path=["response"])

    async def test_method_run_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.alpha.graders.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
            item={"foo": "string"},
        )
        assert_matches_type(GraderRunResponse, result, path=["response"])

    async def test_raw_response_run(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.alpha.graders.with_raw_response.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(GraderRunResponse, result, path=["response"])

    async def test_streaming_response_run(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.alpha.graders.with_streaming_response.run(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(GraderRunResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_validate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.fine_tuning.alpha.graders.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        )
        assert_matches_type(GraderValidateResponse, result, path=["response"])

    async def test_raw_response_validate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.fine_tuning.alpha.graders.with_raw_response.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(GraderValidateResponse, result, path=["response"])

    async def test_streaming_response_validate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.fine_tuning.alpha.graders.with_streaming_response.validate(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(GraderValidateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
