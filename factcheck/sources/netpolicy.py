"""Which URLs and addresses the fetcher may reach: the safety half of "get sources".

Claim files arrive in pull requests, so every source URL is untrusted input. This module
takes a URL (or an IP address) and gives a yes, or a `BlockedURLError` that says why:

- `check_url` refuses what is wrong with a URL before anything is sent: schemes other than
  http/https, credentials in the URL, and hosts that are literally a non-public address.
- `GuardedNetworkBackend` is an httpcore network backend that resolves the host itself and
  checks every address *at connect time*, then connects to that very address, so a name that
  resolves to a public address when first looked at and to a private one a moment later
  (DNS rebinding) is still refused. `GuardedTransport` plugs it into an httpx client.

"Public" is defined in `factcheck.sources.hostnames`, which reads hosts without the HTTP
stack.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

import httpcore
import httpx

from factcheck.errors import BlockedURLError
from factcheck.sources.hostnames import (
    IPAddress,
    IPNetwork,
    classify_address,
    host_problem,
    is_address_allowed,
    literal_address,
    parse_address,
)

logger = logging.getLogger(__name__)


Resolver = Callable[[str, int], Sequence[str]]
"""Turns (host, port) into IP address strings, in the order to try them."""

ALLOWED_SCHEMES = frozenset({"http", "https"})

ALLOW_HINT = "pass --allow-private to reach local or private addresses"


def _refusal(host: str, ip: IPAddress) -> str:
    kind = classify_address(ip) or "non-public"
    shown = host if host == str(ip) else f"{host} ({ip})"
    return f"refused to connect to {shown}: it is a {kind} address; {ALLOW_HINT}"


def check_url(url: str, *, allow_private: bool, allowed_networks: Iterable[IPNetwork] = ()) -> None:
    """Refuse a URL the fetcher must not request, before anything is sent.

    Only http and https are allowed, credentials (user:password@) are refused, and a host
    that is literally a non-public address (or `localhost`) is refused unless private
    addresses are allowed. Names are checked again, against the resolved address, when the
    connection is made (see `GuardedNetworkBackend`).
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise BlockedURLError(url, f"not a valid URL: {exc}") from None
    scheme = parsed.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise BlockedURLError(url, f"only http and https URLs are fetched, not {shown}")
    if parsed.userinfo:
        raise BlockedURLError(url, "URLs with credentials (user:password@host) are refused")
    host = parsed.host
    if not host:
        raise BlockedURLError(url, "the URL has no host")
    literal = literal_address(host)
    if literal is not None:
        if not is_address_allowed(
            literal, allow_private=allow_private, allowed_networks=allowed_networks
        ):
            raise BlockedURLError(url, _refusal(host, literal))
        return
    problem = host_problem(host)
    if problem is not None:
        raise BlockedURLError(url, problem)
    name = host.lower().rstrip(".")
    if not allow_private and (name == "localhost" or name.endswith(".localhost")):
        raise BlockedURLError(
            url, f"refused to connect to {host}: it is a loopback name; {ALLOW_HINT}"
        )


def is_public_host(host: str, *, resolver: Resolver | None = None) -> bool:
    """Whether `host` may be a public web site: not a loopback or private address, not a
    `localhost` name, and not a name that resolves only to such addresses. A name that does
    not resolve counts as public (nothing is known against it)."""
    literal = literal_address(host)
    if literal is not None:
        return is_address_allowed(literal, allow_private=False)
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return False
    try:
        found = [parse_address(a) for a in (resolver or resolve_host)(name, 443)]
    except (OSError, httpcore.ConnectError, ValueError):
        return True
    return not found or any(is_address_allowed(ip, allow_private=False) for ip in found)


def resolve_host(host: str, port: int) -> list[str]:
    """Look `host` up with the system resolver; the default `Resolver`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"could not resolve host {host}: {exc.strerror}") from exc
    return [str(info[4][0]) for info in infos]


class GuardedNetworkBackend(httpcore.NetworkBackend):
    """An httpcore backend that connects only to addresses the policy allows.

    It resolves the host itself, drops the addresses policy forbids, connects to an allowed
    address by number (so nothing is resolved twice), and checks the socket's peer once more.
    A host with no allowed address raises `BlockedURLError` (its `url` is "host:port"; the
    fetcher re-raises it with the URL being fetched).
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allowed_networks: Iterable[IPNetwork] = (),
        resolver: Resolver | None = None,
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self._allow_private = allow_private
        self._allowed_networks = tuple(allowed_networks)
        self._resolve = resolver or resolve_host
        self._inner = inner or httpcore.SyncBackend()

    def _allowed(self, ip: IPAddress) -> bool:
        return is_address_allowed(
            ip, allow_private=self._allow_private, allowed_networks=self._allowed_networks
        )

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = list(dict.fromkeys(parse_address(a) for a in self._resolve(host, port)))
        if not addresses:
            raise httpcore.ConnectError(f"could not resolve host {host}: no addresses")
        allowed = [ip for ip in addresses if self._allowed(ip)]
        if not allowed:
            raise BlockedURLError(f"{host}:{port}", _refusal(host, addresses[0]))
        if len(allowed) < len(addresses):
            logger.info("%s: skipping non-public addresses, trying %s", host, allowed)
        last_error: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for ip in allowed:
            try:
                stream = self._inner.connect_tcp(
                    str(ip), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            self._check_peer(host, port, stream)
            return stream
        assert last_error is not None
        raise last_error

    def sleep(self, seconds: float) -> None:
        """Waits go to the inner backend, so a `DeadlineBackend` inside keeps them
        interruptible (httpcore's base class has no sleep of its own)."""
        self._inner.sleep(seconds)

    def _check_peer(self, host: str, port: int, stream: httpcore.NetworkStream) -> None:
        """Refuse the connection unless the socket really reached an allowed address."""
        peer = stream.get_extra_info("server_addr")
        if not peer:
            return
        ip = parse_address(str(peer[0]))
        if not self._allowed(ip):
            stream.close()
            raise BlockedURLError(f"{host}:{port}", _refusal(host, ip))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise BlockedURLError(path, "connections to local sockets are refused")


_HTTPCORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    # Most specific first: the first match wins.
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.ProxyError, httpx.ProxyError),
)


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    """Re-raise httpcore's exceptions as httpx's, as httpx's own transport does."""
    try:
        yield
    except Exception as exc:
        for core_type, httpx_type in _HTTPCORE_TO_HTTPX:
            if isinstance(exc, core_type):
                raise httpx_type(str(exc)) from exc
        raise


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool that uses `GuardedNetworkBackend`.

    HTTP/1.1 only, no proxies (a proxy would be the address connected to, defeating the
    check); TLS certificates are verified with httpx's default context.
    """

    def __init__(self, backend: GuardedNetworkBackend, *, max_connections: int = 10) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max_connections,
            http1=True,
            http2=False,
            network_backend=backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=cast(Iterable[bytes], request.stream),
            extensions=request.extensions,
        )
        with _httpx_errors():
            core_response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_ResponseStream(cast(Iterable[bytes], core_response.stream)),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
