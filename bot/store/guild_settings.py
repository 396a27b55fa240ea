"""Per-server settings in the database: a row per server, NULL = not set (`guild_settings`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.core.moderation.guild_settings import SETTING_NAMES, GuildOverrides, NamespaceTakenError
from bot.core.scope import SearchScope
from bot.store.database import ConstraintError, Database, Row

_BOOLEANS = frozenset({"private", "log_every_search", "image_memory", "cut_borders"})
_COLUMNS = ", ".join(SETTING_NAMES)
_PLACEHOLDERS = ", ".join("?" for _ in SETTING_NAMES)
_UPSERT = (
    f"INSERT INTO guild_settings (guild_id, {_COLUMNS}, updated_at) VALUES (?, {_PLACEHOLDERS}, ?) "  # noqa: S608 - column names are constants
    f"ON CONFLICT (guild_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*SETTING_NAMES, "updated_at"))
)

_SELECT = f"SELECT {_COLUMNS} FROM guild_settings WHERE guild_id = ?"  # noqa: S608 - constants


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


def _overrides(row: Row | None) -> GuildOverrides:
    if row is None:
        return GuildOverrides()
    return GuildOverrides(**{name: _from_column(name, row[name]) for name in SETTING_NAMES})  # type: ignore[arg-type]


class SqliteGuildSettings:
    """`GuildSettingsStore` on the bot's database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def load(self, guild_id: int) -> GuildOverrides:
        return _overrides(await self.database.fetch_one(_SELECT, (guild_id,)))

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        await self.database.execute(_UPSERT, _row(guild_id, overrides))

    async def update(
        self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
    ) -> tuple[GuildOverrides, GuildOverrides]:
        try:
            async with self.database.transaction() as transaction:
                before = _overrides(await transaction.fetch_one(_SELECT, (guild_id,)))
                after = change(before)
                await transaction.execute(_UPSERT, _row(guild_id, after))
        except ConstraintError as error:
            if "private_namespace" in str(error):
                raise NamespaceTakenError from error
            raise
        return before, after


def _row(guild_id: int, overrides: GuildOverrides) -> tuple[object, ...]:
    values = [_to_column(name, getattr(overrides, name)) for name in SETTING_NAMES]
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    return (guild_id, *values, stamp)
