"""Hashing images for the image memory in the process's decode pool (`bot.media.decode_pool`):
like every decode of untrusted bytes, it runs in a worker process, stopped if it takes too long.

The worker gets the image's own bytes, or the spool file they wait in (read there, never copied
through the bot; the decoder stops at the image's end, so a polyglot's tail is never read as
pixels), and decodes a JPEG at an eighth of its size (`bot.core.seen.fingerprint`). An image a
search studied lately (`bot.media.studies`) is not decoded again: its fingerprint is known."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

from bot.core.errors import UserFacingError
from bot.core.images.image_check import CheckedImage
from bot.core.seen.fingerprint import (
    UNHASHABLE,
    Fingerprint,
    fingerprint_bytes,
    fingerprint_grey,
    reduced_grey,
)
from bot.media.composite import PictureBytes, picture_of
from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority, shared_pool
from bot.media.studies import STUDIES, StudyMemo

log = logging.getLogger(__name__)
HASH_SECONDS = 2.0
"""A reduced decode and a 32x32 DCT take milliseconds; far beyond that, something is wrong."""


def fingerprint_handed(handed: PictureBytes) -> Fingerprint:
    """The worker's job: the fingerprint of the bytes, or of the file, it was handed."""
    picture = handed.picture()
    if isinstance(picture, bytes):
        return fingerprint_bytes(picture)
    with picture.open("rb") as file:
        return fingerprint_grey(reduced_grey(file))


class PooledHasher:
    """`Hasher` for `ImageMemory`: fingerprints in the decode pool, searches' priority (the
    answer waits for it)."""

    def __init__(self, pool: DecodePool | None = None, *, memo: StudyMemo = STUDIES) -> None:
        self._pool = pool
        self._memo = memo

    async def __call__(self, image: CheckedImage) -> Fingerprint | None:
        known = self._memo.fingerprint(image.sha256)
        if known is not None:
            return known
        handed = await asyncio.to_thread(picture_of, image)
        pool = self._pool or shared_pool()
        job = partial(fingerprint_handed, handed)
        try:
            return await pool.run(job, priority=Priority.SEARCH, seconds=HASH_SECONDS)
        except (DecodeStoppedError, UserFacingError, *UNHASHABLE) as error:
            log.info("image memory: not hashed: %s", error)
            return None
