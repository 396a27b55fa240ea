"""Completing an answer already sent: the stored videos' links, creators and dates with the
side-by-side picture in one edit, then the details still to be fetched, each edited in as it
arrives (and the picture again if they change the verdict).

Details are looked up for every match of the search (the shown page first, then the strong
matches the verdict is chosen from, then the rest), so every page carries its evidence and the
verdict is the whole search's. The picture is the verdict's (labelled with its rank): when the
dates name another match as the likely original, the picture follows it (when that match has no
keyframe, the closest match that has one stays pictured). When all is known, a `listener` (the
mod-log record) gets the same evidence.

It runs after the answer is on screen, so nothing here ever delays it, and nothing here may break
it: a failure is logged and the answer simply stays as it is.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import discord

from bot.core.evidence.evidence import EvidenceService, PictureNames
from bot.core.evidence.verdict import all_matches, strong_matches, verdict_for
from bot.core.evidence.video_details import VideoDetail
from bot.core.language import Words
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.discord.answer_pages import render_pages
from bot.discord.evidence_embeds import OutcomeEvidence
from bot.discord.paging import PagedView
from bot.discord.replies import NO_MENTIONS
from bot.discord.search_log import ModLogRecord

log = logging.getLogger(__name__)

EVIDENCE_TIME_LIMIT = 600.0
"""Seconds the evidence may take in all (the interaction token lives 15 minutes)."""
DETAILS_PER_IMAGE = 20
"""At most this many matches of one image get their page looked up (two full pages)."""


def composite_name(index: int) -> str:
    return f"match-{index + 1}.jpg"


@dataclass
class _Progress:
    """What is known so far; each change is one edit of the answer."""

    outcomes: Sequence[QueryOutcome]
    words: Words
    pager: PagedView | None = None
    posted: bool = False
    """The picture names the searched image as someone's post, not as the reader's own."""
    details: dict[str, VideoDetail] = field(default_factory=dict)
    image_urls: dict[int, str] = field(default_factory=dict)
    composites: dict[int, bytes] = field(default_factory=dict)
    pictured: dict[int, tuple[VideoMatch, int]] = field(default_factory=dict)
    """The match each image's picture shows, and its rank."""

    def evidence(self) -> list[OutcomeEvidence]:
        return [
            OutcomeEvidence(self.details, self.image_urls.get(index))
            for index in range(len(self.outcomes))
        ]

    def pictured_match(self, index: int) -> tuple[VideoMatch, int] | None:
        """The match to picture and its rank: the verdict's if it has a keyframe, else the
        closest match that has one."""
        outcome = self.outcomes[index]
        verdict = verdict_for(outcome, self.details)
        if verdict is None:
            return None
        if verdict.match.keyframe is not None:
            return verdict.match, verdict.rank
        framed = [(m, r) for r, m in enumerate(all_matches(outcome), 1) if m.keyframe is not None]
        return framed[0] if framed else None


async def complete_answer(
    interaction: discord.Interaction,
    outcomes: Sequence[QueryOutcome],
    evidence: EvidenceService,
    pager: PagedView | None = None,
    *,
    words: Words,
    posted: bool = False,
    listener: ModLogRecord | None = None,
) -> None:
    """Edit evidence into the answer as it arrives; never raises (the answer stays as it is).

    With `pager`, every page gets the evidence and the page on screen is the one edited; `words`:
    the answer's (the pages are rendered again in them); `posted`: the picture names the searched
    image as someone's post."""
    progress = _Progress(outcomes, words, pager, posted)
    try:
        async with asyncio.timeout(EVIDENCE_TIME_LIMIT):
            missing = await _stored_details(progress, evidence)
            if await _new_composites(progress, evidence):
                await _edit_with_composites(interaction, progress)
            elif progress.details:
                await _edit(interaction, progress)
            await _fetched_details(interaction, progress, evidence, missing)
            await _add_composites(interaction, progress, evidence)
    except (TimeoutError, discord.HTTPException) as error:
        log.warning("could not complete an answer with its evidence: %r", error)
    except Exception:
        log.exception("completing an answer with its evidence failed")
    if listener is not None:
        names = PictureNames(listener.about.words, posted=listener.pictures_a_post)
        composites = await _listener_pictures(progress, evidence, names)
        await listener.evidence_complete(progress.details, composites)


