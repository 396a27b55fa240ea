"""Discord payloads for end-to-end tests: building what Discord sends, checking what the bot sends.

:class:`PayloadFactory` builds INTERACTION_CREATE ``d`` payloads, messages and attachments with the
keys discord.py's gateway parser requires (a missing one kills the connection). Every id comes from
the fake's one snowflake generator, so ids never collide and sort by creation time.

The module-level rules (:func:`message_errors`, :func:`mentions_could_fire`) check a message payload
the bot sent against Discord's limits and mention rules.
"""

from __future__ import annotations

import enum
import mimetypes
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

JSONDict = dict[str, Any]
MEMBER_PERMISSIONS = "2248473465835073"  # a regular member: send, embed, attach, use commands
APP_PERMISSIONS = "2251799813685247"  # the bot may do everything in the channel
MANAGE_GUILD, MANAGE_MESSAGES = 1 << 5, 1 << 13
MODERATOR_PERMISSIONS = str(int(MEMBER_PERMISSIONS) | MANAGE_GUILD | MANAGE_MESSAGES)
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
OPTION_STRING, OPTION_INTEGER, OPTION_BOOLEAN, OPTION_NUMBER, OPTION_ATTACHMENT = 3, 4, 5, 10, 11
OPTION_SUBCOMMAND, OPTION_CHANNEL = 1, 7
CHAT_INPUT, MESSAGE_COMMAND = 1, 3
APPLICATION_COMMAND, MESSAGE_COMPONENT = 2, 3


class Guess(enum.Enum):
    """Sentinel: guess an attachment's content type from its filename."""

    FROM_FILENAME = enum.auto()


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


