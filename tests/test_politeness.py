"""Per-host politeness and concurrent fetching across hosts (factcheck.sources.politeness).

The per-host limit is observed where it matters, in the server: `CountingServer` counts the
connections and requests open at once.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from conftest import Reply

from factcheck.errors import FetchError
from factcheck.model import Capture, CaptureOrigin, SourceSpec
from factcheck.sources.fetch import FetchedResponse, FetchPolicy
from factcheck.sources.politeness import (
    HostThrottle,
    Politeness,
    PoliteSession,
    PoliteTransport,
    fetch_all,
    interleave_by_host,
)

LOCAL = FetchPolicy(allow_private=True, max_retries=0)
NO_ROBOTS = Politeness(delay=0.0, obey_robots=False)


class CountingServer:
    """An HTTP/1.1 keep-alive server on 127.0.0.1 that answers every GET after `delay` seconds
    and records how many connections and requests were open at once, and when each ran."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.lock = threading.Lock()
        self.connections = self.most_connections = 0
        self.active = self.most_active = 0
        self.spans: list[tuple[float, float]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with server.lock:
                    server.connections += 1
                    server.most_connections = max(server.most_connections, server.connections)

            def finish(self) -> None:
                with server.lock:
                    server.connections -= 1
                super().finish()

            def do_GET(self) -> None:
                begin = time.monotonic()
                with server.lock:
                    server.active += 1
                    server.most_active = max(server.most_active, server.active)
                time.sleep(server.delay)
                body = b"<html><body><p>A page of the local test server.</p></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                with server.lock:
                    server.active -= 1
                    server.spans.append((begin, time.monotonic()))

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def counting_servers() -> Iterator[list[CountingServer]]:
    servers: list[CountingServer] = []
    yield servers
    for server in servers:
        server.stop()


# ── the throttle on its own ───────────────────────────────────────────────────


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_requests_to_one_host_are_spaced_by_the_delay():
    time_ = FakeTime()
    throttle = HostThrottle(2, 1.5, clock=time_.clock, sleep=time_.sleep)
    for _ in range(3):
        throttle.acquire("a:80")()
    assert time_.waits == [1.5, 1.5]


def test_other_hosts_do_not_wait_for_each_other():
    time_ = FakeTime()
    throttle = HostThrottle(2, 1.5, clock=time_.clock, sleep=time_.sleep)
    throttle.acquire("a:80")()
    throttle.acquire("b:80")()
    throttle.acquire("c:443")()
    assert time_.waits == []


def test_a_pause_holds_back_the_whole_host():
    time_ = FakeTime()
    throttle = HostThrottle(2, 0.0, clock=time_.clock, sleep=time_.sleep)
    throttle.pause("a:80", 7.0)
    throttle.acquire("b:80")()
    throttle.acquire("a:80")()
    assert time_.waits == [7.0]


def test_release_is_idempotent_and_frees_the_slot():
    throttle = HostThrottle(1, 0.0)
    release = throttle.acquire("a:80")
    release()
    release()  # a second call must not add a slot
    throttle.acquire("a:80")
    got_second = threading.Event()
    worker = threading.Thread(target=lambda: (throttle.acquire("a:80"), got_second.set()))
    worker.start()
    assert not got_second.wait(0.1)  # only one slot exists
    throttle._hosts["a:80"].slots.release()
    worker.join(1)


def test_retry_after_pauses_the_host_for_other_requests():
    time_ = FakeTime()
    replies = iter(
        [
            httpx.Response(429, headers={"Retry-After": "4"}),
            httpx.Response(200, content=b"<p>ok</p>", headers={"Content-Type": "text/html"}),
        ]
    )
    throttle = HostThrottle(2, 0.0, clock=time_.clock, sleep=time_.sleep)
    transport = PoliteTransport(httpx.MockTransport(lambda request: next(replies)), throttle)
    with httpx.Client(transport=transport) as client:
        assert client.get("https://a.example/x").status_code == 429
        assert client.get("https://a.example/y").status_code == 200
    assert time_.waits == [4.0]


def test_interleave_by_host_spreads_the_queue():
    urls = [f"https://a.example/{n}" for n in range(3)] + ["https://b.example/0", "bad url"]
    assert interleave_by_host(urls) == [
        "https://a.example/0",
        "https://b.example/0",
        "bad url",
        "https://a.example/1",
        "https://a.example/2",
    ]


# ── against real servers ──────────────────────────────────────────────────────


def test_at_most_two_connections_per_host_are_open(counting_servers):
    server = CountingServer(delay=0.1)
    counting_servers.append(server)
    urls = [server.url(f"/page/{n}") for n in range(8)]
    with PoliteSession(LOCAL, NO_ROBOTS) as polite:
        results = fetch_all(polite, urls, workers=8)
        assert polite.throttle.most_in_flight == {server.base_url.removeprefix("http://"): 2}
    assert all(isinstance(r, FetchedResponse) for r in results.values())
    assert server.most_active == 2
    assert server.most_connections == 2


def test_two_hosts_are_fetched_at_the_same_time(counting_servers):
    first, second = CountingServer(delay=0.2), CountingServer(delay=0.2)
    counting_servers.extend([first, second])
    urls = [first.url("/a"), first.url("/b"), second.url("/a"), second.url("/b")]
    with PoliteSession(LOCAL, NO_ROBOTS) as polite:
        results = fetch_all(polite, urls, workers=4)
    assert all(isinstance(r, FetchedResponse) for r in results.values())
    # Each of the two hosts served its two pages side by side, and the hosts overlapped: all
    # four requests were in flight at one moment (told by the servers' own spans, not by a
    # wall-clock bound, which a loaded machine breaks; bench_fetch times it).
    spans = [*first.spans, *second.spans]
    assert len(spans) == 4
    assert max(start for start, _ in spans) < min(end for _, end in spans)


def test_serial_fetching_is_one_at_a_time(counting_servers):
    server = CountingServer(delay=0.02)
    counting_servers.append(server)
    with PoliteSession(LOCAL, NO_ROBOTS) as polite:
        fetch_all(polite, [server.url(f"/{n}") for n in range(4)], workers=1)
    assert server.most_active == 1


def test_failures_are_results_and_free_their_slot(local_server):
    local_server.add("/reset", Reply(reset=True))
    local_server.add("/gone", Reply(404, b"gone", content_type="text/plain"))
    good = local_server.add("/good", "<p>fine</p>")
    urls = [local_server.url("/reset"), local_server.url("/gone"), good]
    with PoliteSession(LOCAL, Politeness(max_per_host=1, delay=0.0, obey_robots=False)) as polite:
        results = fetch_all(polite, urls, workers=3)
    assert isinstance(results[urls[0]], FetchError)
    assert "reset" in results[urls[0]].reason
    assert isinstance(results[urls[1]], FetchError)
    assert "404" in results[urls[1]].reason
    assert isinstance(results[good], FetchedResponse)


def test_every_hop_counts_against_the_host(local_server):
    local_server.add("/robots.txt", Reply(404, b"", content_type="text/plain"))
    local_server.redirect("/old", "/new")
    local_server.add("/new", "<p>moved</p>")
    time_ = FakeTime()
    polite = PoliteSession(LOCAL, Politeness(delay=2.0), sleep=time_.sleep, clock=time_.clock)
    with polite:
        polite.fetch(local_server.url("/old"))
    # robots.txt at once, then the redirect and its target each 2 s after the one before.
    assert time_.waits == [2.0, 2.0]


def test_done_is_called_for_each_url(counting_servers):
    server = CountingServer(delay=0.0)
    counting_servers.append(server)
    seen: list[str] = []
    urls = [server.url(f"/{n}") for n in range(3)]
    with PoliteSession(LOCAL, NO_ROBOTS) as polite:
        fetch_all(polite, urls, done=lambda url, result: seen.append(url))
    assert sorted(seen) == sorted(urls)


# ── verify's gather_sources: hosts side by side ───────────────────────────────


def test_sources_on_different_hosts_are_got_side_by_side():
    from factcheck.model import Article, Claim, ClaimFile
    from factcheck.verify import gather_sources

    specs = tuple(SourceSpec(id=f"s{n}", url=f"https://host{n}.example/p") for n in range(4))
    claim_file = ClaimFile(
        "c.yaml", Article("t"), specs, (Claim("c", "text", tuple(s.id for s in specs)),)
    )
    running, most = [0], [0]
    lock = threading.Lock()

    def get(spec: SourceSpec) -> Capture:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.15)
        with lock:
            running[0] -= 1
        if spec.id == "s2":
            raise FetchError(spec.url, "HTTP 404 Not Found")
        return _one_sentence_page(spec, CaptureOrigin.LIVE)

    progress: list[tuple[str, int, int]] = []
    outcomes = gather_sources(claim_file, get, lambda s, n, c: progress.append((s.id, n, c)))
    assert most[0] == 4
    assert [o.spec.id for o in outcomes] == ["s0", "s1", "s2", "s3"]  # the file's order
    assert outcomes[2].problem == "HTTP 404 Not Found" and outcomes[0].document is not None
    assert sorted(n for _, n, _ in progress) == [1, 2, 3, 4]
    assert {c for _, _, c in progress} == {4}
    serial = gather_sources(claim_file, get, workers=1)
    assert [o.problem for o in serial] == [o.problem for o in outcomes]