async def _picture(
    evidence: EvidenceService,
    outcome: QueryOutcome,
    pictured: tuple[VideoMatch, int],
    names: PictureNames,
) -> bytes | None:
    match, rank = pictured
    composite = await evidence.composite(outcome, match, names=replace(names, rank=rank))
    return composite.jpeg if composite is not None else None


async def _listener_pictures(
    progress: _Progress, evidence: EvidenceService, names: PictureNames
) -> dict[int, bytes]:
    """The first image's picture as the listener names it (the mod-log: someone's post, in the
    server's language): the answer's own when the labels agree, else drawn once more (its
    keyframe is kept: no API call); the answer's when that fails."""
    first = min(progress.composites, default=None)
    same = (names.posted, names.words.language) == (progress.posted, progress.words.language)
    if first is None or same:
        return progress.composites
    try:
        relabelled = await _picture(
            evidence, progress.outcomes[first], progress.pictured[first], names
        )
    except Exception:
        log.exception("the record's picture could not be drawn")
        relabelled = None
    return {first: relabelled} if relabelled is not None else progress.composites


async def _new_composites(progress: _Progress, evidence: EvidenceService) -> bool:
    """Make the picture of each image whose verdict is not the one pictured; True if any."""
    changed = False
    for index, outcome in enumerate(progress.outcomes):
        pictured = progress.pictured_match(index)
        shown = progress.pictured.get(index)
        if pictured is None or (shown is not None and shown[0].video_no == pictured[0].video_no):
            continue
        names = PictureNames(progress.words, posted=progress.posted)
        composite = await _picture(evidence, outcome, pictured, names)
        if composite is not None:
            progress.composites[index] = composite
            progress.pictured[index] = pictured
            progress.image_urls[index] = f"attachment://{composite_name(index)}"
            changed = True
    return changed


async def _add_composites(
    interaction: discord.Interaction, progress: _Progress, evidence: EvidenceService
) -> None:
    if await _new_composites(progress, evidence):
        await _edit_with_composites(interaction, progress)


async def _edit_with_composites(interaction: discord.Interaction, progress: _Progress) -> None:
    """One edit with everything known and the pictures attached; then they are referred to by
    their attachment URLs."""
    files = [
        discord.File(io.BytesIO(jpeg), filename=composite_name(index))
        for index, jpeg in progress.composites.items()
    ]
    message = await _edit(interaction, progress, attachments=files)
    uploaded = {attachment.filename: attachment.url for attachment in message.attachments}
    for index in progress.composites:
        progress.image_urls[index] = uploaded.get(composite_name(index), progress.image_urls[index])


def detail_order(outcome: QueryOutcome) -> list[VideoMatch]:
    """The matches whose pages are looked up, in order: the first page, the strong ones (the
    verdict's candidates), then the rest; at most `DETAILS_PER_IMAGE`."""
    unique: dict[str, VideoMatch] = {}
    for match in [*outcome.matches, *strong_matches(outcome), *all_matches(outcome)]:
        unique.setdefault(match.video_no, match)
    return list(unique.values())[:DETAILS_PER_IMAGE]


async def _stored_details(progress: _Progress, evidence: EvidenceService) -> list[str]:
    """Put the details already stored in `progress`; the video numbers still to fetch."""
    matches = [match for outcome in progress.outcomes for match in detail_order(outcome)]
    stored, missing = await evidence.stored_details(matches)
    progress.details.update(stored)
    return missing


async def _fetched_details(
    interaction: discord.Interaction,
    progress: _Progress,
    evidence: EvidenceService,
    missing: list[str],
) -> None:
    async for detail in evidence.fetch_details(missing):
        progress.details[detail.video_no] = detail
        await _edit(interaction, progress)


def _current_page(progress: _Progress) -> list[discord.Embed]:
    """The page on screen, with the evidence so far; the pager's other pages get it too."""
    pages = render_pages(progress.outcomes, progress.words, progress.evidence())
    if progress.pager is None:
        return pages[0]
    progress.pager.pages = pages
    return pages[min(progress.pager.page, len(pages) - 1)]


async def _edit(
    interaction: discord.Interaction,
    progress: _Progress,
    attachments: list[discord.File] | None = None,
) -> discord.InteractionMessage:
    embeds = _current_page(progress)
    if attachments is None:
        return await interaction.edit_original_response(embeds=embeds, allowed_mentions=NO_MENTIONS)
    return await interaction.edit_original_response(
        embeds=embeds, attachments=attachments, allowed_mentions=NO_MENTIONS
    )
