"""What the core needs from the world, as protocols: the adapters implement them.

The core is written against these, so it imports neither aiohttp nor discord nor an adapter, and
adapters meet one another only through them (`tests/house_rules.py`). A Protocol is kept where it
has two implementations or more (or a test double), or where the core would otherwise import an
adapter; every other one was inlined (the concrete class is the type: `FairUseHold`,
`WatchTerms`, `JsonStateStore`, `MemoriesClient` as the evidence source).

Several implementations:
- `RateLimiter`: `IntervalRateLimiter`, `RedisRateLimiter`, `MeteredLimiter` (and test doubles);
- `VideoIndex`: `MemoriesIndex`, `MeteredIndex` (and the benchmarks' minimal bot);
- the stores (`GuildSettingsStore`, `ResultCacheStore`, `DailyBudgetLedger`, `SearchHistory`,
  `StoredSearches`, `EvidenceStore`): SQL (`bot.store`), the resilient and deferred wrappers, Redis
  where shared; `CooldownLog`: in memory or Redis;
- `DownloadAllowance`: `DownloadRate` or `RedisDownloadRate`; `EvidencePause`: `Pause` or
  `RedisPause`.

One adapter each, kept so the core stays pure (the implementation lives in an adapter the core
may not import):
- `ImageLoader`: `bot.media.intake.MediaIntake`;
- `ImageVariants`: `bot.media.variants.PooledVariants` (the decode pool);
- `EvidenceSource`: `bot.memories.client.MemoriesClient`;
- `Compositor`: `bot.media.composite.PillowCompositor`.
The same holds outside this module for `bot.core.seen.memory.SightingStore` (SQL, resilient),
`bot.core.watch.watch_ports` (the watch's stores in `bot.store.watch_store`, the alert sink in
`bot.discord.watch`), `bot.core.watch.watch_tally.WatchCounts` (SQL, metered) and
`bot.core.request.OperatorDefaults` (`bot.config.Settings`, an entry point's).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from bot.core.evidence.clips import LoadedClip
from bot.core.evidence.followups import StoredSearch
from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import Hit, KeyframeRef
from bot.core.images.image_check import CheckedImage, ImageLimits
from bot.core.images.variant import SearchedAs, Variant
from bot.core.moderation.activity import DayCounts
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.history import SearchRecord, UsageTotals
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.scope import Library
from bot.core.sources import ImageSource


class Lane(enum.IntEnum):
    """Who is asking for an API request; a lower value is served first.

    People waiting for an answer come first, then the evidence that completes an answer already
    sent (video details, keyframes), then automatic checks of watched channels.
    """

    SEARCH = 0
    EVIDENCE = 1
    WATCH = 2


class RateLimiter(Protocol):
    """Hands out permits; one permit lets one request start."""

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        """Wait until one more request of `lane` may start now."""

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        """Seconds until the last of `requests` new requests could start, were they queued now
        (best effort: for telling users how long they will wait)."""


class VideoIndex(Protocol):
    """Searches one video library for frames like an image."""

    async def search(
        self, image: CheckedImage, library: Library, *, similarity: float, namespace: str
    ) -> list[Hit]:
        """Hits with score >= `similarity`; raises `SearchBackendError` when it cannot answer.

        `namespace` names the private library's folder (ignored for public libraries)."""


class ImageLoader(Protocol):
    """Turns an image source into a checked image, refusing what cannot be searched."""

    limits: ImageLimits

    def precheck(self, source: ImageSource) -> None:
        """Refuse (raise `UserFacingError`) what needs no download to refuse."""

    async def load(self, source: ImageSource) -> CheckedImage:
        """Download and check; raises `UserFacingError` with the reason."""

    async def load_media(
        self, source: ImageSource, *, prove: bool = True
    ) -> CheckedImage | LoadedClip:
        """Like `load`, but a GIF or short video comes back as its sampled stills; with `prove`
        False an image's pixels are left for `ImageVariants.decide` to prove."""

    async def load_file(self, path: Path) -> CheckedImage:
        """A local file (the command line); raises OSError or `UserFacingError`."""


class ImageVariants(Protocol):
    """Makes the version of an image a search uploads, and the mod-log's copy of one too large
    to re-upload (`bot.media.variants.PooledVariants`)."""

    async def decide(self, image: CheckedImage, variant: Variant) -> SearchedAs | None:
        """What to upload for `variant`; None: the image exactly as given (also when it cannot
        be decided). An image not yet `proven` is proven on the way: `ImageRejected` when its
        pixels do not decode."""

    async def render(self, image: CheckedImage, searched: SearchedAs) -> CheckedImage | None:
        """The picture `searched` describes; None when it cannot be made."""

    async def reduced(self, data: bytes, limit: int) -> bytes | None:
        """A JPEG of the image `data` within `limit` bytes, as large as fits; None when none
        fits or it was stopped for time."""


