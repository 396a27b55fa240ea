"""The buttons under a search answer: its pages, and the possible matches kept behind a button.

"Show possible matches" answers whoever presses it, privately: it changes nothing on the shared
message, so there is no reason to keep it from other members.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord.paging import VIEW_TIMEOUT_SECONDS, PagedView
from bot.discord.replies import NO_MENTIONS


class AnswerView(PagedView):
    """Page buttons (for the invoker) and, when there are any, the possible matches."""

    def __init__(
        self,
        owner: discord.Interaction,
        pages: Sequence[list[discord.Embed]],
        possible: Sequence[discord.Embed],
        *,
        timeout: float = VIEW_TIMEOUT_SECONDS,
    ) -> None:
        super().__init__(owner, pages, timeout=timeout)
        self.possible = list(possible)
        if not self.possible:
            self.remove_item(self.show_possible)

    @property
    def needed(self) -> bool:
        """Whether the answer has any button at all."""
        return bool(self.children)

    @discord.ui.button(label="Show possible matches", style=discord.ButtonStyle.primary)
    async def show_possible(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        await interaction.response.send_message(
            embeds=self.possible, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
