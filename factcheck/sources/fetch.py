"""Fetch one source URL from the web, safely: the network half of "get sources".

Takes a URL and a `FetchPolicy`; gives a `FetchedResponse` (the decoded `Capture` plus the
request, status line, headers and raw wire bytes the archive needs for faithful WARC
records), or raises a `FetchError` subclass whose reason a report can show as it is.

What it guards against, and where:
- URL and address policy: `netpolicy.check_url` on the first URL and on every redirect hop,
  and `netpolicy.GuardedNetworkBackend` at connect time (DNS rebinding).
- Size: the wire bytes are counted while streaming (`iter_raw`), and the content-encoding
  is decoded here by `BoundedDecoder`, which never produces more than the cap, so a gzip
  bomb is refused after about `max_bytes` of output, not after it is expanded.
- Time: connect and read timeouts per request, and one deadline for the whole fetch.
- Redirects are followed here, hop by hop, with a cap and loop detection.
- 429 / 503 and dropped connections are retried a bounded number of times with backoff,
  honouring `Retry-After` (seconds or an HTTP date).
- A caller's `check_hop` (robots.txt, see `factcheck.sources.politeness`) sees every URL before it
  is requested, the first and each redirect target.

Politeness (a delay and at most two connections per host) lives in the transport that
`factcheck.sources.politeness` wraps around `build_transport`'s, so every hop and retry obeys it.

Every httpx exception is mapped into `factcheck.errors` here; nothing else escapes.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from factcheck import interrupt
from factcheck.errors import BlockedURLError, FetchError, HTTPStatusError, TooLargeError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.decoding import BoundedDecoder, DecodedTooLarge
from factcheck.sources.fetch_policy import DEFAULT_USER_AGENT, FetchPolicy
from factcheck.sources.netpolicy import (
    GuardedNetworkBackend,
    GuardedTransport,
    Resolver,
    check_url,
)

logger = logging.getLogger(__name__)


ACCEPTED_CONTENT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "application/pdf"}
)
ACCEPT_HEADER = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7"
# Only what BoundedDecoder can decode with a bound; brotli/zstd would need their own.
ACCEPT_ENCODING_HEADER = "gzip, deflate"

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})

Sleep = Callable[[float], None]
HopCheck = Callable[[str], None]
"""Sees a URL before it is requested; raises `BlockedURLError` to refuse it."""

_DIGITS = re.compile(r"[0-9]+")


__all__ = [
    "ACCEPTED_CONTENT_TYPES",
    "DEFAULT_USER_AGENT",
    "BoundedDecoder",
    "DecodedTooLarge",
    "FetchPolicy",
    "FetchedResponse",
    "HTTPStatusError",
    "build_client",
    "build_transport",
    "fetch_source",
    "parse_retry_after",
]


@dataclass(frozen=True)
class FetchedResponse:
    """A live fetch, with everything the archive needs to write faithful WARC records."""

    capture: Capture
    """origin LIVE; `body` is the decoded payload and `sha256` its digest."""
    request_line: str
    """As sent for the final hop, e.g. "GET /path?q=1 HTTP/1.1"."""
    request_headers: tuple[tuple[str, str], ...]
    status_line: str
    """As received, e.g. "HTTP/1.1 200 OK"."""
    raw_body: bytes
    """The body as it came off the wire: de-chunked but still content-encoded."""
    redirects: tuple[str, ...] = ()
    """URLs that redirected, in order, before `capture.final_url` answered."""
    peer_address: str | None = None
    """IP address of the server that answered, when the transport reports it."""

    @property
    def response_headers(self) -> tuple[tuple[str, str], ...]:
        return self.capture.headers


# ── the fetch ─────────────────────────────────────────────────────────────────


def build_transport(
    policy: FetchPolicy, *, resolver: Resolver | None = None, max_connections: int = 100
) -> GuardedTransport:
    """The transport whose connections pass the policy's address check at connect time.

    `resolver` replaces the system resolver (tests use it to simulate DNS answers);
    `max_connections` caps the pool across all hosts (the per-host cap is politeness's).
    """
    backend = GuardedNetworkBackend(
        allow_private=policy.allow_private,
        allowed_networks=policy.allowed_networks,
        resolver=resolver,
        inner=DeadlineBackend(httpcore.SyncBackend()),
    )
    return GuardedTransport(backend, max_connections=max_connections)


def build_client(
    policy: FetchPolicy,
    *,
    resolver: Resolver | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An httpx client for `fetch_source`: by default over `build_transport(policy)`.

    Reuse one client for many fetches (and threads: httpx clients are thread-safe) to keep
    connections alive; close it when done. A `transport` you pass is used as is.
    """
    return httpx.Client(
        transport=transport or build_transport(policy, resolver=resolver),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": policy.user_agent},
    )


def fetch_source(
    url: str,
    policy: FetchPolicy,
    *,
    client: httpx.Client | None = None,
    sleep: Sleep = interrupt.sleep,
    accept: frozenset[str] | None = ACCEPTED_CONTENT_TYPES,
    check_hop: HopCheck | None = None,
) -> FetchedResponse:
    """Fetch `url` under `policy` and return the response with its decoded body.

    `client` defaults to a fresh `build_client(policy)`; a client you pass is used as is
    (its transport decides whether connect-time address checks happen — `build_client`'s
    does, an `httpx.MockTransport` never connects at all). `sleep` waits between retries.
    `accept` lists the content types taken (None: any, e.g. for robots.txt or JSON from
    the Internet Archive). `check_hop` sees the URL and every redirect target before each
    is requested and may refuse it with `BlockedURLError` (robots.txt does).

    Raises `BlockedURLError` (policy), `TooLargeError` (size caps), `HTTPStatusError`
    (4xx/5xx) or `FetchError` (timeouts, resets, unusable responses).
    """
    check_url(url, allow_private=policy.allow_private, allowed_networks=policy.allowed_networks)
    if check_hop is not None:
        check_hop(url)
    run = _FetchRun(url, policy, sleep, accept, check_hop)
    outer = getattr(_this_thread, "deadline", None)
    _this_thread.deadline = run.deadline
    try:
        if client is not None:
            return run.follow(client)
        with build_client(policy) as own_client:
            return run.follow(own_client)
    finally:
        _this_thread.deadline = outer


class _FetchRun:
    """One call of `fetch_source`: its deadline, hops and attempts."""

    def __init__(
        self,
        url: str,
        policy: FetchPolicy,
        sleep: Sleep,
        accept: frozenset[str] | None,
        check_hop: HopCheck | None,
    ) -> None:
        self.url = url
        self.policy = policy
        self.sleep = sleep
        self.accept = accept
        self.check_hop = check_hop
        self.accept_header = (
            ACCEPT_HEADER
            if accept == ACCEPTED_CONTENT_TYPES
            else ", ".join(sorted(accept or ())) or "*/*"
        )
        self.deadline = time.monotonic() + policy.total_timeout
        self.last_timeout = self.timeout()

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def follow(self, client: httpx.Client) -> FetchedResponse:
        policy = self.policy
        current = self.url
        chain: list[str] = []
        while True:
            response = self.send(client, current)
            try:
                if response.status_code not in REDIRECT_STATUSES:
                    return self.read(response, tuple(chain))
                location = response.headers.get("location")
                if not location:
                    raise HTTPStatusError(
                        self.url,
                        f"{_status_text(response)} without a Location header",
                        response.status_code,
                    )
                try:
                    target = str(response.url.join(location).copy_with(fragment=None))
                except (httpx.InvalidURL, ValueError) as exc:
                    raise FetchError(self.url, f"redirect to an invalid URL: {exc}") from None
            finally:
                response.close()
            chain.append(current)
            if target in chain:
                loop = " → ".join([*chain[chain.index(target) :], target])
                raise FetchError(self.url, f"redirect loop: {loop}")
            if len(chain) > policy.max_redirects:
                raise FetchError(
                    self.url, f"more than {policy.max_redirects} redirects (last to {target})"
                )
            try:
                check_url(
                    target,
                    allow_private=policy.allow_private,
                    allowed_networks=policy.allowed_networks,
                )
                if self.check_hop is not None:
                    self.check_hop(target)
            except BlockedURLError as exc:
                raise BlockedURLError(self.url, f"redirect to {target}: {exc.reason}") from None
            logger.debug("%s redirects to %s", current, target)
            current = target

    def timeout(self) -> httpx.Timeout:
        left = max(self.remaining(), 0.001)
        read = min(self.policy.read_timeout, left)
        return httpx.Timeout(
            connect=min(self.policy.connect_timeout, left), read=read, write=read, pool=left
        )

    def send(self, client: httpx.Client, url: str) -> httpx.Response:
        """Send one GET, retrying 429/503 and dropped connections within the budget."""
        policy = self.policy
        for attempt in range(policy.max_retries + 1):
            if interrupt.interrupted():
                raise FetchError(self.url, "interrupted")
            if self.remaining() <= 0:
                raise self.timed_out()
            timeout = self.last_timeout = self.timeout()
            request = client.build_request(
                "GET",
                url,
                headers={
                    "User-Agent": policy.user_agent,
                    "Accept": self.accept_header,
                    "Accept-Encoding": ACCEPT_ENCODING_HEADER,
                },
                timeout=timeout,
            )
            last = attempt == policy.max_retries
            try:
                response = client.send(request, stream=True, follow_redirects=False)
            except BlockedURLError as exc:
                where = "" if url == self.url else f" (redirected to {url})"
                raise BlockedURLError(self.url, exc.reason + where) from None
            except httpx.HTTPError as exc:
                error = self.describe(exc, timeout, url)
                if last or not _is_retryable(exc):
                    raise error from exc
                delay = policy.backoff * 2**attempt
                logger.info("%s: %s; retrying in %.1fs", url, error.reason, delay)
            else:
                if response.status_code not in RETRY_STATUSES or last:
                    return response
                response.close()
                asked = parse_retry_after(response.headers.get("retry-after"))
                delay = policy.backoff * 2**attempt if asked is None else asked
                if delay > policy.max_retry_after:
                    raise HTTPStatusError(
                        self.url,
                        f"{_status_text(response)}; the server asks to retry after "
                        f"{delay:g}s, longer than the {policy.max_retry_after:g}s allowed",
                        response.status_code,
                        retry_after=delay,
                    )
                logger.info("%s: %s; retrying in %.1fs", url, _status_text(response), delay)
            if delay >= self.remaining():
                raise self.timed_out()
            self.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def read(self, response: httpx.Response, chain: tuple[str, ...]) -> FetchedResponse:
        """Check status and type, then stream the body under both caps."""
        policy = self.policy
        status = response.status_code
        # Asked before the body is read: once it is, the pool may hand the connection on.
        peer = _peer_address(response)
        where = f" (at {response.url}, after redirects)" if chain else ""
        if status >= 400:
            raise HTTPStatusError(
                self.url,
                _status_text(response) + where,
                status,
                retry_after=parse_retry_after(response.headers.get("retry-after")),
            )
        if not 200 <= status < 300:
            raise HTTPStatusError(self.url, f"unexpected {_status_text(response)}{where}", status)
        content_type = response.headers.get("content-type", "")
        mime = content_type.split(";", 1)[0].strip().lower()
        if self.accept is not None and mime not in self.accept:
            shown = f"content type {mime}" if mime else "no content type"
            expected = (
                "an HTML page, plain text or a PDF"
                if self.accept == ACCEPTED_CONTENT_TYPES
                else " or ".join(sorted(self.accept))
            )
            raise FetchError(self.url, f"{shown}; expected {expected}")
        declared = response.headers.get("content-length", "")
        if _DIGITS.fullmatch(declared) and int(declared) > policy.max_bytes:
            raise TooLargeError(
                self.url, f"the body is {int(declared)} bytes, over the {policy.max_bytes} limit"
            )
        encoding = response.headers.get("content-encoding", "")
        try:
            decoder = BoundedDecoder(encoding, policy.max_bytes)
        except ValueError:
            raise FetchError(self.url, f"unsupported content encoding {encoding!r}") from None

        raw = bytearray()
        parts: list[bytes] = []
        timeout = self.last_timeout
        try:
            for chunk in _raw_chunks(response):
                raw += chunk
                if len(raw) > policy.max_bytes:
                    raise TooLargeError(
                        self.url, f"the body exceeds the {policy.max_bytes}-byte limit"
                    )
                parts.append(decoder.decode(chunk))
                if self.remaining() <= 0:
                    raise self.timed_out()
            parts.append(decoder.flush())
        except DecodedTooLarge:
            raise TooLargeError(
                self.url,
                f"the body decompresses to more than {policy.max_bytes} bytes "
                f"(stopped after {len(raw)} compressed bytes)",
            ) from None
        except zlib.error as exc:
            raise FetchError(self.url, f"the {encoding} body is corrupt: {exc}") from None
        except httpx.HTTPError as exc:
            raise self.describe(exc, timeout, str(response.url)) from exc

        body = b"".join(parts)
        headers = tuple(
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in response.headers.raw
        )
        capture = Capture(
            url=self.url,
            final_url=str(response.url),
            status=status,
            headers=headers,
            body=body,
            fetched_at=dt.datetime.now(dt.UTC),
            sha256=hashlib.sha256(body).hexdigest(),
            origin=CaptureOrigin.LIVE,
        )
        request = response.request
        target = request.url.raw_path.decode("ascii", "replace")
        return FetchedResponse(
            capture=capture,
            request_line=f"{request.method} {target} {response.http_version}",
            request_headers=tuple(
                (name.decode("latin-1"), value.decode("latin-1"))
                for name, value in request.headers.raw
            ),
            status_line=f"{response.http_version} {status} {response.reason_phrase}".rstrip(),
            raw_body=bytes(raw),
            redirects=chain,
            peer_address=peer,
        )

    def timed_out(self) -> FetchError:
        return FetchError(self.url, f"timed out after {self.policy.total_timeout:g}s (total)")

    def describe(self, exc: httpx.HTTPError, timeout: httpx.Timeout, url: str) -> FetchError:
        """Turn an httpx exception into a FetchError whose reason a report can show."""
        where = "" if url == self.url else f" (at {url})"
        reason: str
        if interrupt.interrupted():
            return FetchError(self.url, "interrupted")
        if isinstance(exc, httpx.TimeoutException) and self.remaining() <= 0:
            # The whole fetch's deadline, not one phase's timeout, cut it short.
            return self.timed_out()
        if isinstance(exc, httpx.ConnectTimeout):
            reason = f"connection timed out after {timeout.connect:g}s"
        elif isinstance(exc, httpx.ReadTimeout):
            reason = f"timed out after {timeout.read:g}s waiting for the server"
        elif isinstance(exc, httpx.WriteTimeout):
            reason = f"timed out after {timeout.write:g}s sending the request"
        elif isinstance(exc, httpx.TimeoutException):
            reason = f"timed out after {timeout.pool:g}s waiting for a connection"
        elif _caused_by(exc, ConnectionResetError):
            reason = "the connection was reset by the server"
        elif _caused_by(exc, ConnectionRefusedError):
            reason = "the connection was refused"
        elif _caused_by(exc, ssl.SSLError):
            reason = f"TLS failed: {exc}"
        elif _caused_by(exc, socket.gaierror):
            reason = str(exc) or "the host name could not be resolved"
        elif isinstance(exc, httpx.RemoteProtocolError):
            reason = f"the server broke off the response: {exc}"
        elif isinstance(exc, httpx.ConnectError):
            reason = f"could not connect: {exc}"
        elif isinstance(exc, httpx.NetworkError):
            reason = f"the connection failed: {exc}"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return FetchError(self.url, reason + where)


# ── the deadline, enforced on the socket ──────────────────────────────────────

_this_thread = threading.local()
"""`deadline`: the `time.monotonic()` by which the fetch running in this thread must end."""


def _time_left() -> float | None:
    deadline: float | None = getattr(_this_thread, "deadline", None)
    return None if deadline is None else deadline - time.monotonic()


class DeadlineBackend(httpcore.NetworkBackend):
    """Network streams that obey the whole fetch's deadline and the run's interrupt.

    httpx's timeouts are per phase and per read, so a server that drips its headers a byte
    at a time never trips them; here every connect and read is cut to the time the fetch has
    left, and a read waits at most `interrupt.CHECK_INTERVAL` between looks at Ctrl-C.
    """

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clamp(timeout, "connect"), local_address, socket_options
        )
        return DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - factcheck never uses unix sockets
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        interrupt.sleep(seconds)


