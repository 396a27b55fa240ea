"""Where the picture is: the rectangle left once what reposters add around it is cut away.

Reposts arrive letterboxed or padded onto a square or 9:16 canvas, under a caption band, or on a
blurred, enlarged copy of themselves. Each of these changes what an image search sees, so the bot
searches the content rectangle instead. The decision is made on a reduced RGB image (a few hundred
pixels a side, `bot.core.images.image_variants` makes it) and returned as fractions of the sides,
so the original is cut at full resolution.

Three finders, each refusing rather than guessing (an image that is not cut is searched exactly
as it was given):
- uniform borders of any colour: full rows (or columns) of one flat colour from an edge, within a
  tolerance for compression noise, ending at a straight edge where most of the row changes;
- caption bands: from the top or bottom edge, rows mostly of one colour (text on a plain band),
  ending in a plain row right above a straight edge into the picture;
- a blurred background fill: rows whose local detail (gradient energy, per column block) is a
  fraction of the sharp middle's across the whole width, on both sides, the step from blur to
  sharp taking only a few rows.
The finders run until nothing more is cut (a caption above a letterboxed clip takes two rounds).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Pixels = npt.NDArray[np.int16]
"""A reduced image: height x width x 3 (RGB), as int16 so differences do not wrap."""
Energy = npt.NDArray[np.float32]

TOLERANCE = 24
"""Largest per-channel difference still counted as "the border's colour" (JPEG noise)."""
UNIFORM_SHARE = 0.98
"""Share of a row that must be the border's colour for the row to be border."""
FLATNESS = 4.0
"""Largest mean difference from its colour a border may have: borders are made, not shot (a
dark sky's gradient is not a border)."""
EDGE_ROWS = 3
PEEK_ROWS = 4
EDGE_SHARE = 0.5
"""Past a border, the next `EDGE_ROWS` rows must differ from its colour over this share: a
straight edge, not an object poking into a plain background."""
MIN_BAND = 0.02
"""Bands thinner than this share of the side are not worth cutting (nor re-encoding for)."""
MIN_CONTENT = 0.12
"""The content left must keep at least this share of the image's area: a picture shrunk further
is not what was shared."""
MIN_SIDE = 0.18
"""... and this share of each side (a 2.39:1 film clip on a 9:16 canvas keeps 23 %)."""
FLAT_CONTENT = 0.85
"""What is left is not a picture when this share of it is one colour (a shape on a background)."""
CAPTION_SHARE = 0.5
"""A caption band's rows are at least this share of the band's colour (text on a plain band)."""
CAPTION_PLAIN = 0.9
"""A caption band starts at the image's edge and ends above the picture with rows this plain."""
MAX_CAPTION = 0.55
BLOCKS = 8
"""Column blocks a row's detail is measured in: sharpness must span the width, not one subject."""
SHARP_BLOCKS = 0.6
"""Share of the column blocks where the pasted picture's edge must show."""
MIN_DETAIL = 1.0
BLUR_RATIO = 0.45
"""A blurred row's detail is under this share of the sharp middle's, in most column blocks."""
MIN_BLUR_SPREAD = 3.0
"""A blurred fill still varies in colour (it is the picture, enlarged): a plain band is not one."""
STEP_ROWS = 6
STEP_RATIO = 2.0
EDGE_MARGIN = 3
"""Rows just outside a pasted picture that its edge still touches (downscaling, JPEG ringing)."""
EDGE_SPIKE = 3.0
"""... and in most column blocks, this many times the blur's just outside it."""
EDGE_OVER_PICTURE = 1.25
"""A pasted picture's edge shows as a row of detail above the picture's typical row."""
"""Detail just inside the picture is this many times the blur's just outside it."""
MAX_BLUR_ASYMMETRY = 0.06
"""A blurred fill frames the picture in its middle: the two sides differ by at most this share."""


class Cut(enum.StrEnum):
    """What was cut away, as the answer names it."""

    BORDERS = "borders"
    CAPTION = "caption"
    BLUR = "blurred background"


