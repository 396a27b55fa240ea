"""Building the process's dependencies once, and running the bot or the command-line search.

One aiohttp session talks to memories.ai and fetches Discord's attachment URLs; a second one, whose
resolver refuses private addresses, is the only one that ever fetches a link a user typed. One rate
limiter covers every call to the API. One database (the SQLite file, or a pool of connections to
PostgreSQL; opened and migrated at start, closed on exit) serves every store.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from functools import partial

import aiohttp
import discord
import redis.asyncio as aioredis
import yarl

from bot.config import Settings
from bot.core.breaker import BreakerPolicy, CircuitBreaker
from bot.core.deferred_stores import DeferredResultCache
from bot.core.evidence.evidence import DownloadRate, EvidenceService
from bot.core.evidence.remembered_evidence import RememberedEvidence
from bot.core.images.image_check import ImageLimits
from bot.core.moderation.fair_use import FairUse
from bot.core.moderation.result_cache import ResultCache
from bot.core.ports import (
    DownloadAllowance,
    EvidencePause,
    EvidenceStore,
    Lane,
    ResultCacheStore,
)
from bot.core.search_service import SearchService
from bot.core.write_behind import WriteBehind
from bot.discord.app import FindVideoBot
from bot.discord.shutdown import graceful_shutdown
from bot.media.composite import PillowCompositor
from bot.media.decode_pool import configure_shared_pool
from bot.media.fetch import SafeUrlFetcher
from bot.media.frames import FrameLimits
from bot.media.intake import ClipLimits, MediaIntake
from bot.media.public_addresses import make_guarded_connector
from bot.media.spool import ImageSpool
from bot.media.variants import PooledVariants
from bot.memories import MemoriesClient, RetryPolicy
from bot.memories.index import MemoriesIndex
from bot.memories.ratelimit import IntervalRateLimiter, RateLimiter
from bot.memories.redis_limiter import RedisRateLimiter, account_prefix, connect_redis
from bot.observability.health import Probe
from bot.observability.http import Fact, serve_operations
from bot.observability.metered import MeteredIndex, MeteredLimiter, meter_breaker
from bot.observability.metrics import LIMITER_DEGRADED
from bot.observability.probes import gateway_probe, redis_probe
from bot.observability.tracing import http_timing
from bot.operations import database_probe, describe_database, meter_database
from bot.services import Services, build_services
from bot.store.database import Database, open_database
from bot.store.evidence import SqliteEvidenceStore
from bot.store.redis_evidence import shared_evidence_limits
from bot.store.redis_shared import (
    RedisBudgetLedger,
    RedisCooldownLog,
    RedisEvidenceStore,
    RedisResultCache,
)
from bot.store.resilient import ResilientResultCache
from bot.store.result_cache import SqliteResultCache

log = logging.getLogger(__name__)

USER_AGENT = "findvideo-bot/0.1 (+https://github.com/findvideo)"
MAX_BREAKER_COOLDOWN = 300.0
"""A breaker's cool-down doubles after each failed probe, up to this (5 minutes)."""


def _loader(
    settings: Settings, session: aiohttp.ClientSession, links: aiohttp.ClientSession
) -> MediaIntake:
    limits = ImageLimits(max_bytes=settings.max_image_bytes)
    clips = clip_limits(settings)
    fetcher = SafeUrlFetcher(
        links,
        allow_private=settings.allow_private_urls,
        max_bytes=max(limits.max_bytes, clips.max_bytes),
        timeout=settings.download_timeout,
    )
    return MediaIntake(
        session,
        fetcher,
        limits=limits,
        download_timeout=settings.download_timeout,
        clip_limits=clips,
        spool=ImageSpool(settings.data_dir / "spool"),
        decode_pool=configure_shared_pool(settings.decode_workers, settings.decode_seconds),
    )


def clip_limits(settings: Settings) -> ClipLimits:
    """GIF and video input as the operator set it."""
    frames = FrameLimits(
        frames=settings.clip_frames, max_duration_seconds=settings.max_clip_seconds
    )
    return ClipLimits(max_bytes=settings.max_clip_bytes, frames=frames)


def _retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        request_timeout=settings.memories_request_timeout,
        connect_timeout=settings.memories_connect_timeout,
        failure_patience=settings.memories_failure_patience,
        rate_limit_patience=settings.memories_rate_limit_patience,
    )


def _breaker(settings: Settings) -> CircuitBreaker:
    """The one circuit breaker for memories.ai: every search of the process shares it."""
    policy = BreakerPolicy(
        failure_threshold=settings.memories_breaker_failures,
        cool_down=settings.memories_breaker_cooldown,
        max_cool_down=max(settings.memories_breaker_cooldown, MAX_BREAKER_COOLDOWN),
    )
    return CircuitBreaker(policy, name="memories.ai")


