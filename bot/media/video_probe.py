"""What a video file holds, before its stills are sampled: the picture stream, its timeline.

- The picture stream: a file with sound only (or only a cover picture) is told "sound but no
  picture"; a codec this FFmpeg build cannot decode is named.
- The timeline: where the stream's timestamps start (a clip cut from a longer one may start at
  10 s) and how long it lasts, read from the packets' timestamps without decoding anything and
  stopping as soon as the clip is longer than the limit. Browser recordings (MediaRecorder WebM)
  and live captures declare no duration, and MPEG streams only an estimate, so none is trusted.
- Decoding that survives a corrupt packet: the packet is skipped when the rest decodes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

import av
from av.container import InputContainer
from av.stream import Disposition

from bot.core.language import Text
from bot.core.media.clip_refusals import codec_not_decodable, sound_without_picture
from bot.core.media.codec_tags import codec_tag
from bot.media.clip_errors import UNREADABLE, ClipUnreadable

MAX_SKIPPED_PACKETS = 8
"""Corrupt packets skipped in one clip before it counts as damaged."""
_HEADER_BYTES = 1024 * 1024
"""Where a container's headers are: its first megabyte, or its last (an MP4's `moov` may
follow the media data)."""
MAX_SCANNED_PACKETS = 100_000
"""A bound on the timestamp scan, whatever the file's size (a 60 s clip at 240 fps is 14 400)."""


@dataclass(frozen=True)
class Timeline:
    """Where the picture stream's timestamps start, and how long it lasts, in seconds."""

    start: float
    duration: float


def picture_stream(container: InputContainer, data: bytes) -> av.VideoStream:
    """The first video stream that is a moving picture (not an MP3's cover art)."""
    streams = [
        stream
        for stream in container.streams.video
        if not stream.disposition & Disposition.attached_pic
    ]
    if not streams:
        message = sound_without_picture(None) if container.streams.audio else UNREADABLE
        raise ClipUnreadable(message, detail="no video stream")
    stream = streams[0]
    decoder: av.VideoCodecContext | None = stream.codec_context  # None: FFmpeg lacks the codec
    if decoder is None:
        tag = codec_tag(data[:_HEADER_BYTES]) or codec_tag(data[-_HEADER_BYTES:])  # moov last
        raise ClipUnreadable(codec_not_decodable(tag), detail=f"no decoder for {tag!r}")
    return stream


def timeline(container: InputContainer, stream: av.VideoStream, max_seconds: float) -> Timeline:
    """The picture stream's first timestamp and span, from its packets (no decoding): exact for
    every container, where declared durations are missing (browser WebM) or estimates (an
    MPEG program stream's can be half the truth). Stops once the span passes `max_seconds`.
    The container is read once to its end, then sought back to the start.

    A clip declaring more than `max_seconds` is taken at its word (the caller refuses it)."""
    declared = _declared_duration(container, stream)
    if declared is not None and declared > max_seconds:
        return Timeline(0.0, declared)
    time_base = stream.time_base
    if time_base is None:
        raise ClipUnreadable(UNREADABLE, detail="no time base")
    limit = Fraction(max_seconds) / time_base
    first, end = _scan_timestamps(container, stream, limit)
    if end - first > limit:
        raise _longer_than(max_seconds)
    container.seek(first, stream=stream, backward=True)
    return Timeline(float(first * time_base), float((end - first) * time_base))


def _declared_duration(container: InputContainer, stream: av.VideoStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    return None


def _scan_timestamps(
    container: InputContainer, stream: av.VideoStream, limit: Fraction
) -> tuple[int, int]:
    """First and last timestamps of `stream`, in its time base, from its packets alone (no
    decoding); stops once the span passes `limit`."""
    first: int | None = None
    end = 0
    frame_time = _frame_time(stream)
    for count, packet in enumerate(container.demux(stream)):
        stamp = packet.pts if packet.pts is not None else packet.dts
        if stamp is None:
            continue
        first = stamp if first is None else min(first, stamp)
        end = max(end, stamp + (packet.duration or frame_time))
        if count > MAX_SCANNED_PACKETS:  # more frames than any clip within the limits
            return first, first + math.ceil(limit) + 1
        if end - first > limit:
            break
    if first is None:
        raise ClipUnreadable(UNREADABLE, detail="no timestamped packet")
    return first, end


def _frame_time(stream: av.VideoStream) -> int:
    """How long one frame shows, in the stream's time base, for packets that do not say (FLV,
    ASF): from the frame rate."""
    rate = stream.average_rate or stream.guessed_rate
    return round(1 / (rate * stream.time_base)) if rate and stream.time_base else 0


def _longer_than(max_seconds: float) -> ClipUnreadable:
    return ClipUnreadable(
        Text("error-clip-longer-than", limit=round(max_seconds)),
        detail="no declared duration; timestamps pass the limit",
    )


def tolerant_frames(container: InputContainer, stream: av.VideoStream) -> Iterator[av.VideoFrame]:
    """The stream's frames in order; a packet the decoder rejects is skipped (up to
    `MAX_SKIPPED_PACKETS`), and a file that breaks off ends the clip where it broke."""
    skipped = 0
    packets = container.demux(stream)
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            return
        except av.InvalidDataError:
            return  # the container breaks off: what came before is the clip
        try:
            yield from packet.decode()
        except av.InvalidDataError:
            skipped += 1
            if skipped > MAX_SKIPPED_PACKETS:
                raise
