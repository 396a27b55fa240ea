"""A misbehaving memories.ai, end to end: the real bot against the fake API and fake Discord.

For every fault: the user gets the right sentence, privately, in bounded time; the bot stays
healthy (gateway connected, no crash logged); and the next search, once the API behaves, works.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.observability.health import check_health
from bot.observability.probes import gateway_probe
from tests import imagegen
from tests.fakes.memories_api import (
    MALFORMED_JSON,
    Hang,
    Reset,
    Response,
    Stall,
    Trickle,
    Truncated,
    hit,
    html_error,
)
from tests.stack import Stack, ephemeral_error, final_embeds, running_stack, shows_matches

NOT_ANSWERING = (
    "⚠️ The video search service is not answering right now; please try again in a minute."
)
BUSY = "⚠️ The search service is busy right now; please try again in a minute."
BOUND_SECONDS = 25.0
"""Three attempts of at most MEMORIES_REQUEST_TIMEOUT (1 s) with backoff, or the retry budget."""
FAULT_ENV = {"MEMORIES_REQUEST_TIMEOUT": "1", "MEMORIES_RETRY_BUDGET": "3"}
HITS = [hit("PI-1", "Cat jumps into box", 79, 0.97)]


@pytest.fixture
async def faulty(tmp_path: Path) -> AsyncIterator[Stack]:
    async with running_stack(tmp_path, FAULT_ENV) as stack:
        yield stack


FAULTS: list[tuple[str, Response, str]] = [
    ("timeout", Hang(), NOT_ANSWERING),
    ("reset-mid-body", Truncated(), NOT_ANSWERING),
    ("connection-reset", Reset(), NOT_ANSWERING),
    ("5xx-html", html_error(502), NOT_ANSWERING),
    ("malformed-json", MALFORMED_JSON, NOT_ANSWERING),
    ("stall-after-headers", Stall(), NOT_ANSWERING),
    ("slow-trickle", Trickle(0.05), NOT_ANSWERING),
    ("0429-storm", "0429", BUSY),
]


@pytest.mark.parametrize(
    ("fault", "sentence"), [(f, s) for _, f, s in FAULTS], ids=[name for name, _, _ in FAULTS]
)
async def test_a_fault_gets_its_sentence_in_bounded_time_and_the_next_search_works(
    faulty: Stack, fault: Response, sentence: str
):
    faulty.memories.set_default(fault)
    started = time.monotonic()

    record = await faulty.session.invoke(
        faulty.payloads.slash_command(
            "findvideo", {"image": faulty.payloads.uploaded("a.png", imagegen.png())}
        ),
        give_up_after=BOUND_SECONDS,
    )

    assert ephemeral_error(record) == sentence
    assert time.monotonic() - started < BOUND_SECONDS
    assert (await check_health([gateway_probe(faulty.bot)])).healthy
    assert faulty.session.logged_errors == []

    faulty.memories.release.set()  # let any held answer go
    faulty.memories.set_default(HITS)
    again = await faulty.slash(image=faulty.payloads.uploaded("b.png", imagegen.png(80, 60)))
    assert shows_matches(final_embeds(again)[0], "b.png")
