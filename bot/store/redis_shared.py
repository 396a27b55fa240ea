"""What several processes of the bot share through Redis (REDIS_URL): the result cache, video
details and recent keyframes, members' cooldowns and servers' daily budgets.

Everything is keyed under the account's prefix (`bot.memories.redis_limiter.account_prefix`), and
nothing personal or secret is stored: image hashes, hits, public video pages, member and server ids
with times and counts. Redis expires entries itself (a cache entry after its time to live, a
cooldown after its window, a budget day after two days).

A Redis that cannot be reached must not break searches: each store then falls back to a local
stand-in (no cache, this process's own cooldowns and budget counts) and logs once per outage.
"""

from __future__ import annotations

import json
import logging
import math
import uuid
from collections import defaultdict
from dataclasses import asdict
from datetime import datetime
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import Hit, KeyframeRef
from bot.core.moderation.fair_use import COOLDOWN_WINDOW_SECONDS
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.ports import EvidenceStore
from bot.store.cooldowns import MemoryCooldownLog

log = logging.getLogger(__name__)

REDIS_DOWN = (RedisError, OSError)
BUDGET_KEEP_SECONDS = 2 * 86_400
DETAIL_KEEP_SECONDS = 30 * 86_400
KEYFRAME_KEEP_SECONDS = 3600
"""A keyframe is kept an hour: long enough for the repeats and follow-ups of a search (a cached
answer's picture, "all platforms", the mod-log record), short enough that bytes only ever needed
once do not pile up. Redis expires them itself; a later need costs one download again."""


class OutageNotice:
    """Logs the first failure of an outage and the recovery, not every failed call."""

    def __init__(self, shared: str, meanwhile: str) -> None:
        self._shared = shared
        self._meanwhile = meanwhile
        self._down = False

    def failed(self, error: BaseException) -> None:
        if not self._down:
            self._down = True
            log.warning("Redis is unreachable (%s): %s", type(error).__name__, self._meanwhile)

    def worked(self) -> None:
        if self._down:
            self._down = False
            log.warning("Redis is reachable again: %s are shared again", self._shared)


class RedisResultCache:
    """`ResultCacheStore` in Redis: one JSON value per key, expiring with its time to live."""

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = f"{prefix}:result"
        self._outage = OutageNotice("cached results", "results are not cached meanwhile")

    def _key(self, key: CacheKey) -> str:
        return f"{self._prefix}:{key.library.value}:{key.namespace}:{key.image_sha256}"

    async def get(self, key: CacheKey) -> CachedResult | None:
        try:
            raw = await self._redis.get(self._key(key))
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return None
        self._outage.worked()
        return None if raw is None else _result_from_json(raw)

    async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
        ttl = max(math.ceil(ttl_seconds), 1)
        try:
            await self._redis.set(self._key(key), _result_to_json(result), ex=ttl)
        except REDIS_DOWN as error:
            self._outage.failed(error)

    async def purge_expired(self, now: float) -> int:
        return 0  # Redis expires entries itself


def _result_to_json(result: CachedResult) -> str:
    hits = [asdict(hit) for hit in result.hits]
    fields = {"similarity": result.similarity, "at": result.stored_at, "hits": hits}
    return json.dumps(fields | {"guild": result.guild_id})


def _result_from_json(raw: bytes | str) -> CachedResult | None:
    try:
        data = json.loads(raw)
        hits = tuple(Hit(**hit) for hit in data["hits"])
        guild = data.get("guild")
        stored_by = guild if isinstance(guild, int) and not isinstance(guild, bool) else None
        return CachedResult(float(data["similarity"]), hits, float(data["at"]), stored_by)
    except (ValueError, KeyError, TypeError):
        log.warning("ignored an unreadable result cache entry in Redis")
        return None


