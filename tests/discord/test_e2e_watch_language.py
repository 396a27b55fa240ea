"""Watched channels in the server's language: the alert, its buttons, its closing and the public
reply follow the server's language setting; the watch list follows the moderator's own."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.memories_api import hit
from tests.watch_bench import WatchedServer, watched_server

MATCH = [hit("PI-7", "Original dance video", 12, 0.95)]


async def _speaks(server: WatchedServer, language: str) -> None:
    """The server chose `language` for what the bot posts there."""
    store, guild_id = server.stack.bot.services.guild_settings, server.fake.guild_id
    await store.save(guild_id, (await store.load(guild_id)).changed(language=language))


def _labels(alert: JSONDict) -> list[str]:
    return [button["label"] for row in alert["components"] for button in row["components"]]


async def _press(server: WatchedServer, alert: JSONDict, label: str, locale: str) -> JSONDict:
    [custom_id] = [
        b["custom_id"]
        for row in alert["components"]
        for b in row["components"]
        if b["label"] == label
    ]
    payload = server.stack.payloads.component(custom_id, alert, permissions=MODERATOR_PERMISSIONS)
    payload["locale"] = locale
    record = await server.stack.invoke(payload)
    [embed] = record.callbacks[0].data["embeds"]
    return dict(embed)


async def test_a_german_server_gets_its_alert_reply_and_verdict_in_german(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await _speaks(server, "de")
        await server.add(action="reply", confirm=False)
        await server.post(server.picture(1))
        [posted] = server.alerts()
        alert = posted.message
        closed = await _press(server, alert, "Kein Repost", locale="ja")

    [embed] = alert["embeds"]
    assert embed["title"].startswith("Möglicher Repost: TikTok")
    assert "**95 %** auf TikTok: Original dance video · bei " in embed["description"]
    assert embed["footer"]["text"].startswith("Watch: TikTok · ab 90 % · Warnung im Mod-Log und")
    assert _labels(alert) == [
        "Nachricht löschen",
        "Kein Repost",
        "Repost bestätigen",
        "Auf allen Plattformen suchen",
    ]
    [reply] = server.fake.messages_in(server.watched)
    assert reply.payload["content"].startswith(
        "Dieses Bild scheint aus einem TikTok-Video zu stammen (95 % ähnlich): Original dance video"
    )
    assert closed["title"].startswith("Kein Repost: TikTok")  # the server's language, not ja
    assert closed["description"].startswith("✅ **Kein Repost**, von <@")


async def test_the_watch_list_is_in_the_moderator_s_language(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await _speaks(server, "fr")
        await server.add(mirrored=True)
        payload = server.stack.payloads.slash_command(
            "findvideo-watch",
            {},
            subcommand="list",
            permissions=MODERATOR_PERMISSIONS,
            locale="pt-BR",
        )
        record = await server.stack.invoke(payload)

    [embed] = record.callbacks[0].data["embeds"]
    assert embed["title"] == "Canais vigiados"
    first, today = embed["description"].splitlines()
    assert first == (
        f"<#{server.watched}>: TikTok · pelo menos 90% · Só alerta no registro · espelhada também"
    )
    assert today.strip() == "Hoje: 0 verificadas, 0 alertas, 0 ignoradas"
    assert embed["footer"]["text"].startswith("Pesquisas de vigilância hoje: 0")
