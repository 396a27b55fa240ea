"""The versions of an image a search uploads, made in the process's decode pool.

`bot.core.images.image_variants` does the work (decode within the budget, find the content
rectangle, cut, mirror, centre, encode); like every decode of untrusted media it runs in a worker
of the `DecodePool` (`bot.media.decode_pool`: a job past its time is killed, and the search goes
on with the image as given), at the searches' priority. Recent decisions are remembered by the
image's SHA-256, so a repeated image (a cache hit, a follow-up button) is not sent to a worker again
just to learn its cache key. A version that cannot be made is logged and the image is searched as
given. Without a pool (tests of the core) the work runs on the image-checking thread. The
mod-log's smaller copy of a query too large to re-upload is made here too (`reduced`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from bot.core.errors import UserFacingError
from bot.core.images.image_bytes import MemoryImageBytes
from bot.core.images.image_check import CheckedImage
from bot.core.images.image_variants import decide, render
from bot.core.images.variant import SearchedAs, Variant
from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority
from bot.media.evidence_image import shrink_to_fit
from bot.media.intake import on_checking_thread

log = logging.getLogger(__name__)
T = TypeVar("T")

REMEMBERED_DECISIONS = 1024
_FAILURES = (DecodeStoppedError, RuntimeError, UserFacingError, OSError, ValueError, MemoryError)


class PooledVariants:
    """`ImageVariants` in the decode pool, with the last decisions remembered."""

    def __init__(self, pool: DecodePool | None, remembered: int = REMEMBERED_DECISIONS) -> None:
        self._pool = pool
        self._decisions: OrderedDict[tuple[str, Variant], SearchedAs | None] = OrderedDict()
        self._remembered = remembered

    async def decide(self, image: CheckedImage, variant: Variant) -> SearchedAs | None:
        key = (image.sha256, variant)
        if key in self._decisions:
            self._decisions.move_to_end(key)
            return self._decisions[key]
        searched = await self._run(partial(decide, await _portable(image), variant))
        self._decisions[key] = searched
        while len(self._decisions) > self._remembered:
            self._decisions.popitem(last=False)
        return searched

    async def render(self, image: CheckedImage, searched: SearchedAs) -> CheckedImage | None:
        return await self._run(partial(render, await _portable(image), searched))

    async def reduced(self, data: bytes, limit: int) -> bytes | None:
        """The mod-log's copy, behind every search's decode (the pictures' priority)."""
        job = partial(shrink_to_fit, data, limit)
        try:
            if self._pool is None:
                return await on_checking_thread(job)
            smaller: bytes | None = await self._pool.run(job, priority=Priority.PICTURE)
        except DecodeStoppedError:
            return None
        return smaller

    async def _run(self, job: Callable[[], T]) -> T | None:
        try:
            if self._pool is None:
                return await on_checking_thread(job)
            return await self._pool.run(job, priority=Priority.SEARCH)
        except _FAILURES as error:
            log.warning("could not make a version of an image: %s", error)
            return None


async def _portable(image: CheckedImage) -> CheckedImage:
    """The image with its bytes in memory (a spooled file does not travel to a worker)."""
    if isinstance(image.original, MemoryImageBytes) and not image.has_foreign_bytes:
        return image
    data = await asyncio.to_thread(image.original.read, 0, image.image_size)
    return CheckedImage(
        MemoryImageBytes(data),
        image.format,
        image.width,
        image.height,
        image.source_name,
        len(data),
    )
