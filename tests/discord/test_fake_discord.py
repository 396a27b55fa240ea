"""The fake Discord and its harness, proven against the real, unmodified discord.py.

A tiny bot defined here exercises each path the findvideo bot will use: defer then edit the original
with an embed, ephemeral replies, followups with files, a message context menu, a button, and the
ways a bot can break Discord's rules.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fakes.discord_harness import BotSession, pointed_at, running_bot
from tests.fakes.discord_payloads import PayloadFactory, message_errors
from tests.fakes.discord_server import FakeDiscord, SentFile, mentions_could_fire

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REPORT = b"frame,score\n12,0.93\n"


class TinyBot(commands.Bot):
    """Just enough bot: one command per interaction path, plus a few rule breakers."""

    def __init__(self) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            guild_ready_timeout=0.01,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.http_errors: list[discord.HTTPException] = []

    async def setup_hook(self) -> None:
        for command in COMMANDS:
            self.tree.add_command(command)
        self.tree.add_command(
            app_commands.ContextMenu(name="Inspect message", callback=inspect_message)
        )
        await self.tree.sync()


@app_commands.command(description="Describe an image.")
async def inspect(interaction: discord.Interaction, image: discord.Attachment) -> None:
    await interaction.response.defer(thinking=True)
    data = await image.read()
    embed = discord.Embed(title=image.filename, description=hashlib.sha256(data).hexdigest())
    await interaction.edit_original_response(embed=embed)


@app_commands.command(description="Answer only to the caller.")
async def secret(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("psst", ephemeral=True)


@app_commands.command(description="Send a report file.")
async def report(interaction: discord.Interaction) -> None:
    await interaction.response.defer()
    await interaction.followup.send("report", file=discord.File(io.BytesIO(REPORT), "report.csv"))


class Pager(discord.ui.View):
    @discord.ui.button(label="Next", custom_id="pager:next")
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]):
        await interaction.response.edit_message(content="page 2")


@app_commands.command(description="A message with a button.")
async def pager(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("page 1", view=Pager())


@app_commands.command(description="Post in the channel instead of answering.")
async def fallback(interaction: discord.Interaction) -> None:
    await interaction.response.defer(ephemeral=True)
    assert isinstance(interaction.channel, discord.TextChannel)
    await interaction.channel.send("@everyone look")


@app_commands.command(description="Acknowledge twice (a bug).")
async def double(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("once")
    route = discord.http.Route(
        "POST",
        "/interactions/{webhook_id}/{webhook_token}/callback",
        webhook_id=interaction.id,
        webhook_token=interaction.token,
    )
    try:
        await interaction.client.http.request(route, json={"type": 4, "data": {"content": "2"}})
    except discord.HTTPException as error:
        _tiny(interaction.client).http_errors.append(error)


@app_commands.command(description="An embed title over 256 characters (a bug).")
async def too_long(interaction: discord.Interaction) -> None:
    try:
        await interaction.response.send_message(embed=discord.Embed(title="x" * 257))
    except discord.HTTPException as error:
        _tiny(interaction.client).http_errors.append(error)


@app_commands.command(description="Edit @original before responding (a bug).")
async def edit_first(interaction: discord.Interaction) -> None:
    try:
        await interaction.edit_original_response(content="too early")
    except discord.HTTPException as error:
        _tiny(interaction.client).http_errors.append(error)


@app_commands.command(description="Never finish.")
async def hang(interaction: discord.Interaction) -> None:
    await asyncio.Event().wait()


@app_commands.command(description="Raise.")
async def boom(interaction: discord.Interaction) -> None:
    raise RuntimeError("boom")


async def inspect_message(interaction: discord.Interaction, message: discord.Message) -> None:
    names = ", ".join(attachment.filename for attachment in message.attachments)
    await interaction.response.send_message(f"{len(message.attachments)}: {names}", ephemeral=True)


SlashCommand = app_commands.Command[Any, ..., None]
COMMANDS: list[SlashCommand] = [
    inspect,
    secret,
    report,
    pager,
    fallback,
    double,
    too_long,
    edit_first,
    hang,
    boom,
]


def _tiny(client: discord.Client) -> TinyBot:
    assert isinstance(client, TinyBot)
    return client


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
async def session(fake: FakeDiscord) -> AsyncIterator[BotSession]:
    async with running_bot(TinyBot(), fake) as running:
        yield running


@pytest.fixture
def payloads(fake: FakeDiscord) -> PayloadFactory:
    return PayloadFactory(fake)


# -- login, ready, sync --------------------------------------------------------------------------


async def test_bot_logs_in_and_sees_the_guild(session: BotSession, fake: FakeDiscord) -> None:
    bot = session.bot
    assert bot.user is not None
    assert bot.user.id == fake.bot_user_id
    assert bot.application_id == fake.application_id
    guild = bot.get_guild(fake.guild_id)
    assert guild is not None
    assert isinstance(guild.get_channel(fake.channel_id), discord.TextChannel)
    assert guild.me is not None


async def test_wrong_token_is_refused(fake: FakeDiscord) -> None:
    bot = TinyBot()
    with pointed_at(fake):
        try:
            with pytest.raises(discord.LoginFailure):
                await bot.login("not-the-token")
        finally:
            await bot.close()


async def test_global_sync_is_recorded_and_served(session: BotSession, fake: FakeDiscord) -> None:
    assert [sync.scope for sync in fake.command_syncs] == ["global"]
    names = {command["name"] for command in fake.command_syncs[0].commands}
    assert {"inspect", "secret", "report", "Inspect message"} <= names
    fetched = await _tiny(session.bot).tree.fetch_commands()
    assert {command.name for command in fetched} == names


async def test_discord_globals_are_restored_afterwards(fake: FakeDiscord) -> None:
    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    async with running_bot(TinyBot(), fake):
        assert fake.rest_base == discord.http.Route.BASE
    assert before == (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


# -- interaction paths ---------------------------------------------------------------------------


async def test_slash_command_defers_then_edits_with_embed(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    image = payloads.uploaded("cat.png", PNG)
    record = await session.invoke(payloads.slash_command("inspect", {"image": image}))
    assert [callback.type for callback in record.callbacks] == [5]
    assert fake.attachment_fetches == [image["url"]]
    assert record.original is not None
    [embed] = record.original["embeds"]
    assert embed["title"] == "cat.png"
    assert embed["description"] == hashlib.sha256(PNG).hexdigest()
    assert not fake.violations
    assert not session.logged_errors


async def test_payload_carries_the_synced_command_id(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    [synced] = [c for c in fake.command_syncs[0].commands if c["name"] == "secret"]
    assert payloads.slash_command("secret")["data"]["id"] == synced["id"]


async def test_ephemeral_response_is_recorded_as_ephemeral(
    session: BotSession, payloads: PayloadFactory
) -> None:
    record = await session.invoke(payloads.slash_command("secret"))
    assert record.response_type == 4
    assert record.ephemeral
    assert record.original is not None
    assert record.original["content"] == "psst"
    assert record.original["flags"] & 64


async def test_followup_file_is_parsed_from_multipart(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    record = await session.invoke(payloads.slash_command("report"))
    assert record.deferred
    [followup] = record.followups
    assert followup.payload["content"] == "report"
    assert followup.files == [SentFile("report.csv", REPORT, "application/octet-stream")]
    assert followup.message["attachments"][0]["filename"] == "report.csv"
    assert not fake.violations


async def test_context_menu_resolves_the_target_messages_attachments(
    session: BotSession, payloads: PayloadFactory
) -> None:
    attachments = [payloads.uploaded("a.png", PNG), payloads.uploaded("b.jpg", PNG)]
    target = payloads.message(attachments=attachments)
    record = await session.invoke(payloads.message_context_menu("Inspect message", target))
    assert record.original is not None
    assert record.original["content"] == "2: a.png, b.jpg"


async def test_button_press_updates_the_message(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    sent = await session.invoke(payloads.slash_command("pager"))
    assert sent.original is not None
    pressed = await session.invoke(payloads.component("pager:next", sent.original))
    assert pressed.response_type == 7
    assert pressed.original is not None
    assert pressed.original["id"] == sent.original["id"]
    assert pressed.original["content"] == "page 2"
    assert not fake.violations


async def test_channel_message_is_recorded(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    record = await session.invoke(payloads.slash_command("fallback"))
    assert record.deferred
    assert record.ephemeral
    [posted] = fake.channel_messages
    assert posted.message["content"] == "@everyone look"
    assert not mentions_could_fire(posted.payload)


async def test_command_errors_are_captured_from_the_log(
    session: BotSession, payloads: PayloadFactory
) -> None:
    await session.invoke(payloads.slash_command("boom"))
    [logged] = session.logged_errors
    assert logged.exc_info is not None
    assert "boom" in str(logged.exc_info[1])


async def test_stuck_command_fails_instead_of_hanging(
    session: BotSession, payloads: PayloadFactory
) -> None:
    with pytest.raises(AssertionError, match=r"not finished after 0\.05s"):
        await session.invoke(payloads.slash_command("hang"), give_up_after=0.05)


async def test_payload_that_kills_the_gateway_fails_clearly(
    session: BotSession, payloads: PayloadFactory
) -> None:
    payload = payloads.slash_command("secret")
    del payload["attachment_size_limit"]
    with pytest.raises(AssertionError, match="connection ended: KeyError"):
        await session.invoke(payload)


# -- Discord's rules -----------------------------------------------------------------------------


async def test_second_initial_callback_is_a_violation(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    record = await session.invoke(payloads.slash_command("double"))
    [error] = _tiny(session.bot).http_errors
    assert (error.status, error.code) == (400, 40060)
    assert len(record.callbacks) == 1
    [violation] = fake.violations
    assert "40060" in violation


async def test_embed_over_limits_is_rejected(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    record = await session.invoke(payloads.slash_command("too_long"))
    [error] = _tiny(session.bot).http_errors
    assert (error.status, error.code) == (400, 50035)
    assert "data.embeds.0.title" in error.text
    assert not record.callbacks
    assert "50035" in fake.violations[0]


async def test_late_acknowledgement_is_rejected(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    fake.ack_deadline = 0.0
    record = await session.invoke(
        payloads.slash_command("inspect", {"image": payloads.uploaded("x.png", PNG)})
    )
    assert not record.callbacks
    assert "10062" in fake.violations[0]
    [logged] = session.logged_errors
    assert logged.exc_info is not None
    assert isinstance(logged.exc_info[1], app_commands.CommandInvokeError)
    assert isinstance(logged.exc_info[1].original, discord.NotFound)


async def test_original_before_any_callback_is_unknown(
    session: BotSession, fake: FakeDiscord, payloads: PayloadFactory
) -> None:
    await session.invoke(payloads.slash_command("edit_first"))
    [error] = _tiny(session.bot).http_errors
    assert (error.status, error.code) == (404, 10008)
    assert "10008" in fake.violations[0]


def test_message_limits() -> None:
    assert message_errors({"content": "x" * 2000, "embeds": [{"title": "t" * 256}]}) == {}
    assert "content" in message_errors({"content": "x" * 2001})
    assert "embeds" in message_errors({"embeds": [{}] * 11})
    fields = [{"name": "n", "value": "v"}] * 26
    assert "fields" in message_errors({"embeds": [{"fields": fields}]})["embeds"]["0"]
    two_big = [{"description": "d" * 3001}, {"description": "d" * 3000}]
    assert message_errors({"embeds": two_big})["embeds"]["_errors"][0]["code"] == (
        "MAX_EMBED_SIZE_EXCEEDED"
    )


@pytest.mark.parametrize(
    ("payload", "could_fire"),
    [
        ({"content": "hi"}, True),
        (
            {"content": "@everyone", "allowed_mentions": discord.AllowedMentions.none().to_dict()},
            False,
        ),
        ({"content": "<@1>", "allowed_mentions": {"parse": ["users"]}}, True),
        ({"content": "<@&7>", "allowed_mentions": {"parse": [], "roles": ["7"]}}, True),
        ({"content": "<@2>", "allowed_mentions": {"parse": [], "users": ["1"]}}, False),
        ({"embeds": [{"title": "<@1>"}], "allowed_mentions": {"users": ["1"]}}, True),
    ],
)
def test_mentions_could_fire(payload: dict[str, object], could_fire: bool) -> None:
    assert mentions_could_fire(payload) is could_fire


# -- attachment serving --------------------------------------------------------------------------


async def test_attachment_can_fail_or_hang(fake: FakeDiscord) -> None:
    gone = fake.add_attachment("gone.png", PNG, "image/png")
    held = fake.add_attachment("held.png", PNG, "image/png")
    fake.fail_attachment(gone)
    release = fake.hold_attachment(held)
    async with aiohttp.ClientSession() as http:
        async with http.get(gone) as response:
            assert response.status == 404
        download = asyncio.create_task(_download(http, held))
        done, _ = await asyncio.wait({download}, timeout=0.05)
        assert not done
        release.set()
        assert await download == PNG


async def _download(http: aiohttp.ClientSession, url: str) -> bytes:
    async with http.get(url) as response:
        return await response.read()
