"""`python -m bot db copy --from SOURCE --to TARGET`: move a deployment's data to another database
(SQLite to PostgreSQL, or back) without losing a row.

Both databases are first brought to this bot's schema. Every table's rows are copied in one
transaction on the target, then counted and checksummed on both sides: the checksum is the sum of
the rows' SHA-256 digests (modulo 2**256), so it is the same whatever order an engine returns rows
in. A target that already holds exactly the source's rows is left alone (running the copy twice is
harmless); a target holding anything else is refused unless `replace` is asked for, which empties
its tables first, in the same transaction.

Tables are read in pages of `PAGE_SIZE` rows, each page after the last one's key (SQLite's rowid,
PostgreSQL's primary key; never OFFSET, which rereads every earlier row; the server's cursor for a
PostgreSQL table without a key), and each page is written in one batch: memory holds one page
whatever a table's size, and no statement nears PostgreSQL's deadline.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.store.database import Database, Queries, open_database
from bot.store.postgres_database import VERSION_TABLE

COPIED, MISMATCH, REFUSED = 0, 1, 2
"""Exit statuses: all copied and checked; a count or checksum differs; the target was not empty."""

PAGE_SIZE = 2_000
"""Rows read, then written, at a time: a few MB of history rows; of keyframes (the largest rows,
images of tens of KB) some tens of MB."""

Values = tuple[Any, ...]
"""A row's values, in its table's column order."""
Progress = Callable[[str, int], None]
"""Told each table's name and the rows written into it, as each table is done."""
_DIGEST_SPACE = 2**256
_PRIMARY_KEY = (
    "SELECT k.column_name FROM information_schema.table_constraints AS c"
    " JOIN information_schema.key_column_usage AS k ON k.constraint_name = c.constraint_name"
    " AND k.table_schema = c.table_schema AND k.table_name = c.table_name"
    " WHERE c.table_schema = current_schema() AND c.table_name = ?"
    " AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position"
)


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


def _row_digest(row: Iterable[Any]) -> int:
    canonical = repr([(type(value).__name__, value) for value in row])
    return int.from_bytes(hashlib.sha256(canonical.encode()).digest())


def checksum(rows: Iterable[Iterable[Any]], start: str = "0" * 64) -> str:
    """The rows' fingerprint, whatever their order: the sum of their digests, so it is added to a
    page at a time (`start`: the earlier pages') instead of sorting every digest in memory."""
    total = int(start, 16) + sum(_row_digest(row) for row in rows)
    return f"{total % _DIGEST_SPACE:064x}"


async def page_key(database: Database, table: str) -> list[str]:
    """The columns a table's pages follow: on SQLite its rowid (every table of the bot's has one:
    unique, indexed, never NULL, whatever the declared key); on PostgreSQL its primary key
    (composite for most tables), none for a table without one (`evidence_calls`)."""
    if database.engine == "sqlite":
        return ["rowid"]
    return [str(row[0]) for row in await database.fetch_all(_PRIMARY_KEY, (table,))]


def _page_query(table: str, names: Sequence[str], key: Sequence[str], *, first: bool) -> str:
    """The key's columns, then the table's, of the next page: after the last key read (a row
    comparison, which both engines answer from the key's index), in key order."""
    keys = ", ".join(map(_quoted, key))
    after = "" if first else f" WHERE ({keys}) > ({', '.join('?' for _ in key)})"
    listed = ", ".join(map(_quoted, [*key, *names]))
    return f"SELECT {listed} FROM {_quoted(table)}{after} ORDER BY {keys} LIMIT ?"  # noqa: S608


async def _keyset_pages(
    database: Database, table: str, names: Sequence[str], key: Sequence[str], size: int
) -> AsyncGenerator[list[Values], None]:
    last: Values = ()
    while True:
        query = _page_query(table, names, key, first=not last)
        rows = [tuple(row) for row in await database.fetch_all(query, (*last, size))]
        if rows:
            yield [row[len(key) :] for row in rows]
        if len(rows) < size:
            return
        last = rows[-1][: len(key)]


