"""What the watch says: alerts, replies to posters, the watch list and refusals."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import wording
from bot.core.language import english
from bot.core.ranking import VideoMatch
from bot.core.text import untrusted_inline
from bot.core.watch.watch_model import AlertVerdict, SkipReason, Watch, WatchAction
from bot.core.watch.watch_tally import ChannelCounts

TITLE_LIMIT = 200
REPLY_TITLE_LIMIT = 120
REACTION = "\N{CLOCKWISE RIGHTWARDS AND LEFTWARDS OPEN CIRCLE ARROWS}"
"""The repeat arrow (🔁) a `react` watch puts on a matching message."""

WATCH_DISABLED = (
    "Watched channels are turned off for this bot. Its operator can turn them on with "
    "`WATCH_ENABLED=true`, after switching on the **Message Content** intent in the Discord "
    "developer portal (your application → Bot → Privileged Gateway Intents)."
)
INTENT_MISSING = (
    "Watched channels need the **Message Content** intent, and Discord has not granted it. The "
    "bot's owner must switch it on in the Discord developer portal (your application → Bot → "
    "Privileged Gateway Intents → Message Content Intent), then restart the bot."
)
NEEDS_MANAGE_SERVER = (
    "Only members with the **Manage Server** permission can change watched channels."
)
NEEDS_MANAGE_MESSAGES = (
    "Only members with the **Manage Messages** permission can use these buttons."
)
NO_MODLOG = (
    "No mod-log channel is set, so alerts have nowhere to go yet: set one in this server's "
    "findvideo settings."
)


def match_line(match: VideoMatch) -> str:
    """`**93%** on TikTok: *title* · at 0:12–0:19`"""
    title = untrusted_inline(match.title, TITLE_LIMIT) or "(no title)"
    words = english()  # the watch's words are not in the catalogue yet
    score = words.say(wording.percent(match.score))
    moments = words.say(wording.moments_text(match.moments))
    return f"**{score}** on {match.library.label}: {title} · {moments}"


def reply_text(match: VideoMatch, link: str | None) -> str:
    """The short reply to a poster whose image matched (no mention: it is sent without pings)."""
    title = untrusted_inline(match.title, REPLY_TITLE_LIMIT) or "a video"
    where = f"<{link}>" if link else f"`{match.video_no[:80]}`"
    return (
        f"This image looks like it comes from a {match.library.label} video "
        f"({english().say(wording.percent(match.score))} similar): {title} {where}"
    )


def watch_options(watch: Watch) -> str:
    """`TikTok · at least 90% · mod-log alert and a reply naming the source`, said once."""
    if watch.local_only:
        return f"earlier posts here only, no API calls · {watch.action.label}"
    confirmed = watch.action is WatchAction.REPLY and watch.confirm_replies
    held = " (once a moderator confirms)" if confirmed else ""
    mirrored = " · mirrored too" if watch.try_mirrored else ""
    options = f"{watch.scope.label} · at least {watch.min_match}%"
    return f"{options} · {watch.action.label}{held}{mirrored}"


CAPTION_LIMIT = 200
VERDICT_MARKS = {
    AlertVerdict.NOT_A_REPOST: "✅ **Not a repost**",
    AlertVerdict.DELETED: "🗑️ **Message deleted**",
    AlertVerdict.CONFIRMED: "⛔ **Confirmed repost**",
    AlertVerdict.GONE: "🗑️ **The message was deleted**",
}


def caption_line(caption: str) -> str | None:
    """The poster's words, escaped and cut (None for an image posted without text)."""
    text = untrusted_inline(caption, CAPTION_LIMIT)
    return f"Caption: “{text}”" if text else None


def repeat_line(count: int) -> str | None:
    """How often this member's posts alerted this week (nothing for the first time)."""
    if count < 2:
        return None
    return f"⚠️ This member's posts alerted **{count} times** this week."


def held_reply_line() -> str:
    return "The public reply to the poster waits for **Confirm and reply**."


def verdict_line(verdict: AlertVerdict, moderator_id: int | None, when: int) -> str:
    """`✅ **Not a repost**, by @mod on <t:…:f>` (a deletion outside the bot names nobody)."""
    by = f", by <@{moderator_id}>" if moderator_id is not None else ""
    after = {
        AlertVerdict.NOT_A_REPOST: (
            " This image will not alert for this video again, nor copies of it as posted"
            " here before."
        ),
        AlertVerdict.CONFIRMED: "",
    }.get(verdict, "")
    return f"{VERDICT_MARKS[verdict]}{by} on <t:{when}:f>.{after}"


def counts_text(counts: ChannelCounts) -> str:
    """`4 checked, 1 alert, 3 skipped (2 already seen, 1 image too small)`"""
    alerts = "alert" if counts.alerts == 1 else "alerts"
    text = f"{counts.checked} checked, {counts.alerts} {alerts}, {counts.skipped_total} skipped"
    if counts.skipped:
        reasons = ", ".join(f"{n} {reason}" for reason, n in _by_reason(counts))
        text += f" ({reasons})"
    return text


def _by_reason(counts: ChannelCounts) -> list[tuple[SkipReason, int]]:
    return [(reason, counts.skipped[reason]) for reason in SkipReason if counts.skipped[reason]]


def added_text(watch: Watch, *, has_modlog: bool, missing: Sequence[str] = ()) -> str:
    """What `add` answers; `missing` names the permissions the bot lacks in the channel."""
    lines = [f"Watching <#{watch.channel_id}>: {watch_options(watch)}."]
    if missing:
        names = ", ".join(f"**{name}**" for name in missing)
        lines.append(f"I am missing {names} in <#{watch.channel_id}>: give my role that there.")
    if not has_modlog:
        lines.append(NO_MODLOG)
    return "\n".join(lines)


NEEDED_FOR = {
    WatchAction.LOG: ("View Channel",),
    WatchAction.REACT: ("View Channel", "Add Reactions"),
    WatchAction.REPLY: ("View Channel", "Send Messages"),
}
"""What the bot needs in a watched channel, by action (the delete button checks at its click)."""


def removed_text(channel_id: int, *, was_watched: bool) -> str:
    if was_watched:
        return f"<#{channel_id}> is no longer watched."
    return f"<#{channel_id}> was not watched: nothing changed."


def budget_text(spent: int, allowance: int | None, share: int) -> str:
    if allowance is None:
        return f"Watch searches today: {spent} (no daily budget is set for this server)."
    return f"Watch searches today: {spent} of {allowance} ({share}% of the server's daily budget)."
