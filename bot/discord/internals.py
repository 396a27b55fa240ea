"""The only place that touches discord.py's private parts, for what its public API cannot do.

Each use says why no public API does it; `tests/discord/test_internals.py` fails as soon as a
discord.py release renames or removes one of them, before a user finds out.

- the names of the tasks discord.py runs commands, view, dynamic item and modal callbacks in (a
  drain waits for them: discord.py keeps no public list of callbacks in flight);
- the shard event queue (`_AutoShardedClient__queue`): a second login after a refused
  privileged intent keeps the closed shards' events, which would end the new connection;
- the connection state's intents (`_connection._intents`): `Client.intents` has no setter, and
  the intents to identify with must change when Discord refuses Message Content.
"""

from __future__ import annotations

import asyncio

import discord

CALLBACK_TASK_PREFIXES = (
    "CommandTree-invoker",
    "discord-ui-view-dispatch",
    "discord-ui-dynamic-item",
    "discord-ui-modal",
)
"""discord.py names so the tasks it runs app commands and component/modal callbacks in."""
SHARD_QUEUE_ATTRIBUTE = "_AutoShardedClient__queue"
"""`AutoShardedClient`'s queue of shard events (name-mangled)."""


def callbacks_in_flight() -> list[asyncio.Task[object]]:
    """The unfinished tasks in which discord.py runs commands or component/modal callbacks."""
    return [
        task
        for task in asyncio.all_tasks()
        if task.get_name().startswith(CALLBACK_TASK_PREFIXES) and not task.done()
    ]


def forget_shard_events(client: discord.AutoShardedClient) -> None:
    """Drop the shard events still queued (a clean close of shards that are gone)."""
    queue: asyncio.Queue[object] | None = getattr(client, SHARD_QUEUE_ATTRIBUTE, None)
    while queue is not None and not queue.empty():
        queue.get_nowait()


def identify_with(client: discord.Client, intents: discord.Intents) -> None:
    """The intents the next IDENTIFY sends (what `Client.intents` then reports)."""
    client._connection._intents = intents
