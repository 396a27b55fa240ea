"""Keeping the fake memories.ai and the client honest: both checked against the project's own
description of the contract (contracts/memories-api.json), and the fake's enforcement of it checked
directly. Nothing here reads a file outside the repository."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any

import aiohttp
import pytest
from jsonschema import Draft202012Validator, ValidationError

from bot.core.images.image_formats import ALLOWED_IMAGE_EXTENSIONS
from bot.core.ports import Lane
from bot.core.scope import Library
from bot.memories import ImageUpload, MemoriesClient
from bot.memories.envelope import error_for_code
from bot.memories.errors import UpstreamUnavailableError
from bot.memories.models import MAX_IMAGE_BYTES, UNIQUE_ID_PATTERN
from tests.contract import contract, operation, schemas, validator
from tests.fakes import memories_api
from tests.fakes.memories_api import (
    DATA_NULL,
    Delay,
    ErrorEnvelope,
    FakeMemoriesApi,
    hit,
    non_envelope_json,
)
from tests.fakes.memories_evidence import video_detail

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
CODES = sorted(schemas()["ErrorCode"]["x-codes"])


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


def private_url(memories: FakeMemoriesApi) -> str:
    return f"{memories.base_url}/search_similar_images"


# The contract itself


def _references(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def test_every_reference_in_the_contract_points_at_something():
    for reference in _references(contract()):
        assert reference.startswith("#/"), reference
        node: Any = contract()
        for step in reference[2:].split("/"):
            assert step in node, f"{reference} does not resolve"
            node = node[step]


@pytest.mark.parametrize("name", sorted(schemas()))
def test_every_schema_in_the_contract_is_valid_json_schema(name):
    validator(name)


@pytest.mark.parametrize(
    ("path", "method", "operation_id"),
    [
        ("/search_public_similar_images", "post", "search_public_similar_images"),
        ("/search_similar_images", "post", "search_similar_images"),
        ("/get_public_video_detail", "get", "get_public_video_detail"),
        ("/download", "get", "download"),
    ],
)
def test_the_contract_describes_every_endpoint_the_bot_calls(path, method, operation_id):
    assert operation(path, method)["operationId"] == operation_id
    assert contract()["openapi"].startswith("3.1")


def test_the_contract_refuses_what_the_api_would_refuse():
    with pytest.raises(ValidationError):
        validator("Similarity").validate("8.5e-01")
    with pytest.raises(ValidationError):
        validator("SearchSuccess").validate({"code": "0000", "data": [{"videoNo": "PI-1"}]})
    with pytest.raises(ValidationError):
        validator("ErrorEnvelope").validate({"code": "0000", "data": None})
    with pytest.raises(ValidationError):
        validator("VideoDetailSuccess").validate({"code": "0000", "data": {"duration": 12}})


def test_a_video_detail_needs_only_its_url():
    validator("VideoDetailSuccess").validate(
        {"code": "0000", "msg": "success", "data": {"video_url": "https://www.tiktok.com/@a/1"}}
    )
    full = {
        "video_url": "https://www.tiktok.com/player/v1/7",
        "blogger_id": "someone",
        "duration": 15,
        "publish_time": 1735689600,
        "view_count": "1200",
        "like_count": 87,
    }
    validator("VideoDetail").validate(full)


# The bot's own rules agree with the contract


def test_the_client_and_the_fake_use_the_contracts_file_rules():
    image_file = schemas()["ImageFile"]
    extensions = frozenset(image_file["x-allowed-extensions"])
    assert ALLOWED_IMAGE_EXTENSIONS == extensions == memories_api.ALLOWED_EXTENSIONS
    assert MAX_IMAGE_BYTES == image_file["x-max-bytes"] == memories_api.MAX_FILE_BYTES


def test_the_client_and_the_fake_know_the_contracts_libraries_and_namespaces():
    libraries = set(schemas()["PublicLibrary"]["enum"])
    assert (
        {library.value for library in Library if library.is_public}
        == libraries
        == memories_api.PUBLIC_TYPES
    )
    assert UNIQUE_ID_PATTERN.pattern.strip("^$") in schemas()["UniqueId"]["pattern"]


@pytest.mark.parametrize("code", CODES)
def test_the_client_has_a_specific_answer_for_every_documented_code(code):
    error = error_for_code(code, "detail")
    assert not (isinstance(error, UpstreamUnavailableError) and "unexpected" in error.detail)


# The fake's answers against the contract


async def test_a_public_success_answer_matches_the_contract(memories, http_session):
    memories.set_default([FULL_HIT, hit("PI-2", "no end time", "32", 0.9)])
    status, body = await post(http_session, public_url(memories), form(), memories.api_key)
    assert status == 200
    assert len(body["data"]) == 2
    validator("SearchSuccess").validate(body)


async def test_a_private_success_answer_and_data_null_match_the_contract(memories, http_session):
    memories.set_default([hit("VI1", "clip.mp4", 0, 0.99)], endpoint="private")
    memories.script([], DATA_NULL)
    fields = {"unique_id": "guild-1"}
    bodies = [
        (await post(http_session, private_url(memories), form(fields), memories.api_key))[1]
        for _ in range(3)
    ]
    assert [body["data"] for body in bodies[:2]] == [[], None]
    assert [item["videoNo"] for item in bodies[2]["data"]] == ["VI1"]
    for body in bodies:
        validator("SearchSuccess").validate(body)


def test_the_hit_helper_writes_every_field_the_contract_names():
    assert set(FULL_HIT) == set(schemas()["Hit"]["properties"])
    validator("Hit").validate(FULL_HIT)
    assert (FULL_HIT["startTime"], FULL_HIT["endTime"]) == ("79", "82")


@pytest.mark.parametrize("code", [*CODES, 429])
async def test_every_error_envelope_of_the_fake_matches_the_contract(memories, http_session, code):
    memories.script(ErrorEnvelope(code))
    status, body = await post(http_session, public_url(memories), form(), memories.api_key)
    assert (status, body["code"], body["failed"]) == (200, code, True)
    validator("ErrorEnvelope").validate(body)


def test_the_fake_has_a_message_for_every_documented_code():
    assert sorted(memories_api._MESSAGES) == CODES


async def test_a_gateways_json_is_not_an_envelope(memories, http_session):
    memories.script(non_envelope_json(404))
    status, body = await post(http_session, public_url(memories), form(), memories.api_key)
    assert status == 404
    validator("NonEnvelopeJson").validate(body)
    assert not validator("ErrorEnvelope").is_valid(body)


# The client's requests against the contract


class _NoLimit:
    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        return None

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return 0.0


def _client(memories: FakeMemoriesApi, session: aiohttp.ClientSession) -> MemoriesClient:
    return MemoriesClient(
        session, api_key=memories.api_key, base_url=memories.base_url, limiter=_NoLimit()
    )


def _as_instance(request: memories_api.ReceivedRequest) -> dict[str, object]:
    assert request.file_name is not None
    assert request.file_content_type is not None
    assert request.content_type == "multipart/form-data"
    extensions = schemas()["ImageFile"]["x-allowed-extensions"]
    assert PurePosixPath(request.file_name).suffix.lower() in extensions
    assert request.file_content_type.startswith("image/")
    return {**request.fields, "file": "<the image>"}


@pytest.mark.parametrize("library", [library for library in Library if library.is_public])
@pytest.mark.parametrize("similarity", [0, 0.00001, 0.85, 1])
async def test_the_clients_public_request_matches_the_contract(
    memories, http_session, library, similarity
):
    image = ImageUpload("frame.webp", "image/webp", PNG)
    await _client(memories, http_session).search_public(
        image, library=library, similarity=similarity
    )
    [request] = memories.requests
    validator("PublicSearchRequest").validate(_as_instance(request))
    assert request.headers["Authorization"] == memories.api_key
    assert memories.violations == []


async def test_the_clients_private_request_matches_the_contract(memories, http_session):
    image = ImageUpload("frame.JPG", "image/jpeg", PNG)
    await _client(memories, http_session).search_private(
        image, unique_id="123456789012345678", similarity=0.9
    )
    [request] = memories.requests
    validator("PrivateSearchRequest").validate(_as_instance(request))
    assert request.path.endswith(operation("/search_similar_images", "post")["operationId"])


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


# The evidence endpoints (video details, downloads): the fake's answers and the client's requests


def _parameter(path: str, name: str) -> Draft202012Validator:
    [parameter] = [p for p in operation(path, "get")["parameters"] if p["name"] == name]
    assert parameter["in"] == "query"
    return Draft202012Validator(parameter["schema"])


async def get_json(http_session: aiohttp.ClientSession, url: str, key: str) -> tuple[int, Any]:
    async with http_session.get(url, headers={"Authorization": key}) as response:
        return response.status, await response.json()


async def test_the_fakes_video_details_match_the_contract(memories, http_session):
    memories.evidence.details["PI-7"] = video_detail("PI-7", "https://www.tiktok.com/@a/video/7")
    base = f"{memories.base_url}/get_public_video_detail?video_no="
    _, found = await get_json(http_session, base + "PI-7", memories.api_key)
    _, unknown = await get_json(http_session, base + "PI-8", memories.api_key)
    validator("VideoDetailSuccess").validate(found)
    validator("ErrorEnvelope").validate(unknown)


async def test_the_fakes_downloads_match_the_contract(memories, http_session):
    memories.evidence.files["kf", "a/b.png"] = PNG
    url = f"{memories.base_url}/download?bucket=kf&blob="
    async with http_session.get(url + "a/b.png", headers={"Authorization": memories.api_key}) as r:
        assert r.content_type.startswith("image/")
        assert await r.read() == PNG
    _, missing = await get_json(http_session, url + "a/c.png", memories.api_key)
    validator("ErrorEnvelope").validate(missing)


async def test_the_clients_evidence_requests_match_the_contract(memories, http_session):
    memories.evidence.details["PI-7"] = video_detail("PI-7", "https://www.tiktok.com/@a/video/7")
    memories.evidence.files["kf", "a/b.png"] = PNG
    client = _client(memories, http_session)
    await client.get_public_video_detail("PI-7")
    assert await client.download("kf", "a/b.png") == PNG
    detail, download = memories.evidence.requests
    _parameter("/get_public_video_detail", "video_no").validate(detail.fields["video_no"])
    for name in ("bucket", "blob"):
        _parameter("/download", name).validate(download.fields[name])
    assert set(detail.fields) == {"video_no"}
    assert set(download.fields) == {"bucket", "blob"}
    assert memories.evidence.violations == []
