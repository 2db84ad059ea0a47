"""robots.txt per RFC 9309 (factcheck.sources.robots), through the polite session and on its own."""

from __future__ import annotations

import threading

import pytest
from conftest import Reply
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import BlockedURLError
from factcheck.sources.fetch import FetchPolicy
from factcheck.sources.politeness import Politeness, PoliteSession
from factcheck.sources.robots import host_key, parse_robots, robots_url

LOCAL = FetchPolicy(allow_private=True, max_retries=0)
FAST = Politeness(delay=0.0)
PAGE = "<html><body><p>A page.</p></body></html>"

ROBOTS = """\
# written for the factcheck tests
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Disallow: /search*q=

User-agent: otherbot
Disallow: /
"""


def allowed(text: str, path: str, agent: str = "factcheck") -> bool:
    return parse_robots(text, "https://example.org/robots.txt").allows(
        "https://example.org" + path, agent
    )


# ── matching (protego) ────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/news/call.html", True),
        ("/private/notes.html", False),
        # The longer Allow beats the shorter Disallow: longest match wins.
        ("/private/press/readout.html", True),
        ("/private/pressroom.html", False),
        # `$` anchors the end: only URLs ending in .pdf are disallowed.
        ("/docs/readout.pdf", False),
        ("/docs/readout.pdf?download=1", True),
        ("/docs/readout.pdfx", True),
        # `*` matches any run of characters, query included.
        ("/search?lang=en&q=takaichi", False),
        ("/search?lang=en", True),
    ],
)
def test_longest_match_and_wildcards(path, expected):
    assert allowed(ROBOTS, path) is expected


def test_allow_wins_a_tie_of_equal_length():
    text = "User-agent: *\nDisallow: /page\nAllow: /page\n"
    assert allowed(text, "/page.html")


def test_the_group_for_our_token_replaces_the_star_group():
    text = "User-agent: *\nDisallow: /\n\nUser-agent: factcheck\nDisallow: /drafts/\n"
    assert allowed(text, "/news/a.html")
    assert not allowed(text, "/drafts/a.html")
    assert not allowed(text, "/news/a.html", agent="otherbot")


def test_robots_url_and_host_key():
    assert robots_url("https://Example.org:8443/a/b.html?x=1#f") == (
        "https://example.org:8443/robots.txt"
    )
    assert host_key("https://example.org/a") == "https://example.org:443"
    assert host_key("http://example.org/a") == "http://example.org:80"


@given(st.text(max_size=400), st.text(max_size=40))
def test_any_robots_text_parses_and_answers(text, path):
    # robots.txt is whatever a server sends: parsing and asking must never raise.
    rules = parse_robots(text, "https://example.org/robots.txt")
    assert rules.allows("https://example.org/" + path.lstrip("/"), "factcheck") in (True, False)


# ── through the session, against a local server ───────────────────────────────


def session(**politeness) -> PoliteSession:
    return PoliteSession(LOCAL, Politeness(delay=0.0, **politeness))


def test_disallowed_page_is_refused_and_never_requested(local_server):
    local_server.add("/robots.txt", Reply(body=ROBOTS, content_type="text/plain"))
    url = local_server.add("/private/notes.html", PAGE)
    with session() as polite, pytest.raises(BlockedURLError) as caught:
        polite.fetch(url)
    assert "disallowed by robots.txt" in caught.value.reason
    assert local_server.requests_to("/private/notes.html") == []


def test_allowed_page_is_fetched_and_robots_is_read_once(local_server):
    local_server.add("/robots.txt", Reply(body=ROBOTS, content_type="text/plain"))
    urls = [local_server.add(f"/news/{n}.html", PAGE) for n in range(4)]
    with session() as polite:
        for url in urls:
            assert polite.fetch(url).capture.status == 200
    assert len(local_server.requests_to("/robots.txt")) == 1


def test_robots_is_read_once_when_many_threads_ask_at_once(local_server):
    local_server.add("/robots.txt", Reply(body=ROBOTS, content_type="text/plain", delay=0.1))
    urls = [local_server.add(f"/news/{n}.html", PAGE) for n in range(6)]
    with session(max_per_host=6) as polite:
        threads = [threading.Thread(target=polite.fetch, args=(url,)) for url in urls]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(local_server.requests_to("/robots.txt")) == 1
    assert all(local_server.requests_to(f"/news/{n}.html") for n in range(6))


def test_redirect_into_a_disallowed_path_is_refused(local_server):
    local_server.add("/robots.txt", Reply(body=ROBOTS, content_type="text/plain"))
    local_server.add("/private/notes.html", PAGE)
    start = local_server.redirect("/news/moved.html", "/private/notes.html")
    with session() as polite, pytest.raises(BlockedURLError) as caught:
        polite.fetch(start)
    assert caught.value.url == start
    assert "redirect to" in caught.value.reason and "robots.txt" in caught.value.reason
    assert local_server.requests_to("/private/notes.html") == []


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_unavailable_robots_allows_everything(local_server, status):
    # RFC 9309 2.3.1.3: any 4xx, 401 and 403 included, means there are no rules to follow.
    local_server.add("/robots.txt", Reply(status, b"no", content_type="text/plain"))
    url = local_server.add("/private/notes.html", PAGE)
    with session() as polite:
        assert polite.fetch(url).capture.status == 200


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(503, b"busy", content_type="text/plain"), "HTTP 503"),
        (Reply(500, b"oops", content_type="text/plain"), "HTTP 500"),
        (Reply(reset=True), "reset"),
    ],
)
def test_unreachable_robots_disallows_everything(local_server, reply, reason):
    # RFC 9309 2.3.1.4: a server error or network failure means "assume complete disallow".
    local_server.add("/robots.txt", reply)
    url = local_server.add("/news/a.html", PAGE)
    with session() as polite, pytest.raises(BlockedURLError) as caught:
        polite.fetch(url)
    assert "could not be read" in caught.value.reason and reason in caught.value.reason
    assert local_server.requests_to("/news/a.html") == []


def test_robots_of_any_type_and_encoding_is_read(local_server):
    body = "User-agent: *\nDisallow: /\xe9t\xe9/\n".encode("latin-1") + b"Disallow: /x/\n"
    local_server.add("/robots.txt", Reply(body=body, content_type="text/html"))
    url = local_server.add("/x/a.html", PAGE)
    with session() as polite, pytest.raises(BlockedURLError, match="robots.txt"):
        polite.fetch(url)


def test_crawl_delay_spaces_requests_up_to_the_cap(local_server):
    local_server.add("/robots.txt", Reply(body="User-agent: *\nCrawl-delay: 30\n"))
    url = local_server.add("/a.html", PAGE)
    waits: list[float] = []
    clock = [0.0]

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    polite = PoliteSession(
        LOCAL, Politeness(delay=0.0, max_crawl_delay=5.0), sleep=sleep, clock=lambda: clock[0]
    )
    with polite:
        polite.fetch(url)
        polite.fetch(url)
    # robots.txt, then the first page at once (the delay is learnt from it), then 5 s.
    assert waits == [5.0]


def test_robots_can_be_switched_off(local_server):
    local_server.add("/robots.txt", Reply(body="User-agent: *\nDisallow: /\n"))
    url = local_server.add("/a.html", PAGE)
    with PoliteSession(LOCAL, Politeness(delay=0.0, obey_robots=False)) as polite:
        assert polite.fetch(url).capture.status == 200
    assert local_server.requests_to("/robots.txt") == []
