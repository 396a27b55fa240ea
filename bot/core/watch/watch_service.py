"""Watched channels: every image posted there is checked in the background, at the lowest priority.

Messages come in through `receive` (cheap, no I/O: skips what needs no download to skip, queues
the rest); one worker drains the queue. The search service it is given asks the rate limiter for
the WATCH lane, so people's own searches always go first. A match at or above the watch's
threshold, not marked "not a repost", becomes a `RepostAlert` for the `AlertSink`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.core.errors import UserFacingError
from bot.core.images.variant import AUTO, CutMode, Transform, Variant
from bot.core.language import Text
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.search_service import SearchService
from bot.core.seen.memory import EarlierSighting
from bot.core.watch.watch_memory import WatchMemory
from bot.core.watch.watch_model import (
    ANY_IMAGE,
    PostedImage,
    PostedMedia,
    PostedMessage,
    RepostAlert,
    SkipReason,
    Watch,
    WatchCheck,
    is_too_small,
    seen_key,
    video_key,
)
from bot.core.watch.watch_ports import (
    AlertLog,
    AlertSink,
    FalsePositives,
    SeenImages,
    WatchList,
)
from bot.core.watch.watch_queue import DropOldestQueue
from bot.core.watch.watch_share import WatchShare
from bot.core.watch.watch_tally import WatchTally
from bot.core.watch.watch_terms import ServerTerms, WatchTerms
from bot.core.wording import searched_text

log = logging.getLogger(__name__)
T = TypeVar("T")

ALERT_CANDIDATES = 5
"""Matches asked for per check: the best one not marked "not a repost" is alerted."""
REMEMBERED_MESSAGES = 1000


@dataclass(frozen=True)
class WatchOptions:
    queue_size: int
    min_image_size: tuple[int, int]
    load_seconds: float = 15.0
    """How long one image may take to download and decode; past it the check is skipped, so a
    hostile file never holds the queue behind it."""


@dataclass(frozen=True)
class WatchStores:
    watches: WatchList
    seen: SeenImages
    false_positives: FalsePositives
    servers: WatchTerms
    alerts: AlertLog
    memory: WatchMemory | None = None
    """The server's image memory ("reposted: first posted …"); None: API matches only."""


@dataclass(frozen=True)
class Found:
    """Matches for an attachment, best first, and which still each video matched best."""

    matches: list[VideoMatch]
    still_of: dict[str, int]
    searched: Text | None = None
    """Which version of the image was searched, when not the image as posted."""

    @classmethod
    def of(cls, outcomes: Sequence[QueryOutcome]) -> Found:
        """The matches of every still's search, and what was searched (the first still's)."""
        found = cls.merged([outcome.matches for outcome in outcomes])
        return replace(found, searched=searched_text(outcomes[0]) if outcomes else None)

    @classmethod
    def merged(cls, per_still: Sequence[Sequence[VideoMatch]]) -> Found:
        """One match per video over every still (its best), best first."""
        best: dict[str, tuple[VideoMatch, int]] = {}
        for index, matches in enumerate(per_still):
            for match in matches:
                key = video_key(match)
                if key not in best or match.score > best[key][0].score:
                    best[key] = (match, index)
        ranked = sorted(best.values(), key=lambda pair: -pair[0].score)[:ALERT_CANDIDATES]
        return cls([match for match, _ in ranked], {video_key(m): i for m, i in ranked})


