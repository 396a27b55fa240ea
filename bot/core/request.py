"""A search as the user asked for it, and what came back for each image.

Plain data shared by the service, the renderers and every front end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.errors import UserFacingError
from bot.core.evidence.clips import LoadedClip
from bot.core.images.image_check import CheckedImage
from bot.core.images.variant import (
    AUTO,
    CutMode,
    SearchedAs,
    Transform,
    Variant,
)
from bot.core.ranking import VideoMatch
from bot.core.scope import Library, SearchScope
from bot.core.seen.memory import EarlierSighting
from bot.core.sources import ImageSource

DEFAULT_CONFIDENT_MATCH = 88


class OperatorDefaults(Protocol):
    """The operator's defaults, for a search and for what a server may change: the core's port to
    `bot.config.Settings` (an entry point's, which the core may not import)."""

    @property
    def default_platform(self) -> SearchScope: ...
    @property
    def default_min_match(self) -> int: ...
    @property
    def default_results(self) -> int: ...
    @property
    def memories_unique_id(self) -> str: ...
    @property
    def confident_match(self) -> int: ...
    @property
    def default_cooldown(self) -> int: ...
    @property
    def default_daily_budget(self) -> int: ...
    @property
    def image_memory_days(self) -> int: ...
    @property
    def dm_private_library(self) -> bool:
        """Whether the operator's private library may be searched in direct messages."""
        ...


@dataclass(frozen=True)
class SearchRequest:
    """What to look for, as the user asked: where, how similar (percent), how many results.

    With `possible_match` (percent, below `min_match`) the API is asked at that lower threshold;
    videos between the two are kept apart as possible matches.
    """

    scope: SearchScope
    min_match: int
    max_results: int
    private_namespace: str = "default"
    possible_match: int | None = None
    confident_match: int = DEFAULT_CONFIDENT_MATCH
    """Below this (percent) the best match is shown as low confidence: compare the picture."""
    guild_id: int | None = None
    """The server searching (None: direct messages, the terminal). A cached answer is called
    "cached" only to the server whose search stored it."""
    variant: Variant = AUTO
    """Which version of each image to upload: by default without what reposters added."""

    @property
    def similarity(self) -> float:
        """The threshold of a match."""
        return self.min_match / 100

    @property
    def query_similarity(self) -> float:
        """The threshold the API is asked with: the possible-match one when it is lower."""
        if self.possible_match is not None and self.possible_match < self.min_match:
            return self.possible_match / 100
        return self.similarity

    @classmethod
    def with_defaults(
        cls,
        defaults: OperatorDefaults,
        *,
        platform: str | None = None,
        min_match: int | None = None,
        results: int | None = None,
        as_posted: bool = False,
    ) -> SearchRequest:
        """What the user asked, `defaults` (the operator's settings) filling what they left out;
        `as_posted`: search the images exactly as given (nothing cut)."""
        return cls(
            scope=SearchScope(platform) if platform else defaults.default_platform,
            min_match=min_match or defaults.default_min_match,
            max_results=results or defaults.default_results,
            private_namespace=defaults.memories_unique_id,
            confident_match=defaults.confident_match,
            variant=Variant(cut=CutMode.AS_POSTED) if as_posted else AUTO,
        )


@dataclass(frozen=True)
class LibraryFailure:
    """One library that could not be searched while others may have been."""

    library: Library
    error: UserFacingError


@dataclass(frozen=True)
class QueryOutcome:
    """The result for one query image: its ranked matches, or why it could not be searched.

    `matches` holds the best `request.max_results` matches at or above the request's threshold,
    `more_matches` the rest (for page buttons), `possible_matches` those between the
    possible-match and the match thresholds. `api_calls` is how many API requests it cost; the
    libraries answered from the cache are in `cached_libraries`, the oldest such answer
    `cache_age_seconds` old. `own_cached_libraries` are those whose cached answer this server's
    own search stored: only those are said to be cached (another server's search stays private).
    """

    source: ImageSource
    request: SearchRequest
    matches: tuple[VideoMatch, ...] = ()
    total_matches: int = 0
    failures: tuple[LibraryFailure, ...] = ()
    error: UserFacingError | None = None
    elapsed_seconds: float = 0.0
    image: CheckedImage | None = None
    more_matches: tuple[VideoMatch, ...] = ()
    possible_matches: tuple[VideoMatch, ...] = ()
    api_calls: int = 0
    cached_libraries: tuple[Library, ...] = ()
    cache_age_seconds: float | None = None
    own_cached_libraries: tuple[Library, ...] = ()
    clip: LoadedClip | None = None
    """For a GIF or video: the stills searched (`image` is then the first of them)."""
    seen_before: tuple[EarlierSighting, ...] = ()
    """Earlier posts of this picture in the same server (the image memory), closest first."""
    searched_as: SearchedAs | None = None
    """What was uploaded instead of the image as given (cut, mirrored, its centre), if anything."""

    @property
    def asked_as_posted(self) -> bool:
        """The member asked for the image exactly as given (`as_posted`), so the answer says so."""
        variant = self.request.variant
        return variant.cut is CutMode.AS_POSTED and variant.transform is Transform.NONE

    @property
    def searched(self) -> tuple[Library, ...]:
        failed = {failure.library for failure in self.failures}
        return tuple(lib for lib in self.request.scope.libraries if lib not in failed)
