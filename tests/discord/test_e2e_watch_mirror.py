"""A watched channel set to try mirrored images: an image that matched nothing is searched again
flipped (and only then), the alert says so; a watch without it searches once. Watched reposts are
cut like any search."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests import repostgen
from tests.discord.test_e2e_cut import assert_is_the_picture, decoded, uploads
from tests.fakes.memories_api import hit
from tests.watch_bench import WatchedServer, watched_server

MATCH = [hit("PI-7", "Original dance video", 12, 0.95)]


def posted_picture(server: WatchedServer) -> tuple[bytes, dict[str, object]]:
    data = repostgen.encode(repostgen.picture(480, 320, 11))
    return data, server.image("clip.jpg", data, (480, 320))


async def test_an_image_that_matched_nothing_is_searched_mirrored(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.script([], MATCH)
        await server.add(mirrored=True)
        data, attachment = posted_picture(server)
        await server.post(attachment)
        listed = await server.listed()

    first, mirrored = uploads(server.stack.memories)
    assert first == data, "first as posted (nothing to cut)"
    assert np.abs(decoded(mirrored)[:, ::-1] - decoded(data)).mean() < 6
    [alert] = server.alerts()
    [embed] = alert.payload["embeds"]
    assert "✂️ Searched the picture mirrored (flipped left to right)." in embed["description"]
    assert "mirrored too" in listed


async def test_a_match_found_first_is_not_searched_mirrored(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add(mirrored=True)
        await server.post(posted_picture(server)[1])

    assert server.api_calls() == 1
    [alert] = server.alerts()
    assert "mirrored" not in alert.payload["embeds"][0]["description"]


async def test_a_watch_searches_mirrored_only_when_set_to(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        await server.post(posted_picture(server)[1])

    assert server.api_calls() == 1
    assert server.alerts() == []


async def test_a_watched_repost_is_searched_without_its_borders(tmp_path: Path) -> None:
    image, truth = repostgen.padded((720, 1280), repostgen.WIDE, repostgen.BLACK, 5)
    data = repostgen.encode(image)
    async with watched_server(tmp_path) as server:
        await server.add()
        await server.post(server.image("repost.jpg", data, (720, 1280)))

    [uploaded] = uploads(server.stack.memories)
    assert_is_the_picture(uploaded, data, truth)
