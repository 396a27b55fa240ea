"""The evidence limits every process shares through Redis (REDIS_URL): the API's 12 keyframe
downloads a minute, and the pause after a details or download endpoint failed.

Without sharing, each process would download 12 keyframes a minute and keep asking an endpoint that
another process already found broken. Redis keeps one sliding window of download times (a Lua
script, Redis's own clock, so the window is the same for every process) and one expiring key per
paused endpoint. While Redis is unreachable each falls back to this process's own stand-in (its
share of the downloads; its own pauses) and logs once.
"""

from __future__ import annotations

import logging
import math
import uuid

import redis.asyncio as aioredis

from bot.core.evidence.evidence import DOWNLOAD_WINDOW_SECONDS, DownloadRate, Pause
from bot.store.redis_shared import REDIS_DOWN, OutageNotice

log = logging.getLogger(__name__)

TAKE_DOWNLOAD = """
local now = redis.call('TIME')
local at = tonumber(now[1]) + tonumber(now[2]) / 1000000
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
    return 0
end
redis.call('ZADD', KEYS[1], at, ARGV[3])
redis.call('EXPIRE', KEYS[1], math.ceil(window) + 1)
return 1
"""


class RedisDownloadRate:
    """`DownloadAllowance` for the whole account: at most `per_minute` in any 60 seconds."""

    def __init__(
        self, redis: aioredis.Redis, prefix: str, per_minute: int, fallback: DownloadRate
    ) -> None:
        self._redis = redis
        self._key = f"{prefix}:keyframe-downloads"
        self.per_minute = per_minute
        self._fallback = fallback
        self._script = redis.register_script(TAKE_DOWNLOAD)
        self._outage = OutageNotice(
            "keyframe downloads", "keyframe downloads are counted per process meanwhile"
        )

    async def take(self) -> bool:
        if self.per_minute <= 0:
            return False
        member = uuid.uuid4().hex
        try:
            taken = await self._script(
                keys=[self._key], args=[self.per_minute, DOWNLOAD_WINDOW_SECONDS, member]
            )
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return await self._fallback.take()
        self._outage.worked()
        return bool(taken)


class RedisPause:
    """`EvidencePause` for the whole account: one expiring key per endpoint."""

    def __init__(self, redis: aioredis.Redis, prefix: str, name: str, seconds: float) -> None:
        self._redis = redis
        self._key = f"{prefix}:pause:{name}"
        self.seconds = seconds
        self._local = Pause(seconds)
        self._outage = OutageNotice(f"the {name} pause", "pauses are kept per process meanwhile")

    async def is_active(self) -> bool:
        if await self._local.is_active():
            return True
        try:
            paused = await self._redis.exists(self._key)
        except REDIS_DOWN as error:
            self._outage.failed(error)
            return False
        self._outage.worked()
        return bool(paused)

    async def begin(self) -> None:
        await self._local.begin()
        if self.seconds <= 0:
            return
        try:
            await self._redis.set(self._key, "1", px=math.ceil(self.seconds * 1000))
        except REDIS_DOWN as error:
            self._outage.failed(error)


def shared_evidence_limits(
    redis: aioredis.Redis, prefix: str, per_minute: int, pause_seconds: float, processes: int
) -> tuple[RedisDownloadRate, tuple[RedisPause, RedisPause]]:
    """The account's download allowance (this process's share of it while Redis is away) and the
    details' and downloads' pauses, shared by every process."""
    share = DownloadRate(max(per_minute // max(processes, 1), 1) if per_minute else 0)
    downloads = RedisDownloadRate(redis, prefix, per_minute, share)
    pauses = (
        RedisPause(redis, prefix, "video-details", pause_seconds),
        RedisPause(redis, prefix, "keyframe-downloads", pause_seconds),
    )
    return downloads, pauses
