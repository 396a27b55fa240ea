"""Stills as the clip plays on a phone: the display rotation and the sample aspect ratio applied.

Phones record sensor-sized frames and say how to show them: a display matrix (side data that
FFmpeg's demuxers attach to the stream and its decoders to every frame; older files carry a
`rotate` tag instead) and, for anamorphic video, a sample aspect ratio (pixels wider or taller
than square). Players apply both; so do the stills, the way the `ffmpeg` command's autorotation
does: the same reading of the matrix (`get_rotation`, then a transpose, flip or rotate).

The frame is scaled to its display aspect, at most `max_side` pixels on its longer side, while it
is converted to RGB (one swscale pass, never a full-size picture first), then turned.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import cast

import av
from av.sidedata.sidedata import SideData
from av.sidedata.sidedata import Type as SideDataType
from PIL import Image

_MATRIX = struct.Struct("=9i")
Transpose = Image.Transpose


@dataclass(frozen=True)
class Orientation:
    """How a decoded frame is turned for display: transposes in order, then any other angle."""

    transposes: tuple[Transpose, ...] = ()
    other_angle: float = 0.0
    """Clockwise degrees, for the rare matrix that is no multiple of 90."""


UPRIGHT = Orientation()


def orientation_of(frame: av.VideoFrame, stream: av.VideoStream) -> Orientation:
    """The frame's display matrix (else the stream's `rotate` tag), read as FFmpeg reads it."""
    matrix = _display_matrix(frame)
    if matrix is not None:
        return _from_matrix(matrix)
    tag = stream.metadata.get("rotate", "")
    degrees = float(tag) if tag.lstrip("-").replace(".", "", 1).isdigit() else 0.0
    return _from_clockwise(degrees % 360, None)


def upright_image(frame: av.VideoFrame, stream: av.VideoStream, max_side: int) -> Image.Image:
    """`frame` as a picture shown the way players show it, no larger than `max_side`."""
    orientation = orientation_of(frame, stream)
    width, height = display_size(frame.width, frame.height, stream.sample_aspect_ratio, max_side)
    image: Image.Image = frame.to_image(width=width, height=height)  # type: ignore[no-untyped-call]
    for transpose in orientation.transposes:
        image = image.transpose(transpose)
    if orientation.other_angle:
        image = image.rotate(-orientation.other_angle, expand=True)
    return image


def display_size(
    width: int, height: int, sample_aspect: Fraction | None, max_side: int
) -> tuple[int, int]:
    """The coded size stretched by the sample aspect ratio, then fitted within `max_side`."""
    aspect = sample_aspect if sample_aspect is not None and sample_aspect > 0 else Fraction(1)
    shown_width, shown_height = float(width * aspect), float(height)
    scale = min(1.0, max_side / max(shown_width, shown_height))
    return max(1, round(shown_width * scale)), max(1, round(shown_height * scale))


def _display_matrix(frame: av.VideoFrame) -> tuple[int, ...] | None:
    for side_data in cast(Iterable[SideData], frame.side_data):  # the stubs say a TypedDict
        if side_data.type == SideDataType.DISPLAYMATRIX and side_data.buffer_size == _MATRIX.size:
            return _MATRIX.unpack(bytes(side_data))
    return None


def _from_matrix(matrix: tuple[int, ...]) -> Orientation:
    """FFmpeg's `get_rotation`: the clockwise angle, rounded, in [0, 360)."""
    scale_x, scale_y = math.hypot(matrix[0], matrix[3]), math.hypot(matrix[1], matrix[4])
    if scale_x == 0 or scale_y == 0:
        return UPRIGHT
    counter_clockwise = -math.degrees(math.atan2(matrix[1] / scale_y, matrix[0] / scale_x))
    theta = -round(counter_clockwise)
    return _from_clockwise(theta - 360 * math.floor(theta / 360 + 0.9 / 360), matrix)


def _from_clockwise(theta: float, matrix: tuple[int, ...] | None) -> Orientation:
    """What the `ffmpeg` command inserts for an angle: transpose, flips, or a free rotation."""
    m = matrix or (1, 0, 0, 0, 1, 0, 0, 0, 1)
    if abs(theta - 90) < 1:
        return Orientation((Transpose.TRANSPOSE if m[3] > 0 else Transpose.ROTATE_270,))
    if abs(theta - 180) < 1:
        flips = ((Transpose.FLIP_LEFT_RIGHT,) if m[0] < 0 else ()) + _vertical_flip(m)
        return Orientation(flips)
    if abs(theta - 270) < 1:
        return Orientation((Transpose.TRANSVERSE if m[3] < 0 else Transpose.ROTATE_90,))
    if abs(theta) > 1:
        return Orientation(other_angle=theta)
    return Orientation(_vertical_flip(m))


def _vertical_flip(matrix: tuple[int, ...]) -> tuple[Transpose, ...]:
    return (Transpose.FLIP_TOP_BOTTOM,) if matrix[4] < 0 else ()
