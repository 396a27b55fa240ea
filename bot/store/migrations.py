"""The schema's steps: numbered SQL files in `bot/store/migrations`, one set for both engines.

`NNNN_short_name.sql` is written once, in the portable SQL both engines share (SQLite's spelling of
types; `bot.store.sql_text.postgresql_dialect` turns it into PostgreSQL's). A step whose dialects
really differ ships `NNNN_short_name.postgresql.sql` beside it, used instead on PostgreSQL; a test
checks that both engines end with the same tables, columns and indexes. Every pending step runs in
one transaction with the new version number, so a failed upgrade changes nothing. A step only adds
(tables, columns, rows copied forward): an upgrade never loses data. A file holds plain statements,
no BEGIN/COMMIT of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from bot.store.errors import DatabaseError
from bot.store.sql_text import postgresql_dialect

MIGRATION_FILE = re.compile(
    r"(?P<version>\d{4})_(?P<name>[a-z0-9_]+)(?P<engine>\.postgresql)?\.sql"
)


@dataclass(frozen=True)
class Migration:
    """One step of the schema: version N turns a database at version N-1 into version N."""

    version: int
    name: str
    sql: str
    postgresql_sql: str | None = None
    """This step's own PostgreSQL text, when the translation of `sql` is not enough."""

    def for_postgresql(self) -> str:
        if self.postgresql_sql is not None:
            return self.postgresql_sql
        return postgresql_dialect(self.sql)


def parse_migrations(files: Iterable[tuple[str, str]]) -> list[Migration]:
    """Migrations from (file name, text) pairs, in order; wrong names and gaps are refused."""
    portable: dict[int, tuple[str, str]] = {}
    postgresql: dict[int, str] = {}
    for file_name, sql in files:
        found = MIGRATION_FILE.fullmatch(file_name)
        if found is None:
            raise DatabaseError(f"migration {file_name!r} is not named NNNN_short_name.sql")
        version = int(found["version"])
        if found["engine"]:
            postgresql[version] = sql
        elif version in portable:
            raise DatabaseError(f"two migrations are numbered {version}: renumber the newer one")
        else:
            portable[version] = (found["name"], sql)
    versions = sorted(portable)
    if versions != list(range(1, len(versions) + 1)) or not set(postgresql) <= set(portable):
        raise DatabaseError(f"migrations must be numbered 1, 2, 3… without gaps: {versions}")
    return [Migration(v, *portable[v], postgresql_sql=postgresql.get(v)) for v in versions]


def bundled_migrations() -> list[Migration]:
    """The migrations shipped in `bot/store/migrations`, in order."""
    folder = resources.files("bot.store") / "migrations"
    files = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return parse_migrations(files)


def pending_steps(
    current: int, migrations: Sequence[Migration], target: int | None
) -> list[Migration]:
    """The steps from `current` to `target` (default: the newest); a database newer than these
    migrations (written by a newer bot) is refused, never touched."""
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise DatabaseError(
            f"the database is at schema version {current}, newer than this bot knows ({latest}): "
            "run a newer version of the bot, or restore a backup"
        )
    goal = latest if target is None else target
    return [m for m in migrations if current < m.version <= goal]


def upgrade_failed(current: int, error: BaseException) -> DatabaseError:
    return DatabaseError(f"upgrading the database from schema version {current} failed: {error}")
