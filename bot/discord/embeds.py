"""Search outcomes as Discord embeds: one embed per query image, matches ranked as fields.

Every piece of third-party text (video titles, file names, links) is escaped and shortened here;
`fit_embeds` then guarantees Discord's limits for the whole message.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.core import wording
from bot.core.evidence.verdict import Verdict, all_matches, verdict_for
from bot.core.evidence.verdict_wording import verdict_line, verdict_title
from bot.core.language import Text, Words
from bot.core.ranking import VideoMatch
from bot.core.search_service import QueryOutcome
from bot.core.text import plain_inline, untrusted_inline
from bot.discord.embed_limits import MAX_TOTAL, fit_embeds
from bot.discord.evidence_embeds import OutcomeEvidence, detail_line, linked_title, verdict_link
from bot.discord.seen_field import add_seen_field

Evidence = OutcomeEvidence | None

COLOUR_FOUND = discord.Colour.green()
COLOUR_NOTHING = discord.Colour.gold()
COLOUR_ERROR = discord.Colour.red()
NAME_LIMIT = 80
TITLE_LIMITS = (200, 120, 70, 40)
"""Video titles get shorter, step by step, until every match fits the embed's share of 6000."""


def match_field_value(
    match: VideoMatch,
    title_limit: int,
    words: Words,
    evidence: OutcomeEvidence | None = None,
    verdict: Verdict | None = None,
    whose: str = wording.OWN_CLIP,
) -> str:
    """A match's field: linked title, moments, which stills matched where (`whose` clip:
    `wording.whose_clip`), creator and date."""
    title = match_title(match, title_limit, words, evidence)
    return "\n".join([title, *match_lines(match, words, evidence, verdict, whose)])


def match_title(
    match: VideoMatch, title_limit: int, words: Words, evidence: OutcomeEvidence | None
) -> str:
    """The video's title (third-party text: escaped, cut to `title_limit`), linked when known."""
    title = untrusted_inline(match.title, title_limit) or words.say("answer-no-title")
    if evidence is None:
        return title
    return linked_title(title, match, evidence.details.get(match.video_no))


def match_lines(
    match: VideoMatch,
    words: Words,
    evidence: OutcomeEvidence | None = None,
    verdict: Verdict | None = None,
    whose: str = wording.OWN_CLIP,
) -> list[str]:
    """A match's lines under its title: moments, stills, creator and date."""
    lines = [words.say(wording.moments_text(match.moments))]
    lines.append(wording.say(words, wording.frame_links_text(match, whose)))
    if evidence is not None:
        lines.append(wording.say(words, detail_line(match, evidence, verdict)))
    return [line for line in lines if line]


@dataclass(frozen=True)
class _SaidMatch:
    """A match's field as said once for all the tries at fitting the embed (only its title is
    cut shorter from one try to the next)."""

    match: VideoMatch
    name: str
    lines: list[str]

    def value(self, title_limit: int, words: Words, evidence: Evidence) -> str:
        return "\n".join([match_title(self.match, title_limit, words, evidence), *self.lines])


def match_field_name(rank: int, match: VideoMatch, verdict: Verdict | None, words: Words) -> str:
    name = words.say(wording.match_heading(rank, match))
    if verdict is not None and verdict.confident and verdict.match is match:
        return f"{name} · {words.say('answer-likely-original-tag')}"
    return name


def _heading(outcome: QueryOutcome, verdict: Verdict | None, words: Words) -> str:
    if outcome.error is not None:
        return words.say("answer-could-not-search")
    if verdict is None:
        return words.say(wording.no_match_title(outcome.searched))
    return words.say(verdict_title(verdict))


def _colour(outcome: QueryOutcome, verdict: Verdict | None) -> discord.Colour:
    if outcome.error is not None:
        return COLOUR_ERROR
    if verdict is None or not verdict.confident:
        return COLOUR_NOTHING
    return COLOUR_FOUND


def _more_text(outcome: QueryOutcome, shown: int, first_rank: int) -> Text | None:
    """Where the other matches are: on other pages, or below the cut of `results`."""
    if outcome.more_matches or first_rank > 1:
        last = first_rank + shown - 1
        total = outcome.total_matches
        return Text("answer-page-range", first=first_rank, last=last, total=total)
    return wording.hidden_matches_text(outcome, shown)


def _verdict_line(
    outcome: QueryOutcome, verdict: Verdict | None, evidence: Evidence
) -> wording.Phrase | None:
    if verdict is None:
        return None
    link = verdict_link(verdict, evidence)
    return verdict_line(verdict, link, len(all_matches(outcome)))


def _description(
    outcome: QueryOutcome,
    shown: int,
    first_rank: int,
    verdict: Verdict | None,
    evidence: Evidence,
    words: Words,
) -> str:
    if outcome.error is not None:
        return outcome.error.said_in(words)
    lines = [_verdict_line(outcome, verdict, evidence), wording.summary_text(outcome)]
    lines.append(wording.searched_text(outcome))
    lines.append(wording.clip_text(outcome))
    if verdict is None and first_rank == 1:
        lines.append(wording.no_match_hint(outcome))
    lines.extend(wording.failure_lines(outcome))
    lines.append(_more_text(outcome, shown, first_rank))
    lines.append(wording.possible_matches_text(outcome))
    said = [wording.say(words, line) for line in lines]
    return "\n".join(line for line in said if line)


