"""A broken memories.ai, as the client meets it over real HTTP: every way of failing ends in a few
bounded attempts and the "not answering" sentence; the shared circuit breaker stops calls while the
API is down and lets one probe decide when it is back; rate limiting is retried patiently and told.

Back-off sleeps go to a fake clock; request timeouts are real, a tenth of a second where a
timeout is the point.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.core.breaker import BreakerPolicy, BreakerState, CircuitBreaker
from bot.core.scope import Library
from bot.core.waiting import waits_reported_to
from bot.memories import (
    CircuitOpenError,
    Hit,
    ImageUpload,
    MemoriesClient,
    MemoriesError,
    RetryPolicy,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)
from bot.memories.client import MAX_RESPONSE_BYTES
from tests.fakes.memories_api import (
    MALFORMED_JSON,
    Delay,
    Hang,
    RawResponse,
    Reset,
    Response,
    Stall,
    Trickle,
    Truncated,
    hit,
    html_error,
    non_envelope_json,
)
from tests.memories.doubles import CountingLimiter, FakeTime

PNG = ImageUpload("frame.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
NOT_ANSWERING = "The video search service is not answering right now; please try again in a minute."
HITS = [hit("PI-1", "cat", "1", 0.9)]


@pytest.fixture
def limiter() -> CountingLimiter:
    return CountingLimiter()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def breaker(fake_time) -> CircuitBreaker:
    policy = BreakerPolicy(failure_threshold=3, cool_down=30)
    return CircuitBreaker(policy, name="memories.ai", clock=fake_time.clock)


@pytest.fixture
def make_client(memories, http_session, limiter, fake_time):
    def make(*, breaker=None, **policy) -> MemoriesClient:
        return MemoriesClient(
            http_session,
            api_key=memories.api_key,
            base_url=memories.base_url,
            limiter=limiter,
            policy=RetryPolicy(**{"request_timeout": 5.0, **policy}),
            breaker=breaker,
            random=lambda: 1.0,
            sleep=fake_time.sleep,
            clock=fake_time.clock,
        )

    return make


async def search(client: MemoriesClient) -> list[Hit]:
    return await client.search_public(PNG, library=Library.TIKTOK, similarity=0.5)


# Every way of failing: a short, bounded effort and one sentence


@pytest.mark.parametrize(
    ("failure", "error_type", "attempts"),
    [
        (html_error(500), UpstreamUnavailableError, 3),
        (html_error(503), UpstreamUnavailableError, 3),
        (Reset(), UpstreamUnavailableError, 3),
        (Truncated(), UpstreamUnavailableError, 3),
        (Hang(), UpstreamTimeoutError, 3),
        (Stall(), UpstreamTimeoutError, 3),
        (Trickle(0.01), UpstreamTimeoutError, 3),
        (MALFORMED_JSON, UpstreamUnavailableError, 1),
        (RawResponse(200, '{"data": []}'), UpstreamUnavailableError, 1),
        (non_envelope_json(404), UpstreamUnavailableError, 1),
    ],
    ids=[
        "html-500",
        "html-503",
        "reset",
        "cut-short",
        "never-answered",
        "stalls-after-headers",
        "never-ending-body",
        "truncated-json",
        "json-without-code",
        "gateway-json",
    ],
)
async def test_a_broken_api_gets_a_few_attempts_then_the_not_answering_sentence(
    memories, make_client, failure: Response, error_type, attempts
):
    memories.set_default(failure)
    timeout = 0.1 if error_type is UpstreamTimeoutError else 5.0
    with pytest.raises(error_type) as caught:
        await search(make_client(request_timeout=timeout))
    assert caught.value.user_message == NOT_ANSWERING
    assert len(memories.requests) == attempts


async def test_a_runaway_body_is_not_read_into_memory(memories, make_client):
    memories.set_default(RawResponse(200, "x" * (MAX_RESPONSE_BYTES + 1)))
    with pytest.raises(UpstreamUnavailableError) as caught:
        await search(make_client(failure_attempts=1))
    assert f"body over {MAX_RESPONSE_BYTES} bytes, not read" in caught.value.detail


async def test_the_failure_budget_cuts_retries_short(memories, make_client, fake_time):
    memories.set_default(html_error(502))
    with pytest.raises(UpstreamUnavailableError):
        await search(make_client(failure_patience=4.0))
    # after 1 s of back-off 3 s are left; after the next 2 s only 1 s would be: not worth it
    assert fake_time.sleeps == [1.0]
    assert len(memories.requests) == 2


async def test_a_retry_that_would_wait_long_in_the_queue_is_not_sent(
    memories, make_client, limiter
):
    memories.set_default(html_error(500))
    limiter.queued_seconds = 20.0
    with pytest.raises(UpstreamUnavailableError):
        await search(make_client())
    assert len(memories.requests) == limiter.acquired == 1


async def test_one_failure_then_an_answer_is_just_slower(memories, make_client):
    memories.script(Reset(), HITS)
    assert len(await search(make_client())) == 1


# Rate limiting: patient, and told


async def test_rate_limiting_is_retried_patiently_and_the_wait_is_reported(
    memories, make_client, limiter, fake_time
):
    memories.script("0429", "0429", "0429", "0429", HITS)
    limiter.queued_seconds = 0.5
    reported: list[float] = []

    async def listener(seconds: float) -> None:
        reported.append(seconds)

    with waits_reported_to(listener):
        assert len(await search(make_client())) == 1
    assert fake_time.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert reported == [1.5, 2.5, 4.5, 8.5]


async def test_without_a_listener_a_rate_limited_search_still_works(memories, make_client):
    memories.script("0429", HITS)
    assert len(await search(make_client())) == 1


# The circuit breaker


async def test_failures_open_the_breaker_and_then_no_call_is_made(
    memories, make_client, breaker, limiter
):
    memories.set_default(html_error(500))
    client = make_client(breaker=breaker)
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    assert breaker.state is BreakerState.OPEN
    for _ in range(5):
        with pytest.raises(CircuitOpenError) as caught:
            await search(client)
        assert caught.value.user_message.startswith(NOT_ANSWERING.removesuffix("a minute."))
        assert caught.value.user_message.endswith("about 30 s.")
    assert len(memories.requests) == limiter.acquired == 3, "no API call, no queueing"


async def test_a_successful_probe_closes_the_breaker_and_the_next_search_works(
    memories, make_client, breaker, fake_time
):
    memories.script(*[html_error(500)] * 3)
    memories.set_default(HITS)
    client = make_client(breaker=breaker)
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    fake_time.now += 30
    states = [breaker.state]
    assert len(await search(client)) == 1
    states.append(breaker.state)
    assert states == [BreakerState.HALF_OPEN, BreakerState.CLOSED]
    assert len(await search(client)) == 1
    assert len(memories.requests) == 5


async def test_a_failed_probe_keeps_it_open_for_longer(memories, make_client, breaker, fake_time):
    memories.set_default(html_error(500))
    client = make_client(breaker=breaker)
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    fake_time.now += 30
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    assert len(memories.requests) == 4, "the probe is one request, its failure not retried"
    assert breaker.state is BreakerState.OPEN
    assert breaker.retry_in == 60


async def test_while_the_probe_is_out_other_searches_are_refused_at_once(
    memories, make_client, breaker, fake_time
):
    memories.script(*[html_error(500)] * 3)
    client = make_client(breaker=breaker)
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    fake_time.now += 30
    answer = asyncio.Event()
    memories.script(Delay(answer, then=HITS))
    probe = asyncio.create_task(search(client))
    await memories.wait_for_requests(4)
    with pytest.raises(CircuitOpenError):
        await search(client)
    answer.set()
    assert len(await probe) == 1
    assert breaker.state is BreakerState.CLOSED


async def test_a_cancelled_probe_lets_the_next_search_probe(
    memories, make_client, breaker, fake_time
):
    memories.script(*[html_error(500)] * 3, Hang())
    memories.set_default(HITS)
    client = make_client(breaker=breaker, request_timeout=30.0)
    with pytest.raises(UpstreamUnavailableError):
        await search(client)
    fake_time.now += 30
    probe = asyncio.create_task(search(client))
    await memories.wait_for_requests(4)
    probe.cancel()
    with pytest.raises(asyncio.CancelledError):
        await probe
    assert len(await search(client)) == 1
    assert breaker.state is BreakerState.CLOSED


@pytest.mark.parametrize("alive", ["0429", "0402", "0003"])
async def test_any_answer_in_the_apis_protocol_proves_it_is_up(
    memories, make_client, breaker, alive
):
    client = make_client(breaker=breaker, rate_limit_patience=0.0)
    for _ in range(4):
        memories.script(html_error(500), html_error(500), alive)
        with pytest.raises(MemoriesError):
            await search(client)
        assert breaker.state is BreakerState.CLOSED
