"""The charts' words: labels from the catalogue, days and counts as each language writes them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.charts.chart_drawing import HEIGHT, WIDTH, render_daily_chart
from bot.core.language import LANGUAGES, words_for
from bot.core.moderation.activity import ActivityWindow, ChartWords, DayCounts, usage_chart
from bot.discord.activity_charts import history_labels, usage_labels
from tests.chart_pixels import Drawn

DAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("language", "day", "small", "large"),
    [
        ("en", "Dec 4", "1,500", "2.5M"),
        ("de", "4. Dez.", "1.500", "2,5\xa0Mio."),
        ("fr", "4 déc.", "1\u202f500", "2,5\xa0M"),
        ("es-ES", "4 dic", "1.500", "2,5\xa0M"),
        ("pt-BR", "4 de dez.", "1.500", "2,5\xa0mi"),
        ("ja", "12月4日", "1,500", "250万"),
    ],
)
def test_axes_write_days_and_counts_as_the_language_does(
    language: str, day: str, small: str, large: str
) -> None:
    words = ChartWords.in_language(language)

    assert (words.day(DAY), words.number(1500), words.number(2_500_000)) == (day, small, large)


def test_every_language_has_its_own_chart_labels() -> None:
    labels = {language: usage_labels(words_for(language)) for language in LANGUAGES}
    history = {language: history_labels(words_for(language)) for language in LANGUAGES}

    assert labels["de"].searches == "Suchen"
    assert labels["ja"].budget(1000) == "1 日の上限 (1,000)"
    assert labels["fr"].budget(1000) == "Budget quotidien (1\u202f000)"
    assert history["es-ES"].alerts == "Alertas de repost"
    assert len({label.api_calls for label in labels.values()}) == len(LANGUAGES), "translated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chart_in_every_language_is_drawn(language: str) -> None:
    window = ActivityWindow.ending(1_800_000_000.0, kept_days=30)
    counted = [DayCounts(day, searches=day, api_calls=day // 2) for day in range(30)]
    words = words_for(language)
    chart = usage_chart(
        window, counted, usage_labels(words), ChartWords.in_language(language), budget=40
    )

    drawn = Drawn.of(render_daily_chart(chart))

    assert drawn.size == (WIDTH, HEIGHT)
    assert drawn.limit()[0].size > 0
