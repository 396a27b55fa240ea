"""Syncing application commands only when their definition changed.

Discord allows 200 command creates per day per guild, and a sync on every start is how bots hit
that limit. The hash of exactly what would be sent is kept per scope (global, or the dev guild);
a start with the same hash sends nothing. `python -m bot sync` forces a sync.
"""

from __future__ import annotations

import hashlib
import json
import logging

import discord
from discord import app_commands

from bot.discord.sync_state import JsonStateStore

log = logging.getLogger(__name__)


def _scope_key(guild_id: int | None) -> str:
    return f"command_hash:{guild_id or 'global'}"


async def command_payload_hash(
    tree: app_commands.CommandTree[discord.Client], guild_id: int | None
) -> str:
    """A stable hash of the command payload the tree would sync for that scope, translations
    included (a changed translation is a changed definition)."""
    guild = discord.Object(guild_id) if guild_id else None
    commands = tree.get_commands(guild=guild)
    translator = tree.translator
    if translator is None:
        payload = [command.to_dict(tree) for command in commands]
    else:
        payload = [await command.get_translated_payload(tree, translator) for command in commands]
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def sync_commands(
    tree: app_commands.CommandTree[discord.Client],
    store: JsonStateStore,
    *,
    guild_id: int | None,
    force: bool = False,
) -> bool:
    """Sync if forced or changed since the last sync; returns whether a sync was sent."""
    if guild_id:
        tree.copy_global_to(guild=discord.Object(guild_id))
    digest = await command_payload_hash(tree, guild_id)
    if not force and store.get(_scope_key(guild_id)) == digest:
        log.info("application commands unchanged since the last sync; not syncing")
        return False
    synced = await tree.sync(guild=discord.Object(guild_id) if guild_id else None)
    store.set(_scope_key(guild_id), digest)
    log.info("synced %d application commands to %s", len(synced), guild_id or "all servers")
    return True
