"""Everything a search derives from a query image's pixels, from one decode (CPU work: a job for
the decode pool).

A search needs three things from the pixels of each image: the version to upload (the cut
decision, and the cut picture when something is cut: `bot.core.images.image_variants`), the
perceptual hash of the image memory (`bot.core.seen.fingerprint`) and a reduced copy for the
side-by-side picture (of an image larger than that picture shows it). A PNG (or any format without
a reduced read) is decoded once and all three are taken from that decode; a JPEG is decoded at the
reduced size each one needs (draft mode, a fraction of a full decode), exactly as each would be
alone. Either way the results are the ones the separate decodes gave.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TypeVar, cast

from PIL import Image, ImageOps

from bot.core.images.image_check import CheckedImage, prove_checked
from bot.core.images.image_formats import ImageFormat
from bot.core.images.image_proof import DECODE_ERRORS, DECODE_MEMORY_LIMIT
from bot.core.images.image_variants import (
    DECISION_SIDE,
    Decoder,
    DraftDecodes,
    decide,
    render,
    thumbnailed,
)
from bot.core.images.variant import SearchedAs, Variant
from bot.core.seen.fingerprint import (
    UNHASHABLE,
    Fingerprint,
    fingerprint_grey,
    fingerprint_image,
    shrunk_grey,
)

T = TypeVar("T")
PREVIEW_BOX = (430, 440)
"""The reduced copy's largest size: the side-by-side picture's widest half and its tall height
(`bot.media.composite.CompositeLayout`), so the picture scales it little or not at all."""
PREVIEW_QUALITY = 90
_STUDY_SECONDS_PER_PIXEL = 32e-9
"""A lossless image's study per pixel (one full decode, the cut decision, the copies): about
0.1 s for a 1170x2532 PNG screenshot on one core of the benchmark machine."""
_JPEG_SECONDS_PER_PIXEL = 9e-9
"""A JPEG's (decoded at reduced sizes): about 0.02 s for a 1080x1920 photo."""
_STUDY_FIXED_SECONDS = 0.003
_BYTES_PER_PIXEL = 4
_UNDRAWABLE = (OSError, ValueError, MemoryError)
_UNDECODABLE = (*DECODE_ERRORS, Image.DecompressionBombError)


@dataclass(frozen=True)
class Study:
    """What one image's pixels gave: the version to upload (`searched` None: the image as
    given; `upload` None: it could not be drawn), its fingerprint and the reduced copy (None: not
    made)."""

    searched: SearchedAs | None
    upload: CheckedImage | None
    fingerprint: Fingerprint | None
    preview: bytes | None


def study(image: CheckedImage, variant: Variant) -> Study:
    """The version `variant` asks for, the fingerprint and the reduced copy of `image`; an
    image not yet `proven` is proven too (`ImageRejected` when its pixels do not decode)."""
    once = None
    if image.format is not ImageFormat.JPEG:
        once = _refused_if_damaged(image, lambda: _DecodedOnce.of(image))
    decoder = once.rgb if once is not None else DraftDecodes(image)
    if not image.proven and not _proven_by(once, decoder, image):
        prove_checked(image)
    searched = decide(image, variant, decoder)
    upload = None
    if searched is not None:
        upload = _drawn(image, searched, decoder)
    return Study(searched, upload, _fingerprint(image, once), _preview(image, decoder))


def expected_seconds(image: CheckedImage) -> float:
    """About how long `study` of `image` takes: the decode pool serves shorter studies sooner."""
    per_pixel = _JPEG_SECONDS_PER_PIXEL
    if image.format is not ImageFormat.JPEG:
        per_pixel = _STUDY_SECONDS_PER_PIXEL
    return _STUDY_FIXED_SECONDS + image.width * image.height * per_pixel


def _refused_if_damaged(image: CheckedImage, decode: Callable[[], T]) -> T:
    """`decode()`; when it fails on an image not yet proven, the check's own proof says why
    (the damaged file's refusal), else the decoder's error stands."""
    try:
        return decode()
    except _UNDECODABLE:
        if not image.proven:
            prove_checked(image)
        raise


