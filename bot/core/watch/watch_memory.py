"""A watched image and the server's image memory: what was posted here before, and remembering
this post (the member's message) for the next one. No API call."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.core.seen.fingerprint import Fingerprint
from bot.core.seen.memory import EarlierSighting, ImageMemory, Sighting
from bot.core.watch.watch_model import PostedMedia, WatchCheck
from bot.core.watch.watch_terms import ServerTerms


class WatchMemory:
    """Recalls and remembers the images of watched channels."""

    def __init__(self, memory: ImageMemory, *, clock: Callable[[], float] = time.time) -> None:
        self.memory = memory
        self.clock = clock

    async def recall_and_remember(
        self, check: WatchCheck, media: PostedMedia, terms: ServerTerms
    ) -> list[EarlierSighting]:
        """Earlier posts of this picture in the server (none when its memory is off); the post
        is remembered either way it turns out."""
        if not terms.image_memory:
            return []
        fingerprints = await self.memory.fingerprints(media.stills)
        message = check.message
        earlier = await self.memory.recall(
            message.guild_id,
            fingerprints,
            terms.seen_distance,
            exclude_message=message.message_id,
        )
        await self.memory.remember(self._sightings(check, fingerprints))
        return earlier

    def _sightings(self, check: WatchCheck, fingerprints: list[Fingerprint]) -> list[Sighting]:
        message, now = check.message, self.clock()
        return [
            Sighting(
                message.guild_id,
                message.channel_id,
                message.message_id,
                message.author_id,
                now,
                fingerprint,
                item=check.image.item,
                still=still,
            )
            for still, fingerprint in enumerate(fingerprints)
        ]
