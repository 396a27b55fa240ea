"""The one place a search happens: image -> result cache -> rate limiter -> API -> ranking.

Commands (Discord cogs and the command line) describe what to search and get back plain outcomes
to render; nothing here knows about Discord.

A search runs in two steps. The caller's admission (fair use) is asked first, before anything is
downloaded: it may refuse the whole search at no cost (cooldown, spent budget). Then every image is
loaded and looked up in the result cache, and if anything still needs the API, the admission is
asked once for all those calls before any is made. A refusal then fails only the libraries that
needed the API: answers from the cache are still shown.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, ExitStack, asynccontextmanager
from dataclasses import replace

from bot.core.errors import SearchBackendError, UserFacingError
from bot.core.evidence.clip_ranking import FrameHits, rank_clip_matches
from bot.core.evidence.clips import LoadedClip
from bot.core.hits import Hit
from bot.core.images.image_check import CheckedImage
from bot.core.language import Text
from bot.core.moderation.fair_use import FairUseHold
from bot.core.moderation.result_cache import ResultCache
from bot.core.ports import ImageLoader, ImageVariants, Lane, RateLimiter, VideoIndex
from bot.core.ranking import VideoMatch, rank_matches
from bot.core.request import LibraryFailure, QueryOutcome, SearchRequest
from bot.core.scope import Library
from bot.core.search_plans import ClipPlan, ImagePlan, SearchPlanner
from bot.core.sources import ImageSource
from bot.core.write_behind import WriteBehind

__all__ = [
    "Admission",
    "QueryOutcome",
    "SearchRequest",
    "SearchService",
    "SearchTimedOutError",
]

log = logging.getLogger(__name__)


Admission = Callable[[], AbstractAsyncContextManager[FairUseHold]]
"""Entered before anything is downloaded (raises a `UserFacingError` to refuse the whole search at
no cost; `FairUse.hold`); the hold it yields is asked for the API calls the cache could not
answer."""

LibraryAnswer = list[Hit] | UserFacingError


class SearchTimedOutError(UserFacingError):
    """The whole search ran past the configured time limit."""


Loaded = QueryOutcome | ImagePlan | ClipPlan


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
        cache: ResultCache | None = None,
        variants: ImageVariants | None = None,
        writes: WriteBehind | None = None,
        lane: Lane = Lane.SEARCH,
    ) -> None:
        self.index = index
        self.loader = loader
        self.limiter = limiter
        self.lane = lane
        """The limiter's lane its index's requests queue in (the watch's: `Lane.WATCH`)."""
        self.cache = cache
        self.planner = SearchPlanner(cache, variants)
        self.variants = variants
        """Makes the versions of images (also the mod-log's smaller copy of a large query)."""
        self.writes = writes or WriteBehind()
        """Where writes the answer does not need go (the cache's, the history's, the ledger's)."""
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
        requests = image_count * len(request.scope.libraries)
        return self.limiter.wait_estimate(requests, self.lane)

    async def search_sources(
        self,
        sources: Sequence[ImageSource],
        request: SearchRequest,
        *,
        refused: Sequence[QueryOutcome] = (),
        admission: Admission | None = None,
        keep: ExitStack | None = None,
    ) -> list[QueryOutcome]:
        """Search every image concurrently (the rate limiter decides what actually goes out);
        outcomes come back in the order of `sources`, `refused` ones as they are.

        The images are released when the search ends, unless `keep` is given: then they stay
        readable (`outcome.image`) until that stack closes (for the mod-log and evidence, which
        use them after the answer is sent)."""
        try:
            async with asyncio.timeout(self._search_timeout), _entered(admission) as admitted:
                return await self._search_all(sources, request, refused, admitted, keep)
        except TimeoutError:
            raise SearchTimedOutError(
                Text("error-search-timed-out"),
                detail=f"search_timeout={self._search_timeout}s passed",
            ) from None

    async def search_source(self, source: ImageSource, request: SearchRequest) -> QueryOutcome:
        """One image, no time limit and no admission (callers that have their own)."""
        [outcome] = await self._search_all([source], request, (), None)
        return outcome

    async def search_image(
        self, image: CheckedImage, source: ImageSource, request: SearchRequest
    ) -> QueryOutcome:
        """Search an image already loaded and checked (the command line's local files)."""
        started = self._clock()
        plan = await self.planner.plan(source, image, request)
        return await self._finish(plan, request, started, None)

    async def _search_all(
        self,
        sources: Sequence[ImageSource],
        request: SearchRequest,
        refused: Sequence[QueryOutcome],
        admission: FairUseHold | None,
        keep: ExitStack | None = None,
    ) -> list[QueryOutcome]:
        started = self._clock()
        known = {outcome.source: outcome for outcome in refused}
        held: list[CheckedImage] = []

        async def load(source: ImageSource) -> Loaded:
            return known.get(source) or await self._load_and_plan(source, request, started, held)

        try:
            loaded = await asyncio.gather(*(load(source) for source in sources))
            plans = [item for item in loaded if not isinstance(item, QueryOutcome)]
            refusal = await _admit(admission, sum(len(plan.missing) for plan in plans))
            return list(
                await asyncio.gather(
                    *(self._finished(item, request, started, refusal) for item in loaded)
                )
            )
        finally:  # also on errors and cancellation: spooled images are deleted with the search
            for image in held:
                if keep is None:
                    image.release()
                else:
                    keep.callback(image.release)

    async def _load_and_plan(
        self, source: ImageSource, request: SearchRequest, started: float, held: list[CheckedImage]
    ) -> Loaded:
        try:
            media = await self.loader.load_media(source, prove=not self.planner.proves_pixels)
            held.extend(_images_of(media))
            if isinstance(media, LoadedClip):
                frames = [
                    await self.planner.plan(source, frame.image, request) for frame in media.frames
                ]
                return ClipPlan(source, media, tuple(frames))
            return await self.planner.plan(source, media, request)
        except UserFacingError as error:
            return QueryOutcome(source, request, error=error, elapsed_seconds=self._since(started))

    async def _finished(
        self,
        item: Loaded,
        request: SearchRequest,
        started: float,
        refusal: UserFacingError | None,
    ) -> QueryOutcome:
        if isinstance(item, QueryOutcome):
            return item
        if isinstance(item, ClipPlan):
            return await self._finish_clip(item, request, started, refusal)
        return await self._finish(item, request, started, refusal)

    async def _finish(
        self,
        plan: ImagePlan,
        request: SearchRequest,
        started: float,
        refusal: UserFacingError | None,
    ) -> QueryOutcome:
        hits, failures = await self._answers(plan, request, refusal)
        return _outcome(plan, request, hits, failures, self._since(started), refusal is None)

    async def _finish_clip(
        self,
        plan: ClipPlan,
        request: SearchRequest,
        started: float,
        refusal: UserFacingError | None,
    ) -> QueryOutcome:
        """Every still answered, then one match per video over all of them."""
        answers = await asyncio.gather(
            *(self._answers(frame, request, refusal) for frame in plan.frames)
        )
        frame_hits = [
            FrameHits(frame.at_seconds, hits)
            for frame, (hits, _) in zip(plan.clip.frames, answers, strict=True)
        ]
        failures = tuple({f.library: f for _, found in answers for f in found}.values())
        found_any = any(hits for hits, _ in answers)
        outcome = _outcome(
            plan.frames[0], request, {}, failures, self._since(started), refusal is None
        )
        matches, possible = _split_matches(rank_clip_matches(frame_hits), request)
        return replace(
            outcome,
            matches=tuple(matches[: request.max_results]),
            more_matches=tuple(matches[request.max_results :]),
            possible_matches=tuple(possible),
            total_matches=len(matches),
            error=failures[0].error if failures and not found_any else None,
            api_calls=len(plan.missing) if refusal is None else 0,
            clip=plan.clip,
        )

    async def _answers(
        self, plan: ImagePlan, request: SearchRequest, refusal: UserFacingError | None
    ) -> tuple[dict[Library, list[Hit]], tuple[LibraryFailure, ...]]:
        """The plan's missing libraries asked (unless refused), merged with the cached ones."""
        fetched: Sequence[LibraryAnswer]
        if refusal is not None:
            fetched = [refusal] * len(plan.missing)
        else:
            fetched = await asyncio.gather(
                *(self._search_library(plan, lib, request) for lib in plan.missing)
            )
        answers: dict[Library, LibraryAnswer] = dict(zip(plan.missing, fetched, strict=True))
        answers.update({lib: answer.hits for lib, answer in plan.cached.items()})
        return _split_answers(request.scope.libraries, answers)

    async def _search_library(
        self, plan: ImagePlan, library: Library, request: SearchRequest
    ) -> LibraryAnswer:
        """One library's hits, or the error that library failed with (the others go on)."""
        try:
            hits = await self.index.search(
                plan.uploaded,
                library,
                similarity=request.query_similarity,
                namespace=request.private_namespace,
            )
        except SearchBackendError as error:
            level = logging.DEBUG if error.already_logged else logging.WARNING
            failure = f"{type(error).__name__} ({error.detail})"
            log.log(level, "search of %s failed: %s", library.label, failure)
            return error
        await self.planner.save(plan, library, request, hits)
        return hits

    def _since(self, started: float) -> float:
        return self._clock() - started


def _images_of(media: CheckedImage | LoadedClip) -> list[CheckedImage]:
    """The checked images a loaded source holds (a clip: one per still)."""
    if isinstance(media, LoadedClip):
        return [frame.image for frame in media.frames]
    return [media]


@asynccontextmanager
async def _entered(admission: Admission | None) -> AsyncIterator[FairUseHold | None]:
    """The admission entered (it may refuse the search here, before any download), or None."""
    if admission is None:
        yield None
        return
    async with admission() as admitted:
        yield admitted


async def _admit(admission: FairUseHold | None, calls: int) -> UserFacingError | None:
    """Ask for `calls` API calls; the refusal, if there is one."""
    if admission is None or calls == 0:
        return None
    try:
        await admission.admit(calls)
    except UserFacingError as refusal:
        return refusal
    return None


def _split_answers(
    libraries: Sequence[Library], answers: Mapping[Library, LibraryAnswer]
) -> tuple[dict[Library, list[Hit]], tuple[LibraryFailure, ...]]:
    """Per-library answers split into the hits found and the libraries that failed."""
    hits: dict[Library, list[Hit]] = {}
    failures: list[LibraryFailure] = []
    for library in libraries:
        answer = answers[library]
        if isinstance(answer, UserFacingError):
            failures.append(LibraryFailure(library, answer))
        else:
            hits[library] = answer
    return hits, tuple(failures)


def _split_matches(
    matches: list[VideoMatch], request: SearchRequest
) -> tuple[list[VideoMatch], list[VideoMatch]]:
    """Matches at or above the match threshold, and the possible ones below it."""
    sure = [m for m in matches if m.score >= request.similarity - 1e-9]
    return sure, [m for m in matches if m not in sure]


def _outcome(
    plan: ImagePlan,
    request: SearchRequest,
    hits: dict[Library, list[Hit]],
    failures: tuple[LibraryFailure, ...],
    elapsed: float,
    asked: bool,
) -> QueryOutcome:
    matches, possible = _split_matches(rank_matches(hits), request)
    own = {library: answer for library, answer in plan.cached.items() if answer.own}
    ages = [answer.age_seconds for answer in own.values()]
    return QueryOutcome(
        plan.source,
        request,
        matches=tuple(matches[: request.max_results]),
        more_matches=tuple(matches[request.max_results :]),
        possible_matches=tuple(possible),
        total_matches=len(matches),
        failures=failures,
        error=failures[0].error if failures and not hits else None,
        elapsed_seconds=elapsed,
        image=plan.image,
        api_calls=len(plan.missing) if asked else 0,
        cached_libraries=tuple(plan.cached),
        searched_as=plan.searched,
        cache_age_seconds=max(ages, default=None),
        own_cached_libraries=tuple(own),
    )
