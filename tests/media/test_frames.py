"""Sampling stills from GIFs and videos made in the test."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.media.clip_errors import ClipUnreadable
from bot.media.frames import FrameLimits, sample_frames, sample_frames_async
from tests.clipgen import colour_at, gif_clip, gif_of_tiny_frames, repeated_mp4, video_clip


def colour_of(jpeg: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        pixel = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


def assert_close(actual: tuple[int, int, int], expected: tuple[int, int, int]) -> None:
    assert all(abs(a - e) <= 24 for a, e in zip(actual, expected, strict=True)), (actual, expected)


@pytest.mark.parametrize("clip", [gif_clip(3), video_clip(3), video_clip(3, container="webm")])
def test_three_frames_spread_over_the_clip(clip: bytes) -> None:
    frames = sample_frames(clip, is_gif=clip.startswith(b"GIF"), limits=FrameLimits())

    assert [frame.at_seconds for frame in frames] == [0.5, 1.5, 2.5]
    for frame in frames:
        assert_close(colour_of(frame.jpeg), colour_at(frame.at_seconds))
        assert (frame.width, frame.height) == (64, 48)


async def test_the_frame_count_is_a_setting_and_decoding_runs_in_a_thread() -> None:
    frames = await sample_frames_async(video_clip(5), is_gif=False, limits=FrameLimits(frames=5))
    assert [frame.at_seconds for frame in frames] == [0.5, 1.5, 2.5, 3.5, 4.5]


def test_big_frames_are_shrunk() -> None:
    frames = sample_frames(gif_clip(1, w=400, h=300), is_gif=True, limits=FrameLimits(max_side=100))
    assert {(frame.width, frame.height) for frame in frames} == {(100, 75)}


def test_a_gif_with_fewer_frames_than_asked_gives_one_still_each() -> None:
    two_frames = gif_clip(2, fps=1)
    assert len(sample_frames(two_frames, is_gif=True, limits=FrameLimits(frames=3))) == 2


@pytest.mark.parametrize(("clip", "is_gif"), [(gif_clip(4), True), (video_clip(4), False)])
def test_a_clip_longer_than_the_limit_is_refused_with_its_length(clip: bytes, is_gif: bool) -> None:
    with pytest.raises(ClipUnreadable, match="4 s long; I search clips of up to 3 s"):
        sample_frames(clip, is_gif=is_gif, limits=FrameLimits(max_duration_seconds=3))


def test_frames_larger_than_the_limit_are_refused_before_decoding() -> None:
    with pytest.raises(ClipUnreadable, match="64×48 pixels"):
        sample_frames(video_clip(1), is_gif=False, limits=FrameLimits(max_pixels_per_frame=1000))


@pytest.mark.parametrize(
    ("data", "is_gif"),
    [(video_clip(2)[:400], False), (b"\x00" * 2000, False), (gif_clip(2)[:60], True)],
)
def test_a_broken_clip_gets_a_clear_message(data: bytes, is_gif: bool) -> None:
    with pytest.raises(ClipUnreadable, match="couldn't read that clip"):
        sample_frames(data, is_gif=is_gif, limits=FrameLimits())


# --- what a clip may cost, decided before decoding ----------------------------------------------


def refusal(clip: bytes, *, is_gif: bool, limits: FrameLimits | None = None) -> str:
    with pytest.raises(ClipUnreadable) as refused:
        sample_frames(clip, is_gif=is_gif, limits=limits or FrameLimits())
    return refused.value.user_message


def test_a_gif_of_ten_thousand_tiny_frames_is_refused_by_its_frame_count() -> None:
    hostile = gif_of_tiny_frames()
    assert len(hostile) < 240_000

    message = refusal(hostile, is_gif=True)

    assert message.startswith("That GIF has more than 3000 frames; I sample GIFs of up to 3000")


def test_a_gif_whose_stills_need_too_many_canvas_pixels_is_refused_naming_the_budget() -> None:
    message = refusal(gif_of_tiny_frames(frames=100, delay_cs=50), is_gif=True)

    assert "84 frames of 2880×2880 pixels" in message
    assert "I decode at most 500 megapixels per clip" in message


def test_a_video_at_a_thousand_frames_a_second_is_refused_by_its_frame_rate() -> None:
    message = refusal(repeated_mp4(64, 48, 1000, 2), is_gif=False)

    assert message.startswith(
        "That clip runs at 1000 frames a second; I sample clips of up to 240 frames a second."
    )


def test_a_long_run_after_the_only_keyframe_is_decoded_only_up_to_each_stills_share() -> None:
    clip = repeated_mp4(64, 48, 100, 30)

    frames = sample_frames(clip, is_gif=False, limits=FrameLimits(max_frames_per_sample=20))

    assert [frame.at_seconds for frame in frames] == [0.19], "the first 20 frames, searched once"


def test_a_gif_reaches_its_later_stills_frame_by_frame_within_the_budget() -> None:
    frames = sample_frames(gif_clip(6, w=320, h=240), is_gif=True, limits=FrameLimits())
    assert [frame.at_seconds for frame in frames] == [1.0, 3.0, 5.0]
    for frame in frames:
        assert_close(colour_of(frame.jpeg), colour_at(frame.at_seconds))
