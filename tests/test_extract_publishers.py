"""Official pages read exactly: each publisher profile gives the title, the date line, the
language, headings and numbered points, speaker headers and transcript labels, and leaves out
captions, photo credits, back links, related links, print/share widgets and breadcrumbs.

The pages are reconstructions in the publishers' layouts (tests/fixtures/publishers/README.md).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.model import Document
from factcheck.sources.extract.page import extract_text
from factcheck.sources.publishers import parse_profile, profile_for_page

PAGES = Path(__file__).parent / "fixtures" / "publishers"


def read(name: str) -> tuple[Document, str]:
    body = (PAGES / name).read_bytes()
    match = re.search(rb"Stands for (https://[^\s\"]+)", body)
    assert match, "a reconstruction names the address it stands for"
    url = match.group(1).decode()
    return extract_text(body, url, "text/html; charset=utf-8"), url


def sentences(doc: Document) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in doc.sentences]


# What each page shows around its text, none of which may reach the sentences.
CHROME = {
    "mofa-en.html": ["Photo:", "before the meeting", "Back to", "Post", "Share", "Print",
                     "Home", "Countries", "Related", "basic data", "Copyright"],
    "mofa-ja.html": ["写真提供", "握手", "戻る", "ポスト", "LINE", "ホーム", "国・地域",
                     "関連リンク", "基礎データ", "Copyright"],
    "kantei-en.html": ["Photo:", "answering questions", "Related Links", "Speeches and",
                       "Page top", "Home", "Copyright", "Prime Minister's Office of Japan"],
    "kantei-ja.html": ["写真", "記者会見する", "印刷", "ページの先頭", "トップ", "首相官邸",
                       "Copyright"],
    "whitehouse.html": ["Official White House Photo", "speaks at the event", "Share on X",
                        "Copy link", "Related Posts", "Another post", "1600 Pennsylvania",
                        "News"],
    "worldjpn-en.html": ["Database", "[Title]", "[Source]", "Cabinet Public Affairs Office",
                         "[Full text]", "footer"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CHROME))
def test_no_caption_credit_back_link_or_widget_becomes_a_sentence(name: str) -> None:
    doc, _ = read(name)
    for chrome in CHROME[name]:
        assert not any(chrome in s.text for s in doc.sentences), chrome


@pytest.mark.parametrize(
    ("name", "profile"),
    [
        ("mofa-en.html", "mofa-en"),
        ("mofa-ja.html", "mofa-ja"),
        ("kantei-en.html", "kantei-en"),
        ("kantei-ja.html", "kantei-ja"),
        ("whitehouse.html", "whitehouse"),
        ("worldjpn-en.html", "worldjpn"),
    ],
)
def test_each_page_is_read_by_its_publishers_profile(name: str, profile: str) -> None:
    _, url = read(name)
    found = profile_for_page(url)
    assert found is not None and found.id == profile


def test_mofa_en_page() -> None:
    doc, _ = read("mofa-en.html")
    # English MOFA pages have a date: the date line under the title.
    assert (doc.title, doc.published, doc.language) == (
        "Japan-Examplia Foreign Ministers' Meeting",
        dt.date(2025, 11, 3),
        "en",
    )
    assert sentences(doc) == [
        ("Japan-Examplia Foreign Ministers' Meeting", None),
        ("November 3, 2025", None),
        (
            "On November 3, the Minister for Foreign Affairs of Japan held a meeting of about "
            "45 minutes with the Foreign Minister of Examplia in Tokyo.",
            None,
        ),
        ("The main points are as follows.", None),
        ("Bilateral relations", None),
        # "The two ministers" speak for both sides, like "The two leaders".
        ("The two ministers agreed to expand the working holiday program.", "The two ministers"),
        (
            "Minister Sato welcomed the new direct flights between the two capitals.",
            "Minister Sato",
        ),
        ("Regional affairs", None),
        (
            "The two ministers exchanged views on the situation in the region.",
            "The two ministers",
        ),
    ]
    # Section headings keep their numbers as section names; the points are under them.
    assert [s.section for s in doc.sentences][4:] == ["1. Bilateral relations"] * 3 + [
        "2. Regional affairs"
    ] * 2


def test_mofa_ja_page() -> None:
    doc, _ = read("mofa-ja.html")
    assert (doc.title, doc.published, doc.language) == (
        "日・エグザンプリア外相会談",
        dt.date(2025, 11, 4),
        "ja",
    )
    assert [s.text for s in doc.sentences] == [
        "日・エグザンプリア外相会談",
        "令和7年11月4日",
        "本日、佐藤外務大臣は、来日中のエグザンプリア外務大臣と約30分間会談を行いました。",
        "概要は以下のとおりです。",
        "冒頭、佐藤大臣から、エグザンプリア外務大臣の訪日を歓迎しました。",
        "両外相は、経済関係を更に強化していくことで一致しました。",
    ]
    assert [s.speaker for s in doc.sentences][4:] == ["佐藤大臣", "両外相"]
    # The numbered points keep their numbers in the text, not in the sentences.
    assert "\n\n1 冒頭、" in doc.text and "\n\n2 両外相" in doc.text


def test_kantei_en_page_speaker_header() -> None:
    doc, _ = read("kantei-en.html")
    assert (doc.title, doc.published, doc.language) == (
        "Press Conference by Prime Minister Takaichi",
        dt.date(2025, 11, 5),
        "en",
    )
    assert sentences(doc) == [
        ("Press Conference by Prime Minister Takaichi", None),
        ("November 5, 2025", None),
        ("[Provisional translation]", None),
        # The header names the speaker of what follows, and is no sentence itself.
        ("Good evening.", "Prime Minister Takaichi"),
        ("Today the Cabinet approved a package to support small businesses.",
         "Prime Minister Takaichi"),
        ("The package will take effect in December.", "Prime Minister Takaichi"),
        # Another bracketed header ends the opening statement.
        ("[Question and answer session]", None),
        ("When will the bill be submitted?", "REPORTER (Example Times)"),
        ("We aim to submit it this month.", "PRIME MINISTER TAKAICHI"),
    ]  # fmt: skip
    assert "[Opening statement by Prime Minister Takaichi]" in doc.text


def test_kantei_ja_page_speaker_header_and_labels() -> None:
    doc, _ = read("kantei-ja.html")
    assert (doc.title, doc.published, doc.language) == (
        "高市内閣総理大臣記者会見",
        dt.date(2025, 11, 6),
        "ja",
    )
    assert [(s.text, s.speaker, s.section) for s in doc.sentences] == [
        ("高市内閣総理大臣記者会見", None, None),
        ("令和7年11月6日", None, None),
        ("本日、中小企業を支援する対策を閣議決定しました。", "高市総理", None),
        ("対策は12月から実施します。", "高市総理", None),
        ("【質疑応答】", None, "質疑応答"),
        ("法案はいつ提出しますか。", "記者", "質疑応答"),
        ("今月中の提出を目指します。", "高市総理", "質疑応答"),
    ]


def test_whitehouse_page() -> None:
    doc, _ = read("whitehouse.html")
    assert (doc.title, doc.published, doc.language) == (
        "Remarks by President Trump at an Example Event",
        dt.date(2025, 11, 6),
        "en",
    )
    assert sentences(doc) == [
        ("Remarks by President Trump at an Example Event", None),
        ("November 6, 2025", None),
        ("Example Hall", None),
        ("Washington, D.C.", None),
        ("6:30 P.M. EST", None),
        ("Thank you very much.", "THE PRESIDENT"),
        ("We are here to open a new factory.", "THE PRESIDENT"),
        ("It will employ two thousand workers.", "THE PRESIDENT"),
        ("When will it open?", "Q"),
        ("Next spring.", "THE PRESIDENT"),
        # A clock time is not a label ("END 6" is nobody): the last label still holds.
        ("END 6:45 P.M. EST", "THE PRESIDENT"),
    ]


def test_worldjpn_english_page() -> None:
    doc, _ = read("worldjpn-en.html")
    # The date is a field of the table; the text is the full text alone.
    assert (doc.title, doc.published, doc.language) == (
        "Press Conference by Prime Minister Takaichi",
        dt.date(2025, 11, 7),
        "en",
    )
    assert sentences(doc) == [
        ("Today I visited the area hit by the example storm.", "Prime Minister Takaichi"),
        ("Recovery work will be sped up.", "Prime Minister Takaichi"),
        ("How much will the government spend?", "REPORTER"),
        ("About one billion yen from reserve funds.", "PRIME MINISTER TAKAICHI"),
    ]


def test_a_page_whose_layout_is_not_found_goes_to_the_generic_extractor() -> None:
    body = (
        b"<html lang='en'><body><div class='other'><h1>A Changed Layout</h1>"
        b"<p>The ministers met in Tokyo on Monday and agreed to meet again in spring.</p>"
        b"<p>They also discussed trade and the environment at some length.</p>"
        b"</div></body></html>"
    )
    url = "https://www.mofa.go.jp/a_o/ex/pageite_000001_90003.html"
    doc = extract_text(body, url, "text/html")
    assert any("agreed to meet again" in s.text for s in doc.sentences)


# ── the profile format ────────────────────────────────────────────────────────

PROFILE = """\
id: example
name: Example
language: en
links: ['https://example\\.test/.*']
page:
  main: [main]
  drop: [figure]
  speaker_headers: [{header}]
