"""Stills from clips as people really record them: each property reproduced by `tests.clipcases`.

Every coded frame has a white top-left quarter: where it lands in a still shows how the still was
turned; the colour in the middle shows which second of the clip it came from.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.media.clip_errors import ClipUnreadable
from bot.media.frames import FrameLimits, SampledFrame, clip_kind, sample_frames
from tests import clipcases
from tests.clipgen import colour_at, video_clip

Corner = str  # "top-left", "top-right", "bottom-left", "bottom-right"


def white_corner(still: SampledFrame) -> Corner:
    """The corner of the still where the coded frame's white top-left quarter is shown."""
    with Image.open(io.BytesIO(still.jpeg)) as image:
        rgb = image.convert("RGB")
        corners = {
            "top-left": (2, 2),
            "top-right": (rgb.width - 3, 2),
            "bottom-left": (2, rgb.height - 3),
            "bottom-right": (rgb.width - 3, rgb.height - 3),
        }
        white = [name for name, xy in corners.items() if min(_rgb(rgb.getpixel(xy))) > 230]
    [corner] = white
    return corner


def middle_colour(still: SampledFrame) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(still.jpeg)) as image:
        rgb = image.convert("RGB")
        return _rgb(rgb.getpixel((rgb.width // 2, rgb.height // 2)))


def _rgb(pixel: object) -> tuple[int, int, int]:
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


def shows_second(still: SampledFrame, second: float) -> bool:
    colour = middle_colour(still)
    return all(abs(a - e) <= 24 for a, e in zip(colour, colour_at(second), strict=True))


def sample(clip: bytes, **limits: float) -> list[SampledFrame]:
    assert clip_kind(clip) == "video"
    return sample_frames(clip, is_gif=False, limits=FrameLimits(**limits))  # type: ignore[arg-type]


def assert_played_in_order(stills: list[SampledFrame]) -> None:
    """Three stills at 0.5, 1.5 and 2.5 s, each showing its own second."""
    assert [still.at_seconds for still in stills] == pytest.approx([0.5, 1.5, 2.5], abs=0.05)
    assert all(shows_second(still, still.at_seconds) for still in stills)


@pytest.mark.parametrize("extension", sorted(clipcases.CONTAINERS))
def test_every_common_container_is_sampled_upright(extension: str) -> None:
    stills = sample(clipcases.in_container(extension))

    assert_played_in_order(stills)
    assert {(s.width, s.height) for s in stills} == {(64, 48)}
    assert {white_corner(s) for s in stills} == {"top-left"}


@pytest.mark.parametrize("extension", sorted(clipcases.CONTAINERS))
def test_the_decode_limits_hold_for_every_container(extension: str) -> None:
    clip = clipcases.in_container(extension)

    with pytest.raises(ClipUnreadable, match=r"3 s long; I search clips of up to 2 s"):
        sample(clip, max_duration_seconds=2)
    with pytest.raises(ClipUnreadable, match="frames are 64×48 pixels, larger than I decode"):
        sample(clip, max_pixels_per_frame=1000)
    with pytest.raises(ClipUnreadable, match="I sample clips of up to 5 frames a second"):
        sample(clip, max_frame_rate=5)


@pytest.mark.parametrize(
    "clip",
    [clipcases.apple_m4v, clipcases.leading_mdat_mov, clipcases.ogg_sound_first],
    ids=["apple-m4v", "leading-mdat", "ogg-sound-first"],
)
def test_files_that_look_like_something_else_at_first_are_sampled(clip: object) -> None:
    assert callable(clip)
    assert_played_in_order(sample(clip()))


def test_a_browser_webm_without_a_duration_is_sampled_over_its_length() -> None:
    stills = sample(clipcases.browser_webm(3))
    assert_played_in_order(stills)


def test_a_browser_webm_longer_than_the_limit_is_refused_without_decoding_it_all() -> None:
    with pytest.raises(ClipUnreadable, match="longer than 2 s, the longest I search"):
        sample(clipcases.browser_webm(4), max_duration_seconds=2)


@pytest.mark.parametrize(
    ("degrees", "mirrored", "corner"),
    [
        (90, False, "bottom-left"),
        (-90, False, "top-right"),
        (180, False, "bottom-right"),
        (0, True, "top-right"),
        (90, True, "bottom-right"),
    ],
    ids=["90-counter-clockwise", "90-clockwise", "upside-down", "mirrored", "90-and-mirrored"],
)
def test_the_display_matrix_turns_every_still_as_a_phone_shows_it(
    degrees: int, mirrored: bool, corner: Corner
) -> None:
    stills = sample(clipcases.rotated(degrees, mirrored=mirrored))

    assert_played_in_order(stills)
    assert {white_corner(s) for s in stills} == {corner}
    portrait = degrees % 180 != 0
    assert {(s.width, s.height) for s in stills} == {(48, 64) if portrait else (64, 48)}


@pytest.mark.parametrize(
    "recording",
    [
        clipcases.Recording("matroska", rotation=-90),
        clipcases.Recording("webm", "libvpx", rotation=-90),
        clipcases.Recording("mov", "mjpeg", pix_fmt="yuvj420p", rotation=-90),
        clipcases.Recording("mov", "libx265", pix_fmt="yuv420p10le", rotation=-90),
    ],
    ids=["mkv", "webm", "mjpeg-mov", "iphone-hevc-10-bit-mov"],
)
def test_the_rotation_is_read_from_every_container_that_carries_one(
    recording: clipcases.Recording,
) -> None:
    stills = sample(clipcases.record(recording))

    assert_played_in_order(stills)
    assert {white_corner(s) for s in stills} == {"top-right"}
    assert {(s.width, s.height) for s in stills} == {(48, 64)}


def test_anamorphic_pixels_are_stretched_to_the_display_aspect() -> None:
    stills = sample(clipcases.anamorphic())

    assert {(s.width, s.height) for s in stills} == {(128, 48)}
    assert {white_corner(s) for s in stills} == {"top-left"}


def test_the_display_aspect_still_fits_the_largest_side() -> None:
    stills = sample(clipcases.anamorphic(), max_side=64)
    assert {(s.width, s.height) for s in stills} == {(64, 24)}


def test_a_clip_starting_at_10_s_is_sampled_from_its_first_frame() -> None:
    assert_played_in_order(sample(clipcases.starting_at(10)))


def test_a_single_frame_clip_gives_one_still() -> None:
    [still] = sample(clipcases.single_frame())
    assert shows_second(still, 0)


def test_identical_moments_give_one_still_each_picture() -> None:
    """A clip showing one picture for 3 s (a cut-short or static clip) is searched once."""
    stills = sample(clipcases.record(clipcases.Recording(seconds=1)), frames=3)
    assert len(stills) == 1


def test_a_clip_cut_short_is_sampled_over_what_it_holds_each_picture_once() -> None:
    """A download cut at 70 %: its header still says 3 s, its packets reach about 1.5 s."""
    whole = video_clip(3, container="webm")

    stills = sample(whole[: len(whole) * 7 // 10])

    assert len(stills) == len({s.jpeg for s in stills}) >= 2
    assert all(shows_second(s, s.at_seconds) for s in stills)
    assert max(s.at_seconds for s in stills) < 2


def test_a_corrupt_packet_is_skipped_when_the_rest_decodes() -> None:
    assert_played_in_order(sample(clipcases.with_corrupt_packet(1.5)))


def test_a_file_of_sound_alone_is_told_it_has_no_picture() -> None:
    with pytest.raises(ClipUnreadable, match="has sound but no picture"):
        sample(clipcases.sound_only())


@pytest.mark.parametrize("media_bytes", [0, 3_000_000], ids=["small", "moov-after-3-mb"])
def test_a_codec_without_decoder_is_named(media_bytes: int) -> None:
    with pytest.raises(ClipUnreadable, match=r"encoded as MPEG-5 EVC \(evc1\), which I can't"):
        sample(clipcases.unknown_codec(media_bytes=media_bytes))
