"""Watched channels in the metrics: images by what became of them, and the queue's length."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import Counter, Gauge

from bot.core.watch.watch_tally import WatchCounts

WATCH_IMAGES = Counter(
    "findvideo_watch_images",
    "Images of watched channels by what became of them (checked, alerts, searches spent,"
    " skipped:<reason>)",
    ["outcome"],
)
WATCH_QUEUE = Gauge("findvideo_watch_queue_length", "Watch checks waiting in this process")


class MeteredWatchCounts:
    """A `WatchCounts` that also counts every addition in the process's metrics."""

    def __init__(self, counts: WatchCounts) -> None:
        self._counts = counts

    async def add(self, guild_id: int, channel_id: int, day: str, name: str, n: int) -> None:
        WATCH_IMAGES.labels(name).inc(n)
        await self._counts.add(guild_id, channel_id, day, name, n)

    async def of_channel(self, guild_id: int, channel_id: int, day: str) -> dict[str, int]:
        return await self._counts.of_channel(guild_id, channel_id, day)

    async def of_server(self, guild_id: int, day: str) -> dict[str, int]:
        return await self._counts.of_server(guild_id, day)


def watch_queue_length(length: Callable[[], int]) -> None:
    """Report the watch queue's length (read when Prometheus scrapes)."""
    WATCH_QUEUE.set_function(lambda: float(length()))
