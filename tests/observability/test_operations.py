"""What an operator sees of a running bot: one log line per search, Prometheus metrics, health."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import pytest
from prometheus_client import REGISTRY

from bot.cli import probe_health
from bot.config import load_settings
from bot.memories.redis_limiter import connect_redis
from bot.observability.health import Probe
from bot.observability.http import serve_operations
from bot.observability.probes import gateway_probe, redis_probe
from bot.operations import database_probe
from tests import imagegen
from tests.fakes.memories_api import hit, html_error
from tests.stack import Stack


def searches(outcome: str, library: str) -> float:
    labels = {"outcome": outcome, "library": library}
    return REGISTRY.get_sample_value("findvideo_searches_total", labels) or 0.0


@asynccontextmanager
async def endpoint(probes: list[Probe]) -> AsyncIterator[str]:
    async with serve_operations(0, probes, host="127.0.0.1") as port:
        yield f"http://127.0.0.1:{port}"


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as answer:
        return answer.status, await answer.text()


async def test_each_search_is_logged_once_with_its_outcome_and_timings(stack: Stack, caplog):
    stack.memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    image = stack.payloads.uploaded("cat.png", imagegen.png())

    with caplog.at_level(logging.INFO, logger="bot.search"):
        await stack.slash(image=image)

    [record] = [r for r in caplog.records if r.name == "bot.search"]
    facts = record.search
    assert facts["outcome"] == "match"
    assert facts["kind"] == "findvideo"
    assert (facts["images"], facts["matches"], facts["api_calls"]) == (1, 1, 1)
    assert set(facts) >= {"download_ms", "queue_ms", "api_ms", "render_ms", "total_ms"}
    assert facts["total_ms"] >= facts["api_ms"]
    line = record.getMessage()
    assert "outcome=match" in line
    assert stack.memories.api_key not in line
    assert image["url"] not in line


async def test_a_refused_search_is_logged_as_refused(stack: Stack, caplog):
    image = stack.payloads.uploaded("notes.txt", b"just text", "text/plain")

    with caplog.at_level(logging.INFO, logger="bot.search"):
        await stack.slash(image=image)

    [record] = [r for r in caplog.records if r.name == "bot.search"]
    assert record.search["outcome"] == "refused"
    assert record.search["api_calls"] == 0


async def test_metrics_count_searches_by_outcome_and_library(stack: Stack):
    stack.memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    before = searches("match", "tiktok")

    await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))

    async with endpoint([]) as base:
        status, text = await get(base + "/metrics")
    assert status == 200
    assert searches("match", "tiktok") == before + 1
    for name in (
        "findvideo_searches_total",
        "findvideo_api_request_seconds_bucket",
        "findvideo_cache_lookups_total",
        "findvideo_limiter_queue_length",
        "findvideo_limiter_wait_seconds_bucket",
        "findvideo_search_seconds_bucket",
        'findvideo_breaker_state{state="closed"} 1.0',
    ):
        assert name in text, name


async def test_api_errors_are_counted_by_code(stack: Stack):
    stack.memories.script("0402")
    labels = {"code": "0402"}
    before = REGISTRY.get_sample_value("findvideo_api_errors_total", labels) or 0.0

    await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))

    assert REGISTRY.get_sample_value("findvideo_api_errors_total", labels) == before + 1


async def test_healthz_is_200_while_connected_with_a_working_database(stack: Stack):
    probes = [gateway_probe(stack.bot), database_probe(stack.bot.services.database)]
    async with endpoint(probes) as base:
        assert await get(base + "/healthz") == (200, "ok\n")


async def test_healthz_is_503_with_the_reason_when_redis_is_away(stack: Stack, redis_server):
    async with connect_redis(redis_server.url) as redis:
        probes = [gateway_probe(stack.bot), redis_probe(redis)]
        async with endpoint(probes) as base:
            assert (await get(base + "/healthz"))[0] == 200
            await redis_server.stop()
            status, reasons = await get(base + "/healthz")
    assert status == 503
    assert reasons == "Redis does not answer (ConnectionError)\n"


async def test_healthz_is_503_when_the_gateway_is_not_connected(stack: Stack):
    await stack.bot.close()
    async with endpoint([gateway_probe(stack.bot)]) as base:
        status, reasons = await get(base + "/healthz")
    assert status == 503
    assert "gateway" in reasons


async def test_healthz_is_503_while_shutting_down(stack: Stack):
    stack.bot.draining = True
    async with endpoint([gateway_probe(stack.bot)]) as base:
        status, reasons = await get(base + "/healthz")
    assert status == 503
    assert reasons == "shutting down: finishing the searches in flight\n"


async def test_a_search_the_api_failed_is_counted_and_logged_as_failed(stack: Stack, caplog):
    stack.memories.set_default(html_error(500))
    before = searches("failed", "tiktok")

    with caplog.at_level(logging.INFO, logger="bot.search"):
        await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))

    assert searches("failed", "tiktok") == before + 1
    [record] = [r for r in caplog.records if r.name == "bot.search"]
    assert record.search["outcome"] == "failed"
    assert record.search["api_calls"] >= 1


async def test_the_endpoint_listens_on_loopback_unless_told_otherwise() -> None:
    """127.0.0.2 is this machine too, but not the address 127.0.0.1 binds: only a server on
    every interface answers there."""
    async with serve_operations(0, []) as port:
        status, _ = await get(f"http://127.0.0.1:{port}/healthz")
        with pytest.raises(aiohttp.ClientConnectionError):
            await get(f"http://127.0.0.2:{port}/healthz")
    async with serve_operations(0, [], host="0.0.0.0") as port:
        everywhere, _ = await get(f"http://127.0.0.2:{port}/healthz")

    assert (status, everywhere) == (200, 200)


async def test_the_health_check_asks_loopback_when_the_endpoint_listens_everywhere() -> None:
    async with serve_operations(0, [], host="0.0.0.0") as port:
        env = {"MEMORIES_API_KEY": "k", "HTTP_PORT": str(port), "HTTP_HOST": "0.0.0.0"}
        settings = load_settings(env, need_discord=False)
        status = await asyncio.to_thread(probe_health, settings)

    assert status == 0
