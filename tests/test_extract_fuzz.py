"""Hostile pages never crash extraction: deep nesting, comments inside removed tags, odd
charsets, huge pages. Each either gives a consistent Document or a SourceError that says why.

The property tests run a modest number of examples in CI; set FACTCHECK_FUZZ_EXAMPLES to run
longer (the closing note of issue 8 says how long they were run).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import SourceError
from factcheck.sources.extract.generic import MAX_DEPTH
from factcheck.sources.extract.page import extract_text

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "60"))
URLS = [
    "https://example.test/page.html",
    # The profile path (bs4, the publisher's layout) as well as the generic one.
    "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_99999.html",
    "https://japan.kantei.go.jp/104/statement/202510/21kaiken.html",
    "https://worldjpn.net/documents/texts/PI/20251025.O2J.html",
]
REMOVED = ["svg", "button", "script", "style", "noscript", "template", "math", "select", "nav"]
CONTAINERS = ["div", "main", "article", "section", "span", "p", "li", "b", "table", "td"]
CHARSETS = [
    "utf-8",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "utf-16",
    "windows-1252",
    # "undefined" (a Python codec that always raises) is charset.py's to map; its own tests
    # cover it.
    "x-user-defined",
    "utf-7",
    "",
    "bogus\x00charset",
]
WORDS = st.sampled_from(
    [
        "The two leaders spoke.",
        "両首脳は一致しました。",
        "PRIME MINISTER TAKAICHI: Good evening.",
        "[Opening statement by Prime Minister Takaichi]",
        "【高市総理冒頭発言】",
        "(Photo: Cabinet Public Affairs Office)",
        "アメリカ合衆国へ戻る",
        "October 28, 2025",
        "令和7年10月25日",
        "\u3000",
        "\n",
        "&amp;",
        "&#0;",
        "\x00",
        "\x1b[31m",
        "\u202e",
    ]
)


def assert_consistent(doc) -> None:
    for position, sentence in enumerate(doc.sentences):
        assert sentence.index == position
        assert sentence.text == doc.text[sentence.start : sentence.end]
        assert sentence.text.strip() == sentence.text != ""


def extract_or_refuse(body: bytes, url: str, content_type: str = "text/html") -> None:
    try:
        doc = extract_text(body, url, content_type)
    except SourceError as error:
        assert error.url == url
        assert error.reason
        return
    assert_consistent(doc)


@st.composite
def hostile_html(draw: st.DrawFn) -> str:
    """A page of nested containers, removed tags holding comments, text and stray markup."""
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 6))
        if choice == 0:
            tag = draw(st.sampled_from(CONTAINERS))
            depth = draw(st.integers(1, 30))
            parts.append(f"<{tag}>" * depth)
            open_tags += [tag] * depth
        elif choice == 1 and open_tags:
            parts.append(f"</{open_tags.pop()}>")
        elif choice == 2:
            tag = draw(st.sampled_from(REMOVED))
            inner = draw(st.sampled_from(["<!-- c -->", "<!--", "<b><!-- x --></b>", "x"]))
            parts.append(f"<{tag}>{inner}<{tag}><!-- nested --></{tag}></{tag}>")
        elif choice == 3:
            parts.append(draw(WORDS))
        elif choice == 4:
            parts.append(draw(st.text(max_size=15)))
        elif choice == 5:
            parts.append("<!-- a comment -->")
        else:
            parts.append(
                draw(st.sampled_from(["<br>", "<hr>", "</p>", "<p>", "<h2>", "<![CDATA["]))
            )
    close = draw(st.booleans())
    return "".join(parts) + ("".join(f"</{t}>" for t in reversed(open_tags)) if close else "")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=hostile_html(), charset=st.sampled_from(CHARSETS), url=st.sampled_from(URLS))
def test_hostile_html_gives_a_document_or_a_source_error(page: str, charset: str, url: str) -> None:
    head = f'<meta charset="{charset}">' if charset else ""
    codec = charset if charset in {"utf-8", "shift_jis", "euc-jp", "utf-16"} else "utf-8"
    body = f"<html><head>{head}</head><body>{page}</body></html>".encode(codec, errors="replace")
    extract_or_refuse(body, url, f"text/html; charset={charset}" if charset else "text/html")


@settings(max_examples=EXAMPLES, deadline=None)
@given(body=st.binary(max_size=2000), url=st.sampled_from(URLS))
def test_any_bytes_on_any_path_give_a_document_or_a_source_error(body: bytes, url: str) -> None:
    extract_or_refuse(body, url)


# ── the cases of issue 8, by name ─────────────────────────────────────────────


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("tag", ["svg", "button"])
def test_a_comment_inside_a_removed_tag_does_not_crash(url: str, tag: str) -> None:
    body = (
        f"<html><body><main><h1>Title</h1><{tag}><g><!-- icon --></g><{tag}><!-- again -->"
        f"</{tag}></{tag}><p>The two leaders held a telephone call on Saturday.</p>"
        "</main></body></html>"
    ).encode()
    doc = extract_text(body, url, "text/html")
    assert "telephone call" in doc.text
    assert "icon" not in doc.text


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_page_nested_too_deep_is_refused_with_a_reason(url: str, depth: int) -> None:
    body = ("<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth).encode()
    with pytest.raises(SourceError) as caught:
        extract_text(body, url, "text/html")
    assert "too deeply nested" in caught.value.reason


def test_a_page_just_within_the_depth_limit_is_read() -> None:
    depth = MAX_DEPTH - 10
    body = (
        "<html><body>" + "<div>" * depth + "<p>The two leaders spoke for ten minutes.</p>"
        "</div>" * depth + "</body></html>"
    ).encode()
    doc = extract_text(body, URLS[0], "text/html")
    assert "ten minutes" in doc.text


def test_a_page_of_a_million_tags_is_refused() -> None:
    body = ("<html><body>" + "<p>x</p>" * 1_000_000 + "</body></html>").encode()
    with pytest.raises(SourceError) as caught:
        extract_text(body, URLS[0], "text/html")
    assert "too large" in caught.value.reason


@pytest.mark.parametrize("charset", ["x-no-such-charset", "x-user-defined", "utf-7", ""])
def test_a_bogus_charset_still_gives_the_text(charset: str) -> None:
    body = (
        f'<html><head><meta charset="{charset}"></head><body><main>'
        "<p>両首脳は、日米同盟を更なる高みに引き上げることで一致しました。</p>"
        "</main></body></html>"
    ).encode()
    doc = extract_text(body, URLS[0], f"text/html; charset={charset}")
    assert "日米同盟" in doc.text