def _footer(outcome: QueryOutcome, shown: Sequence[VideoMatch], words: Words) -> str:
    """The file name, how it was searched, and the shown matches' ids (for those who need them)."""
    name = plain_inline(outcome.source.name, NAME_LIMIT) or words.say("answer-unnamed-image")
    if outcome.error is not None:
        return name
    lines = [f"{name} · {words.say(wording.footer_text(outcome))}"]
    if shown:
        ids = ", ".join(match.video_no[:80] for match in shown)
        lines.append(words.say("answer-video-ids", ids=ids))
    return "\n".join(lines)


def _base_embed(
    outcome: QueryOutcome,
    shown: Sequence[VideoMatch],
    first_rank: int,
    evidence: Evidence,
    words: Words,
) -> discord.Embed:
    verdict = verdict_for(outcome, evidence.details if evidence is not None else {})
    description = _description(outcome, len(shown), first_rank, verdict, evidence, words)
    embed = discord.Embed(
        title=_heading(outcome, verdict, words),
        url=verdict_link(verdict, evidence) if verdict is not None else None,
        description=description,
        colour=_colour(outcome, verdict),
    )
    embed.set_footer(text=_footer(outcome, shown, words))
    if _shows_as_picture(outcome):
        embed.set_thumbnail(url=outcome.source.url)
    return embed


def _shows_as_picture(outcome: QueryOutcome) -> bool:
    """The query's own link can be the embed's thumbnail: an image or a GIF, not a video."""
    is_video = outcome.clip is not None and outcome.clip.is_video
    web_link = outcome.source.url.startswith(("http://", "https://"))
    return outcome.error is None and web_link and not is_video


def _said_matches(
    outcome: QueryOutcome,
    matches: Sequence[VideoMatch],
    words: Words,
    evidence: Evidence,
    first_rank: int,
) -> list[_SaidMatch]:
    verdict = verdict_for(outcome, evidence.details if evidence is not None else {})
    whose = wording.whose_clip(outcome)
    return [
        _SaidMatch(
            match,
            match_field_name(rank, match, verdict, words),
            match_lines(match, words, evidence, verdict, whose),
        )
        for rank, match in enumerate(matches, start=first_rank)
    ]


def _with_matches(
    outcome: QueryOutcome,
    said: list[_SaidMatch],
    title_limit: int,
    words: Words,
    evidence: Evidence = None,
    first_rank: int = 1,
) -> discord.Embed:
    shown = [field.match for field in said]
    embed = _base_embed(outcome, shown, first_rank, evidence, words)
    for field in said:
        value = field.value(title_limit, words, evidence)
        embed.add_field(name=field.name, value=value, inline=False)
    add_seen_field(embed, outcome.seen_before, words)
    if evidence is not None and evidence.image_url is not None:
        embed.set_image(url=evidence.image_url)
    return embed


def render_outcome(
    outcome: QueryOutcome,
    words: Words,
    budget: int = MAX_TOTAL,
    evidence: OutcomeEvidence | None = None,
    *,
    first_rank: int = 1,
    shown: Sequence[VideoMatch] | None = None,
) -> discord.Embed:
    """The embed for one query image in `words`' language, within `budget` characters: titles
    are shortened first, then the lowest-ranked matches are left out (and the embed says how
    many).

    `shown` are the matches of the page on screen (default: the first page), `first_rank` the
    rank of the first of them; the verdict is always the whole search's."""
    matches = outcome.matches if shown is None else shown
    said = _said_matches(outcome, matches, words, evidence, first_rank)
    embed = _with_matches(outcome, said, TITLE_LIMITS[0], words, evidence, first_rank)
    for title_limit in TITLE_LIMITS[1:]:
        if len(embed) <= budget:
            return embed
        embed = _with_matches(outcome, said, title_limit, words, evidence, first_rank)
    while len(embed) > budget and said:
        said.pop()
        embed = _with_matches(outcome, said, TITLE_LIMITS[-1], words, evidence, first_rank)
    return embed


def render_outcomes(
    outcomes: Sequence[QueryOutcome],
    words: Words,
    evidence: Sequence[OutcomeEvidence] | None = None,
) -> list[discord.Embed]:
    """One embed per query image, the message's 6000 characters shared evenly between them;
    `evidence` (one per outcome) adds links, creators, dates and the side-by-side picture."""
    budget = MAX_TOTAL // max(len(outcomes), 1)
    found: Sequence[OutcomeEvidence | None] = evidence or [None] * len(outcomes)
    embeds = [render_outcome(o, words, budget, e) for o, e in zip(outcomes, found, strict=True)]
    return fit_embeds(embeds)


def queued_text(wait_seconds: float) -> Text:
    """The progress line shown while a search waits for the rate limit."""
    return Text("error-queued", seconds=math.ceil(wait_seconds))


def rate_limited_text(wait_seconds: float) -> Text:
    """The progress line shown while a search backs off because memories.ai is rate limiting."""
    return Text("error-backing-off", seconds=math.ceil(wait_seconds))


def error_text(message: str) -> str:
    """A user-facing error as message content (already our own words, never third-party text)."""
    return f"⚠️ {message}"
