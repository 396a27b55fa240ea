"""The command line: run the bot, force a command sync, or search an image from a terminal.

`python -m bot search PATH` runs the same core the Discord commands use (the same checks, client,
rate limiter and ranking), so an operator can check their API key without Discord.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import logging
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import discord

from bot.config import ConfigError, Settings, load_settings_from_environment
from bot.core.errors import UserFacingError
from bot.core.language import LANGUAGES
from bot.core.language.check import check_all
from bot.core.scope import SearchScope
from bot.core.search_service import QueryOutcome, SearchRequest, SearchService
from bot.core.sources import ImageSource
from bot.logging_setup import configure_logging
from bot.runtime import open_search_service, run_bot
from bot.store import db_copy
from bot.store.database import DatabaseError
from bot.terminal import render_outcomes_text

log = logging.getLogger("bot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(
        dest="command", metavar="{run,sync,search,healthcheck,db,languages}"
    )
    commands.add_parser("run", help="run the bot (the default)")
    commands.add_parser("sync", help="sync the application commands to Discord now, then exit")
    commands.add_parser(
        "healthcheck", help="ask the running bot's /healthz (HTTP_PORT); exit 0 when healthy"
    )
    _add_db_commands(commands)
    _add_language_commands(commands)
    search = commands.add_parser("search", help="search image files from the terminal")
    search.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="image file(s)")
    search.add_argument("--platform", choices=[s.value for s in SearchScope], default=None)
    search.add_argument("--min-match", type=_percent, default=None, help="50 to 100 (percent)")
    search.add_argument("--results", type=_result_count, default=None, help="1 to 10")
    search.add_argument(
        "--as-posted",
        action="store_true",
        help="search each image exactly as given (no borders, caption or blurred fill cut)",
    )
    return parser


def _search_request(args: argparse.Namespace, settings: Settings) -> SearchRequest:
    return SearchRequest.with_defaults(
        settings,
        platform=args.platform,
        min_match=args.min_match,
        results=args.results,
        as_posted=args.as_posted,
    )


def _add_db_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    database = commands.add_parser("db", help="database tasks (db copy: move a deployment)")
    tasks = database.add_subparsers(dest="task", metavar="{copy}", required=True)
    copy = tasks.add_parser(
        "copy",
        help="copy every table into another database (SQLite to PostgreSQL), then compare",
        description=db_copy.__doc__,
    )
    where = "sqlite:///path/to/findvideo.db or postgresql://user:password@host:5432/name"
    copy.add_argument("--from", dest="source", required=True, metavar="URL", help=where)
    copy.add_argument("--to", dest="target", required=True, metavar="URL", help=where)
    copy.add_argument(
        "--replace", action="store_true", help="empty a target holding other data, then copy"
    )
    copy.add_argument(
        "--page-size",
        type=_page_size,
        default=db_copy.PAGE_SIZE,
        metavar="ROWS",
        help=f"rows read and written at a time (default {db_copy.PAGE_SIZE}); memory holds a page",
    )


def _add_language_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    languages = commands.add_parser("languages", help="the catalogue of what the bot says")
    tasks = languages.add_subparsers(dest="task", metavar="{check}", required=True)
    check = tasks.add_parser(
        "check",
        help="list what a language file (bot/locales/LANG.ftl) lacks or gets wrong against English",
    )
    check.add_argument("languages", nargs="*", metavar="LANG", help="default: every language")


def check_languages(args: argparse.Namespace) -> int:
    """`languages check [LANG...]`: every finding printed; exit status 1 if there is any."""
    unknown = [language for language in args.languages if language not in LANGUAGES]
    if unknown:
        _fail(f"No bot/locales/{unknown[0]}.ftl; the languages are: {', '.join(LANGUAGES)}.")
        return 2
    findings = check_all(tuple(args.languages) or LANGUAGES)
    for found in findings:
        lines = found.lines()
        print(f"{found.language}: {'complete' if not lines else f'{len(lines)} to fix'}")
        print("".join(f"  {line}\n" for line in lines), end="")
    return 0 if all(found.ok for found in findings) else 1


def copy_database(args: argparse.Namespace) -> int:
    """`db copy`: needs no bot settings, only the two databases."""
    passwords = [urlsplit(url).password or "" for url in (args.source, args.target)]
    configure_logging("WARNING", [p for p in passwords if p], "text")
    try:
        return asyncio.run(
            db_copy.run_copy(
                args.source,
                args.target,
                replace=args.replace,
                say=print,
                page_size=args.page_size,
            )
        )
    except DatabaseError as error:
        _fail(f"Nothing was copied: {error}.")
        return 4


def _bounded_int(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
    return value


def _percent(text: str) -> int:
    return _bounded_int(text, 50, 100)


def _result_count(text: str) -> int:
    return _bounded_int(text, 1, 10)


def _page_size(text: str) -> int:
    return _bounded_int(text, 1, 1_000_000)


async def _search_path(path: Path, request: SearchRequest, service: SearchService) -> QueryOutcome:
    source = ImageSource(name=path.name, url=str(path), from_discord=False)
    try:
        image = await service.loader.load_file(path)
    except OSError as error:
        reason = error.strerror or "it could not be read"
        return QueryOutcome(
            source, request, error=UserFacingError(f"Cannot read {path}: {reason}.")
        )
    except UserFacingError as error:
        return QueryOutcome(source, request, error=error)
    return await service.search_image(image, source, request)


async def search_files(paths: Sequence[Path], request: SearchRequest, settings: Settings) -> int:
    """Print the ranked matches of each file; exit status 1 if any file could not be searched."""
    async with open_search_service(settings) as service:
        outcomes = [await _search_path(path, request, service) for path in paths]
    print(render_outcomes_text(outcomes))
    return 1 if any(outcome.error for outcome in outcomes) else 0


def _run_bot(settings: Settings, *, sync_only: bool) -> int:
    """Run (or only sync) the bot; start-up failures become one sentence, not a traceback."""
    try:
        asyncio.run(run_bot(settings, sync_only=sync_only))
    except DatabaseError as error:
        _fail(f"The database cannot be used: {error}. Check DATABASE_URL (or DATABASE_PATH).")
        return 4
    except discord.LoginFailure:
        _fail("Discord refused DISCORD_TOKEN: copy the bot token again from the developer portal.")
        return 2
    except (aiohttp.ClientError, OSError) as error:
        where = settings.discord_api_base_url or "Discord"
        _fail(f"Could not reach {where}: {error}. Check the network (and DISCORD_API_BASE_URL).")
        return 3
    except KeyboardInterrupt:
        log.info("stopped")
    except Exception:
        # Logged (not left to the interpreter) so the traceback goes through secret redaction.
        log.exception("the bot stopped because of an unexpected error")
        return 1
    return 0


def _reachable(host: str) -> str:
    """Where to ask an endpoint listening on `host`: loopback for "every interface"."""
    address = ipaddress.ip_address(host)
    if address.is_unspecified:
        return "127.0.0.1" if address.version == 4 else "[::1]"
    return host if address.version == 4 else f"[{host}]"


def probe_health(settings: Settings) -> int:
    """Exit status for a container HEALTHCHECK: 0 when /healthz says healthy, 1 otherwise."""
    if settings.http_port is None:
        _fail("HTTP_PORT is not set, so there is no /healthz to ask.")
        return 1
    url = f"http://{_reachable(settings.http_host)}:{settings.http_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            print(answer.read().decode().strip())
            return 0
    except urllib.error.HTTPError as error:
        _fail(error.read().decode().strip() or str(error))
    except OSError as error:
        _fail(f"the bot does not answer on {url}: {error}")
    return 1


def _fail(message: str) -> None:
    print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "db":
        return copy_database(args)
    if command == "languages":
        return check_languages(args)
    try:
        settings = load_settings_from_environment(need_discord=command != "search")
    except ConfigError as error:
        _fail(str(error))
        return 2
    if command == "healthcheck":
        return probe_health(settings)
    level = settings.log_level if command != "search" else "WARNING"
    configure_logging(level, settings.secrets(), settings.log_format)
    if command == "search":
        return asyncio.run(search_files(args.paths, _search_request(args, settings), settings))
    return _run_bot(settings, sync_only=command == "sync")
