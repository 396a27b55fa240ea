"""Clips as people really record them, made with PyAV on the spot: every common container, a
browser WebM without a duration, a phone's display rotation, anamorphic pixels, a camera MOV
whose first atom is `mdat`, a clip starting at 10 s, a single frame, sound alone, a corrupt packet.

Like `tests.clipgen`, each second shows one colour from `COLOURS` (so a still tells which moment
it came from), and the top-left quarter of every coded frame is white: where that corner lands
in a still shows how the still was turned.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from fractions import Fraction

import av
import numpy as np
from PIL import Image

from tests.clipgen import colour_at

WHITE = (255, 255, 255)


@dataclass(frozen=True)
class Recording:
    """How a test clip is recorded: container, codec, picture, timing and display hints."""

    format: str = "mp4"
    codec: str = "libx264"
    seconds: float = 3.0
    fps: int = 10
    width: int = 64
    height: int = 48
    pix_fmt: str = "yuv420p"
    start_seconds: float = 0.0
    rotation: int | None = None
    """Counter-clockwise degrees in the display matrix (PyAV's `set_display_rotation`)."""
    mirrored: bool = False
    """The display matrix also flips left to right (a front camera's selfie view)."""
    sample_aspect: Fraction | None = None
    options: dict[str, str] = field(default_factory=dict)


def picture(recording: Recording, second: float) -> Image.Image:
    """A frame: the second's colour, with the white top-left quarter."""
    image = Image.new("RGB", (recording.width, recording.height), colour_at(second))
    image.paste(WHITE, (0, 0, recording.width // 4, recording.height // 4))
    return image


def record(recording: Recording) -> bytes:
    """The clip's bytes, encoded and muxed by PyAV (FFmpeg)."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=recording.format, options=recording.options) as output:
        stream = _video_stream(output, recording)
        first = round(recording.start_seconds * recording.fps)
        for index in range(max(1, round(recording.seconds * recording.fps))):
            image = picture(recording, index / recording.fps)
            frame = av.VideoFrame.from_image(image).reformat(format=recording.pix_fmt)  # type: ignore[no-untyped-call]
            frame.pts = first + index
            frame.time_base = Fraction(1, recording.fps)
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


def _video_stream(output: av.container.OutputContainer, recording: Recording) -> av.VideoStream:
    stream = output.add_stream(recording.codec, rate=recording.fps)
    assert isinstance(stream, av.VideoStream)
    stream.width, stream.height = recording.width, recording.height
    stream.pix_fmt = recording.pix_fmt
    stream.time_base = Fraction(1, recording.fps)
    if recording.sample_aspect is not None:
        stream.codec_context.sample_aspect_ratio = recording.sample_aspect
    if recording.rotation is not None or recording.mirrored:
        stream.set_display_rotation(recording.rotation or 0, hflip=recording.mirrored)
    return stream


# --- every common container -------------------------------------------------------------------

CONTAINERS: dict[str, tuple[str, Recording]] = {
    "mkv": ("video/x-matroska", Recording("matroska")),
    "3gp": ("video/3gpp", Recording("3gp")),
    "avi": ("video/x-msvideo", Recording("avi", "mpeg4")),
    "ts": ("video/mp2t", Recording("mpegts", "mpeg2video", fps=25)),
    "mpg": ("video/mpeg", Recording("vob", "mpeg2video", fps=25)),
    "ogv": ("video/ogg", Recording("ogg", "libvpx")),
    "flv": ("video/x-flv", Recording("flv", "flv")),
    "wmv": ("video/x-ms-wmv", Recording("asf", "wmv2")),
    "m4v": ("video/x-m4v", Recording("ipod")),
    "mov": ("video/quicktime", Recording("mov", "mjpeg", pix_fmt="yuvj420p")),
}
"""Extension → (the type Discord declares, how such a file is recorded)."""


def in_container(extension: str) -> bytes:
    return record(CONTAINERS[extension][1])


# --- the properties real recordings have ------------------------------------------------------


def browser_webm(seconds: float = 3.0) -> bytes:
    """Like Chrome's and Firefox's MediaRecorder: a WebM with no duration and no cues."""
    return record(Recording("webm", "libvpx", seconds=seconds, options={"live": "1"}))


def rotated(degrees: int, *, mirrored: bool = False) -> bytes:
    """A landscape-coded phone clip whose display matrix turns it `degrees` counter-clockwise
    (then flips it left to right when `mirrored`)."""
    return record(Recording(rotation=degrees, mirrored=mirrored))


def anamorphic() -> bytes:
    """Pixels twice as wide as tall (sample aspect ratio 2:1): 64×48 coded, shown 128×48."""
    return record(Recording(sample_aspect=Fraction(2, 1)))


def starting_at(seconds: float) -> bytes:
    """A clip cut from a longer one: its timestamps start `seconds` in."""
    return record(Recording(start_seconds=seconds))


def single_frame() -> bytes:
    return record(Recording(seconds=0.1))


def apple_m4v() -> bytes:
    """An `.m4v` as Apple writes it: major brand `M4V `, `M4A ` among the compatible brands."""
    m4v = in_container("m4v")
    ftyp_end = int.from_bytes(m4v[:4], "big")
    brands = m4v[16:ftyp_end].replace(b"iso2", b"M4A ", 1)
    return m4v[:16] + brands + m4v[ftyp_end:]


def leading_mdat_mov() -> bytes:
    """A camera MJPEG MOV whose first atom is `mdat` (no `ftyp`): the muxer's `ftyp` and
    `wide` are folded into a leading `mdat`, so every chunk offset stays where it was."""
    mov = in_container("mov")
    mdat = mov.index(b"mdat") - 4
    mdat_end = mdat + struct.unpack(">I", mov[mdat : mdat + 4])[0]
    return struct.pack(">I", mdat_end) + b"mdat" + mov[8:]


def sound_only() -> bytes:
    """An MP4 (brand `isom`, like a video's) holding one AAC track and no picture."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as output:
        stream = output.add_stream("aac", rate=44_100)
        assert isinstance(stream, av.AudioStream)
        for index in range(20):
            silence = np.zeros((1, 1024), dtype=np.float32)
            frame = av.AudioFrame.from_ndarray(silence, format="fltp", layout="mono")
            frame.sample_rate, frame.pts = 44_100, index * 1024
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


def ogg_sound_first() -> bytes:
    """An Ogg video whose first stream is Opus sound, the VP8 picture second."""
    buffer = io.BytesIO()
    recording = Recording("ogg", "libvpx")
    with av.open(buffer, mode="w", format="ogg") as output:
        sound = output.add_stream("libopus", rate=48_000)
        assert isinstance(sound, av.AudioStream)
        video = _video_stream(output, recording)
        for index in range(30):
            frame = av.VideoFrame.from_image(picture(recording, index / 10))  # type: ignore[no-untyped-call]
            frame.pts = index
            output.mux(video.encode(frame))
        for index in range(150):
            silence = np.zeros((1, 960), dtype=np.float32)
            chunk = av.AudioFrame.from_ndarray(silence, format="flt", layout="mono")
            chunk.sample_rate, chunk.pts = 48_000, index * 960
            output.mux(sound.encode(chunk))
        output.mux(video.encode(None))
        output.mux(sound.encode(None))
    return buffer.getvalue()


def with_corrupt_packet(at_second: float = 1.5) -> bytes:
    """An MP4 whose packet at `at_second` is garbage (the rest decodes)."""
    clip = record(Recording())
    with av.open(io.BytesIO(clip), mode="r") as container:
        stream = container.streams.video[0]
        assert stream.time_base is not None
        at_pts = at_second / stream.time_base
        packet = next(
            p for p in container.demux(stream) if p.size and p.pts is not None and p.pts >= at_pts
        )
        position, size = packet.pos, packet.size
    assert position is not None
    return clip[:position] + b"\xff" * size + clip[position + size :]


def unknown_codec(*, media_bytes: int = 0) -> bytes:
    """An MP4 whose video says `evc1` (MPEG-5 EVC), a codec this FFmpeg build cannot decode;
    `media_bytes` more of media data before the `moov` that names it."""
    clip = record(Recording())
    entry = clip.index(b"avc1", clip.index(b"stsd"))
    return _grown_mdat(clip[:entry] + b"evc1" + clip[entry + 4 :], media_bytes)


def _grown_mdat(mp4: bytes, extra: int) -> bytes:
    """`extra` bytes appended inside the `mdat` (after every sample, so no offset moves)."""
    mdat = mp4.index(b"mdat") - 4
    size = struct.unpack(">I", mp4[mdat : mdat + 4])[0]
    grown = struct.pack(">I", size + extra) + mp4[mdat + 4 : mdat + size]
    return mp4[:mdat] + grown + bytes(extra) + mp4[mdat + size :]
