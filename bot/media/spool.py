"""Where downloaded images wait for their search: small ones in memory, large ones on disk.

A download is hashed as it arrives and kept in memory up to `ImageSpool.memory_limit` bytes;
past that it continues into a temporary file of its own in the spool directory. The search
reads it back by position (the check through a read-only memory map, the uploads a chunk at a
time) and deletes the file when it ends, also on errors and cancellation. Files left by a
process that was killed are removed when the next one starts, once they are older than any search
can be (several shard processes may share the directory, and their files are alive).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import mmap
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from bot.core.images.image_bytes import ImageBytes, ImageView, MemoryImageBytes
from bot.core.media.containers import SNIFF_BYTES

_log = logging.getLogger(__name__)

SPOOL_PREFIX = "query-"
STALE_AFTER_SECONDS = 3600.0
"""No search lives this long (the search timeout is minutes), so an older file is a leftover."""
_FLUSH_BYTES = 1 << 20
HEAD_BYTES = SNIFF_BYTES
"""Bytes of a spooled file kept in memory: what the format probes look at."""


class SpooledImageFile:
    """Image bytes in a temporary file; `discard` deletes it."""

    def __init__(self, path: Path, size: int, sha256: str, *, head: bytes = b"") -> None:
        self.path = path
        self._size = size
        self._sha256 = sha256
        self._head = head
        """The file's first bytes, kept so sniffing the format costs no file I/O on the loop."""
        self._descriptor: int | None = os.open(path, os.O_RDONLY)

    def __repr__(self) -> str:
        return f"SpooledImageFile(size={self._size})"

    @property
    def size(self) -> int:
        return self._size

    @property
    def sha256(self) -> str:
        return self._sha256

    @contextmanager
    def view(self) -> Iterator[ImageView]:
        with (
            self.path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, prot=mmap.PROT_READ) as mapped,
        ):
            yield mapped

    def read(self, offset: int, length: int) -> bytes:
        if self._descriptor is None:
            raise ValueError("the spooled image was already discarded")
        if offset + length <= len(self._head):
            return self._head[offset : offset + length]
        return os.pread(self._descriptor, length, offset)

    def discard(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            os.close(descriptor)
            self.path.unlink(missing_ok=True)


class SpoolWriter:
    """Takes one download chunk by chunk; `finish` hands back its bytes, `abort` drops them."""

    def __init__(self, directory: Path, memory_limit: int) -> None:
        self._directory = directory
        self._memory_limit = memory_limit
        self._hash = hashlib.sha256()
        self._pending: list[bytes] = []
        self._head = b""
        self._hashed = 0
        """How many of the pending chunks are hashed already."""
        self._pending_size = 0
        self._size = 0
        self._file: tuple[BinaryIO, Path] | None = None

    async def write(self, chunk: bytes) -> None:
        """Keep `chunk`; hashing and disk writes happen in a worker thread, never on the loop."""
        if len(self._head) < HEAD_BYTES:
            self._head += chunk[: HEAD_BYTES - len(self._head)]
        self._pending.append(chunk)
        self._pending_size += len(chunk)
        self._size += len(chunk)
        if self._pending_size >= _FLUSH_BYTES:
            await asyncio.to_thread(self._flush)

    async def finish(self) -> ImageBytes:
        return await asyncio.to_thread(self._finish)

    def _finish(self) -> ImageBytes:
        if self._file is None and self._size <= self._memory_limit:
            data = b"".join(self._hash_pending())
            return MemoryImageBytes(data, sha256=self._hash.hexdigest())
        self._flush()
        assert self._file is not None  # noqa: S101 - _flush opened it
        handle, path = self._file
        handle.close()
        self._file = None
        return SpooledImageFile(path, self._size, self._hash.hexdigest(), head=self._head)

    def abort(self) -> None:
        """Forget what was written; the temporary file, if any, is deleted."""
        self._pending.clear()
        if self._file is not None:
            handle, path = self._file
            self._file = None
            handle.close()
            path.unlink(missing_ok=True)

    def _flush(self) -> None:
        """Hash what is pending and, past the memory limit, write it to the file (a thread)."""
        if self._file is None and self._size <= self._memory_limit:
            self._hash_pending()
            return
        if self._file is None:
            descriptor, name = tempfile.mkstemp(prefix=SPOOL_PREFIX, dir=self._directory)
            self._file = (os.fdopen(descriptor, "wb"), Path(name))
        pending = self._hash_pending()
        self._pending, self._pending_size, self._hashed = [], 0, 0
        self._file[0].writelines(pending)

    def _hash_pending(self) -> list[bytes]:
        """Hash the chunks not hashed yet (each once, in order); all pending chunks."""
        for chunk in self._pending[self._hashed :]:
            self._hash.update(chunk)
        self._hashed = len(self._pending)
        return self._pending


class ImageSpool:
    """The spool directory and the size above which a download goes to disk."""

    def __init__(self, directory: Path, *, memory_limit: int = 1 << 20) -> None:
        self.directory = directory
        self.memory_limit = memory_limit

    def prepare(self, *, now: float | None = None) -> None:
        """Create the directory and delete what killed processes left in it (blocking)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
        leftovers = [path for path in self.files() if _modified(path) < cutoff]
        for path in leftovers:
            path.unlink(missing_ok=True)
        if leftovers:
            _log.info("removed %d image files left in %s", len(leftovers), self.directory)

    def writer(self) -> SpoolWriter:
        return SpoolWriter(self.directory, self.memory_limit)

    def files(self) -> list[Path]:
        """The images waiting on disk now (for tests and health checks)."""
        return sorted(self.directory.glob(f"{SPOOL_PREFIX}*"))


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:  # its search just ended
        return float("inf")
