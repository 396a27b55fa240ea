"""The floor: the least a bot can do to answer `/findvideo` with memories.ai, for benchmarks.

Run: `python -m benchmarks.minimal_bot` with the same environment as the bot (DISCORD_TOKEN,
MEMORIES_API_KEY, and the DISCORD_API_BASE_URL / DISCORD_GATEWAY_URL / MEMORIES_API_BASE_URL of
the local fakes). `benchmarks/bench_production.py` starts it beside the real bot.

Per command it does only what every answer needs: defer, download the attachment, upload it to
the public search (one library), edit the matches into the answer as one embed. No settings, no
checks, no cache, no fair use, no history, no evidence, no buttons: what is left is the cost of
discord.py, aiohttp and the round trips themselves, which no bot can go below. Figures of the real
bot are printed as ratios of this one's.

With MINIMAL_BOT_DECODE=1 it is "pixels", the second reference: the same bot, plus the least pixel
work a bot must do if it decides from the image before searching (the real bot must: it finds and
cuts the borders and captions reposters add, and proves the file decodes). After the download, each
image is decoded once in a pool of 2 worker processes (as the real bot's decodes are), a JPEG at a
quarter of its size (enough to decide a cut), and only then uploaded. Whatever the real bot spends
beyond pixels is its own; what pixels spends beyond the floor, no such bot can avoid.

The floor's download is one `read(n)`, which returns what has arrived so far: from the local fake
Discord, about the first 128 KB of the image, which is all it uploads. Pixels reads to the end (a
decode needs every byte), so it also uploads the whole image.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from io import BytesIO
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands
from PIL import Image

DEFAULT_API = "https://api.memories.ai/serve/api/v1"
SEARCH_PATH = "/search_public_similar_images"
MAX_DOWNLOAD = 20 * 1024 * 1024
SHOWN = 5
NO_MENTIONS = discord.AllowedMentions.none()
DECODE_ENV = "MINIMAL_BOT_DECODE"
"""Set to 1: decode each image before searching ("pixels")."""
DECODE_WORKERS = 2

log = logging.getLogger("minimal_bot")


class MinimalBot(discord.Client):
    """One slash command, `/findvideo image:`, answered in four steps (five with `decode`)."""

    def __init__(self, api_base: str, api_key: str, *, decode: bool = False) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS)
        self.tree = app_commands.CommandTree(self)
        self.api_base = api_base.rstrip("/")
        self.api_key = api_key
        self.session: aiohttp.ClientSession | None = None
        self.decode = decode
        self.pool: ProcessPoolExecutor | None = None
        self.tree.command(name="findvideo", description="Find the video an image comes from")(
            self.findvideo
        )

    async def setup_hook(self) -> None:
        self.session = aiohttp.ClientSession()
        if self.decode:  # not fork: the bot process has threads
            context = multiprocessing.get_context("forkserver")
            self.pool = ProcessPoolExecutor(DECODE_WORKERS, mp_context=context)

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        if self.pool is not None:
            await asyncio.to_thread(self.pool.shutdown, cancel_futures=True)
        await super().close()

    async def findvideo(self, interaction: discord.Interaction, image: discord.Attachment) -> None:
        await interaction.response.defer(thinking=True)
        try:
            data = await self.download(image.url)
            if self.pool is not None:
                await asyncio.get_running_loop().run_in_executor(self.pool, decode, data)
            hits = await self.search(data, image.filename, image.content_type or "image/png")
            embed = render(image.filename, hits)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            log.warning("search failed: %r", error)
            embed = discord.Embed(description="That search failed; please try again.")
        await interaction.edit_original_response(embed=embed)

    async def download(self, url: str) -> bytes:
        assert self.session is not None
        timeout = aiohttp.ClientTimeout(total=15)
        async with self.session.get(url, timeout=timeout) as response:
            response.raise_for_status()
            data = await read_whole(response.content)  # one read(n) returns what has arrived
        if len(data) > MAX_DOWNLOAD:
            raise ValueError("the image is over 20 MB")
        return data

    async def search(self, data: bytes, filename: str, content_type: str) -> list[Any]:
        assert self.session is not None
        form = aiohttp.FormData()
        form.add_field("file", data, filename=filename, content_type=content_type)
        form.add_field("type", "TIKTOK")
        form.add_field("similarity", "0.85")
        headers = {"Authorization": self.api_key}
        timeout = aiohttp.ClientTimeout(total=30)
        url = self.api_base + SEARCH_PATH
        async with self.session.post(url, data=form, headers=headers, timeout=timeout) as response:
            body = await response.json()
        if not isinstance(body, dict) or not body.get("success"):
            raise ValueError(f"the API refused the search: {body!r:.200}")
        return list(body.get("data") or [])


async def read_whole(content: aiohttp.StreamReader) -> bytes:
    """The body up to MAX_DOWNLOAD + 1 bytes, however many reads that takes."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_DOWNLOAD and (chunk := await content.read(MAX_DOWNLOAD + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def decode(data: bytes) -> None:
    """Decode the image once (in a worker): a JPEG at a quarter of its size, enough to decide a
    cut. ValueError if it does not decode."""
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format == "JPEG":
                width, height = image.size
                image.draft("RGB", (width // 4, height // 4))
            image.load()
    except (OSError, Image.DecompressionBombError) as error:
        raise ValueError(f"the image does not decode: {error}") from None


def render(filename: str, hits: list[Any]) -> discord.Embed:
    """The matches as one embed: rank, similarity, title, moment and video id."""
    embed = discord.Embed(title=f"Matches for {discord.utils.escape_markdown(filename)[:200]}")
    if not hits:
        embed.description = "No video matched."
        return embed
    lines = []
    for rank, found in enumerate(hits[:SHOWN], start=1):
        title = discord.utils.escape_markdown(str(found.get("videoName", "")))[:100]
        score = float(found.get("score") or 0) * 100
        moment = found.get("startTime", "?")
        lines.append(
            f"{rank}. {score:.0f}% similar · {title} · at {moment} s · `{found['videoNo']}`"
        )
    embed.description = "\n".join(lines)
    return embed


def point_at_proxies() -> None:
    """Use the DISCORD_API_BASE_URL and DISCORD_GATEWAY_URL of the fakes, as the real bot does."""
    if rest := os.environ.get("DISCORD_API_BASE_URL"):
        discord.http.Route.BASE = rest
    if gateway := os.environ.get("DISCORD_GATEWAY_URL"):
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    point_at_proxies()
    bot = MinimalBot(
        os.environ.get("MEMORIES_API_BASE_URL", DEFAULT_API),
        os.environ["MEMORIES_API_KEY"],
        decode=os.environ.get(DECODE_ENV) == "1",
    )
    loop = asyncio.get_running_loop()
    for stop in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(stop, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":
    asyncio.run(main())
