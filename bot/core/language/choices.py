"""Names Discord's own interface shows, as `Text`s: a command choice's (its catalogue id derived
from its English name, `All public platforms` → `command-choice-all-public-platforms`, the id the
command translator gives Discord, so a label in a sentence reads as the menu shows it), and a
permission's (as Discord's settings call it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.language.text import Text

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """`This server's video library` → `this-server-s-video-library`."""
    return _NOT_ID.sub("-", text.lower()).strip("-")


def choice_text(english: str) -> Text:
    """The choice whose English name is `english`, to be said in the reader's language."""
    return Text(f"command-choice-{slug(english)}")


def permission_names(names: Sequence[str]) -> tuple[Text, ...]:
    """Permissions (discord.py's attribute names, `attach_files`) as Discord's settings call
    them (`modlog-permission-attach-files`: **Attach Files**)."""
    return tuple(Text(f"modlog-permission-{name.replace('_', '-')}") for name in names)
