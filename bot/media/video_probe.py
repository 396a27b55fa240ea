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

import io
from collections.abc import Iterator
from dataclasses import dataclass

import av
from av.container import InputContainer
from av.stream import Disposition

from bot.core.media.clip_refusals import codec_not_decodable, sound_without_picture
from bot.core.media.codec_tags import codec_tag
from bot.media.clip_errors import UNREADABLE, ClipUnreadable

MAX_SKIPPED_PACKETS = 8
"""Corrupt packets skipped in one clip before it counts as damaged."""
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
        tag = codec_tag(data[: 1024 * 1024])
        raise ClipUnreadable(codec_not_decodable(tag), detail=f"no decoder for {tag!r}")
    return stream


def timeline(
    container: InputContainer, stream: av.VideoStream, data: bytes, max_seconds: float
) -> Timeline:
    """The picture stream's first timestamp and span, from its packets (no decoding): exact for
    every container, where declared durations are missing (browser WebM) or estimates (an
    MPEG program stream's can be half the truth). Stops once the span passes `max_seconds`.

    A clip declaring more than `max_seconds` is taken at its word (the caller refuses it)."""
    declared = _declared_duration(container, stream)
    if declared is not None and declared > max_seconds:
        return Timeline(0.0, declared)
    return _scan_timestamps(data, stream.index, max_seconds)


def _declared_duration(container: InputContainer, stream: av.VideoStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    return None


def _scan_timestamps(data: bytes, index: int, max_seconds: float) -> Timeline:
    """First and last timestamps of stream `index`, from its packets alone (no decoding); stops
    once the span passes `max_seconds` (the caller refuses the clip as too long)."""
    first: float | None = None
    end = 0.0
    with av.open(io.BytesIO(data), mode="r") as container:
        stream = container.streams[index]
        frame_time = _frame_time(stream)
        for count, packet in enumerate(container.demux(stream)):
            stamp = packet.pts if packet.pts is not None else packet.dts
            if stamp is None or packet.time_base is None:
                continue
            at = float(stamp * packet.time_base)
            first = at if first is None else min(first, at)
            shown = float(packet.duration * packet.time_base) if packet.duration else frame_time
            end = max(end, at + shown)
            if end - first > max_seconds or count > MAX_SCANNED_PACKETS:
                raise _longer_than(max_seconds)
    if first is None:
        raise ClipUnreadable(UNREADABLE, detail="no timestamped packet")
    return Timeline(first, end - first)


def _frame_time(stream: av.stream.Stream) -> float:
    """How long one frame shows, for packets that do not say (FLV, ASF): from the frame rate."""
    rate = getattr(stream, "average_rate", None) or getattr(stream, "guessed_rate", None)
    return float(1 / rate) if rate else 0.0


def _longer_than(max_seconds: float) -> ClipUnreadable:
    return ClipUnreadable(
        f"That clip is longer than {max_seconds:.0f} s, the longest I search. "
        "Trim it, or send a screenshot of the moment.",
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
