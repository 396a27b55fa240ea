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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import discord

from bot.core import wording
from bot.core.evidence.verdict import Verdict, all_matches, verdict_for
from bot.core.evidence.verdict_wording import verdict_line, verdict_title
from bot.core.evidence.video_details import VideoDetail
from bot.core.images.image_check import CheckedImage, format_size
from bot.core.language import Text, Words
from bot.core.ports import ImageVariants
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome
from bot.core.seen import seen_wording
from bot.core.text import untrusted_inline
from bot.discord.embed_limits import fit_embeds
from bot.discord.embeds import match_field_name
from bot.discord.evidence_embeds import linked_title, match_link
from bot.discord.language import member_words
from bot.discord.modlog import send_to_modlog
from bot.discord.permissions import MANAGE_MESSAGES, MANAGE_SERVER, member_has
from bot.discord.replies import NO_MENTIONS

log = logging.getLogger(__name__)

TOP_MATCHES = 3
NAME_LIMIT = 60
TITLE_LIMIT = 80
COLOUR_RECORD = discord.Colour.dark_teal()
PICTURE = "evidence-1.jpg"


def _evidence_name(index: int, image: CheckedImage) -> str:
    return f"query-{index}.{image.format.extension}"


def _share(images: Sequence[CheckedImage], size_limit: int) -> int:
    """Bytes each image may take: all of the limit if the originals fit together, else an equal
    share each."""
    if sum(image.image_size for image in images) <= size_limit:
        return size_limit
    return size_limit // max(len(images), 1)


async def _evidence_file(
    index: int, image: CheckedImage, share: int, variants: ImageVariants | None
) -> discord.File | Text:
    """The image as a file, re-encoded smaller if needed; or the note saying why it is missing."""
    data = await asyncio.to_thread(image.original.read, 0, image.image_size)
    if len(data) <= share:
        return discord.File(io.BytesIO(data), filename=_evidence_name(index, image))
    smaller = await variants.reduced(data, share) if variants is not None else None
    if smaller is None:
        return Text("modlog-image-too-large", index=index, size=format_size(image.image_size))
    return discord.File(io.BytesIO(smaller), filename=f"query-{index}-reduced.jpg")


def _reduced_note(index: int, image: CheckedImage) -> Text:
    size = format_size(image.image_size)
    return Text("modlog-image-reduced", index=index, size=size, sha256=image.sha256)


async def evidence_files(
    outcomes: Sequence[QueryOutcome], size_limit: int, variants: ImageVariants | None
) -> tuple[list[discord.File], list[Text]]:
    """The searched images as files (the image's own bytes; re-encoded smaller only where
    Discord's upload limit for the whole message demands it), and a note for each change."""
    images = [(i, o.image) for i, o in enumerate(outcomes, start=1) if o.image is not None]
    share = _share([image for _, image in images], size_limit)
    files: list[discord.File] = []
    notes: list[Text] = []
    for index, image in images:
        made = await _evidence_file(index, image, share, variants)
        if isinstance(made, Text):
            notes.append(made)
            continue
        files.append(made)
        if made.filename.endswith("-reduced.jpg"):
            notes.append(_reduced_note(index, image))
    return files, notes


@dataclass(frozen=True)
class RecordEvidence:
    """What the answer learnt after the record was posted: the videos' pages, and the
    side-by-side picture (the file's name in the record)."""

    details: Mapping[str, VideoDetail] = field(default_factory=dict)
    picture: str | None = None


def _match_line(
    rank: int, match: VideoMatch, evidence: RecordEvidence, verdict: Verdict | None, words: Words
) -> str:
    title = untrusted_inline(match.title, TITLE_LIMIT) or words.say("answer-no-title")
    detail = evidence.details.get(match.video_no)
    title = linked_title(title, match, detail)
    facts = wording.detail_text(detail, earliest=False) if detail is not None else None
    heading = match_field_name(rank, match, verdict, words)
    line = f"{heading}: {title} {words.say(wording.moments_text(match.moments))}"
    return f"{line} · {wording.say(words, facts)}" if facts else line


def _outcome_value(outcome: QueryOutcome, evidence: RecordEvidence, words: Words) -> str:
    """The top matches, the likely original marked (added below them when it ranks lower), and
    whether the image was seen here before."""
    seen = wording.say(words, seen_wording.record_line(outcome.seen_before))
    if outcome.error is not None:
        lines = [words.say("modlog-not-searched", reason=outcome.error.said_in(words))]
    elif not outcome.matches:
        lines = [words.say(wording.summary_text(outcome))]
    else:
        lines = _top_lines(outcome, evidence, words)
    return "\n".join([*lines, seen] if seen else lines)


def _top_lines(outcome: QueryOutcome, evidence: RecordEvidence, words: Words) -> list[str]:
    verdict = verdict_for(outcome, evidence.details)
    shown = list(enumerate(outcome.matches[:TOP_MATCHES], 1))
    if verdict is not None and verdict.confident and verdict.rank > TOP_MATCHES:
        shown.append((verdict.rank, verdict.match))
    return [_match_line(rank, m, evidence, verdict, words) for rank, m in shown]


def _who_and_where(
    interaction: discord.Interaction, checked: discord.Message | None, words: Words
) -> str:
    user = interaction.user
    lines = [
        words.say("modlog-searched-by", user=user.mention, user_id=str(user.id)),
        words.say("modlog-when", at=str(int(interaction.created_at.timestamp()))),
    ]
    if checked is not None:
        author = checked.author
        lines.append(
            words.say(
                "modlog-message-checked",
                link=checked.jump_url,
                author=author.mention,
                author_id=str(author.id),
            )
        )
    elif interaction.channel_id is not None:
        lines.append(words.say("modlog-channel", channel=str(interaction.channel_id)))
    return "\n".join(lines)


