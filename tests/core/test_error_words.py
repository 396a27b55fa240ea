"""The errors' words: every message id the code names exists in English (a typo would show the
id to members), sizes and numbers are formatted for the reader, and plurals follow the count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.images.image_check import ImageLimits, ImageRejected, check_image, size_text
from bot.core.images.image_formats import ImageFormat
from bot.core.language import Text, english, words_for
from bot.core.language.check import read_ftl
from bot.core.moderation.fair_use import budget_refusal, cooldown_refusal
from bot.memories.errors import OutOfCreditsError, retry_text
from tests import imagegen

BOT = Path(__file__).resolve().parents[2] / "bot"
COGS = BOT.parent / "cogs"
ERROR_ID = re.compile(r"""["'](error-[a-z0-9-]+)["']""")


def error_ids_in_code() -> set[str]:
    sources = [*BOT.rglob("*.py"), *COGS.rglob("*.py")]
    return {found for path in sources for found in ERROR_ID.findall(path.read_text())}


def test_every_error_id_the_code_names_is_in_the_english_catalogue() -> None:
    named = error_ids_in_code()
    assert len(named) > 80, "the search for ids found the code's messages"
    assert named <= set(read_ftl("en").variables)


@pytest.mark.parametrize(
    ("locale", "size", "expected"),
    [
        ("en", 1, "1 byte"),
        ("en", 900, "900 bytes"),
        ("en", 1536, "1.5 KB"),
        ("en", 20 * 1024 * 1024, "20 MB"),
        ("de", 1536, "1,5 KB"),
        ("fr", 1536, "1,5 Ko"),
        ("fr", 900, "900 octets"),
        ("ja", 900, "900 バイト"),
        ("pt-BR", int(25.3 * 1024 * 1024), "25,3 MB"),
    ],
)
def test_sizes_are_written_as_the_reader_writes_them(locale: str, size: int, expected: str) -> None:
    assert words_for(locale).say(size_text(size)) == expected


def test_the_cooldown_counts_searches_in_the_readers_grammar() -> None:
    german = words_for("de")
    assert "1 Suche pro Minute" in cooldown_refusal(1, 0.0).said_in(german)
    assert "2 Suchen pro Minute" in cooldown_refusal(2, 0.0).said_in(german)
    assert "1 search a minute" in cooldown_refusal(1, 0.0).user_message


def test_a_spent_budget_groups_large_numbers_for_the_reader() -> None:
    refusal = budget_refusal(1500, 1500, 1, 0.0)
    assert "(1,500 API calls)" in refusal.user_message
    assert "(1.500 API-Aufrufe)" in refusal.said_in(words_for("de"))


def test_a_refused_image_keeps_its_english_sentence_and_speaks_french() -> None:
    limits = ImageLimits(max_side=250)
    with pytest.raises(ImageRejected) as refused:
        check_image(imagegen.png(300, 200), source_name="chat.png", limits=limits)
    assert refused.value.user_message == (
        "chat.png is 300×200 pixels; the longest side I accept is 250 pixels, so please shrink it."
    )
    assert refused.value.said_in(words_for("fr")) == (
        "chat.png fait 300×200 pixels\N{NARROW NO-BREAK SPACE}; le plus grand côté accepté est de "
        "250 pixels. Réduis l'image, s'il te plaît."
    )


def test_an_unnamed_file_is_called_that_file_in_the_readers_language() -> None:
    with pytest.raises(ImageRejected) as refused:
        check_image(b"", source_name="", limits=ImageLimits())
    assert refused.value.user_message == "That file is empty; try attaching it again."
    japanese = refused.value.said_in(words_for("ja"))
    assert japanese == "このファイルは空です。もう一度添付してください。"


def test_the_operators_errors_say_when_to_come_back_in_minutes_or_seconds() -> None:
    assert english().say(retry_text(30)).endswith("in about 30 s.")
    assert english().say(retry_text(300)).endswith("in about 5 min.")
    assert words_for("de").say(retry_text(300)).endswith("in etwa 5 min noch einmal.")
    assert OutOfCreditsError().said_in(words_for("es-ES")).startswith("Este bot ha gastado")


def test_a_list_of_reasons_nests_in_the_readers_language() -> None:
    reasons = Text("error-reason", earlier="", reason=Text("error-api-busy"))
    reasons = Text("error-reason", earlier=reasons, reason=Text("error-clip-unreadable"))
    said = words_for("ja").say(Text("error-none-searchable", reasons=reasons))
    assert said.splitlines() == [
        "どの画像も検索できませんでした：",
        "・検索サービスが混み合っています。1 分ほどしてからもう一度お試しください。",
        "・このクリップを読み取れませんでした。壊れているか、デコードできない形式でエンコード"
        "されているようです。別のコピーを試すか、探したい場面のスクリーンショットを送ってください。",
    ]


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es-ES", "pt-BR", "ja"])
def test_every_accepted_format_is_named_where_the_formats_are_listed(locale: str) -> None:
    listed = words_for(locale).say("error-supported-formats")
    assert all(image_format.label in listed for image_format in ImageFormat)
