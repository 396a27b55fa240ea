"""Bursts of concurrent `/findvideo` against bot processes, the two references among them.

Each contender is its own process with its own fake Discord: the real bot (`python -m bot run`)
or `benchmarks.minimal_bot`, either the floor or, with MINIMAL_BOT_DECODE=1, "pixels" (the floor
plus one decode of each image in 2 worker processes before the search: the least any bot that
decides from pixels before searching can do). All share one fake memories.ai API that holds every
search for the given latency. A burst dispatches N commands at once, each with a new realistic
image (see `benchmarks.query_images`), and times, from the fake Discord's side: the
acknowledgement (the defer), the first answer (the first edit that carries the matches) and, for
the real bot, the evidence (its last edit: links and the side-by-side picture), after the first
answer; and the CPU seconds the contender's processes (the bot and its decode workers) spent on
the burst.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.process_tree import tree_cpu_seconds
from benchmarks.query_images import QueryImages
from tests.bot_process import BotProcess, bot_environment
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi

START_TIMEOUT = 60.0
DECODE_ENV = "MINIMAL_BOT_DECODE"
"""`benchmarks.minimal_bot`'s switch to pixels (not imported: that would load discord.py here)."""
SEARCH_LINE = '"logger": "bot.search"'
REPO = Path(__file__).resolve().parent.parent


def pct(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


@dataclass(frozen=True)
class BurstFigures:
    """One burst, in seconds: per command, acknowledgement and first answer; evidence after
    the first answer (empty for the floor and pixels, which have none)."""

    acks: list[float]
    first_answers: list[float]
    evidence: list[float]
    cpu_seconds: float = 0.0
    """CPU the contender's process tree spent from the first dispatch to the last answer."""


@dataclass
class Contender:
    """A bot process under test, with its own fake Discord."""

    name: str
    bot: BotProcess
    logs_searches: bool
    payloads: PayloadFactory
    sent: int = 0

    async def burst(self, images: QueryImages, size: int) -> BurstFigures:
        uploads = [images.next() for _ in range(size)]
        commands = [
            self.payloads.slash_command(
                "findvideo",
                {"image": self.payloads.uploaded(i.name, i.data, i.content_type, size=i.size)},
            )
            for i in uploads
        ]
        pid = self.bot.process.pid
        cpu_before = await asyncio.to_thread(tree_cpu_seconds, pid)
        records = [await self.bot.discord.dispatch_interaction(c) for c in commands]
        self.sent += size
        await asyncio.gather(*(self.bot.answered(record) for record in records))
        if self.logs_searches:  # the log line is written once the evidence is in
            await self.bot.wait_for_log(SEARCH_LINE, self.sent)
        cpu = await asyncio.to_thread(tree_cpu_seconds, pid) - cpu_before
        self.bot.discord.forget_attachments()
        return replace(_figures(records, evidence=self.logs_searches), cpu_seconds=cpu)


def _figures(records: list[InteractionRecord], *, evidence: bool) -> BurstFigures:
    acks, firsts, after = [], [], []
    for record in records:
        acks.append(record.callbacks[0].at - record.dispatched_at)
        answers = [e.received_at for e in record.original_edits if e.payload.get("embeds")]
        firsts.append(answers[0] - record.dispatched_at)
        if evidence:
            after.append(record.original_edits[-1].received_at - answers[0])
    return BurstFigures(acks, firsts, after)


@asynccontextmanager
async def contender(
    name: str,
    memories: FakeMemoriesApi,
    workdir: Path,
    *,
    floor: bool = False,
    decode: bool = False,
    source: Path | None = None,
    profile: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> AsyncIterator[Contender]:
    """Start the real bot (from `source`, a checkout, if given) or the floor (with `decode`,
    pixels), connected to a fake Discord of its own; `profile` records it with py-spy into that
    file. Neither reference logs its searches."""
    async with FakeDiscord() as discord:
        extra = _settings(env, source, decode=decode)
        module = ["benchmarks.minimal_bot"] if floor else ["bot", "run"]
        async with _process(module, discord, memories, workdir, floor, extra) as bot:
            if profile is None:
                yield Contender(name, bot, not floor, PayloadFactory(discord))
            else:
                async with _profiled(bot, profile):
                    yield Contender(name, bot, not floor, PayloadFactory(discord))


def _settings(
    env: Mapping[str, str] | None, source: Path | None, *, decode: bool
) -> dict[str, str]:
    extra = dict(env or {})
    if source is not None:
        extra["PYTHONPATH"] = str(source)
    if decode:
        extra[DECODE_ENV] = "1"
    return extra


@asynccontextmanager
async def _profiled(bot: BotProcess, output: Path) -> AsyncIterator[None]:
    """py-spy samples the process (idle time included) until the block ends."""
    spy = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "py-spy"),
        *("record", "--idle", "--rate", "200", "--format", "speedscope"),
        *("--output", str(output), "--pid", str(bot.process.pid)),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)
        await spy.wait()


@asynccontextmanager
async def _process(
    module: list[str],
    discord: FakeDiscord,
    memories: FakeMemoriesApi,
    workdir: Path,
    floor: bool,
    extra: dict[str, str],
) -> AsyncIterator[BotProcess]:
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", *module),
        cwd=REPO if floor else workdir,
        env=bot_environment(discord, memories, workdir / "data", extra),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    running = BotProcess(process, discord)
    reader = asyncio.create_task(running.read_output())
    try:
        async with asyncio.timeout(START_TIMEOUT):
            await discord.gateway.identified.wait()
        yield running
    finally:
        await running.stop()
        await reader
