"""The process's decoding: a small pool of worker processes that can be stopped at any moment.

Decoding untrusted media (a clip's stills, the side-by-side picture) is CPU work whose cost the
file decides. It never runs in the bot's own process: each job goes to one of `workers` worker
processes (one job each at a time; searches' jobs are served before pictures'), and a job that
runs past its time (`WALL_FACTOR` times its CPU seconds), or whose search is cancelled, times
out or is refused, has its worker killed
on the spot (SIGKILL: the decode stops at once, whatever it was doing) and replaced by a fresh
one. Inside the worker a job is also held to its CPU seconds by the kernel (`RLIMIT_CPU`, so a
decode that spins in C code is stopped even if no one is waiting), and the decoders check their
own pixel limits after every frame (`bot.media.frames`).

Workers are forked from a forkserver that has imported Pillow and PyAV once, so a replacement is
ready in milliseconds and never inherits the bot's threads or sockets. The pool holds no asyncio
object bound to a loop, so one pool serves the whole process (`shared_pool`).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import math
import multiprocessing
import os
import pickle
import resource
import signal
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from bot.core.errors import UserFacingError
from bot.core.language import Text

log = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_WORKERS = 2
DEFAULT_JOB_SECONDS = 4.0
PICTURE_PATIENCE = 0.5
"""Seconds a picture waits behind searches' decodes at most before it is served next."""
SHORT_FIRST_WEIGHT = 8.0
"""How much sooner a short job is served: among jobs of one priority, the next is the one whose
arrival plus `SHORT_FIRST_WEIGHT` times its expected seconds comes first. A burst's small images
are answered before a large screenshot that came a moment earlier, yet no job waits more than
this many times its own expected cost for later, shorter ones (no starvation)."""
WALL_FACTOR = 2.0
"""A job may take this many times its CPU seconds (plus one) in time: on a busy machine a decode
waits for a core, and the kernel holds its CPU seconds anyway."""
_READ_CHUNK = 1 << 20
_SHORT_HEADER = struct.Struct("!i")
_LONG_HEADER = struct.Struct("!Q")
"""How `multiprocessing.connection` frames a message (its `_send_bytes`)."""
_PRELOAD = [
    "bot.media.frames",
    "bot.media.composite",
    "bot.core.seen.fingerprint",
    "bot.core.images.image_variants",
    "bot.media.study_jobs",
]


class Priority(IntEnum):
    """Who waits for a free worker first: a search before a picture that completes an answer."""

    SEARCH = 0
    PICTURE = 1


class DecodeStoppedError(Exception):
    """A job was stopped: it ran past its seconds (`overrun`) or its worker died."""

    def __init__(self, reason: str, *, overrun: bool) -> None:
        super().__init__(reason)
        self.overrun = overrun


@dataclass(frozen=True)
class _Answer:
    """What a worker sends back: the job's value, or its refusal (sentence, detail), or why
    it failed."""

    value: object = None
    refusal: tuple[str | Text, str] | None = None
    failure: str | None = None


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection


@dataclass(order=True)
class _Waiter:
    priority: int
    due: float
    """Arrival plus `SHORT_FIRST_WEIGHT` times the expected seconds: the order within a priority."""
    order: int
    future: asyncio.Future[_Worker] = field(compare=False)
    since: float = field(compare=False, default=0.0)


