"""robots.txt, read per RFC 9309: may factcheck fetch this URL?

Takes a URL and a way to fetch a robots.txt (the same safe, polite fetcher as every page);
gives a yes, or a `BlockedURLError` whose reason says "disallowed by robots.txt". Rules are
read once per host (scheme, host and port) and cached for the life of the `RobotsRules`.

Matching is Scrapy's protego: the group for our product token (else `*`), the longest
matching rule wins, `Allow` wins a tie, `*` and `$` work as RFC 9309 says (the standard
library's `urllib.robotparser` gets the last three wrong).

What a failed fetch of robots.txt means follows RFC 9309 section 2.3.1:
- 2xx: the rules are followed (a body that is not UTF-8 is read with replacement).
- 3xx: redirects are followed (up to the fetcher's cap), even to another host.
- 4xx, 401 and 403 included ("unavailable"): everything may be fetched.
- 5xx, a timeout, a refused or reset connection ("unreachable"): everything is disallowed,
  since the server may be down precisely because it is overloaded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from protego import Protego

from factcheck.errors import BlockedURLError, FetchError, HTTPStatusError
from factcheck.sources.fetch import FetchedResponse

logger = logging.getLogger(__name__)

DEFAULT_AGENT_TOKEN = "factcheck"
"""The product token robots.txt groups are matched against (`User-agent: factcheck`)."""

MAX_ROBOTS_BYTES = 512 * 1024
"""RFC 9309 asks crawlers to parse at least 500 KiB; the rest of a longer file is ignored."""

RobotsFetch = Callable[[str], FetchedResponse]
"""Fetches a robots.txt URL (any content type) or raises `FetchError`."""


@dataclass(frozen=True)
class HostRules:
    """What one host's robots.txt says, or what its absence means."""

    robots_url: str
    parser: Protego | None = None
    """The parsed file; None when there is nothing to follow."""
    unreachable: str | None = None
    """Why robots.txt could not be had when that means "disallow everything"."""
    note: str = ""
    """Why everything is allowed, when the file was unavailable (e.g. HTTP 404)."""

    def allows(self, url: str, agent: str) -> bool:
        if self.unreachable is not None:
            return False
        if self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        """The `Crawl-delay` the file asks of `agent`, in seconds, if any."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return None if delay is None else float(delay)


def robots_url(url: str) -> str:
    """Where the robots.txt governing `url` lives: /robots.txt on the same scheme, host, port."""
    parsed = httpx.URL(url)
    return str(parsed.copy_with(path="/robots.txt", query=None, fragment=None))


def host_key(url: str) -> str:
    """The authority a robots.txt governs: scheme, host and explicit or default port."""
    parsed = httpx.URL(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return f"{parsed.scheme}://{parsed.host}:{port}"


def parse_robots(text: str, url: str) -> HostRules:
    """Rules from the text of a robots.txt found at `url`."""
    return HostRules(robots_url=url, parser=Protego.parse(text))


class RobotsRules:
    """robots.txt rules per host, fetched on first use and cached; safe across threads.

    `on_rules(host_key, rules)` is called once per host after its rules are read (the
    polite session uses it to honour `Crawl-delay`).
    """

    def __init__(
        self,
        fetch: RobotsFetch,
        *,
        agent: str = DEFAULT_AGENT_TOKEN,
        on_rules: Callable[[str, HostRules], None] | None = None,
    ) -> None:
        self._fetch = fetch
        self.agent = agent
        self._on_rules = on_rules
        self._lock = threading.Lock()
        self._rules: dict[str, HostRules] = {}
        self._host_locks: dict[str, threading.Lock] = {}

    def check(self, url: str) -> None:
        """Raise `BlockedURLError` unless robots.txt lets our agent fetch `url`."""
        try:
            rules = self.rules_for(url)
        except httpx.InvalidURL as exc:
            raise BlockedURLError(url, f"not a valid URL: {exc}") from None
        if rules.allows(url, self.agent):
            return
        if rules.unreachable is not None:
            raise BlockedURLError(
                url,
                f"disallowed by robots.txt: {rules.robots_url} could not be read "
                f"({rules.unreachable}), and RFC 9309 says to fetch nothing until it can be",
            )
        raise BlockedURLError(
            url, f"disallowed by robots.txt ({rules.robots_url}, user agent '{self.agent}')"
        )

    def rules_for(self, url: str) -> HostRules:
        """The rules governing `url`, fetching its host's robots.txt the first time."""
        key = host_key(url)
        with self._lock:
            known = self._rules.get(key)
            if known is not None:
                return known
            host_lock = self._host_locks.setdefault(key, threading.Lock())
        # One fetch per host, even when many threads ask at once; other hosts do not wait.
        with host_lock:
            with self._lock:
                known = self._rules.get(key)
            if known is not None:
                return known
            rules = self._read(robots_url(url))
            with self._lock:
                self._rules[key] = rules
        if self._on_rules is not None:
            self._on_rules(key, rules)
        return rules

    def _read(self, url: str) -> HostRules:
        try:
            fetched = self._fetch(url)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500:
                logger.info("%s: %s; everything is allowed (RFC 9309)", url, exc.reason)
                return HostRules(robots_url=url, note=exc.reason)
            return HostRules(robots_url=url, unreachable=exc.reason)
        except FetchError as exc:
            return HostRules(robots_url=url, unreachable=exc.reason)
        body = fetched.capture.body[:MAX_ROBOTS_BYTES]
        return parse_robots(body.decode("utf-8", "replace"), url)
