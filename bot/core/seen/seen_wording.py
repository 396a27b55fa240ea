"""What the image memory says: the "Seen here before" lines, the repost alert's line, and the
words of its settings and commands. Discord markup (`<t:…:R>`, `<@…>`, links) in plain strings."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import wording
from bot.core.seen.memory import EarlierSighting

HEADING = "Seen here before"
MIRRORED = "mirrored"
FORGOTTEN = "Forgotten: I no longer remember the images of that message ({count} kept)."
NOTHING_TO_FORGET = "I did not remember any image of that message; nothing was removed."
MEMORY_OFF = (
    "This server's image memory is off, so there is nothing to forget. Moderators can turn it "
    "on with `/findvideo-settings set image_memory:True`."
)
NOT_A_MESSAGE_LINK = (
    "That is not a link to a message of this server. Right-click the message → **Copy Message "
    "Link**, and give me that."
)
NEEDS_MANAGE_MESSAGES = "Only members with the **Manage Messages** permission can do that."


def closeness(earlier: EarlierSighting) -> str:
    """ "identical", or how similar as a percentage, and "mirrored" when it is the mirror image."""
    text = "identical" if earlier.identical else f"{wording.percent(earlier.similarity)} similar"
    return f"{text}, {MIRRORED}" if earlier.mirrored else text


def when(earlier: EarlierSighting) -> str:
    """Discord's relative time (`3 days ago`), in each reader's own language and time zone."""
    return f"<t:{int(earlier.sighting.posted_at)}:R>"


def earlier_line(earlier: EarlierSighting) -> str:
    """`[Posted](link) by @x in #memes, 3 days ago · 97% similar, mirrored`"""
    seen = earlier.sighting
    return (
        f"[Posted]({seen.jump_url}) by <@{seen.author_id}> in <#{seen.channel_id}>, "
        f"{when(earlier)} · {closeness(earlier)}"
    )


def seen_lines(earlier: Sequence[EarlierSighting]) -> list[str]:
    return [earlier_line(sighting) for sighting in earlier]


def repost_line(first: EarlierSighting) -> str:
    """The alert's line for a picture posted here before: where it was first posted."""
    seen = first.sighting
    return (
        f"Reposted: first posted [here]({seen.jump_url}) by <@{seen.author_id}>, {when(first)} "
        f"({closeness(first)})"
    )


def history_note(count: int) -> str:
    """The history's note on a search whose image had been posted before."""
    times = "once" if count == 1 else f"{count} times"
    return f"seen here before ({times})"
