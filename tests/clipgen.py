"""Real short clips for tests, made on the spot: animated GIFs with Pillow, MP4/WebM with PyAV.

Each second of a clip shows one solid colour from `COLOURS`, so a test can tell from a sampled
still which moment of the clip it came from.
"""

from __future__ import annotations

import io
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