@dataclass(frozen=True)
class ContentBox:
    """The content rectangle as fractions of the image's width and height, and what was cut."""

    left: float
    top: float
    right: float
    bottom: float
    cuts: frozenset[Cut]

    def in_pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in an image of that size (right and bottom exclusive)."""
        return (
            round(self.left * width),
            round(self.top * height),
            round(self.right * width),
            round(self.bottom * height),
        )


@dataclass(frozen=True)
class _Rect:
    """Rows [top, bottom) and columns [left, right) of the reduced image."""

    top: int
    bottom: int
    left: int
    right: int

    def of(self, pixels: Pixels) -> Pixels:
        return pixels[self.top : self.bottom, self.left : self.right]

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


def find_content_box(pixels: Pixels) -> ContentBox | None:
    """The content rectangle of a reduced RGB image, or None when nothing should be cut."""
    height, width = pixels.shape[:2]
    rect, cuts = _Rect(0, height, 0, width), set[Cut]()
    for _ in range(3):
        cut_now = _one_round(pixels, rect)
        if cut_now is None:
            break
        rect, kind = cut_now
        cuts.add(kind)
    if not cuts or not _enough_left(rect, height, width) or _is_flat(rect.of(pixels)):
        return None
    return ContentBox(
        rect.left / width, rect.top / height, rect.right / width, rect.bottom / height,
        frozenset(cuts),
    )  # fmt: skip


def _one_round(pixels: Pixels, rect: _Rect) -> tuple[_Rect, Cut] | None:
    """The first finder that cuts something from `rect`, and what it left."""
    for finder, kind in ((_cut_borders, Cut.BORDERS), (_cut_captions, Cut.CAPTION)):
        inner = finder(pixels, rect)
        if inner != rect:
            return inner, kind
    inner = _cut_blur(pixels, rect)
    return (inner, Cut.BLUR) if inner != rect else None


def _is_flat(area: Pixels) -> bool:
    """Mostly one colour: a shape on a plain background (flat artwork), not a framed picture."""
    colour = np.median(area.reshape(-1, 3), axis=0)
    return float((_distance(area, colour) <= TOLERANCE).mean()) >= FLAT_CONTENT


def _enough_left(rect: _Rect, height: int, width: int) -> bool:
    tall, wide = rect.height / height, rect.width / width
    return min(tall, wide) >= MIN_SIDE and tall * wide >= MIN_CONTENT


# --- the four sides, each seen as "the top" ----------------------------------------------------


def _sides(area: Pixels) -> tuple[Pixels, Pixels, Pixels, Pixels]:
    """`area` turned so that each side in turn is its first row: top, bottom, left, right."""
    across = area.transpose(1, 0, 2)
    return area, area[::-1], across, across[::-1]


def _trimmed(rect: _Rect, top: int, bottom: int, left: int, right: int) -> _Rect:
    return _Rect(rect.top + top, rect.bottom - bottom, rect.left + left, rect.right - right)


def _cut_borders(pixels: Pixels, rect: _Rect) -> _Rect:
    """Uniform borders: top and bottom first, then the sides of what is left."""
    top, bottom, _, _ = _sides(rect.of(pixels))
    height, width = pixels.shape[:2]
    depths = _paired(_border_depth(top), _border_depth(bottom), rect.top, height - rect.bottom)
    rows = _trimmed(rect, *depths, 0, 0)
    _, _, left, right = _sides(rows.of(pixels))
    depths = _paired(_border_depth(left), _border_depth(right), rect.left, width - rect.right)
    return _trimmed(rows, 0, 0, *depths)


def _paired(first: int, second: int, first_cut: int, second_cut: int) -> tuple[int, int]:
    """Padding comes in pairs (letterbox, pillarbox, a frame): a plain band on one side only is
    cut when the other side was cut already (a caption), never alone (a flat ground is no
    border)."""
    if first and not (second or second_cut):
        first = 0
    if second and not (first or first_cut):
        second = 0
    return first, second


def _distance(rows: Pixels, colour: npt.NDArray[np.float64]) -> Pixels:
    """Each pixel's largest per-channel difference from `colour` (channel by channel: numpy
    reduces a last axis of three slowly)."""
    difference = np.abs(rows - np.rint(colour).astype(np.int16))
    return np.maximum(np.maximum(difference[..., 0], difference[..., 1]), difference[..., 2])


def _leading(flags: npt.NDArray[np.bool_]) -> int:
    """How many of the first flags are True in a row."""
    misses = np.flatnonzero(~flags)
    return int(misses[0]) if misses.size else int(flags.size)


def _border_depth(side: Pixels) -> int:
    """Rows of one flat colour from the first row on, ending at a straight edge; 0 if none."""
    colour = np.median(side[0], axis=0)
    if _leading(_uniform_rows(side[:PEEK_ROWS], colour)) < PEEK_ROWS:
        return 0  # most images: no border, known from a few rows
    distance = _distance(side, colour)
    near = distance <= TOLERANCE
    depth = _leading(near.mean(axis=1) >= UNIFORM_SHARE)
    if depth < MIN_BAND * side.shape[0] or depth > side.shape[0] - EDGE_ROWS:
        return 0
    if float(distance[:depth].mean()) > FLATNESS:
        return 0
    edge = 1.0 - float(near[depth : depth + EDGE_ROWS].mean())
    return depth if edge >= EDGE_SHARE else 0


def _uniform_rows(rows: Pixels, colour: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    uniform: npt.NDArray[np.bool_] = (_distance(rows, colour) <= TOLERANCE).mean(
        axis=1
    ) >= UNIFORM_SHARE
    return uniform


# --- caption bands -----------------------------------------------------------------------------


def _cut_captions(pixels: Pixels, rect: _Rect) -> _Rect:
    """A caption band at the top and/or the bottom."""
    top, bottom, _, _ = _sides(rect.of(pixels))
    return _trimmed(rect, _caption_depth(top), _caption_depth(bottom), 0, 0)


def _caption_depth(side: Pixels) -> int:
    """Rows of a plain band holding text, from the first row to a straight edge; 0 if none."""
    colour = np.median(side[0], axis=0)
    if float((_distance(side[:1], colour) <= TOLERANCE).mean()) < CAPTION_PLAIN:
        return 0  # most images: no plain band, known from the first row
    share = (_distance(side, colour) <= TOLERANCE).mean(axis=1)
    depth = _caption_end(share)
    rows = side.shape[0]
    if depth < MIN_BAND * rows or depth > MAX_CAPTION * rows:
        return 0
    plain_before = float(share[max(0, depth - EDGE_ROWS) : depth].max()) >= CAPTION_PLAIN
    has_text = float(share[:depth].min()) < UNIFORM_SHARE
    into_picture = float(share[depth : depth + EDGE_ROWS].mean()) <= 1.0 - EDGE_SHARE - 0.2
    return depth if plain_before and has_text and into_picture else 0


def _caption_end(share: npt.NDArray[np.float64]) -> int:
    """The first row of `EDGE_ROWS` in a row that are mostly not the band's colour."""
    low = share < CAPTION_SHARE
    run = np.convolve(low.astype(np.int8), np.ones(EDGE_ROWS, dtype=np.int8), mode="valid")
    starts = np.flatnonzero(run == EDGE_ROWS)
    return int(starts[0]) if starts.size else share.size


