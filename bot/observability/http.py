"""The operations endpoint (HTTP_HOST, HTTP_PORT): /healthz for orchestrators, /metrics for
Prometheus. It listens on loopback unless the operator says otherwise (a container sets 0.0.0.0)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from bot.observability.health import Probe, check_health

Fact = Callable[[], str]
"""A line a healthy /healthz adds under "ok" (the database and its pool, say)."""


def operations_app(probes: Sequence[Probe], facts: Sequence[Fact] = ()) -> web.Application:
    async def healthz(request: web.Request) -> web.Response:
        report = await check_health(probes)
        if report.healthy:
            return web.Response(text="".join(f"{line}\n" for line in ["ok", *(f() for f in facts)]))
        return web.Response(status=503, text="".join(f"{p}\n" for p in report.problems))

    async def metrics(request: web.Request) -> web.Response:
        body = generate_latest(REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.add_routes([web.get("/healthz", healthz), web.get("/metrics", metrics)])
    return app


@asynccontextmanager
async def serve_operations(
    port: int,
    probes: Sequence[Probe],
    host: str = "127.0.0.1",
    facts: Sequence[Fact] = (),
) -> AsyncIterator[int]:
    """Serve /healthz and /metrics on `host`, `port` (0: any free port) while the block runs;
    yields the port actually bound."""
    runner = web.AppRunner(operations_app(probes, facts), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        yield int(runner.addresses[0][1])
    finally:
        await runner.cleanup()
