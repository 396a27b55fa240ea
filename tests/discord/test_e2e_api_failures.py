"""A broken memories.ai, as a Discord user meets it: the real bot against the local fakes.

The user hears "The video search service is not answering" after a few attempts; once failures
pile up the circuit breaker answers at once without calling the API; a rate-limited search says
why it waits; and a search whose API calls keep failing never holds up somebody else's healthy one.
"""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path

from PIL import Image

from tests import imagegen
from tests.fakes.discord_harness import INVOKE_TIMEOUT, wait_for_command_tasks
from tests.fakes.discord_records import InteractionRecord
from tests.fakes.memories_api import Delay, ReceivedRequest, Response, hit, html_error
from tests.stack import Stack, ephemeral_error, final_embeds, running_stack, shows_matches

NOT_ANSWERING = (
    "⚠️ The video search service is not answering right now; please try again in a minute."
)
FAILING_SIZE = (96, 72)


async def test_a_broken_api_gets_three_attempts_then_a_clear_private_answer(stack: Stack) -> None:
    stack.memories.set_default(html_error(500))

    record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    assert ephemeral_error(record) == NOT_ANSWERING
    assert len(stack.memories.requests) == 3


async def test_after_repeated_failures_searches_are_answered_without_any_api_call(
    tmp_path: Path, caplog
) -> None:
    caplog.set_level(logging.INFO)
    env = {"MEMORIES_BREAKER_FAILURES": "2", "DEFAULT_COOLDOWN": "0"}  # four searches in a row
    async with running_stack(tmp_path, env) as stack:
        stack.memories.set_default(html_error(502))
        image = stack.payloads.uploaded("a.png", imagegen.png())
        first = await stack.slash(image=image)
        assert len(stack.memories.requests) == 2, "the breaker opened: no third attempt"

        later = [await stack.slash(image=image, platform="all") for _ in range(3)]

        assert len(stack.memories.requests) == 2
        assert ephemeral_error(first) == NOT_ANSWERING
        for record in later:
            assert ephemeral_error(record).startswith(NOT_ANSWERING.removesuffix("a minute."))
            assert ephemeral_error(record).endswith(" s."), "says when the bot tries again"
            assert record.ephemeral, "during an outage, no public placeholder before the error"
            assert not record.deleted
    opened = [r for r in caplog.records if "memories.ai is failing" in r.getMessage()]
    assert len(opened) == 1, "the state change is logged once, not per refused search"
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any("CircuitOpenError" in r.getMessage() for r in warnings), (
        "searches refused by the open breaker add no warnings of their own"
    )


async def test_a_rate_limited_search_tells_the_user_why_it_waits(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"QUEUE_NOTICE_SECONDS": "0.1"}) as stack:
        stack.memories.script("0429", [hit("PI-1", "Cat", 3, 0.9)])

        record = await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))

    assert _notices(record) == [
        "⏳ The search service is limiting how fast we may search right now"
    ]
    assert shows_matches(final_embeds(record)[0], "cat.png")
    assert record.original is not None
    assert not record.original["content"], "the notice is gone once the answer is in"
    assert len(stack.memories.requests) == 2


async def test_a_short_rate_limit_wait_is_not_worth_a_notice(tmp_path: Path) -> None:
    async with running_stack(tmp_path, {"QUEUE_NOTICE_SECONDS": "30"}) as stack:
        stack.memories.script("0429", [hit("PI-1", "Cat", 3, 0.9)])

        record = await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))

    assert _notices(record) == []
    assert shows_matches(final_embeds(record)[0], "cat.png")


def _notices(record: InteractionRecord) -> list[str]:
    """The rate-limit notices shown, up to the colon (the rest is a number of seconds)."""
    contents = [str(edit.payload.get("content") or "") for edit in record.original_edits]
    return [c.split(":")[0] for c in contents if c.startswith("⏳ The search service is limiting")]


def _answered_with_embeds(record: InteractionRecord) -> bool:
    return bool(record.original and record.original["embeds"])


def _is_failing_image(request: ReceivedRequest) -> bool:
    assert request.file_bytes is not None
    with Image.open(io.BytesIO(request.file_bytes)) as image:
        return image.size == FAILING_SIZE


async def test_a_healthy_search_is_answered_while_a_failing_one_is_still_retrying(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 3, 0.9)])
    retry_may_answer = asyncio.Event()
    failing_answers: list[Response] = [
        html_error(500),
        Delay(retry_may_answer, then=html_error(503)),
    ]

    def answer(request: ReceivedRequest) -> Response | None:
        if not _is_failing_image(request):
            return None
        return failing_answers.pop(0) if len(failing_answers) > 1 else failing_answers[0]

    stack.memories.responder = answer
    payloads = stack.payloads
    broken = payloads.uploaded("broken.png", imagegen.png(*FAILING_SIZE))
    failing = await stack.discord.dispatch_interaction(
        payloads.slash_command("findvideo", {"image": broken})
    )
    await stack.memories.wait_for_requests(2)  # its first retry is out, and held

    fine = payloads.uploaded("fine.png", imagegen.png())
    healthy = await stack.discord.dispatch_interaction(
        payloads.slash_command("findvideo", {"image": fine})
    )
    async with asyncio.timeout(INVOKE_TIMEOUT):  # fail, not hang, if it were held up
        await stack.discord.wait_until(
            lambda: bool(healthy.original and healthy.original["embeds"])
        )

    assert shows_matches(final_embeds(healthy)[0], "fine.png")
    assert failing.followups == []
    assert failing.original is None or not failing.original.get("content")
    retry_may_answer.set()
    await wait_for_command_tasks()
    assert ephemeral_error(failing) == NOT_ANSWERING
    assert sum(_is_failing_image(r) for r in stack.memories.requests) == 3
