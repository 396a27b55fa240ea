"""The one place a search happens: image -> rate limiter -> API -> ranking.

Commands (Discord cogs and the command line) describe what to search and get back plain outcomes
to render; nothing here knows about Discord.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

from bot.core.errors import SearchBackendError, UserFacingError
from bot.core.hits import Hit
from bot.core.image_check import CheckedImage
from bot.core.ports import ImageLoader, RateLimiter, VideoIndex
from bot.core.ranking import rank_matches
from bot.core.request import LibraryFailure, QueryOutcome, SearchRequest
from bot.core.scope import Library
from bot.core.sources import ImageSource

__all__ = ["QueryOutcome", "SearchRequest", "SearchService", "SearchTimedOutError"]

log = logging.getLogger(__name__)


class SearchTimedOutError(UserFacingError):
    """The whole search ran past the configured time limit."""


class SearchService:
    """Runs searches for every front end; one instance per process, shared by all commands."""

    def __init__(
        self,
        index: VideoIndex,
        loader: ImageLoader,
        limiter: RateLimiter,
        *,
        search_timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.index = index
        self.loader = loader
        self.limiter = limiter
        self._search_timeout = search_timeout
        self._clock = clock

    def precheck(
        self, sources: Sequence[ImageSource], request: SearchRequest
    ) -> list[QueryOutcome]:
        """Outcomes for the sources that can be refused before anything is downloaded."""
        refused = []
        for source in sources:
            try:
                self.loader.precheck(source)
            except UserFacingError as error:
                refused.append(QueryOutcome(source, request, error=error))
        return refused

    def queue_estimate(self, image_count: int, request: SearchRequest) -> float:
        """Seconds the API requests of a search of `image_count` images would wait in the queue."""
        return self.limiter.wait_estimate(image_count * len(request.scope.libraries))

    async def search_sources(
        self,
        sources: Sequence[ImageSource],
        request: SearchRequest,
        *,
        refused: Sequence[QueryOutcome] = (),
    ) -> list[QueryOutcome]:
        """Search every image concurrently (the rate limiter decides what actually goes out);
        outcomes come back in the order of `sources`, `refused` ones as they are."""
        known = {outcome.source: outcome for outcome in refused}

        async def outcome_for(source: ImageSource) -> QueryOutcome:
            return known.get(source) or await self.search_source(source, request)

        try:
            async with asyncio.timeout(self._search_timeout):
                return list(await asyncio.gather(*(outcome_for(s) for s in sources)))
        except TimeoutError:
            raise SearchTimedOutError(
                "The search took too long and was stopped; please try again in a few minutes.",
                detail=f"search_timeout={self._search_timeout}s passed",
            ) from None

    async def search_source(self, source: ImageSource, request: SearchRequest) -> QueryOutcome:
        started = self._clock()
        try:
            image = await self.loader.load(source)
        except UserFacingError as error:
            return QueryOutcome(source, request, error=error, elapsed_seconds=self._since(started))
        return await self._search_checked(source, image, request, started)

    async def search_image(
        self, image: CheckedImage, source: ImageSource, request: SearchRequest
    ) -> QueryOutcome:
        """Search an image already loaded and checked (the command line's local files)."""
        return await self._search_checked(source, image, request, self._clock())

    async def _search_checked(
        self, source: ImageSource, image: CheckedImage, request: SearchRequest, started: float
    ) -> QueryOutcome:
        libraries = request.scope.libraries
        answers = await asyncio.gather(
            *(self._search_library(image, lib, request) for lib in libraries)
        )
        hits, failures = _split_answers(libraries, answers)
        matches = rank_matches(hits)
        return QueryOutcome(
            source,
            request,
            matches=tuple(matches[: request.max_results]),
            total_matches=len(matches),
            failures=failures,
            error=failures[0].error if failures and not hits else None,
            elapsed_seconds=self._since(started),
            image=image,
        )

    async def _search_library(
        self, image: CheckedImage, library: Library, request: SearchRequest
    ) -> list[Hit] | SearchBackendError:
        """One library's hits, or the error that library failed with (the others go on)."""
        try:
            return await self.index.search(
                image, library, similarity=request.similarity, namespace=request.private_namespace
            )
        except SearchBackendError as error:
            log.warning(
                "search of %s failed: %s (%s)", library.label, type(error).__name__, error.detail
            )
            return error

    def _since(self, started: float) -> float:
        return self._clock() - started


def _split_answers(
    libraries: Sequence[Library], answers: Sequence[list[Hit] | SearchBackendError]
) -> tuple[dict[Library, list[Hit]], tuple[LibraryFailure, ...]]:
    """Per-library answers split into the hits found and the libraries that failed."""
    hits: dict[Library, list[Hit]] = {}
    failures: list[LibraryFailure] = []
    for library, answer in zip(libraries, answers, strict=True):
        if isinstance(answer, SearchBackendError):
            failures.append(LibraryFailure(library, answer))
        else:
            hits[library] = answer
    return hits, tuple(failures)
