"""The spool: small downloads stay in memory, large ones wait in a file that is always deleted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bot.media.spool import ImageSpool, SpooledImageFile

LIMIT = 1000


def spool(tmp_path: Path) -> ImageSpool:
    made = ImageSpool(tmp_path / "spool", memory_limit=LIMIT)
    made.prepare()
    return made


async def write_all(target: ImageSpool, data: bytes, chunk: int = 300) -> object:
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


def test_files_left_by_a_killed_process_are_removed_at_start(tmp_path: Path) -> None:
    (tmp_path / "spool").mkdir()
    (tmp_path / "spool" / "query-abc123").write_bytes(b"left over")
    (tmp_path / "spool" / "keep.txt").write_bytes(b"not ours")
    target = spool(tmp_path)
    assert target.files() == []
    assert (tmp_path / "spool" / "keep.txt").exists()