class PayloadFactory:
    """Builds what Discord sends the bot, for the guild, channel and application of ``fake``."""

    def __init__(self, fake: FakeDiscord, *, user_id: int | None = None) -> None:
        self.fake = fake
        self.user_id = user_id if user_id is not None else fake.snowflakes.next()

    def snowflake(self) -> int:
        return self.fake.snowflakes.next()

    def user(self, user_id: int | None = None, *, username: str = "tester") -> JSONDict:
        user_id = self.user_id if user_id is None else user_id
        return {
            "id": str(user_id),
            "username": username,
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
        }

    # attachments and messages

    def attachment(
        self,
        filename: str,
        url: str,
        size: int,
        content_type: str | Guess | None = Guess.FROM_FILENAME,
        *,
        width: int | None = None,
        height: int | None = None,
    ) -> JSONDict:
        """An attachment object; ``content_type=None`` leaves the key out (it happens for real)."""
        attachment: JSONDict = {
            "id": str(self.snowflake()),
            "filename": filename,
            "size": size,
            "url": url,
            "proxy_url": url,
        }
        if isinstance(content_type, Guess):
            content_type = mimetypes.guess_type(filename)[0]
        if content_type is not None:
            attachment["content_type"] = content_type
        if width is not None and height is not None:
            attachment |= {"width": width, "height": height}
        return attachment

    def uploaded(
        self,
        filename: str,
        data: bytes,
        content_type: str | Guess | None = Guess.FROM_FILENAME,
        *,
        size: tuple[int, int] | None = None,
    ) -> JSONDict:
        """An attachment whose bytes the fake serves (the usual way to build one); ``size`` is the
        width and height Discord measured (it does for images)."""
        if isinstance(content_type, Guess):
            content_type = mimetypes.guess_type(filename)[0]
        url = self.fake.add_attachment(filename, data, content_type)
        width, height = size or (None, None)
        return self.attachment(filename, url, len(data), content_type, width=width, height=height)

    def message(
        self,
        attachments: Sequence[JSONDict] = (),
        embeds: Sequence[JSONDict] = (),
        content: str = "",
        *,
        author: JSONDict | None = None,
        channel_id: int | None = None,
    ) -> JSONDict:
        """A message someone posted in a channel of the fake (by default the factory's user, in
        the fake's first channel)."""
        return {
            "id": str(self.snowflake()),
            "channel_id": str(channel_id or self.fake.channel_id),
            "author": author or self.user(username="poster"),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": list(attachments),
            "embeds": list(embeds),
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }

    # interactions

    def slash_command(
        self,
        name: str,
        options: Mapping[str, object] | None = None,
        *,
        user_id: int | None = None,
        subcommand: str | None = None,
        permissions: str | None = None,
        locale: str = "en-US",
    ) -> JSONDict:
        """A chat-input command invocation; an attachment dict value becomes a type-11 option, a
        :meth:`channel` dict a type-7 one. ``permissions``: the invoking member's (default: a
        regular member's); ``locale``: the language their Discord runs in."""
        command_options = [_option(key, value) for key, value in (options or {}).items()]
        data = self._command_data(name, CHAT_INPUT)
        data["options"] = command_options
        if subcommand is not None:
            data["options"] = [
                {"name": subcommand, "type": OPTION_SUBCOMMAND, "options": command_options}
            ]
        if resolved := _resolved(options or {}):
            data["resolved"] = resolved
        return self.interaction(
            APPLICATION_COMMAND, data, user_id=user_id, permissions=permissions, locale=locale
        )

    def channel(self, channel_id: int, name: str = "mod-log") -> JSONDict:
        """A text channel as a command option value (Discord's resolved partial channel)."""
        return {
            "id": str(channel_id),
            "name": name,
            "type": 0,
            "permissions": MODERATOR_PERMISSIONS,
            "guild_id": str(self.fake.guild_id),
            "parent_id": None,
        }

    def message_context_menu(
        self,
        name: str,
        message: JSONDict,
        *,
        user_id: int | None = None,
        permissions: str | None = None,
        locale: str = "en-US",
    ) -> JSONDict:
        """A right-click "Apps > name" on ``message``, which arrives in ``data.resolved``."""
        data = self._command_data(name, MESSAGE_COMMAND)
        data["target_id"] = message["id"]
        data["resolved"] = {"messages": {message["id"]: message}}
        return self.interaction(
            APPLICATION_COMMAND, data, user_id=user_id, permissions=permissions, locale=locale
        )

    def component(
        self,
        custom_id: str,
        message: JSONDict,
        *,
        component_type: int = 2,
        user_id: int | None = None,
        permissions: str | None = None,
    ) -> JSONDict:
        """A press on a component (button by default) of ``message`` (e.g. ``record.original``);
        ``permissions``: the member's (default: a regular member's)."""
        data = {"custom_id": custom_id, "component_type": component_type}
        payload = self.interaction(
            MESSAGE_COMPONENT, data, user_id=user_id, permissions=permissions
        )
        payload["message"] = message
        return payload

    def interaction(
        self,
        interaction_type: int,
        data: JSONDict,
        *,
        user_id: int | None = None,
        permissions: str | None = None,
        locale: str = "en-US",
    ) -> JSONDict:
        """The INTERACTION_CREATE ``d`` envelope around ``data`` (every key discord.py requires);
        ``locale``: the member's Discord language, which Discord sends with every interaction."""
        guild_id, channel_id = str(self.fake.guild_id), str(self.fake.channel_id)
        return {
            "id": str(self.snowflake()),
            "application_id": str(self.fake.application_id),
            "type": interaction_type,
            "token": f"fake-interaction-{secrets.token_urlsafe(32)}",
            "version": 1,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "guild_id": guild_id,
            "guild": {"id": guild_id, "locale": self.fake.guild_locale, "features": []},
            "channel_id": channel_id,
            "channel": {**text_channel(channel_id, guild_id), "permissions": APP_PERMISSIONS},
            "member": self._member(user_id, permissions or MEMBER_PERMISSIONS),
            "app_permissions": APP_PERMISSIONS,
            "locale": locale,
            "guild_locale": self.fake.guild_locale,
            "entitlements": [],
            "authorizing_integration_owners": {"0": guild_id},
            "context": 0,
            "data": data,
        }

    def _member(self, user_id: int | None, permissions: str) -> JSONDict:
        """A member; one with Manage Messages holds the guild's moderator role (so their
        permissions in other channels follow from the guild's roles, as on Discord)."""
        moderator = int(permissions) & MANAGE_MESSAGES
        return {
            "user": self.user(user_id),
            "roles": [str(self.fake.moderator_role_id)] if moderator else [],
            "flags": 0,
            "joined_at": "2024-01-01T00:00:00.000000+00:00",
            "deaf": False,
            "mute": False,
            "nick": None,
            "avatar": None,
            "premium_since": None,
            "pending": False,
            "communication_disabled_until": None,
            "permissions": permissions,
        }

    def _command_data(self, name: str, command_type: int) -> JSONDict:
        """Command data with the id (and guild) the fake gave the command at its last sync."""
        data: JSONDict = {"id": str(self.snowflake()), "name": name, "type": command_type}
        for sync in reversed(self.fake.command_syncs):
            for command in sync.commands:
                if command["name"] == name and command.get("type", 1) == command_type:
                    data["id"] = command["id"]
                    if sync.scope != "global":
                        data["guild_id"] = str(sync.scope)
                    return data
        return data


def _is_channel(value: object) -> bool:
    return isinstance(value, dict) and "filename" not in value and "permissions" in value


def _resolved(options: Mapping[str, object]) -> JSONDict:
    """``data.resolved`` for the attachment and channel options among ``options``."""
    values = [value for value in options.values() if isinstance(value, dict)]
    resolved: JSONDict = {}
    if attachments := {v["id"]: v for v in values if not _is_channel(v)}:
        resolved["attachments"] = attachments
    if channels := {v["id"]: v for v in values if _is_channel(v)}:
        resolved["channels"] = channels
    return resolved


