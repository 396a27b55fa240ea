"""The database opens, migrates in order, keeps data across upgrades, and refuses what it must, on
each engine: SQLite (a file) and PostgreSQL (a real server)."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.store.database import (
    ConstraintError,
    Database,
    DatabaseError,
    Migration,
    bundled_migrations,
    open_database,
    parse_migrations,
)
from tests.redis_server import free_port

NOTES_V1 = Migration(1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);")
NOTES_V2 = Migration(2, "note_author", "ALTER TABLE notes ADD COLUMN author TEXT;")
BROKEN_V2 = Migration(
    2, "half_done", "CREATE TABLE tags (name TEXT);\nINSERT INTO no_such_table VALUES (1);"
)
LATEST = bundled_migrations()[-1].version


async def table_names(database: Database) -> set[str]:
    if database.engine == "sqlite":
        rows = await database.fetch_all("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        rows = await database.fetch_all(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    return {row[0] for row in rows}


async def test_an_empty_file_is_created_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "findvideo.db"

    async with open_database(path) as database:
        [mode] = await database.fetch_all("PRAGMA journal_mode")

    assert path.exists()
    assert mode[0] == "wal"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST


async def test_a_new_database_is_brought_to_the_newest_schema(
    database_location: Path | str,
) -> None:
    async with open_database(database_location) as database:
        assert await database.schema_version() == LATEST
        assert "guild_settings" in await table_names(database)


@pytest.mark.parametrize("previous", range(1, LATEST + 1))
async def test_every_schema_version_upgrades_to_the_newest_keeping_its_settings(
    database_location: Path | str, previous: int
) -> None:
    async with open_database(database_location, target=previous) as database:
        await database.execute(
            "INSERT INTO guild_settings (guild_id, min_match, updated_at) VALUES (?, ?, ?)",
            (42, 70, "2026-01-01T00:00:00+00:00"),
        )

    async with open_database(database_location) as database:
        row = await database.fetch_one("SELECT min_match FROM guild_settings WHERE guild_id = 42")
        version = await database.schema_version()

    assert row is not None
    assert row["min_match"] == 70
    assert version == LATEST


async def test_an_upgrade_keeps_the_rows_of_the_previous_version(
    database_location: Path | str,
) -> None:
    async with open_database(database_location, migrations=[NOTES_V1]) as database:
        await database.execute("INSERT INTO notes (body) VALUES ('kept')")

    async with open_database(database_location, migrations=[NOTES_V1, NOTES_V2]) as database:
        await database.execute("UPDATE notes SET author = 'mod'")
        rows = await database.fetch_all("SELECT body, author FROM notes")
        version = await database.schema_version()

    assert [tuple(row) for row in rows] == [("kept", "mod")]
    assert version == 2


async def test_a_failing_migration_leaves_the_database_as_it_was(
    database_location: Path | str,
) -> None:
    async with open_database(database_location, migrations=[NOTES_V1]) as database:
        await database.execute("INSERT INTO notes (body) VALUES ('kept')")

    with pytest.raises(DatabaseError, match="from schema version 1 failed"):
        async with open_database(database_location, migrations=[NOTES_V1, BROKEN_V2]):
            pass

    async with open_database(database_location, migrations=[NOTES_V1]) as database:
        assert await database.schema_version() == 1
        assert len(await database.fetch_all("SELECT body FROM notes")) == 1
        assert "tags" not in await table_names(database)


async def test_a_database_from_a_newer_bot_is_refused_untouched(
    database_location: Path | str,
) -> None:
    async with open_database(database_location, migrations=[NOTES_V1, NOTES_V2]):
        pass

    with pytest.raises(DatabaseError, match="newer than this bot knows"):
        async with open_database(database_location, migrations=[NOTES_V1]):
            pass


async def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "findvideo.db"
    path.write_bytes(b"this is not sqlite" * 100)

    with pytest.raises(DatabaseError, match=r"findvideo\.db"):
        async with open_database(path):
            pass


async def test_an_unreachable_postgresql_is_named_in_the_error() -> None:
    url = f"postgresql://bot:secret-password@127.0.0.1:{free_port()}/findvideo"

    where = r"cannot reach PostgreSQL at 127\.0\.0\.1:\d+/findvideo"
    with pytest.raises(DatabaseError, match=where) as raised:
        async with open_database(url):
            pass

    assert "secret-password" not in str(raised.value)


async def _interrupted_insert(database: Database) -> None:
    async with database.transaction() as transaction:
        await transaction.execute("INSERT INTO notes (body) VALUES ('lost')")
        raise RuntimeError("interrupted")


async def test_a_transaction_that_fails_writes_nothing(database_location: Path | str) -> None:
    async with open_database(database_location, migrations=[NOTES_V1]) as database:
        with pytest.raises(RuntimeError):
            await _interrupted_insert(database)

        assert await database.fetch_all("SELECT body FROM notes") == []


async def test_processes_starting_together_migrate_once(postgres_url: str) -> None:
    """Without the migration lock, the second CREATE TABLE would fail: it already exists."""

    async def start() -> int:
        async with open_database(postgres_url, pool_size=2) as database:
            return await database.schema_version()

    assert await asyncio.gather(*(start() for _ in range(4))) == [LATEST] * 4


async def test_a_postgresql_file_replaces_the_translation_of_its_step(postgres_url: str) -> None:
    [step] = parse_migrations(
        [
            ("0001_notes.sql", "CREATE TABLE notes (body TEXT) STRICT;"),
            ("0001_notes.postgresql.sql", "CREATE TABLE notes (body VARCHAR(10));"),
        ]
    )

    async with open_database(postgres_url, migrations=[step]) as database:
        row = await database.fetch_one(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'notes'"
        )

    assert row is not None
    assert row["data_type"] == "character varying"


def test_migration_files_must_be_numbered_without_gaps() -> None:
    with pytest.raises(DatabaseError, match="without gaps"):
        parse_migrations([("0001_a.sql", ""), ("0003_c.sql", "")])
    with pytest.raises(DatabaseError, match="NNNN_short_name"):
        parse_migrations([("1-guilds.sql", "")])
    with pytest.raises(DatabaseError, match="two migrations are numbered 1"):
        parse_migrations([("0001_a.sql", ""), ("0001_b.sql", "")])


def test_the_shipped_migrations_start_at_one_and_have_no_gaps() -> None:
    versions = [migration.version for migration in bundled_migrations()]

    assert versions == list(range(1, len(versions) + 1))


async def test_private_library_names_become_one_name_whatever_their_case(
    database_location: Path | str,
) -> None:
    path = database_location
    insert = "INSERT INTO guild_settings (guild_id, private_namespace, updated_at) VALUES (?, ?, ?)"
    async with open_database(path, target=7) as database:
        await database.execute(insert, (1, "Team", "2026-01-01"))
        await database.execute(insert, (2, "team", "2026-01-02"))

    async with open_database(path) as database:
        rows = await database.fetch_all(
            "SELECT guild_id, private_namespace FROM guild_settings ORDER BY guild_id"
        )
        with pytest.raises(ConstraintError, match="private_namespace"):
            await database.execute(insert, (3, "TEAM", "2026-01-03"))

    assert [tuple(row) for row in rows] == [(1, "Team"), (2, None)], "the later server goes back"