class RedisCooldownLog:
    """`CooldownLog` in Redis: a sorted set of search times per member, trimmed to the window."""

    def __init__(
        self, redis: aioredis.Redis, prefix: str, window: float = COOLDOWN_WINDOW_SECONDS
    ) -> None:
        self._redis = redis
        self._prefix = f"{prefix}:cooldown"
        self._window = window
        self._local = MemoryCooldownLog(window)
        self._outage = OutageNotice("cooldowns", "cooldowns are counted per process meanwhile")

    async def recent(self, key: str, since: float) -> list[float]:
        try:
            rows: list[Any] = await self._redis.zrangebyscore(
                f"{self._prefix}:{key}", f"({since}", "+inf", withscores=True
            )
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return await self._local.recent(key, since)
        self._outage.worked()
        return sorted(float(score) for _member, score in rows)

    async def record(self, key: str, at: float) -> None:
        await self._local.record(key, at)
        name = f"{self._prefix}:{key}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zadd(name, {f"{at}:{uuid.uuid4().hex[:8]}": at})
                pipe.zremrangebyscore(name, "-inf", at - self._window)
                pipe.expire(name, math.ceil(self._window) + 1)
                await pipe.execute()
        except REDIS_DOWN as error:
            self._outage.failed(error)


class RedisBudgetLedger:
    """`DailyBudgetLedger` in Redis: one counter per server and UTC day."""

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = f"{prefix}:budget"
        self._local: defaultdict[tuple[int, str], int] = defaultdict(int)
        self._outage = OutageNotice(
            "daily budgets", "daily budgets are counted per process meanwhile"
        )

    async def used(self, guild_id: int, day: str) -> int:
        try:
            raw = await self._redis.get(f"{self._prefix}:{guild_id}:{day}")
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return self._local[guild_id, day]
        self._outage.worked()
        return int(raw or 0)

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        self._local[guild_id, day] += calls
        name = f"{self._prefix}:{guild_id}:{day}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incrby(name, calls)
                pipe.expire(name, BUDGET_KEEP_SECONDS)
                await pipe.execute()
        except REDIS_DOWN as error:
            self._outage.failed(error)


class RedisEvidenceStore:
    """`EvidenceStore` in Redis, shared by every process: video details (a month) and keyframes
    (`KEYFRAME_KEEP_SECONDS`: bytes worth keeping only briefly, so a short cache rather than the
    shared database). While Redis is away, `fallback` (the database's store) keeps both."""

    def __init__(self, redis: aioredis.Redis, prefix: str, fallback: EvidenceStore) -> None:
        self._redis = redis
        self._prefix = f"{prefix}:detail"
        self._frames = f"{prefix}:keyframe"
        self._keyframes = fallback
        self._outage = OutageNotice("video details", "video details are kept per process meanwhile")

    async def detail(self, video_no: str) -> VideoDetail | None:
        try:
            raw = await self._redis.get(f"{self._prefix}:{video_no}")
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return await self._keyframes.detail(video_no)
        self._outage.worked()
        return None if raw is None else _detail_from_json(raw)

    async def save_detail(self, detail: VideoDetail) -> None:
        try:
            await self._redis.set(
                f"{self._prefix}:{detail.video_no}", _detail_to_json(detail), ex=DETAIL_KEEP_SECONDS
            )
        except REDIS_DOWN as error:
            self._outage.failed(error)
            await self._keyframes.save_detail(detail)

    async def keyframe(self, ref: KeyframeRef) -> bytes | None:
        try:
            data = await self._redis.get(f"{self._frames}:{ref.bucket}:{ref.blob}")
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return await self._keyframes.keyframe(ref)
        self._outage.worked()
        return data if isinstance(data, bytes) else None

    async def save_keyframe(self, ref: KeyframeRef, data: bytes) -> None:
        key = f"{self._frames}:{ref.bucket}:{ref.blob}"
        try:
            await self._redis.set(key, data, ex=KEYFRAME_KEEP_SECONDS)
        except REDIS_DOWN as error:
            self._outage.failed(error)
            await self._keyframes.save_keyframe(ref, data)


def _detail_to_json(detail: VideoDetail) -> str:
    data: dict[str, Any] = asdict(detail)
    data["published"] = detail.published.isoformat() if detail.published else None
    return json.dumps(data)


def _detail_from_json(raw: bytes | str) -> VideoDetail | None:
    try:
        data = json.loads(raw)
        published = data.pop("published")
        parsed = datetime.fromisoformat(published) if published else None
        return VideoDetail(**data, published=parsed)
    except (ValueError, KeyError, TypeError):
        log.warning("ignored an unreadable video detail in Redis")
        return None
