"""Cooldown and daily budget end to end: refusals are private, exact, and cost no API call."""

from __future__ import annotations

import asyncio
import re
import time

from bot.core.moderation.fair_use import next_utc_midnight
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.history import SearchKind
from tests import imagegen
from tests.discord.buttons import MODERATOR, press, with_permissions
from tests.stack import Stack, ephemeral_error, final_embeds, shows_error, shows_no_match

RELATIVE_TIME = re.compile(r"<t:(\d+):R>")


async def server_sets(stack: Stack, **values: object) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, GuildOverrides(**values))  # type: ignore[arg-type]


def image(stack: Stack, width: int = 64) -> dict[str, object]:
    return stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48))


def retry_at(message: str) -> int:
    found = RELATIVE_TIME.search(message)
    assert found, f"no Discord relative timestamp in {message!r}"
    return int(found[1])


async def test_over_the_cooldown_a_member_is_told_when_to_come_back(stack: Stack) -> None:
    await server_sets(stack, cooldown=2)
    started = time.time()
    await stack.slash(image=image(stack, 64))
    await stack.slash(image=image(stack, 65))

    refused = await stack.slash(image=image(stack, 66))

    message = ephemeral_error(refused)
    assert "2 searches a minute" in message
    assert started + 59 <= retry_at(message) <= time.time() + 61
    assert len(stack.memories.requests) == 2, "no API call for a refused search"


async def test_members_with_manage_messages_have_no_cooldown(stack: Stack) -> None:
    await server_sets(stack, cooldown=1)

    for width in (64, 65, 66):
        payload = stack.payloads.slash_command("findvideo", {"image": image(stack, width)})
        record = await stack.invoke(with_permissions(payload, MODERATOR))
        assert shows_no_match(final_embeds(record)[0], f"{width}.png")

    assert len(stack.memories.requests) == 3


async def test_cache_hits_count_against_no_cooldown(stack: Stack) -> None:
    await server_sets(stack, cooldown=2)
    same = imagegen.png()
    await stack.slash(image=stack.payloads.uploaded("a.png", same))

    for _ in range(3):
        record = await stack.slash(image=stack.payloads.uploaded("a.png", same))
        assert "cached" in final_embeds(record)[0]["footer"]["text"]

    admitted = await stack.slash(image=image(stack, 89))
    assert shows_no_match(final_embeds(admitted)[0], "89.png")
    assert len(stack.memories.requests) == 2
    refused = await stack.slash(image=image(stack, 90))
    assert "2 searches a minute" in ephemeral_error(refused)


async def test_a_member_over_the_cooldown_costs_no_download(stack: Stack) -> None:
    await server_sets(stack, cooldown=1)
    await stack.slash(image=image(stack, 64))
    fetched = len(stack.discord.attachment_fetches)

    refused = await stack.slash(image=image(stack, 65), image2=image(stack, 66))

    assert "1 search a minute" in ephemeral_error(refused)
    assert len(stack.discord.attachment_fetches) == fetched, "refused before any download"


async def test_a_burst_of_commands_sent_at_once_is_held_to_the_cooldown(stack: Stack) -> None:
    await server_sets(stack, cooldown=3)
    payloads = [
        stack.payloads.slash_command("findvideo", {"image": image(stack, 70 + n)}) for n in range(4)
    ]

    records = await asyncio.gather(*(stack.invoke(payload) for payload in payloads))

    answered = [r for r in records if r.original is not None and r.original.get("embeds")]
    refused = [r for r in records if r not in answered]
    assert len(answered) == 3
    [late] = refused
    assert "3 searches a minute" in ephemeral_error(late)
    assert len(stack.discord.attachment_fetches) == 3, "the refused command downloaded nothing"
    assert len(stack.memories.requests) == 3


async def test_the_daily_budget_refuses_what_it_cannot_pay_until_midnight_utc(
    stack: Stack,
) -> None:
    await server_sets(stack, cooldown=0, daily_budget=2)

    everywhere = await stack.slash(image=image(stack), platform="all")

    message = ephemeral_error(everywhere)
    assert "needs 3 API calls" in message
    assert "only 2 left" in message
    assert retry_at(message) == int(next_utc_midnight(time.time()))
    assert stack.memories.requests == []


async def test_a_spent_budget_refuses_everyone_before_any_download(stack: Stack) -> None:
    await server_sets(stack, cooldown=0, daily_budget=1)
    same = imagegen.png()
    await stack.slash(image=stack.payloads.uploaded("a.png", same))
    fetched = len(stack.discord.attachment_fetches)

    payload = stack.payloads.slash_command("findvideo", {"image": image(stack, 70)})
    refused = await stack.invoke(with_permissions(payload, MODERATOR))
    again = await stack.slash(image=stack.payloads.uploaded("a.png", same))

    assert "used up today's search budget (1 API call)" in ephemeral_error(refused)
    assert refused.ephemeral, "this process saw the budget spent: private from the start"
    assert not refused.deleted, "no public 'thinking…' appeared and vanished"
    assert "used up today's search budget" in ephemeral_error(again)
    assert len(stack.discord.attachment_fetches) == fetched, "a spent budget downloads nothing"
    assert len(stack.memories.requests) == 1


async def test_a_partly_cached_search_over_the_budget_shows_what_the_cache_knew(
    stack: Stack,
) -> None:
    await server_sets(stack, cooldown=0, daily_budget=2)
    same = imagegen.png()
    await stack.slash(image=stack.payloads.uploaded("a.png", same))

    record = await stack.slash(
        image=stack.payloads.uploaded("a.png", same),
        image2=image(stack, 98),
        image3=image(stack, 99),
    )

    first, second, third = final_embeds(record)
    assert "cached" in first["footer"]["text"]
    assert shows_error(second, "98.png")
    assert "only 1 left" in third["description"]
    assert len(stack.memories.requests) == 1


async def test_a_follow_up_search_is_held_to_the_budget_too(stack: Stack) -> None:
    await server_sets(stack, cooldown=0, daily_budget=2)
    record = await stack.slash(image=image(stack))

    pressed = await press(stack, record, "All platforms")

    assert pressed.original is not None
    [embed] = pressed.original["embeds"]
    assert "YouTube could not be searched: This search needs 2 API calls" in embed["description"]
    assert embed["footer"]["text"].endswith("cached 0 s ago")
    assert len(stack.memories.requests) == 1, "TikTok was asked once; the others never"


async def test_a_follow_up_search_is_recorded_in_the_history(stack: Stack) -> None:
    record = await stack.slash(image=image(stack))

    await press(stack, record, "All platforms")

    [latest, first] = await stack.bot.services.history.recent(stack.discord.guild_id, limit=5)
    assert latest.kind is SearchKind.FOLLOW_UP
    assert latest.api_calls == 2
    assert first.api_calls == 1
