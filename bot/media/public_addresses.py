"""Which addresses the bot may connect to for a link someone pasted: public ones only (SSRF).

`is_public_address` judges one address (IPv6 forms embedding an IPv4 address by the IPv4 inside);
`make_guarded_connector` gives the fetching session a resolver that drops every other address at
connection time, closing the DNS-rebinding gap after `SafeUrlFetcher`'s own check
(bot/media/fetch.py).
"""

from __future__ import annotations

import ipaddress
import socket

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_REFUSED_NETWORKS = tuple(
    ipaddress.ip_network(network)
    for network in (
        "100.64.0.0/10",  # carrier-grade NAT, shared address space
        "192.0.0.0/24",  # IETF protocol assignments
        "198.18.0.0/15",  # benchmarking
        "64:ff9b:1::/48",  # local-use NAT64
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class BlockedAddressError(OSError):
    """A host resolved only to addresses the bot refuses to connect to.

    An OSError, so aiohttp reports it from a resolver as a connection error (`os_error`).
    """


def is_public_address(address: IPAddress) -> bool:
    """True only for globally routable unicast addresses.

    IPv6 forms that embed an IPv4 address (mapped `::ffff:a.b.c.d`, 6to4, NAT64) are judged by the
    IPv4 address inside, so `::ffff:127.0.0.1` is refused like `127.0.0.1`.
    """
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return is_public_address(embedded)
    special = (
        address.is_private
        or address.is_loopback
        or address.is_link_local  # includes 169.254.169.254, the cloud metadata service
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )
    refused = any(address in network for network in _REFUSED_NETWORKS)
    return address.is_global and not special and not refused


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None or address.sixtofour is not None:
        return address.ipv4_mapped or address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def parse_address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class PublicAddressResolver(AbstractResolver):
    """Wraps another resolver and drops every address that is not public.

    Raises BlockedAddressError when nothing is left, so a name that re-resolves to a private
    address after the fetcher's own check (DNS rebinding) still cannot be connected to.
    """

    def __init__(self, inner: AbstractResolver, *, allow_private: bool = False) -> None:
        self._inner = inner
        self._allow_private = allow_private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._allow_private:
            return results
        allowed = [result for result in results if self._is_allowed(result["host"])]
        if not allowed:
            raise BlockedAddressError(f"{host} resolves only to non-public addresses")
        return allowed

    async def close(self) -> None:
        await self._inner.close()

    @staticmethod
    def _is_allowed(host: str) -> bool:
        address = parse_address(host)
        return address is not None and is_public_address(address)


def make_guarded_connector(*, allow_private: bool) -> aiohttp.TCPConnector:
    """A connector for the session that fetches user links (create it inside the running loop).

    It resolves names with aiohttp's default resolver and drops non-public addresses, closing the
    DNS-rebinding gap between `SafeUrlFetcher`'s check and the connection.
    """
    resolver = PublicAddressResolver(DefaultResolver(), allow_private=allow_private)
    return aiohttp.TCPConnector(resolver=resolver)
