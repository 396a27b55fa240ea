"""Reposts searched without what reposters added, end to end: what reaches the search API (the
fake records each upload) is the true picture, an image without borders goes up byte for byte, and
the answer says what was cut; the command option and the server setting turn it off."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest
from PIL import Image

from bot.core.moderation.guild_settings import GuildOverrides
from tests import repostgen
from tests.discord.test_e2e_settings_command import reply_embed, settings, show_line
from tests.fakes.memories_api import FakeMemoriesApi
from tests.stack import Stack, assert_clean, final_embeds

LETTERBOX = "letterbox:black-1080x1920"


def sample(name: str) -> repostgen.Sample:
    return next(s for s in repostgen_samples() if s.name == name)


_SAMPLES: list[repostgen.Sample] = []


def repostgen_samples() -> list[repostgen.Sample]:
    if not _SAMPLES:
        _SAMPLES.extend(repostgen.repost_set())
    return _SAMPLES


def uploads(memories: FakeMemoriesApi) -> list[bytes]:
    return [r.file_bytes for r in memories.requests if r.file_bytes is not None]


def decoded(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.float32)


def assert_is_the_picture(uploaded: bytes, posted: bytes, truth: repostgen.Box) -> None:
    """`uploaded` is the true rectangle of `posted`: each side within 2 %, the same pixels (the
    posted image cut at the upload's size around the truth's centre, margins aside)."""
    picture, original = decoded(uploaded), decoded(posted)
    height, width = original.shape[:2]
    up_height, up_width = picture.shape[:2]
    assert abs(up_width - (truth[2] - truth[0])) <= 0.02 * width
    assert abs(up_height - (truth[3] - truth[1])) <= 0.02 * height
    top = min(max(0, (truth[1] + truth[3] - up_height) // 2), height - up_height)
    left = min(max(0, (truth[0] + truth[2] - up_width) // 2), width - up_width)
    expected = original[top : top + up_height, left : left + up_width]
    inner = np.s_[up_height // 20 : -up_height // 20, up_width // 20 : -up_width // 20]
    assert np.abs(picture[inner] - expected[inner]).mean() < 8


async def search(stack: Stack, name: str, data: bytes, **options: object) -> dict[str, object]:
    record = await stack.slash(image=stack.payloads.uploaded(name, data), **options)
    assert_clean(stack, record)
    [embed] = final_embeds(record)
    return embed


@pytest.mark.parametrize(
    "name", [LETTERBOX, "caption:white-top-1080x1350", "blur:vertical-1080x1920"]
)
async def test_a_repost_is_searched_without_what_was_added(stack: Stack, name: str) -> None:
    posted = sample(name)
    assert posted.truth is not None

    embed = await search(stack, "repost.jpg", posted.data)

    [uploaded] = uploads(stack.memories)
    assert_is_the_picture(uploaded, posted.data, posted.truth)
    cut = posted.kind.replace("letterbox", "borders").replace("blur", "blurred background")
    assert f"✂️ Searched the picture without its {cut}." in str(embed["description"])


@pytest.mark.parametrize(
    "name", ["plain:photo-1080x1920", "screenshot:chat-1080x1920", "dark:night-1080x1920"]
)
async def test_an_image_without_borders_is_uploaded_unchanged(stack: Stack, name: str) -> None:
    posted = sample(name)

    embed = await search(stack, "still.jpg", posted.data)

    [uploaded] = uploads(stack.memories)
    assert hashlib.sha256(uploaded).hexdigest() == hashlib.sha256(posted.data).hexdigest()
    assert "✂️" not in str(embed["description"])


async def test_the_option_searches_the_image_exactly_as_given(stack: Stack) -> None:
    posted = sample(LETTERBOX)

    embed = await search(stack, "repost.jpg", posted.data, as_posted=True)

    assert uploads(stack.memories) == [posted.data]
    assert "✂️ Searched the picture exactly as posted." in str(embed["description"])


async def test_a_server_can_turn_cutting_off(stack: Stack) -> None:
    overrides = GuildOverrides(cut_borders=False)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    posted = sample(LETTERBOX)

    embed = await search(stack, "repost.jpg", posted.data)

    assert uploads(stack.memories) == [posted.data]
    assert "✂️" not in str(embed["description"])


async def test_the_cut_picture_and_the_image_as_posted_are_cached_apart(stack: Stack) -> None:
    posted = sample(LETTERBOX)

    await search(stack, "repost.jpg", posted.data)
    again = await search(stack, "repost.jpg", posted.data)
    as_posted = await search(stack, "repost.jpg", posted.data, as_posted=True)

    assert "cached" in str(again["footer"])
    assert "✂️ Searched the picture without its borders." in str(again["description"])
    assert "cached" not in str(as_posted["footer"])
    assert len(uploads(stack.memories)) == 2, "the repeat was answered from the cache"


async def test_moderators_turn_cutting_off_with_the_settings_command(stack: Stack) -> None:
    before = await settings(stack, "show")
    changed = await settings(stack, "set", cut_borders=False)
    after = await settings(stack, "show")
    posted = sample(LETTERBOX)

    await search(stack, "repost.jpg", posted.data)

    assert show_line(before, "cut_borders").endswith("yes · *default*")
    assert "Cut borders and captions" in str(reply_embed(changed))
    assert show_line(after, "cut_borders").endswith("no · *set here*")
    assert uploads(stack.memories) == [posted.data]
