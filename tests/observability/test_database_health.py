"""What an operator sees of the database, either engine: /healthz names it and its pool, and says
when PostgreSQL stops answering (and when it is back); /metrics has the pool and query times."""

from __future__ import annotations

from pathlib import Path

import aiohttp
from prometheus_client import REGISTRY

from bot.observability.http import serve_operations
from bot.operations import database_probe, describe_database, meter_database
from bot.store.database import Database
from bot.store.postgres_database import PostgresDatabase
from tests import imagegen
from tests.postgres_server import PostgresServer
from tests.stack import running_stack


async def health(database: Database) -> tuple[int, str]:
    probes, facts = [database_probe(database)], [lambda: describe_database(database)]
    async with (
        serve_operations(0, probes, "127.0.0.1", facts) as port,
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as answer,
    ):
        return answer.status, await answer.text()


async def test_healthz_names_the_database_and_its_pool(database_location: Path | str, tmp_path):
    env = {"DATABASE_URL": str(database_location)} if isinstance(database_location, str) else {}
    async with running_stack(tmp_path, env) as stack:
        status, text = await health(stack.bot.services.database)

    engine = "postgresql" if env else "sqlite"
    assert status == 200
    assert text.startswith(f"ok\nthe database ({engine} at ")
    assert "connections in use" in text


async def test_healthz_says_when_postgresql_is_gone_and_when_it_is_back(
    tmp_path, postgres_server: PostgresServer, postgres_url: str
):
    async with running_stack(tmp_path, {"DATABASE_URL": postgres_url}) as stack:
        database = stack.bot.services.database
        assert isinstance(database, PostgresDatabase)
        database.retry_after = 0.0
        await postgres_server.astop()
        down = await health(database)
        await postgres_server.astart()
        back = await health(database)

    assert down[0] == 503
    assert "(postgresql at 127.0.0.1:" in down[1]
    assert down[1].rstrip().endswith("does not answer (DatabaseUnreachableError)")
    assert back[0] == 200


async def test_metrics_have_the_pool_and_the_time_of_each_statement(tmp_path, postgres_url: str):
    async with running_stack(tmp_path, {"DATABASE_URL": postgres_url}) as stack:
        meter_database(stack.bot.services.database)
        before = REGISTRY.get_sample_value(
            "findvideo_database_query_seconds_count", {"statement": "select"}
        )
        await stack.slash(image=stack.payloads.uploaded("cat.png", imagegen.png()))
        after = REGISTRY.get_sample_value(
            "findvideo_database_query_seconds_count", {"statement": "select"}
        )
        pool = {
            state: REGISTRY.get_sample_value(
                "findvideo_database_pool_connections", {"state": state}
            )
            for state in ("open", "in_use", "max")
        }

    assert (after or 0) > (before or 0), "the search's settings read was timed"
    assert pool["max"] == 10
    assert pool["open"] is not None
    assert pool["open"] >= 1
