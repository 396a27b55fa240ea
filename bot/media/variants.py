"""The versions of an image a search uploads, made in the process's decode pool.

`bot.core.images.image_study` does the work: one decode of a new image gives the cut decision, the
cut picture when something is cut, the image memory's fingerprint and a reduced copy for the
side-by-side picture. Like every decode of untrusted media it runs in a worker of the
`DecodePool` (`bot.media.decode_pool`: a job past its time is killed, and the search goes on with
the image as given), at the searches' priority, and the worker reads a spooled image from its file
(never copied through the bot). The fingerprint and the reduced copy wait in `StudyMemo` for the
stages after the answer; the cut picture waits here for `render`, asked right after the result
cache was looked up. Recent decisions are remembered by the image's SHA-256, so a repeated image (a
cache hit, a follow-up button) is not sent to a worker again just to learn its cache key. A version
that cannot be made is logged and the image is searched as given. An image the loader checked
without its pixels (`CheckedImage.proven` False) is proven by its study, first thing in the worker;
when the study cannot run (stopped for time), by the check's proof on the checking thread.
Without a pool (tests of the core) the work runs on the image-checking thread. The mod-log's
smaller copy of a query too large to re-upload is made here too (`reduced`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from bot.core.errors import UserFacingError
from bot.core.images.image_check import CheckedImage, prove_checked
from bot.core.images.image_study import expected_seconds
from bot.core.images.variant import SearchedAs, Variant
from bot.core.timings import timed
from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority
from bot.media.evidence_image import shrink_to_fit
from bot.media.intake import on_checking_thread
from bot.media.studies import STUDIES, BytesBoundedMemo, StudyMemo
from bot.media.study_jobs import HandedImage, render_handed, study_handed

log = logging.getLogger(__name__)
T = TypeVar("T")

REMEMBERED_DECISIONS = 1024
DRAWN_BYTES = 32 * 1024 * 1024
"""Cut pictures waiting for `render` at most (a search renders right after its cache look-up; a
cache hit leaves its picture here until newer ones push it out)."""
_FAILURES = (DecodeStoppedError, RuntimeError, OSError, ValueError, MemoryError)


class PooledVariants:
    """`ImageVariants` in the decode pool, with the last decisions remembered."""

    def __init__(
        self,
        pool: DecodePool | None,
        remembered: int = REMEMBERED_DECISIONS,
        *,
        memo: StudyMemo = STUDIES,
    ) -> None:
        self._pool = pool
        self._decisions: OrderedDict[tuple[str, Variant], SearchedAs | None] = OrderedDict()
        self._remembered = remembered
        self._drawn: BytesBoundedMemo[tuple[str, SearchedAs], CheckedImage] = BytesBoundedMemo(
            DRAWN_BYTES, _image_size
        )
        self._memo = memo

    async def decide(self, image: CheckedImage, variant: Variant) -> SearchedAs | None:
        key = (image.sha256, variant)
        if key in self._decisions:
            self._decisions.move_to_end(key)
            return self._decisions[key]
        job = partial(study_handed, HandedImage.of(image), variant)
        with timed("study"):
            found = await self._run(job, expected=expected_seconds(image), refusals=True)
        if found is None:
            if not image.proven:  # the study could not run: the check's own proof, as before
                await on_checking_thread(partial(prove_checked, image))
            self._remember(key, None)
            return None
        self._memo.keep(image.sha256, found.fingerprint, found.preview)
        if found.searched is not None and found.upload is not None:
            self._drawn.keep((image.sha256, found.searched), found.upload)
        self._remember(key, found.searched)
        return found.searched

    async def render(self, image: CheckedImage, searched: SearchedAs) -> CheckedImage | None:
        drawn = self._drawn.pop((image.sha256, searched))
        if drawn is not None:
            return drawn
        return await self._run(partial(render_handed, HandedImage.of(image), searched))

    def _remember(self, key: tuple[str, Variant], searched: SearchedAs | None) -> None:
        self._decisions[key] = searched
        while len(self._decisions) > self._remembered:
            self._decisions.popitem(last=False)

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

    async def _run(
        self, job: Callable[[], T], expected: float = 0.0, *, refusals: bool = False
    ) -> T | None:
        """The job's value, or None when it failed (logged); with `refusals`, a refusal
        (`UserFacingError`: the image's pixels do not decode) is raised instead."""
        try:
            if self._pool is None:
                return await on_checking_thread(job)
            return await self._pool.run(job, priority=Priority.SEARCH, expected=expected)
        except UserFacingError:
            if refusals:
                raise
            log.warning("could not make a version of an image: it was refused")
            return None
        except _FAILURES as error:
            log.warning("could not make a version of an image: %s", error)
            return None


def _image_size(image: CheckedImage) -> int:
    return image.image_size
