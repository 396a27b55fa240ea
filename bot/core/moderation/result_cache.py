"""Repeats are free: what the API answered for an image, kept and reused by filtering.

An entry is keyed by the SHA-256 of the image bytes, the library and (for the private library) its
namespace; never by the attachment URL, which is signed and expires. It remembers the similarity the
API was asked with: hits at a higher threshold are a subset of what it returned, so a search at the
same or a higher threshold is answered by filtering, while a lower one has to ask the API again.
Only hashes and hits are stored, never image bytes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.hits import Hit
from bot.core.scope import Library

if TYPE_CHECKING:
    from bot.core.ports import ResultCacheStore

PUBLIC_NAMESPACE = ""
"""Public libraries are the same for every server, so their answers are shared between servers."""
SIMILARITY_EPSILON = 1e-9


def image_digest(data: bytes) -> str:
    """The cache's name for an image: the hex SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class CacheKey:
    """Which answer: this image, in this library (and this private namespace)."""

    image_sha256: str
    library: Library
    namespace: str

    @classmethod
    def of(cls, data: bytes, library: Library, namespace: str) -> CacheKey:
        return cls.of_digest(image_digest(data), library, namespace)

    @classmethod
    def of_digest(cls, image_sha256: str, library: Library, namespace: str) -> CacheKey:
        """The key for an image known by its hash (a checked image's `sha256`: of the bytes the
        user gave, so a spooled or trimmed upload keys the same as the original)."""
        scoped = namespace if library is Library.PRIVATE else PUBLIC_NAMESPACE
        return cls(image_sha256, library, scoped)


@dataclass(frozen=True)
class CachedResult:
    """The API's answer for one key: every hit at or above `similarity`, stored at `stored_at`
    (Unix seconds) by a search in server `guild_id` (None: outside servers, or not known)."""

    similarity: float
    hits: tuple[Hit, ...]
    stored_at: float
    guild_id: int | None = None

    def covers(self, similarity: float) -> bool:
        """Whether a search at `similarity` can be answered from this entry."""
        return self.similarity <= similarity + SIMILARITY_EPSILON

    def hits_at(self, similarity: float) -> list[Hit]:
        return [hit for hit in self.hits if hit.score >= similarity - SIMILARITY_EPSILON]

    def age(self, now: float) -> float:
        return max(now - self.stored_at, 0.0)


@dataclass(frozen=True)
class CacheAnswer:
    """Hits served from the cache, how old the entry they came from is (seconds), and whether
    the asking server's own search stored it."""

    hits: list[Hit]
    age_seconds: float
    own: bool = True


class ResultCache:
    """The result cache as the search service uses it (a `ResultCacheStore` with a time to live and
    a wall clock, Unix seconds, since entries outlive the process). Fresh entries answer searches
    at their threshold or a higher one."""

    def __init__(
        self,
        store: ResultCacheStore,
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
