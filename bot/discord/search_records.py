"""A search as the history records it, from the interaction that ran it."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

import discord

from bot.core.evidence.evidence import DETAILS, KEYFRAMES
from bot.core.moderation.history import (
    SearchKind,
    SearchRecord,
    best_match,
    describe_match,
    top_match,
    was_cached,
)
from bot.core.ports import SearchHistory
from bot.core.request import QueryOutcome
from bot.discord.checked_message import checked_message_id


def search_record(
    interaction: discord.Interaction, kind: SearchKind, outcomes: Sequence[QueryOutcome]
) -> SearchRecord | None:
    """The history's record of a search that reached an answer (None outside a server)."""
    if interaction.guild_id is None:
        return None
    best = top_match(list(outcomes))
    earlier = sorted(
        (sighting for outcome in outcomes for sighting in outcome.seen_before),
        key=lambda sighting: sighting.distance,
    )
    return SearchRecord(
        guild_id=interaction.guild_id,
        channel_id=interaction.channel_id,
        user_id=interaction.user.id,
        at=time.time(),
        kind=kind,
        images=len(outcomes),
        top_match=describe_match(best) if best is not None else None,
        cached=was_cached(list(outcomes)),
        api_calls=sum(outcome.api_calls for outcome in outcomes),
        message_id=checked_message_id(interaction),
        seen_before=len(earlier),
        seen_link=earlier[0].sighting.jump_url if earlier else None,
        best=best_match(best) if best is not None else None,
    )


async def note_evidence_calls(
    history: SearchHistory, guild_id: int | None, calls: Counter[str]
) -> None:
    """Keep the API calls an answer's evidence made (for usage by kind)."""
    if guild_id is None or not calls:
        return
    details, keyframes = calls[DETAILS], calls[KEYFRAMES]
    await history.add_evidence_calls(guild_id, time.time(), details=details, keyframes=keyframes)