"""


def test_profile_reads_main_drop_and_speaker_headers() -> None:
    profile = parse_profile(PROFILE.format(header="'\\[Remarks by (?P<speaker>.+)\\]'"), "p.yaml")
    assert (profile.main_selectors, profile.drop_selectors) == (("main",), ("figure",))
    assert profile.speaker_headers[0].fullmatch("[Remarks by the Minister]")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("'\\[Remarks by (.+)\\]'", "group named speaker"),
        ("'\\[Remarks by (?P<speaker>.+'", "not a valid regular expression"),
    ],
)
def test_profile_speaker_header_errors_point_at_the_line(header: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_profile(PROFILE.format(header=header), "p.yaml")
    assert message in str(caught.value)
    assert "p.yaml:8" in str(caught.value)


def test_the_html_libraries_load_only_when_a_page_is_read() -> None:
    # Cold start matters: `factcheck --version` must not pay for trafilatura and lxml.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from factcheck.cli import app\n"
        "assert CliRunner().invoke(app, ['--version']).exit_code == 0\n"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'htmldate', 'justext') "
        "if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_every_shipped_profile_selector_compiles() -> None:
    # Shipped profiles skip selector checks when loaded (their selectors compile when a page
    # uses them), so a bad one must be caught here, at the file and selector.
    import soupsieve

    from factcheck.sources.publishers import load_profiles

    for profile in load_profiles():
        for selector in (
            *profile.title_selectors,
            *profile.date_selectors,
            *profile.main_selectors,
            *profile.drop_selectors,
        ):
            try:
                soupsieve.compile(selector)
            except soupsieve.SelectorSyntaxError as error:
                raise AssertionError(f"{profile.id}: {selector!r}: {error}") from None


def test_a_users_profile_with_a_bad_selector_is_refused_at_its_line(tmp_path: Path) -> None:
    from factcheck.sources.publishers import load_profiles

    path = tmp_path / "site.yaml"
    path.write_text(
        "id: site\nname: Site\nlanguage: en\nlinks:\n  - 'https://example\\.org/.*'\n"
        "page:\n  main:\n    - 'div[class='\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_profiles([path])
    assert "not a valid CSS selector" in str(caught.value)
