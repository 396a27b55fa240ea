"""Search outcomes as Discord embeds: one embed per query image, matches ranked as fields.

Every piece of third-party text (video titles, file names, links) is escaped and shortened here;
`fit_embeds` then guarantees Discord's limits for the whole message.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import discord

from bot.core import wording
from bot.core.ranking import VideoMatch
from bot.core.search_service import QueryOutcome
from bot.core.text import untrusted_inline
from bot.discord.embed_limits import MAX_TOTAL, fit_embeds
from bot.discord.evidence_embeds import OutcomeEvidence, detail_line, linked_title

COLOUR_FOUND = discord.Colour.green()
COLOUR_NOTHING = discord.Colour.gold()
COLOUR_ERROR = discord.Colour.red()
NAME_LIMIT = 80
TITLE_LIMITS = (200, 120, 70, 40)
"""Video titles get shorter, step by step, until every match fits the embed's share of 6000."""


def _video_id(match: VideoMatch) -> str:
    return "`" + match.video_no.replace("`", "'")[:80] + "`"


def match_field_value(
    match: VideoMatch,
    title_limit: int,
    evidence: OutcomeEvidence | None = None,
    earliest: str | None = None,
) -> str:
    title = untrusted_inline(match.title, title_limit) or "*(no title)*"
    if evidence is not None:
        title = linked_title(title, match, evidence.details.get(match.video_no))
    lines = [title, f"{wording.moments_text(match.moments)} · {_video_id(match)}"]
    lines.append(wording.frame_links_text(match) or "")
    if evidence is not None:
        lines.append(detail_line(match, evidence, earliest) or "")
    return "\n".join(line for line in lines if line)


def _heading(outcome: QueryOutcome) -> str:
    name = untrusted_inline(outcome.source.name, NAME_LIMIT) or "image"
    if outcome.error is not None:
        return f"Could not search {name}"
    return f"Matches for {name}" if outcome.matches else f"No match for {name}"


def _colour(outcome: QueryOutcome) -> discord.Colour:
    if outcome.error is not None:
        return COLOUR_ERROR
    return COLOUR_FOUND if outcome.matches else COLOUR_NOTHING


def _more_text(outcome: QueryOutcome, shown: int, first_rank: int) -> str | None:
    """Where the other matches are: on other pages, or below the cut of `results`."""
    if outcome.more_matches or first_rank > 1:
        last = first_rank + shown - 1
        return f"Matches {first_rank}–{last} of {outcome.total_matches}; ◀ ▶ turn the pages."
    return wording.hidden_matches_text(outcome, shown)


def _description(outcome: QueryOutcome, shown: int, first_rank: int) -> str:
    if outcome.error is not None:
        return outcome.error.user_message
    lines = [wording.summary_text(outcome)]
    clip = wording.clip_text(outcome)
    if clip:
        lines.append(clip)
    if not outcome.matches and first_rank == 1:
        lines.append(wording.no_match_hint(outcome))
    lines.extend(wording.failure_lines(outcome))
    extra = (_more_text(outcome, shown, first_rank), wording.possible_matches_text(outcome))
    lines.extend(line for line in extra if line)
    return "\n".join(lines)


def _base_embed(outcome: QueryOutcome, shown: int, first_rank: int) -> discord.Embed:
    description = _description(outcome, shown, first_rank)
    embed = discord.Embed(title=_heading(outcome), description=description, colour=_colour(outcome))
    embed.set_footer(text=wording.footer_text(outcome))
    if outcome.error is None and outcome.source.url.startswith(("http://", "https://")):
        embed.set_thumbnail(url=outcome.source.url)
    return embed


def _with_matches(
    outcome: QueryOutcome,
    matches: list[VideoMatch],
    title_limit: int,
    evidence: OutcomeEvidence | None = None,
    first_rank: int = 1,
) -> discord.Embed:
    embed = _base_embed(outcome, len(matches), first_rank)
    earliest = evidence.earliest(list(outcome.matches)) if evidence is not None else None
    for rank, match in enumerate(matches, start=first_rank):
        name = wording.match_heading(rank, match)
        value = match_field_value(match, title_limit, evidence, earliest)
        embed.add_field(name=name, value=value, inline=False)
    if evidence is not None and evidence.image_url is not None:
        embed.set_image(url=evidence.image_url)
    return embed


def render_outcome(
    outcome: QueryOutcome,
    budget: int = MAX_TOTAL,
    evidence: OutcomeEvidence | None = None,
    *,
    first_rank: int = 1,
) -> discord.Embed:
    """The embed for one query image, within `budget` characters: titles are shortened first,
    then the lowest-ranked matches are left out (and the embed says how many).

    `first_rank` is the rank of `outcome.matches[0]` (on later pages of an answer)."""
    matches = list(outcome.matches)
    embed = _with_matches(outcome, matches, TITLE_LIMITS[0], evidence, first_rank)
    for title_limit in TITLE_LIMITS[1:]:
        if len(embed) <= budget:
            return embed
        embed = _with_matches(outcome, matches, title_limit, evidence, first_rank)
    while len(embed) > budget and matches:
        matches.pop()
        embed = _with_matches(outcome, matches, TITLE_LIMITS[-1], evidence, first_rank)
    return embed


def render_outcomes(
    outcomes: Sequence[QueryOutcome], evidence: Sequence[OutcomeEvidence] | None = None
) -> list[discord.Embed]:
    """One embed per query image, the message's 6000 characters shared evenly between them;
    `evidence` (one per outcome) adds links, creators, dates and the side-by-side picture."""
    budget = MAX_TOTAL // max(len(outcomes), 1)
    found: Sequence[OutcomeEvidence | None] = evidence or [None] * len(outcomes)
    return fit_embeds([render_outcome(o, budget, e) for o, e in zip(outcomes, found, strict=True)])


def queued_text(wait_seconds: float) -> str:
    """The progress line shown while a search waits for the rate limit."""
    seconds = math.ceil(wait_seconds)
    return f"⏳ Many searches are running: yours is queued and should finish in about {seconds} s."


def rate_limited_text(wait_seconds: float) -> str:
    """The progress line shown while a search backs off because memories.ai is rate limiting."""
    seconds = math.ceil(wait_seconds)
    return (
        "⏳ memories.ai is limiting how fast we may search right now: yours is queued and will be "
        f"retried in about {seconds} s."
    )


def error_text(message: str) -> str:
    """A user-facing error as message content (already our own words, never third-party text)."""
    return f"⚠️ {message}"
