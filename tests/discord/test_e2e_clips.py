"""GIF and video input end to end: stills sampled, searched one by one, merged per video."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.clipgen import COLOURS, gif_clip, gif_of_tiny_frames, repeated_mp4, video_clip
from tests.fakes.memories_api import ReceivedRequest, Response, hit
from tests.stack import (
    Stack,
    assert_clean,
    ephemeral_error,
    final_embeds,
    running_stack,
    shows_matches,
)


def second_shown(request: ReceivedRequest) -> int:
    """Which second of a `tests.clipgen` clip the uploaded still shows (by its colour)."""
    assert request.file_bytes is not None
    with Image.open(io.BytesIO(request.file_bytes)) as image:
        pixel = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
    assert isinstance(pixel, tuple)
    distances = [sum(abs(p - c) for p, c in zip(pixel, colour, strict=False)) for colour in COLOURS]
    return distances.index(min(distances))


def source_video_answer(request: ReceivedRequest) -> Response:
    """The source matches every still 10 s later; a decoy matches only the first still, better."""
    second = second_shown(request)
    hits = [hit("PI-source", "The original", 10 + second, 0.88)]
    if second == 0:
        hits.append(hit("PI-decoy", "Looks alike", 42, 0.99))
    return hits


async def test_a_gif_is_searched_still_by_still_and_merged(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    clip = stack.payloads.uploaded("reaction.gif", gif_clip(3), "image/gif")

    record = await stack.slash(image=clip)

    uploads = [r for r in stack.memories.requests if r.file_bytes]
    assert sorted(second_shown(r) for r in uploads) == [0, 1, 2]
    assert {r.file_name for r in uploads} == {"query.jpg"}
    [embed] = final_embeds(record)
    assert "Searched 3 stills of your clip, at 0.5 s, 1.5 s, 2.5 s." in embed["description"]
    first, second = embed["fields"]
    assert "The original" in first["value"]
    assert (
        "your clip 0.5 s → 0:10, 1.5 s → 0:11, 2.5 s → 0:12 (3 stills in the same order)"
        in first["value"]
    )
    assert "Looks alike" in second["value"]
    assert "your clip 0.5 s → 0:42" in second["value"]
    assert_clean(stack, record)


async def test_an_mp4_is_searched_still_by_still(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    clip = stack.payloads.uploaded("clip.mp4", video_clip(3), "video/mp4")

    record = await stack.slash(image=clip)

    [embed] = final_embeds(record)
    assert shows_matches(embed, "clip.mp4")
    assert "(3 stills in the same order)" in embed["fields"][0]["value"]
    assert len([r for r in stack.memories.requests if r.file_bytes]) == 3
    assert_clean(stack, record)


async def test_a_damaged_video_gets_a_clear_private_message(stack: Stack) -> None:
    clip = stack.payloads.uploaded("broken.mp4", video_clip(2)[:300], "video/mp4")

    record = await stack.slash(image=clip)

    assert "couldn't read that clip" in ephemeral_error(record)
    assert stack.memories.requests == []


async def test_a_clip_over_the_size_limit_is_refused_before_downloading(stack: Stack) -> None:
    big = stack.payloads.uploaded("long.webm", bytes(30 * 1024 * 1024), "video/webm")

    record = await stack.slash(image=big)

    assert "the largest clip I accept is 25 MB" in ephemeral_error(record)
    assert stack.discord.attachment_fetches == []


async def test_a_link_to_a_video_is_searched_still_by_still(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"ALLOW_PRIVATE_URLS": "true"}) as stack:
        stack.memories.responder = source_video_answer
        url = stack.discord.add_attachment(
            "clip.webm", video_clip(3, container="webm"), "video/webm"
        )

        record = await stack.slash(url=url)

        [embed] = final_embeds(record)
        assert "(3 stills in the same order)" in embed["fields"][0]["value"]
        assert len([r for r in stack.memories.requests if r.file_bytes]) == 3


async def test_a_gif_of_ten_thousand_tiny_frames_is_refused_naming_the_limit(stack: Stack) -> None:
    clip = stack.payloads.uploaded("tiny.gif", gif_of_tiny_frames(), "image/gif")

    record = await stack.slash(image=clip)

    message = ephemeral_error(record)
    assert "That GIF has more than 3000 frames; I sample GIFs of up to 3000 frames." in message
    assert stack.memories.requests == []


async def test_a_4k_video_at_a_thousand_frames_a_second_is_refused_naming_the_limit(
    stack: Stack,
) -> None:
    clip = stack.payloads.uploaded("fast.mp4", repeated_mp4(3840, 2160, 1000, 59), "video/mp4")

    record = await stack.slash(image=clip)

    assert "runs at 1000 frames a second; I sample clips of up to 240" in ephemeral_error(record)
    assert stack.memories.requests == []


async def test_the_message_menu_checks_an_mp4_and_a_gif_posted_in_a_message(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    payloads = stack.payloads
    message = payloads.message(
        attachments=[
            payloads.uploaded("repost.mp4", video_clip(3), "video/mp4"),
            payloads.uploaded("repost.gif", gif_clip(3), "image/gif"),
        ]
    )

    record = await stack.invoke(payloads.message_context_menu("Find source video", message))

    mp4, gif = final_embeds(record)
    assert shows_matches(mp4, "repost.mp4")
    assert shows_matches(gif, "repost.gif")
    assert "Searched 3 stills of your clip" in mp4["description"]
    assert len(stack.memories.requests) == 6, "three stills each"


async def test_the_menu_on_another_members_clip_calls_it_the_clip(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    payloads = stack.payloads
    poster = payloads.user(payloads.snowflake(), username="someone")
    clip = payloads.uploaded("repost.mp4", video_clip(3), "video/mp4")
    message = payloads.message(attachments=[clip], author=poster)

    record = await stack.invoke(payloads.message_context_menu("Find source video", message))

    [embed] = final_embeds(record)
    assert "Searched 3 stills of the clip, at 0.5 s, 1.5 s, 2.5 s." in embed["description"]
    first = embed["fields"][0]
    assert "the clip 0.5 s → 0:10, 1.5 s → 0:11, 2.5 s → 0:12" in first["value"]
    assert "your clip" not in str(embed)
