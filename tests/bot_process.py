"""The real bot as a separate process (`python -m bot run`), pointed at fakes on 127.0.0.1.

For what needs real processes: several bots sharing one account through Redis, signals, exit codes.
The bot reaches FakeDiscord through DISCORD_API_BASE_URL and DISCORD_GATEWAY_URL, and memories.ai
through MEMORIES_API_BASE_URL. Its log is read as it comes (`lines`, `wait_for_log`).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi

START_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    discord: FakeDiscord
    lines: list[str] = field(default_factory=list)
    _grew: asyncio.Condition = field(default_factory=asyncio.Condition)

    def log(self) -> str:
        return "".join(self.lines)

    async def wait_for_log(self, text: str, count: int = 1) -> None:
        """Return once the bot has logged `count` lines containing `text`."""
        async with asyncio.timeout(START_TIMEOUT), self._grew:
            await self._grew.wait_for(lambda: self.log().count(text) >= count)

    async def read_output(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            async with self._grew:
                self.lines.append(line.decode(errors="replace"))
                self._grew.notify_all()

    async def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        """Send `sig`, wait for the exit, return the exit status."""
        if self.process.returncode is None:
            self.process.send_signal(sig)
        async with asyncio.timeout(STOP_TIMEOUT):
            return await self.process.wait()

    async def answered(self, record: InteractionRecord) -> None:
        """Wait until the bot has put its final answer (embeds or content) in @original."""
        await self.discord.wait_until(lambda: _finished(record))


def _finished(record: InteractionRecord) -> bool:
    original = record.original
    if original is None or not record.original_edits:
        return bool(record.followups)
    return bool(original.get("embeds")) or bool(record.followups)


def bot_environment(
    discord: FakeDiscord, memories: FakeMemoriesApi, data_dir: Path, extra: Mapping[str, str]
) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONUNBUFFERED": "1",
        "DISCORD_TOKEN": discord.token,
        "DISCORD_API_BASE_URL": discord.rest_base,
        "DISCORD_GATEWAY_URL": discord.gateway_url,
        "MEMORIES_API_KEY": memories.api_key,
        "MEMORIES_API_BASE_URL": memories.base_url,
        "QUEUE_NOTICE_SECONDS": "600",
        "DATA_DIR": str(data_dir),
        **extra,
    }


@asynccontextmanager
async def bot_process(
    discord: FakeDiscord, memories: FakeMemoriesApi, workdir: Path, **extra: str
) -> AsyncIterator[BotProcess]:
    """Start the bot, wait until it identified on the fake gateway; kill it if still running."""
    _make_dir(workdir)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "bot", "run"),
        cwd=workdir,
        env=bot_environment(discord, memories, workdir / "data", extra),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    running = BotProcess(process, discord)
    reader = asyncio.create_task(running.read_output())
    try:
        await _until_identified(running)
        yield running
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await reader


def _make_dir(workdir: Path) -> None:
    workdir.mkdir(parents=True, exist_ok=True)


async def _until_identified(running: BotProcess) -> None:
    identified = asyncio.create_task(running.discord.gateway.identified.wait())
    exited = asyncio.create_task(running.process.wait())
    done, _ = await asyncio.wait(
        {identified, exited}, timeout=START_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
    )
    identified.cancel()
    exited.cancel()
    if identified not in done:
        raise AssertionError(f"the bot process did not connect; its log:\n{running.log()}")
