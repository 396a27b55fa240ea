"""Discord message links ("Copy Message Link"): reading one into its server, channel and message,
and writing one (`jump_url`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MESSAGE_LINK = re.compile(
    r"https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/"
    r"(?P<guild>\d{15,21})/(?P<channel>\d{15,21})/(?P<message>\d{15,21})/?"
)


@dataclass(frozen=True)
class MessageLink:
    guild_id: int
    channel_id: int
    message_id: int


def parse_message_link(text: str) -> MessageLink | None:
    """The message a link points at; None if `text` is not a message link."""
    found = _MESSAGE_LINK.fullmatch(text.strip().strip("<>"))
    if found is None:
        return None
    return MessageLink(int(found["guild"]), int(found["channel"]), int(found["message"]))


def jump_url(guild_id: int | None, channel_id: int, message_id: int) -> str:
    """The link that opens a message (`@me` for one outside a server)."""
    return f"https://discord.com/channels/{guild_id or '@me'}/{channel_id}/{message_id}"
