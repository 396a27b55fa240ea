"""The buttons of a repost alert: persistent (they work after a restart) and for moderators only.

Each button is a `DynamicItem`: everything it needs is in its custom id (the watched message, or
the stored alert's id), so discord.py rebuilds it from any click, whenever the alert was posted.
Only members with Manage Messages may press them; everyone else is told so, privately. Nothing in a
custom id is trusted (`bot.discord.button_checks`): the alert must be this server's, and "Delete
message" deletes only a message an alert of this server is about, for a member with Manage
Messages in that message's channel.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.errors import UserFacingError
from bot.core.language import Text, Words, english
from bot.core.moderation.fair_use import fair_use_limits
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.moderation.history import SearchKind
from bot.core.scope import SearchScope
from bot.core.watch import watch_wording
from bot.core.watch.watch_model import AlertVerdict, StoredAlert, not_a_repost_marks
from bot.core.watch.watch_ports import AlertLog
from bot.discord.button_checks import (
    ID_PART,
    belongs_here,
    cannot_delete_text,
    may_manage_messages_in,
    parse_id,
    valid_ids,
)
from bot.discord.interaction_errors import FriendlyButton, FriendlyView
from bot.discord.language import posting_words
from bot.discord.permissions import MANAGE_MESSAGES, require
from bot.discord.replies import NO_MENTIONS, send_error
from bot.discord.search_answer import AskedSearch, SearchContext, answer_search
from bot.discord.sources import source_from_attachment
from bot.discord.watch import alert_closing
from bot.discord.watch.alert_replies import post_held_reply

if TYPE_CHECKING:
    from bot.discord.app import BotInteraction

log = logging.getLogger(__name__)

ALERT_GONE = Text("error-alert-gone")
NO_IMAGE = Text("error-alert-image-gone")


def _moderator_only(interaction: BotInteraction) -> bool:
    require(interaction, MANAGE_MESSAGES, watch_wording.NEEDS_MANAGE_MESSAGES)
    return True


async def _close_alert(
    interaction: BotInteraction, alert: StoredAlert, verdict: AlertVerdict
) -> None:
    """Record the verdict, remove the reply if it goes, and edit the alert to say it: closed
    colour, the verdict first, its buttons disabled (searching again stays possible)."""
    watch = interaction.client.watch
    if watch is not None:
        await alert_closing.close(interaction.client, watch.stores.alerts, alert, verdict)
    words = await posting_words(interaction.client.services, interaction.guild)
    embeds = interaction.message.embeds if interaction.message else []
    by = interaction.user.id
    closed = [alert_closing.closed_embed(embeds[0], verdict, by, words)] if embeds else []
    await interaction.response.edit_message(
        embeds=closed, view=closed_alert_view(alert, words), allowed_mentions=NO_MENTIONS
    )


class DeleteMessageButton(
    FriendlyButton,
    template=rf"fvw:delete:(?P<channel>{ID_PART}):(?P<message>{ID_PART})",
):
    """Deletes the watched message (the member needs Manage Messages, and so does the bot)."""

    def __init__(self, channel_id: int, message_id: int, words: Words | None = None) -> None:
        self.channel_id, self.message_id = channel_id, message_id
        self.alert: StoredAlert | None = None
        """The alert found by `allowed`."""
        super().__init__(
            discord.ui.Button(
                label=(words or english()).say("answer-button-delete"),
                style=discord.ButtonStyle.danger,
                custom_id=f"fvw:delete:{channel_id}:{message_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> DeleteMessageButton:
        return cls(parse_id(match["channel"]) or 0, parse_id(match["message"]) or 0)

    async def allowed(self, interaction: BotInteraction) -> bool:
        return _moderator_only(interaction) and await self._about_an_alert_here(interaction)

    async def _about_an_alert_here(self, interaction: BotInteraction) -> bool:
        """An alert of this server is about that message, and the member may delete there."""
        if not await valid_ids(interaction, self.channel_id, self.message_id):
            return False
        watch, guild_id = interaction.client.watch, interaction.guild_id
        alerts = None if watch is None else watch.stores.alerts
        if alerts is None or guild_id is None:
            found = None
        else:
            found = await alerts.alert_on(guild_id, self.channel_id, self.message_id)
        if found is None:
            await send_error(interaction, ALERT_GONE)
            return False
        self.alert = found
        return await may_manage_messages_in(interaction, self.channel_id)

    async def press(self, interaction: BotInteraction) -> None:
        """Close the alert first (so the deletion's own event does not close it again), then
        delete; a refusal reopens it."""
        alerts, alert = _alerts(interaction), self.alert
        if alert is None:
            return
        await alerts.close(alert.alert_id, AlertVerdict.DELETED)
        channel = interaction.client.get_partial_messageable(self.channel_id)
        try:
            await channel.get_partial_message(self.message_id).delete()
        except discord.Forbidden:
            await alerts.close(alert.alert_id, None)
            await send_error(interaction, cannot_delete_text(self.channel_id))
            return
        except discord.NotFound:
            pass  # already gone: the verdict stands
        await _close_alert(interaction, alert, AlertVerdict.DELETED)


class _AlertButton(FriendlyButton, template=r"fvw:(?!)"):
    """A button about a stored alert (its id in the custom id)."""

    def __init__(self, alert_id: int, button: discord.ui.Button[Any]) -> None:
        self.alert_id = alert_id
        super().__init__(button)

    async def allowed(self, interaction: BotInteraction) -> bool:
        return _moderator_only(interaction)

    async def stored_alert(self, interaction: BotInteraction) -> StoredAlert | None:
        """The alert the custom id names, when it is this server's (else refused)."""
        if not await valid_ids(interaction, self.alert_id):
            return None
        watch = interaction.client.watch
        found = None if watch is None else await watch.stores.alerts.alert(self.alert_id)
        if found is None:
            await send_error(interaction, ALERT_GONE)
            return None
        return found if await belongs_here(interaction, found.guild_id) else None


class NotARepostButton(_AlertButton, template=rf"fvw:fp:(?P<alert>{ID_PART})"):
    """Records a false positive: this image and this video never alert again in this server."""

    def __init__(self, alert_id: int, words: Words | None = None) -> None:
        super().__init__(
            alert_id,
            discord.ui.Button(
                label=(words or english()).say("watch-button-not-a-repost"),
                style=discord.ButtonStyle.secondary,
                custom_id=f"fvw:fp:{alert_id}",
            ),
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> NotARepostButton:
        return cls(parse_id(match["alert"]) or 0)

    async def press(self, interaction: BotInteraction) -> None:
        alert = await self.stored_alert(interaction)
        watch = interaction.client.watch
        if alert is None or watch is None:
            return
        for digest, key in not_a_repost_marks(alert):
            await watch.stores.false_positives.mark(alert.guild_id, digest, key)
        await _close_alert(interaction, alert, AlertVerdict.NOT_A_REPOST)


class ConfirmButton(_AlertButton, template=rf"fvw:ok:(?P<alert>{ID_PART})"):
    """Confirms the repost: posts the public reply it was holding (if any) and closes the alert."""

    def __init__(self, alert_id: int, *, held: bool = False, words: Words | None = None) -> None:
        label = (words or english()).say(
            "watch-button-confirm-reply" if held else "watch-button-confirm"
        )
        super().__init__(
            alert_id,
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.success, custom_id=f"fvw:ok:{alert_id}"
            ),
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ConfirmButton:
        return cls(parse_id(match["alert"]) or 0)

    async def press(self, interaction: BotInteraction) -> None:
        alert = await self.stored_alert(interaction)
        if alert is None:
            return
        if alert.held_reply:
            await post_held_reply(interaction.client, _alerts(interaction), alert)
        await _close_alert(interaction, alert, AlertVerdict.CONFIRMED)


class SearchAllPlatformsButton(_AlertButton, template=rf"fvw:all:(?P<alert>{ID_PART})"):
    """Searches the alert's image on every public platform, answering the moderator privately."""

    def __init__(self, alert_id: int, words: Words | None = None) -> None:
        super().__init__(
            alert_id,
            discord.ui.Button(
                label=(words or english()).say("watch-button-search-all"),
                style=discord.ButtonStyle.primary,
                custom_id=f"fvw:all:{alert_id}",
            ),
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> SearchAllPlatformsButton:
        return cls(parse_id(match["alert"]) or 0)

    async def press(self, interaction: BotInteraction) -> None:
        if await self.stored_alert(interaction) is not None:
            await self._search(interaction)

    async def _search(self, interaction: BotInteraction) -> None:
        attachments = interaction.message.attachments if interaction.message else []
        if not attachments:
            raise UserFacingError(NO_IMAGE)
        sources = [source_from_attachment(attachments[0])]
        await answer_search(interaction, interaction.client, sources, _all_platforms_search)


def _all_platforms_search(settings: GuildSettings) -> AskedSearch:
    """The alert's image again, on every public platform, answered privately."""
    request = settings.request(platform=SearchScope.ALL_PUBLIC)
    return AskedSearch(
        request, SearchContext(True, SearchKind.ALERT_BUTTON, fair_use_limits(settings))
    )


ALERT_BUTTONS = (DeleteMessageButton, NotARepostButton, ConfirmButton, SearchAllPlatformsButton)


def alert_view(
    alert_id: int, channel_id: int, message_id: int, *, held: bool = False, words: Words
) -> discord.ui.View:
    """The buttons of an alert, labelled in the server's `words`: the three verdicts, and
    searching again; persistent, so the view itself never times out."""
    view = FriendlyView(timeout=None)
    view.add_item(DeleteMessageButton(channel_id, message_id, words))
    view.add_item(NotARepostButton(alert_id, words))
    view.add_item(ConfirmButton(alert_id, held=held, words=words))
    view.add_item(SearchAllPlatformsButton(alert_id, words))
    return view


def closed_alert_view(alert: StoredAlert, words: Words) -> discord.ui.View:
    """A closed alert's buttons: the verdicts disabled, searching again still there."""
    view = alert_view(alert.alert_id, alert.channel_id, alert.message_id, words=words)
    for child in view.children:
        if isinstance(child, discord.ui.DynamicItem) and not isinstance(
            child, SearchAllPlatformsButton
        ):
            child.item.disabled = True
    return view


def _alerts(interaction: BotInteraction) -> AlertLog:
    watch = interaction.client.watch
    assert watch is not None  # noqa: S101 - alert buttons exist only with the watch on
    return watch.stores.alerts
