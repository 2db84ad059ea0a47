"""Fetching sources safely (factcheck.sources.fetch), against a real server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import ipaddress
import socket
import time
import tracemalloc
import zlib

import httpcore
import httpx
import pytest
from conftest import Reply
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import BlockedURLError, FetchError, TooLargeError
from factcheck.model import CaptureOrigin
from factcheck.sources import fetch
from factcheck.sources.fetch import (
    BoundedDecoder,
    DecodedTooLarge,
    FetchPolicy,
    HTTPStatusError,
    build_client,
    fetch_source,
    parse_retry_after,
)

LOCAL = FetchPolicy(allow_private=True)
PAGE = "<html><head><title>Readout</title></head><body><p>The call lasted ten minutes.</p>"


class Sleeps(list[float]):
    """Records the waits asked for instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def mock_client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def streamed(status: int, headers: dict[str, str], body: bytes) -> httpx.Response:
    """A mock response that is streamed like a network one (content= would decode it)."""
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


def gzip_bomb(decoded_size: int) -> bytes:
    """Gzip of `decoded_size` zero bytes, built without holding them all in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decoded_size // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


# ── a normal page ─────────────────────────────────────────────────────────────


def test_page_is_fetched_with_its_digest_and_request(local_server):
    url = local_server.add("/readout.html", PAGE)
    fetched = fetch_source(url, LOCAL)
    capture = fetched.capture
    assert capture.body == PAGE.encode()
    assert capture.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert capture.status == 200
    assert capture.url == capture.final_url == url
    assert capture.origin is CaptureOrigin.LIVE
    assert capture.content_type == "text/html; charset=utf-8"
    assert abs(capture.fetched_at - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)
    assert fetched.request_line == "GET /readout.html HTTP/1.1"
    assert fetched.status_line == "HTTP/1.1 200 OK"
    assert fetched.raw_body == PAGE.encode()
    assert fetched.peer_address == "127.0.0.1"
    assert ("Host", f"127.0.0.1:{local_server.port}") in fetched.request_headers


def test_user_agent_names_the_tool_and_a_contact_url(local_server):
    url = local_server.add("/p", PAGE)
    fetch_source(url, LOCAL)
    agent = local_server.requests[0].headers["user-agent"]
    assert agent.startswith("factcheck/")
    assert "+https://" in agent
    assert local_server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_user_agent_is_sent_through_a_caller_supplied_client_too():
    seen = []

    def handler(request):
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, content=b"ok")

    with mock_client(handler) as client:
        fetch_source("https://example.org/", FetchPolicy(user_agent="probe/1 (+x)"), client=client)
    assert seen == ["probe/1 (+x)"]


def test_gzip_page_is_decoded_and_raw_bytes_are_kept(local_server):
    packed = gzip.compress(PAGE.encode())
    url = local_server.add("/z", Reply(body=packed, headers={"Content-Encoding": "gzip"}))
    fetched = fetch_source(url, LOCAL)
    assert fetched.capture.body == PAGE.encode()
    assert fetched.raw_body == packed
    assert fetched.capture.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()


def test_chunked_page_is_read_whole(local_server):
    url = local_server.add("/c", Reply(body=PAGE * 50, chunked=True, chunk_size=100))
    assert fetch_source(url, LOCAL).capture.body == (PAGE * 50).encode()


@pytest.mark.parametrize(
    "packed",
    [
        zlib.compress(PAGE.encode()),  # deflate as the RFC says: zlib-wrapped
        zlib.compress(PAGE.encode())[2:-4],  # raw deflate, as some servers send it
    ],
)
def test_deflate_with_and_without_zlib_header(packed):
    def handler(request):
        headers = {"Content-Type": "text/html", "Content-Encoding": "deflate"}
        return streamed(200, headers, packed)

    with mock_client(handler) as client:
        assert fetch_source("https://example.org/", FetchPolicy(), client=client).capture.body == (
            PAGE.encode()
        )


def test_two_gzip_members_are_one_body():
    packed = gzip.compress(b"first half, ") + gzip.compress(b"second half")

    def handler(request):
        headers = {"Content-Type": "text/plain", "Content-Encoding": "gzip"}
        return streamed(200, headers, packed)

    with mock_client(handler) as client:
        body = fetch_source("https://example.org/", FetchPolicy(), client=client).capture.body
    assert body == b"first half, second half"


def test_one_client_serves_many_fetches(local_server):
    urls = [local_server.add(f"/p{i}", f"page {i}") for i in range(3)]
    with build_client(LOCAL) as client:
        bodies = [fetch_source(u, LOCAL, client=client).capture.body for u in urls]
    assert bodies == [b"page 0", b"page 1", b"page 2"]


# ── HTTP errors, content types, timeouts, broken connections ──────────────────


def test_404_is_a_fetch_error_naming_the_status(local_server):
    url = local_server.url("/missing")
    with pytest.raises(HTTPStatusError) as caught:
        fetch_source(url, LOCAL)
    assert caught.value.reason == "HTTP 404 Not Found"
    assert caught.value.status == 404
    assert caught.value.url == url
    assert isinstance(caught.value, FetchError)


def test_error_after_a_redirect_names_the_page_that_failed(local_server):
    local_server.redirect("/moved", "/gone")
    with pytest.raises(HTTPStatusError) as caught:
        fetch_source(local_server.url("/moved"), LOCAL)
    assert (
        caught.value.reason
        == f"HTTP 404 Not Found (at {local_server.url('/gone')}, after redirects)"
    )


def test_403_is_not_retried(local_server):
    url = local_server.add("/forbidden", Reply(403, "no"))
    with pytest.raises(HTTPStatusError, match="HTTP 403 Forbidden"):
        fetch_source(url, LOCAL, sleep=Sleeps())
    assert len(local_server.requests) == 1


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("application/octet-stream", "content type application/octet-stream"),
        ("image/png", "content type image/png"),
        (None, "no content type"),
    ],
)
def test_other_content_types_are_refused(local_server, content_type, expected):
    url = local_server.add("/blob", Reply(body=b"\x89PNG", content_type=content_type))
    with pytest.raises(FetchError) as caught:
        fetch_source(url, LOCAL)
    assert expected in caught.value.reason
    assert "HTML" in caught.value.reason


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html",
        "TEXT/HTML; charset=Shift_JIS",
        "application/xhtml+xml",
        "text/plain",
        "application/pdf",
    ],
)
def test_accepted_content_types(local_server, content_type):
    url = local_server.add("/ok", Reply(body=b"x", content_type=content_type))
    assert fetch_source(url, LOCAL).capture.body == b"x"


def test_slow_server_times_out_quickly(local_server):
    # The server would answer after 60 s; the bound is far below that and far above the
    # timeout, so a loaded machine does not fail it and a fetch that waits still does.
    url = local_server.add("/slow", Reply(body=PAGE, delay=60))
    policy = FetchPolicy(allow_private=True, read_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch_source(url, policy)
    assert time.monotonic() - started < 20
    assert caught.value.reason == "timed out after 0.3s waiting for the server"


def test_dripping_server_hits_the_total_deadline(local_server):
    body = b"x" * 64 * 600  # 600 chunks, 0.1 s apart: a minute to send it all
    url = local_server.add("/drip", Reply(body=body, chunk_size=64, chunk_delay=0.1))
    policy = FetchPolicy(allow_private=True, read_timeout=1.0, total_timeout=0.4)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.4s \(total\)"):
        fetch_source(url, policy)
    assert time.monotonic() - started < 20


def test_reset_connection_says_so(local_server):
    url = local_server.add("/reset", Reply(reset=True))
    with pytest.raises(FetchError) as caught:
        fetch_source(url, FetchPolicy(allow_private=True, max_retries=0))
    assert caught.value.reason == "the connection was reset by the server"


def test_refused_connection_says_so():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    with pytest.raises(FetchError) as caught:
        fetch_source(f"http://127.0.0.1:{port}/", FetchPolicy(allow_private=True, max_retries=0))
    assert caught.value.reason == "the connection was refused"


def test_unknown_host_is_a_fetch_error():
    def resolver(host, port):
        raise httpcore.ConnectError(f"could not resolve host {host}: Name or service not known")

    with (
        build_client(FetchPolicy(), resolver=resolver) as client,
        pytest.raises(FetchError, match="could not resolve host nowhere.example"),
    ):
        fetch_source("https://nowhere.example/", FetchPolicy(max_retries=0), client=client)


# ── redirects ─────────────────────────────────────────────────────────────────


def test_redirects_are_followed_and_recorded(local_server):
    final = local_server.add("/new/readout.html", PAGE)
    local_server.redirect("/old", "/middle", status=301)
    first = local_server.redirect("/middle", "/new/readout.html", status=307)
    start = local_server.url("/old")
    fetched = fetch_source(start, LOCAL)
    assert fetched.capture.url == start
    assert fetched.capture.final_url == final
    assert fetched.redirects == (start, first)
    assert fetched.request_line == "GET /new/readout.html HTTP/1.1"


def test_redirect_loop_is_an_error(local_server):
    local_server.redirect("/a", "/b")
    local_server.redirect("/b", "/a")
    with pytest.raises(FetchError, match="redirect loop") as caught:
        fetch_source(local_server.url("/a"), LOCAL)
    assert "/a → " in caught.value.reason
    assert len(local_server.requests) == 2


def test_redirect_cap(local_server):
    for i in range(4):
        local_server.redirect(f"/r{i}", f"/r{i + 1}")
    local_server.add("/r4", PAGE)
    policy = FetchPolicy(allow_private=True, max_redirects=3)
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch_source(local_server.url("/r0"), policy)
    assert fetch_source(local_server.url("/r1"), policy).capture.body == PAGE.encode()


def test_redirect_to_a_private_address_is_refused(local_server):
    # 127.0.0.1 is allowed (the test server), 169.254.169.254 is not.
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))
    local_server.redirect("/go", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(BlockedURLError) as caught:
        fetch_source(local_server.url("/go"), policy)
    assert "redirect to http://169.254.169.254/latest/meta-data/" in caught.value.reason
    assert "link-local" in caught.value.reason


def test_redirect_to_a_name_that_resolves_privately_is_refused_at_connect(local_server):
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))
    answers = {"intranet.example": ["10.9.8.7"]}
    resolver = lambda host, port: answers.get(host, [host])  # noqa: E731
    local_server.redirect("/go", "http://intranet.example/secret")
    with build_client(policy, resolver=resolver) as client:
        with pytest.raises(BlockedURLError) as caught:
            fetch_source(local_server.url("/go"), policy, client=client)
    assert "10.9.8.7" in caught.value.reason and "private" in caught.value.reason
    assert "intranet.example" in caught.value.reason


def test_redirect_to_another_scheme_is_refused():
    def handler(request):
        return httpx.Response(302, headers={"Location": "file:///etc/passwd"})

    with mock_client(handler) as client, pytest.raises(BlockedURLError, match="not file:"):
        fetch_source("https://example.org/", FetchPolicy(), client=client)


def test_redirect_without_location_is_an_error():
    with (
        mock_client(lambda request: httpx.Response(302)) as client,
        pytest.raises(HTTPStatusError, match="without a Location"),
    ):
        fetch_source("https://example.org/", FetchPolicy(), client=client)


# ── address policy ────────────────────────────────────────────────────────────


def test_loopback_is_refused_by_default(local_server):
    url = local_server.add("/p", PAGE)
    with pytest.raises(BlockedURLError, match="loopback"):
        fetch_source(url, FetchPolicy())
    with pytest.raises(BlockedURLError, match="loopback"):
        fetch_source(f"http://localhost:{local_server.port}/p", FetchPolicy())
    assert local_server.requests == []


def test_name_resolving_to_loopback_is_refused_at_connect_time(local_server):
    local_server.add("/p", PAGE)
    url = f"http://looks-public.example:{local_server.port}/p"
    with build_client(FetchPolicy(), resolver=lambda h, p: ["127.0.0.1"]) as client:
        with pytest.raises(BlockedURLError) as caught:
            fetch_source(url, FetchPolicy(), client=client)
    assert caught.value.url == url
    assert "looks-public.example (127.0.0.1)" in caught.value.reason
    assert local_server.requests == []


def test_name_that_rebinds_between_connections_is_refused(local_server):
    # The first connection to rebind.example resolves to the allowed test server; the
    # redirect closes that connection, and the next look-up of the same name answers a
    # private address, which must be refused although the name passed before.
    port = local_server.port
    local_server.add("/next", PAGE)
    local_server.add(
        "/start",
        Reply(302, content_type=None, headers={"Location": "/next", "Connection": "close"}),
    )
    answers = [["127.0.0.1"], ["10.0.0.1"]]
    resolver = lambda host, port_: answers.pop(0)  # noqa: E731
    policy = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))
    url = f"http://rebind.example:{port}/start"
    with build_client(policy, resolver=resolver) as client:
        with pytest.raises(BlockedURLError) as caught:
            fetch_source(url, policy, client=client)
    assert caught.value.url == url
    assert "rebind.example (10.0.0.1): it is a private address" in caught.value.reason
    assert f"redirected to http://rebind.example:{port}/next" in caught.value.reason
    assert [r.path for r in local_server.requests] == ["/start"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.html"])
def test_other_schemes_are_refused(url):
    with pytest.raises(BlockedURLError, match="only http and https"):
        fetch_source(url, LOCAL)


# ── size caps ─────────────────────────────────────────────────────────────────


def test_declared_oversize_body_is_refused_before_reading(local_server):
    url = local_server.add("/big", Reply(body=b"x" * 5000, content_type="text/plain"))
    with pytest.raises(TooLargeError, match="5000 bytes, over the 1000 limit"):
        fetch_source(url, FetchPolicy(allow_private=True, max_bytes=1000))


def test_undeclared_oversize_body_is_cut_off_while_streaming(local_server):
    body = b"y" * 200_000
    url = local_server.add(
        "/big", Reply(body=body, content_type="text/plain", chunked=True, chunk_size=10_000)
    )
    with pytest.raises(TooLargeError, match="exceeds the 50000-byte limit"):
        fetch_source(url, FetchPolicy(allow_private=True, max_bytes=50_000))


def test_gzip_bomb_is_refused_while_streaming(local_server, monkeypatch):
    cap = 1024 * 1024
    bomb = gzip_bomb(50 * cap)
    assert len(bomb) < cap  # small on the wire: only decoding can tell
    url = local_server.add(
        "/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip"}, chunk_size=16_384)
    )
    decoders: list[BoundedDecoder] = []

    class RecordingDecoder(BoundedDecoder):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            decoders.append(self)

    monkeypatch.setattr(fetch, "BoundedDecoder", RecordingDecoder)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="decompresses to more than 1048576 bytes"):
            fetch_source(url, FetchPolicy(allow_private=True, max_bytes=cap))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert decoders[0].produced <= cap
    assert peak < 8 * cap  # nowhere near the 50 MB it would expand to


def test_bounded_decoder_stops_at_the_limit():
    decoder = BoundedDecoder("gzip", 10_000)
    bomb = gzip_bomb(5 * 1024 * 1024)
    with pytest.raises(DecodedTooLarge):
        for start in range(0, len(bomb), 1000):
            decoder.decode(bomb[start : start + 1000])
    assert decoder.produced <= 10_000


def test_unsupported_content_encoding_is_refused():
    def handler(request):
        headers = {"Content-Type": "text/html", "Content-Encoding": "br"}
        return streamed(200, headers, b"\x0b\x02\x80hi\x03")

    with mock_client(handler) as client, pytest.raises(FetchError, match="encoding 'br'"):
        fetch_source("https://example.org/", FetchPolicy(), client=client)


def test_corrupt_gzip_is_a_fetch_error():
    def handler(request):
        headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
        return streamed(200, headers, b"\x1f\x8b\x08\x00garbage" * 4)

    with mock_client(handler) as client, pytest.raises(FetchError, match="gzip body is corrupt"):
        fetch_source("https://example.org/", FetchPolicy(), client=client)


# ── retries ───────────────────────────────────────────────────────────────────


def test_503_then_success_honours_retry_after_seconds(local_server):
    url = local_server.add("/busy", Reply(503, "later", headers={"Retry-After": "3"}), PAGE)
    sleeps = Sleeps()
    fetched = fetch_source(url, LOCAL, sleep=sleeps)
    assert fetched.capture.body == PAGE.encode()
    assert sleeps == [3.0]
    assert len(local_server.requests) == 2


def test_429_with_an_http_date_retry_after(local_server):
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    header = soon.strftime("%a, %d %b %Y %H:%M:%S GMT")
    url = local_server.add(
        "/throttled", Reply(429, "slow down", headers={"Retry-After": header}), PAGE
    )
    sleeps = Sleeps()
    fetch_source(url, LOCAL, sleep=sleeps)
    assert len(sleeps) == 1 and 3.0 <= sleeps[0] <= 5.0


def test_retry_after_longer_than_allowed_gives_up_at_once(local_server):
    url = local_server.add("/busy", Reply(503, headers={"Retry-After": "3600"}))
    sleeps = Sleeps()
    with pytest.raises(HTTPStatusError, match="retry after 3600s") as caught:
        fetch_source(url, LOCAL, sleep=sleeps)
    assert caught.value.status == 503 and caught.value.retry_after == 3600.0
    assert sleeps == []


def test_retries_are_bounded_with_doubling_backoff(local_server):
    url = local_server.add("/down", Reply(503, "down"))
    sleeps = Sleeps()
    policy = FetchPolicy(allow_private=True, max_retries=3, backoff=0.5)
    with pytest.raises(HTTPStatusError, match="HTTP 503 Service Unavailable"):
        fetch_source(url, policy, sleep=sleeps)
    assert sleeps == [0.5, 1.0, 2.0]
    assert len(local_server.requests) == 4


def test_reset_connection_is_retried(local_server):
    url = local_server.add("/flaky", Reply(reset=True), PAGE)
    sleeps = Sleeps()
    assert fetch_source(url, LOCAL, sleep=sleeps).capture.body == PAGE.encode()
    assert sleeps == [1.0]


def test_retry_wait_past_the_deadline_is_a_timeout(local_server):
    url = local_server.add("/busy", Reply(503, headers={"Retry-After": "20"}), PAGE)
    policy = FetchPolicy(allow_private=True, total_timeout=5)
    with pytest.raises(FetchError, match="timed out after 5s"):
        fetch_source(url, policy, sleep=Sleeps())


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
        ("١٢", None),
    ],
)
def test_parse_retry_after(value, seconds):
    now = dt.datetime(2025, 10, 25, tzinfo=dt.UTC)
    assert parse_retry_after(value, now=now) == seconds


def test_parse_retry_after_date_in_the_future():
    now = dt.datetime(2015, 10, 21, 7, 27, 30, tzinfo=dt.UTC)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 30.0


@given(st.text(max_size=60))
def test_parse_retry_after_never_raises_and_never_goes_negative(value):
    result = parse_retry_after(value)
    assert result is None or result >= 0


# ── content types a caller chooses; a hop check ───────────────────────────────


def test_any_content_type_when_the_caller_accepts_any(local_server):
    url = local_server.add("/data", Reply(body=b'{"a": 1}', content_type="application/json"))
    fetched = fetch_source(url, LOCAL, accept=None)
    assert fetched.capture.body == b'{"a": 1}'
    assert local_server.requests[0].headers["accept"] == "*/*"


def test_a_named_content_type_is_asked_for_and_others_refused(local_server):
    wanted = frozenset({"application/json"})
    url = local_server.add("/data", Reply(body=b"<p>no</p>"))
    with pytest.raises(FetchError, match="expected application/json"):
        fetch_source(url, LOCAL, accept=wanted)
    assert local_server.requests[0].headers["accept"] == "application/json"


def test_hop_check_sees_the_url_and_every_redirect_target(local_server):
    local_server.add("/end", PAGE)
    local_server.redirect("/middle", "/end")
    start = local_server.redirect("/start", "/middle")
    seen: list[str] = []
    fetch_source(start, LOCAL, check_hop=seen.append)
    assert seen == [start, local_server.url("/middle"), local_server.url("/end")]


def test_hop_check_can_refuse_a_redirect_target(local_server):
    local_server.add("/end", PAGE)
    start = local_server.redirect("/start", "/end")

    def refuse_end(url: str) -> None:
        if url.endswith("/end"):
            raise BlockedURLError(url, "not this one")

    with pytest.raises(BlockedURLError) as caught:
        fetch_source(start, LOCAL, check_hop=refuse_end)
    assert caught.value.url == start
    assert "redirect to" in caught.value.reason and "not this one" in caught.value.reason
    assert local_server.requests_to("/end") == []


# ── the progress bar (the CLI's hook) ─────────────────────────────────────────


def test_progress_bar_shows_on_a_terminal_for_many_sources_only(monkeypatch):
    import io
    import sys

    from factcheck.cli import online
    from factcheck.model import SourceSpec

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with online._progress_bar(3, "sources") as hook:
        assert hook is None  # a few sources: no bar
    with online._progress_bar(5, "sources") as hook:
        assert hook is not None
        hook(SourceSpec(id="mofa-ja-call", url="https://x/"), 1, 5)
    assert "sources: mofa-ja-call" in terminal.getvalue()
    assert "1/5" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal: silent
    with online._progress_bar(50, "sources") as hook:
        assert hook is None


def test_a_name_that_does_not_resolve_is_not_retried():
    import socket as socket_module
    import time as time_module

    import httpcore

    calls = []

    def unresolvable(host, port):
        calls.append(host)
        try:
            raise socket_module.gaierror(socket_module.EAI_NONAME, "Name or service not known")
        except socket_module.gaierror as exc:
            raise httpcore.ConnectError(f"could not resolve host {host}") from exc

    policy = FetchPolicy(max_retries=2, backoff=30.0)  # a retry would first wait 30 s
    started = time_module.monotonic()
    with build_client(policy, resolver=unresolvable) as client, pytest.raises(FetchError):
        fetch_source("https://no-such-host.example/page", policy, client=client)
    assert calls == ["no-such-host.example"]
    assert time_module.monotonic() - started < 20
