"""Stills from an animated GIF, decided from its blocks before a pixel is decoded.

Pillow composes every frame onto the full canvas on its way to a later one, so the cost of
reaching a still is (frames up to it) x (canvas pixels): 30 ms a frame on a 2880x2880 canvas,
however tiny the frames. So the frames are counted and timed by walking the blocks
(`gif_layout.read_timeline`, stopped at `max_gif_frames`), the frames the stills need are known
before decoding, and a GIF whose stills would cost more than `max_decoded_pixels` is refused,
naming that limit. The decode itself then moves one frame at a time, charged to the pixel meter.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from bot.core.images.gif_layout import GifTimeline, read_timeline
from bot.core.images.image_layout import LayoutError
from bot.core.language import Text
from bot.media.clip_errors import ClipUnreadable
from bot.media.frame_rules import (
    FrameLimits,
    PixelMeter,
    SampledFrame,
    check_size,
    sample_times,
    still,
    too_long,
)


def sample_gif(data: bytes, limits: FrameLimits) -> list[SampledFrame]:
    """Up to `limits.frames` stills, each the frame showing at its moment."""
    timeline = read_timeline(data, frame_limit=limits.max_gif_frames)
    if not timeline.complete:
        raise _too_many_frames(limits)
    check_size(timeline.width, timeline.height, limits)
    if timeline.duration > limits.max_duration_seconds:
        raise too_long(timeline.duration, limits)
    targets = sample_times(timeline.duration, min(limits.frames, len(timeline.delays)))
    indices = [timeline.frame_at(target) for target in targets]
    _require_affordable(timeline, max(indices) + 1, limits)
    meter = PixelMeter(limits)
    with Image.open(io.BytesIO(data), formats=["GIF"]) as gif:
        return [
            _still_at(gif, index, target, meter)
            for index, target in zip(indices, targets, strict=True)
        ]


def require_gif_frames_within(data: bytes, limits: FrameLimits) -> None:
    """Refuse, from its blocks alone, a GIF with more frames than `limits.max_gif_frames` (the
    walk stops there: a million tiny frames cost no more to refuse than three thousand)."""
    try:
        complete = read_timeline(data, frame_limit=limits.max_gif_frames).complete
    except (LayoutError, IndexError, struct.error):
        return  # damaged: the image check names it
    if not complete:
        raise _too_many_frames(limits)


def _still_at(gif: Image.Image, index: int, target: float, meter: PixelMeter) -> SampledFrame:
    """Move to frame `index` one frame at a time (each charged at the canvas), as a still."""
    canvas = gif.width * gif.height
    while gif.tell() < index:
        gif.seek(gif.tell() + 1)
        meter.charge(canvas)
        if meter.spent > meter.limits.max_decoded_pixels:
            raise _too_costly(index + 1, gif.width, gif.height, meter.limits)
    return still(gif, target, meter.limits)


def _require_affordable(timeline: GifTimeline, frames: int, limits: FrameLimits) -> None:
    if frames * timeline.width * timeline.height > limits.max_decoded_pixels:
        raise _too_costly(frames, timeline.width, timeline.height, limits)


def _too_many_frames(limits: FrameLimits) -> ClipUnreadable:
    return ClipUnreadable(
        Text("error-gif-too-many-frames", limit=limits.max_gif_frames),
        detail=f"over {limits.max_gif_frames} GIF frames",
    )


def _too_costly(frames: int, width: int, height: int, limits: FrameLimits) -> ClipUnreadable:
    budget = limits.max_decoded_pixels // 1_000_000
    return ClipUnreadable(
        Text("error-gif-too-costly", frames=frames, width=width, height=height, budget=budget),
        detail=f"{frames} frames of {width}x{height} over {budget} MP",
    )
