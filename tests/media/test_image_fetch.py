"""Downloading images: byte caps, deadlines, redirects and the refusal to reach private networks.

Everything runs against a small aiohttp server on 127.0.0.1. Names other than "localhost" are
resolved by fake resolvers, so no test ever needs the internet.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer
from yarl import URL

from bot.core.errors import UserFacingError
from bot.core.images.image_check import format_size
from bot.core.text import untrusted_inline
from bot.media.fetch import ImageFetchError, SafeUrlFetcher, download_capped
from bot.media.public_addresses import (
    BlockedAddressError,
    PublicAddressResolver,
    is_public_address,
    make_guarded_connector,
)
from tests import imagegen

CAP = 256 * 1024
ENDLESS_CHUNK = b"\xff" * (64 * 1024)
ENDLESS_CHUNKS = 1024  # 64 MB at most, so a broken cap ends the test instead of hanging it
PUBLIC_IP = "93.184.215.14"
PNG = imagegen.png()


class FakeImageHost:
    """The other end of every download: well-behaved, lying, endless, slow and redirecting."""

    def __init__(self) -> None:
        self.base = URL()  # set once the server listens
        self.never = asyncio.Event()  # nothing in a test sets it: handlers waiting on it hang
        self.endless_written = 0
        self.endless_finished = asyncio.Event()

    def url(self, path: str) -> str:
        return str(self.base.join(URL(path)))

    def app(self) -> web.Application:
        app = web.Application()
        routes = {
            "/image.png": self.image,
            "/declares-huge": self.declares_huge,
            "/inflates": self.inflates,
            "/endless": self.endless,
            "/cut-short": self.cut_short,
            "/slow": self.slow,
            "/redirect/{hops}": self.redirect_chain,
            "/jump": self.jump,
        }
        for path, handler in routes.items():
            app.router.add_get(path, handler)
        return app

    async def image(self, request: web.Request) -> web.Response:
        return web.Response(body=PNG, content_type="image/png")

    async def declares_huge(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.content_length = CAP * 10
        await response.prepare(request)
        await response.write(PNG[:10])
        await self.never.wait()
        return response

    async def inflates(self, request: web.Request) -> web.Response:
        """A small, honest Content-Length for a gzip body that inflates far past the cap."""
        body = gzip.compress(bytes(CAP * 8))
        headers = {"Content-Encoding": "gzip", "Content-Type": "image/png"}
        return web.Response(body=body, headers=headers)

    async def endless(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # no length: chunked
        await response.prepare(request)
        try:
            for _ in range(ENDLESS_CHUNKS):
                await response.write(ENDLESS_CHUNK)
                self.endless_written += len(ENDLESS_CHUNK)
        except ConnectionError:
            pass  # the client hung up, as it should
        finally:
            self.endless_finished.set()
        return response

    async def cut_short(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.content_length = len(PNG)
        await response.prepare(request)
        await response.write(PNG[:10])
        assert request.transport is not None
        request.transport.close()
        return response

    async def slow(self, request: web.Request) -> web.Response:
        await self.never.wait()
        return web.Response(body=PNG, content_type="image/png")

    async def redirect_chain(self, request: web.Request) -> web.Response:
        hops = int(request.match_info["hops"])
        target = "/image.png" if hops == 0 else f"/redirect/{hops - 1}"  # relative on purpose
        raise web.HTTPFound(target)

    async def jump(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])


class FakeResolver(AbstractResolver):
    """DNS from a table; unknown names fail like a real lookup would."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.closed = False

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host not in self.table:
            raise OSError(f"no such host: {host}")
        return [self._result(host, address, port) for address in self.table[host]]

    async def close(self) -> None:
        self.closed = True

    @staticmethod
    def _result(host: str, address: str, port: int) -> ResolveResult:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return ResolveResult(
            hostname=host, host=address, port=port, family=family, proto=0, flags=0
        )


@pytest.fixture
async def host() -> AsyncIterator[FakeImageHost]:
    fake = FakeImageHost()
    server = TestServer(fake.app(), host="127.0.0.1")
    await server.start_server()
    fake.base = server.make_url("/")
    yield fake
    fake.never.set()  # let hanging handlers finish so the server closes at once
    await server.close()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client:
        yield client


