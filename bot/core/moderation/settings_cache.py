"""Every server's settings kept in memory in front of their store, so a command can acknowledge
before any database access.

Whether an answer is private is a server setting, and the acknowledgement (the defer) must say it.
Reading the store first put a database round trip, queued behind every other search's, in front of
the acknowledgement. Instead each server's settings are loaded when the server becomes available
(`warm`) and kept: reads are a dictionary lookup, writes go to the store first and then replace
the copy. Only a command arriving before its server was warmed reads the store.

With an embedded database (SQLite) a server's commands and settings changes all reach the one
process that owns the file. Several processes sharing one database (PostgreSQL) may serve the
same server at once while shards are laid out anew, and a change made through one must be in force
in the others at once: there (`read_through`) every read goes to the store, which answers reads
concurrently through its pool, and the copy only follows.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.moderation.guild_settings import GuildOverrides, GuildSettings
from bot.core.ports import GuildSettingsStore
from bot.core.request import OperatorDefaults


async def settings_in(
    defaults: OperatorDefaults, store: GuildSettingsStore, guild_id: int | None
) -> GuildSettings:
    """The settings in force in `guild_id`: its stored choices over the operator's defaults."""
    overrides = GuildOverrides() if guild_id is None else await store.load(guild_id)
    return GuildSettings.resolve(guild_id, overrides, defaults)


class CachedGuildSettings:
    """A `GuildSettingsStore` that answers reads from memory once a server was loaded."""

    def __init__(self, store: GuildSettingsStore, *, read_through: bool = False) -> None:
        self.store = store
        self.read_through = read_through
        self._known: dict[int, GuildOverrides] = {}
        self._changes: dict[int, int] = {}
        """Writes through this cache per server (a reload that raced one is dropped)."""

    def cached(self, guild_id: int) -> GuildOverrides | None:
        """The server's choices if loaded already (no I/O), else None."""
        return self._known.get(guild_id)

    async def warm(self, guild_id: int) -> None:
        """Load the server's choices now (again, if known), so its commands never wait for the
        store and a server arriving from another process brings what was set there."""
        changes = self._changes.get(guild_id, 0)
        loaded = await self.store.load(guild_id)
        if self._changes.get(guild_id, 0) == changes:  # else a change written meanwhile wins
            self._known[guild_id] = loaded

    async def load(self, guild_id: int) -> GuildOverrides:
        known = self._known.get(guild_id)
        if known is not None and not self.read_through:
            return known
        await self.warm(guild_id)
        return self._known.get(guild_id) or await self.store.load(guild_id)

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        await self.store.save(guild_id, overrides)
        self._changed(guild_id, overrides)

    async def update(
        self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
    ) -> tuple[GuildOverrides, GuildOverrides]:
        before, after = await self.store.update(guild_id, change)
        self._changed(guild_id, after)
        return before, after

    def _changed(self, guild_id: int, overrides: GuildOverrides) -> None:
        self._known[guild_id] = overrides
        self._changes[guild_id] = self._changes.get(guild_id, 0) + 1

    def forget(self, guild_id: int) -> None:
        """Drop the copy (the bot left the server)."""
        self._known.pop(guild_id, None)
