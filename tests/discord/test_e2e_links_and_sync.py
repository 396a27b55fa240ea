"""Image links, partial platform failures, downloads, and how commands are registered."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.stack import (
    Stack,
    bot_on,
    ephemeral_error,
    final_embeds,
    running_stack,
    shows_matches,
    shows_no_match,
)

OPTION_TYPES = {"image": 11, "url": 3, "platform": 3, "min_match": 4, "results": 4, "private": 5}


async def test_an_image_link_is_fetched_checked_and_searched(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"ALLOW_PRIVATE_URLS": "true"}) as stack:
        stack.memories.set_default([hit("PI-7", "from a link", 5, 0.9)])
        url = stack.discord.add_attachment("still.gif", imagegen.gif(), "image/gif")

        record = await stack.slash(url=url)

        [embed] = final_embeds(record)
        assert shows_matches(embed, "still.gif")
        assert stack.memories.requests[0].file_name == "query.gif"


async def test_links_to_local_addresses_are_refused_by_default(stack: Stack) -> None:
    url = stack.discord.add_attachment("internal.png", imagegen.png(), "image/png")

    record = await stack.slash(url=url)

    assert "private or local network address" in ephemeral_error(record)
    assert stack.discord.attachment_fetches == []
    assert stack.memories.requests == []


async def test_a_link_that_is_not_http_is_refused_before_deferring(stack: Stack) -> None:
    record = await stack.slash(url="file:///etc/passwd")

    assert record.response_type == 4
    assert "not an http or https link" in ephemeral_error(record)


async def test_one_platform_failing_still_shows_the_others(stack: Stack) -> None:
    stack.memories.script([hit("PI-t", "t", 1, 0.9)], [hit("PI-y", "y", 1, 0.92)], "0003")

    record = await stack.slash(
        image=stack.payloads.uploaded("a.png", imagegen.png()), platform="all"
    )

    [embed] = final_embeds(record)
    assert len(embed["fields"]) == 2
    assert "Instagram could not be searched" in embed["description"]
    assert embed["footer"]["text"].startswith("a.png · Searched All public platforms")


async def test_the_bot_defers_before_downloading_a_slow_attachment(stack: Stack) -> None:
    image = stack.payloads.uploaded("slow.png", imagegen.png())
    held = stack.discord.hold_attachment(image["url"])

    async def release_once_downloading() -> bool:
        await stack.discord.attachment_fetched.wait()
        [record] = stack.discord.interactions.values()
        deferred_already = record.deferred
        held.set()
        return deferred_already

    releaser = asyncio.create_task(release_once_downloading())
    record = await stack.slash(image=image)

    assert await releaser, "the defer must reach Discord before the download finishes"
    assert record.callbacks[0].type == 5
    assert shows_no_match(final_embeds(record)[0], "slow.png")


async def test_commands_are_registered_with_discord_enforced_options(stack: Stack) -> None:
    [sync] = stack.discord.command_syncs
    commands = {c["name"]: c for c in sync.commands}

    assert {"findvideo", "Find source video"} <= set(commands)
    assert commands["Find source video"]["type"] == 3
    options = {o["name"]: o for o in commands["findvideo"]["options"]}
    assert {name: options[name]["type"] for name in OPTION_TYPES} == OPTION_TYPES
    assert all(o["description"] for o in options.values())
    assert (options["min_match"]["min_value"], options["min_match"]["max_value"]) == (50, 100)
    assert (options["results"]["min_value"], options["results"]["max_value"]) == (1, 10)
    choices = [c["value"] for c in options["platform"]["choices"]]
    assert choices == ["tiktok", "youtube", "instagram", "all", "private"]


async def test_a_restart_with_unchanged_commands_does_not_sync_again(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        async with bot_on(memories, discord_fake, tmp_path, {}):
            pass
        async with bot_on(memories, discord_fake, tmp_path, {}):
            pass

        assert len(discord_fake.command_syncs) == 1


async def test_a_dev_guild_gets_the_commands_instead_of_global(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        env = {"DEV_GUILD_ID": str(discord_fake.guild_id)}
        async with bot_on(memories, discord_fake, tmp_path, env) as stack:
            record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

        [sync] = discord_fake.command_syncs
        assert sync.scope == discord_fake.guild_id
        assert shows_no_match(final_embeds(record)[0], "a.png")


async def test_a_search_that_must_queue_says_so_then_answers(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"QUEUE_NOTICE_SECONDS": "0.1"}) as stack:
        names = ("image", "image2", "image3")
        images = {name: stack.payloads.uploaded(f"{name}.png", imagegen.png()) for name in names}

        record = await stack.slash(platform="all", **images)

        notice, answer = (edit.payload for edit in record.original_edits)
        assert notice["content"].startswith("⏳ Many searches are running: yours is queued")
        assert "about 1 s" in notice["content"]
        assert answer["content"] is None
        assert len(answer["embeds"]) == 3


async def test_a_search_that_starts_at_once_shows_no_queue_notice(stack: Stack) -> None:
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    [answer] = (edit.payload for edit in record.original_edits)
    assert answer["embeds"]
