"""Two bot processes on one account share the result cache, cooldowns and budgets through Redis."""

from __future__ import annotations

from pathlib import Path

from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.redis_server import RedisServer
from tests.stack import bot_on, ephemeral_error, final_embeds


async def test_a_result_found_by_one_process_is_a_cache_hit_in_another(
    tmp_path: Path, memories: FakeMemoriesApi, redis_server: RedisServer
) -> None:
    memories.set_default([hit("PI-1", "Cat found once", 1, 0.9)])
    env = {"REDIS_URL": redis_server.url}
    first_discord, second_discord = FakeDiscord(), FakeDiscord()
    second_discord.guild_id = first_discord.guild_id + 1  # two servers, even within one ms
    async with first_discord, second_discord:
        async with bot_on(memories, first_discord, tmp_path / "one", env) as first:
            await first.slash(image=first.payloads.uploaded("a.png", imagegen.png()))
        async with bot_on(memories, second_discord, tmp_path / "two", env) as second:
            record = await second.slash(image=second.payloads.uploaded("a.png", imagegen.png()))

    assert len(memories.requests) == 1
    footer = final_embeds(record)[0]["footer"]["text"]
    assert "cached" not in footer, "the first search was another server's: that stays private"


async def test_a_members_cooldown_holds_across_processes(
    tmp_path: Path, memories: FakeMemoriesApi, redis_server: RedisServer
) -> None:
    env = {"REDIS_URL": redis_server.url, "DEFAULT_COOLDOWN": "1"}
    async with FakeDiscord() as first_discord, FakeDiscord() as second_discord:
        async with bot_on(memories, first_discord, tmp_path / "one", env) as first:
            member = first.payloads.user_id
            image = first.payloads.uploaded("a.png", imagegen.png(64, 48))
            await first.invoke(first.payloads.slash_command("findvideo", {"image": image}))
        async with bot_on(memories, second_discord, tmp_path / "two", env) as second:
            second.payloads.user_id = member
            other = second.payloads.uploaded("b.png", imagegen.png(80, 60))
            payload = second.payloads.slash_command("findvideo", {"image": other})
            payload["guild_id"] = payload["guild"]["id"] = str(first_discord.guild_id)
            refused = await second.invoke(payload)

    assert "1 search a minute" in ephemeral_error(refused)
    assert len(memories.requests) == 1
