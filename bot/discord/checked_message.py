"""The message a "Find source video" check was about, as its answer offers it: **Jump to
message**, **Delete message** (for members with Manage Messages in its channel), and "Post
publicly" as a reply to it, once.

The delete button is a `DynamicItem` (it works after a restart); nothing in its custom id is
trusted: the channel must be this server's and the member must be allowed to manage messages
there (`bot.discord.button_checks`).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.evidence.followups import StoredSearch
from bot.core.language import Text, Words
from bot.core.ports import StoredSearches
from bot.core.seen.message_links import jump_url
from bot.discord.button_checks import (
    ID_PART,
    cannot_delete_text,
    may_manage_messages_in,
    parse_id,
    valid_ids,
)
from bot.discord.interaction_errors import FriendlyButton, FriendlyView
from bot.discord.language import answer_words, member_words
from bot.discord.replies import NO_MENTIONS, send_error

if TYPE_CHECKING:
    from bot.discord.app import BotInteraction

log = logging.getLogger(__name__)

MESSAGE_COMMAND = 3


def checked_message_id(interaction: discord.Interaction) -> int | None:
    """The message a message command (the "Find source video" menu) was run on, else None."""
    data: Any = interaction.data or {}
    if data.get("type") != MESSAGE_COMMAND:
        return None
    return parse_id(str(data.get("target_id", "")))


class DeleteCheckedButton(
    FriendlyButton,
    template=rf"fv:delmsg:(?P<channel>{ID_PART}):(?P<message>{ID_PART})",
):
    """Deletes the checked message, for a member allowed to manage messages in its channel."""

    def __init__(self, channel_id: int, message_id: int, label: str) -> None:
        self.channel_id, self.message_id = channel_id, message_id
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.danger,
                custom_id=f"fv:delmsg:{channel_id}:{message_id}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> DeleteCheckedButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        channel_id, message_id = parse_id(match["channel"]) or 0, parse_id(match["message"]) or 0
        return cls(channel_id, message_id, label or "fv:delmsg")

    async def allowed(self, interaction: BotInteraction) -> bool:
        if not await valid_ids(interaction, self.channel_id, self.message_id):
            return False
        return await may_manage_messages_in(interaction, self.channel_id)

    async def press(self, interaction: BotInteraction) -> None:
        channel = interaction.client.get_partial_messageable(self.channel_id)
        try:
            await channel.get_partial_message(self.message_id).delete()
        except discord.Forbidden:
            await send_error(interaction, cannot_delete_text(self.channel_id))
            return
        except discord.NotFound:
            pass  # already gone: say so as for a deletion
        await interaction.response.edit_message(view=_after_delete(interaction))


def _after_delete(interaction: discord.Interaction) -> discord.ui.View | None:
    """The answer's buttons with this one disabled and saying what happened."""
    done = member_words(interaction).say("answer-button-deleted")
    return _with_button_done(interaction, "fv:delmsg:", done)


def _with_button_done(
    interaction: discord.Interaction, custom_id_prefix: str, label: str
) -> discord.ui.View | None:
    """The pressed message's buttons, the one whose custom id starts with `custom_id_prefix`
    disabled and relabelled `label` (what it did)."""
    if interaction.message is None:
        return None
    view = discord.ui.View.from_message(interaction.message, timeout=None)
    for child in view.children:
        if isinstance(child, discord.ui.Button) and (child.custom_id or "").startswith(
            custom_id_prefix
        ):
            child.disabled, child.label = True, label
    return view


def checked_message_view(
    guild_id: int | None, channel_id: int, message_id: int, words: Words
) -> discord.ui.View:
    """Jump to the checked message, and delete it (labelled in `words`' language)."""
    view = FriendlyView(timeout=None)
    link = jump_url(guild_id, channel_id, message_id)
    view.add_item(discord.ui.Button(label=words.say("answer-button-jump"), url=link))
    delete = words.say("answer-button-delete")
    view.add_item(DeleteCheckedButton(channel_id, message_id, delete))
    return view


async def share_as_reply(
    interaction: BotInteraction, search: StoredSearch, store: StoredSearches
) -> None:
    """The private answer posted publicly as a reply to the checked message, with a jump link,
    credited to whoever shares it (in the words of a public answer); once (a second press points
    at the first post)."""
    if not await store.mark_shared(search.search_id, 0):
        await send_error(interaction, _already_shared(interaction, search))
        return
    await interaction.response.edit_message(view=_shared_view(interaction))
    posted = await _post_reply(interaction, search, await _public_words(interaction))
    if posted is None:
        await store.unclaim(search.search_id)
        return
    await store.mark_shared(search.search_id, posted.id)


def _already_shared(interaction: discord.Interaction, search: StoredSearch) -> Text:
    """Where the public copy is; "a moment ago" while the copy being posted has no id yet."""
    shared = search.shared_message_id
    if not shared or search.channel_id is None:
        return Text("error-already-shared-just-now")
    return Text(
        "error-already-shared", link=jump_url(interaction.guild_id, search.channel_id, shared)
    )


def _shared_view(interaction: discord.Interaction) -> discord.ui.View | None:
    """The answer's buttons with "Post publicly" disabled and saying it was done."""
    done = member_words(interaction).say("answer-button-posted-publicly")
    return _with_button_done(interaction, "fv:public:", done)


async def _public_words(interaction: BotInteraction) -> Words:
    """The words of the public copy, as of a public answer: the server's chosen language, else
    the member's (read after the press is acknowledged: no acknowledgement waits for it)."""
    settings = await interaction.client.services.settings_for(interaction.guild_id)
    return answer_words(interaction, settings.language, private=False)


async def _post_reply(
    interaction: discord.Interaction, search: StoredSearch, words: Words
) -> discord.Message | None:
    """Post as a reply to the checked message; where the bot may not post in the channel (or the
    search knows no message), as the interaction's public follow-up instead."""
    embeds = list(interaction.message.embeds) if interaction.message else []
    member = interaction.user.mention
    credit = words.say("answer-shared-by", member=member)
    channel_id = interaction.channel_id
    if search.message_id is not None and channel_id is not None:
        link = jump_url(interaction.guild_id, channel_id, search.message_id)
        credit = words.say("answer-shared-by-on", member=member, link=link)
        channel = interaction.client.get_partial_messageable(
            channel_id, guild_id=interaction.guild_id
        )
        target = channel.get_partial_message(search.message_id)
        try:
            return await channel.send(
                content=credit,
                embeds=embeds,
                reference=target.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as error:
            log.info("the shared answer could not be posted as a reply: %s", error)
    return await interaction.followup.send(
        content=credit, embeds=embeds, allowed_mentions=NO_MENTIONS, wait=True
    )
