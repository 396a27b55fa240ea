"""Stopping without dropping anyone's search: SIGTERM/SIGINT start a drain, not an exit.

While draining, new commands are answered privately "restarting, try again in a moment" (see the
command tree's `interaction_check`), the searches already running get `timeout` seconds to finish,
then the bot closes its gateway and HTTP connections and `run_bot` returns, which closes every
other connection (sessions, database, Redis) on its way out: the process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator

import discord

from bot.core.language import Text
from bot.discord.internals import callbacks_in_flight

log = logging.getLogger(__name__)

RESTARTING = Text("error-restarting")
SIGNALS = (signal.SIGTERM, signal.SIGINT)


async def drain_and_close(bot: discord.Client, grace_seconds: float) -> None:
    """Refuse new commands, give the running ones `grace_seconds`, then close the bot."""
    bot.draining = True  # type: ignore[attr-defined]
    pending = callbacks_in_flight()
    log.info("shutting down: %d command(s) in flight get up to %g s", len(pending), grace_seconds)
    if pending:
        _, unfinished = await asyncio.wait(pending, timeout=grace_seconds)
        for task in unfinished:
            task.cancel()
        if unfinished:
            log.warning(
                "%d command(s) did not finish in %g s and were stopped",
                len(unfinished),
                grace_seconds,
            )
    await bot.close()
    log.info("stopped")


@contextlib.contextmanager
def graceful_shutdown(bot: discord.Client, grace_seconds: float) -> Iterator[None]:
    """While the block runs, SIGTERM and SIGINT drain and close `bot` (once)."""
    loop = asyncio.get_running_loop()
    draining: list[asyncio.Task[None]] = []

    def on_signal(signum: signal.Signals) -> None:
        if draining:
            return
        log.info("%s received", signum.name)
        draining.append(asyncio.create_task(drain_and_close(bot, grace_seconds), name="shutdown"))

    for signum in SIGNALS:
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        yield
    finally:
        for signum in SIGNALS:
            loop.remove_signal_handler(signum)
