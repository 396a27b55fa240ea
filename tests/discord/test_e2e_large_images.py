"""Large and hostile uploads end to end: spooled to disk while they wait, streamed to the API
whole (and only the image), and the temporary file gone after success, failure and cancellation.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.scope import SearchScope
from bot.core.search_service import SearchRequest
from bot.core.sources import ImageSource
from bot.media.intake import MediaIntake
from bot.media.spool import ImageSpool
from tests import imagegen
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.memories_api import Delay, hit
from tests.stack import (
    Stack,
    assert_clean,
    ephemeral_error,
    final_embeds,
    shows_matches,
    shows_no_match,
)

LARGE = imagegen.noise_png()


def spool_of(stack: Stack) -> ImageSpool:
    loader = stack.bot.services.search.loader
    assert isinstance(loader, MediaIntake)
    return loader.spool


def waiting_files(stack: Stack) -> list[Path]:
    return spool_of(stack).files()


async def test_a_large_image_waits_on_disk_and_every_platform_gets_all_of_it(stack: Stack) -> None:
    assert len(LARGE) > spool_of(stack).memory_limit
    answer = asyncio.Event()
    stack.memories.set_default(Delay(answer, [hit("PI-1", "Noise", 3, 0.95)]))
    image = stack.payloads.uploaded("noise.png", LARGE)

    search = asyncio.create_task(stack.slash(image=image, platform="all"))
    await stack.memories.wait_for_requests(3)
    assert len(waiting_files(stack)) == 1
    answer.set()
    record = await search

    assert shows_matches(final_embeds(record)[0], "noise.png")
    assert [request.file_bytes for request in stack.memories.requests] == [LARGE] * 3
    assert waiting_files(stack) == []
    assert_clean(stack, record)


async def test_the_file_is_deleted_when_the_api_fails(stack: Stack) -> None:
    stack.memories.set_default("0402")  # out of credits: fails at once, no retry
    record = await stack.slash(image=stack.payloads.uploaded("noise.png", LARGE))

    assert "credits" in ephemeral_error(record)
    assert len(stack.memories.requests) == 1
    assert waiting_files(stack) == []


async def test_the_file_is_deleted_when_the_image_is_damaged(stack: Stack) -> None:
    broken = imagegen.truncated(LARGE, keep=0.9)
    record = await stack.slash(image=stack.payloads.uploaded("broken.png", broken))

    assert "looks damaged or cut short" in ephemeral_error(record)
    assert stack.memories.requests == []
    assert waiting_files(stack) == []


async def test_a_polyglot_sends_only_the_image_to_the_api(stack: Stack) -> None:
    tail = imagegen.zip_with_payload()
    image = stack.payloads.uploaded("cat.png", imagegen.with_tail(LARGE, tail))

    record = await stack.slash(image=image, platform="youtube")

    [request] = stack.memories.requests
    assert request.file_bytes == LARGE
    assert shows_no_match(final_embeds(record)[0], "cat.png")
    assert waiting_files(stack) == []


async def test_the_file_is_deleted_when_the_search_is_cancelled(stack: Stack) -> None:
    never = asyncio.Event()
    stack.memories.set_default(Delay(never))
    url = stack.discord.add_attachment("noise.png", LARGE)
    source = ImageSource("noise.png", url, from_discord=True)
    request = SearchRequest(SearchScope.ALL_PUBLIC, min_match=80, max_results=3)

    search = asyncio.create_task(stack.bot.services.search.search_sources([source], request))
    await stack.memories.wait_for_requests(1)
    assert len(waiting_files(stack)) == 1
    search.cancel()
    await asyncio.gather(search, return_exceptions=True)

    assert search.cancelled()
    assert waiting_files(stack) == []


async def test_a_download_cancelled_halfway_leaves_no_file(stack: Stack) -> None:
    url = stack.discord.add_attachment("noise.png", LARGE)
    stack.discord.hold_attachment(url)
    stack.discord.attachment_fetched.clear()
    source = ImageSource("noise.png", url, from_discord=True)
    request = SearchRequest(SearchScope.ALL_PUBLIC, min_match=80, max_results=3)

    search = asyncio.create_task(stack.bot.services.search.search_sources([source], request))
    await stack.discord.attachment_fetched.wait()
    search.cancel()
    await asyncio.gather(search, return_exceptions=True)

    assert waiting_files(stack) == []
    assert stack.memories.requests == []


async def test_an_animated_gif_whose_later_frame_is_a_bomb_is_refused_before_sampling(
    stack: Stack,
) -> None:
    bomb = imagegen.gif_with_late_frame(65_535, 65_535)
    record = await stack.slash(image=stack.payloads.uploaded("dance.gif", bomb))

    assert (
        "dance.gif declares 65535×65535 pixels in only 3 KB: more pixels than it can possibly hold"
        in ephemeral_error(record)
    )
    assert stack.memories.requests == []
    assert waiting_files(stack) == []


async def test_a_large_image_is_still_there_for_the_side_by_side_picture(stack: Stack) -> None:
    framed = hit("PI-1", "Noise", 3, 0.95, keyframe_bucket="kf", keyframe_blob="frames/n.jpg")
    stack.memories.set_default([framed])
    stack.memories.evidence.files[("kf", "frames/n.jpg")] = imagegen.jpeg(64, 48)

    record = await stack.slash(image=stack.payloads.uploaded("noise.png", LARGE))

    [sent] = [f for edit in record.original_edits for f in edit.files]
    assert sent.filename == "match-1.jpg"
    assert waiting_files(stack) == []
    assert_clean(stack, record)


async def test_the_mod_log_re_uploads_a_large_image_without_its_polyglot_tail(
    stack: Stack,
) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    overrides = GuildOverrides(modlog_channel_id=channel_id)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    sent = imagegen.with_tail(LARGE, imagegen.zip_with_payload())
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("repost.png", sent)])
    menu = stack.payloads.message_context_menu(
        "Find source video", message, permissions=MODERATOR_PERMISSIONS
    )

    answer = await stack.invoke(menu)

    [record] = stack.discord.messages_in(channel_id)
    [upload] = record.body.files
    assert upload.data == LARGE
    assert waiting_files(stack) == []
    assert_clean(stack, answer)