def _option(name: str, value: object) -> JSONDict:
    """One command option; bool is checked before int because bool is an int subclass."""
    if isinstance(value, dict) and _is_channel(value):
        return {"name": name, "type": OPTION_CHANNEL, "value": value["id"]}
    if isinstance(value, dict):
        return {"name": name, "type": OPTION_ATTACHMENT, "value": value["id"]}
    if isinstance(value, bool):
        return {"name": name, "type": OPTION_BOOLEAN, "value": value}
    if isinstance(value, int):
        return {"name": name, "type": OPTION_INTEGER, "value": value}
    if isinstance(value, float):
        return {"name": name, "type": OPTION_NUMBER, "value": value}
    if isinstance(value, str):
        return {"name": name, "type": OPTION_STRING, "value": value}
    raise TypeError(f"unsupported option value for {name!r}: {value!r}")


def text_channel(
    channel_id: str,
    guild_id: str,
    *,
    name: str = "general",
    overwrites: Sequence[JSONDict] = (),
) -> JSONDict:
    """A text channel of the fake guild (by default its first one), as Discord describes one."""
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": name,
        "position": 0,
        "permission_overwrites": list(overwrites),
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


# -- message rules -------------------------------------------------------------------------------

EMBED_TEXT_LIMITS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("title",), 256),
    (("description",), 4096),
    (("footer", "text"), 2048),
    (("author", "name"), 256),
)
FIELD_TEXT_LIMITS = (("name", 256), ("value", 1024))


def _error_leaf(code: str, message: str) -> JSONDict:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> JSONDict:
    return _error_leaf("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _put(tree: JSONDict, path: tuple[str, ...], leaf: JSONDict) -> None:
    for key in path[:-1]:
        tree = tree.setdefault(key, {})
    tree[path[-1]] = leaf


def _dig(mapping: JSONDict, path: tuple[str, ...]) -> str:
    value: Any = mapping
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, str) else ""


def embed_texts(embed: JSONDict) -> Iterator[tuple[tuple[str, ...], str, int]]:
    """(path, text, limit) for every length-limited text of an embed."""
    for path, limit in EMBED_TEXT_LIMITS:
        yield path, _dig(embed, path), limit
    for index, embed_field in enumerate(embed.get("fields") or []):
        for key, limit in FIELD_TEXT_LIMITS:
            yield ("fields", str(index), key), _dig(embed_field, (key,)), limit


def _embed_errors(embed: JSONDict) -> JSONDict:
    errors: JSONDict = {}
    for path, text, limit in embed_texts(embed):
        if len(text) > limit:
            _put(errors, path, _too_long(limit))
    if len(embed.get("fields") or []) > 25:
        errors["fields"] = _too_long(25)
    return errors


def _embeds_errors(embeds: list[JSONDict]) -> JSONDict:
    if len(embeds) > 10:
        return _too_long(10)
    errors: JSONDict = {str(i): e for i, embed in enumerate(embeds) if (e := _embed_errors(embed))}
    total = sum(len(text) for embed in embeds for _, text, _ in embed_texts(embed))
    if total > 6000 and not errors:
        return _error_leaf("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
    return errors


def message_errors(payload: JSONDict) -> JSONDict:
    """Discord's nested ``errors`` object for a message payload over the limits ({} when valid)."""
    errors: JSONDict = {}
    if len(payload.get("content") or "") > 2000:
        errors["content"] = _too_long(2000)
    if embeds := _embeds_errors(payload.get("embeds") or []):
        errors["embeds"] = embeds
    return errors


def is_empty_message(payload: JSONDict, *, has_files: bool) -> bool:
    """Discord refuses to create a message with nothing in it (error 50006)."""
    keys = ("content", "embeds", "components", "attachments", "sticker_ids", "poll")
    return not has_files and not any(payload.get(key) for key in keys)


# -- allowed mentions ----------------------------------------------------------------------------

USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
PINGING_PARSE = frozenset({"everyone", "roles", "users"})


def _message_texts(payload: JSONDict) -> str:
    texts = [payload.get("content") or ""]
    for embed in payload.get("embeds") or []:
        texts += [text for _, text, _ in embed_texts(embed)]
    return "\n".join(texts)


def mentions_could_fire(payload: JSONDict) -> bool:
    """Whether this message payload could ping anyone (conservative; embeds count as text).

    True when ``allowed_mentions`` is missing (Discord then parses every mention), when its
    ``parse`` list names everyone/roles/users, or when its explicit ``users``/``roles`` lists
    contain an id mentioned in the content or embeds. ``AllowedMentions.none()`` -> False.
    """
    allowed = payload.get("allowed_mentions")
    if not isinstance(allowed, dict):
        return True
    if PINGING_PARSE & set(allowed.get("parse") or ()):
        return True
    text = _message_texts(payload)
    users = {str(u) for u in allowed.get("users") or ()} & set(USER_MENTION.findall(text))
    roles = {str(r) for r in allowed.get("roles") or ()} & set(ROLE_MENTION.findall(text))
    return bool(users or roles)
