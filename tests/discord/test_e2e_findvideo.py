"""/findvideo end to end: the real bot, discord.py and aiohttp against the local fakes."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from tests import imagegen
from tests.fakes.memories_api import PRIVATE_PATH, Delay, hit
from tests.stack import (
    CHANNEL_MESSAGE,
    Stack,
    assert_clean,
    ephemeral_error,
    final_embeds,
    running_stack,
    shows_error,
    shows_matches,
    shows_no_match,
)

DEFERRED_WITH_SOURCE = 5


async def test_an_attached_image_gets_ranked_matches_after_an_immediate_defer(stack: Stack) -> None:
    stack.memories.set_default(
        [
            hit("PI-2", "Second video", 10, 0.88),
            hit("PI-1", "Cat jumps into box", 79, 0.91, end=80),
            hit("PI-1", "Cat jumps into box", 81, 0.97),
            hit("PI-1", "Cat jumps into box", 300, 0.90),
        ]
    )
    image = stack.payloads.uploaded("cat.png", imagegen.png())

    record = await stack.slash(image=image)

    assert record.callbacks[0].type == DEFERRED_WITH_SOURCE
    assert not record.ephemeral
    [embed] = final_embeds(record)
    assert shows_matches(embed, "cat.png")
    assert [f["name"] for f in embed["fields"]] == [
        "1. TikTok · 97% similar · likely original",
        "2. TikTok · 88% similar",
    ]
    assert "Cat jumps into box" in embed["fields"][0]["value"]
    assert "at 1:19–1:21, 5:00" in embed["fields"][0]["value"]
    assert "PI-1" not in str(embed["fields"]) + embed["description"], "no id in the answer's text"
    assert embed["footer"]["text"].endswith("Video ids: PI-1, PI-2")
    assert embed["thumbnail"]["url"] == image["url"]
    assert embed["footer"]["text"].startswith("cat.png · Searched TikTok · minimum match 85%")
    assert_clean(stack, record)
    assert stack.session.logged_errors == []


async def test_the_api_gets_the_real_format_type_and_threshold(stack: Stack) -> None:
    image = stack.payloads.uploaded("photo.jpeg.txt", imagegen.png(), "image/png")

    await stack.slash(image=image, platform="youtube", min_match=70)

    [request] = stack.memories.requests
    assert request.file_name == "query.png"
    assert request.file_content_type == "image/png"
    assert request.file_bytes == imagegen.png()
    assert request.fields["type"] == "YOUTUBE"
    assert request.fields["similarity"] == "0.7"
    assert request.headers["Authorization"] == stack.memories.api_key


async def test_private_answers_are_deferred_ephemeral(stack: Stack) -> None:
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), private=True)

    assert record.deferred
    assert record.ephemeral
    assert shows_no_match(final_embeds(record)[0], "a.png")


async def test_all_public_platforms_are_searched_and_labelled(stack: Stack) -> None:
    stack.memories.script(
        [hit("PI-t", "on tiktok", 1, 0.90)],
        [hit("PI-y", "on youtube", 1, 0.99)],
        [hit("PI-i", "on instagram", 1, 0.95)],
    )

    record = await stack.slash(
        image=stack.payloads.uploaded("a.png", imagegen.png()), platform="all"
    )

    assert sorted(r.fields["type"] for r in stack.memories.requests) == [
        "INSTAGRAM",
        "TIKTOK",
        "YOUTUBE",
    ]
    names = [f["name"] for f in final_embeds(record)[0]["fields"]]
    assert len(names) == 3
    assert all(any(p in n for p in ("TikTok", "YouTube", "Instagram")) for n in names)
    assert [n.split(" · ")[1] for n in names] == ["99% similar", "95% similar", "90% similar"]


async def test_the_private_library_is_the_servers_own_by_default(stack: Stack) -> None:
    stack.memories.set_default([hit("VI-9", "upload.mp4", 12, 0.93)], endpoint="private")

    record = await stack.slash(
        image=stack.payloads.uploaded("a.png", imagegen.png()), platform="private"
    )

    [request] = stack.memories.requests
    assert request.path == PRIVATE_PATH
    assert request.fields["unique_id"] == str(stack.discord.guild_id)
    assert "Server library" in final_embeds(record)[0]["fields"][0]["name"]


async def test_results_caps_a_page_and_says_where_the_others_are(stack: Stack) -> None:
    stack.memories.set_default([hit(f"PI-{n}", f"video {n}", n, 0.9 + n / 100) for n in range(6)])

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()), results=2)

    [embed] = final_embeds(record)
    assert len(embed["fields"]) == 2
    assert "Matches 1–2 of 6; ◀ ▶ turn the pages." in embed["description"]


async def test_no_match_says_so_with_a_hint(stack: Stack) -> None:
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    [embed] = final_embeds(record)
    assert "No video matched at 85% or more on TikTok." in embed["description"]
    assert "lower the minimum match" in embed["description"]


async def test_hostile_video_titles_cannot_mention_or_format(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "@everyone <@&1> **FREE** \n# big", 1, 0.9)])

    record = await stack.slash(image=stack.payloads.uploaded("@here.png", imagegen.png()))

    [embed] = final_embeds(record)
    value = embed["fields"][0]["value"]
    assert "@everyone" not in value
    assert "@here" not in embed["title"]
    assert "\\*\\*FREE\\*\\*" in value
    assert record.original_edits[-1].payload["allowed_mentions"] == {"parse": []}
    assert_clean(stack, record)


async def test_without_any_image_the_user_is_told_privately_at_once(stack: Stack) -> None:
    record = await stack.slash(private=False)

    assert record.response_type == CHANNEL_MESSAGE
    assert "Attach an image" in ephemeral_error(record)
    assert stack.memories.requests == []


async def test_a_declared_pdf_is_refused_before_any_download(stack: Stack) -> None:
    pdf = stack.payloads.uploaded("report.pdf", imagegen.pdf(), "application/pdf")

    record = await stack.slash(image=pdf)

    assert record.response_type == CHANNEL_MESSAGE
    assert "report.pdf" in ephemeral_error(record)
    assert stack.discord.attachment_fetches == []
    assert stack.memories.requests == []


async def test_text_named_png_is_caught_from_its_bytes_and_never_sent(stack: Stack) -> None:
    fake_png = stack.payloads.uploaded("notes.png", imagegen.text(), "image/png")

    record = await stack.slash(image=fake_png)

    assert record.deferred
    message = ephemeral_error(record)
    assert "notes.png" in message
    assert "text" in message
    assert stack.memories.requests == []
    assert stack.session.logged_errors == []


async def test_one_bad_image_among_good_ones_gets_its_own_error_embed(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "found", 3, 0.9)])
    good = stack.payloads.uploaded("good.png", imagegen.png())
    broken = stack.payloads.uploaded("broken.png", imagegen.truncated(imagegen.png(400, 300)))

    record = await stack.slash(image=good, image2=broken)

    first, second = final_embeds(record)
    assert shows_matches(first, "good.png")
    assert shows_error(second, "broken.png")
    assert "damaged" in second["description"]
    assert len(stack.memories.requests) == 1


async def test_an_out_of_credit_account_is_explained_privately(stack: Stack) -> None:
    stack.memories.script("0402")

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert "used up its search credits" in ephemeral_error(record)
    assert len(stack.memories.requests) == 1


async def test_a_refused_key_reads_as_misconfigured_and_the_key_never_leaks(stack: Stack) -> None:
    stack.memories.script("0401")

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert "misconfigured" in ephemeral_error(record)
    sent = repr(record.message_payloads()) + repr(
        [r.getMessage() for r in stack.session.logged_errors]
    )
    assert stack.memories.api_key not in sent
    assert any("0401" in r.getMessage() for r in stack.session.logged_errors), "operator is told"


async def test_the_bot_defers_before_a_slow_api_answers(stack: Stack) -> None:
    answer = asyncio.Event()
    stack.memories.script(Delay(answer, then=[hit("PI-1", "late", 1, 0.9)]))

    async def release_once_searching() -> bool:
        await stack.memories.wait_for_requests(1)
        [record] = stack.discord.interactions.values()
        deferred_already = record.deferred
        answer.set()
        return deferred_already

    releaser = asyncio.create_task(release_once_searching())
    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert await releaser, "the defer must reach Discord before the search is answered"
    assert shows_matches(final_embeds(record)[0], "a.png")


async def test_an_unexpected_failure_gets_a_short_apology_not_a_traceback(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal detail that users must not see")

    monkeypatch.setattr(stack.bot.services.search, "search_sources", explode)

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    message = ephemeral_error(record)
    assert "Something went wrong on my side" in message
    assert "internal detail" not in message
    assert "Traceback" not in message
    assert len(stack.session.logged_errors) == 1


SPACED_RPS = 10
"""This test's rate: its spacing (100 ms) dwarfs the arrival jitter at the fake API (loopback and
a busy event loop: 13 ms seen on a loaded machine, as much as the suite's 50/s leaves)."""


