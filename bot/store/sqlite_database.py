"""SQLite behind `Database`: one connection per process, WAL mode, the schema in `user_version`.

aiosqlite runs the connection on its own thread, so the event loop never blocks on disk. One lock
keeps a coroutine's transaction from swallowing another's statements.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.store.errors import ConstraintError, DatabaseError, QueryError
from bot.store.migrations import Migration, pending_steps, upgrade_failed
from bot.store.queries import Database, Params, PoolStatus, Queries, Row


def _translated(error: sqlite3.Error) -> QueryError:
    if isinstance(error, sqlite3.IntegrityError):
        return ConstraintError(str(error))
    return QueryError(str(error))


class _Statements(Queries):
    """Statements on the one connection (the caller holds the lock)."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def _execute(self, sql: str, params: Params) -> int:
        try:
            async with self._connection.execute(sql, params) as cursor:
                return cursor.rowcount
        except sqlite3.Error as error:
            raise _translated(error) from error

    async def _fetch_one(self, sql: str, params: Params) -> Row | None:
        try:
            async with self._connection.execute(sql, params) as cursor:
                row: sqlite3.Row | None = await cursor.fetchone()
                return row
        except sqlite3.Error as error:
            raise _translated(error) from error

    async def _fetch_all(self, sql: str, params: Params) -> list[Row]:
        try:
            async with self._connection.execute(sql, params) as cursor:
                return list(await cursor.fetchall())
        except sqlite3.Error as error:
            raise _translated(error) from error

    async def _execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            await self._connection.executemany(sql, rows)
        except sqlite3.Error as error:
            raise _translated(error) from error


class SqliteDatabase(Database):
    """The one connection, shared by every store; statements never interleave with a transaction."""

    engine = "sqlite"

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._connection = connection
        self._statements = _Statements(connection)
        self._lock = asyncio.Lock()
        self.path = path
        self.location = str(path)

    async def _execute(self, sql: str, params: Params) -> int:
        async with self._lock:
            return await self._statements._execute(sql, params)

    async def _fetch_one(self, sql: str, params: Params) -> Row | None:
        async with self._lock:
            return await self._statements._fetch_one(sql, params)

    async def _fetch_all(self, sql: str, params: Params) -> list[Row]:
        async with self._lock:
            return await self._statements._fetch_all(sql, params)

    async def _execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        async with self._lock:
            await self._statements._execute_many(sql, rows)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Queries]:
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._statements
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    async def schema_version(self) -> int:
        async with self._lock:
            return await _schema_version(self._connection)

    def pool_status(self) -> PoolStatus:
        return PoolStatus(size=1, in_use=int(self._lock.locked()), max_size=1)


async def _schema_version(connection: aiosqlite.Connection) -> int:
    async with connection.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


def _upgrade_script(pending: Sequence[Migration]) -> str:
    steps = [f"{m.sql.strip()}\n;\nPRAGMA user_version = {m.version};" for m in pending]
    return "BEGIN IMMEDIATE;\n" + "\n".join(steps) + "\nCOMMIT;\n"


async def migrate(
    connection: aiosqlite.Connection, migrations: Sequence[Migration], *, target: int | None = None
) -> int:
    """Bring the schema to `target` (default: the newest migration); returns the version reached."""
    current = await _schema_version(connection)
    pending = pending_steps(current, migrations, target)
    if not pending:
        return current
    try:
        await connection.executescript(_upgrade_script(pending))
    except sqlite3.Error as error:
        if connection.in_transaction:
            await connection.execute("ROLLBACK")
        raise upgrade_failed(current, error) from error
    return pending[-1].version


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
async def open_sqlite(
    path: Path, migrations: Sequence[Migration], target: int | None
) -> AsyncIterator[SqliteDatabase]:
    """Open (creating if needed) and migrate the SQLite file at `path`."""
    connection = await _connect(path)
    try:
        await _configure(connection, path)
        await migrate(connection, migrations, target=target)
        yield SqliteDatabase(connection, path)
    finally:
        await connection.close()
