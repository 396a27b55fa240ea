"""The checks every persistent button makes before it acts on the ids in its custom id.

A custom id is text a client sends back: it can be forged (another server, another member, ids
that are huge or not ASCII digits). So a button trusts nothing in it: the ids are parsed strictly
(`parse_id`), the stored search or alert they name must belong to the server (and member) pressing
(`belongs_here`), and a button that changes another channel checks the member's permission in that
channel (`may_manage_messages_in`). Each check refuses with a private sentence and returns False;
the caller then does nothing, so a refused press costs no API call and changes nothing.
"""

from __future__ import annotations

import discord

from bot.core.language import Text
from bot.discord.permissions import MANAGE_MESSAGES, member_has_in
from bot.discord.replies import send_error

ID_PART = r"[^:]{1,100}"
"""What a button's template accepts as an id; `parse_id` decides whether it is one."""
MAX_ID = 2**63 - 1
"""The largest id a database integer (and a Discord snowflake) holds."""
NOT_VALID = Text("error-button-not-valid")
ELSEWHERE = Text("error-button-elsewhere")
NOT_YOURS = Text("error-button-not-yours")


def parse_id(text: str) -> int | None:
    """The id in a custom id's part: ASCII digits only, within a database integer; else None."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


async def valid_ids(interaction: discord.Interaction, *ids: int | None) -> bool:
    """Whether every id of the custom id parsed; refuses the press otherwise."""
    if all(ids):
        return True
    await send_error(interaction, NOT_VALID)
    return False


async def belongs_here(
    interaction: discord.Interaction, guild_id: int | None, user_id: int | None = None
) -> bool:
    """Whether a stored search or alert of `guild_id` (and, when given, `user_id`'s) may be acted
    on by this press: same server (or both in direct messages), same member. Refuses otherwise."""
    if guild_id != interaction.guild_id:
        await send_error(interaction, ELSEWHERE)
        return False
    if user_id is not None and user_id != interaction.user.id:
        await send_error(interaction, NOT_YOURS)
        return False
    return True


async def may_manage_messages_in(interaction: discord.Interaction, channel_id: int) -> bool:
    """Whether the member pressing has Manage Messages in `channel_id`, a channel of the server
    the press comes from (not only in the channel the button is in). Refuses otherwise."""
    guild, member = interaction.guild, interaction.user
    channel = guild.get_channel_or_thread(channel_id) if guild is not None else None
    if channel is None or not isinstance(member, discord.Member):
        await send_error(interaction, ELSEWHERE)
        return False
    if member_has_in(member, channel, MANAGE_MESSAGES):
        return True
    await send_error(
        interaction, Text("error-button-needs-manage-messages", channel=f"<#{channel_id}>")
    )
    return False


def cannot_delete_text(channel_id: int) -> Text:
    """Why a delete button's deletion failed: the bot lacks Manage Messages in `channel_id`."""
    return Text("error-cannot-delete", channel=f"<#{channel_id}>")
