"""The stores several processes share through a real redis-server. Each client below stands for
one bot process (its own connection); what one writes, the other must read."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import Hit, KeyframeRef
from bot.core.moderation.result_cache import CacheKey, ResultCache
from bot.core.scope import Library
from bot.memories.redis_limiter import account_prefix, connect_redis
from bot.store.redis_shared import (
    KEYFRAME_KEEP_SECONDS,
    RedisBudgetLedger,
    RedisCooldownLog,
    RedisEvidenceStore,
    RedisResultCache,
)
from tests.redis_server import RedisServer

PREFIX = account_prefix("sk-test")
HITS = (Hit("PI-1", "Cat jumps into box", 0.97, 79.0, 80.0, "bucket", "blob.jpg"),)
KEY = CacheKey.of(b"image bytes", Library.TIKTOK, "")
NOW = 1_800_000_000.0


@pytest.fixture
async def two_processes(redis_server: RedisServer) -> AsyncIterator[tuple[aioredis.Redis, ...]]:
    async with AsyncExitStack() as stack:
        yield tuple(
            [await stack.enter_async_context(connect_redis(redis_server.url)) for _ in range(2)]
        )


def answers(redis: aioredis.Redis, now: float = NOW) -> ResultCache:
    return ResultCache(RedisResultCache(redis, PREFIX), ttl_seconds=3600, clock=lambda: now)


async def test_a_result_cached_by_one_process_is_a_hit_in_the_other(two_processes):
    first, second = two_processes
    await answers(first).save(KEY, 0.8, HITS)

    found = await answers(second, NOW + 10).lookup(KEY, 0.85)

    assert found is not None
    assert found.hits == list(HITS)
    assert found.age_seconds == 10


async def test_a_cached_result_expires_in_redis_with_its_time_to_live(two_processes):
    first, _ = two_processes
    await answers(first).save(KEY, 0.8, HITS)

    [name] = await first.keys(f"{PREFIX}:result:*")
    assert 3500 < await first.ttl(name) <= 3600


async def test_another_library_or_a_lower_threshold_is_a_miss(two_processes):
    first, second = two_processes
    await answers(first).save(KEY, 0.8, HITS)

    assert (
        await answers(second).lookup(CacheKey.of(b"image bytes", Library.YOUTUBE, ""), 0.8) is None
    )
    assert await answers(second).lookup(KEY, 0.7) is None


async def test_cooldowns_count_a_members_searches_in_every_process(two_processes):
    first, second = (RedisCooldownLog(redis, PREFIX, window=60) for redis in two_processes)
    await first.record("guild:1:user:2", NOW - 70)  # outside the window by now
    await first.record("guild:1:user:2", NOW - 5)
    await second.record("guild:1:user:2", NOW)

    assert await second.recent("guild:1:user:2", NOW - 60) == [NOW - 5, NOW]
    assert await first.recent("guild:1:user:3", NOW - 60) == []


async def test_a_servers_daily_budget_adds_up_across_processes(two_processes):
    first, second = (RedisBudgetLedger(redis, PREFIX) for redis in two_processes)
    await first.add(1, "2026-12-02", 2)
    await second.add(1, "2026-12-02", 3)

    assert await first.used(1, "2026-12-02") == 5
    assert await second.used(1, "2026-12-03") == 0


class KeyframesOnly:
    """Stands in for the SQLite evidence store (the keyframes' home)."""

    def __init__(self) -> None:
        self.frames: dict[KeyframeRef, bytes] = {}
        self.details: dict[str, VideoDetail] = {}

    async def detail(self, video_no: str) -> VideoDetail | None:
        return self.details.get(video_no)

    async def save_detail(self, detail: VideoDetail) -> None:
        self.details[detail.video_no] = detail

    async def keyframe(self, ref: KeyframeRef) -> bytes | None:
        return self.frames.get(ref)

    async def save_keyframe(self, ref: KeyframeRef, data: bytes) -> None:
        self.frames[ref] = data


async def test_video_details_and_keyframes_are_shared_for_a_while(two_processes, redis_server):
    local = KeyframesOnly()
    first, second = (RedisEvidenceStore(r, PREFIX, local) for r in two_processes)
    published = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    detail = VideoDetail(
        "PI-1", "https://www.tiktok.com/@cat/video/1", "cat", published, 12.5, 3, 1
    )
    await first.save_detail(detail)
    await first.save_keyframe(KeyframeRef("bucket", "blob.jpg"), b"jpeg")

    assert await second.detail("PI-1") == detail
    assert await second.keyframe(KeyframeRef("bucket", "blob.jpg")) == b"jpeg"
    assert local.frames == {}, "kept in Redis (expiring), not in the database"
    ttl = await two_processes[0].ttl(f"{PREFIX}:keyframe:bucket:blob.jpg")
    assert 0 < ttl <= KEYFRAME_KEEP_SECONDS

    await redis_server.stop()
    await first.save_keyframe(KeyframeRef("bucket", "other.jpg"), b"kept")
    assert await first.keyframe(KeyframeRef("bucket", "other.jpg")) == b"kept"
    assert local.frames == {KeyframeRef("bucket", "other.jpg"): b"kept"}, "the database meanwhile"


async def test_without_redis_stores_fall_back_and_warn_once_per_outage(
    two_processes, redis_server, caplog
):
    first, _ = two_processes
    cache, cooldowns = answers(first), RedisCooldownLog(first, PREFIX, window=60)
    await redis_server.stop()

    with caplog.at_level(logging.WARNING, logger="bot.store.redis_shared"):
        await cache.save(KEY, 0.8, HITS)
        assert await cache.lookup(KEY, 0.8) is None  # no cache meanwhile, and no crash
        await cooldowns.record("m", NOW)
        assert await cooldowns.recent("m", NOW - 60) == [NOW]  # counted in this process
        await redis_server.start()
        await cache.save(KEY, 0.8, HITS)
        assert await cache.lookup(KEY, 0.8) is not None

    messages = [record.getMessage() for record in caplog.records]
    assert sum("results are not cached meanwhile" in m for m in messages) == 1
    assert sum("cooldowns are counted per process" in m for m in messages) == 1
    assert any("reachable again" in m for m in messages)
