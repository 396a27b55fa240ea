"""A public answer is read by the whole channel: it follows the server's language when the server
chose one (`/findvideo-settings set language`), else the member's; a private answer is always the
member's. The answer's first page, its evidence edits and its buttons say the same language."""

from __future__ import annotations

from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.discord.test_e2e_answer_languages import NBSP, TITLE, labels, press_as, searched_as
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, assert_clean

FRENCH_TITLE = f"Original probable : TikTok · 97{NBSP}%"
GERMAN_TITLE = f"Wahrscheinlich das Original: TikTok · 97{NBSP}%"


async def server_speaks(stack: Stack, language: str | None) -> None:
    """The server's language setting, as `/findvideo-settings set language` stores it."""
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(language=language)
    )
    stack.memories.set_default([hit("PI-1", TITLE, 79, 0.97, end=80)])


def titles(record: InteractionRecord) -> set[str]:
    """The answer's title in every edit of it: the first page and the evidence edits."""
    return {
        embed["title"]
        for body in record.original_edits
        for embed in body.payload.get("embeds") or []
    }


async def test_a_public_answer_in_a_french_server_is_in_french_for_a_german_member(
    stack: Stack,
) -> None:
    await server_speaks(stack, "fr")

    record = await searched_as(stack, "de", private=False)

    assert not record.ephemeral
    assert titles(record) == {FRENCH_TITLE}, "the evidence edits too"
    assert record.original is not None
    assert "Toutes les plateformes" in labels(record.original)
    assert "Alle Plattformen" not in labels(record.original)


async def test_the_same_members_private_answer_stays_german(stack: Stack) -> None:
    await server_speaks(stack, "fr")

    record = await searched_as(stack, "de", private=True)

    assert record.ephemeral
    assert titles(record) == {GERMAN_TITLE}
    assert record.original is not None
    assert "Alle Plattformen" in labels(record.original)


async def test_a_server_without_a_language_answers_publicly_in_the_members(stack: Stack) -> None:
    await server_speaks(stack, None)

    record = await searched_as(stack, "de", private=False)

    assert not record.ephemeral
    assert titles(record) == {GERMAN_TITLE}


async def test_a_button_on_a_public_french_answer_answers_again_in_french(stack: Stack) -> None:
    await server_speaks(stack, "fr")
    record = await searched_as(stack, "de", private=False)

    pressed = await press_as(stack, record, "Toutes les plateformes", "de")

    assert pressed.original is not None
    [embed] = pressed.original["embeds"]
    assert embed["title"] == FRENCH_TITLE, "the public answer edited in place stays French"


async def menu_answer(stack: Stack, locale: str) -> InteractionRecord:
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("a.png", imagegen.png())])
    await stack.discord.messages.post(message)
    menu = stack.payloads.message_context_menu(
        "Find source video", message, permissions=MODERATOR_PERMISSIONS, locale=locale
    )
    record = await stack.invoke(menu)
    assert_clean(stack, record)
    return record


def shared_content(stack: Stack) -> str:
    posted: list[Any] = stack.discord.messages_in(stack.discord.channel_id)
    return str(posted[-1].payload["content"])


async def test_a_shared_answer_is_credited_in_the_servers_language(stack: Stack) -> None:
    await server_speaks(stack, "fr")
    record = await menu_answer(stack, "de")
    assert record.ephemeral
    assert titles(record) == {GERMAN_TITLE}, "private: the member's"

    await press_as(stack, record, "Öffentlich posten", "de")

    assert shared_content(stack).startswith("🔎 Partagé par <@")
