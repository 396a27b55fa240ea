"""The result cache as the search service uses it: look an answer up, keep a new one, expire.

Wraps a `ResultCache` store with the time to live and a wall clock (Unix seconds, since entries
outlive the process).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from bot.core.hits import Hit
from bot.core.moderation.result_cache import CacheAnswer, CachedResult, CacheKey
from bot.core.ports import ResultCache


class CachedAnswers:
    """Fresh entries answer searches at their threshold or a higher one."""

    def __init__(
        self,
        store: ResultCache,
        *,
        ttl_seconds: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.ttl_seconds = ttl_seconds
        self.clock = clock

    async def lookup(
        self, key: CacheKey, similarity: float, guild_id: int | None = None
    ) -> CacheAnswer | None:
        """The hits at `similarity` or above, if a fresh entry covers that threshold (`own` when
        server `guild_id`'s search stored it)."""
        entry = await self.store.get(key)
        if entry is None or not entry.covers(similarity):
            return None
        age = entry.age(self.clock())
        if age >= self.ttl_seconds:
            return None
        return CacheAnswer(entry.hits_at(similarity), age, own=entry.guild_id == guild_id)

    async def save(
        self, key: CacheKey, similarity: float, hits: Sequence[Hit], guild_id: int | None = None
    ) -> None:
        """Keep what the API answered at `similarity` for server `guild_id`'s search (it replaces
        any older entry)."""
        entry = CachedResult(similarity, tuple(hits), self.clock(), guild_id)
        await self.store.put(key, entry, ttl_seconds=self.ttl_seconds)

    async def purge_expired(self) -> int:
        return await self.store.purge_expired(self.clock())
