"""`python -m bot`, as an operator runs it: a real subprocess against the local fakes."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests import imagegen
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.redis_server import free_port

REPO = Path(__file__).resolve().parents[1]


async def run_cli(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """Run `python -m bot ARGS` with only `env` (no .env of the developer's leaks in)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def memories_env(fake: FakeMemoriesApi) -> dict[str, str]:
    return {"MEMORIES_API_KEY": fake.api_key, "MEMORIES_API_BASE_URL": fake.base_url}


async def test_search_prints_ranked_matches_for_a_file(tmp_path: Path) -> None:
    image = tmp_path / "frame.jpg"
    image.write_bytes(imagegen.jpeg())
    async with FakeMemoriesApi() as fake:
        fake.set_default([hit("PI-1", "low", 3, 0.86), hit("PI-2", "Top clip", 75, 0.98)])

        code, out, err = await run_cli(
            "search", str(image), "--platform", "youtube", env=memories_env(fake), cwd=tmp_path
        )

        assert code == 0, err
        assert out.index("1. YouTube · 98% similar") < out.index("2. YouTube · 86% similar")
        assert "Top clip" in out
        assert "at 1:15" in out
        assert fake.requests[0].fields["type"] == "YOUTUBE"
        assert fake.api_key not in out + err


async def test_search_of_a_file_that_is_not_an_image_fails_clearly(tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_bytes(imagegen.text())
    async with FakeMemoriesApi() as fake:
        code, out, _ = await run_cli("search", str(notes), env=memories_env(fake), cwd=tmp_path)

        assert code == 1
        assert "notes.png" in out
        assert fake.requests == []


async def test_a_refused_key_is_reported_without_showing_it(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(imagegen.png())
    async with FakeMemoriesApi() as fake:
        env = {**memories_env(fake), "MEMORIES_API_KEY": "sk-mavi-wrong-key-123"}

        code, out, err = await run_cli("search", str(image), env=env, cwd=tmp_path)

        assert code == 1
        assert "misconfigured" in out
        assert "sk-mavi-wrong-key-123" not in out + err


async def test_missing_settings_stop_the_bot_with_every_problem_named(tmp_path: Path) -> None:
    code, _, err = await run_cli(env={"MEMORIES_MAX_RPS": "lots"}, cwd=tmp_path)

    assert code == 2
    for name in ("DISCORD_TOKEN", "MEMORIES_API_KEY", "MEMORIES_MAX_RPS"):
        assert name in err
    assert "Traceback" not in err


async def test_sync_registers_the_commands_through_the_configured_rest_base(tmp_path: Path) -> None:
    async with FakeDiscord() as discord_fake:
        env = {
            "DISCORD_TOKEN": discord_fake.token,
            "MEMORIES_API_KEY": "sk-mavi-unused",
            "DISCORD_API_BASE_URL": discord_fake.rest_base,
            "DATA_DIR": str(tmp_path / "data"),
        }

        code, _, err = await run_cli("sync", env=env, cwd=tmp_path)
        again, _, _ = await run_cli("sync", env=env, cwd=tmp_path)

        assert (code, again) == (0, 0), err
        assert len(discord_fake.command_syncs) == 2, "sync forces a sync even when unchanged"
        assert discord_fake.token not in err


async def test_a_wrong_discord_token_is_explained(tmp_path: Path) -> None:
    async with FakeDiscord() as discord_fake:
        env = {
            "DISCORD_TOKEN": "wrong-token",
            "MEMORIES_API_KEY": "sk-mavi-unused",
            "DISCORD_API_BASE_URL": discord_fake.rest_base,
            "DATA_DIR": str(tmp_path / "data"),
        }

        code, _, err = await run_cli("run", env=env, cwd=tmp_path)

        assert code == 2
        assert "Discord refused DISCORD_TOKEN" in err


async def test_settings_are_read_from_dot_env_in_the_working_directory(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(imagegen.png())
    async with FakeMemoriesApi() as fake:
        dotenv = f"MEMORIES_API_KEY={fake.api_key}\nMEMORIES_API_BASE_URL={fake.base_url}\n"
        (tmp_path / ".env").write_text(dotenv, encoding="utf-8")

        code, out, err = await run_cli("search", str(image), env={}, cwd=tmp_path)

        assert code == 0, err
        assert "No video matched" in out
        assert len(fake.requests) == 1


async def test_a_database_that_cannot_be_used_is_explained(tmp_path: Path) -> None:
    broken = tmp_path / "findvideo.db"
    broken.write_bytes(b"not a database at all " * 200)
    env = {
        "DISCORD_TOKEN": "unused-token",
        "MEMORIES_API_KEY": "sk-mavi-unused",
        "DATABASE_PATH": str(broken),
    }

    code, _, err = await run_cli("run", env=env, cwd=tmp_path)

    assert code == 4
    assert "The database cannot be used" in err
    assert "findvideo.db" in err
    assert "Traceback" not in err


async def test_an_unreachable_postgresql_stops_the_bot_with_one_sentence(tmp_path: Path) -> None:
    url = f"postgresql://bot:pg-secret@127.0.0.1:{free_port()}/findvideo"
    env = {"DISCORD_TOKEN": "unused-token", "MEMORIES_API_KEY": "sk-mavi-unused"}

    code, _, err = await run_cli("run", env={**env, "DATABASE_URL": url}, cwd=tmp_path)

    assert code == 4
    [line] = err.strip().splitlines()
    assert line.startswith("The database cannot be used: cannot reach PostgreSQL at 127.0.0.1:")
    assert "/findvideo" in line
    assert "pg-secret" not in err
