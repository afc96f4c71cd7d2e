# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.skills.versions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.skills.skill_version import SkillVersion
from openai.types.skills.deleted_skill_version import DeletedSkillVersion


class TestVersions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.skills.versions.create("skill_id")
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.skills.versions.create("skill_id", files=b"raw file contents", default=True)
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.create("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.create("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            client.skills.versions.with_raw_response.create("")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.skills.versions.retrieve("version", skill_id="skill_id")
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.retrieve("version", skill_id="skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.retrieve("version", skill_id="skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_version(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `version`"):
            client.skills.versions.with_raw_response.retrieve("", skill_id="skill_id")

    def test_path_params_retrieve_skill_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            client.skills.versions.with_raw_response.retrieve("version", skill_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.skills.versions.list("skill_id")
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.skills.versions.list("skill_id", limit=0, order="asc", after="string")
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.list("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.list("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            client.skills.versions.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.skills.versions.delete("version", skill_id="skill_id")
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.delete("version", skill_id="skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.delete("version", skill_id="skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(DeletedSkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_version(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `version`"):
            client.skills.versions.with_raw_response.delete("", skill_id="skill_id")

    def test_path_params_delete_skill_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            client.skills.versions.with_raw_response.delete("version", skill_id="")


class TestAsyncVersions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.create("skill_id")
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.create("skill_id", files=b"raw file contents", default=True)
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.create("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.create("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            await async_client.skills.versions.with_raw_response.create("")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.retrieve("version", skill_id="skill_id")
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.retrieve("version", skill_id="skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.retrieve(
            "version", skill_id="skill_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_version(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `version`"):
            await async_client.skills.versions.with_raw_response.retrieve("", skill_id="skill_id")

    async def test_path_params_retrieve_skill_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            await async_client.skills.versions.with_raw_response.retrieve("version", skill_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.list("skill_id")
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.list("skill_id", limit=0, order="asc", after="string")
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.list("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.list("skill_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            await async_client.skills.versions.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.delete("version", skill_id="skill_id")
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.delete("version", skill_id="skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.delete(
            "version", skill_id="skill_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(DeletedSkillVersion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_version(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `version`"):
            await async_client.skills.versions.with_raw_response.delete("", skill_id="skill_id")

    async def test_path_params_delete_skill_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            await async_client.skills.versions.with_raw_response.delete("version", skill_id="")
