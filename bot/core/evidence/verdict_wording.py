"""The verdict's words: the answer's title, and the first line of its description (`Text`, said
in the reader's language by their `Words`).

The title is plain text (Discord shows neither links nor timestamps there), so it carries the date
formatted for the reader's language; the first line carries the link and the date as a Discord
timestamp (`<t:…:D>`, shown in each reader's own calendar).
"""

from __future__ import annotations

from datetime import datetime

from bot.core.evidence.verdict import Verdict
from bot.core.evidence.video_details import VideoDetail
from bot.core.language import Text
from bot.core.ranking import VideoMatch
from bot.core.text import untrusted_inline
from bot.core.wording import Phrase, date_stamp, dotted, library_name, percent, shown_score

CREATOR_LIMIT = 60


def creator_handle(creator: str) -> str:
    """`@name`, escaped (the API's creator may or may not start with @)."""
    name = creator.strip().removeprefix("@")
    return "@" + untrusted_inline(name, CREATOR_LIMIT)


def date_text(when: datetime) -> Text:
    """`Mar 2, 2024`, `02.03.2024` (for plain text: titles, terminals)."""
    return Text("answer-date", date=when)


def _facts(match: VideoMatch, detail: VideoDetail | None) -> list[Phrase]:
    facts = [library_name(match.library)]
    if detail is not None and detail.creator:
        facts.append(creator_handle(detail.creator))
    if detail is not None and detail.published is not None:
        facts.append(date_text(detail.published))
    return facts


def match_facts(match: VideoMatch, detail: VideoDetail | None) -> Phrase:
    """`TikTok · @creator · Mar 2, 2024 · 96%` (what is known of it)."""
    return dotted([*_facts(match, detail), percent(match.score)])


def verdict_title(verdict: Verdict) -> Text:
    """`Likely original: TikTok · @creator · Mar 2, 2024 · 96%`, or the low-confidence one."""
    if not verdict.confident:
        score = shown_score(verdict.match.score)
        library = library_name(verdict.match.library)
        return Text("answer-verdict-title-unsure", score=score, library=library)
    return Text("answer-verdict-title", facts=match_facts(verdict.match, verdict.detail))


def _why(verdict: Verdict, total: int) -> Text:
    if not verdict.confident:
        return Text("answer-verdict-unsure")
    if verdict.earliest:
        return Text("answer-verdict-earliest", rank=verdict.rank, total=total)
    if total > 1:
        return Text("answer-verdict-closest", rank=verdict.rank, total=total)
    return Text("answer-verdict-only")


def verdict_line(verdict: Verdict, link: str | None, total: int) -> Phrase:
    """The description's first line: the link to the likely original, its date, and why it was
    chosen. `link` is already made safe for markdown (or None when unknown)."""
    parts: list[Phrase] = [Text("answer-open-video", link=link)] if link else []
    detail = verdict.detail
    if detail is not None and detail.published is not None:
        parts.append(Text("answer-posted-on", date=date_stamp(detail.published)))
    parts.append(_why(verdict, total))
    return dotted(parts)
