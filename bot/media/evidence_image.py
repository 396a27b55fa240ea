"""A query image too large for Discord's upload limit, made small enough to keep as evidence.

Re-encoded as JPEG, and scaled down step by step only as far as needed. The image already passed
the checks (format, dimensions, no bomb), so decoding it is safe; the work is CPU-bound and runs in
the process's decode pool (`bot.media.variants.PooledVariants.reduced`), behind every search's
decode (no record is better than a stalled bot: a decode stopped for time gives None).
"""

from __future__ import annotations

import io

from PIL import Image

SCALES = (1.0, 0.75, 0.5, 0.35, 0.25, 0.15, 0.1)
QUALITY = 85


def _encoded(image: Image.Image, scale: float) -> bytes:
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    resized = image if scale == 1.0 else image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    resized.save(buffer, "JPEG", quality=QUALITY, optimize=True)
    return buffer.getvalue()


def shrink_to_fit(data: bytes, limit: int) -> bytes | None:
    """A JPEG of the image within `limit` bytes (as large as fits), or None if none fits."""
    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGB")
    for scale in SCALES:
        encoded = _encoded(image, scale)
        if len(encoded) <= limit:
            return encoded
    return None
