"""`python -m bot db copy --from SOURCE --to TARGET`: move a deployment's data to another database
(SQLite to PostgreSQL, or back) without losing a row.

Both databases are first brought to this bot's schema. Every table's rows are copied in one
transaction on the target, then counted and checksummed on both sides: the checksum is the SHA-256
of the sorted digests of the rows, so it is the same whatever order an engine returns rows in.
A target that already holds exactly the source's rows is left alone (running the copy twice is
harmless); a target holding anything else is refused unless `replace` is asked for, which empties
its tables first, in the same transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.store.database import Database, Row, open_database
from bot.store.postgres_database import VERSION_TABLE

COPIED, MISMATCH, REFUSED = 0, 1, 2
"""Exit statuses: all copied and checked; a count or checksum differs; the target was not empty."""


@dataclass(frozen=True)
class TableState:
    """A table's row count and checksum on one side."""

    rows: int
    checksum: str


@dataclass(frozen=True)
class Copy:
    """What `copy_database` found: each table on both sides."""

    source: dict[str, TableState]
    target: dict[str, TableState]

    @property
    def matches(self) -> bool:
        return self.source == self.target


def location(text: str) -> Path | str:
    """A URL as given, or a bare path as a SQLite file."""
    return text if "://" in text else Path(text)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def tables(database: Database) -> list[str]:
    """The bot's tables (never the engine's own, nor the schema version), by name."""
    if database.engine == "sqlite":
        rows = await database.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    else:
        rows = await database.fetch_all(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            " AND table_name <> ?",
            (VERSION_TABLE,),
        )
    return sorted(str(row[0]) for row in rows)


async def columns(database: Database, table: str) -> list[str]:
    if database.engine == "sqlite":
        rows = await database.fetch_all(f"PRAGMA table_info({_quoted(table)})")
        return [str(row["name"]) for row in rows]
    rows = await database.fetch_all(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
        (table,),
    )
    return [str(row[0]) for row in rows]


def _row_digest(row: Row) -> bytes:
    canonical = repr([(type(value).__name__, value) for value in row])
    return hashlib.sha256(canonical.encode()).digest()


def checksum(rows: Sequence[Row]) -> str:
    """The rows' fingerprint, whatever their order (the sorted digests of each row, hashed)."""
    whole = hashlib.sha256()
    for digest in sorted(_row_digest(row) for row in rows):
        whole.update(digest)
    return whole.hexdigest()


async def _read(database: Database, table: str, names: Sequence[str]) -> list[Row]:
    listed = ", ".join(map(_quoted, names))
    return await database.fetch_all(f"SELECT {listed} FROM {_quoted(table)}")  # noqa: S608


async def state(database: Database, layout: dict[str, list[str]]) -> dict[str, TableState]:
    found = {}
    for table, names in layout.items():
        rows = await _read(database, table, names)
        found[table] = TableState(len(rows), checksum(rows))
    return found


async def _write(source: Database, target: Database, layout: dict[str, list[str]]) -> None:
    """Every table's rows, emptied first, in one transaction on the target."""
    async with target.transaction() as transaction:
        for table, names in layout.items():
            await transaction.execute(f"DELETE FROM {_quoted(table)}")  # noqa: S608
            rows = await _read(source, table, names)
            listed = ", ".join(map(_quoted, names))
            marks = ", ".join("?" for _ in names)
            insert = f"INSERT INTO {_quoted(table)} ({listed}) VALUES ({marks})"  # noqa: S608
            await transaction.execute_many(insert, [tuple(row) for row in rows])
    if target.engine == "postgresql":
        await _renumber(target, list(layout))


async def _renumber(target: Database, names: Sequence[str]) -> None:
    """Identity columns continue after the copied ids (PostgreSQL keeps their counters apart)."""
    identities = await target.fetch_all(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND is_identity = 'YES'"
    )
    for table, column in ((str(r[0]), str(r[1])) for r in identities if r[0] in names):
        await target.fetch_one(
            f"SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX({_quoted(column)}), 0) + 1,"  # noqa: S608
            f" false) FROM {_quoted(table)}",
            (table, column),
        )


async def copy_database(source: Database, target: Database, *, replace: bool) -> Copy | None:
    """Copy `source` into `target`; None when the target holds other rows and `replace` is off."""
    layout = {table: await columns(source, table) for table in await tables(source)}
    wanted = await state(source, layout)
    found = await state(target, layout)
    if found == wanted:
        return Copy(wanted, found)
    if any(table.rows for table in found.values()) and not replace:
        return None
    await _write(source, target, layout)
    return Copy(wanted, await state(target, layout))


def report(copy: Copy, say: Callable[[str], None]) -> None:
    """One line per table: rows and checksum on both sides, and whether they match."""
    say(f"{'table':<24} {'rows':>9} {'checksum':<16} {'copied':>9} {'checksum':<16}")
    for table, wanted in copy.source.items():
        got = copy.target[table]
        verdict = "ok" if got == wanted else "DIFFERENT"
        say(
            f"{table:<24} {wanted.rows:>9} {wanted.checksum[:16]:<16}"
            f" {got.rows:>9} {got.checksum[:16]:<16} {verdict}"
        )
    total = sum(table.rows for table in copy.source.values())
    if copy.matches:
        say(f"all {len(copy.source)} tables copied: {total} rows, every count and checksum match")
    else:
        say("the copy does not match the source: see the tables marked DIFFERENT")


async def run_copy(
    source_text: str, target_text: str, *, replace: bool, say: Callable[[str], None]
) -> int:
    """The command: open both, copy, print the report; returns the exit status."""
    async with (
        open_database(location(source_text)) as source,
        open_database(location(target_text)) as target,
    ):
        say(f"copying {source.engine} {source.location} -> {target.engine} {target.location}")
        copy = await copy_database(source, target, replace=replace)
    if copy is None:
        say(
            "the target already holds other data: nothing was copied. Copy into an empty database,"
            " or add --replace to delete the target's rows first."
        )
        return REFUSED
    report(copy, say)
    return COPIED if copy.matches else MISMATCH
