"""The evidence that completes an answer: each public match's page, and the matched keyframe
beside the query. Fetched after the answer is sent, never delaying it.

Every call costs a request of the account's 1 per second (on the limiter's evidence lane, behind
every waiting search), and downloads have their own limit of 12 a minute, so:
- video details are stored for good (a video's page does not change) and asked only for the
  matches shown; keyframes are kept too (bounded) by bucket and blob;
- when the details endpoint (or the download endpoint) fails, including a missing endpoint, the bot
  stops asking it for a while (`pause_seconds`) instead of failing once per match;
- when this minute's downloads are spent, the answer simply stays without the picture.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bot.core.errors import UserFacingError
from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.core.images.image_check import CheckedImage
from bot.core.language import Text, Words, english
from bot.core.ports import (
    Compositor,
    DownloadAllowance,
    EvidencePause,
    EvidenceSource,
    EvidenceStore,
)
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.core.scope import Library
from bot.core.timestamps import format_position
from bot.core.wording import seconds_text

log = logging.getLogger(__name__)

EVIDENCE_CALLS: ContextVar[Counter[str] | None] = ContextVar("evidence_calls", default=None)
"""Where the evidence's API calls are counted, by kind, for the answer being completed."""
DETAILS, KEYFRAMES = "details", "keyframes"


@contextmanager
def counting_evidence_calls() -> Iterator[Counter[str]]:
    """Count the API calls evidence makes inside the block (a shared lookup counts once, for
    whoever started it)."""
    calls: Counter[str] = Counter()
    token = EVIDENCE_CALLS.set(calls)
    try:
        yield calls
    finally:
        EVIDENCE_CALLS.reset(token)


def _count_call(kind: str) -> None:
    calls = EVIDENCE_CALLS.get()
    if calls is not None:
        calls[kind] += 1


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
DOWNLOAD_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class PictureNames:
    """How the side-by-side picture names its halves, in `words`' language: the query as "Your
    image", or as a "Posted image" when it is someone else's post (the message menu, the mod-log,
    alerts); the match as "Source", or "Match 2" when `rank` is given."""

    words: Words = field(default_factory=english)
    posted: bool = False
    rank: int | None = None

    def query(self) -> str:
        return self.words.say("answer-picture-posted" if self.posted else "answer-picture-yours")

    def clip_at(self, seconds: float) -> str:
        whose = "posted" if self.posted else "own"
        return self.words.say("answer-picture-clip-at", whose=whose, at=seconds_text(seconds))

    def source(self, at: float | None) -> str:
        """The match's name, and the moment of the video pictured when known."""
        name = Text("answer-picture-source")
        if self.rank is not None:
            name = Text("answer-picture-match", rank=self.rank)
        if at is None:
            return self.words.say(name)
        return self.words.say("answer-picture-at", name=name, at=format_position(at))


class DownloadRate:
    """At most `per_minute` downloads in any 60 seconds; taking never waits (no budget: skip)."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._taken: deque[float] = deque()

    async def take(self) -> bool:
        return self.try_take()

    def try_take(self) -> bool:
        now = self._clock()
        while self._taken and now - self._taken[0] >= DOWNLOAD_WINDOW_SECONDS:
            self._taken.popleft()
        if len(self._taken) >= self.per_minute:
            return False
        self._taken.append(now)
        return True


class Pause:
    """After a failure, "not now" for `seconds`: one failure stops the asking, not one per match."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._until = -float("inf")

    @property
    def active(self) -> bool:
        return self._clock() < self._until

    def start(self) -> None:
        self._until = self._clock() + self.seconds

    async def is_active(self) -> bool:
        return self.active

    async def begin(self) -> None:
        self.start()


class SingleFlight(Generic[K, V]):
    """Callers asking for the same key at the same time share one run (one API request)."""

    def __init__(self) -> None:
        self._running: dict[K, asyncio.Future[V]] = {}

    async def run(self, key: K, start: Callable[[], Awaitable[V]]) -> V:
        running = self._running.get(key)
        if running is None:
            running = asyncio.ensure_future(start())
            self._running[key] = running
            running.add_done_callback(lambda _: self._running.pop(key, None))
        return await asyncio.shield(running)


@dataclass(frozen=True)
class Composite:
    """The side-by-side picture for one answer embed (JPEG bytes)."""

    jpeg: bytes


def public_video_numbers(matches: Iterable[VideoMatch]) -> list[str]:
    """The shown public matches' video numbers, each once, in order (private ones have no page)."""
    numbers = [m.video_no for m in matches if m.library is not Library.PRIVATE]
    return list(dict.fromkeys(numbers))


