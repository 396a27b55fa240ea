"""One search flow: a follow-up button's search again goes through the same function as the first
answer (`answer_search`, edit-in-place), so it is logged and counted like it, pages like it, and
fails like it; only the message it edits differs."""

from __future__ import annotations

import logging

import pytest

from tests import imagegen
from tests.discord.buttons import page_buttons, press
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import ErrorEnvelope, hit
from tests.stack import Stack, final_embeds, shows_matches, shows_no_match

DEFERRED_UPDATE = 6
EPHEMERAL = 64


async def six_near_misses(stack: Stack) -> InteractionRecord:
    """An answer without matches (six videos at 76-78 %, under the 80 % asked), two per page."""
    stack.memories.set_default([hit(f"PI-{n}", f"video {n}", n, 0.78 - n / 300) for n in range(6)])
    return await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()), results=2)


async def test_a_re_run_with_more_matches_than_a_page_has_page_buttons(stack: Stack) -> None:
    answer = await six_near_misses(stack)
    assert shows_no_match(final_embeds(answer)[0], "q.png")

    pressed = await press(stack, answer, "Lower threshold to 75%")

    assert pressed.response_type == DEFERRED_UPDATE
    assert shows_matches(final_embeds(pressed)[0], "q.png")
    shown = page_buttons(pressed.original or {})
    assert [button["label"] for button in shown] == ["◀", "1/3 ▶"]
    turned = await press(stack, pressed, "▶")
    assert "Matches 3–4 of 6" in (turned.original or {})["embeds"][0]["description"]


async def test_a_re_run_is_logged_like_a_first_search(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    answer = await six_near_misses(stack)

    with caplog.at_level(logging.INFO, logger="bot.search"):
        await press(stack, answer, "Lower threshold to 75%")

    [record] = [r for r in caplog.records if r.name == "bot.search"]
    facts = record.__dict__["search"]
    assert (facts["kind"], facts["outcome"], facts["api_calls"]) == ("button", "match", 1)


async def test_a_re_run_that_fails_says_so_privately_and_keeps_the_answer(stack: Stack) -> None:
    answer = await six_near_misses(stack)
    stack.memories.set_default(ErrorEnvelope("0402"))

    pressed = await press(stack, answer, "Lower threshold to 75%")

    assert not pressed.deleted
    [followup] = pressed.followups
    assert int(followup.payload.get("flags", 0)) & EPHEMERAL
    assert "operator" in str(followup.payload["content"])
    assert shows_no_match(final_embeds(answer)[0], "q.png")
