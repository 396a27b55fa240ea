"""Searches behind follow-up buttons, in the database (table `stored_searches`), as JSON columns."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Any

from bot.core.evidence.followups import StoredSearch
from bot.core.images.variant import CutMode, Transform, Variant
from bot.core.request import SearchRequest
from bot.core.scope import SearchScope
from bot.core.sources import ImageSource
from bot.store.database import Database, Row

_COLUMNS = (
    "guild_id, channel_id, user_id, sources, request, private, shareable, created_at, message_id"
)
_INSERT = (
    f"INSERT INTO stored_searches ({_COLUMNS}) "  # noqa: S608 - constants
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING search_id"
)
_INSERT_WITH_ID = (
    f"INSERT INTO stored_searches (search_id, {_COLUMNS}) "  # noqa: S608 - constants
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING search_id"
)


def _request_json(request: SearchRequest) -> str:
    fields = asdict(request)
    fields["scope"] = request.scope.value
    return json.dumps(fields)


def _request(text: str) -> SearchRequest:
    fields: dict[str, Any] = json.loads(text)
    fields["scope"] = SearchScope(fields["scope"])
    variant = fields.pop("variant", None)  # searches stored before variants existed have none
    if variant is not None:
        fields["variant"] = Variant(CutMode(variant["cut"]), Transform(variant["transform"]))
    return SearchRequest(**fields)


def _search(row: Row) -> StoredSearch:
    sources = tuple(ImageSource(**source) for source in json.loads(row["sources"]))
    return StoredSearch(
        search_id=row["search_id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        user_id=row["user_id"],
        sources=sources,
        request=_request(row["request"]),
        private=bool(row["private"]),
        shareable=bool(row["shareable"]),
        created_at=row["created_at"],
        message_id=row["message_id"],
        shared_message_id=row["shared_message_id"],
    )


class SqliteStoredSearches:
    """`StoredSearches` on the bot's database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def add(self, search: StoredSearch) -> StoredSearch:
        """Store `search` under its `search_id` (0: the database numbers it); returns it with
        the id it got."""
        sources = json.dumps([asdict(source) for source in search.sources])
        values = (search.guild_id, search.channel_id, search.user_id, sources)
        flags = (int(search.private), int(search.shareable), search.created_at)
        params = (*values, _request_json(search.request), *flags, search.message_id)
        if search.search_id:
            row = await self.database.fetch_one(_INSERT_WITH_ID, (search.search_id, *params))
        else:
            row = await self.database.fetch_one(_INSERT, params)
        return replace(search, search_id=int(row[0]) if row else 0)

    async def get(self, search_id: int) -> StoredSearch | None:
        row = await self.database.fetch_one(
            "SELECT * FROM stored_searches WHERE search_id = ?", (search_id,)
        )
        return None if row is None else _search(row)

    async def mark_shared(self, search_id: int, message_id: int) -> bool:
        """`message_id` 0 claims the share before posting (False: already shared or claimed);
        another id notes the post."""
        if message_id == 0:
            claimed = await self.database.execute(
                "UPDATE stored_searches SET shared_message_id = 0"
                " WHERE search_id = ? AND shared_message_id IS NULL",
                (search_id,),
            )
            return claimed == 1
        await self.database.execute(
            "UPDATE stored_searches SET shared_message_id = ? WHERE search_id = ?",
            (message_id, search_id),
        )
        return True

    async def unclaim(self, search_id: int) -> None:
        """A claimed share that could not be posted may be tried again."""
        await self.database.execute(
            "UPDATE stored_searches SET shared_message_id = NULL"
            " WHERE search_id = ? AND shared_message_id = 0",
            (search_id,),
        )

    async def purge_before(self, at: float) -> int:
        return await self.database.execute(
            "DELETE FROM stored_searches WHERE created_at < ?", (at,)
        )
