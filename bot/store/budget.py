"""API calls per server per UTC day in the database (table `api_budget`), for the daily budget."""

from __future__ import annotations

from bot.store.database import Database

_ADD = (
    "INSERT INTO api_budget (guild_id, day, calls) VALUES (?, ?, ?) "
    "ON CONFLICT (guild_id, day) DO UPDATE SET calls = api_budget.calls + excluded.calls"
)


class SqliteBudgetLedger:
    """`DailyBudgetLedger` on the bot's database; survives restarts, so a day's budget holds."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def used(self, guild_id: int, day: str) -> int:
        row = await self.database.fetch_one(
            "SELECT calls FROM api_budget WHERE guild_id = ? AND day = ?", (guild_id, day)
        )
        return 0 if row is None else int(row["calls"])

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        await self.database.execute(_ADD, (guild_id, day, calls))

    async def purge_before(self, day: str) -> int:
        """Forget the days before `day` (`YYYY-MM-DD` sorts as text)."""
        return await self.database.execute("DELETE FROM api_budget WHERE day < ?", (day,))
