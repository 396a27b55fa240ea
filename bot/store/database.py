"""The bot's database, whichever engine holds it: SQLite (embedded, the default) or PostgreSQL.

`DATABASE_URL` chooses: `sqlite:///path` (one file, one process; the default, from DATABASE_PATH)
or `postgresql://user:password@host:port/name` (one database for every process of the bot).
Stores speak only to `Database`: `execute`, `fetch_one`, `fetch_all` and `transaction`, with `?`
placeholders (turned into PostgreSQL's `$n` in one place, `bot.store.sql_text`), values always
passed as parameters, never formatted into the text. Rows read by column name or position.

Opening a database migrates it (`bot.store.migrations`): every pending step in one transaction;
on PostgreSQL under an advisory lock, so processes starting together migrate once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from bot.store.errors import (
    ConstraintError,
    DatabaseError,
    DatabaseUnreachableError,
    QueryError,
)
from bot.store.migrations import Migration, bundled_migrations, parse_migrations
from bot.store.postgres_database import open_postgresql
from bot.store.queries import Database, Params, PoolStatus, Queries, Row
from bot.store.sqlite_database import open_sqlite

__all__ = [
    "ConstraintError",
    "Database",
    "DatabaseError",
    "DatabaseUnreachableError",
    "Migration",
    "Params",
    "PoolStatus",
    "Queries",
    "QueryError",
    "Row",
    "bundled_migrations",
    "open_database",
    "parse_migrations",
]

DEFAULT_POOL_SIZE = 10


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///path` URL (`sqlite:////abs/path` for an absolute one), or None."""
    if not url.startswith("sqlite:///"):
        return None
    return Path(url.removeprefix("sqlite:///"))


def is_postgresql_url(url: str) -> bool:
    return urlsplit(url).scheme in {"postgresql", "postgres"}


@asynccontextmanager
async def open_database(
    where: Path | str,
    *,
    migrations: Sequence[Migration] | None = None,
    target: int | None = None,
    pool_size: int = DEFAULT_POOL_SIZE,
) -> AsyncIterator[Database]:
    """Open (creating if needed) and migrate the database at `where`: a path (SQLite), a
    `sqlite:///` URL or a `postgresql://` URL. Closed when the block ends.

    `migrations` and `target` are for tests that build an older schema first.
    """
    chosen = bundled_migrations() if migrations is None else migrations
    path = where if isinstance(where, Path) else sqlite_path(where)
    if path is not None:
        async with open_sqlite(path, chosen, target) as database:
            yield database
        return
    assert isinstance(where, str)  # noqa: S101 - a Path went to SQLite above
    if not is_postgresql_url(where):
        raise DatabaseError("DATABASE_URL must start with sqlite:/// or postgresql://")
    async with open_postgresql(where, chosen, target, pool_size=pool_size) as database:
        yield database
