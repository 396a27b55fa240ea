"""Wiring: the database as an operator sees it, its health probe, description and metrics
(the store knows nothing of Prometheus, the observability adapter nothing of the store)."""

from __future__ import annotations

from bot.observability.health import Probe
from bot.observability.metrics import (
    DATABASE_FALLBACKS,
    DATABASE_POOL,
    DATABASE_QUERY_SECONDS,
    DATABASE_WRITES_DROPPED,
)
from bot.store.database import Database
from bot.store.queries import time_queries
from bot.store.resilient import count_losses_with


def database_probe(database: Database) -> Probe:
    async def database_answers() -> str | None:
        try:
            await database.fetch_one("SELECT 1")
        except Exception as error:  # any failure means the same to an orchestrator
            return f"{describe_database(database)} does not answer ({type(error).__name__})"
        return None

    return database_answers


def describe_database(database: Database) -> str:
    """The database and its pool, for people: engine, where, connections in use."""
    pool = database.pool_status()
    return (
        f"the database ({database.engine} at {database.location};"
        f" {pool.in_use} of {pool.max_size} connections in use, {pool.size} open)"
    )


def meter_database(database: Database) -> None:
    """Every statement's time, the pool's connections, and what went without the database
    while it was away (fallbacks, lost writes), as metrics."""
    time_queries(lambda kind, seconds: DATABASE_QUERY_SECONDS.labels(kind).observe(seconds))
    DATABASE_POOL.labels("open").set_function(lambda: database.pool_status().size)
    DATABASE_POOL.labels("in_use").set_function(lambda: database.pool_status().in_use)
    DATABASE_POOL.labels("max").set_function(lambda: database.pool_status().max_size)
    count_losses_with(
        lambda store, calls: DATABASE_FALLBACKS.labels(store).inc(calls),
        lambda table, writes: DATABASE_WRITES_DROPPED.labels(table).inc(writes),
    )
