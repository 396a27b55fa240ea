"""Search outcomes as plain text for the operator's command line, in English (the catalogue's
English words: the operator's terminal has no Discord locale)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bot.core import wording
from bot.core.language import english
from bot.core.ranking import VideoMatch
from bot.core.search_service import QueryOutcome
from bot.core.text import plain_from_inline, truncate

TITLE_LIMIT = 100


def terminal_safe(text: str) -> str:
    """Untrusted text without control characters (no escape sequences reach the terminal)."""
    cleaned = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    return " ".join(cleaned.split())


def terminal_text(sentence: str) -> str:
    """A sentence written for Discord (file names escaped for markdown) as a terminal shows it."""
    return terminal_safe(plain_from_inline(sentence))


def match_line(rank: int, match: VideoMatch) -> str:
    words = english()
    title = truncate(terminal_safe(match.title), TITLE_LIMIT) or "(no title)"
    heading, moments = (
        words.say(wording.match_heading(rank, match)),
        words.say(wording.moments_text(match.moments)),
    )
    return f"{heading}\n     {title}\n     {moments} · {match.video_no}"


def render_outcome_text(outcome: QueryOutcome) -> str:
    words = english()
    name = terminal_safe(outcome.source.name)
    if outcome.error is not None:
        return f"{name}: {terminal_text(outcome.error.user_message)}"
    lines = [f"{name}: {words.say(wording.summary_text(outcome))}"]
    searched = wording.searched_text(outcome)
    if searched is not None:
        lines.append(words.say(searched))
    lines += [match_line(rank, m) for rank, m in enumerate(outcome.matches, start=1)]
    lines += [terminal_text(words.say(line)) for line in wording.failure_lines(outcome)]
    if not outcome.matches:
        lines.append(words.say(wording.no_match_hint(outcome)))
    hidden = wording.hidden_matches_text(outcome, len(outcome.matches))
    lines += [words.say(hidden)] if hidden else []
    lines.append(words.say(wording.footer_text(outcome)))
    return "\n".join(lines)


def render_outcomes_text(outcomes: Sequence[QueryOutcome]) -> str:
    return "\n\n".join(render_outcome_text(outcome) for outcome in outcomes)
