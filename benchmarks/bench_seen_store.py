"""Prints how the image memory scales: insert and look-up times with 1,000,000 hashes in one
server (SQLite), and the process's memory before and after filling.

Run: `python -m benchmarks.bench_seen_store [rows] [postgresql]` (default 1,000,000 rows, about a
minute to fill; `postgresql`: on a throwaway local PostgreSQL server, as the tests start one).

The store is filled with uniformly random 64-bit hashes (perceptual hashes of real pictures are
less uniform, so real look-ups return somewhat more candidates; `bench_seen` measures those on
pictures). Look-ups are timed through `SqlImageMemory.near`, the way an answer does them (two per
image: the hash and its mirror's), at the default distance and the largest a server may choose.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.core.seen.bands import band_probes, bands_of, to_signed
from bot.core.seen.fingerprint import Fingerprint
from bot.core.seen.memory import DEFAULT_DISTANCE, ImageMemory, Sighting
from bot.store.database import Database, open_database
from bot.store.image_memory import SqlImageMemory, _candidates_query
from tests.postgres_server import PostgresServer

GUILD = 1
BATCH = 50_000
ROWS_PER_STATEMENT = 1000
SAMPLES = 400


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 1e6


def _raw_row(rng: random.Random, message_id: int) -> tuple[object, ...]:
    value = rng.getrandbits(64)
    return (
        GUILD,
        message_id,
        0,
        0,
        2,
        3,
        1_700_000_000.0 + message_id,
        to_signed(value),
        to_signed(rng.getrandbits(64)),
        *bands_of(value),
    )


async def _fill(database: Database, rows: int, rng: random.Random) -> float:
    started = time.perf_counter()
    insert = (
        "INSERT INTO image_memory (guild_id, message_id, item, still, channel_id, author_id, "
        "posted_at, hash, mirrored, band0, band1, band2, band3) VALUES "
    )
    for first in range(0, rows, BATCH):
        async with database.transaction() as connection:
            for start in range(first, min(rows, first + BATCH), ROWS_PER_STATEMENT):
                stop = min(rows, start + ROWS_PER_STATEMENT)
                batch = [_raw_row(rng, i) for i in range(start, stop)]
                values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(batch))
                params = [value for row in batch for value in row]
                await connection.execute(insert + values, params)
    return time.perf_counter() - started


async def _time_inserts(store: SqlImageMemory, rng: random.Random, start: int) -> list[float]:
    samples = []
    for i in range(SAMPLES):
        fingerprint = Fingerprint(rng.getrandbits(64), rng.getrandbits(64))
        sighting = Sighting(GUILD, 2, start + i, 3, time.time(), fingerprint)
        began = time.perf_counter()
        await store.add([sighting])
        samples.append(time.perf_counter() - began)
    return samples


async def _time_lookups(
    store: SqlImageMemory, rng: random.Random, near_copies: int
) -> tuple[list[float], list[float], float]:
    """One look-up (a hash), and an image's whole recall (its hash and its mirror's), for random
    hashes and for hashes of which a copy `near_copies` bits away was stored."""
    memory = ImageMemory(store)
    lookups, recalls, found = [], [], 0
    for i in range(SAMPLES):
        value = rng.getrandbits(64)
        if i % 2:  # half the queries have a stored near copy, as a repost would
            copy = value ^ ((1 << near_copies) - 1)
            await store.add([Sighting(GUILD, 2, 10**12 + i, 3, 1.0, Fingerprint(copy, 0))])
        began = time.perf_counter()
        found += len(await store.near(GUILD, value, DEFAULT_DISTANCE))
        lookups.append(time.perf_counter() - began)
        began = time.perf_counter()
        await memory.recall(GUILD, [Fingerprint(value, rng.getrandbits(64))], DEFAULT_DISTANCE)
        recalls.append(time.perf_counter() - began)
    return lookups, recalls, found / SAMPLES


def _reference_sqlite(path: Path, rng: random.Random) -> list[float]:
    """The candidates' SQL alone, straight through sqlite3 in this thread (no event loop, no
    connection thread): what the engine costs, for the ratio."""
    samples = []
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for _ in range(SAMPLES):
            probes = band_probes(rng.getrandbits(64), DEFAULT_DISTANCE)
            params = [value for band in probes for value in (GUILD, *band)]
            began = time.perf_counter()
            connection.execute(_candidates_query([len(b) for b in probes]), params).fetchall()
            samples.append(time.perf_counter() - began)
    return samples


async def main(rows: int, engine: str) -> None:
    if engine != "postgresql":
        with tempfile.TemporaryDirectory() as folder:
            await measure(Path(folder) / "bench.sqlite3", rows)
        return
    server = PostgresServer()
    await server.astart()
    try:
        await measure(await server.fresh_database(), rows)
    finally:
        await server.astop()
        server.remove()


async def measure(where: Path | str, rows: int) -> None:
    rng = random.Random(16)  # noqa: S311 - benchmark data, not secrets
    print(f"engine: {'SQLite' if isinstance(where, Path) else 'PostgreSQL'}")
    async with open_database(where) as database:
        store = SqlImageMemory(database)
        filled = await _fill(database, rows, rng)
        await database.execute("ANALYZE" if isinstance(where, Path) else "VACUUM ANALYZE")
        print(f"filled {rows:,} hashes in {filled:.1f} s (uniformly random hashes)")
        inserts = await _time_inserts(store, rng, rows)
        print(f"insert (one image, own transaction): {_percentiles(inserts)}")
        before = _rss_mb()
        lookups, recalls, found = await _time_lookups(store, rng, DEFAULT_DISTANCE)
        print(
            f"look-up of one hash at distance {DEFAULT_DISTANCE}: {_percentiles(lookups)} "
            f"({found:.2f} found per look-up)"
        )
        print(f"recall of one image (hash and mirror): {_percentiles(recalls)}")
        print(f"resident memory: {before:.0f} MB before the look-ups, {_rss_mb():.0f} MB after")
        if isinstance(where, Path):
            reference = await asyncio.to_thread(_reference_sqlite, where, rng)
            print(
                f"reference, the candidates' SQL alone through sqlite3: {_percentiles(reference)}"
            )
            size = (await asyncio.to_thread(where.stat)).st_size / 1e6
            print(f"database file: {size:.0f} MB ({size * 1e6 / rows:.0f} bytes per hash)")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    asyncio.run(main(count, sys.argv[2] if len(sys.argv) > 2 else "sqlite"))
