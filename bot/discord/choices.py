"""The choices a command option offers, shared by every cog that asks for them."""

from __future__ import annotations

from discord import app_commands

from bot.core.scope import SearchScope

PLATFORM_CHOICES = [
    app_commands.Choice(name=scope.label, value=scope.value) for scope in SearchScope
]
"""Where to search: one platform, all of them, or the server's private library."""
