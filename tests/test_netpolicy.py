"""Which URLs and addresses the fetcher may reach (factcheck.sources.netpolicy)."""

from __future__ import annotations

import ipaddress

import httpcore
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import BlockedURLError
from factcheck.sources.hostnames import (
    NON_PUBLIC_IPV4,
    NON_PUBLIC_IPV6,
    classify_address,
    is_public_address,
)
from factcheck.sources.netpolicy import GuardedNetworkBackend, check_url

ip = ipaddress.ip_address


# ── check_url ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html",
        "http://japan.kantei.go.jp/104/statement/202510/21kaiken.html",
        "https://93.184.216.34/page",
        "https://[2606:4700::1111]/",
    ],
)
def test_public_http_urls_pass(url):
    check_url(url, allow_private=False)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "not file:"),
        ("ftp://ftp.example.org/readout.html", "not ftp:"),
        ("gopher://example.org/", "not gopher:"),
        ("javascript:alert(1)", "not javascript:"),
        ("https://user:secret@example.org/", "credentials"),
        ("https://user@example.org/", "credentials"),
        ("http:///nohost", "no host"),
    ],
)
def test_bad_schemes_credentials_and_hostless_urls_are_refused(url, why):
    with pytest.raises(BlockedURLError) as caught:
        check_url(url, allow_private=True)
    assert why in caught.value.reason
    assert caught.value.url == url


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://127.8.9.10:8080/x", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://100.64.0.1/", "carrier-grade NAT"),
        ("http://[fd00::1]/", "unique-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 as one number
        ("http://0x7f.1/", "loopback"),  # and in hexadecimal shorthand
        ("http://localhost:8000/", "loopback name"),
        ("http://LOCALHOST./", "loopback name"),
        ("http://api.localhost/", "loopback name"),
    ],
)
def test_non_public_hosts_are_refused_by_default_and_allowed_on_request(url, kind):
    with pytest.raises(BlockedURLError) as caught:
        check_url(url, allow_private=False)
    assert kind in caught.value.reason
    assert "--allow-private" in caught.value.reason
    check_url(url, allow_private=True)


def test_allowed_networks_open_only_those_networks():
    mirror = (ipaddress.ip_network("10.20.0.0/16"),)
    check_url("http://10.20.3.4/page", allow_private=False, allowed_networks=mirror)
    with pytest.raises(BlockedURLError):
        check_url("http://10.21.3.4/page", allow_private=False, allowed_networks=mirror)


# ── is_public_address ─────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("127.0.0.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("100.127.255.255", False),
        ("100.128.0.1", True),
        ("172.31.255.255", False),
        ("172.32.0.1", True),
        ("224.0.0.1", False),
        ("255.255.255.255", False),
        ("0.0.0.0", False),
        ("2606:4700::1111", True),
        ("::", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("64:ff9b::808:808", True),  # NAT64 of 8.8.8.8
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("2002:808:808::1", True),  # 6to4 of 8.8.8.8
        ("fc00::1", False),
        ("fd12:3456::1", False),
        ("fe80::1", False),
        ("ff02::1", False),
        ("2001:db8::1", False),
        ("2001::1", False),  # Teredo
        ("::7f00:1", False),  # deprecated IPv4-compatible form
    ],
)
def test_is_public_address_examples(address, public):
    assert is_public_address(ip(address)) is public


# Ranges where we are deliberately stricter than Python's `is_global` (which calls multicast
# global and, depending on the version, parts of 192.0.0.0/24 too).
STRICTER_V4 = [ipaddress.ip_network(n) for n in ("192.0.0.0/24", "192.88.99.0/24", "224.0.0.0/4")]


@given(st.ip_addresses(v=4))
def test_ipv4_agrees_with_is_global_outside_our_stricter_ranges(address):
    if is_public_address(address):
        assert address.is_global
    elif not any(address in net for net in STRICTER_V4):
        assert not address.is_global


def _addresses_in(networks):
    def pick(network):
        size = network.num_addresses
        return st.integers(0, size - 1).map(lambda offset: network[offset])

    return st.sampled_from(networks).flatmap(pick)


V6_SPECIAL = [net for net, _ in NON_PUBLIC_IPV6]
V4_SPECIAL = [net for net, _ in NON_PUBLIC_IPV4]
IPV6_SAMPLES = st.one_of(st.ip_addresses(v=6), _addresses_in(V6_SPECIAL))
IPV4_SAMPLES = st.one_of(st.ip_addresses(v=4), _addresses_in(V4_SPECIAL))


@given(IPV6_SAMPLES)
def test_ipv6_public_implies_global_unicast(address):
    if address.ipv4_mapped or address.sixtofour or address in ipaddress.ip_network("64:ff9b::/96"):
        return  # judged by the IPv4 address inside: tested below
    if is_public_address(address):
        assert address.is_global
        assert address in ipaddress.ip_network("2000::/3")
    if any(address in net for net in V6_SPECIAL):
        assert not is_public_address(address)


