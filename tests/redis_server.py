"""A real redis-server for the tests, on a free loopback port, that a test can stop and start.

It is the Debian package's binary (`scripts/check` installs it when missing). Nothing is saved to
disk, so a restart comes back empty, like a Redis without persistence that was restarted.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
from pathlib import Path

READY_LINE = b"Ready to accept connections"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """`await start()`, `await stop()`, as often as needed; `url` stays the same."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: run scripts/check (it installs it)")
        self._binary = binary
        self._workdir = workdir
        self.port = free_port()
        self._process: asyncio.subprocess.Process | None = None
        self._drainer: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self._process = await asyncio.create_subprocess_exec(
            self._binary,
            *("--port", str(self.port), "--bind", "127.0.0.1", "--save", ""),
            *("--appendonly", "no", "--dir", str(self._workdir)),
            stdout=asyncio.subprocess.PIPE,
        )
        await self._until_ready(self._process)
        assert self._process.stdout is not None
        # Keep reading its output, so a full pipe can never stall it.
        self._drainer = asyncio.create_task(_drain(self._process.stdout))

    async def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        await self._process.wait()
        if self._drainer is not None:
            await self._drainer
        self._process = self._drainer = None

    @staticmethod
    async def _until_ready(process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        async with asyncio.timeout(10):
            while READY_LINE not in (line := await process.stdout.readline()):
                if not line:
                    raise RuntimeError("redis-server exited before it was ready")


async def _drain(stream: asyncio.StreamReader) -> None:
    while await stream.read(65536):
        pass
