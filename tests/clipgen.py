"""Real short clips for tests, made on the spot: animated GIFs with Pillow, MP4/WebM with PyAV.

Each second of a clip shows one solid colour from `COLOURS`, so a test can tell from a sampled
still which moment of the clip it came from.
"""

from __future__ import annotations

import io
import struct
from fractions import Fraction

import av
from PIL import Image

COLOURS = [(220, 40, 40), (40, 200, 60), (40, 80, 220), (230, 210, 40), (200, 60, 200)]


def colour_at(second: float) -> tuple[int, int, int]:
    return COLOURS[int(second) % len(COLOURS)]


def gif_clip(seconds: int = 3, *, w: int = 64, h: int = 48, fps: int = 4) -> bytes:
    """An animated GIF `seconds` long: `fps` frames per second, one colour per second."""
    frames = [Image.new("RGB", (w, h), colour_at(i / fps)) for i in range(seconds * fps)]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, format="GIF", save_all=True, append_images=frames[1:], duration=1000 // fps, loop=0
    )
    return buffer.getvalue()


def video_clip(
    seconds: int = 3, *, w: int = 64, h: int = 48, fps: int = 10, container: str = "mp4"
) -> bytes:
    """A real H.264 MP4 (or VP8 WebM) `seconds` long, one colour per second."""
    codec = "libvpx" if container == "webm" else "libx264"
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container) as output:
        stream = output.add_stream(codec, rate=fps)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.time_base = Fraction(1, fps)
        for index in range(seconds * fps):
            picture = Image.new("RGB", (w, h), colour_at(index / fps))
            frame = av.VideoFrame.from_image(picture)  # type: ignore[no-untyped-call]
            frame.pts = index
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


def gif_of_tiny_frames(side: int = 2880, frames: int = 10_000, delay_cs: int = 1) -> bytes:
    """A hostile GIF: a `side` x `side` canvas and `frames` 1x1 frames (10,000 make about 230 KB).
    Pillow composes each frame on the whole canvas, so reaching the last costs frames x canvas."""
    screen = struct.pack("<HHBBB", side, side, 0x80, 0, 0)
    out = bytearray(b"GIF89a" + screen + b"\x00\x00\x00\xff\xff\xff")
    out += b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for index in range(frames):
        out += b"!\xf9\x04" + struct.pack("<BHB", 0x04, delay_cs, 0) + b"\x00"
        out += b"," + struct.pack("<HHHHB", index % side, (index * 7) % side, 1, 1, 0)
        out += b"\x02\x02\x44\x01\x00"
    return bytes(out + b";")


def repeated_mp4(w: int, h: int, fps: int, seconds: int) -> bytes:
    """A hostile H.264 MP4: one keyframe, then `fps` x `seconds` frames repeating it (3840x2160 at
    1000 fps for 59 s is about 1.9 MB). Made in a second or two: 33 frames are encoded and the
    last 16 (one whole cycle of the stream's frame numbers) are muxed again and again."""
    packets, extradata = _encoded_stills(w, h, fps)
    head, cycle = packets[:16], packets[16:32]
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as output:
        stream = output.add_stream("h264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.codec_context.extradata = extradata
        for index in range(fps * seconds):
            packet = av.Packet(head[index] if index < 16 else cycle[(index - 16) % 16])
            packet.pts = packet.dts = index
            packet.time_base = Fraction(1, fps)
            packet.stream = stream
            packet.is_keyframe = index == 0
            output.mux(packet)
    return buffer.getvalue()


def _encoded_stills(w: int, h: int, fps: int) -> tuple[list[bytes], bytes | None]:
    encoder = av.CodecContext.create("libx264", "w")
    assert isinstance(encoder, av.VideoCodecContext)
    encoder.width, encoder.height, encoder.pix_fmt = w, h, "yuv420p"
    encoder.time_base, encoder.framerate = Fraction(1, fps), Fraction(fps, 1)
    encoder.options = {
        "preset": "ultrafast",
        "tune": "zerolatency",
        "x264-params": "keyint=100000:scenecut=0:bframes=0:ref=1",
    }
    picture = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    frame = av.VideoFrame.from_image(picture).reformat(format="yuv420p")  # type: ignore[no-untyped-call]
    packets: list[bytes] = []
    for index in range(33):
        frame.pts = index
        packets += [bytes(packet) for packet in encoder.encode(frame)]
    packets += [bytes(packet) for packet in encoder.encode(None)]
    return packets, encoder.extradata
