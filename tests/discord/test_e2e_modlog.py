"""The mod-log record of a search: who, when, which message, the image as a file, top matches."""

from __future__ import annotations

from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from bot.media.composite import compose
from tests import imagegen
from tests.fakes.discord_payloads import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS
from tests.fakes.discord_records import last_upload
from tests.fakes.discord_server import ATTACH_FILES, SEND_MESSAGES, SentMessage
from tests.fakes.memories_api import hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import Stack, assert_clean, final_embeds, shows_matches

MENU = "Find source video"
SOURCE_URL = "https://www.tiktok.com/@artist/video/1"


async def _modlog(stack: Stack, **settings: object) -> int:
    channel_id = await stack.discord.add_text_channel("mod-log")
    overrides = GuildOverrides(modlog_channel_id=channel_id).changed(**settings)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    return channel_id


async def _check_message(stack: Stack, image: bytes) -> tuple[Any, dict[str, Any]]:
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("repost.png", image)])
    payload = stack.payloads.message_context_menu(MENU, message, permissions=MODERATOR_PERMISSIONS)
    return await stack.invoke(payload), message


def _only_record(stack: Stack, channel_id: int) -> SentMessage:
    [record] = stack.discord.messages_in(channel_id)
    return record


async def test_a_context_menu_search_leaves_a_record_with_the_image_as_a_file(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack)
    stack.memories.set_default([hit("PI-1", "The source", 79, 0.97), hit("PI-2", "Other", 3, 0.9)])
    image = imagegen.png()

    answer, message = await _check_message(stack, image)

    assert shows_matches(final_embeds(answer)[0], "repost.png")
    record = _only_record(stack, channel_id)
    [upload] = record.body.files  # arrived as a multipart upload, not a link
    assert upload.data == image
    assert upload.filename == "query-1.png"
    [embed] = record.message["embeds"]
    assert f"<@{stack.payloads.user_id}>" in embed["description"]
    assert "<t:" in embed["description"]
    guild, channel = stack.discord.guild_id, stack.discord.channel_id
    jump = f"https://discord.com/channels/{guild}/{channel}/{message['id']}"
    assert jump in embed["description"]
    assert embed["fields"][0]["value"].splitlines()[0].startswith("1. TikTok · 97% similar")
    assert "The source" in embed["fields"][0]["value"]
    assert embed["image"]["url"] == "attachment://query-1.png"
    assert record.body.payload["allowed_mentions"]["parse"] == []
    assert record.message["attachments"][0]["filename"] == "query-1.png"
    assert_clean(stack, answer)


async def test_without_a_modlog_channel_nothing_is_posted(stack: Stack) -> None:
    await _check_message(stack, imagegen.png())

    assert stack.discord.channel_messages == []


async def test_slash_searches_are_logged_only_when_log_every_search_is_on(stack: Stack) -> None:
    channel_id = await _modlog(stack)
    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))
    assert stack.discord.messages_in(channel_id) == []

    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(modlog_channel_id=channel_id, log_every_search=True)
    )
    await stack.slash(image=stack.payloads.uploaded("b.png", imagegen.png()))

    record = _only_record(stack, channel_id)
    assert record.message["embeds"][0]["author"]["name"] == "/findvideo search"
    assert record.message["embeds"][0]["title"] == "No match"
    assert f"<#{stack.discord.channel_id}>" in record.message["embeds"][0]["description"]
    assert len(record.body.files) == 1


async def test_missing_permissions_are_told_to_the_moderator_and_the_answer_stands(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack)
    await stack.discord.deny_bot(channel_id, ATTACH_FILES)
    stack.memories.set_default([hit("PI-1", "The source", 79, 0.97)])

    answer, _ = await _check_message(stack, imagegen.png())

    assert shows_matches(final_embeds(answer)[0], "repost.png")
    [note] = answer.followups
    assert int(note.payload["flags"]) & 64
    content = note.payload["content"]
    assert "could not be recorded in the mod-log" in content
    assert "**Attach Files**" in content
    assert stack.discord.messages_in(channel_id) == []


async def test_a_refusal_by_discord_itself_is_told_too(stack: Stack) -> None:
    channel_id = await _modlog(stack)
    await stack.discord.deny_bot(channel_id, SEND_MESSAGES, tell_bot=False)

    answer, _ = await _check_message(stack, imagegen.png())

    assert final_embeds(answer)
    [note] = answer.followups
    assert f"I cannot post in <#{channel_id}>" in note.payload["content"]


async def test_a_member_who_is_no_moderator_is_not_bothered_with_the_modlog(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack, log_every_search=True)
    await stack.discord.deny_bot(channel_id, SEND_MESSAGES)

    answer = await stack.invoke(
        stack.payloads.slash_command(
            "findvideo",
            {"image": stack.payloads.uploaded("a.png", imagegen.png())},
            permissions=MEMBER_PERMISSIONS,
        )
    )

    assert final_embeds(answer)
    assert answer.followups == []


