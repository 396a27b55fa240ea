"""Page buttons and the possible-match button under a search answer."""

from __future__ import annotations

from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.discord.buttons import (
    UPDATE_MESSAGE,
    buttons,
    page_buttons,
    press,
    until_buttons_disabled,
)
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, assert_clean, ephemeral_error, final_embeds


def six_videos(stack: Stack) -> None:
    stack.memories.set_default([hit(f"PI-{n}", f"video {n}", n, 0.99 - n / 100) for n in range(6)])


def six_videos_then_none(stack: Stack) -> None:
    """The first image finds six videos, the second none (so "lower threshold" is offered)."""
    six = [hit(f"PI-{n}", f"video {n}", n, 0.99 - n / 100) for n in range(6)]
    stack.memories.script(six, [])


async def two_images(stack: Stack) -> InteractionRecord:
    a, b = (stack.payloads.uploaded(name, imagegen.png()) for name in ("a.png", "b.png"))
    return await stack.slash(image=a, image2=b, results=2)


def field_names(message: dict[str, Any]) -> list[str]:
    embed = message["embeds"][0]
    return [field["name"].split(" ")[0] for field in embed["fields"]]


async def test_the_invoker_turns_pages_in_place(stack: Stack) -> None:
    six_videos(stack)
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=2)
    assert field_names(record.original or {}) == ["1.", "2."]

    turned = await press(stack, record, "▶")

    assert turned.response_type == UPDATE_MESSAGE
    assert field_names(turned.original or {}) == ["3.", "4."]
    assert "Matches 3–4 of 6" in (turned.original or {})["embeds"][0]["description"]
    last = await press(stack, turned, "▶")
    assert field_names(last.original or {}) == ["5.", "6."]
    assert all(b["disabled"] for b in buttons(last.original or {}) if "▶" in b["label"])
    back = await press(stack, last, "◀")
    assert field_names(back.original or {}) == ["3.", "4."]
    assert_clean(stack, back)


async def test_anyone_else_is_refused_privately_and_the_page_stays(stack: Stack) -> None:
    six_videos(stack)
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=2)

    other = await press(stack, record, "▶", user_id=stack.payloads.snowflake())

    assert "Only the person who ran this command" in ephemeral_error(other)
    assert [c.type for c in other.callbacks] == [4], "a private reply, the answer is not edited"
    assert field_names(record.original or {}) == ["1.", "2."]


async def test_an_answer_that_fits_one_page_has_no_page_buttons(stack: Stack) -> None:
    six_videos(stack)

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=10)

    assert page_buttons(record.original or {}) == []
    assert [b["label"] for b in buttons(record.original or {})] == ["Lower threshold to 75%"]
    assert len(final_embeds(record)[0]["fields"]) == 6


async def test_a_full_answer_offers_no_lower_threshold_on_any_page(stack: Stack) -> None:
    six_videos(stack)

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=1)

    labels = [b["label"] for b in buttons(record.original or {})]
    assert not any("Lower threshold" in label for label in labels)
    assert not any("All platforms" in label for label in labels)


async def test_the_buttons_are_disabled_when_the_view_times_out(stack: Stack) -> None:
    six_videos_then_none(stack)
    stack.bot.view_timeout = 0.05

    record = await two_images(stack)

    await until_buttons_disabled(stack, record)
    assert field_names(record.original or {}) == ["1.", "2."], "the page itself stays"
    others = [
        b for b in buttons(record.original or {}) if b not in page_buttons(record.original or {})
    ]
    assert others, "this answer also has follow-up buttons"
    assert not any(b.get("disabled") for b in others), "they live on, after a restart even"


async def test_possible_matches_wait_behind_a_button(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(min_match=90, possible_match=70)
    )
    stack.memories.set_default(
        [
            hit("PI-sure", "sure", 1, 0.95),
            hit("PI-maybe", "maybe", 1, 0.8),
            hit("PI-no", "no", 1, 0.6),
        ]
    )

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    [request] = stack.memories.requests
    assert request.fields["similarity"] == "0.7", "the API is asked at the possible-match threshold"
    [embed] = final_embeds(record)
    assert [f["name"] for f in embed["fields"]] == ["1. TikTok · 95% similar · likely original"]
    assert "1 more video matched at 70–89%" in embed["description"]
    shown = await press(stack, record, "Show possible matches", user_id=stack.payloads.snowflake())
    [reply] = shown.callbacks
    assert int(reply.data["flags"]) & 64, "shown privately to whoever asks"
    [possible] = reply.data["embeds"]
    assert possible["title"] == "Possible matches for a.png"
    assert [f["name"] for f in possible["fields"]] == ["1. TikTok · 80% similar"]
    assert "PI-no" not in str(reply.data)


async def test_without_possible_matches_there_is_no_button_for_them(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(possible_match=70)
    )
    stack.memories.set_default([hit("PI-sure", "sure", 1, 0.95)])

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    labels = [b["label"] for b in buttons(record.original or {})]
    assert "Show possible matches" not in labels
    assert not any("▶" in label for label in labels)


async def test_follow_up_buttons_beside_the_pages_still_work(stack: Stack) -> None:
    six_videos_then_none(stack)
    record = await two_images(stack)

    pressed = await press(stack, record, "Lower threshold")

    asked = [r.fields["similarity"] for r in stack.memories.requests]
    assert asked == ["0.85", "0.85", "0.75", "0.75"]
    assert pressed.original is not None
    assert "minimum match 75%" in pressed.original["embeds"][0]["footer"]["text"]
    assert stack.session.logged_errors == []
