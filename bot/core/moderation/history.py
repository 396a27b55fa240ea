"""What the bot remembers of each search, for moderators: who, when, where, what it found.

Plain records and sums; `bot.core.ports.SearchHistory` stores them (SQLite in `bot.store`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.core.language import Text, english
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.core.scope import Library
from bot.core.text import untrusted_inline
from bot.core.wording import Phrase, dotted, library_name, percent

TITLE_LIMIT = 120


class SearchKind(enum.Enum):
    """How the search was started."""

    SLASH = "slash"
    MENU = "menu"
    ALERT_BUTTON = "alert_button"
    FOLLOW_UP = "follow_up"

    @property
    def text(self) -> Text:
        """How the history names it (`history-kind-slash`, …), in the reader's language."""
        return Text(f"history-kind-{self.value.replace('_', '-')}")


@dataclass(frozen=True)
class BestMatch:
    """What a search's best match line is made of, kept as parts (not as a sentence) so each
    reader of the history gets it in their own language: the library's name, the percent."""

    library: Library
    score: float
    title: str
    """Third-party text, escaped and shortened when recorded ("" for a video without one)."""

    @property
    def text(self) -> Phrase:
        """`TikTok · 97 % · Cat jumps into box`, to be said in the reader's language."""
        title: Phrase = self.title or Text("answer-no-title")
        return dotted([library_name(self.library), percent(self.score), title])


@dataclass(frozen=True)
class SearchRecord:
    """One search as the history keeps it (no image, no attachment URL: only what was found)."""

    guild_id: int
    channel_id: int | None
    user_id: int
    at: float
    kind: SearchKind
    images: int
    top_match: str | None
    """The best match as `describe_match` wrote it, in English (already escaped), or None: what
    says a search found a match, and what a search recorded before `best` existed shows."""
    cached: bool
    api_calls: int
    message_id: int | None = None
    """The message a "Find source video" check was about (the history links it)."""
    seen_before: int = 0
    """Earlier posts of its images in the server, as its answer showed ("Seen here before")."""
    seen_link: str | None = None
    """The link to the closest of them."""
    best: BestMatch | None = None
    """The best match's parts, said in the reader's language; None when nothing matched, or for
    a search recorded before they were kept (its `top_match` is shown as stored)."""


@dataclass(frozen=True)
class UsageTotals:
    """Searches and API calls over a period; cache hits are searches answered without the API."""

    searches: int = 0
    api_calls: int = 0
    """The searches' own calls."""
    cache_hits: int = 0
    detail_calls: int = 0
    """Video-detail lookups made to complete answers and watch alerts (links, creators, dates)."""
    keyframe_calls: int = 0
    """Keyframe downloads made for the side-by-side pictures (answers and watch alerts)."""

    @property
    def all_calls(self) -> int:
        return self.api_calls + self.detail_calls + self.keyframe_calls

    @property
    def cache_hit_rate(self) -> float | None:
        return self.cache_hits / self.searches if self.searches else None


def best_match(match: VideoMatch) -> BestMatch:
    """The parts of `match`'s history line: the title (third-party text) is escaped and
    shortened here, so the stored title is safe to show as it is (no video id: members read it;
    the link to the checked message is what a moderator opens)."""
    return BestMatch(match.library, match.score, untrusted_inline(match.title, TITLE_LIMIT))


def describe_match(match: VideoMatch) -> str:
    """`TikTok · 97% · Cat jumps into box` in English: the `top_match` column, which says a
    search found a match (usage counts it) and is what older bots read."""
    return english().say(best_match(match).text)


def top_match(outcomes: list[QueryOutcome]) -> VideoMatch | None:
    """The best match over every image of a search."""
    matches = [outcome.matches[0] for outcome in outcomes if outcome.matches]
    return max(matches, key=lambda match: match.score, default=None)


def was_cached(outcomes: list[QueryOutcome]) -> bool:
    """Whether the search was answered with no API call at all."""
    searched = [outcome for outcome in outcomes if outcome.error is None]
    return bool(searched) and all(outcome.api_calls == 0 for outcome in searched)
