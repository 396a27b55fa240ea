"""What the watch says: alerts, replies to posters, the watch list and refusals.

Every sentence is a `Text` (the catalogue's `watch-…` messages): the alert and the public reply
are said in the server's language, the list and the refusals in the moderator's.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.language import Text
from bot.core.language.choices import choice_text, permission_names
from bot.core.ranking import VideoMatch
from bot.core.scope import Library
from bot.core.text import untrusted_inline
from bot.core.timestamps import format_span
from bot.core.watch.watch_model import AlertVerdict, SkipReason, Watch, WatchAction
from bot.core.watch.watch_tally import ChannelCounts
from bot.core.wording import whole_percent_shown

TITLE_LIMIT = 200
REPLY_TITLE_LIMIT = 120
MOMENTS_SHOWN = 3
REACTION = "\N{CLOCKWISE RIGHTWARDS AND LEFTWARDS OPEN CIRCLE ARROWS}"
"""The repeat arrow (🔁) a `react` watch puts on a matching message."""

WATCH_DISABLED = Text("watch-disabled")
INTENT_MISSING = Text("watch-intent-missing")
NEEDS_MANAGE_SERVER = Text("watch-needs-manage-server")
NEEDS_MANAGE_MESSAGES = Text("watch-needs-manage-messages")
NO_MODLOG = Text("watch-no-modlog")
REPLY_HELD = Text("watch-reply-held")
"""The alert's line saying its public reply waits for a moderator's Confirm."""


def platform(library: Library) -> Text | str:
    """A library's name: a platform's own, or the server's library in the reader's words."""
    return Text("watch-server-library") if library is Library.PRIVATE else library.label


def moments(match: VideoMatch) -> Text:
    """`at 0:12–0:19, 1:03 (+2 more)`; times in video order."""
    spans = ", ".join(format_span(m.start, m.end) for m in match.moments[:MOMENTS_SHOWN])
    return Text("watch-moments", spans=spans, more=max(len(match.moments) - MOMENTS_SHOWN, 0))


def match_line(match: VideoMatch) -> Text:
    """`**93%** on TikTok: *title* · at 0:12–0:19`"""
    title = untrusted_inline(match.title, TITLE_LIMIT) or Text("watch-no-title")
    score = whole_percent_shown(match.score)
    where = platform(match.library)
    return Text("watch-match", score=score, platform=where, title=title, moments=moments(match))


def reply_text(match: VideoMatch, link: str | None) -> Text:
    """The short reply to a poster whose image matched (no mention: it is sent without pings)."""
    title = untrusted_inline(match.title, REPLY_TITLE_LIMIT) or Text("watch-a-video")
    where = f"<{link}>" if link else f"`{match.video_no[:80]}`"
    score, on = whole_percent_shown(match.score), platform(match.library)
    return Text("watch-reply", platform=on, score=score, title=title, link=where)


def watch_options(watch: Watch) -> Text:
    """`TikTok · at least 90% · mod-log alert and a reply naming the source`, said once."""
    action = choice_text(watch.action.label)
    if watch.local_only:
        return Text("watch-options-local", action=action)
    return Text(
        "watch-options",
        scope=choice_text(watch.scope.label),
        min_match=watch.min_match,
        action=action,
        held=_yes(watch.holds_replies),
        mirrored=_yes(watch.try_mirrored),
    )


def _yes(value: bool) -> str:
    """A flag for a message's selector (`[yes]` / `*[no]`)."""
    return "yes" if value else "no"


CAPTION_LIMIT = 200


def caption_line(caption: str) -> Text | None:
    """The poster's words, escaped and cut (None for an image posted without text)."""
    text = untrusted_inline(caption, CAPTION_LIMIT)
    return Text("watch-caption", caption=text) if text else None


def repeat_line(count: int) -> Text | None:
    """How often this member's posts alerted this week (nothing for the first time)."""
    return Text("watch-repeats", count=count) if count >= 2 else None


def verdict_line(verdict: AlertVerdict, moderator_id: int | None, when: int) -> Text:
    """`✅ **Not a repost**, by @mod on <t:…:f>` (a deletion outside the bot names nobody)."""
    mark, at = verdict_mark(verdict), str(when)
    if moderator_id is None:
        line = Text("watch-closed", verdict=mark, when=at)
    else:
        line = Text("watch-closed-by", verdict=mark, moderator=f"<@{moderator_id}>", when=at)
    if verdict is AlertVerdict.NOT_A_REPOST:
        return Text("watch-closed-not-a-repost", closed=line)
    return line


def verdict_mark(verdict: AlertVerdict) -> Text:
    """`✅ **Not a repost**`: `watch-verdict-not-a-repost`, …"""
    return Text(f"watch-verdict-{verdict.value.replace(' ', '-')}")


def counts_text(counts: ChannelCounts) -> Text:
    """`4 checked, 1 alert, 3 skipped (2 already seen, 1 image too small)`"""
    totals = Text(
        "watch-counts",
        checked=counts.checked,
        alerts=counts.alerts,
        skipped=counts.skipped_total,
    )
    if not counts.skipped:
        return totals
    reasons = tuple(
        Text(f"watch-skipped-{reason.name.lower().replace('_', '-')}", count=count)
        for reason, count in _by_reason(counts)
    )
    return Text("watch-counts-why", counts=totals, reasons=reasons)


def _by_reason(counts: ChannelCounts) -> list[tuple[SkipReason, int]]:
    return [(reason, counts.skipped[reason]) for reason in SkipReason if counts.skipped[reason]]


def added_text(watch: Watch, *, has_modlog: bool, missing: Sequence[str] = ()) -> list[Text]:
    """What `add` answers, a line each; `missing` names (discord.py's names) the permissions the
    bot lacks in the channel."""
    channel = str(watch.channel_id)
    lines = [Text("watch-added", channel=channel, options=watch_options(watch))]
    if missing:
        lines.append(Text("watch-missing", missing=permission_names(missing), channel=channel))
    if not has_modlog:
        lines.append(NO_MODLOG)
    return lines


NEEDED_FOR = {
    WatchAction.LOG: ("view_channel",),
    WatchAction.REACT: ("view_channel", "add_reactions"),
    WatchAction.REPLY: ("view_channel", "send_messages"),
}
"""What the bot needs in a watched channel, by action (the delete button checks at its click)."""


def removed_text(channel_id: int, *, was_watched: bool) -> Text:
    which = "watch-removed" if was_watched else "watch-not-watched"
    return Text(which, channel=str(channel_id))


def budget_text(spent: int, allowance: int | None, share: int) -> Text:
    if allowance is None:
        return Text("watch-budget-none", spent=spent)
    return Text("watch-budget", spent=spent, allowance=allowance, share=share)
