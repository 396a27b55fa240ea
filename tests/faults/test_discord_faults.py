"""A misbehaving Discord, end to end: the gateway dropping mid-search, 429 and 5xx on the answer,
an interaction token that expired, and a channel where the bot may not embed links."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import Delay, FakeMemoriesApi, hit
from tests.stack import Stack, bot_on, final_embeds, shows_matches

EMBED_LINKS, SEND_MESSAGES = 1 << 14, 1 << 11
ORIGINAL = "/messages/@original"
HITS = [hit("PI-1", "Cat jumps into box", 79, 0.97)]


@pytest.fixture
async def live(tmp_path: Path) -> AsyncIterator[Stack]:
    """A bot that reconnects like in production."""
    async with (
        FakeMemoriesApi() as memories,
        FakeDiscord() as discord_fake,
        bot_on(memories, discord_fake, tmp_path, {}, reconnect=True) as stack,
    ):
        memories.set_default(HITS)
        yield stack


def search_payload(stack: Stack, name: str = "cat.png", **options: Any) -> dict[str, Any]:
    image = stack.payloads.uploaded(name, imagegen.png())
    return stack.payloads.slash_command("findvideo", {"image": image, **options})


async def test_the_gateway_closing_mid_search_the_bot_reconnects_and_still_answers(live: Stack):
    release = asyncio.Event()
    live.memories.script(Delay(release, then=HITS))
    searching = asyncio.create_task(live.invoke(search_payload(live)))
    await live.memories.wait_for_requests(1)
    connections = live.discord.gateway.identify_count

    live.discord.gateway.reconnected.clear()
    await live.discord.gateway.close_all()
    await live.discord.gateway.reconnected.wait()  # discord.py resumed (or identified again)
    release.set()
    record = await searching

    assert shows_matches(final_embeds(record)[0], "cat.png")
    assert live.discord.gateway.connected
    after = await live.invoke(search_payload(live, "next.png"))  # over the new connection
    assert shows_matches(final_embeds(after)[0], "next.png")
    assert live.discord.gateway.identify_count == connections  # resumed, not a new session
    assert live.session.logged_errors == []


@pytest.mark.parametrize("status", [429, 502])
async def test_a_rate_limit_or_server_error_on_the_answer_is_retried(live: Stack, status: int):
    live.discord.fail_next("PATCH", ORIGINAL, status)

    record = await live.invoke(search_payload(live))

    assert shows_matches(final_embeds(record)[0], "cat.png")
    assert [fault.split(": ")[1] for fault in live.discord.faults_served] == [str(status)]
    assert live.discord.violations == []


async def test_an_expired_token_posts_a_public_answer_in_the_channel(live: Stack):
    live.discord.fail_next("PATCH", ORIGINAL, 401, code=50027, times=10)

    await live.invoke(search_payload(live))

    [posted] = live.discord.channel_messages
    assert shows_matches(posted.message["embeds"][0], "cat.png")
    assert "the answer to your search" in posted.message["content"]
    assert posted.payload["allowed_mentions"] == {"parse": []}
    assert live.session.logged_errors == []


async def test_without_embed_links_the_channel_answer_is_text(live: Stack):
    channel_id = await live.discord.add_text_channel("no-embeds", bot_denied=EMBED_LINKS)
    live.discord.fail_next("PATCH", ORIGINAL, 401, code=50027, times=10)
    payload = search_payload(live)
    payload["channel_id"] = payload["channel"]["id"] = str(channel_id)

    await live.invoke(payload)

    [posted] = live.discord.messages_in(channel_id)
    assert posted.payload.get("embeds", []) == []
    assert "**Likely original: TikTok · 97%**" in posted.message["content"]
    assert "Cat jumps into box" in posted.message["content"]


async def test_without_send_messages_nothing_is_posted_and_nothing_crashes(live: Stack, caplog):
    channel_id = await live.discord.add_text_channel("read-only", bot_denied=SEND_MESSAGES)
    live.discord.fail_next("PATCH", ORIGINAL, 401, code=50027, times=10)
    payload = search_payload(live)
    payload["channel_id"] = payload["channel"]["id"] = str(channel_id)

    with caplog.at_level(logging.WARNING):
        await live.invoke(payload)

    assert live.discord.messages_in(channel_id) == []
    assert any("could not be posted" in r.getMessage() for r in caplog.records)
    assert live.session.logged_errors == []


async def test_an_expired_private_answer_is_not_posted_publicly(live: Stack):
    live.discord.fail_next("PATCH", ORIGINAL, 401, code=50027, times=10)

    await live.invoke(search_payload(live, private=True))

    assert live.discord.channel_messages == []
    assert live.session.logged_errors == []
