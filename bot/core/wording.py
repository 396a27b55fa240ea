"""What an answer says, shared by every renderer (Discord, the terminal, the mod-log), as `Text`:
message ids of the catalogue's `## answers` section (`bot/locales/*.ftl`) with their arguments,
said in the reader's language by their `Words`. Third-party text (titles, creators, file names)
goes in as plain, escaped `str` and is never translated; numbers go in as numbers, so each
language formats them (`97 %`, `1,5 s`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import TypeAlias

from bot.core.errors import UserFacingError
from bot.core.evidence.video_details import VideoDetail
from bot.core.images.content_box import Cut
from bot.core.images.variant import Transform
from bot.core.language import Text, Words
from bot.core.ranking import FrameLink, Moment, VideoMatch
from bot.core.request import QueryOutcome
from bot.core.scope import Library, SearchScope
from bot.core.text import untrusted_inline
from bot.core.timestamps import format_position, format_span

MOMENTS_SHOWN = 4
OWN_CLIP, THEIR_CLIP = "own", "theirs"
"""`$whose` in the clip messages: the member's own clip, or another member's post."""

Phrase: TypeAlias = Text | str
"""Something said: a `Text`, or text said alike in every language (a brand, a title, a Discord
timestamp)."""


def say(words: Words, phrase: Phrase | None) -> str:
    """`phrase` in `words`' language; plain text as it is, and "" for nothing."""
    if phrase is None:
        return ""
    return words.say(phrase) if isinstance(phrase, Text) else phrase


def listed(items: Sequence[Phrase], message_id: str = "answer-list-more") -> Phrase:
    """Items as one list (`TikTok, YouTube`), joined by `message_id` (`{ $first }, { $rest }`)."""
    if len(items) <= 1:
        return items[0] if items else Text("answer-libraries-none")
    return Text(message_id, first=items[0], rest=listed(items[1:], message_id))


def dotted(parts: Sequence[Phrase]) -> Phrase:
    """`TikTok · @creator · 97%`: facts side by side."""
    return listed(parts, "answer-dot-list")


def whole_percent_shown(score: float) -> int:
    """A similarity as the whole percent shown (`93`), rounded down, so 0.849 never reads as a
    passing 85%."""
    return math.floor(round(score * 100, 6))


def shown_score(score: float) -> float:
    """`whole_percent_shown` as a fraction, for Fluent's percent style (`0.93`)."""
    return whole_percent_shown(score) / 100


def percent(score: float) -> Text:
    return Text("answer-percent", score=shown_score(score))


def whole_percent(value: int) -> float:
    """A threshold in whole percent (`85`), as Fluent's percent style takes it (`0.85`)."""
    return value / 100


def library_name(library: Library) -> Phrase:
    """A platform's name (a brand, never translated), or the server's own library."""
    return Text("answer-library-private") if library is Library.PRIVATE else library.label


def scope_name(scope: SearchScope) -> Phrase:
    names = {
        SearchScope.ALL_PUBLIC: "answer-scope-all",
        SearchScope.PRIVATE: "answer-scope-private",
    }
    return Text(names[scope]) if scope in names else scope.label


def libraries_text(libraries: tuple[Library, ...]) -> Phrase:
    return listed([library_name(library) for library in libraries])


def moments_text(moments: tuple[Moment, ...]) -> Text:
    """`at 0:12–0:19, 1:03 (+2 more)`; times in video order."""
    shown = ", ".join(format_span(m.start, m.end) for m in moments[:MOMENTS_SHOWN])
    hidden = len(moments) - MOMENTS_SHOWN
    if hidden > 0:
        return Text("answer-moments-more", moments=shown, hidden=hidden)
    return Text("answer-moments", moments=shown)


NO_MATCH = Text("answer-no-match")
"""The title of an answer (and of its mod-log record) that matched nothing."""


def no_match_title(libraries: tuple[Library, ...]) -> Text:
    """An answer's title when nothing matched: "No match on TikTok, YouTube"."""
    return Text("answer-no-match-title", libraries=libraries_text(libraries))


def summary_text(outcome: QueryOutcome) -> Text:
    """One line saying how many videos matched where."""
    where = libraries_text(outcome.searched)
    count = outcome.total_matches
    if count == 0:
        threshold = whole_percent(outcome.request.min_match)
        return Text("answer-summary-none", min_match=threshold, libraries=where)
    best = shown_score(outcome.matches[0].score)
    return Text("answer-summary", count=count, libraries=where, best=best)


_CUT_MESSAGES = {
    Cut.BORDERS: "answer-cut-borders",
    Cut.CAPTION: "answer-cut-caption",
    Cut.BLUR: "answer-cut-blur",
}
_SEARCHED_MESSAGES = {
    (Transform.NONE, True): "answer-searched-without",
    (Transform.MIRROR, False): "answer-searched-mirrored",
    (Transform.MIRROR, True): "answer-searched-mirrored-without",
    (Transform.CENTRE, False): "answer-searched-centre",
    (Transform.CENTRE, True): "answer-searched-centre-without",
}


def _cuts_text(cuts: frozenset[Cut]) -> Phrase:
    """`borders, caption and blurred background`, in that order."""
    names = [Text(message) for cut, message in _CUT_MESSAGES.items() if cut in cuts]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return Text("answer-cuts-two", first=names[0], second=names[1])
    return Text("answer-cuts-three", first=names[0], second=names[1], third=names[2])


def searched_text(outcome: QueryOutcome) -> Text | None:
    """Which version of the image was searched, when it was not simply the image as posted:
    "Searched the picture without its borders." (None otherwise)."""
    searched = outcome.searched_as
    if searched is None:
        return Text("answer-searched-as-posted") if outcome.asked_as_posted else None
    message = _SEARCHED_MESSAGES.get((searched.transform, bool(searched.cuts)))
    if message is None:
        return None
    return Text(message, cuts=_cuts_text(searched.cuts)) if searched.cuts else Text(message)


