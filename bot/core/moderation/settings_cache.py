"""Every server's settings kept in memory in front of their store, so a command can acknowledge
before any database access.

Whether an answer is private is a server setting, and the acknowledgement (the defer) must say it.
Reading the store first put a database round trip, queued behind every other search's, in front of
the acknowledgement. Instead each server's settings are loaded when the server becomes available
(`warm`) and kept: reads are a dictionary lookup, writes go to the store first and then replace
the copy. Only a command arriving before its server was warmed reads the store.

A server's commands and settings changes all reach the one process that runs its shard, so the
copy cannot go stale behind another process's back.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.ports import GuildSettingsStore


class CachedGuildSettings:
    """A `GuildSettingsStore` that answers reads from memory once a server was loaded."""

    def __init__(self, store: GuildSettingsStore) -> None:
        self.store = store
        self._known: dict[int, GuildOverrides] = {}

    def cached(self, guild_id: int) -> GuildOverrides | None:
        """The server's choices if loaded already (no I/O), else None."""
        return self._known.get(guild_id)

    async def warm(self, guild_id: int) -> None:
        """Load the server's choices now, so its commands never wait for the store."""
        if guild_id not in self._known:
            await self.load(guild_id)

    async def load(self, guild_id: int) -> GuildOverrides:
        known = self._known.get(guild_id)
        if known is not None:
            return known
        loaded = await self.store.load(guild_id)
        return self._known.setdefault(guild_id, loaded)

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        await self.store.save(guild_id, overrides)
        self._known[guild_id] = overrides

    async def update(
        self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
    ) -> tuple[GuildOverrides, GuildOverrides]:
        before, after = await self.store.update(guild_id, change)
        self._known[guild_id] = after
        return before, after

    def forget(self, guild_id: int) -> None:
        """Drop the copy (the bot left the server)."""
        self._known.pop(guild_id, None)
