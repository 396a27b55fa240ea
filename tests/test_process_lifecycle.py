"""The bot as an operator runs it: a real process, signals, its HTTP endpoint and JSON logs."""

from __future__ import annotations

import asyncio
import json
import signal

import aiohttp
import pytest

from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import Delay, hit
from tests.redis_server import free_port
from tests.stack import shows_matches

RESTARTING = "The bot is restarting; please try again in a moment."


async def search(bot: BotProcess, name: str = "cat.png") -> InteractionRecord:
    payloads = PayloadFactory(bot.discord)
    image = payloads.uploaded(name, imagegen.png())
    return await bot.discord.dispatch_interaction(
        payloads.slash_command("findvideo", {"image": image})
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_a_signal_lets_the_search_in_flight_finish_refuses_new_ones_and_exits_0(
    tmp_path, memories, sig
):
    release = asyncio.Event()
    memories.script(Delay(release, then=[hit("PI-1", "Cat jumps into box", 79, 0.97)]))
    async with FakeDiscord() as discord, bot_process(discord, memories, tmp_path) as bot:
        in_flight = await search(bot)
        await memories.wait_for_requests(1)  # held by the fake API

        bot.process.send_signal(sig)
        await bot.wait_for_log("shutting down")
        late = await search(bot, "late.png")
        await discord.wait_until(lambda: bool(late.callbacks))
        release.set()
        status = await bot.stop(sig)
        log = bot.log()

    assert status == 0, log
    assert late.ephemeral
    assert late.callbacks[0].data["content"].endswith(RESTARTING)
    assert in_flight.original is not None
    assert shows_matches(in_flight.original["embeds"][0], "cat.png")
    assert len(memories.requests) == 1  # the late search never reached the API
    assert "Traceback" not in log


async def test_health_metrics_and_json_logs_of_a_running_process(tmp_path, memories):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    port = free_port()
    async with (
        FakeDiscord() as discord,
        bot_process(discord, memories, tmp_path, HTTP_PORT=str(port), LOG_FORMAT="json") as bot,
    ):
        record = await search(bot)
        await bot.answered(record)
        await bot.wait_for_log('"logger": "bot.search"')  # counted once the search is complete
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as health:
                health_status = health.status
            async with session.get(f"http://127.0.0.1:{port}/metrics") as metrics:
                exposition = await metrics.text()
        assert await bot.stop() == 0
        lines = bot.log().splitlines()

    assert health_status == 200
    assert 'findvideo_searches_total{library="tiktok",outcome="match"} 1.0' in exposition
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    [search_entry] = [entry for entry in entries if entry["logger"] == "bot.search"]
    assert search_entry["search"]["outcome"] == "match"
    assert all(memories.api_key not in line and discord.token not in line for line in lines)
