"""The image memory: perceptual hashes that survive reposting, and look-ups by band that never
miss a hash within the distance nor report one beyond it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.seen.bands import BAND_WIDTHS, bands_of, to_signed, to_unsigned
from bot.core.seen.fingerprint import Fingerprint, fingerprint_bytes
from bot.core.seen.memory import DEFAULT_DISTANCE, ImageMemory, Sighting
from bot.store.budget import SqliteBudgetLedger
from bot.store.database import open_database
from bot.store.guild_settings import SqliteGuildSettings
from bot.store.history import SqliteSearchHistory
from bot.store.image_memory import SqlImageMemory
from bot.store.retention import DAY_SECONDS, Retention
from tests.seen_images import STYLES, VARIANTS, encoded, picture

GUILD, OTHER_GUILD = 10, 20
REPOSTS = ["half size, JPEG 75", "mirrored", "mirrored, half size, JPEG 75"]
QUERY = 0x9E3779B97F4A7C15
"""A hash with bits set in every band (the query of the boundary tests)."""


def _distance(first: int, second: int) -> int:
    return (first ^ second).bit_count()


def _found_within(original: Fingerprint, copy: Fingerprint) -> bool:
    closest = min(_distance(original.hash, copy.hash), _distance(original.mirrored, copy.hash))
    return closest <= DEFAULT_DISTANCE


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    "variant", ["half size, JPEG 75", "mirrored", "mirrored, half size, JPEG 75"]
)
def test_a_reposted_copy_is_within_the_distance(style: str, variant: str) -> None:
    for seed in range(4):
        image = picture(style, seed)
        original = fingerprint_bytes(encoded(image))
        copy = fingerprint_bytes(encoded(VARIANTS[variant](image), "JPEG", quality=75))
        assert _found_within(original, copy), (style, seed, variant)


def test_a_light_crop_is_within_the_distance() -> None:
    image = picture("shapes", 1)
    copy = image.crop((6, 5, image.width - 6, image.height - 5))  # 1% off each side
    assert _found_within(fingerprint_bytes(encoded(image)), fingerprint_bytes(encoded(copy)))


@pytest.mark.parametrize("style", STYLES)
def test_different_pictures_of_the_same_style_are_not_the_same(style: str) -> None:
    prints = [fingerprint_bytes(encoded(picture(style, seed))) for seed in range(8)]
    for first, second in itertools.combinations(prints, 2):
        assert not _found_within(first, second)


def test_the_mirror_hash_is_the_hash_of_the_mirror_image() -> None:
    image = picture("gradient", 3)
    mirrored = fingerprint_bytes(encoded(VARIANTS["mirrored"](image)))
    assert _distance(fingerprint_bytes(encoded(image)).mirrored, mirrored.hash) <= 2


def test_hashes_fit_a_signed_bigint_and_come_back_unchanged() -> None:
    for value in (0, 1, QUERY, (1 << 64) - 1, 1 << 63):
        signed = to_signed(value)
        assert -(1 << 63) <= signed < (1 << 63)
        assert to_unsigned(signed) == value
    assert sum(BAND_WIDTHS) == 64
    assert bands_of((1 << 64) - 1) == tuple((1 << width) - 1 for width in BAND_WIDTHS)


def _flip(value: int, per_band: tuple[int, ...]) -> int:
    """`value` with the lowest `per_band[i]` bits of band i flipped."""
    shift = 64
    for width, flips in zip(BAND_WIDTHS, per_band, strict=True):
        shift -= width
        value ^= ((1 << flips) - 1) << shift
    return value


def _sighting(guild_id: int, message_id: int, value: int, at: float = 1000.0) -> Sighting:
    return Sighting(guild_id, 5, message_id, 7, at, Fingerprint(value, value ^ 1))


@pytest.mark.parametrize(
    ("per_band", "found"),
    [
        ((0, 0, 0, 7), True),  # all in one band: the other three match exactly
        ((2, 2, 2, 1), True),  # 7 bits spread: only the last band is within the radius of 1
        ((1, 2, 2, 2), True),
        ((2, 2, 1, 2), True),
        ((2, 2, 2, 2), False),  # 8 bits: one over the distance
        ((0, 0, 0, 8), False),
        ((3, 3, 2, 0), False),
    ],
)
async def test_look_ups_are_exact_at_the_band_boundaries(
    database_location: Path | str, per_band: tuple[int, ...], found: bool
) -> None:
    stored = _flip(QUERY, per_band)
    assert _distance(stored, QUERY) == sum(per_band)
    async with open_database(database_location) as database:
        store = SqlImageMemory(database)
        await store.add([_sighting(GUILD, 1, stored)])
        near = await store.near(GUILD, QUERY, DEFAULT_DISTANCE)
    assert [s.message_id for s in near] == ([1] if found else [])


async def test_another_server_never_sees_a_servers_images(database_location: Path | str) -> None:
    async with open_database(database_location) as database:
        memory = ImageMemory(SqlImageMemory(database))
        await memory.remember([_sighting(GUILD, 1, QUERY)])
        query = Fingerprint(QUERY, QUERY ^ 1)
        assert await memory.recall(OTHER_GUILD, [query], DEFAULT_DISTANCE) == []
        [earlier] = await memory.recall(GUILD, [query], DEFAULT_DISTANCE)
    assert earlier.identical
    assert not earlier.mirrored
    assert earlier.sighting.jump_url == f"https://discord.com/channels/{GUILD}/5/1"


async def test_the_memory_survives_a_restart_and_forgets_one_message(
    database_location: Path | str,
) -> None:
    path = database_location
    query = Fingerprint(QUERY, QUERY ^ 1)
    async with open_database(path) as database:
        await ImageMemory(SqlImageMemory(database)).remember(
            [_sighting(GUILD, 1, QUERY), _sighting(GUILD, 2, _flip(QUERY, (1, 0, 0, 0)))]
        )
    async with open_database(path) as database:
        memory = ImageMemory(SqlImageMemory(database))
        recalled = await memory.recall(GUILD, [query], DEFAULT_DISTANCE)
        assert [e.sighting.message_id for e in recalled] == [1, 2]  # closest first
        assert await memory.store.forget_message(GUILD, 1) == 1
        recalled = await memory.recall(GUILD, [query], DEFAULT_DISTANCE, exclude_message=2)
    assert recalled == []


async def test_older_sightings_are_swept_by_retention(database_location: Path | str) -> None:
    now = 100 * DAY_SECONDS
    async with open_database(database_location) as database:
        store = SqlImageMemory(database)
        old, recent = now - 91 * DAY_SECONDS, now - 89 * DAY_SECONDS
        await store.add([_sighting(GUILD, 1, QUERY, old), _sighting(GUILD, 2, QUERY, recent)])
        retention = Retention(
            None,
            SqliteSearchHistory(database),
            SqliteBudgetLedger(database),
            history_days=30,
            clock=lambda: now,
            image_memory=store,
            image_memory_days=90,
        )
        swept = await retention.sweep()
        left = await store.near(GUILD, QUERY, 0)
    assert swept.image_sightings == 1
    assert [s.message_id for s in left] == [2]


async def test_a_server_may_keep_its_memory_for_less_time(database_location: Path | str) -> None:
    now = 100 * DAY_SECONDS
    async with open_database(database_location) as database:
        await SqliteGuildSettings(database).save(GUILD, GuildOverrides(memory_days=7))
        store = SqlImageMemory(database)
        eight_days_ago = now - 8 * DAY_SECONDS
        await store.add(
            [
                _sighting(GUILD, 1, QUERY, eight_days_ago),
                _sighting(OTHER_GUILD, 2, QUERY, eight_days_ago),
            ]
        )
        removed = await store.purge_expired(now, 90)
        left = [s.guild_id for g in (GUILD, OTHER_GUILD) for s in await store.near(g, QUERY, 0)]
    assert removed == 1
    assert left == [OTHER_GUILD]


async def test_hashes_kept_before_the_four_bands_are_found_after_the_upgrade(
    database_location: Path | str,
) -> None:
    old_bands = (QUERY >> 43, (QUERY >> 22) & ((1 << 21) - 1), QUERY & ((1 << 22) - 1))
    async with open_database(database_location, target=12) as database:
        await database.execute(
            "INSERT INTO image_memory (guild_id, message_id, item, still, channel_id, author_id, "
            "posted_at, hash, mirrored, band0, band1, band2) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (GUILD, 1, 0, 0, 5, 7, 1000.0, to_signed(QUERY), to_signed(QUERY ^ 1), *old_bands),
        )
    async with open_database(database_location) as database:
        near = await SqlImageMemory(database).near(GUILD, _flip(QUERY, (0, 1, 0, 0)), 1)
    assert [s.message_id for s in near] == [1]
