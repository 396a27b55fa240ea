"""Refusals and errors in the member's language: the real bot against the fakes, the interaction
carrying the locale the member's Discord runs in. Each is private, and says the file name as given.

The mod-log's outage notice is the server's, so it stays in the server's language (English here)
while the member who searched reads German.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.clipgen import repeated_mp4
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_records import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, running_stack
from tests.watch_bench import watched_server

MB = 1024 * 1024
OTHER_USER = 4242
NNBSP = "\N{NARROW NO-BREAK SPACE}"


async def search_as(stack: Stack, locale: str, **options: object) -> InteractionRecord:
    """/findvideo used by a member whose Discord runs in `locale`."""
    payload = stack.payloads.slash_command("findvideo", options, locale=locale)
    return await stack.invoke(payload)


def declared_too_large(stack: Stack, name: str) -> dict[str, Any]:
    """An attachment Discord says is 25.3 MB (refused from its declared size, never fetched)."""
    url = stack.discord.add_attachment(name, imagegen.png(), "image/png")
    return stack.payloads.attachment(name, url, int(25.3 * MB), "image/png")


async def test_a_too_large_file_is_refused_in_german_before_any_download(stack: Stack) -> None:
    record = await search_as(stack, "de", image=declared_too_large(stack, "urlaub.png"))

    assert ephemeral_error(record) == (
        "⚠️ urlaub.png ist 25,3 MB groß; erlaubt sind höchstens 20 MB."
    )
    assert stack.memories.requests == []


async def test_a_too_large_file_is_refused_in_french_with_french_units(stack: Stack) -> None:
    record = await search_as(stack, "fr", image=declared_too_large(stack, "vacances.png"))

    assert ephemeral_error(record) == (
        f"⚠️ vacances.png fait 25,3 Mo{NNBSP}; la limite est de 20 Mo."
    )


async def test_a_pdf_named_like_an_image_is_refused_in_german(stack: Stack) -> None:
    pdf = b"%PDF-1.7\n" + bytes(2000)
    image = stack.payloads.uploaded("scan.png", pdf, "image/png")

    record = await search_as(stack, "de", image=image)

    assert ephemeral_error(record) == (
        "⚠️ scan.png ist ein PDF-Dokument. Schick stattdessen einen Screenshot der Seite."
    )
    assert stack.memories.requests == []


async def test_a_file_name_is_never_translated_and_stays_escaped(stack: Stack) -> None:
    image = stack.payloads.uploaded("*leer*.png", b"", "image/png")

    record = await search_as(stack, "de", image=image)

    assert ephemeral_error(record).startswith("⚠️ \\*leer\\*.png ist leer.")


async def test_the_cooldown_is_explained_in_german(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, GuildOverrides(cooldown=1))
    stack.memories.set_default([hit("PI-1", "Katze", 5, 0.95)])
    await search_as(stack, "de", image=stack.payloads.uploaded("a.png", imagegen.png(64, 48)))

    refused = await search_as(
        stack, "de", image=stack.payloads.uploaded("b.png", imagegen.png(65, 48))
    )

    message = ephemeral_error(refused)
    assert message.startswith(
        "⚠️ Nicht so schnell: Hier hat jedes Mitglied 1 Suche pro Minute. Du kannst <t:"
    )
    assert message.endswith(":R> wieder suchen."), "Discord shows the time in German itself"
    assert refused.ephemeral
    assert len(stack.memories.requests) == 1, "the refused search cost no API call"


async def test_an_api_failure_is_german_for_the_member_and_english_for_the_modlog(
    stack: Stack,
) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(modlog_channel_id=channel_id)
    )
    stack.memories.set_default("0402")

    record = await search_as(stack, "de", image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert ephemeral_error(record) == (
        "⚠️ Dieser Bot hat sein Suchguthaben aufgebraucht. Nur der Betreiber des Bots kann es "
        "aufladen (nicht die Server-Admins). Versuch es bitte später noch einmal."
    )
    [notice] = stack.discord.messages_in(channel_id)
    [embed] = notice.message["embeds"]
    assert embed["title"] == "Searches are failing", "the server's language (en-US here)"


async def test_several_refused_images_are_listed_in_german(stack: Stack) -> None:
    empty = stack.payloads.uploaded("leer.png", b"", "image/png")
    record = await search_as(stack, "de", image=empty, image2=declared_too_large(stack, "x.png"))

    assert ephemeral_error(record) == (
        "⚠️ Keines der Bilder konnte durchsucht werden:\n"
        "• leer.png ist leer. Hänge die Datei bitte noch einmal an.\n"
        "• x.png ist 25,3 MB groß; erlaubt sind höchstens 20 MB."
    )


async def test_a_link_that_is_not_http_is_refused_in_japanese(stack: Stack) -> None:
    record = await search_as(stack, "ja", url="ftp://example.com/neko.png")

    assert ephemeral_error(record) == (
        "⚠️ ftp://example.com/neko.pngは http または https のリンクではありません。"
        "取得できるのはこの 2 種類だけです。"
    )


async def test_another_members_button_press_is_refused_in_their_language(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])
    answer = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))
    assert answer.original is not None
    [custom_id, *_] = [
        button["custom_id"]
        for row in answer.original["components"]
        for button in row["components"]
        if button.get("custom_id", "").startswith("fv:all:")
    ]
    press = stack.payloads.component(custom_id, answer.original, user_id=OTHER_USER)
    press["locale"] = "pt-BR"

    refused = await stack.invoke(press)

    assert ephemeral_error(refused) == (
        "⚠️ Só quem fez esta pesquisa pode usar os botões dela. Use `/findvideo` para fazer a sua."
    )


async def test_spanish_from_latin_america_reads_the_spanish_catalogue(stack: Stack) -> None:
    record = await search_as(stack, "es-419", url="ftp://example.com/gato.png")

    assert ephemeral_error(record) == (
        "⚠️ ftp://example.com/gato.png no es un enlace http o https, "
        "que son los únicos que descargo."
    )


async def test_a_clip_refused_inside_a_decode_worker_arrives_in_german(stack: Stack) -> None:
    clip = stack.payloads.uploaded("schnell.mp4", repeated_mp4(320, 240, 1000, 2), "video/mp4")

    record = await search_as(stack, "de", image=clip)

    assert ephemeral_error(record) == (
        "⚠️ Dieser Clip läuft mit 1000 Bildern pro Sekunde; ich nehme Clips mit bis zu "
        "240 Bildern pro Sekunde. Schick eine normale Kopie oder einen Screenshot des Moments."
    )
    assert stack.memories.requests == []


async def test_the_outage_notice_follows_the_servers_language_setting(stack: Stack) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    overrides = GuildOverrides(modlog_channel_id=channel_id, language="fr")
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    stack.memories.set_default("0402")

    record = await search_as(stack, "ja", image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert ephemeral_error(record).startswith("⚠️ このボットは検索クレジットを使い切りました。")
    [notice] = stack.discord.messages_in(channel_id)
    [embed] = notice.message["embeds"]
    assert embed["title"] == "Les recherches échouent"
    assert embed["description"].startswith(
        "Les recherches échouent\N{NO-BREAK SPACE}: "
        "le compte de recherche du bot n'a plus de crédits."
    )


async def test_the_back_off_notice_is_shown_in_german(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"QUEUE_NOTICE_SECONDS": "0.1"}) as stack:
        stack.memories.script("0429", [hit("PI-1", "Katze", 3, 0.9)])

        record = await search_as(
            stack, "de", image=stack.payloads.uploaded("a.png", imagegen.png())
        )

    shown = [str(edit.payload.get("content") or "") for edit in record.original_edits]
    notices = [content for content in shown if content.startswith("⏳")]
    assert notices, "the wait was told"
    assert all(
        notice.startswith("⏳ Der Suchdienst bremst gerade, wie schnell wir suchen dürfen: ")
        and notice.endswith(" s erneut versucht.")
        for notice in notices
    )


async def test_a_forged_alert_button_is_refused_in_the_moderators_language(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default([hit("PI-7", "Original dance video", 12, 0.95)])
        await server.add()
        await server.post(server.picture(1))
        alert = server.alerts()[-1].message
        other = await server.post(server.picture(2), channel=server.unwatched)
        forged = f"fvw:delete:{server.unwatched}:{other['id']}"
        button = {"type": 2, "style": 2, "label": "Press", "custom_id": forged}
        message = alert | {"components": [{"type": 1, "components": [button]}]}
        payload = server.stack.payloads.component(
            forged, message, permissions=MODERATOR_PERMISSIONS
        )
        payload["locale"] = "es-ES"

        record = await server.stack.invoke(payload)

    assert ephemeral_error(record) == (
        "⚠️ El bot ya no reconoce esta alerta; no se ha cambiado nada."
    )
    assert server.fake.messages.deleted_by_bot == []


async def test_forget_refusals_are_said_in_the_moderators_language(stack: Stack) -> None:
    def forget(permissions: str | None, link: str) -> dict[str, Any]:
        return stack.payloads.slash_command(
            "findvideo-forget", {"link": link}, permissions=permissions, locale="fr"
        )

    refused = await stack.invoke(forget(None, "https://example.com/x"))
    not_a_link = await stack.invoke(forget(MODERATOR_PERMISSIONS, "https://example.com/x"))

    assert ephemeral_error(refused) == (
        "⚠️ Seuls les membres ayant la permission **Gérer les messages** peuvent faire ça."
    )
    assert ephemeral_error(not_a_link).startswith(
        "⚠️ Ce n'est pas le lien d'un message de ce serveur. Fais un clic droit sur le message → "
        "**Copier le lien du message**"
    )
