"""A few still frames from a short clip (animated GIF, MP4, WebM, MOV), to search one by one.

Frames are spread over the clip (the middle of each of N equal stretches, so a 3-frame sample of a
9 s clip is taken at 1.5 s, 4.5 s and 7.5 s), each with its moment in the clip: the answer says
which moments of the user's clip matched which moments of a source video.

Decoding is CPU work: `sample_frames_async` runs it in a worker thread, off the event loop. Memory
stays bounded: frames are decoded one at a time and only the chosen ones are kept, shrunk to at
most `FrameLimits.max_side` pixels and encoded as JPEG. Pillow reads GIFs, PyAV (FFmpeg) reads
video. Anything that cannot be decoded raises `ClipUnreadable` with a sentence for the user.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

import av
from PIL import Image, ImageSequence

from bot.core.media.containers import sniff_container
from bot.media.clip_errors import UNREADABLE as _UNREADABLE
from bot.media.clip_errors import ClipUnreadable
from bot.media.orientation import upright_image
from bot.media.video_probe import picture_stream, timeline, tolerant_frames

GIF_DEFAULT_FRAME_MS = 100
"""Browsers show a GIF frame without (or with a tiny) delay for about a tenth of a second."""


@dataclass(frozen=True)
class FrameLimits:
    """How much clip the bot agrees to decode, and how big the sampled stills are."""

    frames: int = 3
    max_duration_seconds: float = 60.0
    max_pixels_per_frame: int = 8_300_000
    """A 4K frame (3840×2160); more is refused before decoding."""
    max_side: int = 1280


@dataclass(frozen=True)
class SampledFrame:
    """One still of the user's clip, taken `at_seconds` into it, as JPEG bytes."""

    at_seconds: float
    jpeg: bytes = field(repr=False)
    width: int
    height: int


def clip_kind(data: bytes) -> Literal["gif", "video"] | None:
    """ "gif" for an animated GIF, "video" for any video container recognised by its content
    (`bot.core.media.containers`); None for anything else (a still image is searched as it is)."""
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif" if _is_animated_gif(data) else None
    return "video" if sniff_container(data[:4096]) is not None else None


