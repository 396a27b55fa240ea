"""Server settings are kept per server, and are there again after the database reopens."""

from __future__ import annotations

from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.scope import SearchScope
from bot.store.database import open_database
from bot.store.guild_settings import SqliteGuildSettings

EVERYTHING = GuildOverrides(
    platform=SearchScope.ALL_PUBLIC,
    min_match=90,
    possible_match=70,
    results=3,
    private=True,
    modlog_channel_id=1_234_567_890_123_456_789,
    log_every_search=False,
    private_namespace="team-library",
    cooldown=0,
    daily_budget=500,
)


async def test_a_server_that_set_nothing_gets_no_overrides(database_location: Path | str) -> None:
    async with open_database(database_location) as database:
        assert await SqliteGuildSettings(database).load(1) == GuildOverrides()


async def test_every_setting_survives_closing_and_reopening_the_database(
    database_location: Path | str,
) -> None:
    path = database_location
    async with open_database(path) as database:
        await SqliteGuildSettings(database).save(1, EVERYTHING)

    async with open_database(path) as database:
        loaded = await SqliteGuildSettings(database).load(1)

    assert loaded == EVERYTHING
    assert loaded.chosen() == frozenset(
        name for name in EVERYTHING.__dataclass_fields__ if getattr(EVERYTHING, name) is not None
    )


async def test_servers_do_not_see_each_others_settings(database_location: Path | str) -> None:
    async with open_database(database_location) as database:
        store = SqliteGuildSettings(database)
        await store.save(1, GuildOverrides(min_match=60))
        await store.save(2, GuildOverrides(results=2))

        assert await store.load(1) == GuildOverrides(min_match=60)
        assert await store.load(2) == GuildOverrides(results=2)


async def test_saving_again_replaces_and_clears(database_location: Path | str) -> None:
    async with open_database(database_location) as database:
        store = SqliteGuildSettings(database)
        await store.save(1, EVERYTHING)
        await store.save(1, EVERYTHING.changed(min_match=None, private=False))

        loaded = await store.load(1)

    assert loaded.min_match is None
    assert loaded.private is False
    assert loaded.results == 3
