"""What the image memory says: the "Seen here before" lines (`Text`, said in the reader's
language), the repost alert's line, and the words of its settings and commands. Discord markup
(`<t:…:R>`, `<@…>`, links) goes in as plain strings: each reader's client shows it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import wording
from bot.core.language import Text
from bot.core.seen.memory import EarlierSighting

HEADING = Text("answer-seen-heading")
REPOSTED_TITLE = Text("answer-seen-reposted-title")
MEMORY_OFF = Text("error-memory-off")
NOT_A_MESSAGE_LINK = Text("error-not-a-message-link")
LOCAL_NEEDS_MEMORY = Text("error-local-watch-needs-memory")
NEEDS_MANAGE_MESSAGES = Text("error-forget-needs-manage-messages")


def closeness(earlier: EarlierSighting) -> Text:
    """ "identical", or how similar as a percentage, and "mirrored" when it is the mirror image."""
    if earlier.identical:
        text = Text("answer-seen-identical")
    else:
        text = Text("answer-seen-similar", score=wording.shown_score(earlier.similarity))
    return Text("answer-seen-mirrored", closeness=text) if earlier.mirrored else text


def when(earlier: EarlierSighting) -> str:
    """Discord's relative time (`3 days ago`), in each reader's own language and time zone."""
    return f"<t:{int(earlier.sighting.posted_at)}:R>"


def earlier_line(earlier: EarlierSighting) -> Text:
    """`[Posted](link) by @x in #memes, 3 days ago · 97% similar, mirrored`"""
    seen = earlier.sighting
    return Text(
        "answer-seen-line",
        link=seen.jump_url,
        author=f"<@{seen.author_id}>",
        channel=f"<#{seen.channel_id}>",
        when=when(earlier),
        closeness=closeness(earlier),
    )


def seen_lines(earlier: Sequence[EarlierSighting]) -> list[Text]:
    return [earlier_line(sighting) for sighting in earlier]


def repost_line(first: EarlierSighting) -> Text:
    """The alert's line for a picture posted here before: where it was first posted."""
    seen = first.sighting
    return Text(
        "answer-seen-repost-line",
        link=seen.jump_url,
        author=f"<@{seen.author_id}>",
        when=when(first),
        closeness=closeness(first),
    )


def record_line(earlier: Sequence[EarlierSighting]) -> Text | None:
    """The mod-log record's line: the closest earlier post, and how many more there were."""
    if not earlier:
        return None
    line = earlier_line(earlier[0])
    if len(earlier) > 1:
        return Text("answer-seen-record-more", line=line, more=len(earlier) - 1)
    return Text("answer-seen-record", line=line)


def forgotten_text(removed: int) -> Text:
    """What forgetting a message answers."""
    if removed == 0:
        return Text("answer-forgotten-none")
    return Text("answer-forgotten", count=removed)


def reply_text(first: EarlierSighting) -> Text:
    """The short reply to a poster whose picture was posted here before (sent without pings)."""
    return Text("answer-seen-reply", when=when(first), link=first.sighting.jump_url)
