"""Watched channels end to end: members post through the fake gateway, the real bot checks."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import REGISTRY

from tests import imagegen
from tests.fakes.memories_api import hit
from tests.stack import ephemeral_error
from tests.watch_bench import bot_in, guild_with_channels, watched_server

MATCH = [hit("PI-7", "Original dance video", 12, 0.95, end=14)]


async def test_a_matching_image_in_a_watched_channel_alerts_the_modlog(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        added = await server.add()
        data = imagegen.png(400, 300)
        message = await server.post(server.image("dance.png", data, (400, 300)))

    assert "Watching" in added.callbacks[0].data["content"]
    assert server.api_calls() == 1
    [alert] = server.alerts()
    [embed] = alert.payload["embeds"]
    assert embed["title"] == "Possible repost: TikTok · 95%"
    assert f"/{message['channel_id']}/{message['id']})" in embed["description"]
    assert f"<@{message['author']['id']}>" in embed["description"]
    assert "**95%** on TikTok: Original dance video" in embed["description"]
    [file] = alert.files
    assert file.data == data
    assert embed["image"]["url"] == f"attachment://{file.filename}"
    labels = [b["label"] for row in alert.payload["components"] for b in row["components"]]
    assert labels == ["Delete message", "Not a repost", "Confirm repost", "Search all platforms"]
    assert alert.payload["allowed_mentions"] == {"parse": []}
    assert server.fake.violations == []


async def test_an_unwatched_channel_costs_nothing(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        await server.post(
            server.image("a.png", imagegen.png(400, 300), (400, 300)), channel=server.unwatched
        )

    assert server.api_calls() == 0
    assert server.alerts() == []
    assert server.fake.attachment_fetches == []


async def test_adding_a_watch_needs_manage_server(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        channel = server.stack.payloads.channel(server.watched, "reposts")
        refused = await server.command("add", {"channel": channel}, moderator=False)
        await server.post(server.image("a.png", imagegen.png(400, 300), (400, 300)))

    assert "Manage Server" in ephemeral_error(refused)
    assert server.api_calls() == 0


async def test_the_watch_list_survives_a_restart_with_options_and_counts(tmp_path: Path) -> None:
    async with guild_with_channels() as guild:
        async with bot_in(guild, tmp_path) as server:
            await server.add(platform="youtube", min_match=80, action="react")
        async with bot_in(guild, tmp_path) as restarted:
            await restarted.post(restarted.image("icon.png", imagegen.png(64, 48), (64, 48)))
            listed = await restarted.command("list")

    [embed] = listed.callbacks[0].data["embeds"]
    assert (
        f"<#{guild.watched}>: YouTube · at least 80% · mod-log alert and a reaction on the message"
        in embed["description"]
    )
    assert "Today: 0 checked, 0 alerts, 1 skipped (1 image too small)" in embed["description"]
    assert guild.memories.requests == []


async def test_watch_outcomes_and_the_queue_are_in_the_metrics(tmp_path: Path) -> None:
    def count(outcome: str) -> float:
        labels = {"outcome": outcome}
        return REGISTRY.get_sample_value("findvideo_watch_images_total", labels) or 0.0

    before = {name: count(name) for name in ("checked", "alerts", "skipped:image too small")}
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        await server.post(server.picture(1))
        await server.post(server.image("icon.png", imagegen.png(32, 32), (32, 32)))
        queue_length = REGISTRY.get_sample_value("findvideo_watch_queue_length")

    assert count("checked") == before["checked"] + 1
    assert count("alerts") == before["alerts"] + 1
    assert count("skipped:image too small") == before["skipped:image too small"] + 1
    assert queue_length == 0.0
