"""What the image memory says: the "Seen here before" lines, the repost alert's line, and the
words of its settings and commands. Discord markup (`<t:…:R>`, `<@…>`, links) in plain strings."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import wording
from bot.core.seen.memory import EarlierSighting

HEADING = "Seen here before"
REPOSTED_TITLE = "Reposted: posted in this server before"
MIRRORED = "mirrored"
MEMORY_OFF = (
    "This server's image memory is off, so there is nothing to forget. Moderators can turn it "
    "on with `/findvideo-settings set image_memory:True`."
)
NOT_A_MESSAGE_LINK = (
    "That is not a link to a message of this server. Right-click the message → **Copy Message "
    "Link**, and give me that."
)
LOCAL_NEEDS_MEMORY = (
    "A local-only watch compares new images with the ones posted here before, but this "
    "server's image memory is off. Turn it on with `/findvideo-settings set image_memory:True` "
    "first."
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


def record_line(earlier: Sequence[EarlierSighting]) -> str | None:
    """The mod-log record's line: the closest earlier post, and how many more there were."""
    if not earlier:
        return None
    more = f" (+{len(earlier) - 1} more)" if len(earlier) > 1 else ""
    return f"{HEADING}: {earlier_line(earlier[0])}{more}"


def forgotten_text(removed: int) -> str:
    """What forgetting a message answers."""
    if removed == 0:
        return "I did not remember any image of that message; nothing was removed."
    images = "image" if removed == 1 else "images"
    return f"Forgotten: I no longer remember that message's {removed} {images}."


def reply_text(first: EarlierSighting) -> str:
    """The short reply to a poster whose picture was posted here before (sent without pings)."""
    return f"This picture was already posted here {when(first)}: {first.sighting.jump_url}"


def history_note(count: int) -> str:
    """The history's note on a search whose image had been posted before."""
    times = "once" if count == 1 else f"{count} times"
    return f"seen here before ({times})"
