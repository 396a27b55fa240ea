"""Evidence files within Discord's upload limit: originals when they fit, else a smaller JPEG."""

from __future__ import annotations

import discord

from bot.core.images.image_check import ImageLimits, check_image
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import SearchScope
from bot.core.sources import ImageSource
from bot.discord.search_log import evidence_files
from bot.media.variants import PooledVariants
from tests import imagegen

REQUEST = SearchRequest(SearchScope.TIKTOK, 85, 5)
VARIANTS = PooledVariants(None)  # the checking thread (the bot uses its decode pool)


def _outcome(data: bytes, name: str) -> QueryOutcome:
    image = check_image(data, source_name=name, limits=ImageLimits())
    return QueryOutcome(ImageSource(name=name, url=name, from_discord=True), REQUEST, image=image)


def _read(file: discord.File) -> bytes:
    return bytes(file.fp.read())


async def test_images_that_fit_are_uploaded_as_they_are() -> None:
    data = imagegen.png()

    [file], notes = await evidence_files([_outcome(data, "a.png")], 10 * 1024 * 1024, VARIANTS)

    assert (file.filename, _read(file), notes) == ("query-1.png", data, [])


async def test_an_image_over_the_limit_is_reuploaded_as_a_smaller_jpeg_with_its_hash() -> None:
    data = imagegen.noise_png(300, 300)  # about 270 KB of noise
    outcome = _outcome(data, "big.png")
    limit = 60_000

    [file], [note] = await evidence_files([outcome], limit, VARIANTS)

    smaller = _read(file)
    assert file.filename == "query-1-reduced.jpg"
    assert smaller[:3] == b"\xff\xd8\xff"
    assert len(smaller) <= limit
    assert outcome.image is not None
    assert outcome.image.sha256 in str(note)


async def test_an_image_that_cannot_be_made_small_enough_is_named() -> None:
    [], [note] = await evidence_files(
        [_outcome(imagegen.noise_png(300, 300), "big.png")], 200, VARIANTS
    )

    assert "Image 1" in str(note)
    assert "too large to re-upload" in str(note)
