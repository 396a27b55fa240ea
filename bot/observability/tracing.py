"""Timing every HTTP request of an aiohttp session: API calls and image downloads.

Requests to the memories.ai origin count as API time (and feed the latency histogram, to the
answer's headers); every other request of the session is a download (Discord attachments, typed
links). A request's time runs from its start to its last body chunk read, so a streamed download
counts whole.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import aiohttp
from yarl import URL

from bot.core import timings
from bot.observability.metrics import API_LATENCY


def http_timing(api_base_url: str) -> aiohttp.TraceConfig:
    """A TraceConfig to hand to `aiohttp.ClientSession(trace_configs=[...])`."""
    api_origin = URL(api_base_url).origin()
    trace = aiohttp.TraceConfig()

    def part(url: URL) -> str:
        return "api" if url.origin() == api_origin else "download"

    def step(context: SimpleNamespace) -> None:
        """Count the time since the request's previous event towards its part."""
        now = time.perf_counter()
        timings.add(context.part, now - context.last)
        context.last = now

    async def started(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestStartParams,
    ) -> None:
        context.part, context.started = part(params.url), time.perf_counter()
        context.last = context.started

    async def answered(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestEndParams | aiohttp.TraceRequestExceptionParams,
    ) -> None:
        if context.part == "api":
            API_LATENCY.labels(endpoint=params.url.name or "/").observe(
                time.perf_counter() - context.started
            )
        step(context)

    async def chunk(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceResponseChunkReceivedParams,
    ) -> None:
        step(context)

    trace.on_request_start.append(started)
    trace.on_request_end.append(answered)
    trace.on_request_exception.append(answered)
    trace.on_response_chunk_received.append(chunk)
    return trace