async def _cursor_pages(
    database: Database, table: str, names: Sequence[str], size: int
) -> AsyncGenerator[list[Values], None]:
    """A PostgreSQL table without a primary key has nothing to page on: the server's own cursor
    hands its rows out a page at a time (in one transaction, which only reads)."""
    listed = ", ".join(map(_quoted, names))
    async with database.transaction() as reading:
        await reading.execute(
            f"DECLARE copied_rows NO SCROLL CURSOR FOR SELECT {listed} FROM {_quoted(table)}"  # noqa: S608
        )
        while rows := await reading.fetch_all(f"FETCH FORWARD {int(size)} FROM copied_rows"):
            yield [tuple(row) for row in rows]


async def pages(
    database: Database, table: str, names: Sequence[str], size: int = PAGE_SIZE
) -> AsyncGenerator[list[Values], None]:
    """The table's rows (`names`' values), at most `size` at a time, each row once."""
    key = await page_key(database, table)
    reading = (
        _keyset_pages(database, table, names, key, size)
        if key
        else _cursor_pages(database, table, names, size)
    )
    async with aclosing(reading):
        async for page in reading:
            yield page


async def table_state(
    database: Database, table: str, names: Sequence[str], size: int = PAGE_SIZE
) -> TableState:
    rows, total = 0, checksum(())
    async with aclosing(pages(database, table, names, size)) as reading:
        async for page in reading:
            rows, total = rows + len(page), checksum(page, total)
    return TableState(rows, total)


async def state(
    database: Database, layout: dict[str, list[str]], size: int = PAGE_SIZE
) -> dict[str, TableState]:
    return {
        table: await table_state(database, table, names, size) for table, names in layout.items()
    }


async def _copy_table(
    source: Database, writing: Queries, table: str, names: Sequence[str], size: int
) -> int:
    """The table's rows, a page per batch; returns how many."""
    listed = ", ".join(map(_quoted, names))
    marks = ", ".join("?" for _ in names)
    insert = f"INSERT INTO {_quoted(table)} ({listed}) VALUES ({marks})"  # noqa: S608
    written = 0
    async with aclosing(pages(source, table, names, size)) as reading:
        async for page in reading:
            await writing.execute_many(insert, page)
            written += len(page)
    return written


async def _write(
    source: Database, target: Database, layout: dict[str, list[str]], size: int, told: Progress
) -> None:
    """Every table's rows, emptied first, in one transaction on the target."""
    async with target.transaction() as writing:
        for table, names in layout.items():
            await writing.execute(f"DELETE FROM {_quoted(table)}")  # noqa: S608
            told(table, await _copy_table(source, writing, table, names, size))
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


def _unheard(table: str, rows: int) -> None:
    """Progress nobody asked to hear."""


async def copy_database(
    source: Database,
    target: Database,
    *,
    replace: bool,
    page_size: int = PAGE_SIZE,
    progress: Progress = _unheard,
) -> Copy | None:
    """Copy `source` into `target`; None when the target holds other rows and `replace` is off."""
    layout = {table: await columns(source, table) for table in await tables(source)}
    wanted = await state(source, layout, page_size)
    found = await state(target, layout, page_size)
    if found == wanted:
        return Copy(wanted, found)
    if any(table.rows for table in found.values()) and not replace:
        return None
    await _write(source, target, layout, page_size, progress)
    return Copy(wanted, await state(target, layout, page_size))


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
    source_text: str,
    target_text: str,
    *,
    replace: bool,
    say: Callable[[str], None],
    page_size: int = PAGE_SIZE,
) -> int:
    """The command: open both, copy (a line per table as it is written), print the report;
    returns the exit status."""
    async with (
        open_database(location(source_text)) as source,
        open_database(location(target_text)) as target,
    ):
        say(f"copying {source.engine} {source.location} -> {target.engine} {target.location}")
        copy = await copy_database(
            source,
            target,
            replace=replace,
            page_size=page_size,
            progress=lambda table, rows: say(f"copied {table}: {rows} rows"),
        )
    if copy is None:
        say(
            "the target already holds other data: nothing was copied. Copy into an empty database,"
            " or add --replace to delete the target's rows first."
        )
        return REFUSED
    report(copy, say)
    return COPIED if copy.matches else MISMATCH