async def test_a_large_image_kept_on_disk_during_the_search_still_reaches_the_modlog(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack)
    image = imagegen.noise_png()  # about 1.5 MB: spooled to a temporary file, not kept in memory

    answer, _ = await _check_message(stack, image)

    assert final_embeds(answer)
    [upload] = _only_record(stack, channel_id).body.files
    assert upload.data == image
    assert answer.followups == []


async def test_every_image_of_a_checked_message_is_in_one_record(stack: Stack) -> None:
    channel_id = await _modlog(stack)
    images = [imagegen.png(), imagegen.jpeg(), imagegen.webp()]
    names = ["a.png", "b.jpg", "c.webp"]
    attachments = [stack.payloads.uploaded(n, data) for n, data in zip(names, images, strict=True)]
    message = stack.payloads.message(attachments=attachments)

    await stack.invoke(
        stack.payloads.message_context_menu(MENU, message, permissions=MODERATOR_PERMISSIONS)
    )

    record = _only_record(stack, channel_id)
    assert [f.filename for f in record.body.files] == ["query-1.png", "query-2.jpg", "query-3.webp"]
    assert [f.data for f in record.body.files] == images
    fields = record.message["embeds"][0]["fields"]
    assert [f["name"] for f in fields] == ["1. a.png", "2. b.jpg", "3. c.webp"]


async def test_the_record_is_completed_with_the_evidence_and_keeps_the_posted_image(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack)
    stack.memories.set_default(
        [hit("PI-1", "The source", 79, 0.97, keyframe_bucket="kf", keyframe_blob="f/1.jpg")]
    )
    stack.memories.evidence.details["PI-1"] = video_detail("PI-1", SOURCE_URL, creator="artist")
    stack.memories.evidence.files[("kf", "f/1.jpg")] = imagegen.jpeg(64, 48)

    answer, _ = await _check_message(stack, imagegen.png(64, 48))

    record = _only_record(stack, channel_id)
    assert record.edits, "the record is edited once the evidence is known"
    [embed] = record.message["embeds"]
    assert embed["title"] == "Likely original: TikTok · @artist · Nov 14, 2023 · 97%"
    assert embed["description"].startswith(f"**[Open the video]({SOURCE_URL})**")
    assert f"[The source]({SOURCE_URL})" in embed["fields"][0]["value"]
    assert "by artist · posted <t:1700000000:D>" in embed["fields"][0]["value"]
    names = [a["filename"] for a in record.message["attachments"]]
    assert names == ["query-1.png", "evidence-1.jpg"], "the posted image stays"
    assert embed["image"]["url"].endswith("evidence-1.jpg")
    assert embed["thumbnail"]["url"].endswith("query-1.png")
    assert final_embeds(answer)[0]["title"] == embed["title"], "the answer says the same"
    assert_clean(stack, answer)


async def test_a_logged_findvideo_names_the_image_posted_in_the_record_and_yours_in_the_answer(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack, log_every_search=True)
    stack.memories.set_default(
        [hit("PI-1", "The source", 79, 0.97, keyframe_bucket="kf", keyframe_blob="f/1.jpg")]
    )
    keyframe, image = imagegen.jpeg(64, 48), imagegen.png(64, 48)
    stack.memories.evidence.files[("kf", "f/1.jpg")] = keyframe

    answer = await stack.slash(image=stack.payloads.uploaded("mine.png", image))

    labels = ("Your image", "Match 1 at 1:19")
    assert last_upload(answer.original_edits, "match-1.jpg") == compose(image, keyframe, labels)
    record = _only_record(stack, channel_id)
    posted = ("Posted image", "Match 1 at 1:19")
    assert last_upload(record.edits, "evidence-1.jpg") == compose(image, keyframe, posted)
    downloads = stack.memories.evidence.download_requests
    assert len(downloads) == 1, "the record's picture reuses the kept keyframe"
    assert_clean(stack, answer)


async def test_the_records_top_matches_mark_the_likely_original_even_below_the_top_three(
    stack: Stack,
) -> None:
    channel_id = await _modlog(stack)
    scores = {"PI-1": 0.99, "PI-2": 0.97, "PI-3": 0.95, "PI-4": 0.93}
    dates = ["2024-05-01", "2024-04-01", "2024-06-01", "2021-03-04"]
    stack.memories.set_default([hit(no, f"Video {no[-1]}", 10, s) for no, s in scores.items()])
    for no, published in zip(scores, dates, strict=True):
        url = f"https://www.tiktok.com/@artist/video/{no[-1]}"
        stack.memories.evidence.details[no] = video_detail(no, url, published=published)

    await _check_message(stack, imagegen.png())

    record = _only_record(stack, channel_id)
    assert record.edits, "the record is edited once the evidence is known"
    lines = record.message["embeds"][0]["fields"][0]["value"].splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "1. TikTok · 99% similar",
        "2. TikTok · 97% similar",
        "3. TikTok · 95% similar",
        "4. TikTok · 93% similar · likely original",
    ]
    assert "[Video 4](https://www.tiktok.com/@artist/video/4)" in lines[3]
