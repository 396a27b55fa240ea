"""Page buttons under a message: only the person who ran the command may turn the pages.

Anyone else pressing gets a private refusal. When the view times out (well inside the 15 minutes an
interaction token lives) the buttons are disabled in place, so nobody presses a dead button.
Page turns edit the message the buttons sit on (`response.edit_message`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.core.language import Text
from bot.discord.interaction_errors import FriendlyView
from bot.discord.language import member_words
from bot.discord.replies import NO_MENTIONS

log = logging.getLogger(__name__)

VIEW_TIMEOUT_SECONDS = 600.0
"""Ten minutes: the buttons are disabled while the command's token (15 minutes) still works."""
NOT_YOURS = Text("error-pages-not-yours")


class PagedView(FriendlyView):
    """◀ / ▶ over `pages` (each a list of embeds) for the message answering `owner`."""

    def __init__(
        self,
        owner: discord.Interaction,
        pages: Sequence[list[discord.Embed]],
        *,
        timeout: float = VIEW_TIMEOUT_SECONDS,
    ) -> None:
        super().__init__(timeout=timeout)
        self.owner = owner
        self.pages = list(pages)
        self.page = 0
        self.closed = asyncio.Event()
        """Set once the buttons were disabled after the timeout."""
        self._adopted: list[discord.ui.Item[Any]] = []
        if len(self.pages) < 2:
            self.remove_item(self.previous_page)
            self.remove_item(self.next_page)
        self._sync_buttons()

    @property
    def owner_id(self) -> int:
        return self.owner.user.id

    def _sync_buttons(self) -> None:
        self.previous_page.disabled = self.page == 0
        self.next_page.disabled = self.page >= len(self.pages) - 1
        self.next_page.label = f"{self.page + 1}/{len(self.pages)} ▶"

    async def _show(self, interaction: discord.Interaction, page: int) -> None:
        if interaction.user.id != self.owner_id:
            refusal = member_words(interaction).say(NOT_YOURS)
            await interaction.response.send_message(refusal, ephemeral=True)
            return
        self.page = max(0, min(page, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embeds=self.pages[self.page], view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary)
    async def previous_page(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagedView]
    ) -> None:
        await self._show(interaction, self.page - 1)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary)
    async def next_page(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagedView]
    ) -> None:
        await self._show(interaction, self.page + 1)

    def adopt(self, other: discord.ui.View | None) -> None:
        """Carry `other`'s items too (follow-up buttons that live on their own): they are shown
        beside the page buttons and left alone when this view times out."""
        for item in other.children if other is not None else ():
            self.add_item(item)
            self._adopted.append(item)

    def _own_custom_ids(self) -> set[str]:
        return {
            item.custom_id
            for item in self.children
            if isinstance(item, discord.ui.Button) and item not in self._adopted and item.custom_id
        }

    async def _still_shown(self) -> bool:
        """Whether the message still carries these buttons (a search run again from a follow-up
        button replaces them; they must not come back)."""
        message = await self.owner.original_response()
        shown = {
            child.custom_id
            for row in message.components
            if isinstance(row, discord.ActionRow)
            for child in row.children
            if isinstance(child, discord.Button) and child.custom_id
        }
        return self._own_custom_ids() <= shown

    async def on_timeout(self) -> None:
        """Disable this view's own buttons on the message (a failed edit is logged, never
        raised)."""
        for item in self.children:
            if isinstance(item, discord.ui.Button) and item not in self._adopted:
                item.disabled = True
        try:
            if await self._still_shown():
                await self.owner.edit_original_response(view=self)
        except discord.HTTPException as error:
            log.info("could not disable the buttons of an answer: %s", error)
        finally:
            self.closed.set()
