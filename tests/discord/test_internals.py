"""discord.py's private parts the bot relies on (bot/discord/internals.py) are still there.

A discord.py upgrade that renames one fails here, not in a drain that forgets a running search or
a reconnection that ends at once.
"""

from __future__ import annotations

import asyncio
import inspect

import discord
import discord.app_commands.tree
import discord.ui.modal
import discord.ui.view

from bot.discord.internals import (
    CALLBACK_TASK_PREFIXES,
    SHARD_QUEUE_ATTRIBUTE,
    callbacks_in_flight,
    forget_shard_events,
    identify_with,
)

TASK_NAMING_MODULES = (discord.app_commands.tree, discord.ui.view, discord.ui.modal)


def test_discord_py_still_names_its_callback_tasks_so() -> None:
    sources = "".join(inspect.getsource(module) for module in TASK_NAMING_MODULES)
    for prefix in CALLBACK_TASK_PREFIXES:
        assert f"name=f'{prefix}" in sources or f"name='{prefix}" in sources, prefix


async def test_a_task_so_named_counts_as_a_callback_in_flight() -> None:
    release = asyncio.Event()
    tasks = [
        asyncio.create_task(release.wait(), name=f"{prefix}-1") for prefix in CALLBACK_TASK_PREFIXES
    ]
    assert set(callbacks_in_flight()) == set(tasks)
    release.set()
    await asyncio.gather(*tasks)
    assert callbacks_in_flight() == []


async def test_the_shard_queue_is_where_it_is_expected_and_can_be_emptied() -> None:
    client = discord.AutoShardedClient(intents=discord.Intents.none())
    await client._async_setup_hook()  # what login does first: discord.py makes the queue there
    try:
        queue = getattr(client, SHARD_QUEUE_ATTRIBUTE)
        assert isinstance(queue, asyncio.Queue)
        queue.put_nowait(object())
        forget_shard_events(client)
        assert queue.empty()
    finally:
        await client.close()


async def test_the_intents_to_identify_with_can_be_changed() -> None:
    client = discord.Client(intents=discord.Intents(guilds=True, message_content=True))
    try:
        identify_with(client, discord.Intents(guilds=True))
        assert client.intents == discord.Intents(guilds=True)
    finally:
        await client.close()
