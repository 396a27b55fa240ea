"""The life of one search command on Discord, shared by every command that searches.

precheck (may refuse at once, privately) -> defer -> search -> render -> edit the answer in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.core.errors import UserFacingError
from bot.core.evidence import EvidenceService
from bot.core.search_service import QueryOutcome, SearchRequest, SearchService
from bot.core.sources import ImageSource
from bot.core.waiting import waits_reported_to
from bot.discord.embeds import queued_text, rate_limited_text, render_outcomes
from bot.discord.evidence_answer import complete_answer
from bot.discord.followup_buttons import FollowUps
from bot.discord.replies import defer_answer, send_embeds, send_status
from bot.observability.search_report import observed_search
from bot.observability.timings import timed

log = logging.getLogger(__name__)


def _combined_error(outcomes: Sequence[QueryOutcome]) -> UserFacingError:
    """One error for a command none of whose images could be searched; the same reason given
    for several images (out of credits, say) is said once."""
    errors = [outcome.error for outcome in outcomes if outcome.error is not None]
    distinct = {error.user_message: error for error in errors}
    if len(distinct) == 1:
        return errors[0]
    reasons = "\n".join(f"• {message}" for message in distinct)
    return UserFacingError(f"None of the images could be searched:\n{reasons}")


class _BackoffNotice:
    """Tells the user their search is waiting out a rate limit, as the queue notice does: for a
    wait of at least `notice_after` seconds, and without an edit per retry (only when the
    expected wait ends later than the one already shown)."""

    def __init__(self, interaction: discord.Interaction, notice_after: float) -> None:
        self._interaction = interaction
        self._notice_after = notice_after
        self._shown_until = 0.0

    async def show(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        if seconds < self._notice_after or until <= self._shown_until:
            return
        self._shown_until = until
        try:
            await send_status(self._interaction, rate_limited_text(seconds))
        except discord.HTTPException as error:
            log.warning("could not show the rate-limit notice: %s", error)


async def answer_search(
    interaction: discord.Interaction,
    service: SearchService,
    sources: Sequence[ImageSource],
    request: SearchRequest,
    *,
    private: bool,
    queue_notice_after: float,
    evidence: EvidenceService | None = None,
    followups: FollowUps | None = None,
    shareable: bool = False,
) -> list[QueryOutcome]:
    """Run a search for `interaction`, answer it, and return what was found (for the mod-log);
    user errors propagate to the tree handler. With `evidence`, the answer is then completed
    (picture, links) by edits. With `followups`, an answer with few matches gets buttons to search
    again (and a `shareable` one, the context menu's, a button to post it publicly). Each search
    is logged once, with its timings."""
    with observed_search(_kind(interaction), interaction.guild_id) as report:
        report.outcomes = await _answer(
            interaction,
            service,
            sources,
            request,
            _AnswerOptions(private, queue_notice_after, evidence, followups, shareable),
        )
        return list(report.outcomes)


@dataclass(frozen=True)
class _AnswerOptions:
    private: bool
    queue_notice_after: float
    evidence: EvidenceService | None
    followups: FollowUps | None
    shareable: bool


def _kind(interaction: discord.Interaction) -> str:
    command = interaction.command
    return command.name if command is not None else "button"


async def _answer(
    interaction: discord.Interaction,
    service: SearchService,
    sources: Sequence[ImageSource],
    request: SearchRequest,
    options: _AnswerOptions,
) -> list[QueryOutcome]:
    refused = service.precheck(sources, request)
    if len(refused) == len(sources):
        raise _combined_error(refused)
    await defer_answer(interaction, private=options.private)
    wait = service.queue_estimate(len(sources) - len(refused), request)
    if wait >= options.queue_notice_after:
        await send_status(interaction, queued_text(wait))
    with waits_reported_to(_BackoffNotice(interaction, options.queue_notice_after).show):
        outcomes = await service.search_sources(sources, request, refused=refused)
    if all(outcome.error is not None for outcome in outcomes):
        raise _combined_error(outcomes)
    view = None
    if options.followups is not None:
        view = await options.followups.view_for(
            interaction,
            sources,
            request,
            outcomes,
            private=options.private,
            shareable=options.shareable,
        )
    with timed("render"):
        await send_embeds(interaction, render_outcomes(outcomes), view)
    if options.evidence is not None:
        await complete_answer(interaction, outcomes, options.evidence)
    return list(outcomes)