def _memories(
    settings: Settings,
    session: aiohttp.ClientSession,
    limiter: RateLimiter,
    breaker: CircuitBreaker,
    lane: Lane = Lane.SEARCH,
) -> MemoriesClient:
    return MemoriesClient(
        session,
        api_key=settings.memories_api_key.reveal(),
        base_url=settings.memories_api_base_url,
        limiter=limiter,
        lane=lane,
        policy=_retry_policy(settings),
        breaker=breaker,
    )


@dataclass(frozen=True)
class SearchServices:
    """The same search, for people (first in line) and for watched channels (last in line)."""

    interactive: SearchService
    watch: SearchService
    memories: MemoriesClient
    """The people's client, also the evidence's source (details and keyframes)."""
    redis: aioredis.Redis | None = None
    """The Redis client when REDIS_URL is set (for the health check)."""


@asynccontextmanager
async def open_search_service(settings: Settings) -> AsyncIterator[SearchService]:
    """The search service with its sessions (no result cache: the command line's); the sessions
    close when the block ends."""
    async with open_search_services(settings) as services:
        yield services.interactive


@asynccontextmanager
async def open_search_services(
    settings: Settings, *, database: Database | None = None
) -> AsyncIterator[SearchServices]:
    """Both search services, sharing sessions, loader, the one rate limiter and the result cache
    (in Redis with REDIS_URL, else in `database`; none without either)."""
    headers = {"User-Agent": USER_AGENT}
    connector = make_guarded_connector(allow_private=settings.allow_private_urls)
    traces = [http_timing(settings.memories_api_base_url)]
    async with (
        AsyncExitStack() as stack,
        aiohttp.ClientSession(headers=headers, trace_configs=traces) as session,
        aiohttp.ClientSession(headers=headers, connector=connector, trace_configs=traces) as links,
    ):
        redis = await open_redis(settings, stack)
        limiter = MeteredLimiter(await open_limiter(settings, stack, redis))
        breaker = meter_breaker(_breaker(settings))
        memories = _memories(settings, session, limiter, breaker)
        loader = _loader(settings, session, links)
        await asyncio.to_thread(loader.spool.prepare)
        watch_memories = _memories(settings, session, limiter, breaker, Lane.WATCH)
        writes = await stack.enter_async_context(WriteBehind())  # flushed before the database
        cache = None
        if database is not None:
            cache = result_cache_for(settings, database, redis, writes=writes)
        service = partial(
            SearchService,
            loader=loader,
            limiter=limiter,
            search_timeout=settings.search_timeout,
            cache=cache,
            variants=PooledVariants(loader.decode_pool),
            writes=writes,
        )
        yield SearchServices(
            service(MeteredIndex(MemoriesIndex(memories))),
            service(MeteredIndex(MemoriesIndex(watch_memories)), lane=Lane.WATCH),
            memories,
            redis,
        )