class DecodePool:
    """At most `workers` decodes at once, each in a process killed when it runs too long."""

    def __init__(
        self,
        workers: int = DEFAULT_WORKERS,
        *,
        job_seconds: float = DEFAULT_JOB_SECONDS,
        picture_patience: float = PICTURE_PATIENCE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.workers = workers
        self.job_seconds = job_seconds
        self.picture_patience = picture_patience
        self._clock = clock
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(_PRELOAD)
        self._idle: list[_Worker] = []
        self._started = 0
        self._waiters: list[_Waiter] = []
        self._order = itertools.count()
        self.running: set[int] = set()
        """Process ids of the workers busy with a job (for tests and metrics)."""
        self.stopped_jobs = 0
        self.on_job_sent: Callable[[int], None] | None = None
        """Told each job's worker pid once the job is on its way (tests wait on it)."""

    async def run(
        self,
        job: Callable[[], T],
        *,
        priority: Priority = Priority.SEARCH,
        seconds: float | None = None,
        expected: float = 0.0,
    ) -> T:
        """`job()` in a worker (a module-level function, or a `functools.partial` of one),
        within `seconds` (default `job_seconds`) of CPU and `WALL_FACTOR` times that in
        time; `expected` (its likely seconds, when known) serves shorter jobs sooner
        (`SHORT_FIRST_WEIGHT`). A `UserFacingError` the job raises comes back as itself (its
        sentence and detail); a job stopped for time raises `DecodeStoppedError`."""
        cpu_seconds = seconds or self.job_seconds
        worker = await self._acquire(priority, expected)
        healthy = False
        try:
            self.running.add(_pid(worker))
            await asyncio.to_thread(worker.connection.send, (job, cpu_seconds))
            if self.on_job_sent is not None:
                self.on_job_sent(_pid(worker))
            async with asyncio.timeout(cpu_seconds * WALL_FACTOR + 1):
                answer = await _receive(worker.connection)
            healthy = True
        except TimeoutError:
            raise DecodeStoppedError(f"past {cpu_seconds:g} s", overrun=True) from None
        except (EOFError, OSError) as error:
            raise _died(worker, cpu_seconds, error) from None
        finally:
            self.running.discard(_pid(worker))
            self._release(worker, healthy=healthy)
        value: T = _result(answer)
        return value

    async def _acquire(self, priority: Priority, expected: float) -> _Worker:
        if self._idle:
            return self._idle.pop()
        if self._started < self.workers:
            self._started += 1
            try:
                return await asyncio.to_thread(self._start_worker)
            except BaseException:
                self._started -= 1
                raise
        future = asyncio.get_running_loop().create_future()
        now = self._clock()
        due = now + SHORT_FIRST_WEIGHT * expected
        waiter = _Waiter(priority, due, next(self._order), future, now)
        heapq.heappush(self._waiters, waiter)
        try:
            return await waiter.future
        except asyncio.CancelledError:
            if waiter.future.done() and not waiter.future.cancelled():
                self._release(waiter.future.result(), healthy=True)
            raise

    def _release(self, worker: _Worker, *, healthy: bool) -> None:
        if not healthy:
            self._kill(worker)
        while self._waiters:
            waiter = self._next_waiter()
            if waiter.future.done() or waiter.future.get_loop().is_closed():
                continue
            if healthy:
                waiter.future.set_result(worker)
            else:
                self._started -= 1  # the waiter starts its own replacement
                waiter.future.get_loop().create_task(self._hand_new_worker(waiter))
            return
        if healthy:
            self._idle.append(worker)
        else:
            self._started -= 1

    def _next_waiter(self) -> _Waiter:
        """Searches before pictures, the earliest due first (first come first served, shorter
        jobs a little sooner); but a picture that has waited
        `picture_patience` goes next (a burst of later searches never holds an answer's evidence
        back for long: a picture costs a search a few milliseconds)."""
        overdue = self._clock() - self.picture_patience
        pictures = [
            w for w in self._waiters if w.priority == Priority.PICTURE and w.since <= overdue
        ]
        if not pictures:
            return heapq.heappop(self._waiters)
        oldest = min(pictures)
        self._waiters.remove(oldest)
        heapq.heapify(self._waiters)
        return oldest

    async def _hand_new_worker(self, waiter: _Waiter) -> None:
        self._started += 1
        try:
            worker = await asyncio.to_thread(self._start_worker)
        except BaseException as error:
            self._started -= 1
            if not waiter.future.done():
                waiter.future.set_exception(error)
            return
        if waiter.future.done():
            self._release(worker, healthy=True)
        else:
            waiter.future.set_result(worker)

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child_end,), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def _kill(self, worker: _Worker) -> None:
        """Stop the worker now (its decode with it) and reap it."""
        self.stopped_jobs += 1
        with contextlib.suppress(ProcessLookupError, TypeError):
            os.kill(_pid(worker), signal.SIGKILL)
        worker.process.join(1.0)
        worker.connection.close()

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their job ends or is cancelled)."""
        while self._idle:
            self._kill(self._idle.pop())
        self._started = 0


def _pid(worker: _Worker) -> int:
    return worker.process.pid or 0


def _died(worker: _Worker, cpu_seconds: float, error: BaseException) -> DecodeStoppedError:
    worker.process.join(1.0)
    code = worker.process.exitcode
    overrun = code in (-signal.SIGXCPU, -signal.SIGKILL)
    reason = f"past {cpu_seconds:g} CPU s" if overrun else f"worker died ({code}, {error!r})"
    return DecodeStoppedError(reason, overrun=overrun)


class _AnswerReader:
    """Reads one message of `multiprocessing.connection` (a 4-byte length, or -1 and an 8-byte
    one, then the pickle) as the socket has it, never waiting on the event loop for the rest."""

    def __init__(self, descriptor: int, done: asyncio.Future[bytes]) -> None:
        self.descriptor = descriptor
        self.done = done
        self.buffer = bytearray()

    def readable(self) -> None:
        try:
            chunk = os.read(self.descriptor, _READ_CHUNK)
        except BlockingIOError:
            return
        except OSError as error:
            self._fail(error)
            return
        if not chunk:
            self._fail(EOFError("the worker closed its end"))
            return
        self.buffer += chunk
        payload = self._payload()
        if payload is not None and not self.done.done():
            self.done.set_result(payload)

    def _payload(self) -> bytes | None:
        if len(self.buffer) < _SHORT_HEADER.size:
            return None
        [size] = _SHORT_HEADER.unpack_from(self.buffer)
        start = _SHORT_HEADER.size
        if size == -1:
            if len(self.buffer) < _SHORT_HEADER.size + _LONG_HEADER.size:
                return None
            [size] = _LONG_HEADER.unpack_from(self.buffer, start)
            start += _LONG_HEADER.size
        if len(self.buffer) < start + size:
            return None
        return bytes(self.buffer[start : start + size])

    def _fail(self, error: BaseException) -> None:
        if not self.done.done():
            self.done.set_exception(error)


async def _receive(connection: Connection) -> _Answer:
    """The worker's answer, read as it arrives: the loop never blocks on a large one."""
    loop = asyncio.get_running_loop()
    descriptor = connection.fileno()
    done: asyncio.Future[bytes] = loop.create_future()
    reader = _AnswerReader(descriptor, done)
    loop.add_reader(descriptor, reader.readable)
    try:
        payload = await done
    finally:
        loop.remove_reader(descriptor)
    answer: _Answer = pickle.loads(payload)  # noqa: S301 - our own worker's answer
    return answer


