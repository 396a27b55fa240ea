"""What every store speaks to: `Database` (and `Queries`, what a transaction yields), whichever
engine is behind it (`bot.store.sqlite_database`, `bot.store.postgres_database`)."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Protocol

Params = Sequence[Any]


class Row(Protocol):
    """A row read back: `row["column"]` or `row[0]`; iterating gives the values in order."""

    def __getitem__(self, key: int | str, /) -> Any: ...  # noqa: ANN401 - a column's value

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...


@dataclass(frozen=True)
class PoolStatus:
    """Connections: open now, lent out to a query now, and the most there can be."""

    size: int
    in_use: int
    max_size: int


QueryTimer = Callable[[str, float], None]
"""Told the kind of each statement (`select`, `insert`, ...) and how long it took, in seconds."""


_timers: list[QueryTimer] = []


def time_queries(timer: QueryTimer) -> None:
    """Tell `timer` about every statement of this process from now on (the metrics)."""
    _timers[:] = [timer]


def _statement_kind(sql: str) -> str:
    word = sql.lstrip().split(None, 1)[0].lower() if sql.strip() else ""
    return word if word in {"select", "insert", "update", "delete", "with"} else "other"


class Queries(ABC):
    """Statements, each committed at once (on a `Database`) or with its transaction."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        with self._timed(sql):
            return await self._execute(sql, params)

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._timed(sql):
            return await self._fetch_one(sql, params)

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        with self._timed(sql):
            return await self._fetch_all(sql, params)

    async def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement once per row of parameters (a bulk insert)."""
        with self._timed(sql):
            await self._execute_many(sql, rows)

    def _timed(self, sql: str) -> _Stopwatch:
        return _Stopwatch(_timers[-1] if _timers else None, sql)

    @abstractmethod
    async def _execute(self, sql: str, params: Params) -> int: ...

    @abstractmethod
    async def _fetch_one(self, sql: str, params: Params) -> Row | None: ...

    @abstractmethod
    async def _fetch_all(self, sql: str, params: Params) -> list[Row]: ...

    @abstractmethod
    async def _execute_many(self, sql: str, rows: Sequence[Params]) -> None: ...


class _Stopwatch:
    def __init__(self, timer: QueryTimer | None, sql: str) -> None:
        self._timer = timer
        self._sql = sql
        self._start = 0.0

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *_: object) -> None:
        if self._timer is not None:
            self._timer(_statement_kind(self._sql), time.perf_counter() - self._start)


class Database(Queries):
    """The process's database: shared by every store, safe to use from many coroutines."""

    engine: str
    """`sqlite` or `postgresql`."""
    location: str
    """Where it is, for people: a file path, or host:port/name (never a password)."""

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Queries]:
        """Statements on the yielded `Queries` commit together, or not at all on an error."""

    @abstractmethod
    async def schema_version(self) -> int: ...

    @abstractmethod
    def pool_status(self) -> PoolStatus: ...
