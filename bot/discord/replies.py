"""Answering an interaction safely, whatever state it is in.

Deferring records whether the answer is private, so an error later on can still be shown only to
the user: a public "thinking…" message is deleted and the error sent as an ephemeral followup (a
button that edited its own message keeps it: the error is only the followup).
If the interaction token has expired, the error is logged instead (nobody is waiting any more).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.core.language import Text
from bot.core.text import truncate
from bot.discord.channel_fallback import post_in_channel, token_expired
from bot.discord.embed_limits import MAX_CONTENT
from bot.discord.embeds import error_text
from bot.discord.language import member_words

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
PRIVATE_KEY = "findvideo_private"
ANSWER_KEY = "findvideo_answer"
"""The answer's message, as its edit returned it (the image memory keeps its id: no second
request to learn it)."""
MESSAGE_UPDATES = frozenset(
    {
        discord.InteractionResponseType.deferred_message_update,
        discord.InteractionResponseType.message_update,
    }
)
"""A button's answers that edit its own message: an error after them is only a followup."""


async def defer_answer(interaction: discord.Interaction, *, private: bool) -> None:
    """Acknowledge at once ("thinking…"), before any I/O, remembering whether it is private."""
    interaction.extras[PRIVATE_KEY] = private
    await interaction.response.defer(ephemeral=private, thinking=True)


async def defer_update(interaction: discord.Interaction) -> None:
    """Acknowledge a button press whose answer edits the message the button is on (an error
    after it is a private followup; the message stays)."""
    interaction.extras[PRIVATE_KEY] = False
    await interaction.response.defer()


async def send_embeds(
    interaction: discord.Interaction,
    embeds: Sequence[discord.Embed],
    view: discord.ui.View | None = None,
) -> None:
    """Replace the deferred "thinking…" message with the answer (and its buttons, if any)."""
    try:
        await _replace_thinking(interaction, embeds, view)
    except discord.HTTPException as error:
        if not token_expired(error):
            raise
        if interaction.extras.get(PRIVATE_KEY, False):
            log.warning("the interaction expired before its private answer was ready: dropped")
            return
        log.warning("the interaction expired before its answer was ready: posting in the channel")
        await post_in_channel(interaction, embeds)


async def _replace_thinking(
    interaction: discord.Interaction,
    embeds: Sequence[discord.Embed],
    view: discord.ui.View | None,
) -> None:
    interaction.extras[ANSWER_KEY] = await interaction.edit_original_response(
        content=None, embeds=list(embeds), attachments=[], view=view, allowed_mentions=NO_MENTIONS
    )


async def send_status(interaction: discord.Interaction, text: Text) -> None:
    """Show a progress line in place of "thinking…" (the answer replaces it later), in the
    member's language."""
    content = member_words(interaction).say(text)
    await interaction.edit_original_response(content=content, allowed_mentions=NO_MENTIONS)


async def send_error(interaction: discord.Interaction, message: str | Text) -> None:
    """Show `message` to the invoker only, wherever the interaction stands; a `Text` is said in
    the member's language (a str is already said)."""
    if isinstance(message, Text):
        message = member_words(interaction).say(message)
    try:
        await _send_error_privately(interaction, truncate(error_text(message), MAX_CONTENT))
    except (discord.NotFound, discord.HTTPException) as error:
        log.warning("could not show an error to the user (%s): %s", error, message)


async def _send_error_privately(interaction: discord.Interaction, content: str) -> None:
    if not interaction.response.is_done():
        await interaction.response.send_message(
            content, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return
    if interaction.extras.get(PRIVATE_KEY, False):
        await interaction.edit_original_response(
            content=content, embeds=[], attachments=[], allowed_mentions=NO_MENTIONS
        )
        return
    if interaction.response.type not in MESSAGE_UPDATES:  # never delete the message a button is on
        await interaction.delete_original_response()
    await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
