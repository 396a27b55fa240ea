"""A watch's alert and actions, and the moderators' buttons on it, through the real discord.py."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from tests import imagegen
from tests.fakes.discord_messages import ADD_REACTIONS, MANAGE_MESSAGES, Reaction
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.discord_records import SentMessage
from tests.fakes.discord_server import InteractionRecord, mentions_could_fire
from tests.fakes.memories_api import hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import ephemeral_error, final_embeds
from tests.watch_bench import WatchedServer, bot_in, guild_with_channels, watched_server

MATCH = [hit("PI-7", "Original dance video", 12, 0.95)]
UPDATE_MESSAGE = 7
VIDEO_URL = "https://www.tiktok.com/@someone/video/7"


def closed_alert(record: InteractionRecord) -> JSONDict:
    """The alert's embed as the verdict's button edited it."""
    assert record.response_type == UPDATE_MESSAGE
    [embed] = record.callbacks[0].data["embeds"]
    return dict(embed)


def record_user(record: InteractionRecord) -> str:
    return str(record.payload["member"]["user"]["id"])


def verdict_buttons_disabled(record: InteractionRecord) -> bool:
    """The verdicts are disabled on the closed alert; searching again stays."""
    buttons = [b for row in record.callbacks[0].data["components"] for b in row["components"]]
    state = {b["label"]: bool(b.get("disabled")) for b in buttons}
    return state == {
        "Delete message": True,
        "Not a repost": True,
        "Confirm repost": True,
        "Search all platforms": False,
    }


async def _alerted(server: WatchedServer, number: int = 1) -> tuple[JSONDict, JSONDict]:
    """Post a matching picture; returns the posted message and the alert (as Discord has it)."""
    message = await server.post(server.picture(number))
    return message, server.alerts()[-1].message


def _button(alert: JSONDict, label: str) -> str:
    for row in alert["components"]:
        for button in row["components"]:
            if button["label"] == label:
                return str(button["custom_id"])
    raise AssertionError(f"no {label!r} button")


async def _press(
    server: WatchedServer, alert: JSONDict, label: str, *, moderator: bool = True
) -> InteractionRecord:
    permissions = MODERATOR_PERMISSIONS if moderator else None
    payload = server.stack.payloads.component(_button(alert, label), alert, permissions=permissions)
    return await server.stack.invoke(payload)


async def test_react_puts_a_repeat_arrow_on_the_message(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add(action="react")
        message, _ = await _alerted(server)

    assert server.fake.messages.reactions == [
        Reaction(
            server.watched,
            int(message["id"]),
            "\N{CLOCKWISE RIGHTWARDS AND LEFTWARDS OPEN CIRCLE ARROWS}",
        )
    ]


async def test_reply_names_the_source_without_pinging_anyone(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add(action="reply", confirm=False)
        message, _ = await _alerted(server)

    [reply] = server.fake.messages_in(server.watched)
    assert str(reply.payload["message_reference"]["message_id"]) == message["id"]
    assert "TikTok video (95% similar): Original dance video" in reply.payload["content"]
    assert reply.payload["allowed_mentions"]["replied_user"] is False
    assert not mentions_could_fire(reply.payload)
    assert len(server.alerts()) == 1, "the mod-log is told as well"


async def test_log_alone_leaves_the_message_untouched(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        await _alerted(server)

    assert server.fake.messages.reactions == []
    assert server.fake.messages_in(server.watched) == []


async def test_a_moderator_deletes_the_message_in_one_click(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        message, alert = await _alerted(server)
        record = await _press(server, alert, "Delete message")

    assert server.fake.messages.deleted_by_bot == [int(message["id"])]
    assert record.response_type == UPDATE_MESSAGE
    closed = closed_alert(record)
    assert closed["title"] == "Repost deleted: TikTok · 95%"
    assert closed["description"].startswith(
        f"🗑️ **Message deleted**, by <@{record_user(record)}> on <t:"
    )
    assert verdict_buttons_disabled(record)


async def test_the_buttons_refuse_members_without_manage_messages(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        _, alert = await _alerted(server)
        refusals = [
            await _press(server, alert, label, moderator=False)
            for label in ("Delete message", "Not a repost", "Search all platforms")
        ]

    assert all("Manage Messages" in ephemeral_error(record) for record in refusals)
    assert server.fake.messages.deleted_by_bot == []
    assert server.api_calls() == 1


async def test_delete_says_so_when_the_bot_lacks_manage_messages(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        _, alert = await _alerted(server)
        await server.fake.deny_bot(server.watched, MANAGE_MESSAGES, tell_bot=False)
        record = await _press(server, alert, "Delete message")

    error = ephemeral_error(record)
    assert "I need the **Manage Messages** permission" in error
    assert f"<#{server.watched}>" in error
    assert server.fake.messages.deleted_by_bot == []


async def test_not_a_repost_stops_the_same_image_and_video_alerting(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        _, alert = await _alerted(server, 1)
        record = await _press(server, alert, "Not a repost")
        await server.post(server.picture(1))  # the same image again
        await server.post(server.picture(2))  # another image matching the same video
        listed = await server.listed()

    closed = closed_alert(record)
    assert closed["title"] == "Not a repost: TikTok · 95%"
    assert closed["description"].startswith("✅ **Not a repost**, by <@")
    assert "will not alert for this video again" in closed["description"].splitlines()[0]
    assert verdict_buttons_disabled(record)
    assert len(server.alerts()) == 2, "only the other image alerts again"
    assert server.api_calls() == 2
    assert "1 skipped (1 already seen)" in listed


async def test_search_all_platforms_answers_the_moderator_privately(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        _, alert = await _alerted(server)
        record = await _press(server, alert, "Search all platforms")

    assert record.ephemeral
    assert server.api_calls() == 1 + 3
    [embed] = final_embeds(record)
    assert "TikTok" in str(embed)
    assert "Instagram" in str(embed)


async def test_the_buttons_work_after_a_restart(tmp_path: Path) -> None:
    async with guild_with_channels() as guild:
        async with bot_in(guild, tmp_path) as server:
            server.stack.memories.set_default(MATCH)
            await server.add()
            _, alert = await _alerted(server)
        async with bot_in(guild, tmp_path) as restarted:
            record = await _press(restarted, alert, "Not a repost")

    assert closed_alert(record)["title"] == "Not a repost: TikTok · 95%"


async def test_without_a_modlog_channel_add_says_where_alerts_would_go(tmp_path: Path) -> None:
    async with watched_server(tmp_path, modlog=False) as server:
        server.stack.memories.set_default(MATCH)
        added = await server.add()
        await server.post(server.picture(1))

    assert "No mod-log channel is set" in added.callbacks[0].data["content"]
    assert server.alerts() == []


async def test_removing_a_watch_stops_the_checks(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.add()
        channel = server.stack.payloads.channel(server.watched, "reposts")
        removed = await server.command("remove", {"channel": channel})
        await server.post(server.picture(1))
        listed = await server.listed()

    assert "no longer watched" in removed.callbacks[0].data["content"]
    assert server.api_calls() == 0
    assert "No channel is watched" in listed


async def test_the_alert_links_the_video_and_shows_the_matched_frame_beside_it(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        memories = server.stack.memories
        memories.set_default(
            [hit("PI-7", "Original", 12, 0.95, keyframe_bucket="kf", keyframe_blob="f/7.jpg")]
        )
        memories.evidence.details["PI-7"] = video_detail("PI-7", VIDEO_URL)
        memories.evidence.files[("kf", "f/7.jpg")] = imagegen.jpeg(64, 48)
        await server.add(action="reply", confirm=False)
        await _alerted(server)

    [alert] = server.alerts()
    [embed] = alert.payload["embeds"]
    assert embed["title"] == "Possible repost: TikTok · @creator · Nov 14, 2023 · 95%"
    assert embed["description"].startswith(f"**[Open the video]({VIDEO_URL})** · posted <t:")
    names = [file.filename for file in alert.files]
    assert names == ["watched.png", "evidence.jpg"]
    assert embed["image"]["url"] == "attachment://evidence.jpg"
    assert embed["thumbnail"]["url"] == "attachment://watched.png"
    assert Image.open(io.BytesIO(alert.files[1].data)).format == "JPEG"
    [reply] = server.fake.messages_in(server.watched)
    assert f"<{VIDEO_URL}>" in reply.payload["content"]


async def test_add_names_what_the_bot_lacks_for_the_action(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        await server.fake.deny_bot(server.watched, ADD_REACTIONS)
        added = await server.add(action="react")

    content = added.callbacks[0].data["content"]
    assert "Watching" in content
    assert f"I am missing **Add Reactions** in <#{server.watched}>" in content


async def until(server: WatchedServer, done: Callable[[], bool]) -> None:
    """Wait (on the fake's events, never a sleep) until the bot's messages are as `done` says."""
    changed = server.fake.bot_message_changed
    async with asyncio.timeout(10):
        while True:
            changed.clear()
            if done():
                return
            await changed.wait()


def replies(server: WatchedServer) -> list[SentMessage]:
    return server.fake.messages_in(server.watched)


async def _replied(server: WatchedServer) -> tuple[JSONDict, JSONDict, SentMessage]:
    """A reply watch that needs no confirmation, and a matching post: the post, its alert and
    the bot's one public reply under it."""
    server.stack.memories.set_default(MATCH)
    await server.add(action="reply", confirm=False)
    message, alert = await _alerted(server)
    [reply] = replies(server)
    return message, alert, reply


async def test_a_new_reply_watch_holds_its_reply_until_a_moderator_confirms(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add(action="reply")
        message, alert = await _alerted(server)
        assert replies(server) == [], "nothing public before a moderator confirms"
        assert "waits for **Confirm and reply**" in alert["embeds"][0]["description"]
        record = await _press(server, alert, "Confirm and reply")

    [reply] = replies(server)
    assert str(reply.payload["message_reference"]["message_id"]) == message["id"]
    closed = closed_alert(record)
    assert closed["title"] == "Confirmed repost: TikTok · 95%"
    assert closed["description"].startswith("⛔ **Confirmed repost**, by <@")


async def test_not_a_repost_removes_the_public_reply(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        _, alert, reply = await _replied(server)
        record = await _press(server, alert, "Not a repost")

    assert reply.deleted, "the wrong reply under a cleared post is removed"
    assert verdict_buttons_disabled(record)


async def test_deleting_the_post_closes_the_alert_and_removes_the_reply(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        _, alert, reply = await _replied(server)
        record = await _press(server, alert, "Delete message")

    assert reply.deleted, "no reply is left under a deleted post"
    assert closed_alert(record)["title"].startswith("Repost deleted")


async def test_a_post_deleted_by_its_author_closes_its_alert(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        message, _, reply = await _replied(server)
        await server.fake.messages.delete(message)
        [posted] = server.alerts()
        await until(server, lambda: bool(posted.edits) and reply.deleted)

    [embed] = posted.message["embeds"]
    assert embed["title"] == "Message deleted: TikTok · 95%"
    assert embed["description"].startswith("🗑️ **The message was deleted** on <t:")
    disabled = [
        b["label"]
        for row in posted.message["components"]
        for b in row["components"]
        if b.get("disabled")
    ]
    assert disabled == ["Delete message", "Not a repost", "Confirm repost"]


async def test_the_alert_shows_the_caption_and_how_often_this_member_alerted(
    tmp_path: Path,
) -> None:
    async with watched_server(tmp_path) as server:
        server.stack.memories.set_default(MATCH)
        await server.add()
        poster = server.stack.payloads.user(username="poster")
        await server.post(server.picture(1), author=poster, content="my own dance @everyone")
        await server.post(server.picture(2), author=poster, content="")

    first, second = (alert.message["embeds"][0]["description"] for alert in server.alerts())
    assert "Caption: “my own dance @\u200beveryone”" in first
    assert "alerted" not in first, "a first alert says nothing about repeats"
    assert "This member's posts alerted **2 times** this week." in second
    assert "Caption" not in second
    assert str(poster["id"]) not in first.replace(f"<@{poster['id']}>", ""), "ids in the footer"


async def test_an_alerts_evidence_calls_show_in_usage_by_kind(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        memories = server.stack.memories
        memories.set_default(
            [hit("PI-7", "Original", 12, 0.95, keyframe_bucket="kf", keyframe_blob="f/7.jpg")]
        )
        memories.evidence.details["PI-7"] = video_detail("PI-7", VIDEO_URL)
        memories.evidence.files[("kf", "f/7.jpg")] = imagegen.jpeg(64, 48)
        await server.add()
        await _alerted(server)
        usage = await server.stack.invoke(
            server.stack.payloads.slash_command(
                "findvideo-usage", {}, permissions=MODERATOR_PERMISSIONS
            )
        )

    [embed] = final_embeds(usage)
    today = embed["fields"][0]["value"]
    assert "API calls: **2** (searches 0, video details 1, keyframe downloads 1)" in today
    assert len(memories.evidence.detail_requests) == len(memories.evidence.download_requests) == 1