class WatchService:
    """Checks the images of watched channels; one instance per process."""

    def __init__(
        self,
        search: SearchService,
        stores: WatchStores,
        share: WatchShare,
        options: WatchOptions,
        tally: WatchTally,
    ) -> None:
        self.search, self.stores, self.share, self.options = search, stores, share, options
        self.tally = tally
        self.queue: DropOldestQueue[WatchCheck] = DropOldestQueue(options.queue_size)
        self.alerts: AlertSink | None = None
        self._deleted: dict[int, None] = {}
        self._pending: Counter[int] = Counter()
        self._settled: dict[int, asyncio.Event] = {}

    # what comes in

    async def receive(self, message: PostedMessage, images: Sequence[PostedImage]) -> None:
        """A new message: queue a check of each image, if its channel is watched."""
        watch = await self.stores.watches.watch_of(message.guild_id, message.channel_id)
        if watch is not None and images:
            for image in images:
                await self._admit(WatchCheck(watch, message, image))
        self._settle_if_done(message.message_id)

    def message_deleted(self, message_id: int) -> None:
        """Checks of a deleted message that have not run yet are skipped."""
        self._deleted[message_id] = None
        _forget_oldest(self._deleted)

    async def _admit(self, check: WatchCheck) -> None:
        image, minimum = check.image, self.options.min_image_size
        if check.message.automated:
            await self._skip(check, SkipReason.AUTOMATED)
        elif is_too_small(image.width, image.height, minimum):
            await self._skip(check, SkipReason.TOO_SMALL)
        else:
            self._pending[check.message.message_id] += 1
            if (dropped := self.queue.put(check)) is not None:
                await self._skip(dropped, SkipReason.QUEUE_FULL)
                self._done(dropped)

    # the worker

    async def run(self) -> None:
        """Check queued images one after the other, forever (cancel to stop)."""
        while True:
            check = await self.queue.get()
            try:
                await self.check(check)
            except Exception:  # one bad check must never stop the watch
                log.exception("watch check of message %s failed", check.message.message_id)
            finally:
                self._done(check)

    async def check(self, check: WatchCheck) -> None:
        if check.message.message_id in self._deleted:
            return await self._skip(check, SkipReason.DELETED)
        media = await self._load(check)
        if media is None:
            return None
        try:
            return await self._check_loaded(check, media)
        finally:
            media.release()

    async def _check_loaded(self, check: WatchCheck, media: PostedMedia) -> None:
        first = media.stills[0]
        if is_too_small(first.width, first.height, self.options.min_image_size):
            return await self._skip(check, SkipReason.TOO_SMALL)
        earlier = await self._recall(check, media)
        if check.watch.local_only:  # the server's memory only: checked, at no API call
            await self.tally.checked(check.watch.guild_id, check.watch.channel_id, 0)
            await self._local_alert(check, media, earlier)
            return None
        return await self._check_with_api(check, media, earlier)

    async def _check_with_api(
        self, check: WatchCheck, media: PostedMedia, earlier: tuple[EarlierSighting, ...]
    ) -> None:
        """The API's matches (or the ones remembered for this image): the best one not marked
        alerts, with the earlier posts; without one, a picture posted here before alerts."""
        guild_id = check.watch.guild_id
        seen = await self.stores.seen.matches_of(guild_id, media.digest, check.watch)
        found = Found(seen, {}) if seen is not None else await self._search(check, media)
        match = None if found is None else await self._first_not_marked(check, media, found.matches)
        if found is not None and match is not None:
            still = media.stills[found.still_of.get(video_key(match), 0)]
            alert = RepostAlert(
                check, still, match, media.digest, found.searched, seen_before=earlier
            )
            return await self._alert(alert)
        await self._local_alert(check, media, earlier)
        if seen is not None:
            await self._skip(check, SkipReason.ALREADY_SEEN)
        return None

    async def _recall(self, check: WatchCheck, media: PostedMedia) -> tuple[EarlierSighting, ...]:
        if self.stores.memory is None:
            return ()
        terms = await self.stores.servers.terms(check.watch.guild_id)
        return tuple(await self.stores.memory.recall_and_remember(check, media, terms))

    async def _local_alert(
        self, check: WatchCheck, media: PostedMedia, earlier: Sequence[EarlierSighting]
    ) -> bool:
        """Alert a picture posted here before (not marked "not a repost"); True if alerted."""
        marked = self.stores.false_positives.is_marked
        guild_id = check.watch.guild_id
        shown = [
            e
            for e in earlier
            if not await marked(guild_id, ANY_IMAGE, seen_key(e.sighting.message_id))
        ]
        if not shown:
            return False
        alert = RepostAlert(check, media.stills[0], None, media.digest, seen_before=tuple(shown))
        await self._alert(alert)
        return True

    async def _load(self, check: WatchCheck) -> PostedMedia | None:
        try:
            async with asyncio.timeout(self.options.load_seconds):
                return PostedMedia.of(await self.search.loader.load_media(check.image.source))
        except TimeoutError:
            log.info("watch: image not checked: loading took over %g s", self.options.load_seconds)
            await self._skip(check, SkipReason.TOO_SLOW)
            return None
        except UserFacingError as error:
            log.info("watch: image not checked: %s", error.detail or error.user_message)
            await self._skip(check, SkipReason.UNSEARCHABLE)
            return None

    async def _search(self, check: WatchCheck, media: PostedMedia) -> Found | None:
        """The API's matches (remembered for repeats); None if skipped or the search failed.
        A watch that tries mirrored images searches the image flipped when it matched nothing."""
        watch = check.watch
        terms = await self.stores.servers.terms(watch.guild_id)
        request = _watch_request(watch, terms)
        found = await self._search_as(check, media, request, terms)
        if found is not None and not found.matches and watch.try_mirrored:
            mirrored = replace(request.variant, transform=Transform.MIRROR)
            flipped = await self._search_as(check, media, replace(request, variant=mirrored), terms)
            found = flipped if flipped is not None and flipped.matches else found
        if found is not None:
            await self.stores.seen.remember(watch.guild_id, media.digest, watch, found.matches)
        return found

    async def _search_as(
        self, check: WatchCheck, media: PostedMedia, request: SearchRequest, terms: ServerTerms
    ) -> Found | None:
        """One search of every still with `request`, within the budgets; None if skipped."""
        watch = check.watch
        searches = len(watch.scope.libraries) * len(media.stills)
        if check.message.message_id in self._deleted:
            await self._skip(check, SkipReason.DELETED)
            return None
        if not await self._within_budget(watch.guild_id, searches, terms):
            await self._skip(check, SkipReason.BUDGET)
            return None
        source = check.image.source
        outcomes = [await self.search.search_image(s, source, request) for s in media.stills]
        await self._spent(watch, sum(outcome.api_calls for outcome in outcomes))
        if failed := [o for o in outcomes if o.error is not None or o.failures]:
            log.warning("watch: search failed: %s", failed[0].error or failed[0].failures[0].error)
            return None
        return Found.of(outcomes)

    async def _within_budget(self, guild_id: int, searches: int, terms: ServerTerms) -> bool:
        """Within the watch's share, and within what is left of the server's whole budget."""
        spent = (await self.tally.server(guild_id)).searches
        left = terms.budget_left
        fits_share = self.share.fits(spent, searches, terms.daily_budget)
        return fits_share and (left is None or searches <= left)

    async def _spent(self, watch: Watch, api_calls: int) -> None:
        await self.tally.checked(watch.guild_id, watch.channel_id, api_calls)
        if api_calls:
            await self.stores.servers.spend(watch.guild_id, api_calls)

    async def _first_not_marked(
        self, check: WatchCheck, media: PostedMedia, matches: Sequence[VideoMatch]
    ) -> VideoMatch | None:
        """The best match moderators have not marked "not a repost" for this attachment."""
        marked = self.stores.false_positives.is_marked
        for match in matches:
            if not await marked(check.watch.guild_id, media.digest, video_key(match)):
                return match
        return None

    async def _alert(self, alert: RepostAlert) -> None:
        watch = alert.check.watch
        await self.tally.alerted(watch.guild_id, watch.channel_id)
        if self.alerts is not None:
            await self.alerts.send(alert)

    # bookkeeping

    async def _skip(self, check: WatchCheck, reason: SkipReason) -> None:
        await self.tally.skipped(check.watch.guild_id, check.watch.channel_id, reason)

    def _done(self, check: WatchCheck) -> None:
        message_id = check.message.message_id
        self._pending[message_id] -= 1
        self._settle_if_done(message_id)

    def _settle_if_done(self, message_id: int) -> None:
        if self._pending[message_id] > 0:
            return
        del self._pending[message_id]
        self._settled.setdefault(message_id, asyncio.Event()).set()
        _forget_oldest(self._settled)

    async def wait_settled(self, message_id: int) -> None:
        """Until the message was received and each of its images checked, skipped or dropped."""
        await self._settled.setdefault(message_id, asyncio.Event()).wait()


def _watch_request(watch: Watch, terms: ServerTerms) -> SearchRequest:
    variant = AUTO if terms.cut_borders else Variant(cut=CutMode.OFF)
    namespace = terms.private_namespace
    return SearchRequest(
        watch.scope,
        watch.min_match,
        ALERT_CANDIDATES,
        namespace,
        guild_id=watch.guild_id,
        variant=variant,
    )


def _forget_oldest(remembered: dict[int, T]) -> None:
    while len(remembered) > REMEMBERED_MESSAGES:
        del remembered[next(iter(remembered))]
