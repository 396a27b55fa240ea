"""The result cache in the database (table `result_cache`): hits as JSON, one row per key."""

from __future__ import annotations

import json

from bot.core.hits import Hit
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.store.database import Database, Row

_PUT = (
    "INSERT INTO result_cache (image_sha256, library, namespace, similarity, hits, stored_at, "
    "expires_at, guild_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (image_sha256, library, namespace) "
    "DO UPDATE SET similarity = excluded.similarity, hits = excluded.hits, "
    "stored_at = excluded.stored_at, expires_at = excluded.expires_at, "
    "guild_id = excluded.guild_id"
)
_GET = (
    "SELECT similarity, hits, stored_at, guild_id FROM result_cache "
    "WHERE image_sha256 = ? AND library = ? AND namespace = ?"
)


def hits_to_json(hits: tuple[Hit, ...]) -> str:
    return json.dumps([hit.__dict__ for hit in hits], separators=(",", ":"))


def hits_from_json(text: str) -> tuple[Hit, ...]:
    return tuple(Hit(**fields) for fields in json.loads(text))


def _key_params(key: CacheKey) -> tuple[str, str, str]:
    return (key.image_sha256, key.library.value, key.namespace)


def _entry(row: Row) -> CachedResult:
    hits = hits_from_json(row["hits"])
    return CachedResult(float(row["similarity"]), hits, row["stored_at"], row["guild_id"])


class SqliteResultCache:
    """`ResultCacheStore` on the bot's database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def get(self, key: CacheKey) -> CachedResult | None:
        row = await self.database.fetch_one(_GET, _key_params(key))
        return None if row is None else _entry(row)

    async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
        expires_at = result.stored_at + ttl_seconds
        hits = hits_to_json(result.hits)
        stored = (result.similarity, hits, result.stored_at, expires_at, result.guild_id)
        params = (*_key_params(key), *stored)
        await self.database.execute(_PUT, params)

    async def purge_expired(self, now: float) -> int:
        return await self.database.execute("DELETE FROM result_cache WHERE expires_at <= ?", (now,))
