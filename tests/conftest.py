"""Shared fixtures: a real HTTP server on 127.0.0.1 that tests script response by response.

Use it in any test module by naming the fixture:

    def test_something(local_server):
        local_server.add("/page", "<html>…</html>")            # 200 text/html
        local_server.add("/flaky", Reply(503), Reply(200, b"ok"))  # one reply per request
        local_server.redirect("/old", "/page")
        url = local_server.url("/page")                         # http://127.0.0.1:PORT/page
        ...
        assert local_server.requests[0].headers["user-agent"].startswith("factcheck/")

Fetching from it needs `FetchPolicy(allow_private=True)` (it is a loopback address).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import struct
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # The compiled built-in termbase is cached in the user's cache folder; tests use a
    # folder of their own, removed at the end, and never the user's.
    if "FACTCHECK_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="factcheck-test-cache-")
        os.environ["FACTCHECK_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@dataclass(frozen=True)
class Reply:
    """One scripted answer of the local server."""

    status: int = 200
    body: bytes | str = b""
    content_type: str | None = "text/html; charset=utf-8"
    """None sends no Content-Type header."""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before sending anything (a slow server)."""
    chunk_size: int = 0
    """Send the body in pieces of this size (0: all at once) …"""
    chunk_delay: float = 0.0
    """… waiting this long before each piece (a server that drips)."""
    chunked: bool = False
    """Use Transfer-Encoding: chunked instead of Content-Length."""
    reset: bool = False
    """Reset the connection (TCP RST) instead of answering."""

    @property
    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


NOT_FOUND = Reply(404, b"no such page", content_type="text/plain")


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    """Header names in lower case."""


class LocalServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with routes registered by the test.

    `add(path, *replies)` answers successive requests to `path` with the replies in turn,
    repeating the last one; a plain `bytes`/`str` is a 200 HTML page. Unknown paths get 404.
    `requests` records every request received, in order.
    """

    def __init__(self) -> None:
        self._routes: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self._httpd = _Server(("127.0.0.1", 0), _make_handler(self))
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def add(self, path: str, *replies: Reply | bytes | str) -> str:
        """Script the answers to `path`; returns its full URL."""
        scripted = [r if isinstance(r, Reply) else Reply(body=r) for r in replies] or [Reply()]
        with self._lock:
            self._routes[path] = scripted
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        """Make `path` redirect to `location` (a path or a full URL); returns its URL."""
        return self.add(path, Reply(status, b"", content_type=None, headers={"Location": location}))

    def add_file(self, path: str, file: Path, content_type: str | None = None) -> str:
        """Serve a fixture file at `path`; the type is guessed from its suffix if not given."""
        if content_type is None:
            suffix = file.suffix.lower()
            content_type = {
                ".html": "text/html; charset=utf-8",
                ".htm": "text/html; charset=utf-8",
                ".txt": "text/plain; charset=utf-8",
                ".pdf": "application/pdf",
            }.get(suffix, "application/octet-stream")
        return self.add(path, Reply(body=file.read_bytes(), content_type=content_type))

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            route = self._routes.get(request.path) or self._routes.get(
                request.path.split("?", 1)[0]
            )
            if not route:
                return NOT_FOUND
            return route.pop(0) if len(route) > 1 else route[0]

    def pause(self, seconds: float) -> bool:
        """Sleep, but wake at once when the server stops; False if it stopped."""
        return not self.stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up early (timeouts, size caps) make handlers fail; expected.
        pass


def _make_handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._answer(send_body=True)

        def do_HEAD(self) -> None:
            self._answer(send_body=False)

        def _answer(self, *, send_body: bool) -> None:
            headers = {name.lower(): value for name, value in self.headers.items()}
            reply = server.next_reply(RecordedRequest(self.command, self.path, headers))
            if reply.delay and not server.pause(reply.delay):
                self.close_connection = True
                return
            if reply.reset:
                # SO_LINGER with a zero timeout makes close() send RST, not FIN.
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                self.close_connection = True
                return
            body = reply.payload
            self.send_response(reply.status)
            if reply.content_type is not None:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not send_body:
                return
            size = reply.chunk_size or max(len(body), 1)
            for start in range(0, len(body), size):
                if reply.chunk_delay and not server.pause(reply.chunk_delay):
                    self.close_connection = True
                    return
                piece = body[start : start + size]
                if reply.chunked:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                else:
                    self.wfile.write(piece)
                self.wfile.flush()
            if reply.chunked:
                self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return Handler


@contextlib.contextmanager
def running_server() -> Iterator[LocalServer]:
    """A `LocalServer` on 127.0.0.1, stopped on leaving the block (for a second host)."""
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A running `LocalServer` on 127.0.0.1 (a fresh one per test); see the module docstring."""
    with running_server() as server:
        yield server


# ── the seed case and golden files (for the CLI, render and verify tests) ──────────────────

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_CLAIMS = REPO_ROOT / "claims" / "takaichi-trump-call.yaml"
SEED_EVIDENCE = REPO_ROOT / "claims" / "evidence"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden reports in tests/fixtures/golden/ instead of comparing with them.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run should rewrite golden files (`pytest --update-golden`)."""
    return bool(request.config.getoption("--update-golden"))


def copy_seed_claims(folder: Path, replacements: Mapping[str, str] | None = None) -> Path:
    """Copy the seed claim file, and the article text it names, into `folder`.

    Each key of `replacements` must occur in the claim file and is replaced by its value
    (a source URL, an `expect:` line …). Returns the path of the copy.
    """
    text = SEED_CLAIMS.read_text(encoding="utf-8")
    for old, new in (replacements or {}).items():
        assert old in text, f"{old!r} is not in the seed claim file"
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    article = SEED_CLAIMS.with_name("takaichi-trump-call.article.txt")
    (folder / article.name).write_bytes(article.read_bytes())
    copy = folder / SEED_CLAIMS.name
    copy.write_text(text, encoding="utf-8")
    return copy


# ── fetching in every test: no Internet Archive out there, no politeness waits ─────────────


@pytest.fixture(autouse=True)
def _no_internet_archive_and_no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Online runs would send a 403/404/410 source to the real Internet Archive: tests turn
    that off (a test that wants it points FACTCHECK_WAYBACK_URL at a local fake), and drop
    the politeness delay between two requests to one host (tests of the delay set their own)."""
    monkeypatch.setenv("FACTCHECK_WAYBACK_URL", "off")
    monkeypatch.setattr("factcheck.sources.politeness.DEFAULT_DELAY", 0.0)
