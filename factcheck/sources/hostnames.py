"""Host names and IP addresses: which are public, and which a URL may name at all.

The pure half of the network policy, with nothing of the HTTP stack in it: reading a claim
file or an evidence archive checks its URLs' hosts here without loading httpx
(`factcheck.sources.netpolicy` applies the same rules when fetching). "Public" is defined
here, in `NON_PUBLIC_IPV4` / `NON_PUBLIC_IPV6`, and nowhere else.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_V4 = ipaddress.IPv4Network
_V6 = ipaddress.IPv6Network

NON_PUBLIC_IPV4: tuple[tuple[ipaddress.IPv4Network, str], ...] = (
    (_V4("0.0.0.0/8"), "unspecified ('this network')"),
    (_V4("10.0.0.0/8"), "private"),
    (_V4("100.64.0.0/10"), "carrier-grade NAT"),
    (_V4("127.0.0.0/8"), "loopback"),
    # Cloud metadata services (169.254.169.254) live here.
    (_V4("169.254.0.0/16"), "link-local"),
    (_V4("172.16.0.0/12"), "private"),
    (_V4("192.0.0.0/24"), "IETF protocol assignment"),
    (_V4("192.0.2.0/24"), "documentation"),
    (_V4("192.88.99.0/24"), "6to4 relay anycast"),
    (_V4("192.168.0.0/16"), "private"),
    (_V4("198.18.0.0/15"), "benchmarking"),
    (_V4("198.51.100.0/24"), "documentation"),
    (_V4("203.0.113.0/24"), "documentation"),
    (_V4("224.0.0.0/4"), "multicast"),
    (_V4("240.0.0.0/4"), "reserved"),
)
"""IPv4 ranges never fetched from unless private addresses are allowed, with their names."""

NON_PUBLIC_IPV6: tuple[tuple[ipaddress.IPv6Network, str], ...] = (
    (_V6("::/128"), "unspecified"),
    (_V6("::1/128"), "loopback"),
    (_V6("64:ff9b:1::/48"), "local-use NAT64"),
    (_V6("100::/64"), "discard-only"),
    (_V6("2001::/23"), "IETF protocol assignment (Teredo, ORCHID …)"),
    (_V6("2001:db8::/32"), "documentation"),
    (_V6("3fff::/20"), "documentation"),
    (_V6("5f00::/16"), "segment-routing"),
    (_V6("fc00::/7"), "unique-local"),
    (_V6("fe80::/10"), "link-local"),
    (_V6("fec0::/10"), "site-local"),
    (_V6("ff00::/8"), "multicast"),
)
"""IPv6 ranges never fetched from; anything outside 2000::/3 is reserved as well."""

IPV6_GLOBAL_UNICAST = _V6("2000::/3")
IPV4_MAPPED = _V6("::ffff:0:0/96")
NAT64_WELL_KNOWN = _V6("64:ff9b::/96")
"""A NAT64 gateway connects to the IPv4 address in the low 32 bits, so that address decides."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, when it stands for one."""
    if ip in IPV4_MAPPED:
        return ip.ipv4_mapped
    if ip in NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    return None


def classify_address(ip: IPAddress) -> str | None:
    """Name the non-public range `ip` falls in ("loopback", "private" …), or None if public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            kind = classify_address(embedded)
            return None if kind is None else f"{kind} (as IPv4 {embedded})"
        for network, kind in NON_PUBLIC_IPV6:
            if ip in network:
                return kind
        if ip not in IPV6_GLOBAL_UNICAST:
            return "reserved"
        return None
    for network4, kind in NON_PUBLIC_IPV4:
        if ip in network4:
            return kind
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True when `ip` is a globally reachable unicast address that is safe to fetch from.

    Loopback, private, link-local (169.254.169.254), CGNAT, multicast, documentation,
    reserved and unspecified addresses are not public; IPv4-mapped (::ffff:a.b.c.d), NAT64
    (64:ff9b::/96) and 6to4 (2002::/16) addresses are judged by the IPv4 address inside.
    """
    return classify_address(ip) is None


def is_address_allowed(
    ip: IPAddress, *, allow_private: bool, allowed_networks: Iterable[IPNetwork] = ()
) -> bool:
    """Whether policy lets the fetcher connect to `ip`."""
    if allow_private or is_public_address(ip):
        return True
    plain = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    return any(
        ip in network or (plain is not None and plain in network) for network in allowed_networks
    )


def parse_address(text: str) -> IPAddress:
    """Parse an address as a resolver or socket reports it (IPv6 scope ids are dropped)."""
    return ipaddress.ip_address(text.split("%", 1)[0])


def literal_address(host: str) -> IPAddress | None:
    """The address a URL host spells out literally, including legacy IPv4 forms.

    `http://2130706433/` and `http://0x7f.1/` both reach 127.0.0.1 through the C resolver,
    so they are read as addresses here rather than waved through as names.
    """
    with contextlib.suppress(ValueError):
        return parse_address(host)
    if host and all(c in "0123456789abcdefx." for c in host.lower()):
        with contextlib.suppress(OSError):
            return ipaddress.IPv4Address(socket.inet_aton(host))
    return None


MAX_HOST_LENGTH = 253
MAX_LABEL_LENGTH = 63
_ASCII_LABEL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?")


def host_problem(host: str) -> str | None:
    """What is wrong with a URL's host name (DNS limits, IDNA), or None when it is usable.

    DNS allows 63 bytes per label and 253 in all, after IDNA encoding; a name past them can
    never be resolved, and encoding it raises deep inside the resolver. Address literals
    are left to the address checks.
    """
    if literal_address(host) is not None:
        return None
    name = host[:-1] if host.endswith(".") else host
    if not name:
        return "the host name is empty"
    if name.isascii():
        ascii_name = name
    else:
        import idna  # only for a name in another script

        try:
            ascii_name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError) as exc:
            return f"the host name {host!r} is not a valid international domain name ({exc})"
    if len(ascii_name) > MAX_HOST_LENGTH:
        return f"the host name is {len(ascii_name)} characters long; DNS allows {MAX_HOST_LENGTH}"
    for label in ascii_name.split("."):
        if len(label) > MAX_LABEL_LENGTH:
            return (
                f"the host name has a {len(label)}-character label; DNS allows "
                f"{MAX_LABEL_LENGTH} between dots"
            )
        if not _ASCII_LABEL.fullmatch(label):
            return f"the host name {host!r} has an empty or invalid label {label!r}"
    return None


# A lower-case scheme only: httpx drops a default port only after one written in lower case.
_PLAIN_AUTHORITY = re.compile(r"(https?)://([A-Za-z0-9._-]+)(?::([0-9]{1,5}))?(?=[/?#]|\Z)")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def plain_netloc(url: str) -> str | None:
    """What `httpx.URL(url).netloc` gives (the host lower-cased, a default port left out)
    for a URL whose authority is a plain ASCII host name with an optional port; None for
    any other (IDNA, an IPv6 literal, user info …), which needs httpx's full parser.

    Reading the archive names every capture file by its URL's host; this answers the
    common case without loading the HTTP stack.
    """
    match = _PLAIN_AUTHORITY.match(url)
    if match is None:
        return None
    scheme, host, port = match.groups()
    host = host.lower()
    if port is None:
        return host
    number = int(port)
    return host if number == _DEFAULT_PORTS[scheme] else f"{host}:{number}"
