"""Fixtures shared by the test suite."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.memories_api import FakeMemoriesApi
from tests.postgres_server import PostgresServer
from tests.redis_server import RedisServer
from tests.stack import Stack, running_stack


@pytest.fixture
async def memories() -> AsyncIterator[FakeMemoriesApi]:
    """A fake memories.ai API on 127.0.0.1."""
    async with FakeMemoriesApi() as fake:
        yield fake


@pytest.fixture
async def http_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    """The real bot, running against a fake Discord and a fake memories.ai API."""
    async with running_stack(tmp_path) as running:
        yield running


@pytest.fixture
async def redis_server(tmp_path: Path) -> AsyncIterator[RedisServer]:
    """A real redis-server on a free loopback port, stopped after the test."""
    server = RedisServer(tmp_path)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole session (tests get fresh databases on it)."""
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.remove()


@pytest.fixture
async def postgres_url(postgres_server: PostgresServer) -> AsyncIterator[str]:
    """A fresh, empty database on the session's PostgreSQL server, dropped after the test."""
    url = await postgres_server.fresh_database()
    try:
        yield url
    finally:
        await postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_location(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Path | str]:
    """Where a test's database is, on each engine in turn: a new SQLite file, then a fresh
    PostgreSQL database (pass it to `open_database`)."""
    if request.param == "sqlite":
        yield tmp_path / "findvideo.db"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = await server.fresh_database()
    try:
        yield url
    finally:
        await server.drop_database(url)
