"""The language API: a `Text` said in the reader's language, with Fluent's plurals and the
locale's number formatting; whatever a language lacks or gets wrong is said in English, once
logged, never raised."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.errors import UserFacingError
from bot.core.language import Catalogue, Text, language_for, words_for

ENGLISH_FTL = """
found = { $count ->
    [one] One video matches { $title }.
   *[other] { $count } videos match { $title }.
}
share = { NUMBER($share, style: "percent") } of the budget is left.
wrapped = Note: { $inner }
inner = inner words
only-english = Only English has this.
when = Checked { DATETIME($at, dateStyle: "medium") }.
"""
GERMAN_FTL = """
found = { $count ->
    [one] Ein Video passt zu { $title }.
   *[other] { $count } Videos passen zu { $title }.
}
share = { NUMBER($share, style: "percent") } des Budgets sind übrig.
wrapped = Hinweis: { $inner }
inner = innere Worte
when = Geprüft am { DATETIME($at, dateStyle: "medium") }.
"""


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    (tmp_path / "en.ftl").write_text(ENGLISH_FTL, encoding="utf-8")
    (tmp_path / "de.ftl").write_text(GERMAN_FTL, encoding="utf-8")
    return Catalogue(tmp_path)


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("de", "de"),
        ("es-ES", "es-ES"),
        ("es-419", "es-ES"),
        ("pt-BR", "pt-BR"),
        ("pt", "pt-BR"),
        ("en-US", "en"),
        ("en-GB", "en"),
        ("ja", "ja"),
        ("fr", "fr"),
        ("zh-CN", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_discord_locale_reads_its_language_or_the_nearest(
    locale: str | None, language: str
) -> None:
    assert language_for(locale) == language


def test_plurals_and_numbers_follow_the_language(catalogue: Catalogue) -> None:
    german, english = catalogue.words("de"), catalogue.words("en-GB")

    assert german.say("found", count=1, title="Clip") == "Ein Video passt zu Clip."
    assert german.say("found", count=1234, title="Clip") == "1.234 Videos passen zu Clip."
    assert english.say("found", count=1234, title="Clip") == "1,234 videos match Clip."
    assert german.say("share", share=0.25) == "25\u00a0% des Budgets sind übrig."
    assert english.say("share", share=0.25) == "25% of the budget is left."


def test_a_text_is_said_with_its_arguments_and_nested_texts_in_the_same_language(
    catalogue: Catalogue,
) -> None:
    text = Text("wrapped", inner=Text("inner"))

    assert catalogue.words("de").say(text) == "Hinweis: innere Worte"
    assert catalogue.words("en").say(text) == "Note: inner words"


def test_dates_are_formatted_for_the_language(catalogue: Catalogue) -> None:
    at = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)

    assert catalogue.words("de").say("when", at=at) == "Geprüft am 09.03.2026."
    assert catalogue.words("en").say("when", at=at) == "Checked Mar 9, 2026."


def test_third_party_text_is_never_translated_nor_wrapped_in_isolation_marks(
    catalogue: Catalogue,
) -> None:
    said = catalogue.words("de").say("found", count=2, title="inner **bold**")

    assert said == "2 Videos passen zu inner **bold**."
    assert not {"\u2068", "\u2069"} & set(said)


def test_a_missing_message_is_said_in_english_and_logged_once(
    catalogue: Catalogue, caplog: pytest.LogCaptureFixture
) -> None:
    german = catalogue.words("de")
    with caplog.at_level(logging.WARNING, logger="bot.core.language.words"):
        first, second = german.say("only-english"), german.say("only-english")

    assert first == second == "Only English has this."
    [logged] = caplog.records
    assert "only-english" in logged.getMessage()
    assert "de" in logged.getMessage()


def test_a_message_that_cannot_be_formatted_falls_back_to_english_without_raising(
    catalogue: Catalogue,
) -> None:
    assert catalogue.words("de").say("found") == "count videos match title."
    assert catalogue.words("de").say("no-such-message") == "no-such-message"


def test_a_user_facing_error_carries_a_text_said_in_each_readers_language() -> None:
    error = UserFacingError(Text("error-slow-down", seconds=12), detail="for the log")

    assert error.user_message == str(error) == "Slow down a little: try again in 12 s."
    assert error.said_in(words_for("de")) == "Nicht so schnell: Versuch es in 12 s noch einmal."
    assert UserFacingError("Still English.").said_in(words_for("ja")) == "Still English."


def test_a_tuple_argument_is_listed_as_the_language_lists(catalogue: Catalogue) -> None:
    items = (Text("inner"), "**bold**")

    assert catalogue.words("de").say("wrapped", inner=items) == "Hinweis: innere Worte und **bold**"
    assert words_for("ja").listed(["A", "B", "C"]) == "A、B、C"


def test_a_text_prints_in_english_for_the_logs() -> None:
    assert str(Text("error-slow-down", seconds=3)) == "Slow down a little: try again in 3 s."


def test_a_saying_kept_for_reuse_never_answers_for_other_arguments() -> None:
    words = words_for("en")  # the process's words, which keep what they said
    summary = "answer-summary"

    def said(count: float) -> str:
        return words.say(summary, count=count, libraries="TikTok", best=0.97)

    assert said(1).startswith("1 video matched")
    assert said(2).startswith("2 videos matched")
    assert said(1.5).startswith("1.5 videos matched")
    assert said(1).startswith("1 video matched"), "the kept saying is the one for 1"
    assert words is words_for("en-GB"), "one Words per language, shared"