class GuildSettingsStore(Protocol):
    """Where each server's settings are kept (`bot.store.guild_settings.SqliteGuildSettings`)."""

    async def load(self, guild_id: int) -> GuildOverrides:
        """The server's choices; all None for a server that never set anything."""

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        """Replace the server's choices."""

    async def update(
        self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
    ) -> tuple[GuildOverrides, GuildOverrides]:
        """Apply `change` to the stored choices atomically; returns (before, after). If `change`
        raises, nothing is stored and the error propagates."""


class ResultCacheStore(Protocol):
    """Earlier API answers by image hash (SQLite in `bot.store.result_cache`)."""

    async def get(self, key: CacheKey) -> CachedResult | None:
        """The entry for `key`, or None; the caller judges its age."""

    async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
        """Store (or replace) the entry for `key`, to be kept at least `ttl_seconds`."""

    async def purge_expired(self, now: float) -> int:
        """Remove entries whose time to live has passed; how many were removed."""


class CooldownLog(Protocol):
    """When each member's counted searches happened (a short memory: one cooldown window)."""

    async def recent(self, key: str, since: float) -> list[float]:
        """The times (Unix s) of `key`'s searches after `since`."""

    async def record(self, key: str, at: float) -> None:
        """Count one search of `key` at `at`."""


class DailyBudgetLedger(Protocol):
    """API calls made per server per UTC day (`day` as `YYYY-MM-DD`)."""

    async def used(self, guild_id: int, day: str) -> int: ...

    async def add(self, guild_id: int, day: str, calls: int) -> None: ...


class SearchHistory(Protocol):
    """Every search, kept for moderators (SQLite in `bot.store.history`)."""

    async def add(self, record: SearchRecord) -> None: ...

    async def recent(
        self, guild_id: int, *, user_id: int | None = None, limit: int, offset: int = 0
    ) -> list[SearchRecord]:
        """The server's searches (of one member, if given), newest first."""

    async def count(self, guild_id: int, *, user_id: int | None = None) -> int: ...

    async def totals(self, guild_id: int, *, since: float) -> UsageTotals:
        """Searches, API calls (by kind) and cache hits from `since` (Unix s) on."""

    async def per_day(
        self, guild_id: int, *, user_id: int | None = None, since: float
    ) -> list[DayCounts]:
        """Searches counted per UTC day from `since` (a UTC midnight) on, of one member if given;
        days without a search have no row."""

    async def add_evidence_calls(
        self, guild_id: int, at: float, *, details: int, keyframes: int
    ) -> None:
        """The API calls one answer's evidence made."""

    async def purge_before(self, at: float) -> int:
        """Forget searches older than `at`; how many were removed."""


class EvidenceSource(Protocol):
    """Where evidence comes from (the memories.ai client, on the evidence lane)."""

    async def video_detail(self, video_no: str) -> VideoDetail:
        """The public video's page; raises `UserFacingError` when it cannot be had."""

    async def keyframe(self, ref: KeyframeRef) -> bytes:
        """The keyframe's bytes; raises `UserFacingError` when it cannot be had."""


class EvidenceStore(Protocol):
    """Video details (kept for good) and downloaded keyframes (bounded), by their keys."""

    async def detail(self, video_no: str) -> VideoDetail | None: ...

    async def save_detail(self, detail: VideoDetail) -> None: ...

    async def keyframe(self, ref: KeyframeRef) -> bytes | None: ...

    async def save_keyframe(self, ref: KeyframeRef, data: bytes) -> None: ...


class DownloadAllowance(Protocol):
    """The keyframe downloads left in the API's minute (this process's, or the account's)."""

    per_minute: int

    async def take(self) -> bool:
        """One download if one is left now (never waits); False: skip the picture."""


class EvidencePause(Protocol):
    """ "Not now" for an endpoint that just failed (this process's, or every process's)."""

    seconds: float

    async def is_active(self) -> bool: ...

    async def begin(self) -> None: ...


class Compositor(Protocol):
    """Puts the query and the keyframe side by side (`bot.media.composite`)."""

    async def compose(self, query: CheckedImage, keyframe: bytes, labels: tuple[str, str]) -> bytes:
        """One JPEG; raises `UserFacingError` when a picture cannot be (or is not worth being)
        read. The query is read only by the decode that needs it."""


class StoredSearches(Protocol):
    """Searches behind follow-up buttons (`bot.store.stored_searches`)."""

    async def add(self, search: StoredSearch) -> StoredSearch:
        """Store it under its `search_id` (0: the store numbers it); returns it with its id."""

    async def get(self, search_id: int) -> StoredSearch | None: ...

    async def mark_shared(self, search_id: int, message_id: int) -> bool:
        """Note its public post (0: claim it first); False when already shared."""

    async def unclaim(self, search_id: int) -> None:
        """Free a claim whose post failed."""

    async def purge_before(self, at: float) -> int: ...
