"""The memories.ai client against the local memories API, over real HTTP.

Backoff sleeps go to a recording fake that moves a fake clock, so no test waits for a retry.
"""

from __future__ import annotations

import logging
import socket
import traceback

import aiohttp
import pytest

from bot.core.scope import Library
from bot.memories import (
    MAX_IMAGE_BYTES,
    BadRequestError,
    Hit,
    ImageUpload,
    MemoriesClient,
    MemoriesError,
    MisconfiguredError,
    OutOfCreditsError,
    RateLimitedError,
    RetryPolicy,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
    normalise_code,
    parse_hits,
)
from tests.fakes.memories_api import (
    DATA_MISSING,
    DATA_NULL,
    MALFORMED_JSON,
    PUBLIC_PATH,
    ErrorEnvelope,
    Hang,
    RawResponse,
    Response,
    hit,
    html_error,
    non_envelope_json,
)
from tests.memories.doubles import CountingLimiter, FakeTime

PNG = ImageUpload("frame.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))


@pytest.fixture
def limiter() -> CountingLimiter:
    return CountingLimiter()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(memories, http_session, limiter, fake_time):
    """A client for the fake API; backoff has no jitter (random() == 1) unless told otherwise."""

    def make(*, api_key=None, base_url=None, random=None, breaker=None, **policy) -> MemoriesClient:
        return MemoriesClient(
            http_session,
            api_key=api_key or memories.api_key,
            base_url=base_url or memories.base_url,
            limiter=limiter,
            policy=RetryPolicy(**{"request_timeout": 5.0, **policy}),
            breaker=breaker,
            random=random or (lambda: 1.0),
            sleep=fake_time.sleep,
            clock=fake_time.clock,
        )

    return make


async def search(client: MemoriesClient, similarity: float = 0.5) -> list[Hit]:
    return await client.search_public(PNG, library=Library.TIKTOK, similarity=similarity)


# Success


async def test_hits_come_back_as_sent_with_times_parsed(memories, make_client):
    memories.set_default(
        [
            hit(
                "PI-2",
                "second",
                "79",
                0.81,
                end="82",
                keyframe_bucket="kf",
                keyframe_blob="a/b.jpg",
            ),
            hit("PI-1", "first #tag\nline", "12.5", 0.93),
            hit("PI-2", "second", 85, 0.9, end="null"),
        ]
    )
    hits = await search(make_client())
    assert hits == [
        Hit("PI-2", "second", 0.81, 79.0, 82.0, keyframe_bucket="kf", keyframe_blob="a/b.jpg"),
        Hit("PI-1", "first #tag\nline", 0.93, 12.5, None),
        Hit("PI-2", "second", 0.9, 85.0, None),
    ]


@pytest.mark.parametrize("no_hits", [DATA_NULL, DATA_MISSING, []], ids=["null", "missing", "empty"])
async def test_no_match_is_an_empty_list(memories, make_client, no_hits):
    memories.script(no_hits)
    assert await search(make_client()) == []


async def test_private_search_returns_the_private_library_hits(memories, make_client):
    memories.set_default([hit("VI123", "clip.mp4", "3", 0.99)], endpoint="private")
    hits = await make_client().search_private(PNG, unique_id="guild-42", similarity=0.9)
    assert hits == [Hit("VI123", "clip.mp4", 0.99, 3.0, None)]


# The request on the wire


async def test_public_search_sends_the_documented_multipart_form(memories, make_client):
    await make_client().search_public(PNG, library=Library.YOUTUBE, similarity=0.85)
    [request] = memories.requests
    assert request.path == PUBLIC_PATH
    assert request.headers["Authorization"] == memories.api_key
    assert request.content_type == "multipart/form-data"
    assert (request.file_name, request.file_content_type) == ("frame.png", "image/png")
    assert request.file_bytes == PNG.data
    assert request.fields == {"type": "YOUTUBE", "similarity": "0.85"}
    assert memories.violations == []


async def test_private_search_sends_unique_id_and_no_type(memories, make_client):
    await make_client().search_private(PNG, unique_id="guild-42", similarity=0.7)
    [request] = memories.requests
    assert request.path.endswith("/search_similar_images")
    assert request.fields == {"unique_id": "guild-42", "similarity": "0.7"}
    assert memories.violations == []


@pytest.mark.parametrize(
    ("similarity", "sent"),
    [(0.85, "0.85"), (1, "1.0"), (0, "0.0"), (1e-05, "0.00001"), (0.123456789, "0.123456789")],
)
async def test_similarity_is_sent_as_a_plain_decimal_string(
    memories, make_client, similarity, sent
):
    await search(make_client(), similarity)
    assert memories.requests[0].fields["similarity"] == sent


async def test_an_image_of_several_megabytes_is_sent_whole(memories, make_client):
    big = ImageUpload("photo.jpg", "image/jpeg", bytes(5 * 1024 * 1024))
    await make_client().search_public(big, library=Library.TIKTOK, similarity=0.8)
    assert memories.requests[0].file_bytes == big.data


# Refused before sending


@pytest.mark.parametrize("similarity", [-0.01, 1.01, float("nan"), True, "0.8"])
async def test_a_bad_similarity_is_refused_without_a_request(
    memories, make_client, limiter, similarity
):
    with pytest.raises(BadRequestError, match="similarity"):
        await search(make_client(), similarity)
    assert (memories.requests, limiter.acquired) == ([], 0)


async def test_an_unknown_library_is_refused_without_a_request(memories, make_client):
    with pytest.raises(BadRequestError):
        await make_client().search_public(PNG, library="TIKTOK", similarity=0.8)
    assert memories.requests == []


@pytest.mark.parametrize("unique_id", ["", "has space", "x" * 65, "guild/42", None])
async def test_a_bad_unique_id_is_refused_without_a_request(memories, make_client, unique_id):
    with pytest.raises(BadRequestError, match="library name"):
        await make_client().search_private(PNG, unique_id=unique_id, similarity=0.8)
    assert memories.requests == []


@pytest.mark.parametrize(
    "image",
    [
        ImageUpload("notes.txt", "image/png", PNG.data),
        ImageUpload("frame.png", "text/plain", PNG.data),
        ImageUpload("frame.png", "image/png", b""),
        ImageUpload("frame.png", "image/png", bytes(MAX_IMAGE_BYTES + 1)),
    ],
    ids=["extension", "content-type", "empty", "too-big"],
)
async def test_a_file_the_api_would_refuse_is_not_sent(memories, make_client, image):
    with pytest.raises(BadRequestError, match="different one"):
        await make_client().search_public(image, library=Library.TIKTOK, similarity=0.8)
    assert memories.requests == []


# Errors that are not retried


@pytest.mark.parametrize(
    ("answer", "error_type", "code"),
    [
        ("0003", BadRequestError, "0003"),
        ("0401", MisconfiguredError, "0401"),
        (401, MisconfiguredError, "0401"),
        ("0402", OutOfCreditsError, "0402"),
        ("0403", MisconfiguredError, "0403"),
        ("9009", MisconfiguredError, "9009"),
        ("0777", UpstreamUnavailableError, "0777"),
        (ErrorEnvelope("0000", http_status=404), UpstreamUnavailableError, "0000"),
        (MALFORMED_JSON, UpstreamUnavailableError, None),
        (non_envelope_json(404), UpstreamUnavailableError, None),
        (RawResponse(200, "<html>maintenance</html>", "text/html"), UpstreamUnavailableError, None),
    ],
)
async def test_errors_that_cannot_improve_fail_after_one_attempt(
    memories, make_client, answer, error_type, code
):
    memories.script(answer, answer)
    with pytest.raises(error_type) as caught:
        await search(make_client())
    assert (caught.value.code, caught.value.retryable) == (code, False)
    assert len(memories.requests) == 1


async def test_a_wrong_key_is_reported_as_misconfiguration(make_client):
    with pytest.raises(MisconfiguredError) as caught:
        await search(make_client(api_key="sk-mavi-wrong"))
    assert caught.value.user_message == (
        "This bot is misconfigured: its search service refused it. Only the bot's operator can "
        "fix that (server admins cannot); please try again later."
    )


async def test_misconfiguration_is_logged_for_the_operator_at_error(memories, make_client, caplog):
    memories.script(ErrorEnvelope("0403", msg="Account disabled by admin"))
    with pytest.raises(MisconfiguredError):
        await search(make_client())
    [record] = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert "0403" in record.getMessage()
    assert "Account disabled by admin" in record.getMessage()


# Retries


@pytest.mark.parametrize(
    "busy", ["0429", 429, RawResponse(429, "Too Many Requests", "text/plain")], ids=str
)
async def test_rate_limited_then_success_takes_two_attempts(memories, make_client, limiter, busy):
    memories.script(busy, [hit("PI-1", "cat", "1", 0.9)])
    hits = await search(make_client())
    assert [h.video_no for h in hits] == ["PI-1"]
    assert (len(memories.requests), limiter.acquired) == (2, 2)


async def test_rate_limit_backoff_doubles_up_to_the_cap_within_the_budget(
    memories, http_session, fake_time
):
    client = MemoriesClient(
        http_session,
        api_key=memories.api_key,
        base_url=memories.base_url,
        limiter=CountingLimiter(),
        policy=RetryPolicy(rate_limit_patience=20.0, backoff_cap=4.0),
        random=lambda: 1.0,
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )
    memories.set_default("0429")
    with pytest.raises(RateLimitedError) as caught:
        await search(client)
    assert fake_time.sleeps == [1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert len(memories.requests) == 7
    assert caught.value.user_message == (
        "The search service is busy right now; please try again in a minute."
    )


async def test_backoff_is_jittered_between_half_and_all_of_the_step(
    memories, make_client, fake_time
):
    memories.script("0429", "0429", "0429", [])
    await search(make_client(random=iter([0.0, 0.5, 1.0]).__next__))
    assert fake_time.sleeps == [0.5, 1.5, 4.0]


async def test_bad_request_0001_is_retried_twice_then_succeeds(memories, make_client):
    memories.script("0001", "0001", [hit("PI-1", "cat", "1", 0.9)])
    assert len(await search(make_client())) == 1
    assert len(memories.requests) == 3


async def test_bad_request_0001_forever_fails_after_three_attempts(memories, make_client):
    memories.set_default("0001")
    with pytest.raises(BadRequestError) as caught:
        await search(make_client())
    assert caught.value.code == "0001"
    assert len(memories.requests) == 3


async def test_server_errors_get_three_quick_attempts_then_the_not_answering_message(
    memories, make_client, fake_time
):
    memories.set_default(html_error(500))
    with pytest.raises(UpstreamUnavailableError) as caught:
        await search(make_client())
    assert fake_time.sleeps == [1.0, 2.0]
    assert len(memories.requests) == 3
    assert "HTTP 500" in caught.value.detail
    assert caught.value.user_message == (
        "The video search service is not answering right now; please try again in a minute."
    )


async def test_a_bad_gateway_then_success_succeeds(memories, make_client):
    memories.script(html_error(502), [hit("PI-1", "cat", "1", 0.9)])
    assert len(await search(make_client())) == 1


async def test_no_retry_when_the_first_backoff_would_overrun_the_budget(memories, make_client):
    memories.set_default("0429")
    with pytest.raises(RateLimitedError):
        await search(make_client(rate_limit_patience=0.5))
    assert len(memories.requests) == 1


async def test_every_attempt_waits_for_the_rate_limiter(memories, make_client, limiter):
    memories.script("0429", html_error(503), "0001", [])
    await search(make_client())
    assert limiter.acquired == len(memories.requests) == 4


# Timeouts and dead connections


UNANSWERED_TIMEOUT = 0.5
"""Short, yet not racing the exchange before the hang: the timeout also covers connecting and
uploading to the fake, which took over 50 ms on a loaded 2-core machine (the request then never
arrived); 0.5 s is ten times that, and a request the fake never answers still times out."""


async def test_an_unanswered_request_times_out(memories, make_client):
    memories.set_default(Hang())
    with pytest.raises(UpstreamTimeoutError, match="is not answering right now"):
        await search(make_client(request_timeout=UNANSWERED_TIMEOUT, failure_attempts=1))
    assert len(memories.requests) == 1  # it reached the fake, which held it unanswered


async def test_a_timeout_is_retried(memories, make_client):
    memories.script(Hang(), [hit("PI-1", "cat", "1", 0.9)])
    assert len(await search(make_client(request_timeout=UNANSWERED_TIMEOUT))) == 1
    assert len(memories.requests) == 2


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/serve/api/v1"


async def test_a_refused_connection_is_retried_then_reported(make_client, limiter):
    with pytest.raises(UpstreamUnavailableError) as caught:
        await search(make_client(base_url=closed_port_url()))
    assert limiter.acquired == 3
    assert caught.value.retryable


# Parsing what comes back


def test_parse_hits_skips_what_it_cannot_use_and_clamps_scores(caplog):
    caplog.set_level(logging.DEBUG)
    data = [
        {"videoNo": "PI-1", "score": "0.9", "startTime": "", "endTime": None, "extra": [1]},
        {"videoNo": "PI-2", "score": 1.7, "startTime": "null", "videoName": 42},
        {"videoNo": "PI-3", "score": -0.2, "startTime": "abc", "endTime": "-4"},
        {"score": 0.9},
        {"videoNo": "", "score": 0.9},
        {"videoNo": "PI-4", "score": "high"},
        {"videoNo": "PI-5", "score": True},
        "not a hit",
    ]
    assert parse_hits(data) == [
        Hit("PI-1", "", 0.9, None, None),
        Hit("PI-2", "", 1.0, None, None),
        Hit("PI-3", "", 0.0, None, None),
    ]
    assert sum("skipping" in record.getMessage() for record in caplog.records) == 5


@pytest.mark.parametrize("data", [None, [], {"videoNo": "PI-1"}, "[]"])
def test_parse_hits_without_a_list_is_no_hits(data):
    assert parse_hits(data) == []


@pytest.mark.parametrize(
    ("code", "normal"),
    [
        ("0429", "0429"),
        (429, "0429"),
        ("429", "0429"),
        (0, "0000"),
        ("0000", "0000"),
        ("9009", "9009"),
    ],
)
def test_codes_are_normalised_to_four_character_strings(code, normal):
    assert normalise_code(code) == normal


@pytest.mark.parametrize("code", [None, "", True, -1, 4.29, ["0000"]])
def test_codes_that_are_not_codes_normalise_to_none(code):
    assert normalise_code(code) is None


def test_an_image_upload_repr_leaves_out_the_bytes():
    assert repr(PNG) == "ImageUpload(filename='frame.png', content_type='image/png', size=72)"


# The key never leaks


def test_the_client_repr_hides_the_key(make_client, memories):
    assert memories.api_key not in repr(make_client())
    assert "<hidden>" in repr(make_client())


def leaky_session(key: str) -> aiohttp.ClientSession:
    """A http_session whose connection attempts fail with an error naming the URL and the key."""

    async def fail(http_session, context, params) -> None:
        raise aiohttp.ClientConnectionError(f"Cannot connect to {params.url} as {key}")

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(fail)
    return aiohttp.ClientSession(trace_configs=[trace])


def echoes_of(key: str) -> list[Response]:
    """Scripted answers that each make a different error path repeat the key."""
    long_prefix = "x" * 175  # an excerpt cut at 200 characters would cut the key in two
    return [
        ErrorEnvelope("0401", msg=f"invalid key {key}"),
        ErrorEnvelope("0403", msg=f"{long_prefix}{key}"),
        ErrorEnvelope("9009", msg=key),
        ErrorEnvelope("0402", msg=key),
        ErrorEnvelope("0003", msg=f"Authorization={key}"),
        ErrorEnvelope("0001", msg=key),
        ErrorEnvelope(429, msg=key),
        ErrorEnvelope("0666", msg=key),
        RawResponse(500, f"{long_prefix}{key}</html>", "text/html"),
        RawResponse(404, f'{{"error": "Not Found", "echo": "{key}"}}'),
        RawResponse(200, f'{{"code": "0000", "data": [{key}'),
        Hang(),
    ]


async def collect_errors(client: MemoriesClient, count: int) -> list[MemoriesError]:
    errors = []
    for _ in range(count):
        with pytest.raises(MemoriesError) as caught:
            await search(client)
        errors.append(caught.value)
    return errors


async def test_the_key_is_in_no_error_or_log_line(memories, make_client, limiter, caplog):
    caplog.set_level(logging.DEBUG)
    key = memories.api_key
    memories.script(*echoes_of(key))
    no_retries = RetryPolicy(failure_attempts=1, rate_limit_patience=0.0)
    short = {"request_timeout": 0.05, "failure_attempts": 1, "rate_limit_patience": 0.0}
    errors = await collect_errors(make_client(**short), 12)
    async with leaky_session(key) as http_session:
        client = MemoriesClient(
            http_session,
            api_key=key,
            base_url=memories.base_url,
            limiter=limiter,
            policy=no_retries,
        )
        errors += await collect_errors(client, 1)
    assert len({type(error) for error in errors}) == 6
    assert any("<redacted>" in error.detail for error in errors)
    for error in errors:
        shown = [str(error), error.user_message, error.detail, repr(error)]
        shown.append("".join(traceback.format_exception(error)))
        assert not any(leaks(key, text) for text in shown), error
    assert caplog.records
    assert not leaks(key, caplog.text)
    assert not any(leaks(key, record.getMessage()) for record in caplog.records)


def leaks(key: str, text: str) -> bool:
    """Whether `text` holds the key's secret part, even a cut-off piece of it."""
    secret = key.removeprefix("sk-mavi-test-")
    return secret[:6] in text or secret[-6:] in text
