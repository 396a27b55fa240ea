"""The health probes of a running bot: the gateway, Redis (the database's: `bot.operations`)."""

from __future__ import annotations

import discord
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.observability.health import Probe


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


def redis_probe(redis: aioredis.Redis) -> Probe:
    async def redis_answers() -> str | None:
        try:
            await redis.ping()
        except (RedisError, OSError) as error:
            return f"Redis does not answer ({type(error).__name__})"
        return None

    return redis_answers
