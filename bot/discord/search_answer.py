"""The life of one search command on Discord, shared by every command that searches.

precheck (may refuse at once, privately) -> defer -> search -> render -> edit the answer in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

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
    """Tells the user their search is waiting out a rate limit, without an edit per retry: only
    when the expected wait ends later than the one already shown."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self._interaction = interaction
        self._shown_until = 0.0

    async def show(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        if until <= self._shown_until:
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
    again (and a `shareable` one, the context menu's, a button to post it publicly)."""
    refused = service.precheck(sources, request)
    if len(refused) == len(sources):
        raise _combined_error(refused)
    await defer_answer(interaction, private=private)
    wait = service.queue_estimate(len(sources) - len(refused), request)
    if wait >= queue_notice_after:
        await send_status(interaction, queued_text(wait))
    with waits_reported_to(_BackoffNotice(interaction).show):
        outcomes = await service.search_sources(sources, request, refused=refused)
    if all(outcome.error is not None for outcome in outcomes):
        raise _combined_error(outcomes)
    view = None
    if followups is not None:
        view = await followups.view_for(
            interaction, sources, request, outcomes, private=private, shareable=shareable
        )
    await send_embeds(interaction, render_outcomes(outcomes), view)
    if evidence is not None:
        await complete_answer(interaction, outcomes, evidence)
    return list(outcomes)
