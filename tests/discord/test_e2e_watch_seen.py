"""Watched channels and the server's image memory: a picture posted here before alerts the
mod-log ("Reposted: first posted …") even when the API finds nothing, a local-only watch makes no
API call at all, and a deleted or forgotten message is no longer recalled."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from cogs.memory import FORGOT_EVENT
from tests.discord.test_e2e_watch_alerts import _button, _press
from tests.fakes.discord_payloads import JSONDict
from tests.seen_images import png_of, reposted_jpeg
from tests.watch_bench import WatchedServer, watched_server


def _embed(alert: JSONDict) -> dict[str, Any]:
    [embed] = alert["embeds"]
    return dict(embed)


async def _post(server: WatchedServer, name: str, data: bytes) -> JSONDict:
    return await server.post(server.image(name, data, (640, 480)))


def _link(server: WatchedServer, message: JSONDict) -> str:
    return f"/channels/{server.fake.guild_id}/{message['channel_id']}/{message['id']}"


async def test_a_repost_alerts_the_mod_log_even_when_the_api_finds_nothing(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        first = await _post(server, "meme.png", png_of("shapes", 2))
        assert server.alerts() == []
        await _post(server, "meme.jpg", reposted_jpeg("shapes", 2))
        [alert] = server.alerts()

    embed = _embed(alert.message)
    assert "Reposted: first posted [here](" in embed["description"]
    assert _link(server, first) in embed["description"]
    assert f"<@{first['author']['id']}>" in embed["description"]
    assert [f["name"] for f in embed["fields"]] == ["Seen here before"]
    assert _button(alert.message, "Not a repost")
    assert server.api_calls() == 2, "each picture was searched once; the memory costs nothing"


async def test_a_local_only_watch_makes_no_api_call(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add(local_only=True)
        await _post(server, "a.png", png_of("gradient", 5))
        await _post(server, "b.png", png_of("text", 6))
        await _post(server, "a-small.jpg", reposted_jpeg("gradient", 5))
        listed = await server.listed()

    assert server.api_calls() == 0
    assert len(server.alerts()) == 1
    assert "earlier posts here only, no API calls" in listed
    assert "3 checked, 1 alert, 0 skipped" in listed


async def test_a_deleted_message_is_no_longer_recalled(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add(local_only=True)
        first = await _post(server, "a.png", png_of("shapes", 8))
        forgot = asyncio.ensure_future(server.stack.bot.wait_for(FORGOT_EVENT))
        await server.fake.messages.delete(first)
        await forgot
        await _post(server, "again.png", png_of("shapes", 8))

    assert server.alerts() == []


async def test_not_a_repost_quiets_later_copies_of_that_picture(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add(local_only=True)
        await _post(server, "a.png", png_of("text", 9))
        await _post(server, "b.png", png_of("text", 9))
        [alert] = server.alerts()
        record = await _press(server, alert.message, "Not a repost")
        await _post(server, "c.jpg", reposted_jpeg("text", 9))

    [closed] = record.callbacks[0].data["embeds"]
    assert "nor copies of it as posted here before" in closed["description"]
    assert len(server.alerts()) == 1


async def test_a_german_server_is_told_of_a_repost_and_replies_in_german(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        overrides = GuildOverrides(modlog_channel_id=server.modlog, language="de")
        await server.stack.bot.services.guild_settings.save(server.fake.guild_id, overrides)
        await server.add(action="reply", confirm=False)
        first = await _post(server, "meme.png", png_of("shapes", 2))
        await _post(server, "meme.jpg", reposted_jpeg("shapes", 2))
        [alert] = server.alerts()
        [reply] = server.fake.messages_in(server.watched)

    embed = _embed(alert.message)
    assert embed["title"] == "Repost: wurde hier schon einmal gepostet"
    assert (
        f"Repost: zuerst [hier](https://discord.com{_link(server, first)})"
        in (embed["description"])
    )
    assert [f["name"] for f in embed["fields"]] == ["Hier schon gesehen"]
    assert reply.payload["content"].startswith("Dieses Bild wurde hier schon einmal gepostet, <t:")
