"""/findvideo and the "Find source video" message menu: parse options, hand over to the core."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.language import Text
from bot.core.moderation.fair_use import fair_use_limits
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.moderation.history import SearchKind
from bot.core.ports import ImageVariants
from bot.core.scope import SearchScope
from bot.core.search_service import QueryOutcome
from bot.core.sources import ImageSource
from bot.discord.checked_message import DeleteCheckedButton
from bot.discord.choices import PLATFORM_CHOICES
from bot.discord.followup_buttons import FollowUpButton
from bot.discord.language import server_words
from bot.discord.search_answer import (
    AfterAnswer,
    AskedSearch,
    AskFor,
    SearchContext,
    answer_search,
)
from bot.discord.search_log import ModLogRecord, log_search
from bot.discord.seen_answer import PostedIn
from bot.discord.sources import (
    MAX_IMAGES,
    source_from_attachment,
    source_from_link,
    sources_from_message,
)

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

NO_IMAGE_GIVEN = Text("error-no-image-given")
NO_IMAGE_IN_MESSAGE = Text("error-no-image-in-message")


def _slash_sources(
    attachments: list[discord.Attachment | None], url: str | None
) -> list[ImageSource]:
    sources = [source_from_attachment(a) for a in attachments if a is not None]
    if url and url.strip():
        sources.append(source_from_link(url))
    if not sources:
        raise UserFacingError(NO_IMAGE_GIVEN)
    return sources


def _modlog(
    interaction: discord.Interaction,
    server: GuildSettings,
    variants: ImageVariants | None,
    checked: discord.Message | None = None,
) -> AfterAnswer | None:
    """The mod-log record of this search, if the server has a mod-log channel."""
    channel_id = server.modlog_channel_id
    if channel_id is None:
        return None

    words = server_words(interaction.guild, server.language)

    async def record(outcomes: Sequence[QueryOutcome]) -> ModLogRecord | None:
        return await log_search(interaction, channel_id, outcomes, checked, variants, words=words)

    return record


class FindVideo(commands.Cog):
    """Reverse video search for images, as a slash command and a message context menu."""

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot
        self.find_in_message_menu = app_commands.ContextMenu(
            name="Find source video", callback=self.find_in_message
        )

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(FollowUpButton, DeleteCheckedButton)
        self.bot.tree.add_command(self.find_in_message_menu)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(FollowUpButton, DeleteCheckedButton)
        self.bot.tree.remove_command(
            self.find_in_message_menu.name, type=self.find_in_message_menu.type
        )

    async def _answer(
        self, interaction: discord.Interaction, sources: list[ImageSource], ask: AskFor
    ) -> list[QueryOutcome]:
        return await answer_search(interaction, self.bot, sources, ask)

    @app_commands.command(
        name="findvideo",
        description="Find the TikTok, YouTube or Instagram video an image comes from",
    )
    @app_commands.describe(
        image="The image to search (a screenshot or a frame of the video)",
        url="Or: a link to an image that is already online",
        platform="Where to look (default: this server's setting)",
        min_match="Minimum similarity in percent, higher is stricter (default: server setting)",
        results="Videos shown per image and page (default: this server's setting)",
        private="Show the answer only to you (default: this server's setting)",
        as_posted="Search the image exactly as given: no borders, caption or blurred fill cut",
        image2="A second image to search",
        image3="A third image to search",
        image4="A fourth image to search",
    )
    @app_commands.choices(platform=PLATFORM_CHOICES)
    async def findvideo(
        self,
        interaction: discord.Interaction,
        image: discord.Attachment | None = None,
        url: str | None = None,
        platform: str | None = None,
        min_match: app_commands.Range[int, 50, 100] | None = None,
        results: app_commands.Range[int, 1, 10] | None = None,
        private: bool | None = None,
        as_posted: bool = False,
        image2: discord.Attachment | None = None,
        image3: discord.Attachment | None = None,
        image4: discord.Attachment | None = None,
    ) -> None:
        sources = _slash_sources([image, image2, image3, image4], url)
        variants = self.bot.services.search.variants

        def asked(server: GuildSettings) -> AskedSearch:
            request = server.request(
                platform=SearchScope(platform) if platform else None,
                min_match=min_match,
                results=results,
                as_posted=as_posted,
            )
            shown_privately = server.private if private is None else private
            log = _modlog(interaction, server, variants) if server.log_every_search else None
            limits = fair_use_limits(server)
            context = SearchContext(shown_privately, SearchKind.SLASH, limits, after_answer=log)
            return AskedSearch(request, context)

        await self._answer(interaction, sources, asked)

    async def find_in_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """Search a message's images; private by default (a moderator checking a repost)."""
        sources = sources_from_message(message, interaction.user.id)[:MAX_IMAGES]
        if not sources:
            raise UserFacingError(NO_IMAGE_IN_MESSAGE)
        variants = self.bot.services.search.variants

        def asked(server: GuildSettings) -> AskedSearch:
            context = SearchContext(
                True,
                SearchKind.MENU,
                fair_use_limits(server),
                shareable=True,
                after_answer=_modlog(interaction, server, variants, checked=message),
                posted=PostedIn.of(message),
            )
            return AskedSearch(server.request(), context)

        await self._answer(interaction, sources, asked)


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(FindVideo(bot))
