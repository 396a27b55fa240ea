"""Untrusted text is shown as typed, can never mention anyone, and respects length limits."""

from __future__ import annotations

import re

import pytest

from bot.core.text import truncate, untrusted_inline
from bot.core.timestamps import format_position, format_span


def test_markdown_is_escaped_so_it_shows_as_typed() -> None:
    assert untrusted_inline("**bold** _it_ `code` ||spoiler||", 100) == (
        r"\*\*bold\*\* \_it\_ \`code\` \|\|spoiler\|\|"
    )


@pytest.mark.parametrize("text", ["@everyone", "@here", "<@123456789>", "<@&42>"])
def test_mentions_are_broken_up(text: str) -> None:
    shown = untrusted_inline(text, 100)

    assert "@everyone" not in shown
    assert "@here" not in shown
    assert not re.search(r"<@[!&]?\d+>", shown)


def test_newlines_and_runs_of_space_fold_to_one_line() -> None:
    assert untrusted_inline("  a\n\n b\t\tc  ", 100) == "a b c"


def test_long_text_is_cut_with_an_ellipsis_without_splitting_an_escape() -> None:
    shown = untrusted_inline("*" * 50, 9)

    assert shown == r"\*\*\*\*…"
    assert len(shown) <= 9


def test_text_that_fits_is_not_cut() -> None:
    assert untrusted_inline("abcde", 5) == "abcde"
    assert truncate("abcdef", 5) == "abcd…"


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (79, "1:19"), (599.9, "9:59"), (3725, "1:02:05")]
)
def test_positions_read_as_m_ss_or_h_mm_ss(seconds: float, shown: str) -> None:
    assert format_position(seconds) == shown


def test_spans_show_a_range_only_when_time_passes() -> None:
    assert format_span(79, 84) == "1:19–1:24"
    assert format_span(79, 79.5) == "1:19"
    assert format_span(79, None) == "1:19"
    assert format_span(None, None) == "?"


BIDI_AND_ZERO_WIDTH = (
    "\u202e\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    "\u200b\u200c\u2060\ufeff"
)


def test_bidirectional_and_zero_width_controls_are_dropped() -> None:
    hostile = f"evil{BIDI_AND_ZERO_WIDTH}gpj.exe a\u200dd\u200dmin"

    assert untrusted_inline(hostile, 100) == "evilgpj.exe admin"


def test_the_joiner_inside_an_emoji_sequence_stays() -> None:
    family = "\N{MAN}\u200d\N{WOMAN}\u200d\N{GIRL}"

    assert untrusted_inline(f"{family}\u202e", 100) == family