@given(IPV4_SAMPLES)
def test_ipv4_mapped_nat64_and_6to4_follow_the_embedded_address(v4):
    expected = is_public_address(v4)
    mapped = ipaddress.IPv6Address(f"::ffff:{v4}")
    nat64 = ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | int(v4))
    sixtofour = ipaddress.IPv6Address((0x2002 << 112) | (int(v4) << 80) | 1)
    assert is_public_address(mapped) is expected
    assert is_public_address(nat64) is expected
    assert is_public_address(sixtofour) is expected


@given(IPV4_SAMPLES)
def test_every_non_public_ipv4_is_named(address):
    kind = classify_address(address)
    assert (kind is None) is is_public_address(address)
    if address in ipaddress.ip_network("127.0.0.0/8"):
        assert kind == "loopback"


# ── the connect-time guard ────────────────────────────────────────────────────


class FakeStream(httpcore.NetworkStream):
    def __init__(self, peer: str, port: int) -> None:
        self.peer = (peer, port)
        self.closed = False

    def get_extra_info(self, info: str):
        return self.peer if info == "server_addr" else None

    def close(self) -> None:
        self.closed = True


class RecordingBackend(httpcore.NetworkBackend):
    """Stands in for the socket layer: records where the guard connects."""

    def __init__(self, peer_override: str | None = None, refuse: set[str] | None = None):
        self.connected: list[str] = []
        self.streams: list[FakeStream] = []
        self.peer_override = peer_override
        self.refuse = refuse or set()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connected.append(host)
        if host in self.refuse:
            raise httpcore.ConnectError("connection refused")
        stream = FakeStream(self.peer_override or host, port)
        self.streams.append(stream)
        return stream


class ScriptedResolver:
    """Answers successive look-ups of a name from a script, like a rebinding DNS server."""

    def __init__(self, *answers: list[str]) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def test_rebinding_name_is_refused_at_connect_time():
    resolver = ScriptedResolver(["93.184.216.34"], ["127.0.0.1"])
    # Whatever looked at the name first saw a public address …
    assert resolver("rebind.example", 80) == ["93.184.216.34"]
    check_url("http://rebind.example/", allow_private=False)
    inner = RecordingBackend()
    backend = GuardedNetworkBackend(resolver=resolver, inner=inner)
    # … but the address at connect time is what counts.
    with pytest.raises(BlockedURLError) as caught:
        backend.connect_tcp("rebind.example", 80)
    assert "127.0.0.1" in caught.value.reason and "loopback" in caught.value.reason
    assert inner.connected == []


def test_guard_connects_by_number_to_allowed_addresses_only():
    resolver = ScriptedResolver(["10.0.0.7", "93.184.216.34"])
    inner = RecordingBackend()
    backend = GuardedNetworkBackend(resolver=resolver, inner=inner)
    stream = backend.connect_tcp("mixed.example", 443)
    assert inner.connected == ["93.184.216.34"]
    assert stream.get_extra_info("server_addr") == ("93.184.216.34", 443)
    assert resolver.calls == 1


def test_guard_tries_the_next_allowed_address_when_one_refuses():
    resolver = ScriptedResolver(["2606:4700::1111", "93.184.216.34"])
    inner = RecordingBackend(refuse={"2606:4700::1111"})
    backend = GuardedNetworkBackend(resolver=resolver, inner=inner)
    backend.connect_tcp("dual.example", 80)
    assert inner.connected == ["2606:4700::1111", "93.184.216.34"]


def test_guard_checks_the_peer_the_socket_actually_reached():
    inner = RecordingBackend(peer_override="169.254.169.254")
    backend = GuardedNetworkBackend(resolver=ScriptedResolver(["93.184.216.34"]), inner=inner)
    with pytest.raises(BlockedURLError, match="link-local"):
        backend.connect_tcp("sneaky.example", 80)
    assert inner.streams[0].closed


def test_guard_allows_private_addresses_when_told_to():
    inner = RecordingBackend()
    backend = GuardedNetworkBackend(
        allow_private=True, resolver=ScriptedResolver(["127.0.0.1"]), inner=inner
    )
    backend.connect_tcp("localhost", 8080)
    assert inner.connected == ["127.0.0.1"]


def test_guard_refuses_unix_sockets():
    with pytest.raises(BlockedURLError):
        GuardedNetworkBackend(allow_private=True).connect_unix_socket("/var/run/docker.sock")


def test_guard_waits_through_its_inner_backend_so_ctrl_c_can_cut_a_wait(monkeypatch):
    # httpcore sleeps between connect retries; a DeadlineBackend inside the guard makes that
    # sleep interruptible, so the guard must hand the wait on instead of failing or blocking.
    waits: list[float] = []
    inner = RecordingBackend()
    monkeypatch.setattr(inner, "sleep", waits.append, raising=False)
    GuardedNetworkBackend(resolver=ScriptedResolver(["93.184.216.34"]), inner=inner).sleep(0.25)
    assert waits == [0.25]
