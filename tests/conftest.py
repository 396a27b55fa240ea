"""Fixtures shared by the test suite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.stack import Stack, running_stack


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    """The real bot, running against a fake Discord and a fake memories.ai API."""
    async with running_stack(tmp_path) as running:
        yield running
