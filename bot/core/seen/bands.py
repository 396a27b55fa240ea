"""Finding hashes within a Hamming distance without scanning: multi-index hashing.

The 64 bits are split into four bands of 16 bits, each stored in an indexed column. By the
pigeonhole principle, two hashes at most `d` bits apart differ in at most `d // 4` bits in at
least one band (Norouzi, Punjani and Fleet, "Fast Search in Hamming Space with Multi-Index
Hashing", CVPR 2012). So the candidates are the rows whose band equals the query's band or one of
its variants with up to `d // 4` bits flipped, in any band; their full distance is then compared.
With the distance of 7 (the default and the most a server may choose), that is 17 exact look-ups
per band, 68 in all, returning about a thousand candidates at a million hashes.

Measured against three bands of 21 bits (which allow 8 with 2 bits flipped: 718 look-ups, a few
hundred candidates): the same million hashes are looked up 2x faster on SQLite and 4x faster on
PostgreSQL, whose index probes cost more than reading the candidates. Eight bands of 8 bits
(exact matches only) would return thirty thousand candidates.
"""

from __future__ import annotations

from itertools import combinations

BAND_WIDTHS = (16, 16, 16, 16)
"""Bits per band, most significant band first; they add up to 64."""
MAX_DISTANCE = 7
"""The largest distance a server may choose: one bit flipped per band at most (4 x 2 - 1);
beyond it a look-up needs eight times more index probes (see `benchmarks/bench_seen_store.py`)."""
_SIGN = 1 << 63
_FULL = 1 << 64


def bands_of(value: int) -> tuple[int, ...]:
    """The band values of an unsigned 64-bit hash, most significant band first."""
    bands = []
    shift = 64
    for width in BAND_WIDTHS:
        shift -= width
        bands.append((value >> shift) & ((1 << width) - 1))
    return tuple(bands)


def radius_for(distance: int) -> int:
    """Bits that may differ in the closest band of two hashes `distance` apart."""
    return distance // len(BAND_WIDTHS)


def probes(band: int, width: int, radius: int) -> list[int]:
    """`band` and every value of `width` bits differing from it in at most `radius` bits."""
    found = [band]
    for flips in range(1, radius + 1):
        for bits in combinations(range(width), flips):
            mask = sum(1 << bit for bit in bits)
            found.append(band ^ mask)
    return found


def band_probes(value: int, distance: int) -> list[list[int]]:
    """For each band, the band values a hash within `distance` of `value` may have there (in
    at least one band)."""
    radius = radius_for(distance)
    return [
        probes(band, width, radius)
        for band, width in zip(bands_of(value), BAND_WIDTHS, strict=True)
    ]


def hamming(first: int, second: int) -> int:
    return (first ^ second).bit_count()


def to_signed(value: int) -> int:
    """An unsigned 64-bit hash as a signed BIGINT (what SQLite and PostgreSQL store)."""
    return value - _FULL if value & _SIGN else value


def to_unsigned(value: int) -> int:
    return value + _FULL if value < 0 else value
