"""Run a real discord.py bot against :class:`FakeDiscord` and invoke its commands one by one.

Create the bot with ``guild_ready_timeout=0.05`` (or less): discord.py otherwise waits 2 s after the
last GUILD_CREATE before it is ready. Start the fake yourself and stop it after ``running_bot``
exits (stopping it first sends the bot into a reconnect loop)::

    async with FakeDiscord() as fake, running_bot(make_bot(), fake) as session:
        record = await session.invoke(PayloadFactory(fake).slash_command("ping"))
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import discord
import yarl

from bot.discord.internals import callbacks_in_flight
from tests.fakes.discord_server import FakeDiscord, InteractionRecord

READY_TIMEOUT = 10.0
INVOKE_TIMEOUT = 10.0
MAX_GUILD_READY_TIMEOUT = 0.05


class _ErrorCollector(logging.Handler):
    """Keeps ERROR records once, whether they reach it via the "discord" logger or the root."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not any(seen is record for seen in self.records):
            self.records.append(record)


@dataclass
class BotSession:
    """A logged-in, ready bot connected to the fake."""

    bot: discord.Client
    fake: FakeDiscord
    connect_task: asyncio.Task[None]
    logged_errors: list[logging.LogRecord] = field(default_factory=list)

    async def invoke(
        self, payload: dict[str, Any], give_up_after: float = INVOKE_TIMEOUT
    ) -> InteractionRecord:
        """Dispatch an interaction and return the fake's record once the bot has finished with it.

        Finished means: discord.py parsed it (its ``interaction`` event fired) and every command
        task it started has ended. Fails with AssertionError instead of hanging.
        """
        interaction_id = int(payload["id"])
        parsed = asyncio.create_task(
            self.bot.wait_for("interaction", check=lambda i: i.id == interaction_id)
        )
        await asyncio.sleep(0)  # let wait_for register its listener before the event can arrive
        try:
            record = await self.fake.dispatch_interaction(payload)
            async with asyncio.timeout(give_up_after):
                await self._until_parsed(parsed)
                await wait_for_command_tasks()
        except TimeoutError:
            raise AssertionError(self._stuck_message(interaction_id, give_up_after)) from None
        finally:
            parsed.cancel()
        return record

    async def _until_parsed(self, parsed: asyncio.Task[Any]) -> None:
        """Wait for the interaction event, or fail at once if the gateway connection died."""
        await asyncio.wait({parsed, self.connect_task}, return_when=asyncio.FIRST_COMPLETED)
        if not parsed.done():
            raise AssertionError(
                f"the bot's gateway connection ended: {_outcome(self.connect_task)}"
            )

    def _stuck_message(self, interaction_id: int, timeout: float) -> str:
        pending = [task.get_name() for task in command_tasks()]
        return (
            f"interaction {interaction_id} not finished after {timeout}s "
            f"(pending command tasks: {pending or 'none'}; violations: {self.fake.violations})"
        )


def command_tasks() -> list[asyncio.Task[object]]:
    """The unfinished tasks in which discord.py is running commands or component callbacks."""
    return callbacks_in_flight()


async def wait_for_command_tasks() -> None:
    """Wait until no command task is left (a callback may itself start another)."""
    while pending := command_tasks():
        await asyncio.wait(pending)


async def cancel_command_tasks() -> None:
    pending = command_tasks()
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


@contextlib.contextmanager
def pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's process-global REST base and gateway URL at the fake; restore after."""
    saved_base, saved_gateway = (
        discord.http.Route.BASE,
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    discord.http.Route.BASE = fake.rest_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = saved_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved_gateway


@contextlib.contextmanager
def collected_errors() -> Iterator[list[logging.LogRecord]]:
    """ERROR log records from the "discord" logger and the root logger, while the block runs."""
    collector = _ErrorCollector()
    loggers = (logging.getLogger("discord"), logging.getLogger())
    for logger in loggers:
        logger.addHandler(collector)
    try:
        yield collector.records
    finally:
        for logger in loggers:
            logger.removeHandler(collector)


@contextlib.asynccontextmanager
async def running_bot(
    bot: discord.Client, fake: FakeDiscord, *, reconnect: bool = False
) -> AsyncIterator[BotSession]:
    """Log ``bot`` in to the started ``fake``, connect it, wait for READY; tear down in order.

    ``reconnect=False`` (the default) makes a dropped connection fail the test at once.
    """
    _require_fast_ready(bot)
    with pointed_at(fake), collected_errors() as errors:
        connect_task: asyncio.Task[None] | None = None
        try:
            await bot.login(fake.token)
            connect_task = asyncio.create_task(
                bot.connect(reconnect=reconnect), name="fake-discord-connect"
            )
            await _until_ready(bot, connect_task)
            yield BotSession(bot, fake, connect_task, errors)
        finally:
            await _shut_down(bot, connect_task)


async def _until_ready(bot: discord.Client, connect_task: asyncio.Task[None]) -> None:
    ready = asyncio.create_task(bot.wait_until_ready())
    try:
        done, _ = await asyncio.wait(
            {ready, connect_task}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        ready.cancel()
    if ready in done:
        return
    if connect_task in done:
        connect_task.result()  # re-raises why the connection ended
        raise AssertionError("the bot's gateway connection ended before READY")
    raise AssertionError(f"the bot was not ready after {READY_TIMEOUT}s (guild_ready_timeout set?)")


async def _shut_down(bot: discord.Client, connect_task: asyncio.Task[None] | None) -> None:
    """Commands first, then the client (its closed socket ends connect()), then the connect task."""
    await cancel_command_tasks()
    await bot.close()
    if connect_task is None:
        return
    await asyncio.wait({connect_task}, timeout=READY_TIMEOUT)
    if not connect_task.done():
        connect_task.cancel()
    elif not connect_task.cancelled():
        connect_task.exception()  # mark it retrieved: a failure was already reported, or is moot


def _require_fast_ready(bot: discord.Client) -> None:
    timeout = bot._connection.guild_ready_timeout
    if timeout > MAX_GUILD_READY_TIMEOUT:
        raise ValueError(
            f"create the bot with guild_ready_timeout<={MAX_GUILD_READY_TIMEOUT} (it is {timeout}):"
            " discord.py waits that long after the last GUILD_CREATE before READY"
        )


def _outcome(task: asyncio.Task[Any]) -> str:
    if task.cancelled():
        return "cancelled"
    error = task.exception()
    return "returned normally" if error is None else repr(error)
