"""Stills from a video (MP4, MOV, WebM and the rest), decided from its container before decoding.

The container says the frame rate and the frame size without decoding a frame, and the packets'
timestamps say where the clip starts and how long it lasts (`bot.media.video_probe`); each is
checked against `FrameLimits` first and refused with a sentence naming the limit. Then
each still is sought: the demuxer jumps to the keyframe at or before the moment and frames are
decoded from there only until the moment is reached, or until the still's share of the clip's
pixel limit (or `max_frames_per_sample`) is spent, whichever comes first; then the latest frame
decoded is the still, with its own moment. The decoder runs on one thread, so the CPU a clip
costs is the time its decode takes, and the pool's time limit bounds both. Each still is shown
upright at its display aspect (`bot.media.orientation`); a corrupt packet is skipped.
"""

from __future__ import annotations

import io

import av
from av.container import InputContainer
from av.video.frame import VideoFrame

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
    unreadable,
)
from bot.media.orientation import upright_image
from bot.media.video_probe import picture_stream, timeline, tolerant_frames

_EARLY = 1e-3
"""A frame starting this close before a moment counts as showing it (timestamps are rounded)."""
_SAME_MOMENT = 0.05
"""Stills closer than this (the pixel limit stopped two seeks at one keyframe) are searched once."""


def sample_video(data: bytes, limits: FrameLimits) -> list[SampledFrame]:
    """Up to `limits.frames` stills, each the frame showing at its moment (or the nearest one
    before it that the pixel limit reached)."""
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            stream = _checked_stream(container, data, limits)
            clip = timeline(container, stream, limits.max_duration_seconds)
            if clip.duration > limits.max_duration_seconds:
                raise too_long(clip.duration, limits)
            moments = sample_times(clip.duration, limits.frames)
            frames = _sample(_Seeker(container, stream, clip.start), moments, limits)
    except av.FFmpegError as error:
        raise unreadable(f"{type(error).__name__}: {error}") from None
    if not frames:
        raise unreadable("no frame decoded")
    return frames


def _checked_stream(container: InputContainer, data: bytes, limits: FrameLimits) -> av.VideoStream:
    """The picture stream, after its declared size and frame rate passed the limits."""
    stream = picture_stream(container, data)
    check_size(stream.codec_context.width, stream.codec_context.height, limits)
    rate = stream.average_rate or stream.guessed_rate
    if rate is not None and float(rate) > limits.max_frame_rate:
        raise ClipUnreadable(
            Text("error-clip-frame-rate", rate=round(rate), limit=round(limits.max_frame_rate)),
            detail=f"frame rate {float(rate):.1f}",
        )
    stream.thread_type = "SLICE"
    stream.codec_context.thread_count = 1
    return stream


class _Seeker:
    """One clip's container and picture stream, with the moment its timestamps start."""

    def __init__(self, container: InputContainer, stream: av.VideoStream, start: float) -> None:
        self.container, self.stream, self.start = container, stream, start


def _sample(seeker: _Seeker, moments: list[float], limits: FrameLimits) -> list[SampledFrame]:
    meter = PixelMeter(limits)
    stills: list[SampledFrame] = []
    for number, moment in enumerate(moments):
        found = _frame_at(seeker, moment, meter.share(len(moments) - number), meter)
        if found is None:
            continue
        frame, reached = found
        at = moment if reached else float(frame.time or 0.0) - seeker.start
        if not stills or at > stills[-1].at_seconds + _SAME_MOMENT:
            picture = upright_image(frame, seeker.stream, limits.max_side)
            stills.append(still(picture, at, limits))
    return stills


def _frame_at(
    seeker: _Seeker, moment: float, pixels: int, meter: PixelMeter
) -> tuple[VideoFrame, bool] | None:
    """The frame showing at `moment` s into the clip and True; or, when `pixels` (or the frame
    cap) ran out first, the latest frame decoded and False; None if nothing decoded."""
    stream, target = seeker.stream, moment + seeker.start
    if stream.time_base is not None:
        seeker.container.seek(int(target / stream.time_base), stream=stream, backward=True)
    previous: VideoFrame | None = None
    spent = 0
    for count, frame in enumerate(tolerant_frames(seeker.container, stream), start=1):
        spent += frame.width * frame.height
        meter.charge(frame.width * frame.height)
        if frame.time is not None and frame.time > target + _EARLY and previous is not None:
            return previous, True
        previous = frame
        if spent >= pixels or count >= meter.limits.max_frames_per_sample:
            return previous, frame.time is not None and frame.time >= target - _EARLY
    return (previous, True) if previous is not None else None
