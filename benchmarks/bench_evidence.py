"""Prints what evidence costs: API calls per typical search, time to the first and the full answer.

Run: `python -m benchmarks.bench_evidence`.

The real bot against the local fakes at the account's real rate (MEMORIES_MAX_RPS=1), so the times
are dominated by the 1 request per second the account allows: the search itself, then (evidence
lane) the keyframe download and one details request per video shown. A second search hitting the
same videos shows what the stored details save; a 3-still GIF shows the cost of a clip.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from tests import imagegen
from tests.clipgen import gif_clip
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import Stack, running_stack

VIDEOS = [f"PI-{n}" for n in range(5)]


def typical_hits() -> list[dict[str, object]]:
    """Five videos, each matching at one moment with a keyframe, like a real public answer."""
    return [
        hit(
            video,
            f"video {video}",
            10 * n,
            0.95 - n / 100,
            keyframe_bucket="kf",
            keyframe_blob=f"frames/{video}.jpg",
        )
        for n, video in enumerate(VIDEOS)
    ]


def serve_typical_answer(memories: FakeMemoriesApi) -> None:
    """Five videos with keyframes and details, like a real public answer."""
    memories.set_default(typical_hits())
    for n, video in enumerate(VIDEOS):
        url = f"https://www.youtube.com/watch?v={video}"
        memories.evidence.details[video] = video_detail(video, url, published=1_600_000_000 + n)
        memories.evidence.files[("kf", f"frames/{video}.jpg")] = imagegen.jpeg(640, 360)


def calls(stack: Stack) -> tuple[int, int, int]:
    evidence = stack.memories.evidence
    return (
        len(stack.memories.requests),
        len(evidence.detail_requests),
        len(evidence.download_requests),
    )


def report(
    label: str, stack: Stack, before: tuple[int, int, int], record: InteractionRecord
) -> None:
    searches, details, downloads = (
        now - then for now, then in zip(calls(stack), before, strict=True)
    )
    edits = [edit.received_at - record.dispatched_at for edit in record.original_edits]
    first = next(
        edit.received_at - record.dispatched_at
        for edit in record.original_edits
        if edit.payload.get("embeds")
    )
    print(
        f"{label:<44} API calls: {searches} search + {details} details + {downloads} keyframe"
        f" = {searches + details + downloads:2d}   first answer {first:5.2f} s"
        f"   full answer {edits[-1]:5.2f} s   ({len(edits)} edits)"
    )


async def run(stack: Stack, label: str, **options: object) -> None:
    before = calls(stack)
    record = await stack.slash(**options)
    report(label, stack, before, record)


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), {"MEMORIES_MAX_RPS": "1"}) as stack:
            serve_typical_answer(stack.memories)
            upload = stack.payloads.uploaded
            await run(
                stack,
                "typical search (1 image, 5 matches)",
                image=upload("a.png", imagegen.png(640, 360)),
            )
            await run(
                stack,
                "same videos again (details stored)",
                image=upload("b.jpg", imagegen.jpeg(800, 450)),
            )
            await run(
                stack,
                "3-still GIF (details and keyframe stored)",
                image=upload("c.gif", gif_clip(3), "image/gif"),
            )


if __name__ == "__main__":
    asyncio.run(main())
