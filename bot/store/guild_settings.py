"""Per-server settings in SQLite: one row per server, NULL = not set (table `guild_settings`)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from bot.core.guild_settings import SETTING_NAMES, GuildOverrides
from bot.core.scope import SearchScope
from bot.store.database import Database

_BOOLEANS = frozenset({"private", "log_every_search"})
_COLUMNS = ", ".join(SETTING_NAMES)
_PLACEHOLDERS = ", ".join("?" for _ in SETTING_NAMES)
_UPSERT = (
    f"INSERT INTO guild_settings (guild_id, {_COLUMNS}, updated_at) VALUES (?, {_PLACEHOLDERS}, ?) "  # noqa: S608 - column names are constants
    f"ON CONFLICT (guild_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*SETTING_NAMES, "updated_at"))
)


def _to_column(name: str, value: object) -> object:
    if isinstance(value, SearchScope):
        return value.value
    if name in _BOOLEANS and value is not None:
        return int(bool(value))
    return value


def _from_column(name: str, value: object) -> object:
    if value is None:
        return None
    if name == "platform":
        return SearchScope(value)
    if name in _BOOLEANS:
        return bool(value)
    return value


def _overrides(row: sqlite3.Row | None) -> GuildOverrides:
    if row is None:
        return GuildOverrides()
    return GuildOverrides(**{name: _from_column(name, row[name]) for name in SETTING_NAMES})  # type: ignore[arg-type]


class SqliteGuildSettings:
    """`GuildSettingsStore` on the bot's database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def load(self, guild_id: int) -> GuildOverrides:
        row = await self.database.fetch_one(
            f"SELECT {_COLUMNS} FROM guild_settings WHERE guild_id = ?",  # noqa: S608 - constants
            (guild_id,),
        )
        return _overrides(row)

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        values = [_to_column(name, getattr(overrides, name)) for name in SETTING_NAMES]
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        await self.database.execute(_UPSERT, (guild_id, *values, stamp))
