"""A server's memory of the images it checked, and what it recalls for a new one.

Each image (or each still of a clip) checked in a server becomes a `Sighting`: its fingerprint
and the message a moderator would open. A new image recalls the earlier sightings within the
server's distance, its own or its mirror image's, never another server's and never its own
message's. Only hashes are kept, never pixels.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.images.image_check import CheckedImage
from bot.core.seen.bands import hamming
from bot.core.seen.fingerprint import BITS, Fingerprint, fingerprint_in_thread
from bot.core.seen.message_links import jump_url

SHOWN = 3
"""Earlier occurrences shown under an answer."""
DEFAULT_DISTANCE = 7
"""Bits (of 64) two hashes may differ by and still be the same picture; chosen from the figures
of `benchmarks/bench_seen.py` (no false positive among same-style pictures, every resized,
re-encoded or mirrored copy found)."""
DEFAULT_KEEP_DAYS = 90
DAY_SECONDS = 86400.0


@dataclass(frozen=True)
class Sighting:
    """One image seen in a server: where (the message to open), who posted it, when."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    posted_at: float
    """Unix seconds."""
    fingerprint: Fingerprint
    item: int = 0
    """Which image of the message (0: the first)."""
    still: int = 0
    """Which still of a clip (0: the first, or an image)."""

    @property
    def jump_url(self) -> str:
        return jump_url(self.guild_id, self.channel_id, self.message_id)


@dataclass(frozen=True)
class EarlierSighting:
    """An earlier sighting close to a new image: how many bits apart, and whether it is the new
    image's mirror image."""

    sighting: Sighting
    distance: int
    mirrored: bool

    @property
    def similarity(self) -> float:
        return 1 - self.distance / BITS

    @property
    def identical(self) -> bool:
        return self.distance == 0


class SightingStore(Protocol):
    """Where sightings are kept (`bot.store.image_memory`); look-ups never scan."""

    async def add(self, sightings: Sequence[Sighting]) -> None:
        """Keep them (a sighting already kept, same message, image and still, is left as is)."""

    async def near(self, guild_id: int, value: int, distance: int) -> list[Sighting]:
        """The server's sightings whose hash is within `distance` bits of `value`."""

    async def forget_message(self, guild_id: int, message_id: int) -> int:
        """Remove a message's sightings; returns how many there were."""

    async def forget_server(self, guild_id: int) -> int: ...

    async def purge_expired(self, now: float, default_days: int) -> int:
        """Remove sightings older than their server's `memory_days` (`default_days` where the
        server set none), `now` being Unix seconds; returns how many."""


Hasher = Callable[[CheckedImage], Awaitable[Fingerprint | None]]
"""Fingerprints a checked image off the event loop; None if it cannot be decoded after all."""


class ImageMemory:
    """Hashes, remembers and recalls sightings; one instance per process."""

    def __init__(
        self,
        store: SightingStore,
        *,
        hasher: Hasher = fingerprint_in_thread,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.hasher = hasher
        self.clock = clock

    async def fingerprints(self, images: Sequence[CheckedImage]) -> list[Fingerprint]:
        """The fingerprints of `images` (an image, or a clip's stills) that could be hashed."""
        found = [await self.hasher(image) for image in images]
        return [fingerprint for fingerprint in found if fingerprint is not None]

    async def recall(
        self,
        guild_id: int,
        fingerprints: Sequence[Fingerprint],
        distance: int,
        *,
        exclude_message: int | None = None,
    ) -> list[EarlierSighting]:
        """Up to `SHOWN` earlier messages holding a picture within `distance` of any of
        `fingerprints` (or of its mirror image), closest first, then oldest first."""
        found: list[EarlierSighting] = []
        for fingerprint in fingerprints:
            for value, mirrored in ((fingerprint.hash, False), (fingerprint.mirrored, True)):
                near = await self.store.near(guild_id, value, distance)
                found.extend(_earlier(near, value, mirrored, exclude_message))
        return _best_per_message(found)[:SHOWN]

    async def remember(self, sightings: Sequence[Sighting]) -> None:
        if sightings:
            await self.store.add(sightings)


def _earlier(
    near: Iterable[Sighting], value: int, mirrored: bool, exclude_message: int | None
) -> list[EarlierSighting]:
    return [
        EarlierSighting(sighting, hamming(sighting.fingerprint.hash, value), mirrored)
        for sighting in near
        if sighting.message_id != exclude_message
    ]


def _best_per_message(found: Iterable[EarlierSighting]) -> list[EarlierSighting]:
    """The closest sighting of each message; a tie prefers the unmirrored match."""
    ranked = sorted(found, key=lambda e: (e.distance, e.mirrored, e.sighting.posted_at))
    best: dict[int, EarlierSighting] = {}
    for earlier in ranked:
        best.setdefault(earlier.sighting.message_id, earlier)
    return list(best.values())
