"""The server's language: what the bot posts for the server (the mod-log) follows the server's
language setting, or the server's own preferred locale; what answers a member follows theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import imagegen
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import ATTACH_FILES, FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.stack import Stack, assert_clean, bot_on

MENU = "Find source video"


async def settings(
    stack: Stack, subcommand: str, locale: str = "en-US", **options: object
) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-settings",
        options,
        subcommand=subcommand,
        permissions=MODERATOR_PERMISSIONS,
        locale=locale,
    )
    return await stack.invoke(payload)


def reply(record: InteractionRecord) -> dict[str, Any]:
    [embed] = record.callbacks[0].data["embeds"]
    return dict(embed)


async def _modlog_channel(stack: Stack, locale: str = "en-US") -> int:
    channel_id = await stack.discord.add_text_channel("mod-log")
    await settings(stack, "set", locale, modlog_channel=stack.payloads.channel(channel_id))
    return channel_id


async def _menu_search(stack: Stack, locale: str) -> InteractionRecord:
    stack.memories.set_default([hit("PI-1", "The source", 79, 0.97)])
    upload = stack.payloads.uploaded("repost.png", imagegen.png())
    message = stack.payloads.message(attachments=[upload])
    payload = stack.payloads.message_context_menu(
        MENU, message, permissions=MODERATOR_PERMISSIONS, locale=locale
    )
    return await stack.invoke(payload)


async def test_a_server_set_to_french_gets_its_modlog_in_french_and_members_their_own(
    stack: Stack,
) -> None:
    channel_id = await _modlog_channel(stack)

    changed = await settings(stack, "set", "de", language="fr")
    answer = await _menu_search(stack, "de")

    assert reply(changed)["title"] == "Einstellungen gespeichert"  # the German moderator
    assert reply(changed)["description"] == "**Sprache**: die Sprache des Servers → Français"
    _, change_record, search_record = stack.discord.messages_in(channel_id)
    [change] = change_record.message["embeds"]
    assert change["title"] == "Réglages findvideo modifiés"
    assert change["description"] == "**Langue** : la langue du serveur → Français"
    assert change["fields"][0]["name"] == "Modifié par"
    [record] = search_record.message["embeds"]
    assert record["author"]["name"] == "Trouver la vidéo source"
    assert f"**Recherché par** <@{stack.payloads.user_id}>" in record["description"]
    assert "**Message vérifié** https://discord.com/channels/" in record["description"]
    assert_clean(stack, answer)


async def test_back_to_the_server_default_the_modlog_follows_the_server_s_locale(
    tmp_path: Path,
) -> None:
    async with (
        FakeMemoriesApi() as memories,
        FakeDiscord(guild_locale="ja") as discord_fake,
        bot_on(memories, discord_fake, tmp_path, {}) as stack,
    ):
        channel_id = await _modlog_channel(stack)
        await settings(stack, "set", language="de")
        await settings(stack, "set", language="default")
        shown = await settings(stack, "show", "pt-BR")

        *_, to_german, back = stack.discord.messages_in(channel_id)
        assert to_german.message["embeds"][0]["title"] == "findvideo-Einstellungen geändert"
        assert back.message["embeds"][0]["title"] == "findvideo の設定が変更されました"
        lines = reply(shown)["description"].splitlines()
        assert "**Idioma** (`idioma`): o idioma do servidor (日本語) · *padrão*" in lines
        assert reply(shown)["title"] == "Configurações do findvideo em findvideo test guild"


async def test_show_is_in_the_member_s_language_with_their_option_names(stack: Stack) -> None:
    await settings(stack, "set", min_match=80, cooldown=1)

    shown = await settings(stack, "show", "de")

    lines = reply(shown)["description"].splitlines()
    assert "**Trefferschwelle** (`mindestähnlichkeit`): 80 % · *hier festgelegt*" in lines
    assert "**Cooldown** (`cooldown`): 1 Suche pro Mitglied und Minute · *hier festgelegt*" in lines
    assert "**Abstand für „schon gesehen“** (`gesehen_abstand`): bis zu 7 von 64 Bits" in (
        "\n".join(lines)
    )


async def test_a_modlog_problem_is_told_in_the_moderator_s_language(stack: Stack) -> None:
    channel_id = await _modlog_channel(stack)
    await settings(stack, "set", language="fr")
    await stack.discord.deny_bot(channel_id, ATTACH_FILES)

    answer = await _menu_search(stack, "ja")

    [note] = answer.followups
    content = note.payload["content"]
    assert content.startswith("この検索をモデレーションログに記録できませんでした：")
    assert "次の権限がありません：**ファイルを添付**。" in content


async def test_settings_refusals_are_in_the_member_s_language(stack: Stack) -> None:
    refused = await settings(stack, "set", "es-ES", min_match=60, possible_match=70)

    content = refused.callbacks[0].data["content"]
    assert "El umbral de posible coincidencia (70 %) no puede superar" in content
