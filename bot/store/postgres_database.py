"""PostgreSQL behind `Database`: an asyncpg connection pool shared by the process's stores.

Every statement has a deadline (`QUERY_TIMEOUT`), and so has borrowing a connection and opening
one, so a database that went away is a `DatabaseUnreachableError` within seconds, never a hang.
The pool replaces broken connections by itself, so the bot is back as soon as the server is.
The schema's version is one row in `findvideo_schema_version`; migrations run under an advisory
lock, so processes starting together migrate once (the others wait, then find nothing to do).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import urlsplit

import asyncpg

from bot.store.errors import ConstraintError, DatabaseError, DatabaseUnreachableError, QueryError
from bot.store.migrations import Migration, pending_steps, upgrade_failed
from bot.store.queries import Database, Params, PoolStatus, Queries, Row
from bot.store.sql_text import numbered_placeholders

QUERY_TIMEOUT = 5.0
"""Seconds one statement may take before it is abandoned."""
CONNECT_TIMEOUT = 5.0
"""Seconds to open a connection (a borrowed one comes back within `QUERY_TIMEOUT`)."""
RETRY_AFTER = 1.0
"""Seconds during which an unreachable server is not asked again."""
MIGRATION_LOCK = 0x66696E64766964  # "findvid": the advisory lock the migrating process holds
VERSION_TABLE = "findvideo_schema_version"

UNREACHABLE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError,
    asyncpg.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
)


def describe(url: str) -> str:
    """host:port/name of a PostgreSQL URL: where it is, without user or password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}{parts.path or '/'}"


@contextmanager
def _translating() -> Iterator[None]:
    """asyncpg's errors as the store's: unreachable, a constraint, or a failed statement."""
    try:
        yield
    except asyncpg.IntegrityConstraintViolationError as error:
        raise ConstraintError(str(error)) from error
    except UNREACHABLE as error:
        reason = str(error) or type(error).__name__
        raise DatabaseUnreachableError(f"PostgreSQL is unreachable: {reason}") from error
    except asyncpg.PostgresError as error:
        raise QueryError(str(error)) from error


