"""A search answer as pages of embeds, and its possible matches as embeds of their own.

Page k shows, for every image that has them, its matches ranked k*n+1 to (k+1)*n, where n is the
`results` the user asked for; the first page always shows every image (errors and no-match answers
included). Possible matches (between the possible-match and the match thresholds) are rendered
apart, for the "Show possible matches" button.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import discord

from bot.core import wording
from bot.core.evidence.verdict import all_matches
from bot.core.language import Words
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.core.text import untrusted_inline
from bot.discord.embed_limits import MAX_FIELDS, MAX_TOTAL, fit_embeds
from bot.discord.embeds import COLOUR_NOTHING, NAME_LIMIT, match_field_value, render_outcome
from bot.discord.evidence_embeds import OutcomeEvidence

POSSIBLE_SHOWN = 10
POSSIBLE_TITLE_LIMIT = 70


def page_count(outcomes: Sequence[QueryOutcome]) -> int:
    """How many pages the answer has (at least one)."""
    per_page = max(outcomes[0].request.max_results, 1) if outcomes else 1
    longest = max((len(all_matches(o)) for o in outcomes), default=0)
    return max(math.ceil(longest / per_page), 1)


def _page_of(outcome: QueryOutcome, page: int) -> tuple[VideoMatch, ...] | None:
    """The matches of `page` (None if it has none there, after page 1)."""
    per_page = max(outcome.request.max_results, 1)
    chunk = all_matches(outcome)[page * per_page : (page + 1) * per_page]
    if page > 0 and not chunk:
        return None
    return chunk


def render_page(
    outcomes: Sequence[QueryOutcome],
    page: int,
    words: Words,
    evidence: Sequence[OutcomeEvidence] | None = None,
) -> list[discord.Embed]:
    """The embeds of one page in `words`' language, within Discord's limits for one message;
    `evidence` (one per outcome) adds links, creators, dates and the side-by-side picture."""
    found: Sequence[OutcomeEvidence | None] = evidence or [None] * len(outcomes)
    paged = [(o, _page_of(o, page), e) for o, e in zip(outcomes, found, strict=True)]
    shown = [(o, chunk, e) for o, chunk, e in paged if chunk is not None]
    budget = MAX_TOTAL // max(len(shown), 1)
    first_rank = page * max(outcomes[0].request.max_results, 1) + 1
    return fit_embeds(
        [render_outcome(o, words, budget, e, first_rank=first_rank, shown=c) for o, c, e in shown]
    )


def render_pages(
    outcomes: Sequence[QueryOutcome],
    words: Words,
    evidence: Sequence[OutcomeEvidence] | None = None,
) -> list[list[discord.Embed]]:
    return [render_page(outcomes, page, words, evidence) for page in range(page_count(outcomes))]


def _possible_embed(outcome: QueryOutcome, words: Words) -> discord.Embed:
    name = untrusted_inline(outcome.source.name, NAME_LIMIT) or words.say("answer-unnamed-image")
    request = outcome.request
    embed = discord.Embed(
        title=words.say("answer-possible-title", name=name),
        description=words.say(
            "answer-possible-description",
            min_match=wording.whole_percent(request.min_match),
            possible_match=wording.whole_percent(request.possible_match or 0),
        ),
        colour=COLOUR_NOTHING,
    )
    shown = outcome.possible_matches[: min(POSSIBLE_SHOWN, MAX_FIELDS)]
    whose = wording.whose_clip(outcome)
    for rank, match in enumerate(shown, start=1):
        value = match_field_value(match, POSSIBLE_TITLE_LIMIT, words, whose=whose)
        heading = words.say(wording.match_heading(rank, match))
        embed.add_field(name=heading, value=value, inline=False)
    return embed


def render_possible(outcomes: Sequence[QueryOutcome], words: Words) -> list[discord.Embed]:
    """One embed per image that has possible matches (none: an empty list)."""
    return fit_embeds([_possible_embed(o, words) for o in outcomes if o.possible_matches])
