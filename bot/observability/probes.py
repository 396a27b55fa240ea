"""The health probes of a running bot (gateway, database, Redis), and the database's metrics."""

from __future__ import annotations

import discord
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.observability.health import Probe
from bot.observability.metrics import DATABASE_POOL, DATABASE_QUERY_SECONDS
from bot.store.database import Database
from bot.store.queries import time_queries


def gateway_probe(client: discord.AutoShardedClient) -> Probe:
    async def gateway() -> str | None:
        if getattr(client, "draining", False):
            return "shutting down: finishing the searches in flight"
        if client.is_closed():
            return "the Discord gateway connection is closed"
        if not client.shards:
            return "not connected to the Discord gateway yet"
        down = [shard_id for shard_id, shard in client.shards.items() if shard.is_closed()]
        if down:
            return f"Discord gateway shards {down} are disconnected"
        return None

    return gateway


def database_probe(database: Database) -> Probe:
    async def database_answers() -> str | None:
        try:
            await database.fetch_one("SELECT 1")
        except Exception as error:  # any failure means the same to an orchestrator
            return f"{describe_database(database)} does not answer ({type(error).__name__})"
        return None

    return database_answers


def describe_database(database: Database) -> str:
    """The database and its pool, for people: engine, where, connections in use."""
    pool = database.pool_status()
    return (
        f"the database ({database.engine} at {database.location};"
        f" {pool.in_use} of {pool.max_size} connections in use, {pool.size} open)"
    )


def meter_database(database: Database) -> None:
    """Every statement's time, and the pool's connections, as metrics."""
    time_queries(lambda kind, seconds: DATABASE_QUERY_SECONDS.labels(kind).observe(seconds))
    DATABASE_POOL.labels("open").set_function(lambda: database.pool_status().size)
    DATABASE_POOL.labels("in_use").set_function(lambda: database.pool_status().in_use)
    DATABASE_POOL.labels("max").set_function(lambda: database.pool_status().max_size)


def redis_probe(redis: aioredis.Redis) -> Probe:
    async def redis_answers() -> str | None:
        try:
            await redis.ping()
        except (RedisError, OSError) as error:
            return f"Redis does not answer ({type(error).__name__})"
        return None

    return redis_answers
