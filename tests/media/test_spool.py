"""The spool: small downloads stay in memory, large ones wait in a file that is always deleted."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.images.image_bytes import ImageBytes
from bot.core.images.image_check import ImageLimits, ImageRejected, check_image
from bot.media.spool import STALE_AFTER_SECONDS, ImageSpool, SpooledImageFile
from tests import imagegen

LIMIT = 1000


def spool(tmp_path: Path) -> ImageSpool:
    made = ImageSpool(tmp_path / "spool", memory_limit=LIMIT)
    made.prepare()
    return made


async def write_all(target: ImageSpool, data: bytes, chunk: int = 300) -> ImageBytes:
    writer = target.writer()
    for start in range(0, len(data), chunk):
        await writer.write(data[start : start + chunk])
    return await writer.finish()


async def test_a_small_download_stays_in_memory(tmp_path: Path) -> None:
    target = spool(tmp_path)
    image = await write_all(target, b"x" * LIMIT)
    assert not isinstance(image, SpooledImageFile)
    assert target.files() == []


async def test_a_large_download_waits_in_a_file_that_reads_back_exactly(tmp_path: Path) -> None:
    target = spool(tmp_path)
    data = bytes(range(256)) * 20
    image = await write_all(target, data)
    assert isinstance(image, SpooledImageFile)
    assert target.files() == [image.path]
    assert (image.size, image.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert image.read(100, 50) == data[100:150]
    with image.view() as view:
        assert bytes(view) == data
    image.discard()
    image.discard()  # idempotent
    assert target.files() == []
    with pytest.raises(ValueError, match="discarded"):
        image.read(0, 1)


async def test_an_aborted_download_leaves_no_file(tmp_path: Path) -> None:
    target = spool(tmp_path)
    writer = target.writer()
    for _ in range(5):
        await writer.write(b"y" * (1 << 20))
    assert len(target.files()) == 1
    writer.abort()
    assert target.files() == []


def test_old_files_left_by_a_killed_process_are_removed_at_start(tmp_path: Path) -> None:
    directory = tmp_path / "spool"
    directory.mkdir()
    (directory / "query-old").write_bytes(b"left over")
    (directory / "query-live").write_bytes(b"another shard's search")
    (directory / "keep.txt").write_bytes(b"not ours")
    old = time.time() - STALE_AFTER_SECONDS - 1
    os.utime(directory / "query-old", (old, old))

    ImageSpool(directory).prepare()

    assert sorted(path.name for path in directory.iterdir()) == ["keep.txt", "query-live"]


@pytest.mark.parametrize(
    "make",
    [imagegen.png, imagegen.jpeg, lambda: imagegen.jpeg(progressive=True), imagegen.gif,
     lambda: imagegen.gif(animated=True), imagegen.webp, imagegen.bmp],
    ids=["png", "jpeg", "jpeg-progressive", "gif", "gif-animated", "webp", "bmp"],
)  # fmt: skip
async def test_a_spooled_image_is_checked_through_its_file_like_one_in_memory(
    tmp_path: Path, make: Callable[[], bytes]
) -> None:
    target = ImageSpool(tmp_path / "spool", memory_limit=16)
    target.prepare()
    data = imagegen.with_tail(make(), imagegen.zip_with_payload())
    spooled = await write_all(target, data)
    assert isinstance(spooled, SpooledImageFile)

    on_disk = check_image(spooled, source_name="a", limits=ImageLimits())
    in_memory = check_image(data, source_name="a", limits=ImageLimits())

    assert (on_disk.format, on_disk.width, on_disk.image_size) == (
        in_memory.format,
        in_memory.width,
        in_memory.image_size,
    )
    assert spooled.read(0, on_disk.image_size) == make()
    on_disk.release()
    assert target.files() == []


async def test_a_damaged_spooled_image_is_refused_like_one_in_memory(tmp_path: Path) -> None:
    target = ImageSpool(tmp_path / "spool", memory_limit=16)
    target.prepare()
    spooled = await write_all(target, imagegen.truncated(imagegen.jpeg(300, 200)))
    with pytest.raises(ImageRejected, match="looks damaged"):
        check_image(spooled, source_name="a", limits=ImageLimits())
    spooled.discard()


async def test_the_format_is_sniffed_without_reading_the_file(tmp_path: Path) -> None:
    data = imagegen.noise_png(100, 100)
    image = await write_all(spool(tmp_path), data)
    assert isinstance(image, SpooledImageFile)
    image.path.write_bytes(b"")  # were the start read from disk, it would come back empty
    assert image.read(0, 16) == data[:16]
    image.discard()
