"""The life of one search command on Discord, shared by every command that searches.

the server's settings as this process holds them (no I/O once the server was loaded) -> precheck
(may refuse at once, privately) -> defer -> the settings read afresh, when processes share them ->
search (the result cache first; fair use is asked before any API call) -> record in the history ->
render the first page -> edit the answer in, with its buttons (pages, possible matches,
follow-ups) -> complete it with evidence.

The answer, its pages, its evidence edits and its buttons' labels are said in one `Words`
(`bot.discord.language.answer_words`): a public answer in the server's chosen language, a private
one in the member's. Errors and refusals stay the member's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import discord

from bot.core.errors import UserFacingError
from bot.core.evidence.evidence import counting_evidence_calls
from bot.core.language import Text, Words
from bot.core.moderation.fair_use import FairUseLimits
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.moderation.history import SearchKind
from bot.core.search_report import note_outcomes, observed_search
from bot.core.search_service import QueryOutcome, SearchRequest
from bot.core.sources import ImageSource
from bot.core.timings import timed
from bot.core.waiting import waits_reported_to
from bot.discord.admission import admission_for, requester
from bot.discord.answer_pages import render_pages
from bot.discord.answer_view import AnswerView
from bot.discord.checked_message import checked_message_id, checked_message_view
from bot.discord.embeds import queued_text, rate_limited_text
from bot.discord.evidence_answer import complete_answer
from bot.discord.interaction_errors import FriendlyView
from bot.discord.language import answer_words
from bot.discord.outage_notice import report_outage
from bot.discord.replies import defer_answer, defer_update, send_embeds, send_status
from bot.discord.search_log import ModLogRecord
from bot.discord.search_records import note_evidence_calls, search_record
from bot.discord.seen_answer import AnswerMemory, PostedIn

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot
    from bot.services import Services

log = logging.getLogger(__name__)


AfterAnswer = Callable[[Sequence[QueryOutcome]], Awaitable[ModLogRecord | None]]
"""Runs once the answer is on screen (the mod-log record); what it returns is told the evidence."""


@dataclass(frozen=True)
class SearchContext:
    """How this search was asked for: privately or not, by which command, under which limits;
    a `shareable` answer (the context menu's) may get a button to post it publicly."""

    private: bool
    kind: SearchKind
    limits: FairUseLimits
    shareable: bool = False
    after_answer: AfterAnswer | None = None
    """Runs once the answer is on screen, the images still readable (the mod-log record)."""
    posted: PostedIn | None = None
    """The member's message whose images these are (the message menu's); None: the answer is
    what the image memory keeps."""
    rerun: bool = False
    """A follow-up button's search again: the answer it was pressed on is edited in place (no new
    "thinking…"), and the image memory, told by the first answer, is not told again."""
    message_id: int | None = None
    """The message the answer is about, when not the menu's own (a re-run's stored search)."""

    @property
    def pictures_a_post(self) -> bool:
        """Whether the side-by-side picture names the searched image as someone's post (the
        menu's, or a re-run of it) rather than yours."""
        return self.kind is SearchKind.MENU or self.message_id is not None


@dataclass(frozen=True)
class AskedSearch:
    """What a command asks for, read from the server's settings: the request and how to answer."""

    request: SearchRequest
    context: SearchContext


AskFor = Callable[[GuildSettings], AskedSearch]
"""Builds the search a command asks for from the server's settings: first from the copy this
process holds, so the acknowledgement never waits for a store (Discord fails an interaction not
acknowledged within 3 s), then again from a fresh read when processes share the settings (a change
made through another process is in force at once; only who sees the answer stays as
acknowledged)."""


def _combined_error(outcomes: Sequence[QueryOutcome]) -> UserFacingError:
    """One error for a command none of whose images could be searched; the same reason given
    for several images (out of credits, say) is said once."""
    errors = [outcome.error for outcome in outcomes if outcome.error is not None]
    distinct = {error.user_message: error for error in errors}
    if len(distinct) == 1:
        return errors[0]
    reasons: Text | str = ""
    for error in distinct.values():
        reasons = Text("error-reason", earlier=reasons, reason=error.text or error.user_message)
    return UserFacingError(Text("error-none-searchable", reasons=reasons))


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
    bot: FindVideoBot,
    sources: Sequence[ImageSource],
    ask: AskFor,
) -> list[QueryOutcome]:
    """Run the search `ask` builds for `interaction` with `bot`'s services, answer it, and return
    what was found (for the mod-log); user errors propagate to the tree handler. Each search is
    logged once, with its timings."""
    with observed_search(_kind(interaction), interaction.guild_id) as report:
        answer = _answer(interaction, bot.services, sources, ask, bot.view_timeout)
        report.outcomes = await answer
        return list(report.outcomes)