def expected_processes(settings: Settings) -> int:
    """How many processes share the account, as far as the shard settings tell."""
    if settings.shard_count is None or not settings.shard_ids:
        return 1
    return max(settings.shard_count // len(settings.shard_ids), 1)


def process_name() -> str:
    """This process, uniquely among the bot's processes (host, pid, and a random part)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def open_redis(settings: Settings, stack: AsyncExitStack) -> aioredis.Redis | None:
    """The one Redis client of the process (closed with `stack`), when REDIS_URL is set."""
    if settings.redis_url is None:
        return None
    return await stack.enter_async_context(connect_redis(settings.redis_url.reveal()))


async def open_limiter(
    settings: Settings, stack: AsyncExitStack, redis: aioredis.Redis | None
) -> RateLimiter:
    """The account's limiter: Redis-backed when REDIS_URL is set, else this process's own."""
    if redis is None:
        return IntervalRateLimiter(settings.memories_max_rps)
    limiter = RedisRateLimiter(
        redis,
        settings.memories_max_rps,
        prefix=account_prefix(settings.memories_api_key.reveal()),
        process_id=process_name(),
        processes_hint=expected_processes(settings),
    )
    LIMITER_DEGRADED.set_function(lambda: float(limiter.degraded))
    return await stack.enter_async_context(limiter)


def evidence_service(
    settings: Settings,
    memories: MemoriesClient,
    database: Database,
    redis: aioredis.Redis | None = None,
) -> EvidenceService:
    """Details and keyframes through the people's client (same limiter, evidence lane)."""
    store: EvidenceStore = SqliteEvidenceStore(
        database, keyframe_limit=settings.keyframe_cache_size
    )
    downloads: DownloadAllowance = DownloadRate(settings.keyframe_downloads_per_minute)
    pauses: tuple[EvidencePause, EvidencePause] | None = None
    if redis is not None:  # details, keyframes, the download budget and pauses: shared
        prefix = account_prefix(settings.memories_api_key.reveal())
        store = RedisEvidenceStore(redis, prefix, store)
        downloads, pauses = shared_evidence_limits(
            redis,
            prefix,
            settings.keyframe_downloads_per_minute,
            settings.evidence_pause_seconds,
            expected_processes(settings),
        )
    return EvidenceService(
        memories,
        RememberedEvidence(store),
        PillowCompositor(),
        downloads=downloads,
        pause_seconds=settings.evidence_pause_seconds,
        pauses=pauses,
    )


def result_cache_for(
    settings: Settings,
    database: Database,
    redis: aioredis.Redis | None = None,
    *,
    writes: WriteBehind | None = None,
) -> ResultCache | None:
    """The result cache: shared by every process through Redis when there is one, else in the
    database (None when CACHE_TTL_HOURS is 0); with `writes`, saving is done after the answer."""
    if settings.cache_ttl_hours <= 0:
        return None
    ttl = settings.cache_ttl_hours * 3600
    store: ResultCacheStore = SqliteResultCache(database)
    if redis is not None:
        store = RedisResultCache(redis, account_prefix(settings.memories_api_key.reveal()))
    else:
        store = ResilientResultCache(store)
    if writes is not None:
        store = DeferredResultCache(store, writes)
    return ResultCache(store, ttl_seconds=ttl)


def shared_fair_use(settings: Settings, redis: aioredis.Redis | None) -> FairUse | None:
    """Cooldowns and daily budgets shared by every process through Redis (None without it: the
    bot keeps its own, budgets in the database)."""
    if redis is None:
        return None
    prefix = account_prefix(settings.memories_api_key.reveal())
    return FairUse(RedisCooldownLog(redis, prefix), RedisBudgetLedger(redis, prefix))


def apply_discord_base_url(settings: Settings) -> None:
    """Send every Discord REST call to DISCORD_API_BASE_URL (a REST proxy), and the gateway
    connection to DISCORD_GATEWAY_URL (a gateway proxy), when set."""
    if settings.discord_api_base_url:
        discord.http.Route.BASE = settings.discord_api_base_url
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


@asynccontextmanager
async def open_services(settings: Settings) -> AsyncIterator[Services]:
    """Every service of the bot, built once (`bot.services.build_services`): the database opened
    and migrated, the searches with their sessions and limiter; all closed when the block ends."""
    async with (
        open_database(
            settings.database_location, pool_size=settings.database_pool_size
        ) as database,
        open_search_services(settings, database=database) as searches,
    ):
        yield build_services(
            settings,
            database,
            (searches.interactive, searches.watch),
            evidence=evidence_service(settings, searches.memories, database, searches.redis),
            shared_fair_use=shared_fair_use(settings, searches.redis),
            redis=searches.redis,
        )


async def run_bot(settings: Settings, *, sync_only: bool = False) -> None:
    """Run the bot until stopped, or (sync_only) log in, force a command sync, and stop."""
    assert settings.discord_token is not None  # noqa: S101 - load_settings(need_discord=True)
    apply_discord_base_url(settings)
    async with (
        open_services(settings) as services,
        FindVideoBot(services, force_sync=sync_only) as bot,
    ):
        if sync_only:
            await bot.login(settings.discord_token.reveal())
            return
        probes = health_probes(bot, services.database, services.redis)
        meter_database(services.database)
        facts = [lambda: describe_database(services.database)]
        async with operations_endpoint(settings, probes, facts):
            with graceful_shutdown(bot, settings.shutdown_timeout):
                await bot.start(settings.discord_token.reveal())


def health_probes(
    bot: FindVideoBot, database: Database, redis: aioredis.Redis | None
) -> list[Probe]:
    probes = [gateway_probe(bot), database_probe(database)]
    if redis is not None:
        probes.append(redis_probe(redis))
    return probes


@asynccontextmanager
async def operations_endpoint(
    settings: Settings, probes: list[Probe], facts: Sequence[Fact] = ()
) -> AsyncIterator[None]:
    """/healthz and /metrics on HTTP_HOST:HTTP_PORT while the bot runs (nothing when no port is
    set)."""
    if settings.http_port is None:
        yield
        return
    async with serve_operations(settings.http_port, probes, settings.http_host, facts) as port:
        log.info("health and metrics on %s port %d (/healthz, /metrics)", settings.http_host, port)
        yield
