"""Dates and numbers on a chart's axes, as the reader's language writes them (Babel, from the
Unicode CLDR): `Dec 4`, `4. Dez.`, `4 déc.`, `12月4日`; `1,500`, `1.500`, `1 500`; large counts
shortened (`12K`, `1,2 Mio.`, `1.2万`) so the axis stays narrow."""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import format_compact_decimal, format_decimal

COMPACT_FROM = 10_000
"""From this count on the axis writes numbers short; its ticks are round, so one decimal is
exact."""


@cache
def babel_locale(language: str) -> Locale:
    """Babel's locale for a catalogue language (`en`, `es-ES`, `pt-BR`, …)."""
    return Locale.parse(language, sep="-")


def short_day(day: date, language: str) -> str:
    """The day and the month's short name, in the reader's order (`Dec 4`, `4 déc.`)."""
    return str(format_skeleton("MMMd", day, locale=babel_locale(language)))


def axis_number(value: int, language: str) -> str:
    """A count on the y axis, grouped as the language groups digits."""
    locale = babel_locale(language)
    if value < COMPACT_FROM:
        return str(format_decimal(value, locale=locale))
    return str(format_compact_decimal(value, locale=locale, fraction_digits=1))
