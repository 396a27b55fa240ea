"""Evidence end to end: links at the moment, creators and dates, the earliest upload, and the
matched keyframe beside the query, edited into an answer that was already sent."""

from __future__ import annotations

import asyncio
import io
from typing import Any

from PIL import Image

from tests import imagegen
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import Stack, assert_clean, final_embeds, shows_matches

YOUTUBE_URL = "https://www.youtube.com/watch?v=abc123"
TIKTOK_URL = "https://www.tiktok.com/@someone/video/42"


def framed_hit(video: str, title: str, start: float, score: float, blob: str) -> dict[str, object]:
    return hit(video, title, start, score, keyframe_bucket="kf", keyframe_blob=blob)


def uploaded_composite(record: InteractionRecord) -> Image.Image:
    [sent] = [f for edit in record.original_edits for f in edit.files]
    assert sent.filename == "match-1.jpg"
    image = Image.open(io.BytesIO(sent.data))
    image.load()
    return image


def field_values(embed: dict[str, Any]) -> list[str]:
    return [field["value"] for field in embed["fields"]]


async def test_matches_link_to_the_moment_with_creator_date_and_earliest_upload(
    stack: Stack,
) -> None:
    stack.memories.set_default(
        [
            framed_hit("PI-new", "Repost", 79, 0.97, "frames/new.jpg"),
            hit("PI-old", "Original", 12, 0.90),
        ]
    )
    details = stack.memories.evidence.details
    details["PI-new"] = video_detail(
        "PI-new", YOUTUBE_URL, creator="reposter", published=1_700_000_000
    )
    details["PI-old"] = video_detail("PI-old", TIKTOK_URL, creator="artist", published="2021-03-04")
    stack.memories.evidence.files[("kf", "frames/new.jpg")] = imagegen.jpeg(64, 48)

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png(64, 48)))

    [embed] = final_embeds(record)
    new, old = field_values(embed)
    assert new.startswith(f"[Repost]({YOUTUBE_URL}&t=79s)")
    assert "by reposter · posted <t:1700000000:D>" in new
    assert "earliest upload" not in new
    assert old.startswith(f"[Original]({TIKTOK_URL})")
    assert "at 0:12" in old
    assert "by artist · posted <t:1614816000:D> · 🕒 **earliest upload**" in old
    assert embed["title"] == "Likely original: TikTok · @artist · Mar 4, 2021 · 90%"
    assert embed["url"] == TIKTOK_URL
    assert embed["description"].startswith(
        f"**[Open the video]({TIKTOK_URL})** · posted <t:1614816000:D> · "
        "Posted first of the strong matches (match 2 of 2)."
    )
    assert_clean(stack, record)


async def test_the_matched_keyframe_is_shown_beside_the_query(stack: Stack) -> None:
    stack.memories.set_default([framed_hit("PI-1", "Cat", 79, 0.95, "frames/cat.jpg")])
    stack.memories.evidence.files[("kf", "frames/cat.jpg")] = imagegen.jpeg(64, 48)

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png(64, 48)))

    picture = uploaded_composite(record)
    assert picture.format == "JPEG"
    assert picture.size == (320 + 320 + 3 * 8, 240 + 28 + 2 * 8)
    [embed] = final_embeds(record)
    [attachment] = record.original["attachments"] if record.original else []
    assert embed["image"]["url"] in {attachment["url"], "attachment://match-1.jpg"}
    [download] = stack.memories.evidence.download_requests
    assert download.fields == {"bucket": "kf", "blob": "frames/cat.jpg"}
    assert_clean(stack, record)


async def test_no_keyframe_means_the_answer_stays_without_a_picture(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 79, 0.95)])

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))

    [embed] = final_embeds(record)
    assert "image" not in embed
    assert stack.memories.evidence.download_requests == []


async def test_the_answer_is_sent_before_the_details_arrive(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95)])
    stack.memories.evidence.details["PI-1"] = video_detail("PI-1", TIKTOK_URL)
    held = stack.memories.evidence.hold_details = asyncio.Event()

    async def answer_seen_while_details_held() -> list[dict[str, Any]]:
        await stack.memories.evidence.wait_for_requests(1)
        [record] = stack.discord.interactions.values()
        embeds = final_embeds(record)
        held.set()
        return embeds

    watcher = asyncio.create_task(answer_seen_while_details_held())
    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))

    [first_answer] = await watcher
    assert shows_matches(first_answer, "q.png")
    assert TIKTOK_URL not in first_answer["fields"][0]["value"]
    assert f"[Cat]({TIKTOK_URL})" in final_embeds(record)[0]["fields"][0]["value"]


async def test_details_are_fetched_once_per_video_and_kept(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95)])
    stack.memories.evidence.details["PI-1"] = video_detail("PI-1", TIKTOK_URL)

    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png(64, 48)))
    second = await stack.slash(image=stack.payloads.uploaded("b.png", imagegen.jpeg(80, 60)))

    assert len(stack.memories.evidence.detail_requests) == 1
    assert f"[Cat]({TIKTOK_URL})" in final_embeds(second)[0]["fields"][0]["value"]


