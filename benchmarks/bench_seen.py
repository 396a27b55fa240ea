"""Prints what the image memory's hash costs and how well it tells reposts from other pictures.

Run: `python -m benchmarks.bench_seen [pictures per style]` (default 60).

1. Cost per image, on screenshot-sized files (1920x1080 JPEG and PNG): our DCT hash with the
   reduced decode (JPEG draft, `reduce`) against the same hash over a full decode ("before"), and
   imagehash's `phash` (if installed: `pip install imagehash`) over a full decode.
2. Recall and false positives by distance threshold, on generated structured pictures (gradients,
   shapes, blocks of text: `tests/seen_images.py`): every picture against its reposted copies
   (recall), and every pair of different pictures, same style and across styles (false
   positives). The mirror hash counts too, as it does in a look-up.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import itertools
import statistics
import sys
import time
from collections.abc import Callable

from PIL import Image

from bot.core.images.image_check import ImageLimits, check_image
from bot.core.seen.fingerprint import SIDE as HASH_SIDE
from bot.core.seen.fingerprint import Fingerprint, fingerprint_bytes, fingerprint_grey
from bot.media.image_hash import PooledHasher
from tests.seen_images import STYLES, VARIANTS, encoded, picture

THRESHOLDS = (2, 4, 5, 6, 7, 8, 10, 12, 14)
REPEATS = 30


def _full_decode_fingerprint(data: bytes) -> Fingerprint:
    """The same hash without the reduced decode: what the cost would be without it."""
    with Image.open(io.BytesIO(data)) as image:
        grey = image.convert("L")
    return fingerprint_grey(grey.resize((HASH_SIDE, HASH_SIDE), Image.Resampling.LANCZOS))


def _imagehash() -> Callable[[bytes], object] | None:
    try:
        imagehash = importlib.import_module("imagehash")  # optional, for the comparison only
    except ImportError:
        return None
    return lambda data: imagehash.phash(Image.open(io.BytesIO(data)))


def _time_ms(hasher: Callable[[bytes], object], data: bytes) -> float:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        hasher(data)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _pooled(data: bytes) -> Callable[[bytes], object]:
    """The bot's own way: the image checked, then hashed in the decode pool (a worker process),
    all inside one event loop that stays up between runs."""
    image = check_image(data, source_name="bench", limits=ImageLimits())
    hasher = PooledHasher()
    loop = asyncio.new_event_loop()
    loop.run_until_complete(hasher(image))  # the worker starts and imports once
    return lambda _: loop.run_until_complete(hasher(image))


def print_costs() -> None:
    screenshot = picture("shapes", 1, (1920, 1080))
    files = {
        "JPEG 1920x1080": encoded(screenshot, "JPEG", quality=90),
        "PNG 1920x1080": encoded(screenshot),
    }
    hashers: dict[str, Callable[[bytes], object] | None] = {
        "ours, reduced decode (after)": fingerprint_bytes,
        "ours, full decode (before)": _full_decode_fingerprint,
        "imagehash.phash, full decode": _imagehash(),
    }
    print("hash cost per image (median of", REPEATS, "runs):")
    for file_name, data in files.items():
        reference = _time_ms(_full_decode_fingerprint, data)
        for hasher_name, hasher in {**hashers, "ours, in the decode pool": _pooled(data)}.items():
            if hasher is None:
                print(f"  {file_name:15} {hasher_name:30} (imagehash not installed)")
                continue
            cost = _time_ms(hasher, data)
            print(f"  {file_name:15} {hasher_name:30} {cost:7.2f} ms  ({cost / reference:.2f}x)")


def _closest(original: Fingerprint, copy: Fingerprint) -> int:
    return min((original.hash ^ copy.hash).bit_count(), (original.mirrored ^ copy.hash).bit_count())


def print_rates(per_style: int) -> None:
    keys = [(style, seed) for style in STYLES for seed in range(per_style)]
    pictures = {key: picture(*key) for key in keys}
    prints = {key: fingerprint_bytes(encoded(image)) for key, image in pictures.items()}
    copies = {
        name: [
            _closest(
                prints[k], fingerprint_bytes(encoded(variant(pictures[k]), "JPEG", quality=90))
            )
            for k in keys
        ]
        for name, variant in VARIANTS.items()
        if name != "same"
    }
    pairs = [
        (_closest(prints[a], prints[b]), a[0] == b[0]) for a, b in itertools.combinations(keys, 2)
    ]
    same_style = [d for d, same in pairs if same]
    print(f"\n{len(keys)} pictures; {len(same_style)} same-style pairs, {len(pairs)} pairs in all")
    print("threshold | recall: " + " | ".join(copies) + " | false positives: same style, all")
    for threshold in THRESHOLDS:
        recall = [sum(d <= threshold for d in found) / len(found) for found in copies.values()]
        fp_same = sum(d <= threshold for d in same_style) / len(same_style)
        fp_all = sum(d <= threshold for d, _ in pairs) / len(pairs)
        cells = " | ".join(f"{r:6.1%}" for r in recall)
        print(f"{threshold:9} | {cells} | {fp_same:7.3%} {fp_all:7.3%}")
    print(f"closest different pictures: {min(d for d, _ in pairs)} bits apart")


if __name__ == "__main__":
    print_costs()
    print_rates(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
