"""The search service on its own: no Discord, a fake API on loopback, real images."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from bot.core.images.image_check import CheckedImage, ImageLimits
from bot.core.scope import Library, SearchScope
from bot.core.search_service import SearchRequest, SearchService, SearchTimedOutError
from bot.core.sources import ImageSource
from bot.media.fetch import SafeUrlFetcher
from bot.media.intake import MediaIntake
from bot.memories import MemoriesClient
from bot.memories.index import MemoriesIndex
from bot.memories.ratelimit import IntervalRateLimiter
from tests import imagegen
from tests.fakes.memories_api import FakeMemoriesApi, Hang, hit

REQUEST = SearchRequest(SearchScope.ALL_PUBLIC, min_match=80, max_results=2)


def make_service(
    session: aiohttp.ClientSession, memories: FakeMemoriesApi, *, timeout: float = 30
) -> SearchService:
    limiter = IntervalRateLimiter(100)
    client = MemoriesClient(
        session, api_key=memories.api_key, base_url=memories.base_url, limiter=limiter
    )
    fetcher = SafeUrlFetcher(session, allow_private=True, max_bytes=1 << 20, timeout=5)
    loader = MediaIntake(session, fetcher, limits=ImageLimits(), download_timeout=5)
    return SearchService(MemoriesIndex(client), loader, limiter, search_timeout=timeout)


async def test_a_local_file_is_searched_on_every_public_platform_and_ranked(
    memories: FakeMemoriesApi, tmp_path: Path
) -> None:
    memories.script(
        [hit("PI-a", "a", 1, 0.81)], [hit("PI-b", "b", 1, 0.99)], [hit("PI-c", "c", 1, 0.9)]
    )
    path = tmp_path / "x.bmp"
    path.write_bytes(imagegen.bmp())
    async with aiohttp.ClientSession() as session:
        service = make_service(session, memories)
        image = await service.loader.load_file(path)
        outcome = await service.search_image(image, ImageSource("x.bmp", str(path), False), REQUEST)

    assert [m.video_no for m in outcome.matches] == ["PI-b", "PI-c"]
    assert outcome.total_matches == 3
    assert outcome.searched == (Library.TIKTOK, Library.YOUTUBE, Library.INSTAGRAM)
    assert {r.fields["similarity"] for r in memories.requests} == {"0.8"}


async def test_a_search_running_past_the_time_limit_is_stopped_with_a_clear_error(
    memories: FakeMemoriesApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memories.script(Hang())
    path = tmp_path / "x.png"
    path.write_bytes(imagegen.png())
    async with aiohttp.ClientSession() as session:
        service = make_service(session, memories, timeout=0.2)
        source = ImageSource("x.png", f"file://{path}", from_discord=True)
        loader = service.loader

        async def load_local(_: ImageSource, *, prove: bool = True) -> CheckedImage:
            return await loader.load_file(path)

        monkeypatch.setattr(loader, "load_media", load_local)
        with pytest.raises(SearchTimedOutError, match="took too long"):
            await service.search_sources([source], REQUEST)
