"""The buttons under a search answer: its pages, and the possible matches kept behind a button.

"Show possible matches" answers whoever presses it, privately and in their own language: it
changes nothing on the shared message, so there is no reason to keep it from other members.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.core.language import Words
from bot.core.request import QueryOutcome
from bot.discord.answer_pages import render_possible
from bot.discord.language import member_words
from bot.discord.paging import VIEW_TIMEOUT_SECONDS, PagedView
from bot.discord.replies import NO_MENTIONS


class AnswerView(PagedView):
    """Page buttons (for the invoker) and, when the outcomes have any, the possible matches."""

    def __init__(
        self,
        owner: discord.Interaction,
        pages: Sequence[list[discord.Embed]],
        outcomes: Sequence[QueryOutcome],
        words: Words,
        *,
        timeout: float = VIEW_TIMEOUT_SECONDS,
    ) -> None:
        """`words`: the answer's, which label its button (everyone reads it on a public answer)."""
        super().__init__(owner, pages, timeout=timeout)
        self.outcomes = list(outcomes)
        self.show_possible.label = words.say("answer-show-possible")
        if not any(outcome.possible_matches for outcome in self.outcomes):
            self.remove_item(self.show_possible)

    @property
    def needed(self) -> bool:
        """Whether the answer has any button at all."""
        return bool(self.children)

    @discord.ui.button(style=discord.ButtonStyle.primary)  # labelled in the answer's language
    async def show_possible(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        embeds = render_possible(self.outcomes, member_words(interaction))
        await interaction.response.send_message(
            embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