def _result(answer: _Answer) -> Any:  # noqa: ANN401 - whatever the job returned
    if answer.refusal is not None:
        message, detail = answer.refusal
        raise UserFacingError(message, detail=detail)
    if answer.failure is not None:
        raise RuntimeError(f"decode job failed: {answer.failure}")
    return answer.value


# --- inside a worker ---------------------------------------------------------------------------


def _serve(connection: Connection) -> None:
    """A worker's life: run jobs one at a time until the pipe closes or it is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the bot, which stops us
    while True:
        try:
            job, seconds = connection.recv()
        except (EOFError, OSError):
            return
        _limit_cpu(seconds)
        connection.send(_answer(job))


def _answer(job: Callable[[], object]) -> _Answer:
    try:
        return _Answer(value=job())
    except UserFacingError as refusal:
        return _Answer(refusal=(refusal.text or refusal.user_message, refusal.detail))
    except Exception as error:
        return _Answer(failure=f"{type(error).__name__}: {error}")


def _limit_cpu(seconds: float) -> None:
    """The kernel stops this process (SIGXCPU) once this job has used `seconds` of CPU (and
    leaves no core file behind)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(used + seconds)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


_shared: DecodePool | None = None


def shared_pool() -> DecodePool:
    """The process's one pool (made on first use; `configure_shared_pool` sets its size)."""
    global _shared  # noqa: PLW0603 - one pool per process, by design
    if _shared is None:
        _shared = DecodePool()
    return _shared


def configure_shared_pool(workers: int, job_seconds: float) -> DecodePool:
    """Size the process's pool (at start, from the settings); returns it."""
    pool = shared_pool()
    pool.workers = workers
    pool.job_seconds = job_seconds
    return pool
