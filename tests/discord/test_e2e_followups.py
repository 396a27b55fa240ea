"""Follow-up buttons end to end: offered under thin answers, invoker only, kept over a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.media.composite import compose
from tests import imagegen
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.stack import (
    Stack,
    assert_clean,
    bot_on,
    ephemeral_error,
    final_embeds,
    shows_matches,
    shows_no_match,
)

DEFERRED_UPDATE = 6
CHANNEL_MESSAGE = 4
UPDATE_MESSAGE = 7
OTHER_USER = 4242


def buttons(message: dict[str, Any] | None) -> dict[str, str]:
    """label -> custom id of every button on `message`."""
    assert message is not None
    return {
        button["label"]: button.get("custom_id") or button.get("url", "")
        for row in message.get("components") or []
        for button in row["components"]
    }


async def no_match_answer(stack: Stack) -> InteractionRecord:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])
    return await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))


async def test_an_answer_without_matches_offers_wider_searches(stack: Stack) -> None:
    record = await no_match_answer(stack)

    assert shows_no_match(final_embeds(record)[0], "q.png")
    assert set(buttons(record.original)) == {
        "All platforms",
        "Lower threshold to 75%",
        "Search mirrored",
        "Search the centre",
    }
    assert_clean(stack, record)


async def test_lowering_the_threshold_searches_again_and_edits_the_answer(stack: Stack) -> None:
    record = await no_match_answer(stack)
    lower = buttons(record.original)["Lower threshold to 75%"]
    assert record.original is not None

    pressed = await stack.invoke(stack.payloads.component(lower, record.original))

    assert pressed.response_type == DEFERRED_UPDATE
    last = stack.memories.requests[-1]
    assert last.fields["similarity"] == "0.75"
    [embed] = final_embeds(pressed)
    assert shows_matches(embed, "q.png")
    assert "Only at 78" in embed["fields"][0]["value"]
    assert set(buttons(pressed.original)) == {
        "All platforms",
        "Lower threshold to 65%",
        "Search mirrored",
        "Search the centre",
    }
    assert_clean(stack, pressed)


async def test_all_platforms_searches_the_three_public_libraries(stack: Stack) -> None:
    record = await no_match_answer(stack)
    assert record.original is not None
    before = len(stack.memories.requests)

    pressed = await stack.invoke(
        stack.payloads.component(buttons(record.original)["All platforms"], record.original)
    )

    asked = {r.fields["type"] for r in stack.memories.requests[before:]}
    assert asked == {"YOUTUBE", "INSTAGRAM"}, "TikTok's answer comes from the result cache"
    assert pressed.original is not None
    footer = pressed.original["embeds"][0]["footer"]["text"]
    assert footer.startswith("q.png · Searched All public platforms")
    assert footer.endswith("TikTok cached 0 s ago")


async def test_only_the_invoker_can_press(stack: Stack) -> None:
    record = await no_match_answer(stack)
    assert record.original is not None
    before = len(stack.memories.requests)
    press = stack.payloads.component(
        buttons(record.original)["All platforms"], record.original, user_id=OTHER_USER
    )

    pressed = await stack.invoke(press)

    assert pressed.response_type == CHANNEL_MESSAGE
    assert pressed.ephemeral
    assert "Only the person who ran this search" in pressed.callbacks[0].data["content"]
    assert len(stack.memories.requests) == before


async def checked_message_answer(stack: Stack) -> tuple[InteractionRecord, dict[str, Any]]:
    """A member's message with a picture, and a moderator's private "Find source video" answer."""
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95)])
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("a.png", imagegen.png())])
    await stack.discord.messages.post(message)
    menu = stack.payloads.message_context_menu(
        "Find source video", message, permissions=MODERATOR_PERMISSIONS
    )
    record = await stack.invoke(menu)
    assert record.ephemeral
    return record, message


async def test_the_context_menu_answer_is_shared_as_a_reply_to_the_checked_message_once(
    stack: Stack,
) -> None:
    record, message = await checked_message_answer(stack)
    assert record.original is not None
    share = buttons(record.original)["Post publicly"]

    pressed = await stack.invoke(stack.payloads.component(share, record.original))
    again = await stack.invoke(stack.payloads.component(share, record.original))

    assert pressed.response_type == UPDATE_MESSAGE
    [posted] = stack.discord.messages_in(stack.discord.channel_id)
    assert str(posted.payload["message_reference"]["message_id"]) == message["id"]
    jump = f"https://discord.com/channels/{stack.discord.guild_id}/{message['channel_id']}"
    assert posted.payload["content"].startswith("🔎 Shared by <@")
    assert f"{jump}/{message['id']}" in posted.payload["content"]
    assert shows_matches(posted.payload["embeds"][0], "a.png")
    assert posted.payload["allowed_mentions"]["parse"] == []
    assert "Posted publicly" in buttons(pressed.callbacks[0].data)
    assert "already posted publicly" in ephemeral_error(again)
    assert f"{jump}/{posted.message['id']}" in ephemeral_error(again)


async def test_the_menu_answer_jumps_to_and_deletes_the_checked_message(stack: Stack) -> None:
    record, message = await checked_message_answer(stack)
    assert record.original is not None
    offered = buttons(record.original)
    jump = f"https://discord.com/channels/{stack.discord.guild_id}/{message['channel_id']}"
    assert offered["Jump to message"] == f"{jump}/{message['id']}"

    member = await stack.invoke(
        stack.payloads.component(offered["Delete message"], record.original)
    )
    moderator = await stack.invoke(
        stack.payloads.component(
            offered["Delete message"], record.original, permissions=MODERATOR_PERMISSIONS
        )
    )

    assert "Manage Messages" in ephemeral_error(member)
    assert stack.discord.messages.deleted_by_bot == [int(message["id"])]
    assert moderator.response_type == UPDATE_MESSAGE
    assert "Message deleted" in buttons(moderator.callbacks[0].data)


async def test_buttons_keep_working_after_a_restart(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        async with bot_on(memories, discord_fake, tmp_path, {}) as first:
            record = await no_match_answer(first)
        assert record.original is not None
        lower = buttons(record.original)["Lower threshold to 75%"]
        invoker = int(record.payload["member"]["user"]["id"])

        async with bot_on(memories, discord_fake, tmp_path, {}) as restarted:
            press = restarted.payloads.component(lower, record.original, user_id=invoker)
            pressed = await restarted.invoke(press)

        assert shows_matches(final_embeds(pressed)[0], "q.png")
        assert restarted.session.logged_errors == []


async def test_a_follow_up_of_a_menu_check_names_the_image_posted_in_its_picture(
    stack: Stack,
) -> None:
    stack.memories.set_default(
        [hit("PI-1", "Only at 78", 5, 0.78, keyframe_bucket="kf", keyframe_blob="f/1.jpg")]
    )
    image, keyframe = imagegen.png(), imagegen.jpeg(64, 48)
    stack.memories.evidence.files[("kf", "f/1.jpg")] = keyframe
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("a.png", image)])
    menu = stack.payloads.message_context_menu(
        "Find source video", message, permissions=MODERATOR_PERMISSIONS
    )
    record = await stack.invoke(menu)
    lower = buttons(record.original)["Lower threshold to 75%"]
    assert record.original is not None

    pressed = await stack.invoke(stack.payloads.component(lower, record.original))

    pictures = [
        f.data for e in pressed.original_edits for f in e.files if f.filename == "match-1.jpg"
    ]
    assert pictures[-1] == compose(image, keyframe, ("Posted image", "Match 1 at 0:05"))
