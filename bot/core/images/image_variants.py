"""Making the version of a checked image that a search uploads (CPU work: run it in a thread).

`decide` reads a reduced copy (a JPEG is decoded at a fraction of its size; other formats are
decoded whole, within `DECODE_MEMORY_LIMIT`) and finds the content rectangle on it
(`bot.core.images.content_box`). Nothing to cut and nothing to transform: None, and the image is
uploaded byte for byte as the user gave it. Otherwise `render` cuts the original (at full
resolution, reduced only as far as the decode budget or `MAX_RENDER_SIDE` asks), mirrors it or
keeps its centre, and encodes a high-quality JPEG: the only re-encoding there is.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from typing import IO, TypeVar, cast

import numpy as np
from PIL import Image, ImageOps

from bot.core.images.content_box import Cut, find_content_box
from bot.core.images.image_bytes import MemoryImageBytes
from bot.core.images.image_check import CheckedImage
from bot.core.images.image_formats import ImageFormat
from bot.core.images.image_proof import DECODE_MEMORY_LIMIT
from bot.core.images.variant import CENTRE_SHARE, CutMode, SearchedAs, Transform, Variant

T = TypeVar("T")
DECISION_SIDE = 320
"""The reduced image's longest side: one of its pixels is a third of a percent of the side."""
MIN_SIDE_TO_CUT = 128
"""Icons and emoji are never cut."""
MAX_RENDER_SIDE = 4096
"""A cut image is uploaded at most this large: more detail than any search uses."""
RENDER_QUALITY = 95
_BYTES_PER_PIXEL = 4

Decoder = Callable[[int], Image.Image | None]
"""The image as upright RGB, its longest side at most the given one (None: over the budget);
`decoded_by` makes one, `bot.core.images.image_study` one that decodes a PNG once for all sizes."""


def decoded_by(image: CheckedImage) -> Decoder:
    """A decoder reading `image` anew at each size asked (a JPEG at a reduced size)."""
    return lambda longest: _decoded(image, longest)


def decide(
    image: CheckedImage, variant: Variant, decoder: Decoder | None = None
) -> SearchedAs | None:
    """What to upload for `variant`; None: the image exactly as given."""
    box = None
    cuts: frozenset[Cut] = frozenset()
    if variant.cut is CutMode.AUTO and min(image.width, image.height) >= MIN_SIDE_TO_CUT:
        found = _content_box(image, decoder or decoded_by(image))
        if found is not None:
            box, cuts = found
    if box is None and variant.transform is Transform.NONE:
        return None
    return SearchedAs(box, cuts, variant.transform)


def _content_box(
    image: CheckedImage, decoder: Decoder
) -> tuple[tuple[int, int, int, int], frozenset[Cut]] | None:
    reduced = decoder(DECISION_SIDE)
    if reduced is None:
        return None
    pixels = np.asarray(reduced, dtype=np.int16)
    found = find_content_box(pixels)
    if found is None:
        return None
    return found.in_pixels(*_upright_size(image, reduced)), found.cuts


def render(
    image: CheckedImage, searched: SearchedAs, decoder: Decoder | None = None
) -> CheckedImage:
    """The picture `searched` describes, as a new checked JPEG (the user's bytes are untouched)."""
    picture = (decoder or decoded_by(image))(MAX_RENDER_SIDE)
    if picture is None:
        raise ValueError("the image is too large to decode for a variant")
    picture = _cut(picture, searched, _upright_size(image, picture))
    if searched.transform is Transform.MIRROR:
        picture = ImageOps.mirror(picture)
    elif searched.transform is Transform.CENTRE:
        picture = _centre(picture)
    data = _jpeg(picture)
    return CheckedImage(
        MemoryImageBytes(data), ImageFormat.JPEG, *picture.size, image.source_name, len(data)
    )


def _cut(picture: Image.Image, searched: SearchedAs, full: tuple[int, int]) -> Image.Image:
    """`searched.box` (in the original's pixels) cut from `picture` (maybe smaller)."""
    if searched.box is None:
        return picture
    scale_x, scale_y = picture.width / full[0], picture.height / full[1]
    left, top, right, bottom = searched.box
    return picture.crop(
        (
            round(left * scale_x),
            round(top * scale_y),
            round(right * scale_x),
            round(bottom * scale_y),
        )
    )


def _centre(picture: Image.Image) -> Image.Image:
    width, height = picture.size
    keep_w, keep_h = round(width * CENTRE_SHARE), round(height * CENTRE_SHARE)
    left, top = (width - keep_w) // 2, (height - keep_h) // 2
    return picture.crop((left, top, left + keep_w, top + keep_h))


