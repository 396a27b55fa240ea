"""What a watch never spends an API call on, and how it stays within its queue and budget."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.clipgen import gif_of_tiny_frames
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.memories_api import hit
from tests.stack import final_embeds
from tests.watch_bench import WatchedServer, bot_in, guild_with_channels, watched_server

MATCH = [hit("PI-7", "Original dance video", 12, 0.95)]


async def test_bot_and_webhook_messages_are_never_downloaded(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        robot = server.stack.payloads.user(username="otherbot") | {"bot": True}
        await server.post(server.picture(1), author=robot)
        await server.post(server.picture(2), webhook_id=str(server.fake.snowflakes.next()))
        listed = await server.listed()

    assert server.api_calls() == 0
    assert server.fake.attachment_fetches == []
    assert "2 skipped (2 bot or webhook messages)" in listed


async def test_small_images_are_skipped_declared_or_measured(tmp_path: Path) -> None:
    async with watched_server(tmp_path, {"WATCH_MIN_IMAGE_SIZE": "300x300"}) as server:
        await server.add()
        await server.post(server.image("emoji.png", imagegen.png(64, 64), (64, 64)))
        fetched_before_undeclared = len(server.fake.attachment_fetches)
        await server.post(server.image("undeclared.png", imagegen.png(400, 200), None))
        listed = await server.listed()

    assert fetched_before_undeclared == 0, "a declared small size needs no download"
    assert len(server.fake.attachment_fetches) == 1
    assert server.api_calls() == 0
    assert "2 skipped (2 images too small)" in listed


async def test_a_repeat_costs_no_api_call(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        data = imagegen.png(420, 300)
        await server.post(server.image("first.png", data, (420, 300)))
        await server.post(server.image("again.png", data, (420, 300)))
        listed = await server.listed()

    assert server.api_calls() == 1
    assert "1 checked, 1 alert, 1 skipped (1 already seen)" in listed, "posted here before"


async def test_a_known_repost_posted_again_alerts_again_without_an_api_call(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        data = imagegen.png(420, 300)
        await server.post(server.image("first.png", data, (420, 300)))
        await server.post(server.image("again.png", data, (420, 300)))

    assert server.api_calls() == 1
    assert len(server.alerts()) == 2


async def test_a_message_deleted_before_its_check_is_skipped(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        first = server.picture(1)
        release = server.fake.hold_attachment(first["url"])
        held = await server.post(first, settle=False)
        await server.fake.attachment_fetched.wait()  # the worker is busy with the first image
        doomed = await server.post(server.picture(2), settle=False)
        deleted = asyncio.ensure_future(server.stack.bot.wait_for("raw_message_delete"))
        await server.fake.messages.delete(doomed)
        await deleted
        release.set()
        await server.settled(held)
        await server.settled(doomed)
        listed = await server.listed()

    assert server.api_calls() == 1
    assert "1 skipped (1 message deleted)" in listed


async def _fill_queue_behind_a_held_download(server: WatchedServer, count: int) -> list[JSONDict]:
    first = server.picture(0)
    release = server.fake.hold_attachment(first["url"])
    posted = [await server.post(first, settle=False)]
    await server.fake.attachment_fetched.wait()
    for number in range(1, count + 1):
        posted.append(await server.post(server.picture(number), settle=False))
    release.set()
    for message in posted:
        await server.settled(message)
    return posted


async def test_a_full_queue_drops_the_oldest_waiting_checks(tmp_path: Path) -> None:
    async with watched_server(tmp_path, {"WATCH_QUEUE_SIZE": "1"}) as server:
        await server.add()
        posted = await _fill_queue_behind_a_held_download(server, 3)
        listed = await server.listed()
        dropped = server.watch.queue.dropped

    assert server.api_calls() == 2, "the one being downloaded and the newest waiting one"
    assert dropped == 2
    assert "2 checked, 0 alerts, 2 skipped (2 queue full)" in listed
    searched = {bytes(r.file_bytes or b"") for r in server.stack.memories.requests}
    assert searched == {server.picture_bytes(0), server.picture_bytes(3)}
    assert len(posted) == 4


async def test_the_watch_spends_at_most_its_share_of_the_daily_budget(tmp_path: Path) -> None:
    async with watched_server(tmp_path, {"WATCH_BUDGET_SHARE": "50"}) as server:
        overrides = GuildOverrides(modlog_channel_id=server.modlog, daily_budget=4)
        await server.stack.bot.services.guild_settings.save(server.fake.guild_id, overrides)
        await server.add()
        for number in range(4):
            await server.post(server.picture(number))
        listed = await server.listed()

    assert server.api_calls() == 2, "half of a daily budget of 4"
    assert "2 checked, 0 alerts, 2 skipped (2 watch budget spent)" in listed
    assert "Watch searches today: 2 of 2 (50% of the server's daily budget)." in listed


async def test_the_budget_and_counts_survive_a_restart(tmp_path: Path) -> None:
    async with guild_with_channels() as guild:
        async with bot_in(guild, tmp_path) as server:
            overrides = GuildOverrides(modlog_channel_id=server.modlog, daily_budget=2)
            await server.stack.bot.services.guild_settings.save(server.fake.guild_id, overrides)
            await server.add()
            await server.post(server.picture(1))
        async with bot_in(guild, tmp_path, modlog=False) as restarted:
            await restarted.post(restarted.picture(2))
            listed = await restarted.listed()

    assert len(guild.memories.requests) == 1, "the share (1 of 2) was spent before the restart"
    assert "1 checked, 0 alerts, 1 skipped (1 watch budget spent)" in listed


async def _usage(server: WatchedServer) -> dict[str, str]:
    payload = server.stack.payloads.slash_command(
        "findvideo-usage", {}, permissions=MODERATOR_PERMISSIONS
    )
    record = await server.stack.invoke(payload)
    [embed] = final_embeds(record)
    return {field["name"]: field["value"] for field in embed["fields"]}


async def test_watch_searches_count_in_the_daily_budget_and_show_in_usage(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        overrides = GuildOverrides(modlog_channel_id=server.modlog, daily_budget=10)
        await server.stack.bot.services.guild_settings.save(server.fake.guild_id, overrides)
        await server.add()
        await server.post(server.picture(1))
        await server.post(server.picture(1))  # a repeat: free
        usage = await _usage(server)

    assert "**9** of 10 API calls left today" in usage["Daily budget"]
    watched = usage["Watched channels today"]
    assert watched == "1 checked, 1 alert, 1 skipped (1 already seen); 1 API search spent."


async def test_the_watch_stops_when_people_used_up_the_server_budget(tmp_path: Path) -> None:
    async with watched_server(tmp_path, {"WATCH_BUDGET_SHARE": "100"}) as server:
        overrides = GuildOverrides(modlog_channel_id=server.modlog, daily_budget=1)
        await server.stack.bot.services.guild_settings.save(server.fake.guild_id, overrides)
        await server.add()
        await server.stack.slash(image=server.picture(9))  # a person spends the only search
        await server.post(server.picture(1))
        listed = await server.listed()

    assert server.api_calls() == 1
    assert "1 skipped (1 watch budget spent)" in listed


async def test_an_image_that_never_finishes_loading_does_not_hold_the_queue(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path, {"WATCH_LOAD_SECONDS": "1"}) as server:
        await server.add()
        stuck = server.picture(1)
        release = server.fake.hold_attachment(stuck["url"])
        held = await server.post(stuck, settle=False)
        await server.fake.attachment_fetched.wait()
        ordinary = await server.post(server.picture(2), settle=False)
        await server.settled(held)
        await server.settled(ordinary)
        release.set()
        listed = await server.listed()

    assert server.api_calls() == 1, "the next image was searched"
    assert "1 checked, 0 alerts, 1 skipped (1 took too long to load)" in listed


async def test_a_gif_of_ten_thousand_tiny_frames_is_skipped_and_the_next_image_checked(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        hostile = server.image("tiny.gif", gif_of_tiny_frames(), (2880, 2880))
        await server.post(hostile)
        await server.post(server.picture(2))
        listed = await server.listed()

    assert server.api_calls() == 1
    assert "1 checked, 0 alerts, 1 skipped (1 not a searchable image)" in listed
