"""Per-server settings, end to end: stored choices shape searches, and survive a restart."""

from __future__ import annotations

from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.scope import SearchScope
from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.stack import Stack, bot_on, final_embeds

STRICT_YOUTUBE = GuildOverrides(platform=SearchScope.YOUTUBE, min_match=92, private=True)


async def test_the_servers_settings_shape_a_search_without_options(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, STRICT_YOUTUBE)
    stack.memories.set_default([hit("PI-1", "Cat", 3, 0.95)])

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    [request] = stack.memories.requests
    assert request.fields["type"] == "YOUTUBE"
    assert request.fields["similarity"] == "0.92"
    assert record.ephemeral
    assert final_embeds(record)


async def test_options_given_to_findvideo_beat_the_servers_settings(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, STRICT_YOUTUBE)

    record = await stack.slash(
        image=stack.payloads.uploaded("a.png", imagegen.png()),
        platform="tiktok",
        min_match=60,
        private=False,
    )

    [request] = stack.memories.requests
    assert request.fields["type"] == "TIKTOK"
    assert request.fields["similarity"] == "0.6"
    assert not record.ephemeral


async def test_settings_survive_stopping_and_starting_the_bot(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        async with bot_on(memories, discord_fake, tmp_path, {}) as first:
            await first.bot.services.guild_settings.save(discord_fake.guild_id, STRICT_YOUTUBE)

        async with bot_on(memories, discord_fake, tmp_path, {}) as second:
            await second.slash(image=second.payloads.uploaded("a.png", imagegen.png()))

    [request] = memories.requests
    assert request.fields["type"] == "YOUTUBE"
    assert request.fields["similarity"] == "0.92"
