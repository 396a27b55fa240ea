"""Timing every HTTP request of an aiohttp session: API calls and image downloads.

Requests to the memories.ai host count as API time (and feed the latency histogram); every other
request of the session is a download (Discord attachments, typed links).
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import aiohttp
from yarl import URL

from bot.observability import timings
from bot.observability.metrics import API_LATENCY


def http_timing(api_base_url: str) -> aiohttp.TraceConfig:
    """A TraceConfig to hand to `aiohttp.ClientSession(trace_configs=[...])`."""
    api_host = URL(api_base_url).host
    trace = aiohttp.TraceConfig()

    async def started(
        session: aiohttp.ClientSession, context: SimpleNamespace, params: object
    ) -> None:
        context.started = time.perf_counter()

    async def ended(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestEndParams | aiohttp.TraceRequestExceptionParams,
    ) -> None:
        seconds = time.perf_counter() - context.started
        if params.url.host == api_host:
            API_LATENCY.labels(endpoint=params.url.name or "/").observe(seconds)
            timings.add("api", seconds)
        else:
            timings.add("download", seconds)

    trace.on_request_start.append(started)
    trace.on_request_end.append(ended)
    trace.on_request_exception.append(ended)
    return trace
