"""The mod-log record of a search: evidence that does not expire.

Who searched, when (a Discord timestamp), a jump link to the message that was checked, the query
images re-uploaded as files (attachment links are signed and expire; a file in the mod-log channel
stays), and the top matches. Posting never breaks the search answer: it happens after the answer,
and a failure is told to the moderator who searched (or logged, for a member who is not one).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence

import discord

from bot.core import wording
from bot.core.images.image_check import CheckedImage, format_size
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.core.text import untrusted_inline
from bot.discord.embed_limits import fit_embeds
from bot.discord.modlog import post_to_modlog
from bot.discord.replies import NO_MENTIONS
from bot.media.evidence_image import shrink_to_fit_async

log = logging.getLogger(__name__)

TOP_MATCHES = 3
NAME_LIMIT = 60
TITLE_LIMIT = 80
COLOUR_RECORD = discord.Colour.dark_teal()


def _evidence_name(index: int, image: CheckedImage) -> str:
    return f"query-{index}.{image.format.extension}"


def _share(images: Sequence[CheckedImage], size_limit: int) -> int:
    """Bytes each image may take: all of the limit if the originals fit together, else an equal
    share each."""
    if sum(image.image_size for image in images) <= size_limit:
        return size_limit
    return size_limit // max(len(images), 1)


async def _evidence_file(index: int, image: CheckedImage, share: int) -> discord.File | str:
    """The image as a file, re-encoded smaller if needed; or the note saying why it is missing."""
    data = await asyncio.to_thread(image.original.read, 0, image.image_size)
    if len(data) <= share:
        return discord.File(io.BytesIO(data), filename=_evidence_name(index, image))
    smaller = await shrink_to_fit_async(data, share)
    if smaller is None:
        return f"Image {index} ({format_size(image.image_size)}) is too large to re-upload."
    return discord.File(io.BytesIO(smaller), filename=f"query-{index}-reduced.jpg")


def _reduced_note(index: int, image: CheckedImage) -> str:
    return (
        f"Image {index} ({format_size(image.image_size)}) is re-uploaded as a smaller JPEG "
        f"(Discord's upload limit); SHA-256 of the original: `{image.sha256}`"
    )


async def evidence_files(
    outcomes: Sequence[QueryOutcome], size_limit: int
) -> tuple[list[discord.File], list[str]]:
    """The searched images as files (the image's own bytes; re-encoded smaller only where
    Discord's upload limit for the whole message demands it), and a note for each change."""
    images = [(i, o.image) for i, o in enumerate(outcomes, start=1) if o.image is not None]
    share = _share([image for _, image in images], size_limit)
    files: list[discord.File] = []
    notes: list[str] = []
    for index, image in images:
        made = await _evidence_file(index, image, share)
        if isinstance(made, str):
            notes.append(made)
            continue
        files.append(made)
        if made.filename.endswith("-reduced.jpg"):
            notes.append(_reduced_note(index, image))
    return files, notes


def _match_line(rank: int, match: VideoMatch) -> str:
    title = untrusted_inline(match.title, TITLE_LIMIT) or "*(no title)*"
    return f"{wording.match_heading(rank, match)}: {title} {wording.moments_text(match.moments)}"


def _outcome_value(outcome: QueryOutcome) -> str:
    if outcome.error is not None:
        return f"Not searched: {outcome.error.user_message}"
    if not outcome.matches:
        return wording.summary_text(outcome)
    lines = [_match_line(rank, m) for rank, m in enumerate(outcome.matches[:TOP_MATCHES], 1)]
    return "\n".join(lines)


def _who_and_where(interaction: discord.Interaction, checked: discord.Message | None) -> str:
    when = int(interaction.created_at.timestamp())
    lines = [
        f"**Searched by** {interaction.user.mention} (`{interaction.user.id}`)",
        f"**When** <t:{when}:f> (<t:{when}:R>)",
    ]
    if checked is not None:
        lines.append(
            f"**Message checked** {checked.jump_url} by {checked.author.mention} "
            f"(`{checked.author.id}`)"
        )
    elif interaction.channel_id is not None:
        lines.append(f"**Channel** <#{interaction.channel_id}> (`/findvideo`)")
    return "\n".join(lines)


def search_record_embed(
    interaction: discord.Interaction,
    outcomes: Sequence[QueryOutcome],
    checked: discord.Message | None,
    notes: Sequence[str] = (),
    first_file: str | None = None,
) -> discord.Embed:
    """Who searched what, when, and what it matched (top matches per image)."""
    title = "Find source video" if checked is not None else "/findvideo search"
    embed = discord.Embed(
        title=title,
        description="\n".join([_who_and_where(interaction, checked), *notes]),
        colour=COLOUR_RECORD,
        timestamp=interaction.created_at,
    )
    for index, outcome in enumerate(outcomes, start=1):
        name = untrusted_inline(outcome.source.name, NAME_LIMIT) or "image"
        embed.add_field(name=f"{index}. {name}", value=_outcome_value(outcome), inline=False)
    if first_file is not None:
        embed.set_image(url=f"attachment://{first_file}")
    return embed


async def log_search(
    interaction: discord.Interaction,
    channel_id: int,
    outcomes: Sequence[QueryOutcome],
    checked: discord.Message | None = None,
) -> None:
    """Post the record of a search to the mod-log channel; never raises. Call it while the
    images are still held (`answer_search`'s `after_answer`)."""
    guild = interaction.guild
    if guild is None:
        return
    try:
        files, notes = await evidence_files(outcomes, guild.filesize_limit)
        first = files[0].filename if files else None
        record = search_record_embed(interaction, outcomes, checked, notes, first)
        embeds = fit_embeds([record])
        problem = await post_to_modlog(guild, channel_id, embeds=embeds, files=files)
    except Exception:  # the answer is already sent; a broken log must not turn it into an error
        log.exception("the mod-log record of a search could not be made")
        problem = "Something went wrong while writing the record; it has been logged."
    if problem:
        await _tell_moderator(interaction, problem)


def _is_moderator(interaction: discord.Interaction) -> bool:
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.manage_messages


async def _tell_moderator(interaction: discord.Interaction, problem: str) -> None:
    if not _is_moderator(interaction):
        log.warning("mod-log record not posted in guild %s: %s", interaction.guild_id, problem)
        return
    note = f"This search could not be recorded in the mod-log: {problem}"
    try:
        await interaction.followup.send(note, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as error:
        log.warning("could not tell the moderator about the mod-log (%s): %s", error, problem)
