"""`python -m bot` stopped and started again on one database: server settings are kept."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi

REPO = Path(__file__).resolve().parents[1]
GIVE_UP_AFTER = 60.0
"""Only so a broken bot fails the test instead of hanging it; nothing is timed."""


@asynccontextmanager
async def bot_process(env: dict[str, str], cwd: Path, fake: FakeDiscord) -> AsyncIterator[None]:
    """`python -m bot` until it is connected; stopped with Ctrl-C (SIGINT) when the block ends."""
    fake.gateway.guild_sent.clear()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO), **env},
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(GIVE_UP_AFTER):
            await fake.gateway.guild_sent.wait()
        yield
    finally:
        process.send_signal(signal.SIGINT)
        _, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()


async def settings_command(
    fake: FakeDiscord, subcommand: str, **options: object
) -> InteractionRecord:
    payload = PayloadFactory(fake).slash_command(
        "findvideo-settings", options, subcommand=subcommand, permissions=MODERATOR_PERMISSIONS
    )
    record = await fake.dispatch_interaction(payload)
    async with asyncio.timeout(GIVE_UP_AFTER):
        await record.acknowledged.wait()
    return record


async def test_server_settings_survive_stopping_and_starting_the_bot_process(
    tmp_path: Path,
) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as fake:
        env = {
            "DISCORD_TOKEN": fake.token,
            "DISCORD_API_BASE_URL": fake.rest_base,
            "MEMORIES_API_KEY": memories.api_key,
            "MEMORIES_API_BASE_URL": memories.base_url,
            "DATA_DIR": str(tmp_path / "data"),
        }
        async with bot_process(env, tmp_path, fake):
            saved = await settings_command(fake, "set", min_match=66, platform="youtube")
        async with bot_process(env, tmp_path, fake):
            shown = await settings_command(fake, "show")

    assert saved.callbacks[0].data["embeds"][0]["title"] == "Settings saved"
    lines = shown.callbacks[0].data["embeds"][0]["description"].splitlines()
    assert any("(`min_match`): 66% · *set here*" in line for line in lines)
    assert any("(`platform`): YouTube · *set here*" in line for line in lines)
    assert (tmp_path / "data" / "findvideo.db").exists()
