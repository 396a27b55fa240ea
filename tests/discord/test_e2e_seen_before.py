""" "Seen here before": answers show where a picture was already posted in the server, from the
server's own memory, whatever the API finds and at no API call."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from tests.discord.buttons import press
from tests.discord.test_e2e_history_usage import history, history_text
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.seen_images import png_of, reposted_jpeg
from tests.stack import Stack, bot_on, final_embeds

MENU = "Find source video"
HEADING = "Seen here before"


def _seen_field(embed: dict[str, Any]) -> str | None:
    fields = [f["value"] for f in embed.get("fields", []) if f["name"] == HEADING]
    return fields[0] if fields else None


async def _post_and_check(stack: Stack, name: str, data: bytes) -> dict[str, Any]:
    """A member posts an image; a moderator checks it with the message menu."""
    payloads = stack.payloads
    message = payloads.message(attachments=[payloads.uploaded(name, data)])
    record = await stack.invoke(payloads.message_context_menu(MENU, message))
    [embed] = final_embeds(record)
    return embed | {"message": message}


async def test_a_repost_checked_from_the_menu_links_the_first_post(stack: Stack) -> None:
    first = await _post_and_check(stack, "meme.png", png_of("shapes", 1))
    assert _seen_field(first) is None
    calls_before = len(stack.memories.requests)

    second = await _post_and_check(stack, "meme-small.jpg", reposted_jpeg("shapes", 1))

    seen = _seen_field(second)
    assert seen is not None
    first_message = first["message"]
    link = f"/channels/{stack.discord.guild_id}/{first_message['channel_id']}/{first_message['id']}"
    assert link in seen
    assert f"<@{first_message['author']['id']}>" in seen
    assert re.search(r"<t:\d+:R>", seen)
    assert "similar" in seen or "identical" in seen
    assert len(stack.memories.requests) == calls_before + 1  # the search; the memory is free


async def test_it_is_shown_beside_matches_and_never_for_an_unrelated_picture(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", "the source", 42, 0.96)])
    await _post_and_check(stack, "a.png", png_of("text", 1))

    unrelated = await _post_and_check(stack, "b.png", png_of("text", 2))
    again = await _post_and_check(stack, "again.png", png_of("text", 1))

    assert _seen_field(unrelated) is None
    assert again["title"].startswith("Likely original")
    assert "identical" in (_seen_field(again) or "")


async def test_a_public_findvideo_answer_is_what_is_remembered(stack: Stack) -> None:
    payloads = stack.payloads
    answer = await stack.slash(image=payloads.uploaded("clip.png", png_of("gradient", 4)))
    assert answer.original is not None

    later = await _post_and_check(stack, "repost.jpg", reposted_jpeg("gradient", 4))

    seen = _seen_field(later) or ""
    assert f"/{answer.original['id']})" in seen
    assert f"<@{payloads.user_id}>" in seen


async def test_a_private_findvideo_is_recalled_but_never_remembered(stack: Stack) -> None:
    payloads = stack.payloads
    await stack.slash(image=payloads.uploaded("secret.png", png_of("shapes", 7)), private=True)

    later = await _post_and_check(stack, "secret-again.png", png_of("shapes", 7))

    assert _seen_field(later) is None


async def test_turning_the_memory_off_forgets_and_stops_it(stack: Stack) -> None:
    await _post_and_check(stack, "a.png", png_of("shapes", 3))
    payload = stack.payloads.slash_command(
        "findvideo-settings",
        {"image_memory": False},
        subcommand="set",
        permissions=MODERATOR_PERMISSIONS,
    )
    await stack.invoke(payload)
    assert await stack.bot.services.image_memory.store.forget_server(stack.discord.guild_id) == 0

    again = await _post_and_check(stack, "a-again.png", png_of("shapes", 3))

    assert _seen_field(again) is None


async def _forget(stack: Stack, *, moderator: bool = True, **how: object) -> str:
    """Forget through the message menu (`message=`) or the command (`link=`); what was said."""
    permissions = MODERATOR_PERMISSIONS if moderator else None
    payloads = stack.payloads
    if "message" in how:
        message = how["message"]
        assert isinstance(message, dict)
        payload = payloads.message_context_menu("Forget image", message, permissions=permissions)
    else:
        payload = payloads.slash_command("findvideo-forget", how, permissions=permissions)
    record = await stack.invoke(payload)
    return str(record.callbacks[0].data["content"])


async def test_a_moderator_makes_the_bot_forget_a_message(stack: Stack) -> None:
    first = await _post_and_check(stack, "a.png", png_of("shapes", 11))

    said = await _forget(stack, message=first["message"])
    again = await _post_and_check(stack, "again.png", png_of("shapes", 11))

    assert said == "Forgotten: I no longer remember that message's 1 image."
    assert _seen_field(again) is None


async def test_forgetting_by_link_and_who_may(stack: Stack) -> None:
    first = await _post_and_check(stack, "a.png", png_of("gradient", 12))
    message = first["message"]
    link = f"https://discord.com/channels/{stack.discord.guild_id}/{message['channel_id']}/{message['id']}"

    refused = await _forget(stack, moderator=False, link=link)
    not_a_link = await _forget(stack, link="https://example.com/x")
    said = await _forget(stack, link=link)
    twice = await _forget(stack, link=link)

    assert "Manage Messages" in refused
    assert "not a link to a message of this server" in not_a_link
    assert said.startswith("Forgotten")
    assert twice.startswith("I did not remember any image")


async def test_the_history_and_the_mod_log_record_show_the_earlier_post(stack: Stack) -> None:
    modlog = await stack.discord.add_text_channel("mod-log")
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(modlog_channel_id=modlog)
    )
    first = await _post_and_check(stack, "a.png", png_of("gradient", 13))
    await _post_and_check(stack, "b.jpg", reposted_jpeg("gradient", 13))

    listed = history_text(await history(stack))
    [_, record] = stack.discord.messages_in(modlog)

    link = f"/{first['message']['channel_id']}/{first['message']['id']})"
    assert "seen here before (once)" in listed
    assert link in listed
    record_text = str(record.message["embeds"])
    assert "Seen here before: [Posted](" in record_text
    assert link in record_text


async def test_the_memory_survives_a_restart(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as fake:
        async with bot_on(memories, fake, tmp_path, {}) as before:
            first = await _post_and_check(before, "a.png", png_of("text", 14))
        async with bot_on(memories, fake, tmp_path, {}) as after:
            again = await _post_and_check(after, "b.jpg", reposted_jpeg("text", 14))

    assert f"/{first['message']['id']})" in (_seen_field(again) or "")


async def test_searching_again_from_an_answer_never_calls_that_answer_seen_before(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])
    answer = await stack.slash(image=stack.payloads.uploaded("q.png", png_of("shapes", 15)))

    again = await press(stack, answer, "Lower threshold")
    earlier = await _post_and_check(stack, "q-repost.jpg", reposted_jpeg("shapes", 15))

    [embed] = final_embeds(again)
    assert _seen_field(embed) is None
    assert answer.original is not None
    assert f"/{answer.original['id']})" in (_seen_field(earlier) or "")
