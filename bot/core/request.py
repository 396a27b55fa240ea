"""A search as the user asked for it, and what came back for each image.

Plain data shared by the service, the renderers and every front end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.errors import UserFacingError
from bot.core.image_check import CheckedImage
from bot.core.ranking import VideoMatch
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource


class SearchDefaults(Protocol):
    """The operator's defaults (`bot.config.Settings` is one)."""

    @property
    def default_platform(self) -> SearchScope: ...
    @property
    def default_min_match(self) -> int: ...
    @property
    def default_results(self) -> int: ...
    @property
    def memories_unique_id(self) -> str: ...


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
        defaults: SearchDefaults,
        *,
        platform: str | None = None,
        min_match: int | None = None,
        results: int | None = None,
    ) -> SearchRequest:
        """What the user asked, `defaults` (the operator's settings) filling what they left out."""
        return cls(
            scope=SearchScope(platform) if platform else defaults.default_platform,
            min_match=min_match or defaults.default_min_match,
            max_results=results or defaults.default_results,
            private_namespace=defaults.memories_unique_id,
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
