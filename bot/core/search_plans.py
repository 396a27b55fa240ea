"""What each loaded image of a search needs before the API is asked: the version of it to upload,
the result cache's answers for that version, and the libraries still to ask.

The version comes first (`bot.core.images.variant`): by default the picture without the borders,
caption band or blurred fill a reposter added, or, on request, the image exactly as given, mirrored,
or its centre. The cache is keyed by the SHA-256 of what the user sent plus what was searched
(`cache_id`), so versions of one image never answer for each other, and an image searched as given
keys exactly as before. A version is only drawn (decoded, cut, re-encoded) when some library still
needs the API; when it cannot be drawn, the image is searched as given.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.evidence.clips import LoadedClip
from bot.core.hits import Hit
from bot.core.images.image_check import CheckedImage
from bot.core.images.variant import SearchedAs, cache_id
from bot.core.moderation.result_cache import CacheAnswer, CacheKey, ResultCache
from bot.core.ports import ImageVariants
from bot.core.request import SearchRequest
from bot.core.scope import Library
from bot.core.sources import ImageSource
from bot.core.timings import timed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImagePlan:
    """One loaded image: what the cache answered, and which libraries still need the API.

    `image` is what the user sent (its bytes stay as they are); `upload` is what the API gets,
    `searched` what that version is (None: the image as given)."""

    source: ImageSource
    image: CheckedImage
    cached: Mapping[Library, CacheAnswer]
    missing: tuple[Library, ...]
    searched: SearchedAs | None = None
    upload: CheckedImage | None = None

    @property
    def uploaded(self) -> CheckedImage:
        return self.upload or self.image

    def cache_key(self, library: Library, request: SearchRequest) -> CacheKey:
        name = cache_id(self.image.sha256, self.searched)
        return CacheKey.of_digest(name, library, request.private_namespace)


@dataclass(frozen=True)
class ClipPlan:
    """A GIF or video: one plan per sampled still, merged per video once all are answered."""

    source: ImageSource
    clip: LoadedClip
    frames: tuple[ImagePlan, ...]

    @property
    def missing(self) -> tuple[Library, ...]:
        return tuple(library for plan in self.frames for library in plan.missing)


class SearchPlanner:
    """Plans each image (version, cache answers) and files the API's answers in the cache."""

    def __init__(self, cache: ResultCache | None, variants: ImageVariants | None) -> None:
        self.cache = cache
        self.variants = variants

    @property
    def proves_pixels(self) -> bool:
        """Whether `plan` decodes each image anyway (its study), and so proves it there: the
        loader then reads only its structure, and a screenshot is inflated once, not twice."""
        return self.variants is not None

    async def plan(
        self, source: ImageSource, image: CheckedImage, request: SearchRequest
    ) -> ImagePlan:
        searched = None
        if self.variants is not None:
            searched = await self.variants.decide(image, request.variant)
        plan = await self._looked_up(ImagePlan(source, image, {}, (), searched), request)
        if searched is None or not plan.missing or self.variants is None:
            return plan
        upload = await self.variants.render(image, searched)
        if upload is None:
            log.info("the %s version could not be made; searching the image as given", searched)
            return await self._looked_up(ImagePlan(source, image, {}, ()), request)
        return ImagePlan(source, image, plan.cached, plan.missing, searched, upload)

    async def save(
        self, plan: ImagePlan, library: Library, request: SearchRequest, hits: list[Hit]
    ) -> None:
        if self.cache is not None:
            key = plan.cache_key(library, request)
            await self.cache.save(key, request.query_similarity, hits, request.guild_id)

    async def _looked_up(self, plan: ImagePlan, request: SearchRequest) -> ImagePlan:
        cached: dict[Library, CacheAnswer] = {}
        with timed("cache"):
            for library in request.scope.libraries:
                answer = await self._cached(plan, library, request)
                if answer is not None:
                    cached[library] = answer
        missing = tuple(lib for lib in request.scope.libraries if lib not in cached)
        return ImagePlan(plan.source, plan.image, cached, missing, plan.searched)

    async def _cached(
        self, plan: ImagePlan, library: Library, request: SearchRequest
    ) -> CacheAnswer | None:
        if self.cache is None:
            return None
        key = plan.cache_key(library, request)
        return await self.cache.lookup(key, request.query_similarity, request.guild_id)