def fetcher(
    session: aiohttp.ClientSession,
    *,
    allow_private: bool = True,
    timeout: float = 5.0,
    max_redirects: int = 3,
    resolver: AbstractResolver | None = None,
) -> SafeUrlFetcher:
    return SafeUrlFetcher(
        session,
        allow_private=allow_private,
        max_bytes=CAP,
        timeout=timeout,
        max_redirects=max_redirects,
        resolver=resolver,
    )


async def fetch_error(fetch: SafeUrlFetcher, url: str) -> str:
    with pytest.raises(ImageFetchError) as caught:
        await fetch.fetch(url)
    return caught.value.user_message


async def download_error(
    session: aiohttp.ClientSession, url: str, *, seconds: float = 5.0, name: str = "photo.png"
) -> str:
    with pytest.raises(ImageFetchError) as caught:
        await download_capped(session, url, max_bytes=CAP, timeout=seconds, name=name)
    return caught.value.user_message


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# --- download_capped: attachments -------------------------------------------------------------


async def test_download_returns_the_bytes(host: FakeImageHost, session: aiohttp.ClientSession):
    data = await download_capped(
        session, host.url("/image.png"), max_bytes=CAP, timeout=5.0, name="a.png"
    )
    assert data == PNG


async def test_a_declared_length_over_the_cap_is_refused_before_the_body(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    # The body never finishes: reading it would end in the timeout message instead.
    message = await download_error(session, host.url("/declares-huge"))
    assert message == f"photo.png is {format_size(CAP * 10)}; the limit is 256 KB."


async def test_a_body_that_inflates_past_its_declared_length_stops_at_the_cap(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    message = await download_error(session, host.url("/inflates"))
    assert message == "photo.png is larger than the 256 KB limit."


async def test_an_endless_body_stops_at_the_cap(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    message = await download_error(session, host.url("/endless"))
    assert message == "photo.png is larger than the 256 KB limit."
    async with asyncio.timeout(5):
        await host.endless_finished.wait()
    # The server only got as far as the socket buffers let it, nowhere near the whole body.
    assert host.endless_written < len(ENDLESS_CHUNK) * ENDLESS_CHUNKS // 4


async def test_a_slow_answer_times_out(host: FakeImageHost, session: aiohttp.ClientSession):
    message = await download_error(session, host.url("/slow"), seconds=0.2)
    assert message == "photo.png took too long to download; try again, or attach the image instead."


async def test_an_error_status_is_named(host: FakeImageHost, session: aiohttp.ClientSession):
    message = await download_error(session, host.url("/missing"))
    assert message == "photo.png could not be downloaded: the link answered 404 (Not Found)."


async def test_a_body_cut_short_is_reported(host: FakeImageHost, session: aiohttp.ClientSession):
    message = await download_error(session, host.url("/cut-short"))
    assert message.startswith("photo.png stopped sending before the download finished")


async def test_a_closed_port_cannot_be_reached(session: aiohttp.ClientSession):
    message = await download_error(session, f"http://127.0.0.1:{free_port()}/a.png")
    assert message == "photo.png could not be reached; check the link and try again."


async def test_the_file_name_is_escaped(host: FakeImageHost, session: aiohttp.ClientSession):
    name = "**loud** @everyone.png"
    message = await download_error(session, host.url("/missing"), name=name)
    assert message.startswith(untrusted_inline(name, 80) + " could not be downloaded")
    assert "@everyone" not in message


# --- SafeUrlFetcher: links people paste -------------------------------------------------------


async def test_a_link_to_an_image_is_fetched(host: FakeImageHost, session: aiohttp.ClientSession):
    assert await fetcher(session).fetch(host.url("/image.png")) == PNG


async def test_redirects_up_to_the_limit_are_followed(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    fetch = fetcher(session, max_redirects=3)
    assert await fetch.fetch(host.url("/redirect/2")) == PNG  # 3 redirects


async def test_one_redirect_too_many_is_refused(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    url = host.url("/redirect/3")  # 4 redirects
    message = await fetch_error(fetcher(session, max_redirects=3), url)
    assert message == f"{untrusted_inline(url, 80)} redirected more than 3 times, so I gave up."


async def test_a_redirect_to_another_scheme_is_refused(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    url = host.url("/jump?to=file:///etc/passwd")
    message = await fetch_error(fetcher(session), url)
    assert "redirected to file:///etc/passwd, which is not an http or https link" in message


async def test_a_slow_link_times_out(host: FakeImageHost, session: aiohttp.ClientSession):
    url = host.url("/slow")
    message = await fetch_error(fetcher(session, timeout=0.2), url)
    assert message == (
        f"{untrusted_inline(url, 80)} took too long to download; try again, or attach the image "
        "instead."
    )


async def test_a_link_answering_404_says_so(host: FakeImageHost, session: aiohttp.ClientSession):
    message = await fetch_error(fetcher(session), host.url("/missing"))
    assert message.endswith("could not be downloaded: the link answered 404 (Not Found).")


async def test_a_link_with_an_endless_body_stops_at_the_cap(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    message = await fetch_error(fetcher(session), host.url("/endless"))
    assert message.endswith("is larger than the 256 KB limit.")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/a.png",
        "http://127.1:{port}/a.png",
        "http://localhost:{port}/a.png",
        "http://[::1]:{port}/a.png",
        "http://[::ffff:127.0.0.1]:{port}/a.png",
        "http://0.0.0.0:{port}/a.png",
        "http://10.0.0.7:{port}/a.png",
        "http://192.168.1.1:{port}/a.png",
        "http://100.64.0.1:{port}/a.png",
        "http://169.254.169.254:{port}/latest/meta-data/",
        "http://[fd00:ec2::254]:{port}/latest/meta-data/",
    ],
)
async def test_private_and_local_addresses_are_refused_without_connecting(
    session: aiohttp.ClientSession, url: str
):
    # Nothing listens on the port: had the fetcher connected, the message would say so.
    link = url.format(port=free_port())
    message = await fetch_error(fetcher(session, allow_private=False), link)
    assert message == (
        f"{untrusted_inline(link, 80)} points to a private or local network address; "
        "I only fetch public websites."
    )


async def test_loopback_is_allowed_when_private_addresses_are(
    host: FakeImageHost, session: aiohttp.ClientSession
):
    assert await fetcher(session, allow_private=True).fetch(host.url("/image.png")) == PNG


async def test_a_name_resolving_to_any_private_address_is_refused(session: aiohttp.ClientSession):
    dns = FakeResolver({"mixed.test": [PUBLIC_IP, "10.1.2.3"]})
    fetch = fetcher(session, allow_private=False, resolver=dns)
    assert "private or local network" in await fetch_error(fetch, "http://mixed.test/a.png")


async def test_an_unknown_site_is_named(session: aiohttp.ClientSession):
    fetch = fetcher(session, allow_private=False, resolver=FakeResolver({}))
    message = await fetch_error(fetch, "https://nowhere.test/a.png")
    assert message == "https://nowhere.test/a.png names a site I couldn't find; check the link " \
        "for typos."  # fmt: skip


def session_seeing(host: FakeImageHost, name: str, resolver: AbstractResolver | None = None):
    """A session whose DNS sends `name` to the local server (through `resolver` if given)."""
    dns = FakeResolver({name: ["127.0.0.1"]})
    connector = aiohttp.TCPConnector(resolver=resolver or dns)
    return aiohttp.ClientSession(connector=connector)


async def test_a_redirect_to_a_private_address_is_refused(host: FakeImageHost):
    # The fetcher believes images.test is public; the session really reaches the local server.
    port = host.base.port
    public_dns = FakeResolver({"images.test": [PUBLIC_IP], "intranet.test": ["192.168.0.10"]})
    async with session_seeing(host, "images.test") as session:
        fetch = fetcher(session, allow_private=False, resolver=public_dns)
        assert await fetch.fetch(f"http://images.test:{port}/image.png") == PNG
        for target in ("http://10.0.0.1/admin", "http://intranet.test/", "http://[::1]/"):
            message = await fetch_error(fetch, f"http://images.test:{port}/jump?to={target}")
            assert "redirected to" in message
            assert "which points to a private or local network address" in message


async def test_the_guarded_connector_stops_dns_rebinding(host: FakeImageHost):
    # The name looked public when checked, then resolves to loopback at connection time.
    port = host.base.port
    guard = PublicAddressResolver(FakeResolver({"rebind.test": ["127.0.0.1"]}))
    async with session_seeing(host, "rebind.test", guard) as session:
        checked_dns = FakeResolver({"rebind.test": [PUBLIC_IP]})
        fetch = fetcher(session, allow_private=False, resolver=checked_dns)
        message = await fetch_error(fetch, f"http://rebind.test:{port}/image.png")
    assert "points to a private or local network address" in message


async def test_make_guarded_connector_refuses_localhost(host: FakeImageHost):
    url = host.url("/image.png").replace("127.0.0.1", "localhost")
    async with aiohttp.ClientSession(connector=make_guarded_connector(allow_private=False)) as s:
        message = await download_error(s, url)
    assert message.endswith(
        "points to a private or local network address; I only fetch public websites."
    )


async def test_make_guarded_connector_can_allow_private_addresses(host: FakeImageHost):
    url = host.url("/image.png").replace("127.0.0.1", "localhost")
    async with aiohttp.ClientSession(connector=make_guarded_connector(allow_private=True)) as s:
        assert await download_capped(s, url, max_bytes=CAP, timeout=5.0, name="a.png") == PNG


# --- validate_url -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ftp://example.com/a.png", "is not an http or https link, the only kind I fetch."),
        ("file:///etc/passwd", "is not an http or https link, the only kind I fetch."),
        ("javascript:alert(1)", "is not an http or https link, the only kind I fetch."),
        ("example.com/a.png", "is not an http or https link, the only kind I fetch."),
        ("http:///a.png", "is not a complete link: it names no website."),
        ("https://user:secret@example.com/a.png", "contains a username or password;"),
        ("https://user@example.com/a.png", "contains a username or password;"),
        ("https://discord.com@evil.test/a.png", "contains a username or password;"),
        ("http://[::1/a.png", "is not a valid web link."),
        ("https://example.com:99999/a.png", "is not a valid web link."),
        ("https://example.com/" + "a" * 3000, "is too long for a link; the most I accept is 2048"),
    ],
)
def test_validate_url_refuses_links_it_will_not_fetch(
    session: aiohttp.ClientSession, url: str, expected: str
):
    with pytest.raises(ImageFetchError) as caught:
        fetcher(session).validate_url(url)
    assert caught.value.user_message.startswith(untrusted_inline(url, 80) + " " + expected)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a.png", "https://example.com/a.png"),
        ("  <https://example.com/a.png?size=large>  ", "https://example.com/a.png?size=large"),
        ("HTTP://Example.COM/a.png", "http://example.com/a.png"),
    ],
)
def test_validate_url_accepts_links_as_people_paste_them(
    session: aiohttp.ClientSession, url: str, expected: str
):
    assert fetcher(session).validate_url(url) == expected


# --- the address policy and the guarded resolver ----------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8",
        "198.18.0.1", "192.0.2.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::1",
        "2002:a00:1::1", "64:ff9b::a00:1", "64:ff9b:1::1", "2001:db8::1",
    ],
)  # fmt: skip
def test_non_public_addresses_are_refused(address: str):
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address",
    [PUBLIC_IP, "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"],
)
def test_public_addresses_are_allowed(address: str):
    assert is_public_address(ipaddress.ip_address(address))