async def test_concurrent_searches_go_out_no_faster_than_the_configured_rate(tmp_path) -> None:
    names = ("image", "image2", "image3")
    async with running_stack(tmp_path, {"MEMORIES_MAX_RPS": str(SPACED_RPS)}) as stack:
        images = {name: stack.payloads.uploaded(f"{name}.png", imagegen.png()) for name in names}
        record = await stack.slash(platform="all", **images)

    times = sorted(r.received_at for r in stack.memories.requests)
    assert len(times) == 9
    # Measured at the server, so arrival jitter blurs each gap; no limiting at all would show
    # gaps of a millisecond or so: half an interval tells the two apart with the most margin.
    interval = 1 / SPACED_RPS
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= interval / 2, gaps
    assert times[-1] - times[0] >= 8 * interval - interval / 2
    assert len(final_embeds(record)) == 3


async def test_several_images_failing_for_one_reason_say_it_once(stack: Stack) -> None:
    stack.memories.set_default("0402")
    images = {n: stack.payloads.uploaded(f"{n}.png", imagegen.png()) for n in ("image", "image2")}

    record = await stack.slash(**images)

    message = ephemeral_error(record)
    assert message.count("used up its search credits") == 1
    assert "None of the images" not in message


async def test_several_images_failing_for_different_reasons_list_each(stack: Stack) -> None:
    empty = stack.payloads.uploaded("empty.png", b"", "image/png")
    text = stack.payloads.uploaded("notes.png", imagegen.text(), "image/png")

    record = await stack.slash(image=empty, image2=text)

    message = ephemeral_error(record)
    assert message.startswith("⚠️ None of the images could be searched:")
    assert "• empty.png is empty" in message
    assert "• notes.png is a text file" in message
