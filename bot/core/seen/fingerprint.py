"""A 64-bit perceptual hash of an image (a DCT hash, like pHash) and of its mirror image.

The image is decoded reduced (a JPEG at an eighth of its size when that is still large enough),
turned grey, shrunk to 32x32 and transformed with a 2-D DCT-II (two matrix products with numpy).
The 8x8 lowest frequencies but the constant one (which carries only the brightness) are compared
with their median: one bit each. Mirroring an image left to right multiplies the coefficient of
every odd horizontal frequency by -1, so the mirror's hash comes from the same transform.

The same construction as imagehash's `phash` (which keeps the constant term and uses scipy);
`benchmarks/bench_seen.py` measures both.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from typing import IO, cast

import numpy as np
import numpy.typing as npt
from PIL import Image

from bot.core.images.image_bytes import ImageBytes
from bot.core.images.image_check import CheckedImage

SIDE = 32
"""The hash is taken over a 32x32 grey image."""
LOW = 8
"""The 8x8 lowest frequencies (after the constant one) give the 64 bits."""
DRAFT_SIDE = 4 * SIDE
"""A JPEG is decoded at the smallest scale (down to 1/8) that keeps at least this many pixels."""
BITS = 64
_FloatArray = npt.NDArray[np.float64]


def _dct_matrix(size: int) -> _FloatArray:
    """The orthonormal DCT-II as a matrix: `M @ x` transforms a column vector."""
    k = np.arange(size)[:, None]
    n = np.arange(size)[None, :]
    matrix = np.cos(np.pi * (2 * n + 1) * k / (2 * size)) * np.sqrt(2 / size)
    matrix[0] /= np.sqrt(2)
    return cast("_FloatArray", matrix)


_DCT = _dct_matrix(SIDE)
_MIRROR_SIGNS = np.where(np.arange(1, LOW + 1) % 2 == 1, -1.0, 1.0)[None, :]
_BIT_WEIGHTS = [1 << (BITS - 1 - i) for i in range(BITS)]


@dataclass(frozen=True)
class Fingerprint:
    """The hash of an image as given, and of its mirror image (unsigned 64-bit integers)."""

    hash: int
    mirrored: int


def reduced_grey(source: IO[bytes]) -> Image.Image:
    """The image as a 32x32 grey picture, decoded as small as the format allows."""
    with Image.open(source) as image:
        if image.format == "JPEG":
            image.draft("L", (DRAFT_SIDE, DRAFT_SIDE))
        image.seek(0)
        grey = image.convert("L")
    return shrunk_grey(grey)


def shrunk_grey(grey: Image.Image) -> Image.Image:
    """A grey picture (the first frame, decoded) as the 32x32 the hash is taken over."""
    if min(grey.size) >= 2 * DRAFT_SIDE:
        factor = min(grey.size) // DRAFT_SIDE
        grey = grey.reduce(factor)
    return grey.resize((SIDE, SIDE), Image.Resampling.LANCZOS)


def low_frequencies(grey: Image.Image) -> _FloatArray:
    """The 8x8 lowest DCT coefficients after the constant one (rows: vertical frequency)."""
    pixels = np.asarray(grey, dtype=np.float64)
    coefficients = _DCT @ pixels @ _DCT.T
    low: _FloatArray = coefficients[1 : LOW + 1, 1 : LOW + 1]
    return low


def hash_bits(low: _FloatArray) -> int:
    """One bit per coefficient: above the median or not, first coefficient highest."""
    bits = (low > np.median(low)).ravel()
    return sum(weight for weight, bit in zip(_BIT_WEIGHTS, bits, strict=True) if bit)


def fingerprint_grey(grey: Image.Image) -> Fingerprint:
    low = low_frequencies(grey)
    return Fingerprint(hash_bits(low), hash_bits(low * _MIRROR_SIGNS))


def fingerprint_bytes(data: bytes) -> Fingerprint:
    """The fingerprint of an encoded image (CPU work: call it off the event loop)."""
    return fingerprint_grey(reduced_grey(io.BytesIO(data)))


def fingerprint_image(original: ImageBytes, image_size: int) -> Fingerprint:
    """The fingerprint of a checked image's first `image_size` bytes (blocking: a worker
    thread's job)."""
    with original.view() as view:
        source = io.BytesIO(view) if isinstance(view, bytes) else view
        source.seek(0)
        return fingerprint_grey(reduced_grey(cast("IO[bytes]", source)))


UNHASHABLE = (OSError, ValueError, Image.DecompressionBombError)
"""What Pillow raises for an image it cannot decode after all (it was checked, so this is rare:
the answer then goes on without the memory)."""


async def fingerprint_in_thread(image: CheckedImage) -> Fingerprint | None:
    """`fingerprint_image` in a worker thread (the command line and tests; the bot hashes in its
    decode pool, `bot.media.image_hash`)."""
    try:
        return await asyncio.to_thread(fingerprint_image, image.original, image.image_size)
    except UNHASHABLE:
        return None
