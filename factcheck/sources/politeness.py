"""Polite fetching for one run: a delay and at most two connections per host, robots.txt.

Takes a `FetchPolicy` (what is safe) and a `Politeness` (what is polite); gives a
`PoliteSession` whose `fetch(url)` is `fetch_source` with:

- `HostThrottle`: at most `max_per_host` requests in flight per host, and `delay` seconds
  between the starts of two requests to one host; a 429/503 with `Retry-After` pushes the
  host's next start back for every thread, not only for the one that got it;
- `PoliteTransport`: applies the throttle to every request the client sends (each redirect
  hop, retry and robots.txt fetch) and holds the host's slot until the response is closed;
- `RobotsRules`: robots.txt read once per host, checked for the URL and every redirect target,
  its `Crawl-delay` honoured up to `max_crawl_delay`.

One session serves many threads: the httpx client is thread-safe, and requests to different
hosts run side by side while each host sees at most two at a time. `fetch_all` fetches a
list of URLs that way.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

import httpx

from factcheck import interrupt
from factcheck.errors import FetchError
from factcheck.sources.fetch import (
    ACCEPTED_CONTENT_TYPES,
    FetchedResponse,
    FetchPolicy,
    Sleep,
    build_client,
    build_transport,
    fetch_source,
    parse_retry_after,
)
from factcheck.sources.netpolicy import Resolver
from factcheck.sources.robots import DEFAULT_AGENT_TOKEN, HostRules, RobotsRules

logger = logging.getLogger(__name__)

Clock = Callable[[], float]

DEFAULT_DELAY = 1.0
"""Seconds between the starts of two requests to one host, unless told otherwise."""


@dataclass(frozen=True)
class Politeness:
    """How gently a run treats each publisher's server."""

    max_per_host: int = 2
    """Requests (hence connections) in flight at once to one host."""
    delay: float = field(default_factory=lambda: DEFAULT_DELAY)
    """Seconds between the starts of two requests to one host."""
    max_crawl_delay: float = 10.0
    """A robots.txt `Crawl-delay` is honoured up to this many seconds."""
    max_pause: float = 60.0
    """A `Retry-After` pauses the whole host for at most this long."""
    obey_robots: bool = True
    agent: str = DEFAULT_AGENT_TOKEN
    """Product token matched against robots.txt `User-agent` lines."""
    workers: int = 8
    """Threads fetching at once across hosts."""


def throttle_key(url: httpx.URL) -> str:
    """The host a request counts against: host name (or address) and port."""
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.host}:{port}"


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    delay: float
    next_start: float = 0.0
    in_flight: int = 0


class HostThrottle:
    """Per-host slots and spacing, shared by all threads of a run.

    `clock` and `sleep` are injectable so tests need not wait.
    """

    def __init__(
        self,
        max_per_host: int = 2,
        delay: float = 1.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = interrupt.sleep,
    ) -> None:
        if max_per_host < 1:
            raise ValueError("max_per_host must be at least 1")
        self.max_per_host = max_per_host
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._hosts: dict[str, _Host] = {}
        self.most_in_flight: dict[str, int] = {}
        """The most requests seen in flight at once, per host (for tests and the bench)."""

    def _host(self, key: str) -> _Host:
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = _Host(threading.BoundedSemaphore(self.max_per_host), self.delay)
                self._hosts[key] = host
            return host

    def set_delay(self, key: str, seconds: float) -> None:
        """Space this host's requests by `seconds` (at least the default delay)."""
        host = self._host(key)
        with self._lock:
            host.delay = max(self.delay, seconds)

    def pause(self, key: str, seconds: float) -> None:
        """Start nothing on this host for `seconds` (a server asked us to wait)."""
        host = self._host(key)
        with self._lock:
            host.next_start = max(host.next_start, self._clock() + seconds)

    def acquire(self, key: str) -> Callable[[], None]:
        """Wait for a slot and for the host's next start time; return the release function."""
        host = self._host(key)
        host.slots.acquire()
        with self._lock:
            now = self._clock()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
            host.in_flight += 1
            self.most_in_flight[key] = max(self.most_in_flight.get(key, 0), host.in_flight)
        if start > now:
            self._sleep(start - now)
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if released:
                    return
                released = True
                host.in_flight -= 1
            host.slots.release()

        return release