def no_match_hint(outcome: QueryOutcome) -> Text:
    if outcome.request.scope.libraries == (Library.PRIVATE,):
        return Text("answer-no-match-tip-private")
    return Text("answer-no-match-tip")


def hidden_matches_text(outcome: QueryOutcome, shown: int) -> Text | None:
    hidden = outcome.total_matches - shown
    return Text("answer-hidden-matches", hidden=hidden) if hidden > 0 else None


def _reason(error: UserFacingError) -> Phrase:
    """Why a library could not be searched, as the error says it (in the reader's language once
    its sentence is in the catalogue)."""
    return error.text if error.text is not None else error.user_message


def failure_lines(outcome: QueryOutcome) -> list[Text]:
    return [
        Text("answer-library-failed", library=library_name(f.library), reason=_reason(f.error))
        for f in outcome.failures
    ]


def age_text(seconds: float) -> Text:
    """`12 s`, `5 min`, `3 h 20 min`: how old a cached answer is."""
    whole = int(seconds)
    if whole < 60:
        return Text("answer-age-seconds", seconds=whole)
    if whole < 3600:
        return Text("answer-age-minutes", minutes=whole // 60)
    hours, minutes = divmod(whole // 60, 60)
    if minutes:
        return Text("answer-age-hours-minutes", hours=hours, minutes=minutes)
    return Text("answer-age-hours", hours=hours)


def cache_text(outcome: QueryOutcome) -> Text | None:
    """`cached 5 min ago` (naming the libraries when only some came from the cache); said only
    of this server's own cached searches, never of an answer another server's search stored."""
    cached = outcome.own_cached_libraries
    if not cached or outcome.cache_age_seconds is None:
        return None
    age = age_text(outcome.cache_age_seconds)
    if set(cached) >= set(outcome.searched):
        return Text("answer-cached", age=age)
    return Text("answer-cached-some", libraries=libraries_text(cached), age=age)


def footer_text(outcome: QueryOutcome) -> Phrase:
    """`Searched TikTok · minimum match 85% · 1.2 s · cached 5 min ago`"""
    request = outcome.request
    parts: list[Phrase] = [
        Text("answer-footer-searched", scope=scope_name(request.scope)),
        Text("answer-footer-min-match", min_match=whole_percent(request.min_match)),
        seconds_text(outcome.elapsed_seconds),
    ]
    cached = cache_text(outcome)
    return dotted([*parts, cached] if cached else parts)


def possible_matches_text(outcome: QueryOutcome) -> Text | None:
    """The line pointing at the "Show possible matches" button."""
    count = len(outcome.possible_matches)
    possible = outcome.request.possible_match
    if not count or possible is None:
        return None
    high = whole_percent(outcome.request.min_match - 1)
    return Text("answer-possible-matches-line", count=count, low=possible, high=high)


def match_heading(rank: int, match: VideoMatch) -> Text:
    """`1. TikTok · 97% similar`"""
    score = shown_score(match.score)
    return Text("answer-match-heading", rank=rank, library=library_name(match.library), score=score)


def seconds_text(seconds: float) -> Text:
    """Tenths of a second (`1.5 s`): a search's time, or a moment of the user's (short) clip."""
    return Text("answer-seconds", seconds=round(seconds, 1))


def whose_clip(outcome: QueryOutcome) -> str:
    """`$whose`: the invoker's own clip, or another member's post."""
    return THEIR_CLIP if outcome.source.someone_elses else OWN_CLIP


def clip_text(outcome: QueryOutcome) -> Text | None:
    """For a GIF or video: which moments of it were searched."""
    if outcome.clip is None:
        return None
    moments = listed([seconds_text(frame.at_seconds) for frame in outcome.clip.frames])
    count = len(outcome.clip.frames)
    return Text("answer-clip-searched", count=count, whose=whose_clip(outcome), moments=moments)


def _link_text(link: FrameLink) -> Text:
    source = "?" if link.source_seconds is None else format_position(link.source_seconds)
    return Text("answer-frame-pair", clip=seconds_text(link.clip_seconds), source=source)


def frame_links_text(match: VideoMatch, whose: str = OWN_CLIP) -> Text | None:
    """`your clip 0.5 s → 1:10, 1.5 s → 1:11 (2 stills in the same order)`: which still matched
    where, and how many keep the clip's own timing in the source (`whose`: `whose_clip`)."""
    if not match.frame_links:
        return None
    pairs = listed([_link_text(link) for link in match.frame_links])
    count = match.consistent_frames
    if count > 1:
        return Text("answer-frame-links-in-order", whose=whose, pairs=pairs, count=count)
    return Text("answer-frame-links", whose=whose, pairs=pairs)


CREATOR_LIMIT = 60
EARLIEST_UPLOAD = Text("answer-earliest-upload")


def date_stamp(when: datetime) -> str:
    """A date as a Discord timestamp (`<t:…:D>`): each reader's client shows it in their own
    language and calendar, so it is no catalogue's business."""
    return f"<t:{int(when.timestamp())}:D>"


def detail_text(detail: VideoDetail, *, earliest: bool) -> Phrase | None:
    """`by creator · posted <t:…:D> · earliest upload`; None when nothing is known."""
    parts: list[Phrase] = []
    if detail.creator:
        parts.append(
            Text("answer-by-creator", creator=untrusted_inline(detail.creator, CREATOR_LIMIT))
        )
    if detail.published is not None:
        parts.append(Text("answer-posted-on", date=date_stamp(detail.published)))
    if earliest:
        parts.append(EARLIEST_UPLOAD)
    return dotted(parts) if parts else None
