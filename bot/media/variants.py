"""The versions of an image a search uploads, made on the image-checking thread.

`bot.core.images.image_variants` does the work (decode within the budget, find the content
rectangle, cut, mirror, centre, encode); this runs it where every other decode of the process runs,
one at a time, and remembers recent decisions, so a repeated image (a cache hit, a follow-up
button) is not decoded again just to learn its cache key. A version that cannot be made is logged
and the image is searched as given.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from bot.core.images.image_check import CheckedImage
from bot.core.images.image_variants import decide, render
from bot.core.images.variant import SearchedAs, Variant
from bot.media.intake import on_checking_thread

log = logging.getLogger(__name__)
T = TypeVar("T")

REMEMBERED_DECISIONS = 1024
_DECODE_FAILURES = (OSError, ValueError, SyntaxError, EOFError, IndexError, MemoryError)


class ThreadedVariants:
    """`ImageVariants` on the checking thread, with the last decisions remembered."""

    def __init__(self, remembered: int = REMEMBERED_DECISIONS) -> None:
        self._decisions: OrderedDict[tuple[str, Variant], SearchedAs | None] = OrderedDict()
        self._remembered = remembered

    async def decide(self, image: CheckedImage, variant: Variant) -> SearchedAs | None:
        key = (image.sha256, variant)
        if key in self._decisions:
            self._decisions.move_to_end(key)
            return self._decisions[key]
        searched = await self._on_checker(partial(decide, image, variant))
        self._decisions[key] = searched
        while len(self._decisions) > self._remembered:
            self._decisions.popitem(last=False)
        return searched

    async def render(self, image: CheckedImage, searched: SearchedAs) -> CheckedImage | None:
        return await self._on_checker(partial(render, image, searched))

    async def _on_checker(self, work: Callable[[], T]) -> T | None:
        try:
            return await on_checking_thread(work)
        except _DECODE_FAILURES as error:
            log.warning("could not make a version of an image: %s", error)
            return None
