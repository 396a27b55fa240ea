"""One click to search again: which follow-ups an answer offers, and the searches they make.

Under an answer with no match or only a few, the user is offered "All platforms" (when they did not
search them all); "Lower threshold to N%" (while above the lowest allowed) only when an image found
fewer matches than the `results` asked for, counted over the whole search (every page), so a full
answer never invites more noise; and the ways reposters disguise a clip undone: "Search mirrored"
(flipped left to right), "Search the centre" (for zoomed reposts and corner stickers), and, when
borders or a caption were cut, "Search as posted". The context menu's
private answer also offers "Post publicly": sharing it in the channel, credited to the moderator.
The search behind the buttons is stored (`StoredSearch`), so they still work after a restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core.images.variant import CutMode, Transform
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import SearchScope
from bot.core.sources import ImageSource

FEW_MATCHES = 2
"""At most this many matches (over all images and pages) counts as "few": worth searching the
other platforms."""
LOWER_STEP = 10
LOWEST_MIN_MATCH = 50


@dataclass(frozen=True)
class StoredSearch:
    """A search as it was run, kept so its buttons can run it again (even after a restart).

    Sources are where the images are (Discord attachment links, or the user's link), never the
    images themselves: a follow-up fetches them again (the result cache spares the API)."""

    search_id: int
    guild_id: int | None
    channel_id: int | None
    user_id: int
    sources: tuple[ImageSource, ...]
    request: SearchRequest
    private: bool
    shareable: bool
    created_at: float
    message_id: int | None = None
    """The message a "Find source video" check was about (a share replies to it)."""
    shared_message_id: int | None = None
    """The public post made by "Post publicly" (it is made once)."""


@dataclass(frozen=True)
class FollowUpOffer:
    """The buttons an answer gets; `lower_to` is the lowered threshold in percent."""

    all_platforms: bool = False
    lower_to: int | None = None
    post_publicly: bool = False
    mirrored: bool = False
    centre: bool = False
    as_posted: bool = False

    @property
    def any(self) -> bool:
        searches = self.all_platforms or self.mirrored or self.centre or self.as_posted
        return searches or self.lower_to is not None or self.post_publicly


def lowered_threshold(min_match: int) -> int | None:
    """The next threshold down (10 points, not under 50), or None when already at the bottom."""
    if min_match <= LOWEST_MIN_MATCH:
        return None
    return max(LOWEST_MIN_MATCH, min_match - LOWER_STEP)


def offer_for(
    request: SearchRequest, outcomes: Sequence[QueryOutcome], *, shareable: bool
) -> FollowUpOffer:
    """The follow-ups worth offering under this answer (see the module's doc)."""
    searched = [outcome for outcome in outcomes if outcome.error is None]
    found = sum(outcome.total_matches for outcome in searched)
    few = bool(searched) and found <= FEW_MATCHES
    short = any(outcome.total_matches < request.max_results for outcome in searched)
    transform = request.variant.transform
    cut = any(o.searched_as is not None and o.searched_as.cuts for o in searched)
    return FollowUpOffer(
        all_platforms=few and request.scope is not SearchScope.ALL_PUBLIC,
        lower_to=lowered_threshold(request.min_match) if short else None,
        post_publicly=shareable and found > 0,
        mirrored=few and transform is not Transform.MIRROR,
        centre=few and transform is not Transform.CENTRE,
        as_posted=few and cut,
    )


def on_all_platforms(request: SearchRequest) -> SearchRequest:
    return replace(request, scope=SearchScope.ALL_PUBLIC)


def transformed(request: SearchRequest, transform: Transform) -> SearchRequest:
    """The same search of the images mirrored, or of their centre (still cut as before)."""
    return replace(request, variant=replace(request.variant, transform=transform))


def as_posted(request: SearchRequest) -> SearchRequest:
    """The same search of the images exactly as posted: nothing cut."""
    return replace(request, variant=replace(request.variant, cut=CutMode.AS_POSTED))


def with_threshold(request: SearchRequest, min_match: int) -> SearchRequest:
    possible = request.possible_match
    if possible is not None and possible >= min_match:
        possible = None
    return replace(request, min_match=min_match, possible_match=possible)