async def test_the_guarded_resolver_drops_private_addresses():
    inner = FakeResolver({"mixed.test": ["10.0.0.1", PUBLIC_IP, "::1", "2606:4700::1"]})
    results = await PublicAddressResolver(inner).resolve("mixed.test", 443)
    assert [result["host"] for result in results] == [PUBLIC_IP, "2606:4700::1"]


async def test_the_guarded_resolver_refuses_a_name_with_only_private_addresses():
    inner = FakeResolver({"intranet.test": ["10.0.0.1", "fe80::1"]})
    with pytest.raises(BlockedAddressError):
        await PublicAddressResolver(inner).resolve("intranet.test", 80)


async def test_the_guarded_resolver_passes_everything_when_private_is_allowed():
    inner = FakeResolver({"intranet.test": ["10.0.0.1", "127.0.0.1"]})
    results = await PublicAddressResolver(inner, allow_private=True).resolve("intranet.test")
    assert [result["host"] for result in results] == ["10.0.0.1", "127.0.0.1"]


async def test_the_guarded_resolver_closes_the_inner_one():
    inner = FakeResolver({})
    await PublicAddressResolver(inner).close()
    assert inner.closed


def test_fetch_errors_are_user_facing():
    assert issubclass(ImageFetchError, UserFacingError)
    assert issubclass(BlockedAddressError, OSError)
