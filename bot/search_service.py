"""The one place a search happens: image -> rate limiter -> API -> ranking.

Commands (Discord cogs and the command line) describe what to search and get back plain outcomes
to render; nothing here knows about Discord.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.config import Settings
from bot.errors import UserFacingError
from bot.image_check import CheckedImage
from bot.image_intake import ImageLoader, ImageSource
from bot.memories import Hit, ImageUpload, MemoriesClient, MemoriesError, PublicLibrary
from bot.ranking import VideoMatch, rank_matches
from bot.ratelimit import RateLimiter
from bot.search_scope import Library, SearchScope

log = logging.getLogger(__name__)


class SearchTimedOutError(UserFacingError):
    """The whole search ran past the configured time limit."""


@dataclass(frozen=True)
class SearchRequest:
    """What to look for, as the user asked: where, how similar (percent), how many results."""

    scope: SearchScope
    min_match: int
    max_results: int
    private_namespace: str = "default"

    @property
    def similarity(self) -> float:
        return self.min_match / 100

    @classmethod
    def with_defaults(
        cls,
        settings: Settings,
        *,
        platform: str | None = None,
        min_match: int | None = None,
        results: int | None = None,
    ) -> SearchRequest:
        """What the user asked, the operator's defaults (settings) filling what they left out."""
        return cls(
            scope=SearchScope(platform) if platform else settings.default_platform,
            min_match=min_match or settings.default_min_match,
            max_results=results or settings.default_results,
            private_namespace=settings.memories_unique_id,
        )


@dataclass(frozen=True)
class LibraryFailure:
    """One library that could not be searched while others may have been."""

    library: Library
    error: UserFacingError


@dataclass(frozen=True)
class QueryOutcome:
    """The result for one query image: its ranked matches, or why it could not be searched."""

    source: ImageSource
    request: SearchRequest
    matches: tuple[VideoMatch, ...] = ()
    total_matches: int = 0
    failures: tuple[LibraryFailure, ...] = ()
    error: UserFacingError | None = None
    elapsed_seconds: float = 0.0
    image: CheckedImage | None = None

    @property
    def searched(self) -> tuple[Library, ...]:
        failed = {failure.library for failure in self.failures}
        return tuple(lib for lib in self.request.scope.libraries if lib not in failed)


class SearchService:
    """Runs searches for every front end; one instance per process, shared by all commands."""

    def __init__(
        self,
        memories: MemoriesClient,
        loader: ImageLoader,
        limiter: RateLimiter,
        *,
        search_timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.memories = memories
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
    ) -> list[Hit] | MemoriesError:
        """One library's hits, or the error that library failed with (the others go on)."""
        upload = ImageUpload(image.upload_filename, image.content_type, image.data)
        try:
            return await self._query(upload, library, request)
        except MemoriesError as error:
            log.warning("search of %s failed: %s (%s)", library.label, error.code, error.detail)
            return error

    async def _query(
        self, upload: ImageUpload, library: Library, request: SearchRequest
    ) -> list[Hit]:
        if library is Library.PRIVATE:
            return await self.memories.search_private(
                upload, unique_id=request.private_namespace, similarity=request.similarity
            )
        return await self.memories.search_public(
            upload, library=PublicLibrary(library.value), similarity=request.similarity
        )

    def _since(self, started: float) -> float:
        return self._clock() - started


def _split_answers(
    libraries: Sequence[Library], answers: Sequence[list[Hit] | MemoriesError]
) -> tuple[dict[Library, list[Hit]], tuple[LibraryFailure, ...]]:
    """Per-library answers split into the hits found and the libraries that failed."""
    hits: dict[Library, list[Hit]] = {}
    failures: list[LibraryFailure] = []
    for library, answer in zip(libraries, answers, strict=True):
        if isinstance(answer, MemoriesError):
            failures.append(LibraryFailure(library, answer))
        else:
            hits[library] = answer
    return hits, tuple(failures)