def _may_end_privately(
    interaction: discord.Interaction, services: Services, context: SearchContext
) -> bool:
    """Whether this public search will likely end in a private error (an outage going on, the
    member's cooldown or the server's budget spent): then it is answered privately from the
    start, so no public "thinking…" appears and vanishes. Decided from memory only: it runs
    before the 3-second acknowledgement (issue 13 §3)."""
    if services.outages.ongoing:
        return True
    return services.fair_use.likely_refused(requester(interaction), context.limits)


def _kind(interaction: discord.Interaction) -> str:
    command = interaction.command
    return command.name if command is not None else "button"


@dataclass(frozen=True)
class _Acknowledged:
    """A search acknowledged: what it asks (as the settings say once acknowledged), the sources
    refused at once, and the words its answer is said in."""

    asked: AskedSearch
    refused: list[QueryOutcome]
    words: Words


async def _answer(
    interaction: discord.Interaction,
    services: Services,
    sources: Sequence[ImageSource],
    ask: AskFor,
    view_timeout: float,
) -> list[QueryOutcome]:
    started = await _acknowledged(interaction, services, sources, ask)
    with ExitStack() as keep:  # the images stay readable until the answer is complete
        outcomes = await _searched(interaction, services, sources, started, keep)
        shown = _Shown(started.words, view_timeout)
        return await _answered(interaction, services, sources, started, outcomes, shown)


async def _acknowledged(
    interaction: discord.Interaction,
    services: Services,
    sources: Sequence[ImageSource],
    ask: AskFor,
) -> _Acknowledged:
    """Precheck and acknowledge from the settings at hand (no I/O once the server is loaded),
    then build the search again from a fresh read when processes share the settings."""
    server = await services.settings_at_hand(interaction.guild_id)
    asked = ask(server)
    refused = services.search.precheck(sources, asked.request)
    if len(refused) == len(sources):
        raise _combined_error(refused)
    private = await _acknowledge(interaction, services, asked.context)
    if services.guild_settings.read_through:
        server = await services.settings_for(interaction.guild_id)
        asked = _asked_afresh(ask(server), asked)
        refused = services.search.precheck(sources, asked.request)
    words = answer_words(interaction, server.language, private=private)
    return _Acknowledged(asked, refused, words)


async def _searched(
    interaction: discord.Interaction,
    services: Services,
    sources: Sequence[ImageSource],
    started: _Acknowledged,
    keep: ExitStack,
) -> list[QueryOutcome]:
    """The search (a queue notice first when it will wait long); the error when no image of
    the command could be searched."""
    service, notice_after = services.search, services.settings.queue_notice_seconds
    request, limits = started.asked.request, started.asked.context.limits
    wait = service.queue_estimate(len(sources) - len(started.refused), request)
    if wait >= notice_after:
        await send_status(interaction, queued_text(wait))
    admission = admission_for(interaction, services.fair_use, limits)
    with waits_reported_to(_BackoffNotice(interaction, notice_after).show):
        outcomes = await service.search_sources(
            sources, request, refused=started.refused, admission=admission, keep=keep
        )
    await report_outage(interaction, services.outages, outcomes)
    if all(outcome.error is not None for outcome in outcomes):
        note_outcomes(outcomes)
        raise _combined_error(outcomes)
    return list(outcomes)