def _proven_by(once: _DecodedOnce | None, decoder: Decoder, image: CheckedImage) -> bool:
    """Whether the study's own decode proves the image whole, as the check's proof would: a
    lossless image's one decode (`_decoded_whole`), or a JPEG's decode for the cut decision
    (libjpeg reads every coefficient at any draft scale, as the proof's eighth-size decode does;
    when it fails, the check's proof says why)."""
    if once is not None:
        return once.whole
    return _refused_if_damaged(image, lambda: decoder(DECISION_SIDE)) is not None


def _drawn(image: CheckedImage, searched: SearchedAs, decoder: Decoder) -> CheckedImage | None:
    try:
        return render(image, searched, decoder)
    except _UNDRAWABLE:
        return None


def _fingerprint(image: CheckedImage, once: _DecodedOnce | None) -> Fingerprint | None:
    try:
        if once is not None and once.grey is not None:
            return fingerprint_grey(shrunk_grey(once.grey))
        return fingerprint_image(image.original, image.image_size)
    except UNHASHABLE:
        return None


def _preview(image: CheckedImage, decoder: Decoder) -> bytes | None:
    """A JPEG within `PREVIEW_BOX`, upright, for the side-by-side picture; None for an image
    already that small (the picture reads it as it is, at no more cost)."""
    if max(image.width, image.height) <= min(PREVIEW_BOX):
        return None
    try:
        picture = decoder(max(PREVIEW_BOX))
    except _UNDRAWABLE:
        return None
    if picture is None:
        return None
    picture = thumbnailed(picture, PREVIEW_BOX)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=PREVIEW_QUALITY)
    return buffer.getvalue()


class _DecodedOnce:
    """A PNG's (GIF's, WebP's, BMP's) one decode: upright RGB at full size, and the first
    frame in grey for the fingerprint; None for both when decoding would pass the budget."""

    def __init__(
        self, full: Image.Image | None, grey: Image.Image | None, *, whole: bool = False
    ) -> None:
        self.full = full
        self.grey = grey
        self.whole = whole
        """This decode proves the file whole, as the check's proof would (`_decoded_whole`)."""

    @classmethod
    def of(cls, image: CheckedImage) -> _DecodedOnce:
        with image.original.view() as view:
            source = io.BytesIO(view) if isinstance(view, bytes) else view
            source.seek(0)
            opened = Image.open(cast("IO[bytes]", source), formats=[image.format.pillow_name])
            if opened.width * opened.height * _BYTES_PER_PIXEL > DECODE_MEMORY_LIMIT:
                opened.close()
                return cls(None, None)
            opened.load()  # the pixels stay when the view closes (not closing `opened` keeps them)
            whole = _decoded_whole(opened, image.format)
            grey = opened.convert("L")
            full = opened if opened.mode == "RGB" else opened.convert("RGB")
        ImageOps.exif_transpose(full, in_place=True)
        return cls(full, grey, whole=whole)

    def rgb(self, longest: int) -> Image.Image | None:
        """What `image_variants` would decode at `longest`, from the one decode."""
        if self.full is None:
            return None
        if max(self.full.size) <= longest:
            return self.full  # no one draws on it: the cut and the copy are new pictures
        return thumbnailed(self.full, (longest, longest))


def _decoded_whole(picture: Image.Image, image_format: ImageFormat) -> bool:
    """Whether this decode proves the file whole, as the check's proof would, so a screenshot's
    pixel stream is inflated once, not twice. A GIF's, WebP's or BMP's proof is this very decode.
    Pillow ends a PNG quietly when its pixel stream ends early, leaving the rows it never reached
    as the zeros a new image starts with: a last row holding any non-zero byte was reached, and
    so was every row before it. An interlaced PNG, or one whose last row is black, is proven by
    the check's own proof (`prove_checked`), as before."""
    if image_format is not ImageFormat.PNG:
        return True
    if picture.info.get("interlace"):
        return False
    last_row = picture.crop((0, picture.height - 1, picture.width, picture.height))
    return bool(last_row.tobytes().strip(b"\0"))
