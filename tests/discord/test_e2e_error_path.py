"""One error path: a button or a view whose handler fails answers like a failing command (a short
private apology, the failure logged with what was pressed, by whom, where), never Discord's "This
interaction failed" and never a traceback; a refusal raised by a button is shown as it is."""

from __future__ import annotations

import pytest

from bot.core.language import english
from bot.discord.interaction_errors import UNEXPECTED_ERROR
from bot.discord.paging import PagedView
from tests import imagegen
from tests.discord.buttons import press
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, final_embeds, shows_no_match

SECRET = "internal detail that users must not see"
EPHEMERAL = 64


async def explode(*args: object, **kwargs: object) -> None:
    raise RuntimeError(SECRET)


def private_followup(record: InteractionRecord) -> str:
    """The text of the private followup a button that had already edited its message sent."""
    assert not record.deleted, "the message the button is on must stay"
    [followup] = record.followups
    assert int(followup.payload.get("flags", 0)) & EPHEMERAL
    return str(followup.payload["content"])


def assert_apologised(stack: Stack, record: InteractionRecord, message: str) -> None:
    pressed = record.payload["data"]["custom_id"]
    assert message.endswith(english().say(UNEXPECTED_ERROR))
    assert SECRET not in message
    assert "Traceback" not in message
    [logged] = stack.session.logged_errors
    assert "unexpected error" in logged.getMessage()
    assert f"component={pressed}" in logged.getMessage()
    assert f"user={record.payload['member']['user']['id']}" in logged.getMessage()
    assert logged.exc_info is not None
    assert SECRET in str(logged.exc_info[1])


async def no_match_answer(stack: Stack) -> InteractionRecord:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])
    return await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))


async def test_a_persistent_button_failing_at_once_apologises_privately(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = await no_match_answer(stack)
    monkeypatch.setattr(stack.bot.services.followups.store, "get", explode)

    pressed = await press(stack, answer, "All platforms")

    assert_apologised(stack, pressed, ephemeral_error(pressed))


async def test_a_re_run_failing_after_it_began_apologises_and_keeps_the_answer(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = await no_match_answer(stack)
    monkeypatch.setattr(stack.bot.services.search, "search_sources", explode)

    pressed = await press(stack, answer, "All platforms")

    assert_apologised(stack, pressed, private_followup(pressed))
    assert shows_no_match(final_embeds(answer)[0], "q.png")


async def test_a_failing_page_button_apologises_privately(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack.memories.set_default([hit(f"PI-{n}", f"video {n}", n, 0.99 - n / 100) for n in range(6)])
    answer = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=2)
    monkeypatch.setattr(PagedView, "_show", explode)

    pressed = await press(stack, answer, "▶")

    assert_apologised(stack, pressed, ephemeral_error(pressed))