def test_an_offline_verify_reads_its_sources_in_the_calling_thread_and_a_live_one_side_by_side():
    # Offline, captures come from the archive on disk: threads would only take turns.
    from factcheck.model import Article, Claim, ClaimFile
    from factcheck.terms.termbase import Termbase
    from factcheck.verify import verify_claim_file

    specs = tuple(SourceSpec(id=f"s{n}", url=f"https://host{n}.example/p") for n in range(3))
    claim_file = ClaimFile(
        "c.yaml", Article("t"), specs, (Claim("c", "A sentence.", tuple(s.id for s in specs)),)
    )
    threads: list[threading.Thread] = []

    def get(spec: SourceSpec) -> Capture:
        threads.append(threading.current_thread())
        return _one_sentence_page(spec, CaptureOrigin.ARCHIVE)

    offline = verify_claim_file(claim_file, get, Termbase(()), offline=True)
    assert threads == [threading.main_thread()] * 3
    threads.clear()
    live = verify_claim_file(claim_file, get, Termbase(()), offline=False)
    assert len(threads) == 3 and threading.main_thread() not in threads
    assert [r.verdict for r in offline.results] == [r.verdict for r in live.results]


def _one_sentence_page(spec: SourceSpec, origin: CaptureOrigin) -> Capture:
    """A capture of an HTML page holding one sentence, as a getter gives it."""
    return Capture(
        spec.url,
        spec.url,
        200,
        (("Content-Type", "text/html"),),
        b"<p>A sentence of the page.</p>",
        dt.datetime.now(dt.UTC),
        "0" * 64,
        origin,
    )