# --- blurred background fill -------------------------------------------------------------------


def _cut_blur(pixels: Pixels, rect: _Rect) -> _Rect:
    """A blurred fill above and below the picture, or else left and right of it."""
    area = rect.of(pixels)
    depth = _blur_depth(area)
    if depth:
        return _trimmed(rect, depth, depth, 0, 0)
    depth = _blur_depth(area.transpose(1, 0, 2))
    return _trimmed(rect, 0, 0, depth, depth) if depth else rect


def _block_energy(gray: Energy) -> Energy:
    """Mean local detail (second differences: blur removes them first) per row, in `BLOCKS`
    column blocks: rows x blocks."""
    across = np.abs(np.diff(gray, n=2, axis=1))[1:-1]
    down = np.abs(np.diff(gray, n=2, axis=0))[:, 1:-1]
    energy = across + down
    width = energy.shape[1] // BLOCKS * BLOCKS
    blocks: Energy = energy[:, :width].reshape(energy.shape[0], BLOCKS, -1).mean(axis=2)
    return blocks


def _blur_depth(area: Pixels) -> int:
    """How deep a blurred fill reaches from both the first and the last row; 0 if none."""
    rows = area.shape[0]
    if rows < 40 or area.shape[1] < 4 * BLOCKS:
        return 0
    gray = area.astype(np.float32).mean(axis=2)
    blocks = _block_energy(gray)
    row_energy = blocks.mean(axis=1)
    reference = float(np.median(row_energy[rows * 2 // 5 : rows * 3 // 5]))
    blurred = row_energy < max(BLUR_RATIO * reference, MIN_DETAIL)
    top = _pasted_edge(row_energy, _leading(blurred), reference)
    bottom = _pasted_edge(row_energy[::-1], _leading(blurred[::-1]), reference)
    if min(top, bottom) < MIN_BAND * rows or abs(top - bottom) > MAX_BLUR_ASYMMETRY * rows:
        return 0
    depth = min(top, bottom)
    fills = (gray[:depth], gray[rows - depth :])
    if min(float(fill.std()) for fill in fills) < MIN_BLUR_SPREAD:
        return 0
    steps = _steps(blocks, top) and _steps(blocks[::-1], bottom)
    return depth if steps else 0


def _pasted_edge(row_energy: Energy, depth: int, reference: float) -> int:
    """Where the blur really ends: a pasted picture's edge is a line of detail far above the
    picture's own, just after the first rows that pass the blur's threshold (a row of detail at
    `i` is centred on pixel row `i` + 1: the edge's two rows straddle it); 0 without one."""
    window = row_energy[depth : depth + STEP_ROWS]
    if window.size == 0 or float(window.max()) < EDGE_OVER_PICTURE * reference:
        return 0
    return depth + int(np.flatnonzero(window >= float(window.max()) / 2)[0]) + 2


def _steps(blocks: Energy, depth: int) -> bool:
    """From blur to sharp at a line across the width: the edge stands out of the blur in most
    column blocks, and the picture's detail is a few times the blur's (not a lens's falloff,
    which has no edge, nor one sharp subject)."""
    margin = EDGE_MARGIN + 2  # the edge's own rows, and a little ringing before it
    before = blocks[max(0, depth - margin - STEP_ROWS) : max(1, depth - margin)].mean(axis=0)
    edge = blocks[max(0, depth - EDGE_MARGIN) : depth].max(axis=0)
    after = blocks[depth + 1 : depth + 1 + STEP_ROWS]
    if after.shape[0] == 0:
        return False
    across = float((edge >= EDGE_SPIKE * np.maximum(before, 0.1)).mean()) >= SHARP_BLOCKS
    return across and float(after.mean()) >= STEP_RATIO * max(float(before.mean()), 0.1)
