"""The verdict: the likely original over every strong match of the search, or a low-confidence
best match."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.evidence.verdict import verdict_for
from bot.core.evidence.verdict_wording import verdict_line, verdict_title
from bot.core.evidence.video_details import VideoDetail
from bot.core.language import english
from bot.core.ranking import Moment, VideoMatch
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource
from bot.core.wording import Phrase

REQUEST = SearchRequest(SearchScope.TIKTOK, min_match=80, max_results=1, confident_match=88)


def say(phrase: Phrase) -> str:
    """What an English reader sees."""
    return english().say(phrase) if not isinstance(phrase, str) else phrase


def match(video: str, score: float) -> VideoMatch:
    return VideoMatch(Library.TIKTOK, video, video, score, (Moment(1, None, score),))


def searched(*matches: VideoMatch) -> QueryOutcome:
    return QueryOutcome(
        ImageSource("q.png", "https://x/q.png", True),
        REQUEST,
        matches=matches[:1],
        more_matches=matches[1:],
        total_matches=len(matches),
    )


def posted(video: str, year: int, creator: str = "someone") -> VideoDetail:
    when = datetime(year, 3, 2, tzinfo=UTC)
    return VideoDetail(video, f"https://t/{video}", creator=creator, published=when)


def test_the_earliest_strong_match_is_the_likely_original_even_on_a_later_page() -> None:
    outcome = searched(match("PI-new", 0.96), match("PI-old", 0.92), match("PI-weak", 0.81))
    details = {
        "PI-new": posted("PI-new", 2025),
        "PI-old": posted("PI-old", 2024, "@artist"),
        "PI-weak": posted("PI-weak", 2019),
    }

    verdict = verdict_for(outcome, details)

    assert verdict is not None
    assert (verdict.match.video_no, verdict.rank, verdict.earliest) == ("PI-old", 2, True)
    assert say(verdict_title(verdict)) == "Likely original: TikTok · @artist · Mar 2, 2024 · 92%"
    line = say(verdict_line(verdict, "https://t/PI-old", 3))
    assert line.startswith("**[Open the video](https://t/PI-old)** · posted <t:")
    assert line.endswith(":D> · Posted first of the strong matches (match 2 of 3).")


def test_without_dates_the_closest_strong_match_is_the_verdict() -> None:
    verdict = verdict_for(searched(match("PI-a", 0.95), match("PI-b", 0.9)), {})

    assert verdict is not None
    assert say(verdict_title(verdict)) == "Likely original: TikTok · 95%"


def test_a_weak_best_match_is_called_low_confidence() -> None:
    verdict = verdict_for(searched(match("PI-a", 0.81)), {"PI-a": posted("PI-a", 2020)})

    assert verdict is not None
    assert not verdict.confident
    assert say(verdict_title(verdict)) == (
        "Best match 81% on TikTok: low confidence: compare the picture"
    )


def test_no_match_has_no_verdict() -> None:
    assert verdict_for(searched(), {}) is None