class EvidenceService:
    """Looks up video details and builds the keyframe composites; one per process."""

    def __init__(
        self,
        source: EvidenceSource,
        store: EvidenceStore,
        compositor: Compositor,
        *,
        downloads: DownloadAllowance,
        pause_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        pauses: tuple[EvidencePause, EvidencePause] | None = None,
    ) -> None:
        """`pauses`: the details' and the downloads' (default: this process's own)."""
        self.source = source
        self.store = store
        self.compositor = compositor
        self.downloads = downloads
        own = (Pause(pause_seconds, clock=clock), Pause(pause_seconds, clock=clock))
        self.details_pause, self.downloads_pause = pauses or own
        self._detail_flights: SingleFlight[str, VideoDetail | None] = SingleFlight()
        self._keyframe_flights: SingleFlight[KeyframeRef, bytes | None] = SingleFlight()

    async def stored_details(
        self, matches: Iterable[VideoMatch]
    ) -> tuple[dict[str, VideoDetail], list[str]]:
        """The shown public matches' details already stored, and the video numbers still missing."""
        stored: dict[str, VideoDetail] = {}
        missing: list[str] = []
        for video_no in public_video_numbers(matches):
            detail = await self.store.detail(video_no)
            if detail is None:
                missing.append(video_no)
            else:
                stored[video_no] = detail
        return stored, missing

    async def fetch_details(self, video_nos: Iterable[str]) -> AsyncIterator[VideoDetail]:
        """Details fetched one by one (each stored at once) until done or the endpoint fails."""
        for video_no in video_nos:
            detail = await self._fetch_detail(video_no)
            if detail is None:
                return
            yield detail

    async def _fetch_detail(self, video_no: str) -> VideoDetail | None:
        """One request per video even when several answers want it at the same moment."""
        return await self._detail_flights.run(video_no, lambda: self._fetch_new_detail(video_no))

    async def _fetch_new_detail(self, video_no: str) -> VideoDetail | None:
        stored = await self.store.detail(video_no)
        if stored is not None:
            return stored
        if await self.details_pause.is_active():
            return None
        _count_call(DETAILS)
        try:
            detail = await self.source.video_detail(video_no)
        except UserFacingError as error:
            await self._pause(self.details_pause, "video details", error)
            return None
        await self.store.save_detail(detail)
        return detail

    async def composite(
        self,
        outcome: QueryOutcome,
        match: VideoMatch | None = None,
        *,
        names: PictureNames | None = None,
    ) -> Composite | None:
        """The query beside `match`'s keyframe (default: the top match), or None (no keyframe,
        no budget, failure), labelled as `names` says."""
        top = match or (outcome.matches[0] if outcome.matches else None)
        if outcome.image is None or top is None or top.keyframe is None:
            return None
        keyframe = await self._keyframe(top.keyframe)
        if keyframe is None:
            return None
        image, labels = _query_and_labels(outcome, top, names or PictureNames())
        try:
            return Composite(await self.compositor.compose(image, keyframe, labels))
        except (UserFacingError, OSError, ValueError) as error:
            log.warning("no side-by-side picture: %r", error)
            return None

    async def _keyframe(self, ref: KeyframeRef) -> bytes | None:
        return await self._keyframe_flights.run(ref, lambda: self._new_keyframe(ref))

    async def _new_keyframe(self, ref: KeyframeRef) -> bytes | None:
        stored = await self.store.keyframe(ref)
        if stored is not None:
            return stored
        if await self.downloads_pause.is_active() or not await self.downloads.take():
            return None
        _count_call(KEYFRAMES)
        try:
            data = await self.source.keyframe(ref)
        except UserFacingError as error:
            await self._pause(self.downloads_pause, "keyframe downloads", error)
            return None
        await self.store.save_keyframe(ref, data)
        return data

    @staticmethod
    async def _pause(pause: EvidencePause, what: str, error: UserFacingError) -> None:
        await pause.begin()
        log.warning(
            "%s failed (%s: %s); not asking again for %.0f s",
            what,
            type(error).__name__,
            error.detail,
            pause.seconds,
        )


def _query_and_labels(
    outcome: QueryOutcome, top: VideoMatch, names: PictureNames
) -> tuple[CheckedImage, tuple[str, str]]:
    """Which picture of the user's to show (for a clip: the still that matched best), and the
    labels under both pictures."""
    if outcome.clip is not None and top.frame_links:
        link = max(top.frame_links, key=lambda candidate: candidate.score)
        frame = outcome.clip.frame_at(link.clip_seconds)
        at = top.best_moment.start if link.source_seconds is None else link.source_seconds
        return frame.image, (names.clip_at(frame.at_seconds), names.source(at))
    assert outcome.image is not None  # noqa: S101 - checked by the caller
    return outcome.image, (names.query(), names.source(top.best_moment.start))
