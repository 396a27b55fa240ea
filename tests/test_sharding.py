"""Sharding with real bot processes against one fake Discord: shard ranges split over processes
(SHARD_COUNT/SHARD_IDS), or every recommended shard in one auto-sharded process."""

from __future__ import annotations

from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import hit
from tests.stack import answered_image


async def until_identified(discord: FakeDiscord, count: int) -> None:
    """Wait for `count` IDENTIFYs in all (discord.py spaces a process's shards 5 s apart)."""
    while len(discord.gateway.identified_shards) < count:
        discord.gateway.identified.clear()
        await discord.gateway.identified.wait()


async def search(bot: BotProcess, discord: FakeDiscord) -> str:
    payloads = PayloadFactory(discord)
    image = payloads.uploaded("cat.png", imagegen.png())
    record = await discord.dispatch_interaction(
        payloads.slash_command("findvideo", {"image": image})
    )
    await bot.answered(record)
    assert record.original is not None
    embed = record.original["embeds"][0]
    return f"{embed['title']} · {answered_image(embed)}"


async def test_two_processes_split_the_shards_and_the_guilds_shard_answers(tmp_path, memories):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with FakeDiscord() as discord:
        serving = (discord.guild_id >> 22) % 2
        async with bot_process(
            discord, memories, tmp_path / "a", SHARD_COUNT="2", SHARD_IDS="0"
        ) as first:
            discord.gateway.identified.clear()
            async with bot_process(
                discord, memories, tmp_path / "b", SHARD_COUNT="2", SHARD_IDS="1"
            ) as second:
                await discord.gateway.guild_sent.wait()
                owner, other = (first, second) if serving == 0 else (second, first)
                title = await search(owner, discord)
                await owner.wait_for_log("bot.search")
                assert "bot.search" not in other.log()

    assert title == "Likely original: TikTok · 97% · cat.png"
    assert sorted(discord.gateway.identified_shards, key=str) == [[0, 2], [1, 2]]
    assert discord.violations == []


async def test_one_process_runs_every_recommended_shard(tmp_path, memories):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with FakeDiscord() as discord:
        discord.recommended_shards = 2
        async with bot_process(discord, memories, tmp_path) as bot:
            await until_identified(discord, 2)
            await discord.gateway.guild_sent.wait()
            title = await search(bot, discord)

    assert title == "Likely original: TikTok · 97% · cat.png"
    assert sorted(discord.gateway.identified_shards, key=str) == [[0, 2], [1, 2]]
