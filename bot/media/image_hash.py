"""Hashing images for the image memory in the process's decode pool (`bot.media.decode_pool`):
like every decode of untrusted bytes, it runs in a worker process, stopped if it takes too long.

The image's own bytes (never a polyglot's tail) go to the worker; the JPEG is decoded at an
eighth of its size there (`bot.core.seen.fingerprint`)."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

from bot.core.errors import UserFacingError
from bot.core.images.image_check import CheckedImage
from bot.core.seen.fingerprint import UNHASHABLE, Fingerprint, fingerprint_bytes
from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority, shared_pool

log = logging.getLogger(__name__)
HASH_SECONDS = 2.0
"""A reduced decode and a 32x32 DCT take milliseconds; far beyond that, something is wrong."""


class PooledHasher:
    """`Hasher` for `ImageMemory`: fingerprints in the decode pool, searches' priority (the
    answer waits for it)."""

    def __init__(self, pool: DecodePool | None = None) -> None:
        self._pool = pool

    async def __call__(self, image: CheckedImage) -> Fingerprint | None:
        data = await asyncio.to_thread(image.original.read, 0, image.image_size)
        pool = self._pool or shared_pool()
        job = partial(fingerprint_bytes, data)
        try:
            return await pool.run(job, priority=Priority.SEARCH, seconds=HASH_SECONDS)
        except (DecodeStoppedError, UserFacingError, *UNHASHABLE) as error:
            log.info("image memory: not hashed: %s", error)
            return None
