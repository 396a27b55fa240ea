"""A new query image is decoded once, in the pool: that one job gives the version to upload, the
image memory's fingerprint and the side-by-side picture's reduced copy, which the later stages
use instead of decoding the image again."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PIL import Image

from bot.core.errors import UserFacingError
from bot.core.images.image_check import ImageLimits, check_image
from bot.core.images.image_variants import render
from bot.core.images.variant import Variant
from bot.core.seen.fingerprint import fingerprint_bytes
from bot.media.composite import PillowCompositor
from bot.media.decode_pool import DecodePool
from bot.media.image_hash import PooledHasher
from bot.media.spool import ImageSpool, SpooledImageFile
from bot.media.studies import StudyMemo
from bot.media.variants import PooledVariants
from tests import imagegen, repostgen
from tests.media.test_spool import write_all


@pytest.fixture
async def pool() -> AsyncIterator[DecodePool]:
    decoding = DecodePool(workers=1, job_seconds=30)
    yield decoding
    decoding.close()


def letterboxed_png() -> bytes:
    picture, _ = repostgen.padded((540, 960), 16 / 9, repostgen.BLACK, 3)
    return repostgen.encode(picture, "PNG")


async def test_one_job_gives_the_cut_the_fingerprint_and_the_picture(
    pool: DecodePool, tmp_path: Path
) -> None:
    jobs: list[int] = []
    pool.on_job_sent = jobs.append
    memo = StudyMemo()
    data = letterboxed_png()
    spool = ImageSpool(tmp_path / "spool", memory_limit=16)
    spool.prepare()
    spooled = await write_all(spool, data)
    assert isinstance(spooled, SpooledImageFile)
    image = check_image(spooled, source_name="cat.png", limits=ImageLimits())
    variants = PooledVariants(pool, memo=memo)

    searched = await variants.decide(image, Variant())
    assert searched is not None, "the black bars are cut"
    upload = await variants.render(image, searched)
    fingerprint = await PooledHasher(pool, memo=memo)(image)

    assert len(jobs) == 1, "decided, drawn and hashed in one decode"
    assert upload is not None
    expected = render(check_image(data, source_name="cat.png", limits=ImageLimits()), searched)
    assert upload.original.read(0, upload.image_size) == expected.original.read(
        0, expected.image_size
    )
    assert fingerprint == fingerprint_bytes(data)

    image.release()  # the spool file is gone: the picture is drawn from the reduced copy
    picture = await PillowCompositor(pool=pool, memo=memo).compose(
        image, imagegen.jpeg(64, 48), ("Your image", "Match 1")
    )
    with Image.open(io.BytesIO(picture)) as shown:
        assert shown.format == "JPEG"
    assert len(jobs) == 2


async def test_without_a_study_the_later_stages_decode_the_image_themselves(
    pool: DecodePool,
) -> None:
    data = letterboxed_png()
    image = check_image(data, source_name="cat.png", limits=ImageLimits())
    memo = StudyMemo()

    fingerprint = await PooledHasher(pool, memo=memo)(image)
    picture = await PillowCompositor(pool=pool, memo=memo).compose(
        image, imagegen.jpeg(64, 48), ("Your image", "Match 1")
    )

    assert fingerprint == fingerprint_bytes(data)
    assert picture.startswith(b"\xff\xd8")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (imagegen.corrupt_png(), "bad.png"),
        (imagegen.png_with_short_stream(640, 480), "short.png"),
    ],
    ids=["garbage-pixels", "short-stream"],
)
async def test_an_image_checked_without_its_pixels_is_refused_by_its_study(
    pool: DecodePool, data: bytes, name: str
) -> None:
    unproven = check_image(data, source_name=name, limits=ImageLimits(), prove=False)
    assert not unproven.proven

    with pytest.raises(UserFacingError) as refused:
        await PooledVariants(pool).decide(unproven, Variant())

    assert refused.value.user_message.startswith(f"{name} looks damaged or cut short")


async def test_a_study_stopped_for_time_still_proves_the_image_before_it_is_searched() -> None:
    stopped_at_once = DecodePool(workers=1, job_seconds=1e-9)
    unproven = check_image(
        imagegen.png_with_short_stream(640, 480),
        source_name="short.png",
        limits=ImageLimits(),
        prove=False,
    )
    try:
        with pytest.raises(UserFacingError, match=r"short\.png looks damaged"):
            await PooledVariants(stopped_at_once).decide(unproven, Variant())
    finally:
        stopped_at_once.close()


async def test_a_whole_image_checked_without_its_pixels_is_decided_as_before(
    pool: DecodePool,
) -> None:
    data = letterboxed_png()
    unproven = check_image(data, source_name="cat.png", limits=ImageLimits(), prove=False)
    proven = check_image(data, source_name="cat.png", limits=ImageLimits())

    assert await PooledVariants(pool).decide(unproven, Variant()) == await PooledVariants(
        pool
    ).decide(proven, Variant())
