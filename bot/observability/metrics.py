"""The bot's Prometheus metrics, all named `findvideo_*`, on prometheus-client's default registry.

One set per process (Prometheus scrapes each process; sums across them are the query's job).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
WAIT_BUCKETS = (0.001, 0.01, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)

SEARCHES = Counter(
    "findvideo_searches",
    "Images searched in one library, by outcome (match, no_match, failed, refused)",
    ["outcome", "library"],
)
API_LATENCY = Histogram(
    "findvideo_api_request_seconds",
    "Time of one memories.ai HTTP request, until the answer's headers",
    ["endpoint"],
    buckets=LATENCY_BUCKETS,
)
API_ERRORS = Counter(
    "findvideo_api_errors",
    "memories.ai failures, by the API's code (or the failure's kind)",
    ["code"],
)
CACHE_LOOKUPS = Counter(
    "findvideo_cache_lookups", "Result cache lookups per image and library, by result", ["result"]
)
LIMITER_QUEUE = Gauge(
    "findvideo_limiter_queue_length", "Requests waiting for a rate-limit permit, by lane", ["lane"]
)
LIMITER_WAIT = Histogram(
    "findvideo_limiter_wait_seconds",
    "Time a request waited for its rate-limit permit, by lane",
    ["lane"],
    buckets=WAIT_BUCKETS,
)
LIMITER_DEGRADED = Gauge(
    "findvideo_limiter_degraded",
    "1 while Redis is unreachable and this process runs on its local share of the limit",
)
SEARCH_SECONDS = Histogram(
    "findvideo_search_seconds",
    "Time of one search command, from its start to the answer sent",
    buckets=LATENCY_BUCKETS,
)
BREAKER_STATE = Gauge(
    "findvideo_breaker_state",
    "The memories.ai circuit breaker: 1 for its current state (closed, open, half_open)",
    ["state"],
)
DATABASE_QUERY_SECONDS = Histogram(
    "findvideo_database_query_seconds",
    "Time of one database statement (its connection borrowed included), by kind",
    ["statement"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0),
)
DATABASE_POOL = Gauge(
    "findvideo_database_pool_connections",
    "Database connections of this process: open, in_use (lent to a statement) and max",
    ["state"],
)
DATABASE_FALLBACKS = Counter(
    "findvideo_database_fallbacks",
    "Calls answered without the database while it was unreachable, by store",
    ["store"],
)
DATABASE_WRITES_DROPPED = Counter(
    "findvideo_database_writes_dropped",
    "Writes lost because the database stayed unreachable longer than the backlog holds, by table",
    ["table"],
)
