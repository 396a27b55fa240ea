"""What the watch service needs from the world: the watch list, memory of images and verdicts,
and somewhere to send alerts. `bot.store.watch_store` and `bot.discord.watch.watch_alerts`
implement them: one adapter each, kept as ports so the core imports no adapter. A server's terms
(settings, budget left) are `bot.core.watch.watch_terms.WatchTerms`, a core class.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from bot.core.ranking import VideoMatch
from bot.core.watch.watch_model import AlertVerdict, RepostAlert, StoredAlert, Watch


class WatchList(Protocol):
    """The watched channels of every server (kept between runs)."""

    async def watch_of(self, guild_id: int, channel_id: int) -> Watch | None: ...

    async def watches_of(self, guild_id: int) -> list[Watch]: ...

    async def add(self, watch: Watch) -> None:
        """Watch a channel, or replace the options of a channel already watched."""

    async def remove(self, guild_id: int, channel_id: int) -> bool:
        """Stop watching; False if the channel was not watched."""


class SeenImages(Protocol):
    """What a server's watch found for the images (by SHA-256) it already searched.

    A repeat costs no API call: its earlier matches are reused (a known repost still alerts,
    unless moderators marked it "not a repost"); a repeat that matched nothing is skipped.
    """

    async def matches_of(self, guild_id: int, sha256: str, watch: Watch) -> list[VideoMatch] | None:
        """The matches found for this image with this watch's platform and threshold; None if it
        was never searched so."""

    async def remember(
        self, guild_id: int, sha256: str, watch: Watch, matches: Sequence[VideoMatch]
    ) -> None: ...


class FalsePositives(Protocol):
    """(image, video) pairs moderators marked "not a repost": they never alert again."""

    async def mark(self, guild_id: int, sha256: str, video_key: str) -> None: ...

    async def is_marked(self, guild_id: int, sha256: str, video_key: str) -> bool: ...


class AlertSink(Protocol):
    """Where a repost alert goes (the server's mod-log, plus the watch's action)."""

    async def send(self, alert: RepostAlert) -> None: ...


class AlertLog(Protocol):
    """Alerts kept for their buttons, which must work after a restart."""

    async def record(self, alert: RepostAlert) -> int:
        """Keep the alert; returns its id (for the buttons' custom ids)."""

    async def alert(self, alert_id: int) -> StoredAlert | None: ...

    async def alert_on(self, guild_id: int, channel_id: int, message_id: int) -> StoredAlert | None:
        """The alert about that watched message in that server, if there is one."""

    async def note_posted(self, alert_id: int, channel_id: int, message_id: int) -> None:
        """Where the alert itself was posted (so it can be closed later)."""

    async def note_reply(
        self, alert_id: int, reply_message_id: int | None, held: str | None
    ) -> None:
        """The bot's public reply: posted (its id), or held for confirmation (its text)."""

    async def close(self, alert_id: int, verdict: AlertVerdict | None) -> None:
        """Record the verdict (None: open again)."""

    async def open_alerts_on(self, channel_id: int, message_id: int) -> list[StoredAlert]:
        """The alerts not yet closed about a watched message (any server: ids are unique)."""

    async def alerts_this_week(self, guild_id: int, author_id: int, now: float) -> int:
        """How many alerts this member's posts caused in the 7 days before `now`."""

    async def alerts_per_day(
        self, guild_id: int, *, author_id: int | None = None, since: date
    ) -> dict[date, int]:
        """Alerts per UTC day from `since` on (about one member's posts, if given)."""