def _changed(status: str) -> int:
    """The row count in a command status ("INSERT 0 3", "DELETE 2"); 0 when it has none."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _Statements(Queries):
    """Statements on one borrowed connection (inside a transaction)."""

    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    async def _execute(self, sql: str, params: Params) -> int:
        with _translating():
            status = await self._connection.execute(numbered_placeholders(sql), *params)
        return _changed(str(status))

    async def _fetch_one(self, sql: str, params: Params) -> Row | None:
        with _translating():
            row: Row | None = await self._connection.fetchrow(numbered_placeholders(sql), *params)
        return row

    async def _fetch_all(self, sql: str, params: Params) -> list[Row]:
        with _translating():
            return list(await self._connection.fetch(numbered_placeholders(sql), *params))

    async def _execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        with _translating():
            await self._connection.executemany(numbered_placeholders(sql), rows)


class PostgresDatabase(Database):
    """The pool: each statement borrows a connection; a transaction keeps one until it ends."""

    engine = "postgresql"

    def __init__(self, pool: asyncpg.Pool, location: str) -> None:
        self._pool = pool
        self.location = location
        self._unreachable_until = 0.0
        self.retry_after = RETRY_AFTER
        """Seconds an unreachable server is not asked again (tests shorten it)."""

    @asynccontextmanager
    async def _borrowed(self) -> AsyncIterator[_Statements]:
        """A connection for one statement or transaction. Once the server was found unreachable,
        callers are told so at once for `retry_after` seconds instead of each trying again (so an
        outage costs a search nothing), then the next caller tries; the pool's connections are
        all replaced, since a restarted server has closed them."""
        if time.monotonic() < self._unreachable_until:
            raise DatabaseUnreachableError(f"PostgreSQL at {self.location} was unreachable")
        try:
            with _translating():  # bounded: statements end within QUERY_TIMEOUT, connects too
                connection = await self._pool.acquire()
            try:
                yield _Statements(connection)
            finally:
                await self._pool.release(connection)
        except DatabaseUnreachableError:
            self._unreachable_until = time.monotonic() + self.retry_after
            await self._pool.expire_connections()
            raise

    async def _execute(self, sql: str, params: Params) -> int:
        async with self._borrowed() as statements:
            return await statements._execute(sql, params)

    async def _fetch_one(self, sql: str, params: Params) -> Row | None:
        async with self._borrowed() as statements:
            return await statements._fetch_one(sql, params)

    async def _fetch_all(self, sql: str, params: Params) -> list[Row]:
        async with self._borrowed() as statements:
            return await statements._fetch_all(sql, params)

    async def _execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        async with self._borrowed() as statements:
            await statements._execute_many(sql, rows)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Queries]:
        async with self._borrowed() as statements:
            with _translating():
                transaction = statements._connection.transaction()
                await transaction.start()
            try:
                yield statements
            except BaseException:
                with _translating():
                    await transaction.rollback()
                raise
            with _translating():
                await transaction.commit()

    async def schema_version(self) -> int:
        row = await self.fetch_one(f"SELECT version FROM {VERSION_TABLE}")  # noqa: S608 - constant
        return int(row[0]) if row else 0

    def pool_status(self) -> PoolStatus:
        size = self._pool.get_size()
        return PoolStatus(size, size - self._pool.get_idle_size(), self._pool.get_max_size())


async def _version(connection: asyncpg.Connection) -> int:
    await connection.execute(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version BIGINT NOT NULL)"
    )
    value = await connection.fetchval(f"SELECT version FROM {VERSION_TABLE}")  # noqa: S608
    if value is None:
        await connection.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (0)")  # noqa: S608
    return int(value or 0)


async def migrate(
    pool: asyncpg.Pool, migrations: Sequence[Migration], *, target: int | None = None
) -> int:
    """Bring the schema to `target` (default: the newest), holding the migration lock."""
    async with pool.acquire(timeout=CONNECT_TIMEOUT) as connection, connection.transaction():
        await connection.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        current = await _version(connection)
        pending = pending_steps(current, migrations, target)
        try:
            for migration in pending:
                await connection.execute(migration.for_postgresql())
        except asyncpg.PostgresError as error:
            raise upgrade_failed(current, error) from error
        if not pending:
            return current
        goal = pending[-1].version
        await connection.execute(f"UPDATE {VERSION_TABLE} SET version = $1", goal)  # noqa: S608
        return goal


async def _end_open_transaction(connection: asyncpg.Connection) -> None:
    """What a connection needs when it goes back to the pool: no transaction left open. (asyncpg's
    default runs a reset query, a round trip after every statement, for session state the bot
    never sets: no LISTEN, no SET, advisory locks only for a transaction.)"""
    if connection.is_in_transaction():
        await connection.execute("ROLLBACK")


async def _pool(url: str, size: int) -> asyncpg.Pool:
    """All `size` connections opened at start: a burst never waits for new ones, and too many
    processes for the server's max_connections fail at start, not mid-burst."""
    try:
        return await asyncpg.create_pool(
            url,
            min_size=size,
            max_size=size,
            timeout=CONNECT_TIMEOUT,
            command_timeout=QUERY_TIMEOUT,
            reset=_end_open_transaction,
        )
    except (*UNREACHABLE, asyncpg.PostgresError) as error:
        reason = str(error) or type(error).__name__
        raise DatabaseError(f"cannot reach PostgreSQL at {describe(url)}: {reason}") from error


@asynccontextmanager
async def open_postgresql(
    url: str, migrations: Sequence[Migration], target: int | None, *, pool_size: int
) -> AsyncIterator[PostgresDatabase]:
    """Connect a pool of up to `pool_size` connections and migrate; closed when the block ends."""
    pool = await _pool(url, pool_size)
    try:
        with _translating():
            await migrate(pool, migrations, target=target)
        yield PostgresDatabase(pool, describe(url))
    finally:
        await _close(pool)


async def _close(pool: asyncpg.Pool) -> None:
    """Close the pool, waiting a little for borrowed connections; then cut what is left."""
    try:
        await asyncio.wait_for(pool.close(), timeout=CONNECT_TIMEOUT)
    except UNREACHABLE:
        pool.terminate()
