"""The verdict's words: the answer's title, and the first line of its description.

The title is plain text (Discord shows neither links nor timestamps there), so it carries the date
as text; the first line carries the link and the date as a Discord timestamp (`<t:…:D>`, shown in
each reader's own calendar).
"""

from __future__ import annotations

from datetime import datetime

from bot.core.evidence.verdict import Verdict
from bot.core.evidence.video_details import VideoDetail
from bot.core.ranking import VideoMatch
from bot.core.text import untrusted_inline
from bot.core.wording import percent

CREATOR_LIMIT = 60
LOW_CONFIDENCE = "low confidence: compare the picture"


def creator_handle(creator: str) -> str:
    """`@name`, escaped (the API's creator may or may not start with @)."""
    name = creator.strip().removeprefix("@")
    return "@" + untrusted_inline(name, CREATOR_LIMIT)


def date_text(when: datetime) -> str:
    """`2 Mar 2024` (for plain text: titles, terminals)."""
    return f"{when.day} {when:%b %Y}"


def date_stamp(when: datetime) -> str:
    """The date as a Discord timestamp, in each reader's calendar."""
    return f"<t:{int(when.timestamp())}:D>"


def _facts(match: VideoMatch, detail: VideoDetail | None) -> list[str]:
    facts = [match.library.label]
    if detail is not None and detail.creator:
        facts.append(creator_handle(detail.creator))
    if detail is not None and detail.published is not None:
        facts.append(date_text(detail.published))
    return facts


def match_facts(match: VideoMatch, detail: VideoDetail | None) -> str:
    """`TikTok · @creator · 2 Mar 2024 · 96%` (what is known of it)."""
    return " · ".join([*_facts(match, detail), percent(match.score)])


def verdict_title(verdict: Verdict) -> str:
    """`Likely original: TikTok · @creator · 2 Mar 2024 · 96%`, or the low-confidence one."""
    score = percent(verdict.match.score)
    if not verdict.confident:
        return f"Best match {score} on {verdict.match.library.label}: {LOW_CONFIDENCE}"
    return "Likely original: " + match_facts(verdict.match, verdict.detail)


def _why(verdict: Verdict, total: int) -> str:
    if not verdict.confident:
        return "Not similar enough to be sure: compare the picture with the image before acting."
    if verdict.earliest:
        return f"Posted first of the strong matches (match {verdict.rank} of {total})."
    if total > 1:
        return f"The closest match (match {verdict.rank} of {total})."
    return "The only match."


def verdict_line(verdict: Verdict, link: str | None, total: int) -> str:
    """The description's first line: the link to the likely original, its date, and why it was
    chosen. `link` is already made safe for markdown (or None when unknown)."""
    parts = [f"**[Open the video]({link})**" if link else None]
    detail = verdict.detail
    if detail is not None and detail.published is not None:
        parts.append(f"posted {date_stamp(detail.published)}")
    parts.append(_why(verdict, total))
    return " · ".join(part for part in parts if part)
