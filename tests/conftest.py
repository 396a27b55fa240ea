"""Fixtures shared by the test suite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.memories_api import FakeMemoriesApi
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