def _jpeg(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=RENDER_QUALITY, subsampling=0)
    return buffer.getvalue()


# --- decoding within the budget ----------------------------------------------------------------


def thumbnailed(picture: Image.Image, box: tuple[int, int]) -> Image.Image:
    """What `picture.thumbnail(box, BOX)` makes of a decoded picture, as a new picture: the
    same pixels without first copying the whole (9 MB for a phone screenshot) to shrink it in
    place. An already decoded picture has no draft step, so `thumbnail` is exactly this
    `resize`; the size is the one `thumbnail` picks (`ImageOps.contain` rounds differently)."""
    size = thumbnail_size(picture.size, box)
    if size == picture.size:
        return picture
    return picture.resize(size, Image.Resampling.BOX, reducing_gap=2.0)


def thumbnail_size(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The size `Image.thumbnail(box)` gives a picture of `size` (its aspect-ratio rounding)."""
    (width, height), (x, y) = size, box
    if x >= width and y >= height:
        return size
    aspect = width / height
    if x / y >= aspect:
        return _closest(y * aspect, lambda n: abs(aspect - n / y)), y
    return x, _closest(x / aspect, lambda n: 0 if n == 0 else abs(aspect - x / n))


def _closest(number: float, error: Callable[[int], float]) -> int:
    return max(min(math.floor(number), math.ceil(number), key=error), 1)


def _upright_size(image: CheckedImage, decoded: Image.Image) -> tuple[int, int]:
    """The original's size the way `decoded` stands (EXIF rotation applied)."""
    turned = (decoded.width > decoded.height) != (image.width > image.height)
    return (image.height, image.width) if turned else (image.width, image.height)


class DraftDecodes:
    """A `Decoder` for one JPEG that decodes it once per draft scale: the cut decision's 320 px
    and the side-by-side picture's 440 px both come from the same quarter-size decode of a phone
    photo. Each picture is exactly what `decoded_by` gives (same scale, same resize)."""

    def __init__(self, image: CheckedImage) -> None:
        self._image = image
        self._by_scale: dict[tuple[int, int], Image.Image] = {}

    def __call__(self, longest: int) -> Image.Image | None:
        return _drafted(self._image, longest, lambda opened: self._sized(opened, longest))

    def _sized(self, opened: Image.Image, longest: int) -> Image.Image:
        """From the decode at `opened`'s draft scale, made the first time it is asked for."""
        if opened.size not in self._by_scale:
            self._by_scale[opened.size] = _upright_rgb(opened)
        return thumbnailed(self._by_scale[opened.size], (longest, longest))


def _decoded(image: CheckedImage, longest: int) -> Image.Image | None:
    """The image as upright RGB, its longest side at most `longest`; None when decoding it would
    take more than `DECODE_MEMORY_LIMIT`."""
    picture = _drafted(image, longest, _upright_rgb)
    if picture is not None:
        picture.thumbnail((longest, longest), Image.Resampling.BOX)
    return picture


def _drafted(image: CheckedImage, longest: int, take: Callable[[Image.Image], T]) -> T | None:
    """`take` of the image opened (a JPEG at the draft size `longest` asks for); None when
    decoding it would take more than `DECODE_MEMORY_LIMIT`."""
    with image.original.view() as view:
        source = io.BytesIO(view) if isinstance(view, bytes) else view
        source.seek(0)
        with Image.open(cast("IO[bytes]", source), formats=[image.format.pillow_name]) as opened:
            if image.format is ImageFormat.JPEG:
                opened.draft("RGB", _draft_size(image, longest))
            if opened.width * opened.height * _BYTES_PER_PIXEL > DECODE_MEMORY_LIMIT:
                return None
            return take(opened)


def _upright_rgb(opened: Image.Image) -> Image.Image:
    return ImageOps.exif_transpose(opened.convert("RGB"))


def _draft_size(image: CheckedImage, longest: int) -> tuple[int, int]:
    """What to ask a JPEG's draft mode for: at least `longest` on the long side when it fits the
    budget, smaller when even that would not."""
    scale = min(1.0, longest / max(image.width, image.height))
    budget_scale = (DECODE_MEMORY_LIMIT / (_BYTES_PER_PIXEL * image.width * image.height)) ** 0.5
    scale = min(scale, budget_scale * 0.99)
    return max(1, int(image.width * scale)), max(1, int(image.height * scale))
