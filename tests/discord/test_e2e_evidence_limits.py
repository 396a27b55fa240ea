"""Evidence within the account's limits: the request rate with everything running at once, and
the download budget of 12 a minute (a spent budget means no picture, never a wait)."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

from tests import imagegen
from tests.clipgen import gif_clip
from tests.fakes.memories_api import ReceivedRequest, Response, hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import Stack, assert_clean, final_embeds, running_stack

VIDEOS = [f"PI-{n}" for n in range(6)]


def busy_answer(request: ReceivedRequest) -> Response:
    """Every search finds three videos, each with a keyframe of its own per library."""
    library = request.fields.get("type", "TIKTOK")
    return [
        hit(
            video,
            f"video {video}",
            10 + n,
            0.9 - n / 100,
            keyframe_bucket="kf",
            keyframe_blob=f"{library}/{video}.jpg",
        )
        for n, video in enumerate(VIDEOS[:3] if library == "TIKTOK" else VIDEOS[3:])
    ]


def serve_evidence(stack: Stack) -> None:
    for video in VIDEOS:
        stack.memories.evidence.details[video] = video_detail(video, f"https://youtu.be/{video}")
        for library in ("TIKTOK", "YOUTUBE", "INSTAGRAM"):
            stack.memories.evidence.files[("kf", f"{library}/{video}.jpg")] = imagegen.jpeg()


RATE = "20"
"""Slower than the suite's usual rate: more requests here, so loopback jitter must stay small
beside the interval even on a loaded machine."""


async def test_the_request_rate_stays_under_the_limit_with_everything_running(
    tmp_path: Path,
) -> None:
    async with running_stack(tmp_path, {"MEMORIES_MAX_RPS": RATE}) as stack:
        await _run_everything_at_once(stack)


async def _run_everything_at_once(stack: Stack) -> None:
    stack.memories.responder = busy_answer
    serve_evidence(stack)
    payloads = stack.payloads
    images = {n: payloads.uploaded(f"{n}.png", imagegen.png()) for n in ("image", "image2")}
    message = payloads.message(attachments=[payloads.uploaded("m.png", imagegen.jpeg())])

    records = await asyncio.gather(
        stack.slash(platform="all", **images),
        stack.slash(image=payloads.uploaded("clip.gif", gif_clip(3), "image/gif")),
        stack.invoke(payloads.message_context_menu("Find source video", message)),
    )

    sent = stack.memories.all_requests
    searches = [r for r in sent if r.file_bytes is not None]
    assert len(searches) == 6 + 3 + 1
    shown = {
        video
        for record in records
        for embed in final_embeds(record)
        for video in VIDEOS
        if video in embed["footer"]["text"]
    }
    asked = [r.fields["video_no"] for r in stack.memories.evidence.detail_requests]
    assert len(asked) == len(set(asked)), "details once per video, never twice"
    assert shown <= set(asked) <= set(VIDEOS), "every shown video's page, and only matches'"
    # Every answer's top match is PI-0 with the same keyframe: downloaded once, shared.
    assert len(stack.memories.evidence.download_requests) == 1
    times = [r.received_at for r in sent]
    interval = 1 / float(RATE)
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= interval / 2, gaps
    assert times[-1] - times[0] >= (len(times) - 1) * interval - 0.005
    for record in records:
        assert "https://www.youtube.com/watch?v=" in final_embeds(record)[0]["fields"][0]["value"]
        assert_clean(stack, record)


async def test_a_spent_download_budget_leaves_the_picture_out_and_kept_frames_cost_nothing(
    tmp_path: Path,
) -> None:
    async with running_stack(tmp_path, {"KEYFRAME_DOWNLOADS_PER_MINUTE": "1"}) as stack:
        files = stack.memories.evidence.files
        files[("kf", "a.jpg")] = files[("kf", "b.jpg")] = imagegen.jpeg()

        async def search(blob: str, image: bytes) -> list[str]:
            stack.memories.set_default(
                [hit("PI-1", "v", 5, 0.9, keyframe_bucket="kf", keyframe_blob=blob)]
            )
            record = await stack.slash(image=stack.payloads.uploaded("q.png", image))
            return [f.filename for edit in record.original_edits for f in edit.files]

        first = await search("a.jpg", imagegen.png(64, 48))
        over_budget = await search("b.jpg", imagegen.png(80, 60))
        kept = await search("a.jpg", imagegen.jpeg(90, 60))

        assert first == ["match-1.jpg"]
        assert over_budget == []
        assert kept == ["match-1.jpg"]
        blobs = [r.fields["blob"] for r in stack.memories.evidence.download_requests]
        assert blobs == ["a.jpg"]
