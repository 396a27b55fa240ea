"""Watched channels: what a watch is, what a check looks at, and why a check was skipped.

Plain data shared by the watch service, the store and the Discord renderers.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass

from bot.core.evidence.clips import LoadedClip
from bot.core.images.image_check import CheckedImage
from bot.core.language import Text
from bot.core.ranking import VideoMatch
from bot.core.scope import SearchScope
from bot.core.seen.memory import EarlierSighting
from bot.core.sources import ImageSource

DEFAULT_WATCH_MIN_MATCH = 90
"""Automatic checks must be surer than a manual search (whose default is 85)."""


class WatchAction(enum.StrEnum):
    """What happens besides the mod-log alert when a watched image matches a video."""

    LOG = "log"
    REACT = "react"
    REPLY = "reply"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    WatchAction.LOG: "mod-log alert only",
    WatchAction.REACT: "mod-log alert and a reaction on the message",
    WatchAction.REPLY: "mod-log alert and a reply naming the source",
}


class AlertVerdict(enum.StrEnum):
    """How an alert was closed."""

    NOT_A_REPOST = "not a repost"
    DELETED = "deleted"
    CONFIRMED = "confirmed"
    GONE = "gone"
    """The message was deleted outside the bot (by its author, or another moderator)."""

    @property
    def removes_reply(self) -> bool:
        """Whether the bot's public reply under the message goes (it was wrong, or is orphaned)."""
        return self is not AlertVerdict.CONFIRMED


class SkipReason(enum.StrEnum):
    """Why an image of a watched channel was not searched (no API call was made)."""

    AUTOMATED = "bot or webhook message"
    TOO_SMALL = "image too small"
    ALREADY_SEEN = "already seen"
    DELETED = "message deleted"
    BUDGET = "watch budget spent"
    QUEUE_FULL = "queue full"
    UNSEARCHABLE = "not a searchable image"
    TOO_SLOW = "took too long to load"


@dataclass(frozen=True)
class Watch:
    """One watched channel of one server, with its options."""

    guild_id: int
    channel_id: int
    scope: SearchScope
    min_match: int = DEFAULT_WATCH_MIN_MATCH
    action: WatchAction = WatchAction.LOG
    confirm_replies: bool = False
    """A `reply` watch's public reply waits for a moderator's "Confirm" (new watches do)."""
    try_mirrored: bool = False
    """Search the image mirrored too when it matched nothing (twice the cost for those images)."""
    local_only: bool = False
    """Compare with the server's image memory only: no API call at all (a free repost guard)."""

    @property
    def holds_replies(self) -> bool:
        """A `reply` watch whose public reply waits for a moderator's "Confirm"."""
        return self.action is WatchAction.REPLY and self.confirm_replies


@dataclass(frozen=True)
class PostedMessage:
    """A message posted in a server, as the watch sees it (no Discord objects)."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    automated: bool
    """Sent by a bot or a webhook: never checked."""
    jump_url: str
    caption: str = ""
    """The message's text, as the poster wrote it (untrusted)."""


@dataclass(frozen=True)
class PostedImage:
    """One image of a posted message, with the size Discord declared for it (if any)."""

    source: ImageSource
    width: int | None = None
    height: int | None = None
    item: int = 0
    """Which image of the message it is (0: the first), as the image memory keeps it."""


@dataclass(frozen=True)
class WatchCheck:
    """One image waiting in the queue to be checked against the watch's platforms."""

    watch: Watch
    message: PostedMessage
    image: PostedImage


@dataclass(frozen=True)
class PostedMedia:
    """What one attachment turned out to be: an image, or the stills of a GIF or video clip."""

    stills: tuple[CheckedImage, ...]
    digest: str
    """Names the attachment for "seen" and "not a repost": an image's SHA-256, or a digest of
    its stills' for a clip."""

    @classmethod
    def of(cls, media: CheckedImage | LoadedClip) -> PostedMedia:
        if isinstance(media, CheckedImage):
            return cls((media,), media.sha256)
        stills = tuple(frame.image for frame in media.frames)
        joined = "clip:" + ",".join(still.sha256 for still in stills)
        return cls(stills, hashlib.sha256(joined.encode()).hexdigest())

    def release(self) -> None:
        for still in self.stills:
            still.release()


@dataclass(frozen=True)
class RepostAlert:
    """A watched image (or a still of a clip) that matched a video at or above the threshold."""

    check: WatchCheck
    image: CheckedImage
    match: VideoMatch | None
    """The video it matched; None for a picture only posted here before (`seen_before`)."""
    digest: str
    """The posted attachment's digest (`PostedMedia.digest`), what "not a repost" marks."""
    searched: Text | None = None
    """Which version of the image matched, when not the image as posted ("mirrored")."""
    seen_before: tuple[EarlierSighting, ...] = ()
    """Earlier posts of the picture in this server (the image memory), closest first."""

    @property
    def video_key(self) -> str:
        """The video, named the same way whatever library it is in (for false positives); for a
        picture posted here before, its first earlier post."""
        if self.match is None:
            return seen_key(self.seen_before[0].sighting.message_id)
        return video_key(self.match)


SEEN_PREFIX = "seen:"


def seen_key(message_id: int) -> str:
    """What "not a repost" marks for a picture posted before in the message `message_id`."""
    return f"{SEEN_PREFIX}{message_id}"


ANY_IMAGE = ""
"""The digest of a "not a repost" mark that holds for every copy of a picture (seen_key)."""


def video_key(match: VideoMatch) -> str:
    return f"{match.library.value}:{match.video_no}"


def is_too_small(width: int | None, height: int | None, minimum: tuple[int, int]) -> bool:
    """Smaller than `minimum` in either direction; an unknown size is not too small (yet)."""
    if width is None or height is None:
        return False
    return width < minimum[0] or height < minimum[1]


@dataclass(frozen=True)
class StoredAlert:
    """An alert as kept for its buttons: which message, which image and which video."""

    alert_id: int
    guild_id: int
    channel_id: int
    message_id: int
    sha256: str
    video_key: str
    author_id: int | None = None
    alert_channel_id: int | None = None
    alert_message_id: int | None = None
    reply_message_id: int | None = None
    held_reply: str | None = None
    """The public reply waiting for a moderator's confirmation."""
    verdict: str | None = None


def not_a_repost_marks(alert: StoredAlert) -> list[tuple[str, str]]:
    """The (digest, key) pairs "Not a repost" marks: this image with this video (or earlier
    post), and every copy of the alerted post, so a moderator's verdict also quiets the
    server's memory for that picture."""
    marks = [(alert.sha256, alert.video_key), (ANY_IMAGE, seen_key(alert.message_id))]
    if alert.video_key.startswith(SEEN_PREFIX):
        marks.append((ANY_IMAGE, alert.video_key))
    return marks
