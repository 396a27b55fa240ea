"""Prints how long a user waits for an answer when memories.ai is broken, with default settings.

Run: `python -m benchmarks.bench_api_failures [WORD ...]` (a minute or two; with words, only the
cases whose label contains one of them).

Each case starts a fresh bot (fresh circuit breaker) against the local fakes, makes every API
request fail the same way, runs one /findvideo with one image on TikTok, and prints the time from
dispatch to the user's answer, the number of API attempts and the answer's first line. The last
cases show the patient retry on rate limiting, and the first search answered without any API call
once repeated failures have opened the circuit breaker.
"""

from __future__ import annotations

import asyncio
import io
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from tests import imagegen
from tests.fakes.discord_records import InteractionRecord
from tests.fakes.memories_api import (
    MALFORMED_JSON,
    Hang,
    RawResponse,
    ReceivedRequest,
    Reset,
    Response,
    Stall,
    Trickle,
    Truncated,
    hit,
    html_error,
)
from tests.stack import Stack, running_stack

GIVE_UP_AFTER = 180.0
DEFAULTS = {"MEMORIES_MAX_RPS": "1"}
CASES: Sequence[tuple[str, Response]] = [
    ("HTTP 500 with an HTML page", html_error(500)),
    ("HTTP 502 with an HTML page", html_error(502)),
    ("accepted, never answered", Hang()),
    ("connection reset", Reset()),
    ("truncated JSON (HTTP 200)", MALFORMED_JSON),
    ("JSON without `code` (HTTP 200)", RawResponse(200, '{"data": []}')),
    ("body cut short (Content-Length)", Truncated()),
    ("stalls after the headers", Stall()),
    ("never-ending body (1 byte/s)", Trickle(1.0)),
]


def answered_at(record: InteractionRecord) -> float:
    """When the user's answer arrived at the fake Discord: the first edit with results, or the
    private error (evidence edits that complete an answer later are not counted)."""
    results = [edit.received_at for edit in record.original_edits if edit.payload.get("embeds")]
    errors = [followup.body.received_at for followup in record.followups]
    edits = [edit.received_at for edit in record.original_edits]
    return min(results or errors or edits or [callback.at for callback in record.callbacks])


def first_line(record: InteractionRecord) -> str:
    payloads = record.message_payloads()
    content = str(payloads[-1].get("content") or "") if payloads else ""
    if not content and payloads and payloads[-1].get("embeds"):
        content = "(an answer with results)"
    return content.splitlines()[0][:90] if content else "(nothing)"


async def one_search(stack: Stack) -> tuple[float, int, str]:
    before = len(stack.memories.requests)
    image = stack.payloads.uploaded("frame.png", imagegen.png(640, 480))
    payload = stack.payloads.slash_command("findvideo", {"image": image})
    record = await stack.session.invoke(payload, give_up_after=GIVE_UP_AFTER)
    seconds = answered_at(record) - record.dispatched_at
    return seconds, len(stack.memories.requests) - before, first_line(record)


def report(label: str, seconds: float, attempts: int, line: str) -> None:
    tried = f"{attempts:2d} attempts" if attempts >= 0 else " " * 11
    print(f"{label:<34} {seconds:6.1f} s  {tried}  {line}", flush=True)


async def bench_failure(label: str, failure: Response) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), DEFAULTS) as stack:
            stack.memories.set_default(failure)
            report(label, *await one_search(stack))


async def bench_rate_limited() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), DEFAULTS) as stack:
            stack.memories.set_default([hit("PI-1", "clip", 3, 0.9)])
            stack.memories.script("0429", "0429", "0429")
            report("rate limited 3x, then hits", *await one_search(stack))


async def bench_open_breaker() -> None:
    """Failing searches one after the other, until one is answered without calling the API."""
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), DEFAULTS) as stack:
            stack.memories.set_default(html_error(500))
            for searches in range(1, 6):
                seconds, attempts, line = await one_search(stack)
                if attempts == 0:
                    report(f"failing search no. {searches}", seconds, attempts, line)
                    return
            print("the circuit breaker never opened in 5 failing searches")


async def bench_healthy_beside_failing() -> None:
    """A search whose API calls all fail, and another user's healthy one sent just after it."""
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), DEFAULTS) as stack:
            stack.memories.set_default([hit("PI-1", "clip", 3, 0.9)])
            stack.memories.responder = lambda request: (
                html_error(500) if _is_failing(request) else None
            )
            failing = await _dispatch(stack, "broken.png", imagegen.png(*FAILING_SIZE))
            await stack.memories.wait_for_requests(1)
            healthy = await _dispatch(stack, "fine.png", imagegen.png(640, 480))
            await stack.discord.wait_until(lambda: _answered(healthy) and _answered(failing))
            for label, record in (("healthy beside failing", healthy), ("failing beside", failing)):
                report(label, answered_at(record) - record.dispatched_at, -1, first_line(record))
            sent = [
                f"{'F' if _is_failing(r) else 'H'}@{r.received_at - failing.dispatched_at:.1f}"
                for r in stack.memories.requests
            ]
            print(f"{'  API requests (F/H at s)':<34} {' '.join(sent)}", flush=True)


FAILING_SIZE = (96, 72)


def _is_failing(request: ReceivedRequest) -> bool:
    with Image.open(io.BytesIO(request.file_bytes or b"")) as image:
        return image.size == FAILING_SIZE


async def _dispatch(stack: Stack, name: str, data: bytes) -> InteractionRecord:
    image = stack.payloads.uploaded(name, data)
    payload = stack.payloads.slash_command("findvideo", {"image": image})
    return await stack.discord.dispatch_interaction(payload)


def _answered(record: InteractionRecord) -> bool:
    """An answer with results edited in, or a private error sent."""
    original = record.original or {}
    return bool(original.get("embeds") or record.followups)


def wanted(label: str, words: Sequence[str]) -> bool:
    return not words or any(word in label for word in words)


async def main(words: Sequence[str]) -> None:
    started = time.perf_counter()
    for label, failure in CASES:
        if wanted(label, words):
            await bench_failure(label, failure)
    if wanted("rate limited", words):
        await bench_rate_limited()
    if wanted("breaker", words):
        await bench_open_breaker()
    if wanted("healthy beside failing", words):
        await bench_healthy_beside_failing()
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
