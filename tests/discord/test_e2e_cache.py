"""The result cache end to end: the real bot, a real SQLite file, the fakes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.stack import Stack, bot_on, final_embeds, running_stack

T0 = 1_800_000_000.0


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(stack: Stack) -> Clock:
    """The wall clock of the cache (entry times and ages)."""
    clock = Clock()
    assert stack.bot.services.search.cache is not None
    stack.bot.services.search.cache.clock = clock
    return clock


def upload(stack: Stack, name: str = "a.png", data: bytes | None = None) -> dict[str, object]:
    """A fresh attachment (new URL each time) of the same bytes unless told otherwise."""
    return stack.payloads.uploaded(name, data if data is not None else imagegen.png())


async def test_the_same_image_again_is_answered_from_the_cache_saying_so(
    stack: Stack, clock: Clock
) -> None:
    stack.memories.set_default([hit("PI-1", "Cat jumps", 10, 0.97)])
    first = await stack.slash(image=upload(stack, "first.png"))
    clock.now += 300

    again = await stack.slash(image=upload(stack, "again.png"))

    assert len(stack.memories.requests) == 1, "a repeat costs no API call"
    [before], [after] = final_embeds(first), final_embeds(again)
    assert "cached" not in before["footer"]["text"]
    assert after["footer"]["text"].splitlines()[0].endswith("· cached 5 min ago")
    assert after["fields"][0]["name"] == "1. TikTok · 97% similar · likely original"
    assert "Cat jumps" in after["fields"][0]["value"]


async def test_a_higher_threshold_is_filtered_from_the_cache(stack: Stack, clock: Clock) -> None:
    stack.memories.set_default([hit("PI-1", "close", 1, 0.97), hit("PI-2", "loose", 1, 0.75)])
    first = await stack.slash(image=upload(stack), min_match=70)

    stricter = await stack.slash(image=upload(stack), min_match=90)

    assert len(stack.memories.requests) == 1
    assert len(final_embeds(first)[0]["fields"]) == 2
    [embed] = final_embeds(stricter)
    names = [f["name"] for f in embed["fields"]]
    assert names == ["1. TikTok · 97% similar · likely original", "Seen here before"]
    assert "cached" in embed["footer"]["text"]


async def test_a_lower_threshold_asks_the_api_again(stack: Stack, clock: Clock) -> None:
    await stack.slash(image=upload(stack), min_match=90)

    await stack.slash(image=upload(stack), min_match=70)

    assert [r.fields["similarity"] for r in stack.memories.requests] == ["0.9", "0.7"]


async def test_another_image_or_platform_is_not_a_cache_hit(stack: Stack, clock: Clock) -> None:
    await stack.slash(image=upload(stack))

    await stack.slash(image=upload(stack, data=imagegen.png(80, 60)))
    await stack.slash(image=upload(stack), platform="youtube")

    assert len(stack.memories.requests) == 3


async def test_an_expired_answer_asks_the_api_and_is_swept_away(stack: Stack, clock: Clock) -> None:
    await stack.slash(image=upload(stack))
    clock.now += 24 * 3600

    after = await stack.slash(image=upload(stack))

    assert len(stack.memories.requests) == 2
    assert "cached" not in final_embeds(after)[0]["footer"]["text"]
    clock.now += 24 * 3600
    assert (await stack.bot.services.retention.sweep()).cache_entries == 1
    row = await stack.bot.services.database.fetch_one("SELECT COUNT(*) FROM result_cache")
    assert row is not None
    assert row[0] == 0


async def test_all_platforms_partly_cached_says_which_came_from_the_cache(
    stack: Stack, clock: Clock
) -> None:
    await stack.slash(image=upload(stack), platform="tiktok")
    clock.now += 60

    record = await stack.slash(image=upload(stack), platform="all")

    assert sorted(r.fields["type"] for r in stack.memories.requests) == [
        "INSTAGRAM",
        "TIKTOK",
        "YOUTUBE",
    ]
    assert final_embeds(record)[0]["footer"]["text"].endswith("· TikTok cached 1 min ago")


async def test_the_cache_survives_a_restart(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        memories.set_default([hit("PI-1", "kept", 1, 0.9)])
        async with bot_on(memories, discord_fake, tmp_path, {}) as stack:
            await stack.slash(image=upload(stack))
        async with bot_on(memories, discord_fake, tmp_path, {}) as restarted:
            record = await restarted.slash(image=upload(restarted))

    assert len(memories.requests) == 1
    assert "cached" in final_embeds(record)[0]["footer"]["text"]


async def test_no_image_bytes_are_stored_only_the_hash(stack: Stack, clock: Clock) -> None:
    await stack.slash(image=upload(stack))

    database = await asyncio.to_thread(Path(stack.bot.services.database.location).read_bytes)
    assert imagegen.png() not in database
    row = await stack.bot.services.database.fetch_one("SELECT image_sha256 FROM result_cache")
    assert row is not None
    assert len(row[0]) == 64


async def test_a_zero_time_to_live_turns_the_cache_off(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"CACHE_TTL_HOURS": "0"}) as stack:
        await stack.slash(image=upload(stack))
        await stack.slash(image=upload(stack))

        assert len(stack.memories.requests) == 2


async def test_another_servers_cached_search_is_used_but_not_told(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "kept", 1, 0.9)])
    await stack.slash(image=upload(stack))
    elsewhere = stack.payloads.slash_command("findvideo", {"image": upload(stack)})
    other_guild = str(stack.discord.snowflakes.next())
    elsewhere["guild_id"] = elsewhere["guild"]["id"] = other_guild
    elsewhere["authorizing_integration_owners"] = {"0": other_guild}

    record = await stack.invoke(elsewhere)
    again = await stack.slash(image=upload(stack))

    assert len(stack.memories.requests) == 1, "the other server's answer came from the cache"
    assert "cached" not in final_embeds(record)[0]["footer"]["text"]
    assert "cached" in final_embeds(again)[0]["footer"]["text"], "the first server's own search"