def _is_animated_gif(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as gif:
            return bool(getattr(gif, "is_animated", False))
    except (OSError, ValueError, EOFError, Image.DecompressionBombError):
        return False  # not a clip we can sample: the image checks say what is wrong with it


def sample_times(duration: float, count: int) -> list[float]:
    """`count` moments spread over `duration` seconds: the middle of each equal stretch."""
    return [duration * (index + 0.5) / count for index in range(count)]


async def sample_frames_async(
    data: bytes, *, is_gif: bool, limits: FrameLimits
) -> list[SampledFrame]:
    """`sample_frames` in a worker thread."""
    return await asyncio.to_thread(sample_frames, data, is_gif=is_gif, limits=limits)


def sample_frames(data: bytes, *, is_gif: bool, limits: FrameLimits) -> list[SampledFrame]:
    """Up to `limits.frames` stills spread over the clip (fewer when it has fewer frames)."""
    try:
        return _distinct(_sample_gif(data, limits) if is_gif else _sample_video(data, limits))
    except ClipUnreadable:
        raise
    except (
        av.FFmpegError,
        OSError,
        ValueError,
        EOFError,
        IndexError,
        Image.DecompressionBombError,
    ) as error:
        raise ClipUnreadable(_UNREADABLE, detail=f"{type(error).__name__}: {error}") from None


def _too_long(duration: float, limits: FrameLimits) -> ClipUnreadable:
    return ClipUnreadable(
        f"That clip is {duration:.0f} s long; I search clips of up to "
        f"{limits.max_duration_seconds:.0f} s. Trim it, or send a screenshot of the moment.",
        detail=f"duration {duration:.1f} s",
    )


def _check_size(width: int, height: int, limits: FrameLimits) -> None:
    if width * height > limits.max_pixels_per_frame or width <= 0 or height <= 0:
        raise ClipUnreadable(
            f"That clip's frames are {width}×{height} pixels, larger than I decode. "
            "Send a smaller copy or a screenshot.",
            detail=f"frame size {width}x{height}",
        )


def _still(image: Image.Image, at_seconds: float, limits: FrameLimits) -> SampledFrame:
    """A frame as a JPEG no larger than `limits.max_side` on either side."""
    rgb = image.convert("RGB")
    rgb.thumbnail((limits.max_side, limits.max_side))
    buffer = io.BytesIO()
    rgb.save(buffer, format="JPEG", quality=90)
    return SampledFrame(round(at_seconds, 2), buffer.getvalue(), rgb.width, rgb.height)


FrameAt = tuple[float, Callable[[], Image.Image]]
"""A frame's start in seconds, and how to get it as a picture (decoded only when chosen)."""


def _gif_frames(gif: Image.Image) -> Iterator[FrameAt]:
    """GIF frames in order. Pillow reuses one image while seeking, so each is copied (GIF frames
    are small, and at most two are alive at a time)."""
    start = 0.0
    for frame in ImageSequence.Iterator(gif):
        still = frame.copy()
        yield start, lambda still=still: still  # type: ignore[misc]
        start += _gif_delay(frame)


def _gif_delay(frame: Image.Image) -> float:
    delay = frame.info.get("duration") or GIF_DEFAULT_FRAME_MS
    return max(float(delay), 20.0) / 1000


def _gif_duration(gif: Image.Image) -> float:
    return sum(_gif_delay(frame) for frame in ImageSequence.Iterator(gif))


def _sample_gif(data: bytes, limits: FrameLimits) -> list[SampledFrame]:
    with Image.open(io.BytesIO(data)) as gif:
        _check_size(gif.width, gif.height, limits)
        duration = _gif_duration(gif)
        if duration > limits.max_duration_seconds:
            raise _too_long(duration, limits)
        count = min(limits.frames, getattr(gif, "n_frames", 1))
        return _pick(_gif_frames(gif), sample_times(duration, count), limits)


def _pick(
    frames: Iterator[FrameAt], targets: list[float], limits: FrameLimits
) -> list[SampledFrame]:
    """For each target moment, the frame showing at that moment (the last one starting at or
    before it); frames arrive in time order and only the previous one is kept."""
    chosen: list[SampledFrame] = []
    pending = list(targets)
    previous: FrameAt | None = None
    for frame in frames:
        while pending and previous is not None and frame[0] > pending[0]:
            chosen.append(_still(previous[1](), pending.pop(0), limits))
        if not pending:
            return chosen
        previous = frame
    if previous is not None:
        chosen.extend(_still(previous[1](), target, limits) for target in pending)
    return chosen


def _video_frames(
    container: av.container.InputContainer, stream: av.VideoStream, start: float, max_side: int
) -> Iterator[FrameAt]:
    """Frames timed from the stream's first timestamp, each shown upright at its display aspect
    (`bot.media.orientation`); corrupt packets skipped (`bot.media.video_probe`)."""
    stream.thread_type = "AUTO"
    for frame in tolerant_frames(container, stream):
        if frame.time is not None:
            yield float(frame.time) - start, partial(upright_image, frame, stream, max_side)


def _sample_video(data: bytes, limits: FrameLimits) -> list[SampledFrame]:
    with av.open(io.BytesIO(data), mode="r") as container:
        stream = picture_stream(container, data)
        _check_size(stream.codec_context.width, stream.codec_context.height, limits)
        clip = timeline(container, stream, data, limits.max_duration_seconds)
        if clip.duration > limits.max_duration_seconds:
            raise _too_long(clip.duration, limits)
        frames = _pick(
            _video_frames(container, stream, clip.start, limits.max_side),
            sample_times(clip.duration, limits.frames),
            limits,
        )
    if not frames:
        raise ClipUnreadable(_UNREADABLE, detail="no frame decoded")
    return frames


def _distinct(stills: list[SampledFrame]) -> list[SampledFrame]:
    """Each picture once: a single-frame or cut-short clip gives the same still for several
    moments, and each still searched costs an API call. The first moment is kept."""
    distinct: dict[bytes, SampledFrame] = {}
    for still in stills:
        distinct.setdefault(still.jpeg, still)
    return list(distinct.values())