async def test_a_missing_details_endpoint_leaves_plain_answers_and_is_not_asked_again(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95), hit("PI-2", "Dog", 9, 0.9)])
    stack.memories.evidence.available = False

    first = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))
    await stack.slash(image=stack.payloads.uploaded("b.png", imagegen.jpeg()))

    assert len(stack.memories.evidence.detail_requests) == 1
    assert field_values(final_embeds(first)[0])[0].startswith("Cat\n")
    assert stack.session.logged_errors == []


async def test_private_library_matches_get_the_picture_but_no_links(stack: Stack) -> None:
    stack.memories.set_default(
        [hit("VI-9", "upload.mp4", 12, 0.93, keyframe_bucket="private", keyframe_blob="u/9.jpg")],
        endpoint="private",
    )
    stack.memories.evidence.files[("private", "u/9.jpg")] = imagegen.jpeg(64, 48)

    record = await stack.slash(
        image=stack.payloads.uploaded("q.png", imagegen.png(64, 48)), platform="private"
    )

    assert uploaded_composite(record).size == (664, 284)
    assert stack.memories.evidence.detail_requests == []
    assert_clean(stack, record)


def button_ending(message: dict[str, Any] | None, mark: str) -> str:
    assert message is not None
    [found] = [
        button["custom_id"]
        for row in message["components"]
        for button in row["components"]
        if mark in button["label"]
    ]
    return str(found)


async def test_turning_pages_keeps_the_links_edited_in(stack: Stack) -> None:
    videos = [f"PI-{n}" for n in range(7)]
    stack.memories.set_default(
        [hit(v, f"video {v}", n, 0.99 - n / 100) for n, v in enumerate(videos)]
    )
    for video in videos:
        stack.memories.evidence.details[video] = video_detail(video, f"https://youtu.be/{video}")

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))
    assert record.original is not None
    turned = await stack.invoke(
        stack.payloads.component(button_ending(record.original, "▶"), record.original)
    )
    assert turned.original is not None
    back = await stack.invoke(
        stack.payloads.component(button_ending(turned.original, "◀"), turned.original)
    )

    page_two = field_values(final_embeds(turned)[0])
    assert page_two[0].startswith("[video PI\\-5](https://www.youtube.com/watch?v=PI-5&t=5s)"), (
        "page 2 has links"
    )
    page_one = field_values(final_embeds(back)[0])
    assert page_one[0].startswith("[video PI\\-0](https://www.youtube.com/watch?v=PI-0&t=0s)")
    assert len(stack.memories.evidence.detail_requests) == 7
    titles = {final_embeds(r)[0]["title"] for r in (record, turned, back)}
    assert titles == {"Likely original: TikTok · @creator · Nov 14, 2023 · 99%"}, "one verdict"


async def test_the_verdict_is_the_whole_searchs_even_with_one_result_per_page(
    stack: Stack,
) -> None:
    stack.memories.set_default(
        [hit("PI-new", "Repost", 1, 0.96), hit("PI-old", "Original", 2, 0.93)]
    )
    details = stack.memories.evidence.details
    details["PI-new"] = video_detail("PI-new", YOUTUBE_URL, published="2025-01-05")
    details["PI-old"] = video_detail("PI-old", TIKTOK_URL, creator="artist", published="2024-03-02")

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()), results=1)
    assert record.original is not None
    turned = await stack.invoke(
        stack.payloads.component(button_ending(record.original, "▶"), record.original)
    )

    first, second = final_embeds(record)[0], final_embeds(turned)[0]
    verdict = "Likely original: TikTok · @artist · Mar 2, 2024 · 93%"
    assert first["title"] == second["title"] == verdict
    assert first["description"].startswith(f"**[Open the video]({TIKTOK_URL})**")
    assert "(match 2 of 2)" in first["description"]
    assert "best 96%" in second["description"], "page 2 names the search's best, not its own"
    assert second["fields"][0]["name"] == "2. TikTok · 93% similar · likely original"
    assert f"[Original]({TIKTOK_URL})" in second["fields"][0]["value"]


async def test_a_keyframe_declaring_12000x12000_is_skipped_from_its_header(stack: Stack) -> None:
    stack.memories.set_default([framed_hit("PI-1", "Cat", 79, 0.95, "frames/huge.png")])
    hostile = imagegen.bomb(12_000)
    assert len(hostile) < 450_000
    stack.memories.evidence.files[("kf", "frames/huge.png")] = hostile

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png(64, 48)))

    [embed] = final_embeds(record)
    assert "image" not in embed, "no picture, and the answer stays"
    assert shows_matches(embed, "q.png")
    assert len(stack.memories.evidence.download_requests) == 1
    assert_clean(stack, record)


async def test_a_query_too_large_to_decode_whole_goes_without_the_picture(stack: Stack) -> None:
    stack.memories.set_default([framed_hit("PI-1", "Cat", 79, 0.95, "frames/cat.jpg")])
    stack.memories.evidence.files[("kf", "frames/cat.jpg")] = imagegen.jpeg(64, 48)
    large = imagegen.zero_png(5000, 3000)  # 15 megapixels of PNG: no reduced read

    record = await stack.slash(image=stack.payloads.uploaded("big.png", large))

    [embed] = final_embeds(record)
    assert "image" not in embed
    assert shows_matches(embed, "big.png")
