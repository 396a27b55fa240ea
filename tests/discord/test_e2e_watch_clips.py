"""Videos and animated GIFs in a watched channel: their stills are checked like images."""

from __future__ import annotations

from pathlib import Path

from tests.clipgen import gif_clip, video_clip
from tests.fakes.memories_api import hit
from tests.watch_bench import watched_server

SIZE = (320, 240)


async def test_a_posted_video_is_checked_still_by_still_and_alerts(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default([hit("PI-source", "The original", 30, 0.96)])
        await server.add()
        clip = server.stack.payloads.uploaded(
            "clip.mp4", video_clip(3, w=SIZE[0], h=SIZE[1]), "video/mp4", size=SIZE
        )
        await server.post(clip)
        await server.post(clip | {"id": str(server.fake.snowflakes.next())})  # posted again
        listed = await server.listed()

    assert server.api_calls() == 3, "three stills, once: the repeat costs nothing"
    first, again = server.alerts()
    [embed] = first.payload["embeds"]
    assert "**96%** on TikTok: The original" in embed["description"]
    assert first.files[0].filename == "watched.jpg", "the still that matched is re-uploaded"
    assert len(again.payload["embeds"]) == 1
    assert "1 checked, 2 alerts" in listed


async def test_an_animated_gif_is_checked_as_its_stills(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        gif = server.stack.payloads.uploaded(
            "reaction.gif", gif_clip(3, w=SIZE[0], h=SIZE[1]), "image/gif", size=SIZE
        )
        await server.post(gif)
        listed = await server.listed()

    assert server.api_calls() == 3
    assert "1 checked, 0 alerts" in listed
