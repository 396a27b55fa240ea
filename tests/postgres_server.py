"""A real PostgreSQL server for the tests, on a free loopback port, that a test can stop and start.

It is the Debian package's server (`scripts/check` installs it when missing; its programs live in
/usr/lib/postgresql/NN/bin, not on PATH). `initdb` makes a throw-away cluster in a temporary
folder, with durability off (fsync) since nothing in it must survive the test session. PostgreSQL
refuses to run as root, so under root the server runs as the package's `postgres` user.
One server serves the whole session; each test gets a fresh database (`fresh_database`).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import asyncpg

from tests.redis_server import free_port

SUPERUSER = "findvideo"


def postgres_bin() -> Path:
    """The newest installed PostgreSQL's programs folder."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run scripts/check (it installs it)")
    return found[-1].parent


def _server_user() -> pwd.struct_passwd | None:
    """Whom to run the server as: the `postgres` user under root, else whoever we are."""
    return pwd.getpwnam("postgres") if os.geteuid() == 0 else None


class PostgresServer:
    """`start()`, `stop()`, as often as needed (sync, or `astart`/`astop` from a running loop);
    `url(name)` for a database on it."""

    def __init__(self) -> None:
        self._bin = postgres_bin()
        self._user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="findvideo-pg-"))
        self.port = free_port()
        self._names = itertools.count(1)
        self._initdb()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        user = self._user
        subprocess.run(  # noqa: S603 - the PostgreSQL package's own programs
            [str(self._bin / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=user.pw_uid if user else None,
            group=user.pw_gid if user else None,
            extra_groups=[] if user else None,
            cwd=self.folder,
        )

    def _initdb(self) -> None:
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        data = str(self.folder / "data")
        self._run("initdb", "-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        data, log = str(self.folder / "data"), str(self.folder / "server.log")
        self._run("pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        """A fast shutdown: connected clients are cut off, as when a database server goes down."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    async def astart(self) -> None:
        await asyncio.to_thread(self.start)

    async def astop(self) -> None:
        await asyncio.to_thread(self.stop)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    async def fresh_database(self) -> str:
        """A new, empty database's URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        await self.admin(f'CREATE DATABASE "{name}" TEMPLATE template0 STRATEGY FILE_COPY')
        return self.url(name)

    async def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[-1]
        await self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    async def admin(self, *statements: str, args: Sequence[object] = ()) -> None:
        connection = await asyncpg.connect(self.url())
        try:
            for statement in statements:
                await connection.execute(statement, *args)
        finally:
            await connection.close()
