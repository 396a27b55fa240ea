"""The client's evidence calls (video details, keyframe downloads) against the fake API."""

from __future__ import annotations

from datetime import UTC, datetime

import aiohttp
import pytest

from bot.core.ports import Lane
from bot.memories import MemoriesClient, MemoriesError, MisconfiguredError
from bot.memories.details import parse_publish_time, parse_video_detail
from tests import contract, imagegen
from tests.fakes.memories_api import FakeMemoriesApi
from tests.fakes.memories_evidence import video_detail


class LaneRecorder:
    """Grants every permit at once and records which lane asked."""

    def __init__(self) -> None:
        self.lanes: list[Lane] = []

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        self.lanes.append(lane)

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return 0.0


def client_for(
    fake: FakeMemoriesApi, session: aiohttp.ClientSession, limiter: LaneRecorder, key: str = ""
) -> MemoriesClient:
    return MemoriesClient(
        session, api_key=key or fake.api_key, base_url=fake.base_url, limiter=limiter
    )


async def test_video_detail_is_parsed_from_the_documented_fields(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    url = "https://www.tiktok.com/@cat/video/1"
    memories.evidence.details["PI-1"] = video_detail("PI-1", url, creator="catlady")
    limiter = LaneRecorder()

    detail = await client_for(memories, http_session, limiter).get_public_video_detail("PI-1")

    assert detail.url == url
    assert detail.creator == "catlady"
    assert detail.published == datetime.fromtimestamp(1_700_000_000, tz=UTC)
    assert (detail.views, detail.likes, detail.duration_seconds) == (1000, 100, 30)
    assert limiter.lanes == [Lane.EVIDENCE]
    [sent] = memories.evidence.detail_requests
    assert sent.fields == {"video_no": "PI-1"}
    assert sent.headers["Authorization"] == memories.api_key


async def test_a_missing_detail_endpoint_is_an_error(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    memories.evidence.available = False
    client = client_for(memories, http_session, LaneRecorder())

    with pytest.raises(MemoriesError):
        await client.get_public_video_detail("PI-1")


async def test_an_unknown_video_is_an_error(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    with pytest.raises(MemoriesError):
        await client_for(memories, http_session, LaneRecorder()).get_public_video_detail("PI-9")


async def test_a_wrong_key_on_details_is_misconfiguration(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    client = client_for(memories, http_session, LaneRecorder(), key="sk-mavi-wrong")
    with pytest.raises(MisconfiguredError) as caught:
        await client.get_public_video_detail("PI-1")
    assert "sk-mavi-wrong" not in repr(caught.value) + str(caught.value)


async def test_download_returns_the_keyframe_and_keeps_the_blob_slash(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    memories.evidence.files[("kf-bucket", "frames/a b.jpg")] = b"\xff\xd8jpeg"
    limiter = LaneRecorder()

    data = await client_for(memories, http_session, limiter).download("kf-bucket", "frames/a b.jpg")

    assert data == b"\xff\xd8jpeg"
    assert limiter.lanes == [Lane.EVIDENCE]
    assert not memories.evidence.violations
    [sent] = memories.evidence.download_requests
    assert sent.fields == {"bucket": "kf-bucket", "blob": "frames/a b.jpg"}


async def test_a_json_answer_to_a_download_is_an_error(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    with pytest.raises(MemoriesError):
        await client_for(memories, http_session, LaneRecorder()).download("b", "missing/x.jpg")


async def test_an_oversized_download_is_refused(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    memories.evidence.files[("b", "big/x.jpg")] = bytes(300_000)
    client = client_for(memories, http_session, LaneRecorder())
    with pytest.raises(MemoriesError):
        await client.download("b", "big/x.jpg", max_bytes=100_000)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        (1_700_000_000, datetime.fromtimestamp(1_700_000_000, tz=UTC)),
        ("1700000000000", datetime.fromtimestamp(1_700_000_000, tz=UTC)),
        ("2023-11-14 22:13:20", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("2023-11-14T22:13:20Z", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("yesterday", None),
        (None, None),
        (True, None),
    ],
)
def test_publish_times_in_every_seen_shape(wire: object, expected: datetime | None) -> None:
    assert parse_publish_time(wire) == expected


def test_detail_fields_of_the_wrong_type_become_unknown() -> None:
    data = {"video_url": "javascript:alert(1)", "blogger_id": ["x"], "view_count": "many"}
    detail = parse_video_detail("PI-1", data)
    assert (detail.url, detail.creator, detail.views, detail.published) == (None, None, None, None)
    assert parse_video_detail("PI-1", None).url is None


async def test_the_fakes_evidence_answers_follow_the_contract(
    memories: FakeMemoriesApi, http_session: aiohttp.ClientSession
) -> None:
    memories.evidence.details["PI-1"] = video_detail("PI-1", "https://youtu.be/x", published="1")
    memories.evidence.files[("b", "k/1.jpg")] = imagegen.jpeg()
    base, key = memories.base_url, {"Authorization": memories.api_key}
    answers = [
        ("VideoDetailSuccess", f"{base}/get_public_video_detail?video_no=PI-1"),
        ("ErrorEnvelope", f"{base}/get_public_video_detail?video_no=PI-2"),
        ("ErrorEnvelope", f"{base}/download?bucket=b&blob=k/2.jpg"),
    ]
    for schema, url in answers:
        async with http_session.get(url, headers=key) as response:
            contract.validator(schema).validate(await response.json())
    async with http_session.get(f"{base}/download?bucket=b&blob=k/1.jpg", headers=key) as response:
        assert response.content_type == "image/jpeg"
    download = contract.operation("/download", "get")
    assert "image/*" in download["responses"]["200"]["content"]
    assert not memories.evidence.violations
