"""Fair use for a Discord interaction: who is asking, and the admission a search asks once."""

from __future__ import annotations

import discord

from bot.core.moderation.fair_use import FairUse, FairUseLimits, Requester
from bot.core.search_service import Admission
from bot.discord.permissions import MANAGE_MESSAGES, member_has


def requester(interaction: discord.Interaction) -> Requester:
    """The member searching; Manage Messages (moderators) lifts the cooldown."""
    exempt = member_has(interaction, MANAGE_MESSAGES)
    return Requester(interaction.user.id, interaction.guild_id, exempt=exempt)


def admission_for(
    interaction: discord.Interaction, fair_use: FairUse, limits: FairUseLimits
) -> Admission:
    """Fair use for a search of `interaction`: held before its download, then asked once for the
    API calls it needs."""
    who = requester(interaction)
    return lambda: fair_use.hold(who, limits)