def _clamp(timeout: float | None, phase: str) -> float | None:
    """`timeout` cut to what the fetch has left; raises when nothing is left."""
    if interrupt.interrupted():
        raise httpcore.ReadError("interrupted")
    left = _time_left()
    if left is None:
        return timeout
    if left <= 0:
        kind = httpcore.ConnectTimeout if phase == "connect" else httpcore.ReadTimeout
        raise kind("the fetch's total deadline has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A stream whose reads and writes end by the fetch's deadline or at an interrupt."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        ends = None if timeout is None else time.monotonic() + timeout
        while True:
            allowed = _clamp(None if ends is None else ends - time.monotonic(), "read")
            if allowed is not None and allowed <= 0:
                raise httpcore.ReadTimeout("timed out")
            step = (
                interrupt.CHECK_INTERVAL
                if allowed is None
                else min(allowed, interrupt.CHECK_INTERVAL)
            )
            try:
                return self._inner.read(max_bytes, step)
            except httpcore.ReadTimeout:
                if step == allowed:
                    raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, "write"))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, "connect"))
        return DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as received, still content-encoded."""
    if response.is_stream_consumed and isinstance(response.stream, httpx.SyncByteStream):
        # An in-memory response (httpx.MockTransport with content=bytes) is read on creation;
        # its stream still holds the bytes as given.
        return iter(response.stream)
    return response.iter_raw()


def _is_retryable(exc: httpx.HTTPError) -> bool:
    # A read timeout is not retried: the server is slow, and asking again doubles the wait.
    # Nor is a name that does not resolve: the resolver has already retried it, and asking
    # again only adds seconds (offline, every Internet Archive lookup would wait for them).
    if _caused_by(exc, socket.gaierror):
        return False
    return isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.ReadError | httpx.RemoteProtocolError
    )


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _status_text(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _peer_address(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        peer = stream.get_extra_info("server_addr")
    except OSError:  # the connection is already closed
        return None
    if not peer:
        return None
    try:
        return str(ipaddress.ip_address(str(peer[0]).split("%", 1)[0]))
    except ValueError:
        return None


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delay-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if _DIGITS.fullmatch(value):
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max((when - now).total_seconds(), 0.0)
