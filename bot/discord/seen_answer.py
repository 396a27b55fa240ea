"""The image memory in a search answer: recall before the answer is rendered, remember after.

Which message is remembered: the member's post for the message menu (`SearchContext.posted`),
the bot's own answer for /findvideo and its buttons. A private /findvideo answer is never
remembered (no one else could open it, and a private check should leave no trace others see),
but it still recalls. Nothing here costs an API call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import discord

from bot.core.images.image_check import CheckedImage
from bot.core.request import QueryOutcome
from bot.core.seen.fingerprint import Fingerprint
from bot.core.seen.memory import Sighting
from bot.discord.replies import ANSWER_KEY

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PostedIn:
    """The member's message whose images were checked (the menu's), as the memory keeps it."""

    channel_id: int
    message_id: int
    author_id: int
    posted_at: float

    @classmethod
    def of(cls, message: discord.Message) -> PostedIn:
        return cls(
            message.channel.id, message.id, message.author.id, message.created_at.timestamp()
        )


def _images(outcome: QueryOutcome) -> list[CheckedImage]:
    if outcome.clip is not None:
        return [frame.image for frame in outcome.clip.frames]
    return [outcome.image] if outcome.image is not None else []


class AnswerMemory:
    """What one answer recalls, and then remembers once it is sent."""

    def __init__(self, services: Services, interaction: discord.Interaction) -> None:
        self.services = services
        self.interaction = interaction
        self.fingerprints: list[list[Fingerprint]] = []

    async def recall(
        self, outcomes: Sequence[QueryOutcome], posted: PostedIn | None
    ) -> list[QueryOutcome]:
        """The outcomes with their earlier sightings in this server (none if its memory is off)."""
        guild_id = self.interaction.guild_id
        settings = await self.services.settings_for(guild_id)
        if guild_id is None or not settings.image_memory:
            return list(outcomes)
        exclude = posted.message_id if posted is not None else self._answer_message_id()
        recalled = []
        for outcome in outcomes:
            fingerprints = await self.services.image_memory.fingerprints(_images(outcome))
            self.fingerprints.append(fingerprints)
            earlier = await self.services.image_memory.recall(
                guild_id, fingerprints, settings.seen_distance, exclude_message=exclude
            )
            recalled.append(replace(outcome, seen_before=tuple(earlier)))
        return recalled

    def _answer_message_id(self) -> int | None:
        """A button re-running an answer: that answer is the message (never its own "before")."""
        message = self.interaction.message
        return message.id if message is not None else None

    async def remember(self, posted: PostedIn | None, *, private: bool) -> None:
        """Keep the fingerprints, with the message they belong to; errors are only logged (the
        answer is already on screen)."""
        if not self.fingerprints or (posted is None and private):
            return
        try:
            where = posted or await self._answer_posted()
            await self.services.image_memory.remember(self._sightings(where))
        except (discord.HTTPException, OSError) as error:
            log.warning("image memory: could not remember an answer's images: %s", error)

    async def _answer_posted(self) -> PostedIn:
        message = self.interaction.message or self.interaction.extras.get(ANSWER_KEY)
        if message is None:
            message = await self.interaction.original_response()
        return PostedIn(message.channel.id, message.id, self.interaction.user.id, time.time())

    def _sightings(self, where: PostedIn) -> list[Sighting]:
        guild_id = self.interaction.guild_id or 0
        return [
            Sighting(
                guild_id,
                where.channel_id,
                where.message_id,
                where.author_id,
                where.posted_at,
                fingerprint,
                item=item,
                still=still,
            )
            for item, fingerprints in enumerate(self.fingerprints)
            for still, fingerprint in enumerate(fingerprints)
        ]
