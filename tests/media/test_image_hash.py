"""Hashing in the decode pool: an image in memory and the same image waiting in a spool file (with
a polyglot's tail) get the same fingerprint as a hash made in this process."""

from __future__ import annotations

from pathlib import Path

from bot.core.images.image_check import ImageLimits, check_image
from bot.core.seen.fingerprint import fingerprint_bytes
from bot.media.image_hash import PooledHasher
from bot.media.spool import ImageSpool, SpooledImageFile
from tests import imagegen
from tests.media.test_spool import write_all
from tests.seen_images import png_of


async def test_the_pool_hashes_images_in_memory_and_in_spool_files(tmp_path: Path) -> None:
    data = png_of("shapes", 21)
    target = ImageSpool(tmp_path / "spool", memory_limit=16)
    target.prepare()
    spooled = await write_all(target, imagegen.with_tail(data, imagegen.zip_with_payload()))
    assert isinstance(spooled, SpooledImageFile)
    hasher = PooledHasher()

    from_file = await hasher(check_image(spooled, source_name="a", limits=ImageLimits()))
    from_memory = await hasher(check_image(data, source_name="a", limits=ImageLimits()))

    assert from_file == from_memory == fingerprint_bytes(data)
