"""The image memory on the bot's database (table `image_memory`, migrations 0009 and 0013).

A look-up reads the hashes whose band values are among the query's probes (`bot.core.seen.bands`)
from the four band indexes alone (each holds the hash: no table row is read), keeps those within
the distance, and only then reads the rows of those few. The number of rows stored never enters
the cost, only the number of candidates does (a few hundred at a million hashes).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.seen.bands import (
    BAND_WIDTHS,
    band_probes,
    bands_of,
    hamming,
    to_signed,
    to_unsigned,
)
from bot.core.seen.fingerprint import Fingerprint
from bot.core.seen.memory import DAY_SECONDS, Sighting
from bot.store.database import Database, Row

_COLUMNS = (
    "guild_id, message_id, item, still, channel_id, author_id, posted_at, hash, mirrored, "
    "band0, band1, band2, band3"
)
_INSERT = (
    f"INSERT INTO image_memory ({_COLUMNS}) VALUES ({', '.join('?' * 13)}) "  # noqa: S608 - constants
    "ON CONFLICT (guild_id, message_id, item, still) DO NOTHING"
)
_CHOSEN_DAYS = "SELECT guild_id, memory_days FROM guild_settings WHERE memory_days IS NOT NULL"
_PURGE_SERVER = "DELETE FROM image_memory WHERE guild_id = ? AND posted_at < ?"
_PURGE_OTHERS = (
    "DELETE FROM image_memory WHERE posted_at < ? AND guild_id NOT IN "
    "(SELECT guild_id FROM guild_settings WHERE memory_days IS NOT NULL)"
)
_SELECTED = "guild_id, message_id, item, still, channel_id, author_id, posted_at, hash, mirrored"


def _candidates_query(probe_counts: Sequence[int]) -> str:
    """The candidates' hashes: one SELECT per band, each answered by its own index alone."""
    parts = [
        "SELECT hash FROM image_memory WHERE guild_id = ? "  # noqa: S608 - constants
        f"AND band{band} IN ({', '.join('?' * count)})"
        for band, count in enumerate(probe_counts)
    ]
    return " UNION ALL ".join(parts)


_CANDIDATES_BY_ARRAY = " UNION ALL ".join(
    f"SELECT hash FROM image_memory WHERE guild_id = ? AND band{band} = ANY(?)"  # noqa: S608
    for band in range(len(BAND_WIDTHS))
)
"""PostgreSQL's form: one array parameter per band. Given hundreds of IN values, its planner
expects enough rows to start parallel workers, which costs ten times the look-up itself."""


def _candidates(engine: str, guild_id: int, probes: list[list[int]]) -> tuple[str, list[object]]:
    """The candidates' query for `engine`, with its parameters."""
    params: list[object] = []
    if engine == "postgresql":
        for band in probes:
            params.extend((guild_id, band))
        return _CANDIDATES_BY_ARRAY, params
    for band in probes:
        params.extend((guild_id, *band))
    return _candidates_query([len(band) for band in probes]), params


def _rows_query(count: int) -> str:
    """The rows of the hashes found (through the first band's index)."""
    marks = ", ".join("?" * count)
    return (
        f"SELECT {_SELECTED} FROM image_memory WHERE guild_id = ? "  # noqa: S608 - constants
        f"AND band0 IN ({marks}) AND hash IN ({marks})"
    )


def _row(sighting: Sighting) -> tuple[object, ...]:
    value = sighting.fingerprint.hash
    return (
        sighting.guild_id,
        sighting.message_id,
        sighting.item,
        sighting.still,
        sighting.channel_id,
        sighting.author_id,
        sighting.posted_at,
        to_signed(value),
        to_signed(sighting.fingerprint.mirrored),
        *bands_of(value),
    )


def _sighting(row: Row) -> Sighting:
    fingerprint = Fingerprint(to_unsigned(row["hash"]), to_unsigned(row["mirrored"]))
    return Sighting(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        author_id=row["author_id"],
        posted_at=row["posted_at"],
        fingerprint=fingerprint,
        item=row["item"],
        still=row["still"],
    )


class SqlImageMemory:
    """`SightingStore` on the bot's database (portable SQL, `?` placeholders)."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def add(self, sightings: Sequence[Sighting]) -> None:
        async with self.database.transaction() as connection:
            for sighting in sightings:
                await connection.execute(_INSERT, _row(sighting))

    async def near(self, guild_id: int, value: int, distance: int) -> list[Sighting]:
        close = await self._close_hashes(guild_id, value, distance)
        if not close:
            return []
        bands = [bands_of(found)[0] for found in close]
        hashes = [to_signed(found) for found in close]
        rows = await self.database.fetch_all(_rows_query(len(close)), [guild_id, *bands, *hashes])
        return [_sighting(row) for row in rows if to_unsigned(row["hash"]) in close]

    async def _close_hashes(self, guild_id: int, value: int, distance: int) -> set[int]:
        """The distinct stored hashes within `distance` of `value`, from the indexes alone."""
        query, params = _candidates(self.database.engine, guild_id, band_probes(value, distance))
        candidates = {to_unsigned(row[0]) for row in await self.database.fetch_all(query, params)}
        return {found for found in candidates if hamming(found, value) <= distance}

    async def forget_message(self, guild_id: int, message_id: int) -> int:
        return await self.database.execute(
            "DELETE FROM image_memory WHERE guild_id = ? AND message_id = ?",
            (guild_id, message_id),
        )

    async def forget_server(self, guild_id: int) -> int:
        return await self.database.execute(
            "DELETE FROM image_memory WHERE guild_id = ?", (guild_id,)
        )

    async def purge_expired(self, now: float, default_days: int) -> int:
        chosen = await self.database.fetch_all(_CHOSEN_DAYS)
        removed = 0
        for row in chosen:
            kept_from = now - row["memory_days"] * DAY_SECONDS
            removed += await self.database.execute(_PURGE_SERVER, (row["guild_id"], kept_from))
        kept_from = now - default_days * DAY_SECONDS
        return removed + await self.database.execute(_PURGE_OTHERS, (kept_from,))
