"""The error every clip refusal is, and the sentence for a clip that cannot be read."""

from __future__ import annotations

from bot.core.errors import UserFacingError
from bot.core.language import Text


class ClipUnreadable(UserFacingError):  # noqa: N818 - reads as an outcome, like ImageRejected
    """The clip could not be decoded, or is longer or larger than the bot accepts."""


UNREADABLE = Text("error-clip-unreadable")
