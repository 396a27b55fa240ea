"""Clips as people really send them, end to end: every container, attached or linked, gets the
same answer for the same bytes; phone clips are searched upright; sound alone is refused."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests import clipcases
from tests.clipgen import gif_clip
from tests.discord.test_e2e_clips import second_shown, source_video_answer
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import ReceivedRequest
from tests.stack import (
    Stack,
    assert_clean,
    ephemeral_error,
    final_embeds,
    running_stack,
    shows_matches,
)

SOUND_ONLY = "has sound but no picture, so there is nothing in it I can search"


@pytest.fixture
async def linking_stack(tmp_path: Path) -> AsyncIterator[Stack]:
    """The stack, with links to the fake Discord's loopback address allowed, and no cooldown
    (one member sends many clips)."""
    env = {"ALLOW_PRIVATE_URLS": "true", "DEFAULT_COOLDOWN": "0"}
    async with running_stack(tmp_path, env) as running:
        running.memories.responder = source_video_answer
        yield running


async def attach_and_link(
    stack: Stack, name: str, clip: bytes, content_type: str | None
) -> tuple[InteractionRecord, InteractionRecord]:
    """The same bytes sent twice: attached (as Discord declares them), then as a link."""
    attached = await stack.slash(image=stack.payloads.uploaded(name, clip, content_type))
    linked = await stack.slash(url=stack.discord.add_attachment(name, clip, content_type))
    return attached, linked


def answer_fields(record: InteractionRecord) -> list[dict[str, Any]]:
    """The answer's matches (not "Seen here before": the second of two answers has it)."""
    [embed] = final_embeds(record)
    fields: list[dict[str, Any]] = embed["fields"]
    return [field for field in fields if field["name"] != "Seen here before"]


def uploads(stack: Stack) -> list[ReceivedRequest]:
    return [request for request in stack.memories.requests if request.file_bytes]


async def test_every_container_attached_or_linked_is_searched_still_by_still(
    linking_stack: Stack,
) -> None:
    for extension, (content_type, _) in sorted(clipcases.CONTAINERS.items()):
        clip = clipcases.in_container(extension)

        attached, linked = await attach_and_link(
            linking_stack, f"clip.{extension}", clip, content_type
        )

        [embed] = final_embeds(attached)
        assert "Searched 3 stills of your clip, at 0.5 s, 1.5 s, 2.5 s." in embed["description"]
        in_step = "your clip 0.5 s → 0:10, 1.5 s → 0:11, 2.5 s → 0:12 (3 stills in the same order)"
        assert in_step in answer_fields(attached)[0]["value"], extension
        assert answer_fields(linked) == answer_fields(attached), extension
        typed_by_name = linking_stack.payloads.uploaded(f"clip.{extension}", clip)  # .ts: text/…
        guessed = await linking_stack.slash(image=typed_by_name)
        assert answer_fields(guessed) == answer_fields(attached), extension
        assert_clean(linking_stack, attached)
    assert {second_shown(r) for r in uploads(linking_stack)} == {0, 1, 2}


async def test_a_videos_answer_does_not_show_the_video_as_its_picture(stack: Stack) -> None:
    """Discord shows no video as an embed's thumbnail; a GIF's answer keeps the GIF there."""
    stack.memories.responder = source_video_answer
    video = stack.payloads.uploaded("clip.mkv", clipcases.in_container("mkv"), "video/x-matroska")
    gif = stack.payloads.uploaded("reaction.gif", gif_clip(3), "image/gif")

    record = await stack.slash(image=video, image2=gif)

    video_embed, gif_embed = final_embeds(record)
    assert "thumbnail" not in video_embed
    assert gif_embed["thumbnail"]["url"] == gif["url"]


async def test_a_browser_recording_is_searched_like_any_clip(linking_stack: Stack) -> None:
    attached, linked = await attach_and_link(
        linking_stack, "recording.webm", clipcases.browser_webm(3), "video/webm"
    )

    in_step = "your clip 0.5 s → 0:10, 1.5 s → 0:11, 2.5 s → 0:12 (3 stills in the same order)"
    assert in_step in answer_fields(attached)[0]["value"]
    assert answer_fields(linked) == answer_fields(attached)


async def test_a_phone_clip_is_searched_upright(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    clip = stack.payloads.uploaded("portrait.mp4", clipcases.rotated(-90), "video/mp4")

    await stack.slash(image=clip)

    for request in uploads(stack):
        assert request.file_bytes is not None
        with Image.open(io.BytesIO(request.file_bytes)) as still:
            assert still.size == (48, 64)  # portrait, as the phone shows it
            top_right = still.convert("RGB").getpixel((still.width - 3, 2))
        assert isinstance(top_right, tuple)
        assert min(top_right[:3]) > 230  # the coded frame's top-left corner, turned clockwise


async def test_a_single_frame_clip_costs_one_search(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    clip = stack.payloads.uploaded("one.mp4", clipcases.single_frame(), "video/mp4")

    await stack.slash(image=clip)

    assert len(uploads(stack)) == 1


@pytest.mark.parametrize(
    ("name", "sound", "content_type"),
    [
        ("voice.mp4", clipcases.sound_only(), "video/mp4"),
        ("song.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(2000), "audio/mpeg"),
    ],
    ids=["mp4-without-picture", "mp3"],
)
async def test_sound_alone_is_refused_alike_attached_or_linked(
    linking_stack: Stack, name: str, sound: bytes, content_type: str
) -> None:
    attached, linked = await attach_and_link(linking_stack, name, sound, content_type)

    assert SOUND_ONLY in ephemeral_error(attached)
    assert SOUND_ONLY in ephemeral_error(linked)
    assert linking_stack.memories.requests == []


async def test_a_video_posted_in_a_message_is_checked_from_the_menu(stack: Stack) -> None:
    stack.memories.responder = source_video_answer
    payloads = stack.payloads
    message = payloads.message(
        attachments=[payloads.uploaded("repost.mkv", clipcases.in_container("mkv"))]
    )

    record = await stack.invoke(payloads.message_context_menu("Find source video", message))

    [embed] = final_embeds(record)
    assert shows_matches(embed, "repost.mkv")
    assert len(uploads(stack)) == 3