def _verdict(
    outcomes: Sequence[QueryOutcome], evidence: RecordEvidence, words: Words
) -> tuple[str, str | None]:
    """The record's title and first line: the first image's verdict, as in the answer."""
    for outcome in outcomes:
        verdict = verdict_for(outcome, evidence.details)
        if verdict is not None:
            link = match_link(verdict.match, evidence.details.get(verdict.match.video_no))
            line = wording.say(words, verdict_line(verdict, link, len(all_matches(outcome))))
            return words.say(verdict_title(verdict)), line
    return words.say(wording.NO_MATCH), None


@dataclass(frozen=True)
class RecordOf:
    """What a record is about: the search, the message it checked (a menu search), the notes on
    its files, and the language it is written in (the server's)."""

    interaction: discord.Interaction
    outcomes: Sequence[QueryOutcome]
    checked: discord.Message | None
    words: Words
    notes: Sequence[Text] = ()


def search_record_embed(
    record: RecordOf, first_file: str | None = None, evidence: RecordEvidence | None = None
) -> discord.Embed:
    """The verdict first, then who searched what and when, and the top matches per image."""
    known, words = evidence or RecordEvidence(), record.words
    title, line = _verdict(record.outcomes, known, words)
    lines = [line] if line else []
    notes = [words.say(note) for note in record.notes]
    who = _who_and_where(record.interaction, record.checked, words)
    embed = discord.Embed(
        title=title,
        description="\n".join([*lines, who, *notes]),
        colour=COLOUR_RECORD,
        timestamp=record.interaction.created_at,
    )
    menu = record.checked is not None
    author = "command-find-source-video-name" if menu else "modlog-record-slash"
    embed.set_author(name=words.say(author))
    unnamed = words.say("answer-unnamed-image")
    for index, outcome in enumerate(record.outcomes, start=1):
        name = untrusted_inline(outcome.source.name, NAME_LIMIT) or unnamed
        value = _outcome_value(outcome, known, words)
        embed.add_field(name=f"{index}. {name}", value=value, inline=False)
    _pictures(embed, first_file, known.picture)
    return embed


def _pictures(embed: discord.Embed, posted: str | None, composite: str | None) -> None:
    """The side-by-side picture as the image once there is one (the posted image then becomes
    the thumbnail); until then the posted image."""
    if composite is not None:
        embed.set_image(url=f"attachment://{composite}")
        if posted is not None:
            embed.set_thumbnail(url=f"attachment://{posted}")
    elif posted is not None:
        embed.set_image(url=f"attachment://{posted}")


@dataclass
class ModLogRecord:
    """A record posted in the mod-log, completed once the answer's evidence is known
    (`complete_answer` calls its `evidence_complete`). Every edit re-renders the whole record from
    what it knows, so nothing an earlier edit added is ever lost."""

    about: RecordOf
    first_file: str | None
    message: discord.Message
    pictures_a_post: bool = True
    """The mod-log's picture names the searched image as someone's post, whoever searched it
    (in the record's language, `about.words`)."""

    async def evidence_complete(
        self, details: dict[str, VideoDetail], composites: dict[int, bytes]
    ) -> None:
        first = min(composites, default=None)
        files = [] if first is None else [discord.File(io.BytesIO(composites[first]), PICTURE)]
        evidence = RecordEvidence(details, PICTURE if files else None)
        embed = search_record_embed(self.about, self.first_file, evidence)
        try:
            self.message = await self.message.edit(
                embeds=fit_embeds([embed]),
                attachments=[*self._posted_files(), *files],
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as error:
            log.warning("could not complete the mod-log record with its evidence: %s", error)

    def _posted_files(self) -> list[discord.Attachment]:
        return [a for a in self.message.attachments if a.filename != PICTURE]


async def log_search(
    interaction: discord.Interaction,
    channel_id: int,
    outcomes: Sequence[QueryOutcome],
    checked: discord.Message | None = None,
    variants: ImageVariants | None = None,
    *,
    words: Words,
) -> ModLogRecord | None:
    """Post the record of a search to the mod-log channel; never raises. Call it while the
    images are still held (`answer_search`'s `after_answer`). Returns the posted record, to be
    completed with the evidence. `variants` makes the smaller copy of an image over Discord's
    upload limit (without it such an image is only named). `words`: the server's language."""
    guild = interaction.guild
    if guild is None:
        return None
    posted: ModLogRecord | None = None
    problem: Text | None = None
    try:
        files, notes = await evidence_files(outcomes, guild.filesize_limit, variants)
        about = RecordOf(interaction, outcomes, checked, words, notes)
        first = files[0].filename if files else None
        embeds = fit_embeds([search_record_embed(about, first)])
        message, problem = await send_to_modlog(guild, channel_id, embeds=embeds, files=files)
        if message is not None:
            posted = ModLogRecord(about, first, message)
    except Exception:  # the answer is already sent; a broken log must not turn it into an error
        log.exception("the mod-log record of a search could not be made")
        problem = Text("modlog-record-failed")
    if problem:
        await _tell_moderator(interaction, problem)
    return posted


def _is_moderator(interaction: discord.Interaction) -> bool:
    return member_has(interaction, MANAGE_SERVER) or member_has(interaction, MANAGE_MESSAGES)


async def _tell_moderator(interaction: discord.Interaction, problem: Text) -> None:
    if not _is_moderator(interaction):
        log.warning("mod-log record not posted in guild %s: %s", interaction.guild_id, problem)
        return
    note = member_words(interaction).say("modlog-not-recorded", problem=problem)
    try:
        await interaction.followup.send(note, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as error:
        log.warning("could not tell the moderator about the mod-log (%s): %s", error, problem)
