"""The error every clip refusal is, and the sentence for a clip that cannot be read."""

from __future__ import annotations

from bot.core.errors import UserFacingError


class ClipUnreadable(UserFacingError):  # noqa: N818 - reads as an outcome, like ImageRejected
    """The clip could not be decoded, or is longer or larger than the bot accepts."""


UNREADABLE = (
    "I couldn't read that clip: it seems damaged or uses an encoding I can't decode. "
    "Try another copy, or send a screenshot of the frame you want to find."
)
