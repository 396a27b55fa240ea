"""The spool: small downloads stay in memory, large ones wait in a file that is always deleted."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from bot.core.image_bytes import ImageBytes
from bot.media.spool import STALE_AFTER_SECONDS, ImageSpool, SpooledImageFile

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
