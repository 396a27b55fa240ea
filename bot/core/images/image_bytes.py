"""The bytes of one query image exactly as the user gave them, wherever they are kept.

Small images stay in memory; large ones wait for the rate limiter in a temporary file
(`bot.media.spool`), so twenty queued 19 MB screenshots cost disk, not memory. Everything that
reads an image (the check, the upload) goes through this protocol, reads by position (so the
uploads of one image to several libraries share the one copy) and never needs all of it at once.
"""

from __future__ import annotations

import hashlib
import mmap
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol, TypeAlias

ImageView: TypeAlias = bytes | mmap.mmap
"""All of an image's bytes at once: in memory, or a read-only map of its file."""


class ImageBytes(Protocol):
    """Read-only bytes of one image; `discard` frees what holds them once the search is over."""

    @property
    def size(self) -> int:
        """How many bytes the user gave."""

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of all the bytes the user gave (the cache key: never of a re-encoding)."""

    def view(self) -> AbstractContextManager[ImageView]:
        """The bytes as one buffer (bytes or a read-only memory map) while the block runs.

        Blocking for files: call it from a worker thread."""

    def read(self, offset: int, length: int) -> bytes:
        """At most `length` bytes from `offset`; safe to call from several threads at once."""

    def discard(self) -> None:
        """Let go of the bytes (delete a temporary file); idempotent."""


class MemoryImageBytes:
    """Image bytes held in memory: small downloads, and tests."""

    def __init__(self, data: bytes, *, sha256: str | None = None) -> None:
        self._data = data
        self._sha256 = sha256
        """Given when known (a download hashes off the event loop), else computed when asked."""

    def __repr__(self) -> str:
        return f"MemoryImageBytes(size={len(self._data)})"

    @property
    def size(self) -> int:
        return len(self._data)

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self._data).hexdigest()
        return self._sha256

    def view(self) -> AbstractContextManager[ImageView]:
        return nullcontext(self._data)

    def read(self, offset: int, length: int) -> bytes:
        return self._data[offset : offset + length]

    def discard(self) -> None:
        """Nothing to free: the bytes go when the last reference does."""


def iter_chunks(image: ImageBytes, stop: int, chunk_size: int) -> Iterator[tuple[int, int]]:
    """(offset, length) of the chunks that cover bytes 0..`stop` of `image`."""
    for offset in range(0, min(stop, image.size), chunk_size):
        yield offset, min(chunk_size, stop - offset)
