"""What sampling a clip may cost, and the pieces the GIF and video samplers share: the limits
(`FrameLimits`), the per-clip pixel meter, the refusals that name a limit, and the still itself.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image

from bot.core.language import Text
from bot.media.clip_errors import UNREADABLE, ClipUnreadable


@dataclass(frozen=True)
class FrameLimits:
    """How much clip the bot agrees to decode, and how big the sampled stills are."""

    frames: int = 3
    max_duration_seconds: float = 60.0
    max_pixels_per_frame: int = 8_300_000
    """A 4K frame (3840×2160); more is refused before decoding."""
    max_side: int = 1280
    max_frame_rate: float = 240.0
    """Frames a second (phones film slow motion at 240); more is refused before decoding."""
    max_gif_frames: int = 3000
    """Frames of an animated GIF (a minute at 50 a second); counted without decoding."""
    max_decoded_pixels: int = 500_000_000
    """Pixels decoded per clip, all frames together (about 2 CPU seconds): 60 4K frames, 240 at
    1080p. A GIF whose stills need more is refused before decoding; a video's stills share it."""
    max_frames_per_sample: int = 250
    """Frames decoded from the keyframe before a still to the still itself, at most."""


@dataclass(frozen=True)
class SampledFrame:
    """One still of the user's clip, taken `at_seconds` into it, as JPEG bytes."""

    at_seconds: float
    jpeg: bytes = field(repr=False)
    width: int
    height: int


def sample_times(duration: float, count: int) -> list[float]:
    """`count` moments spread over `duration` seconds: the middle of each equal stretch."""
    return [duration * (index + 0.5) / count for index in range(count)]


def unreadable(detail: str) -> ClipUnreadable:
    return ClipUnreadable(UNREADABLE, detail=detail)


def too_long(duration: float, limits: FrameLimits) -> ClipUnreadable:
    return ClipUnreadable(
        Text(
            "error-clip-too-long",
            seconds=whole(duration),
            limit=whole(limits.max_duration_seconds),
        ),
        detail=f"duration {duration:.1f} s",
    )


def whole(value: float) -> int:
    """`value` rounded as the sentences always showed it (`{value:.0f}`: halves to even)."""
    return round(value)


def check_size(width: int, height: int, limits: FrameLimits) -> None:
    if width * height > limits.max_pixels_per_frame or width <= 0 or height <= 0:
        megapixels = round(limits.max_pixels_per_frame / 1e6, 1)
        raise ClipUnreadable(
            Text("error-clip-frames-too-large", width=width, height=height, megapixels=megapixels),
            detail=f"frame size {width}x{height}",
        )


class PixelMeter:
    """Pixels decoded so far for one clip, against `limits.max_decoded_pixels`; asked after
    every frame whether the still being sought may take one more."""

    def __init__(self, limits: FrameLimits) -> None:
        self.limits = limits
        self.spent = 0

    def charge(self, pixels: int) -> None:
        self.spent += pixels

    def share(self, stills_left: int) -> int:
        """Pixels the next still may spend: an equal share of what is left."""
        left = max(self.limits.max_decoded_pixels - self.spent, 0)
        return left // max(stills_left, 1)


def still(image: Image.Image, at_seconds: float, limits: FrameLimits) -> SampledFrame:
    """A picture as a JPEG no larger than `limits.max_side` on either side."""
    rgb = image.convert("RGB")
    rgb.thumbnail((limits.max_side, limits.max_side))
    buffer = io.BytesIO()
    rgb.save(buffer, format="JPEG", quality=90)
    return SampledFrame(round(at_seconds, 2), buffer.getvalue(), rgb.width, rgb.height)
