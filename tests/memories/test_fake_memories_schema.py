"""Keeping the fake memories.ai honest: its answers and our requests checked against the official
OpenAPI schemas, and its enforcement of the documented contract checked directly."""

from __future__ import annotations

import asyncio
import io
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from jsonschema import Draft202012Validator  # no stubs in dev deps

from bot.core.ports import Lane
from bot.memories import ImageUpload, MemoriesClient, PublicLibrary
from tests.fakes.memories_api import Delay, FakeMemoriesApi, hit

SPEC_PATH = (
    Path(__file__).resolve().parents[3] / "shared" / "spec" / "memories-platform-openapi.json"
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
FULL_HIT = hit(
    "PI-600947902470296459",
    "Sample public video title",
    79,
    0.8631,
    end=82,
    video_bucket="mavi-public-video",
    video_blob="scraper-id.mp4",
    keyframe_bucket="mavi-public-keyframe",
    keyframe_blob="uuid/keyframe-000079.jpg",
)


@pytest.fixture(scope="module")
def schemas() -> Mapping[str, Any]:
    if not SPEC_PATH.is_file():
        pytest.fail(
            f"The memories.ai OpenAPI spec is missing: expected {SPEC_PATH} "
            "(shared/spec/ beside the checkout). It is always there in CI; restore it, "
            "these tests must not be skipped."
        )
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def validator(schemas: Mapping[str, Any], name: str) -> Draft202012Validator:
    Draft202012Validator.check_schema(schemas[name])
    return Draft202012Validator(schemas[name])


def form(
    fields: Mapping[str, str] | None = None,
    file: tuple[str, str, bytes] | None = ("frame.png", "image/png", PNG),
) -> aiohttp.FormData:
    data = aiohttp.FormData(default_to_multipart=True)
    if file is not None:
        data.add_field("file", io.BytesIO(file[2]), filename=file[0], content_type=file[1])
    for name, value in (fields or {}).items():
        data.add_field(name, value)
    return data


async def post(
    http_session: aiohttp.ClientSession,
    url: str,
    data: object,
    authorization: str | None,
) -> tuple[int, Any]:
    headers = {} if authorization is None else {"Authorization": authorization}
    async with http_session.post(url, data=data, headers=headers) as response:
        return response.status, await response.json()


def public_url(memories: FakeMemoriesApi) -> str:
    return f"{memories.base_url}/search_public_similar_images"


# Against the OpenAPI schemas


async def test_a_public_success_answer_matches_the_response_schema(memories, http_session, schemas):
    memories.set_default([FULL_HIT, hit("PI-2", "no end time", "32", 0.9)])
    status, body = await post(http_session, public_url(memories), form(), memories.api_key)
    assert status == 200
    assert len(body["data"]) == 2
    validator(schemas, "SearchSimilarImagesResponse").validate(body)


async def test_the_hit_helper_matches_the_schema_example(schemas):
    example_hit = schemas["SearchSimilarImagesResponse"]["example"]["data"][0]
    assert set(FULL_HIT) == set(example_hit)
    assert (FULL_HIT["startTime"], FULL_HIT["endTime"]) == ("79", "82")


async def test_the_clients_public_request_matches_the_request_schema(
    memories, http_session, schemas
):
    client = MemoriesClient(
        http_session, api_key=memories.api_key, base_url=memories.base_url, limiter=_NoLimit()
    )
    image = ImageUpload("frame.webp", "image/webp", PNG)
    await client.search_public(image, library=PublicLibrary.INSTAGRAM, similarity=0.85)
    [request] = memories.requests
    schema = schemas["SearchSimilarImagesRequest"]
    assert set(request.fields) <= set(schema["properties"])
    assert re.fullmatch(r"\d+\.\d+", request.fields["similarity"])
    instance = {**request.fields, "similarity": float(request.fields["similarity"]), "file": "…"}
    validator(schemas, "SearchSimilarImagesRequest").validate(instance)


class _NoLimit:
    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        return None

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return 0.0


# The fake enforces the contract


async def test_a_success_only_returns_hits_at_or_above_the_similarity(memories, http_session):
    memories.set_default(
        [hit("PI-1", "a", 1, 0.9), hit("PI-2", "b", 2, 0.8), hit("PI-3", "c", 3, 0.85)]
    )
    _, body = await post(
        http_session, public_url(memories), form({"similarity": "0.85"}), memories.api_key
    )
    assert [item["videoNo"] for item in body["data"]] == ["PI-1", "PI-3"]


@pytest.mark.parametrize("authorization", [None, "sk-mavi-wrong", "Bearer {key}"])
async def test_a_wrong_or_bearer_key_gets_0401_with_http_200(memories, http_session, authorization):
    key = None if authorization is None else authorization.format(key=memories.api_key)
    status, body = await post(http_session, public_url(memories), form(), key)
    assert (status, body["code"], body["data"], body["failed"]) == (200, "0401", None, True)


@pytest.mark.parametrize(
    ("fields", "file"),
    [
        ({"type": "VIMEO"}, ("frame.png", "image/png", PNG)),
        ({"similarity": "1.5"}, ("frame.png", "image/png", PNG)),
        ({"similarity": "8.5e-01"}, ("frame.png", "image/png", PNG)),
        ({"similarity": "high"}, ("frame.png", "image/png", PNG)),
        ({}, ("frame.tiff", "image/tiff", PNG)),
        ({}, ("frame.png", "application/octet-stream", PNG)),
        ({}, None),
    ],
    ids=[
        "type",
        "similarity-range",
        "similarity-exponent",
        "similarity-text",
        "ext",
        "ctype",
        "no-file",
    ],
)
async def test_a_contract_violation_gets_0003_and_is_recorded(memories, http_session, fields, file):
    status, body = await post(
        http_session, public_url(memories), form(fields, file), memories.api_key
    )
    assert (status, body["code"]) == (200, "0003")
    assert len(memories.violations) >= 1


async def test_a_body_that_is_not_multipart_gets_0003(memories, http_session):
    data = {"type": "TIKTOK", "similarity": "0.85"}
    _, body = await post(http_session, public_url(memories), data, memories.api_key)
    assert body["code"] == "0003"
    assert "multipart" in memories.violations[0]


async def test_a_file_over_20_mb_gets_0003(memories, http_session):
    too_big = ("frame.png", "image/png", bytes(20 * 1024 * 1024 + 1))
    _, body = await post(http_session, public_url(memories), form(None, too_big), memories.api_key)
    assert body["code"] == "0003"


async def test_scripted_answers_are_used_in_order_and_rejected_requests_use_none(
    memories, http_session
):
    memories.script("0402", [hit("PI-1", "a", 1, 0.9)])
    await post(http_session, public_url(memories), form({"type": "VIMEO"}), memories.api_key)
    codes = [(await post(http_session, public_url(memories), form(), memories.api_key))[1]["code"]]
    codes.append(
        (await post(http_session, public_url(memories), form(), memories.api_key))[1]["code"]
    )
    assert codes == ["0402", "0000"]
    assert memories.pending_script == 0
    assert len(memories.requests) == 3


async def test_the_private_endpoint_has_its_own_default(memories, http_session):
    memories.set_default([hit("VI1", "clip.mp4", 0, 0.99)], endpoint="private")
    url = f"{memories.base_url}/search_similar_images"
    _, body = await post(http_session, url, form({"unique_id": "guild-1"}), memories.api_key)
    assert [item["videoNo"] for item in body["data"]] == ["VI1"]


async def test_a_delayed_answer_is_sent_once_its_event_is_set(memories, http_session):
    go = asyncio.Event()
    memories.script(Delay(go, then=[hit("PI-1", "a", 1, 0.9)]))
    pending = asyncio.create_task(
        post(http_session, public_url(memories), form(), memories.api_key)
    )
    await memories.wait_for_requests(1)
    assert not pending.done()
    go.set()
    _, body = await pending
    assert [item["videoNo"] for item in body["data"]] == ["PI-1"]