async def _answered(
    interaction: discord.Interaction,
    services: Services,
    sources: Sequence[ImageSource],
    started: _Acknowledged,
    outcomes: list[QueryOutcome],
    shown: _Shown,
) -> list[QueryOutcome]:
    """The answer on screen, with what the image memory recalls; then what follows it: the
    history record, the memory, the mod-log record and the evidence."""
    request, context = started.asked.request, started.asked.context
    # a re-run's images were remembered once, by the first answer
    memory = None if context.rerun else AnswerMemory(services, interaction)
    if memory is not None:
        with timed("memory"):
            outcomes = await memory.recall(outcomes, context.posted)
    pager = await _send_answer(interaction, services, sources, request, outcomes, context, shown)
    record = search_record(interaction, context.kind, outcomes)
    if record is not None:  # after the answer: the history is written behind it
        await services.history.add(record)
    if memory is not None:
        await memory.remember(context.posted, private=context.private)
    await _after_the_answer(interaction, services, outcomes, context, shown.words, pager)
    return outcomes


def _asked_afresh(fresh: AskedSearch, acknowledged: AskedSearch) -> AskedSearch:
    """The search built from the settings read now (another process may have changed them); the
    answer stays as private or public as its acknowledgement already is."""
    context = replace(fresh.context, private=acknowledged.context.private)
    return AskedSearch(fresh.request, context)


async def _acknowledge(
    interaction: discord.Interaction, services: Services, context: SearchContext
) -> bool:
    """ "thinking…" (private when asked, or when the search will likely end in a private error);
    a re-run acknowledges the press and edits its answer in place. Returns whether the answer
    is private (only its member reads it, so it is said in their language)."""
    if context.rerun:
        await defer_update(interaction)
        return context.private
    private = context.private or _may_end_privately(interaction, services, context)
    await defer_answer(interaction, private=private)
    return private


async def _after_the_answer(
    interaction: discord.Interaction,
    services: Services,
    outcomes: Sequence[QueryOutcome],
    context: SearchContext,
    words: Words,
    pager: AnswerView | None = None,
) -> None:
    """The mod-log record first (it is quick), then the slower evidence edits (into every page,
    in the answer's `words`), which complete the record too."""
    record = await context.after_answer(outcomes) if context.after_answer is not None else None
    if services.evidence is None:
        return
    with counting_evidence_calls() as calls:
        await complete_answer(
            interaction,
            outcomes,
            services.evidence,
            pager,
            words=words,
            posted=context.pictures_a_post,
            listener=record,
        )
    await note_evidence_calls(services.history, interaction.guild_id, calls)


@dataclass(frozen=True)
class _Shown:
    """How the answer is shown: in which words (pages and buttons alike), its pages' timeout."""

    words: Words
    view_timeout: float


async def _send_answer(
    interaction: discord.Interaction,
    services: Services,
    sources: Sequence[ImageSource],
    request: SearchRequest,
    outcomes: Sequence[QueryOutcome],
    context: SearchContext,
    shown: _Shown,
) -> AnswerView | None:
    """The first page, under one view: page and possible-match buttons, then any follow-ups.
    Returns the page view, when the answer has one (evidence updates its pages)."""
    followups = await services.followups.view_for(
        interaction,
        sources,
        request,
        outcomes,
        words=shown.words,
        private=context.private,
        shareable=context.shareable,
        message_id=context.message_id,
    )
    followups = merged(followups, _message_actions(interaction, shown.words))
    with timed("render"):
        pages = render_pages(outcomes, shown.words)
        view = AnswerView(interaction, pages, outcomes, shown.words, timeout=shown.view_timeout)
    if not view.needed:
        view.stop()
        await send_embeds(interaction, pages[0], followups)
        return None
    view.adopt(followups)
    await send_embeds(interaction, pages[0], view)
    return view


def _message_actions(interaction: discord.Interaction, words: Words) -> discord.ui.View | None:
    """Jump to and delete the checked message, under a "Find source video" answer."""
    message_id = checked_message_id(interaction)
    if message_id is None or interaction.channel_id is None:
        return None
    return checked_message_view(interaction.guild_id, interaction.channel_id, message_id, words)


def merged(*views: discord.ui.View | None) -> discord.ui.View | None:
    """One persistent view holding every item of `views` (None when there is none)."""
    items = [item for view in views if view is not None for item in view.children]
    if not items:
        return None
    view = FriendlyView(timeout=None)
    for item in items:
        view.add_item(item)
    return view
