"""The bot's SQLite database: one connection per process, opened once, migrated when opened.

Migrations are numbered SQL files, `bot/store/migrations/NNNN_short_name.sql`, applied in order.
Every pending migration runs in ONE transaction together with the new schema version
(`PRAGMA user_version`), so a failed upgrade leaves the database exactly as it was. A migration only
adds (tables, columns, rows copied forward): an upgrade never loses data. A migration file holds
plain statements, no BEGIN/COMMIT of its own.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

MIGRATION_FILE = re.compile(r"(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql")
Params = Sequence[Any]


class DatabaseError(Exception):
    """The database cannot be used; the message says why, for the operator."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: version N turns a database at version N-1 into version N."""

    version: int
    name: str
    sql: str


def _parse_migrations(files: Iterable[tuple[str, str]]) -> list[Migration]:
    migrations = []
    for file_name, sql in files:
        found = MIGRATION_FILE.fullmatch(file_name)
        if found is None:
            raise DatabaseError(f"migration {file_name!r} is not named NNNN_short_name.sql")
        migrations.append(Migration(int(found["version"]), found["name"], sql))
    migrations.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in migrations]
    if versions != list(range(1, len(migrations) + 1)):
        raise DatabaseError(f"migrations must be numbered 1, 2, 3… without gaps: {versions}")
    return migrations


def bundled_migrations() -> list[Migration]:
    """The migrations shipped in `bot/store/migrations`, in order."""
    folder = resources.files("bot.store") / "migrations"
    files = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return _parse_migrations(files)


async def schema_version(connection: aiosqlite.Connection) -> int:
    async with connection.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


def _upgrade_script(pending: Sequence[Migration]) -> str:
    steps = [f"{m.sql.strip()}\n;\nPRAGMA user_version = {m.version};" for m in pending]
    return "BEGIN IMMEDIATE;\n" + "\n".join(steps) + "\nCOMMIT;\n"


async def migrate(
    connection: aiosqlite.Connection, migrations: Sequence[Migration], *, target: int | None = None
) -> int:
    """Bring the schema to `target` (default: the newest migration); returns the version reached.

    A database newer than these migrations (written by a newer bot) is refused, not touched.
    """
    current = await schema_version(connection)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise DatabaseError(
            f"the database is at schema version {current}, newer than this bot knows ({latest}): "
            "run a newer version of the bot, or restore a backup"
        )
    goal = latest if target is None else target
    pending = [m for m in migrations if current < m.version <= goal]
    if not pending:
        return current
    try:
        await connection.executescript(_upgrade_script(pending))
    except sqlite3.Error as error:
        if connection.in_transaction:
            await connection.execute("ROLLBACK")
        message = f"upgrading the database from schema version {current} failed: {error}"
        raise DatabaseError(message) from error
    return goal


class Database:
    """The one connection, shared by every store; statements never interleave with a transaction.

    aiosqlite runs the connection on its own thread, so the event loop never blocks on disk. The
    lock keeps one coroutine's transaction from swallowing another's statements.
    """

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()
        self.path = path

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement (committed at once); returns the number of rows it changed."""
        async with self._lock, self._connection.execute(sql, params) as cursor:
            return cursor.rowcount

    async def fetch_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        async with self._lock, self._connection.execute(sql, params) as cursor:
            row: sqlite3.Row | None = await cursor.fetchone()
            return row

    async def fetch_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        async with self._lock, self._connection.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Statements on the yielded connection commit together, or not at all on an error."""
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    async def schema_version(self) -> int:
        async with self._lock:
            return await schema_version(self._connection)


async def _connect(path: Path) -> aiosqlite.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(f"cannot open the database at {path}: {error}") from error
    connection.row_factory = sqlite3.Row
    return connection


async def _configure(connection: aiosqlite.Connection, path: Path) -> None:
    try:
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute("PRAGMA foreign_keys = ON")
        await connection.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as error:
        raise DatabaseError(f"{path} is not a usable SQLite database: {error}") from error


@asynccontextmanager
async def open_database(
    path: Path, *, migrations: Sequence[Migration] | None = None, target: int | None = None
) -> AsyncIterator[Database]:
    """Open (creating if needed) and migrate the database at `path`; closed when the block ends.

    `migrations` and `target` are for tests that build an older schema first.
    """
    connection = await _connect(path)
    try:
        await _configure(connection, path)
        chosen = bundled_migrations() if migrations is None else migrations
        await migrate(connection, chosen, target=target)
        yield Database(connection, path)
    finally:
        await connection.close()
