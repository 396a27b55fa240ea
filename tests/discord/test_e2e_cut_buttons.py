"""The disguise-undoing follow-ups end to end: "Search mirrored", "Search the centre" and "Search as
posted" under a thin answer upload the flipped, centred or untouched image (decoded and compared
here), say which version was searched, refuse other members at no cost and survive a restart."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests import repostgen
from tests.discord.test_e2e_cut import LETTERBOX, decoded, sample, uploads
from tests.discord.test_e2e_followups import buttons
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi
from tests.stack import Stack, assert_clean, bot_on, ephemeral_error, final_embeds

OTHER_USER = 4242


async def thin_answer(stack: Stack, data: bytes) -> InteractionRecord:
    """A search that matched nothing (the fake's default), so the follow-ups are offered."""
    return await stack.slash(image=stack.payloads.uploaded("repost.jpg", data))


async def press(
    stack: Stack, record: InteractionRecord, label: str, user_id: int | None = None
) -> InteractionRecord:
    assert record.original is not None
    custom_id = buttons(record.original)[label]
    payload = stack.payloads.component(custom_id, record.original, user_id=user_id)
    return await stack.invoke(payload)


def description(record: InteractionRecord) -> str:
    return str(final_embeds(record)[0]["description"])


async def test_a_cut_repost_without_matches_offers_the_disguises_undone(stack: Stack) -> None:
    record = await thin_answer(stack, sample(LETTERBOX).data)

    offered = set(buttons(record.original))
    assert {"Search mirrored", "Search the centre", "Search as posted"} <= offered
    assert_clean(stack, record)


async def test_an_uncut_image_is_not_offered_a_search_as_posted(stack: Stack) -> None:
    record = await thin_answer(stack, sample("plain:photo-1920x1080").data)

    offered = set(buttons(record.original))
    assert {"Search mirrored", "Search the centre"} <= offered
    assert "Search as posted" not in offered


async def test_search_mirrored_uploads_the_picture_flipped(stack: Stack) -> None:
    record = await thin_answer(stack, sample(LETTERBOX).data)

    pressed = await press(stack, record, "Search mirrored")

    first, mirrored = (decoded(data) for data in uploads(stack.memories))
    assert mirrored.shape == first.shape
    assert np.abs(mirrored[:, ::-1] - first).mean() < 6
    assert np.abs(mirrored - first).mean() > 20, "really flipped"
    assert "✂️ Searched the picture mirrored (flipped left to right), without its borders." in (
        description(pressed)
    )
    assert "Search mirrored" not in buttons(pressed.original)
    assert_clean(stack, pressed)


async def test_search_the_centre_uploads_the_middle_of_the_picture(stack: Stack) -> None:
    record = await thin_answer(stack, sample(LETTERBOX).data)

    pressed = await press(stack, record, "Search the centre")

    first, centre = (decoded(data) for data in uploads(stack.memories))
    height, width = first.shape[:2]
    keep_h, keep_w = round(height * 0.75), round(width * 0.75)
    top, left = (height - keep_h) // 2, (width - keep_w) // 2
    assert centre.shape[:2] == (keep_h, keep_w)
    assert np.abs(centre - first[top : top + keep_h, left : left + keep_w]).mean() < 6
    assert "✂️ Searched the centre of the picture without its borders." in description(pressed)


async def test_search_as_posted_uploads_the_image_unchanged(stack: Stack) -> None:
    posted = sample(LETTERBOX).data
    record = await thin_answer(stack, posted)

    pressed = await press(stack, record, "Search as posted")

    assert uploads(stack.memories)[-1] == posted
    assert "✂️ Searched the picture exactly as posted." in description(pressed)
    assert "Search as posted" not in buttons(pressed.original)


async def test_another_members_press_is_refused_without_an_api_call(stack: Stack) -> None:
    record = await thin_answer(stack, sample(LETTERBOX).data)
    before = len(stack.memories.requests)

    pressed = await press(stack, record, "Search mirrored", user_id=OTHER_USER)

    assert "Only the person who ran this search" in ephemeral_error(pressed)
    assert len(stack.memories.requests) == before


async def test_a_repeat_press_is_answered_from_the_cache(stack: Stack) -> None:
    record = await thin_answer(stack, sample(LETTERBOX).data)
    await press(stack, record, "Search mirrored")

    again = await press(stack, record, "Search mirrored")

    assert len(uploads(stack.memories)) == 2
    assert "cached" in final_embeds(again)[0]["footer"]["text"]


async def test_the_buttons_work_after_a_restart(tmp_path: Path) -> None:
    posted = repostgen.encode(repostgen.padded((720, 1280), repostgen.WIDE, repostgen.NAVY, 3)[0])
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        async with bot_on(memories, discord_fake, tmp_path, {}) as first:
            record = await thin_answer(first, posted)
        invoker = int(record.payload["member"]["user"]["id"])

        async with bot_on(memories, discord_fake, tmp_path, {}) as restarted:
            pressed = await press(restarted, record, "Search mirrored", user_id=invoker)

        cut, mirrored = (decoded(data) for data in uploads(memories))
    assert np.abs(mirrored[:, ::-1] - cut).mean() < 6
    assert "mirrored" in description(pressed)
    assert restarted.session.logged_errors == []
