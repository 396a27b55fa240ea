"""The answers' words in every language: each message formats (numbers, plurals, dates) without
falling back to English, and what the core builds reads naturally in a few languages."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from bot.core import wording
from bot.core.language import LANGUAGES, Text, words_for
from bot.core.language.check import read_ftl
from bot.core.ranking import Moment, VideoMatch
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource

SAMPLES: dict[str, object] = {
    "score": 0.97,
    "best": 0.97,
    "high": 0.84,
    "min_match": 0.85,
    "possible_match": 0.7,
    "seconds": 1.5,
    "date": datetime(2024, 3, 2, tzinfo=UTC),
}
"""An example value per variable the answers' messages use (any other gets a small count)."""


def answer_messages() -> dict[str, frozenset[str]]:
    variables = read_ftl("en").variables
    return {message: names for message, names in variables.items() if message.startswith("answer-")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_answer_message_formats_in_every_language(
    language: str, caplog: pytest.LogCaptureFixture
) -> None:
    words = words_for(language)
    with caplog.at_level(logging.WARNING, logger="bot.core.language.words"):
        for message, names in answer_messages().items():
            args = {name: SAMPLES.get(name, 2) for name in names}
            assert words.say(message, **args)  # type: ignore[arg-type]

    assert [record.getMessage() for record in caplog.records] == []


def outcome(count: int, *, scope: SearchScope = SearchScope.TIKTOK) -> QueryOutcome:
    matches = tuple(
        VideoMatch(Library.TIKTOK, f"PI-{n}", f"Video {n}", 0.9, (Moment(1.0, 2.0, 0.9),))
        for n in range(count)
    )
    request = SearchRequest(scope, min_match=85, max_results=5)
    return QueryOutcome(ImageSource("q.png", "x", from_discord=True), request, matches, count)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 video matched on TikTok", "2 videos matched on TikTok"),
        ("de", "1 passendes Video auf TikTok", "2 passende Videos auf TikTok"),
        ("fr", "1 vidéo correspond sur TikTok", "2 vidéos correspondent sur TikTok"),
        ("pt-BR", "1 vídeo encontrado em TikTok", "2 vídeos encontrados em TikTok"),
        ("ja", "TikTokで1件の動画が一致しました", "TikTokで2件の動画が一致しました"),
    ],
)
def test_the_summary_counts_videos_by_each_language_plural_rules(
    language: str, one: str, two: str
) -> None:
    words = words_for(language)

    assert words.say(wording.summary_text(outcome(1))).startswith(one)
    assert words.say(wording.summary_text(outcome(2))).startswith(two)


def test_lists_and_numbers_follow_the_language() -> None:
    searched = outcome(0, scope=SearchScope.ALL_PUBLIC)

    assert words_for("ja").say(wording.no_match_title(searched.searched)) == (
        "TikTok、YouTube、Instagramで一致なし"
    )
    assert words_for("de").say(wording.seconds_text(1.5)) == "1,5 s"
    assert words_for("fr").say(wording.percent(0.849)) == "84\u00a0%", "rounded down, as shown"


def test_brand_names_stay_and_the_server_library_is_translated() -> None:
    german = words_for("de")

    assert german.say(wording.scope_name(SearchScope.PRIVATE)) == "Videobibliothek dieses Servers"
    assert wording.library_name(Library.YOUTUBE) == "YouTube"
    assert german.say(Text("answer-no-match-title", libraries="YouTube")) == (
        "Kein Treffer auf YouTube"
    )
