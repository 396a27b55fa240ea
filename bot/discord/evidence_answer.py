"""Completing an answer already sent: the side-by-side picture, then the videos' links, creators
and dates, each edited in as it arrives.

It runs after the answer is on screen, so nothing here ever delays it, and nothing here may break
it: a failure is logged and the answer simply stays as it is.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import discord

from bot.core.evidence.evidence import EvidenceService
from bot.core.evidence.video_details import VideoDetail
from bot.core.request import QueryOutcome
from bot.discord.answer_pages import render_pages
from bot.discord.evidence_embeds import OutcomeEvidence
from bot.discord.paging import PagedView
from bot.discord.replies import NO_MENTIONS

log = logging.getLogger(__name__)

EVIDENCE_TIME_LIMIT = 600.0
"""Seconds the evidence may take in all (the interaction token lives 15 minutes)."""


def composite_name(index: int) -> str:
    return f"match-{index + 1}.jpg"


@dataclass
class _Progress:
    """What is known so far; each change is one edit of the answer."""

    outcomes: Sequence[QueryOutcome]
    pager: PagedView | None = None
    details: dict[str, VideoDetail] = field(default_factory=dict)
    image_urls: dict[int, str] = field(default_factory=dict)

    def evidence(self) -> list[OutcomeEvidence]:
        return [
            OutcomeEvidence(self.details, self.image_urls.get(index))
            for index in range(len(self.outcomes))
        ]


async def complete_answer(
    interaction: discord.Interaction,
    outcomes: Sequence[QueryOutcome],
    evidence: EvidenceService,
    pager: PagedView | None = None,
) -> None:
    """Edit evidence into the answer as it arrives; never raises (the answer stays as it is).

    With `pager`, every page gets the evidence and the page on screen is the one edited."""
    progress = _Progress(outcomes, pager)
    try:
        async with asyncio.timeout(EVIDENCE_TIME_LIMIT):
            await _add_composites(interaction, progress, evidence)
            await _add_details(interaction, progress, evidence)
    except (TimeoutError, discord.HTTPException) as error:
        log.warning("could not complete an answer with its evidence: %r", error)
    except Exception:
        log.exception("completing an answer with its evidence failed")


async def _add_composites(
    interaction: discord.Interaction, progress: _Progress, evidence: EvidenceService
) -> None:
    files: list[discord.File] = []
    for index, outcome in enumerate(progress.outcomes):
        composite = await evidence.composite(outcome)
        if composite is not None:
            name = composite_name(index)
            files.append(discord.File(io.BytesIO(composite.jpeg), filename=name))
            progress.image_urls[index] = f"attachment://{name}"
    if not files:
        return
    message = await _edit(interaction, progress, attachments=files)
    uploaded = {attachment.filename: attachment.url for attachment in message.attachments}
    for index, url in list(progress.image_urls.items()):
        progress.image_urls[index] = uploaded.get(composite_name(index), url)


async def _add_details(
    interaction: discord.Interaction, progress: _Progress, evidence: EvidenceService
) -> None:
    matches = [match for outcome in progress.outcomes for match in outcome.matches]
    stored, missing = await evidence.stored_details(matches)
    if stored:
        progress.details.update(stored)
        await _edit(interaction, progress)
    async for detail in evidence.fetch_details(missing):
        progress.details[detail.video_no] = detail
        await _edit(interaction, progress)


def _current_page(progress: _Progress) -> list[discord.Embed]:
    """The page on screen, with the evidence so far; the pager's other pages get it too."""
    pages = render_pages(progress.outcomes, progress.evidence())
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