class _ReleasingStream(httpx.SyncByteStream):
    """A response body that gives the host's slot back when it is closed."""

    def __init__(self, inner: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._inner = inner
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._release()


class PoliteTransport(httpx.BaseTransport):
    """Runs every request through a `HostThrottle`; the slot is held until the body is closed."""

    def __init__(self, inner: httpx.BaseTransport, throttle: HostThrottle, max_pause: float = 60.0):
        self._inner = inner
        self._throttle = throttle
        self._max_pause = max_pause

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = throttle_key(request.url)
        release = self._throttle.acquire(key)
        try:
            response = self._inner.handle_request(request)
        except BaseException:
            release()
            raise
        if response.status_code in (429, 503):
            asked = parse_retry_after(response.headers.get("retry-after"))
            if asked:
                self._throttle.pause(key, min(asked, self._max_pause))
        stream = response.stream
        if response.is_closed or not isinstance(stream, httpx.SyncByteStream):
            # Already read into memory (httpx.MockTransport with content=bytes): nothing
            # stays in flight, and httpx will not close it again.
            release()
        else:
            response.stream = _ReleasingStream(stream, release)
        return response

    def close(self) -> None:
        self._inner.close()


class PoliteSession:
    """Everything one run needs to fetch safely and politely; use as a context manager.

    `transport` replaces the guarded network transport (tests pass `httpx.MockTransport`);
    `resolver` replaces DNS for the guarded one. `sleep` is used for retry waits and
    per-host spacing, `clock` for the spacing.
    """

    def __init__(
        self,
        policy: FetchPolicy,
        politeness: Politeness | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
        sleep: Sleep = interrupt.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.policy = policy
        self.politeness = politeness or Politeness()
        self.sleep = sleep
        self.throttle = HostThrottle(
            self.politeness.max_per_host, self.politeness.delay, clock=clock, sleep=sleep
        )
        inner = transport or build_transport(
            policy,
            resolver=resolver,
            # Generous: the per-host cap is the throttle's; the pool only bounds sockets.
            max_connections=max(100, 2 * self.politeness.max_per_host * self.politeness.workers),
        )
        self.client = build_client(
            policy,
            transport=PoliteTransport(inner, self.throttle, self.politeness.max_pause),
        )
        self.robots: RobotsRules | None = None
        if self.politeness.obey_robots:
            self.robots = RobotsRules(
                self._fetch_robots, agent=self.politeness.agent, on_rules=self._honour_delay
            )

    def fetch(
        self, url: str, *, accept: frozenset[str] | None = ACCEPTED_CONTENT_TYPES
    ) -> FetchedResponse:
        """`fetch_source` under the session's policy, throttle and robots.txt rules."""
        return fetch_source(
            url,
            self.policy,
            client=self.client,
            sleep=self.sleep,
            accept=accept,
            check_hop=self.robots.check if self.robots else None,
        )

    def _fetch_robots(self, url: str) -> FetchedResponse:
        # robots.txt itself is never subject to robots.txt, and may be of any type.
        return fetch_source(url, self.policy, client=self.client, sleep=self.sleep, accept=None)

    def _honour_delay(self, key: str, rules: HostRules) -> None:
        asked = rules.crawl_delay(self.politeness.agent)
        if asked:
            seconds = min(asked, self.politeness.max_crawl_delay)
            host = throttle_key(httpx.URL(key))
            logger.info("%s asks for %gs between requests; waiting %gs", host, asked, seconds)
            self.throttle.set_delay(host, seconds)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def interleave_by_host(urls: Iterable[str]) -> list[str]:
    """`urls` reordered round-robin across hosts, so that workers spread over hosts at once
    instead of queueing behind one host's two slots."""
    queues: dict[str, list[str]] = {}
    for url in urls:
        try:
            key = throttle_key(httpx.URL(url))
        except httpx.InvalidURL:
            key = ""
        queues.setdefault(key, []).append(url)
    ordered: list[str] = []
    while queues:
        for key in list(queues):
            ordered.append(queues[key].pop(0))
            if not queues[key]:
                del queues[key]
    return ordered


def fetch_all(
    session: PoliteSession,
    urls: Sequence[str],
    *,
    workers: int | None = None,
    done: Callable[[str, FetchedResponse | FetchError], None] | None = None,
) -> dict[str, FetchedResponse | FetchError]:
    """Fetch every URL, hosts side by side; a failure is a value, never a raise.

    `workers` defaults to the session's; 1 fetches one URL after another. `done` is called
    (from a worker thread) as each URL finishes.
    """
    count = workers or session.politeness.workers

    def one(url: str) -> tuple[str, FetchedResponse | FetchError]:
        result: FetchedResponse | FetchError
        try:
            result = session.fetch(url)
        except FetchError as exc:
            result = exc
        if done is not None:
            done(url, result)
        return url, result

    ordered = interleave_by_host(dict.fromkeys(urls))
    if count <= 1:
        return dict(one(url) for url in ordered)
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="fetch") as pool:
        return dict(pool.map(one, ordered))
