"""Discovery (factcheck.sources.discover) and publisher profiles (factcheck.sources.publishers).

Listing pages and feeds are fixtures written by us (tests/fixtures/discover/README.md).
Nothing here reaches the internet: fetches go to a local server, and `local_only` refuses
every other URL (the built-in profiles' pages are on the real hosts).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import Reply
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import ClaimFileError, ConfigError, FetchError
from factcheck.sources.discover import (
    Candidate,
    DiscoveryResult,
    DiscoveryTarget,
    discover_source,
    parse_feed,
    parse_feed_date,
    parse_listing,
    rank_candidates,
    read_targets,
    write_discovered,
)
from factcheck.sources.fetch import FetchedResponse, FetchPolicy
from factcheck.sources.politeness import Politeness, PoliteSession
from factcheck.sources.publishers import (
    Listing,
    ListingKind,
    find_profile,
    load_profiles,
    parse_profile,
    replace_listings,
)
from factcheck.terms.termbase import load_termbase

FIXTURES = Path(__file__).parent / "fixtures" / "discover"
PROFILES = {p.id: p for p in load_profiles()}
TERMBASE = load_termbase()
KANTEI_INDEX = "https://japan.kantei.go.jp/104/actions/202510/index.html"
MOFA_INDEX = "https://www.mofa.go.jp/mofaj/na/na1/us/index.html"
READOUT = "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def targets() -> dict[str, DiscoveryTarget]:
    return {t.source_id: t for t in read_targets(FIXTURES / "claims-discover.yaml")}


# ── profiles ──────────────────────────────────────────────────────────────────


def test_builtin_profiles_cover_the_six_sites():
    assert set(PROFILES) == {
        "kantei-en",
        "kantei-ja",
        "mofa-en",
        "mofa-ja",
        "whitehouse",
        "worldjpn",
    }
    for profile in PROFILES.values():
        assert profile.links, profile.id
        # The worldjpn database is read (its transcripts), not searched: it has no listing
        # anyone has seen, and a made-up one would only fail in every discovery.
        assert profile.listings or profile.id == "worldjpn", profile.id


@pytest.mark.parametrize(
    ("profile_id", "url", "expected"),
    [
        ("kantei-en", "https://japan.kantei.go.jp/104/statement/202510/21kaiken.html", True),
        ("kantei-en", "https://japan.kantei.go.jp/104/actions/202510/index.html", False),
        ("mofa-ja", READOUT, True),
        ("mofa-en", READOUT, False),
        ("mofa-en", "https://www.mofa.go.jp/na/na1/us/pageite_000001_01338.html", True),
        ("mofa-ja", "https://www.mofa.go.jp/na/na1/us/pageite_000001_01338.html", False),
        ("whitehouse", "https://www.whitehouse.gov/briefings-statements/2025/10/a-b/", True),
    ],
)
def test_link_patterns_know_the_publishers_pages(profile_id, url, expected):
    assert PROFILES[profile_id].is_page(url) is expected


@pytest.mark.parametrize(
    ("publisher", "language", "expected"),
    [
        ("Ministry of Foreign Affairs of Japan", "ja", "mofa-ja"),
        ("Ministry of Foreign Affairs of Japan", "en", "mofa-en"),
        ("外務省", "en", "mofa-ja"),
        (
            "Prime Minister's Office of Japan (transcript kept by the worldjpn database)",
            "ja",
            "kantei-ja",
        ),
        ("prime ministers office of japan", "en", "kantei-en"),
        ("The White House", "en", "whitehouse"),
        ("kantei-en", "ja", "kantei-en"),
        ("Ministry of Defense", "ja", None),
    ],
)
def test_find_profile_by_name_and_language(publisher, language, expected):
    found = find_profile(list(PROFILES.values()), publisher, language)
    assert (found.id if found else None) == expected


def test_monthly_listings_follow_the_cabinet_in_office():
    profile = PROFILES["kantei-en"]
    around_the_change = [
        u for _, u in profile.listing_urls(dt.date(2025, 10, 18), dt.date(2025, 10, 26))
    ]
    assert "https://japan.kantei.go.jp/104/actions/202510/index.html" in around_the_change
    assert "https://japan.kantei.go.jp/102_ishiba/actions/202510/index.html" in around_the_change
    later = [u for _, u in profile.listing_urls(dt.date(2025, 11, 2), dt.date(2025, 12, 3))]
    assert "https://japan.kantei.go.jp/104/actions/202511/index.html" in later
    assert "https://japan.kantei.go.jp/104/actions/202512/index.html" in later
    assert not any("ishiba" in url for url in later)
    assert later.count("https://japan.kantei.go.jp/index-e2.rdf") == 1


PROFILE = """\
id: test-site
name: A test site
language: en
listings:
  - url: "{base}/list/{{yyyymm}}.html"
links:
  - '{pattern}'
link_date: '/(?P<year>[0-9]{{4}})(?P<month>[0-9]{{2}})(?P<day>[0-9]{{2}})'
page:
  date: [p.date]
date_examples:
  - text: October 25, 2025
    date: 2025-10-25
"""


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (("{yyyymm}", "{month}"), "unknown placeholder(s) month", 5),
        (("'{pattern}'", "'(unclosed'"), "not a valid regular expression", 7),
        (("October 25, 2025", "the 25th of October"), "reads as no date, not 2025-10-25", 12),
        (("[p.date]", "['p..date']"), "not a valid CSS selector", 10),
        (("language: en\n", "language: en\ncolour: red\n"), "unknown key 'colour'", 4),
    ],
)
def test_profile_mistakes_are_reported_at_their_line(change, message, line):
    text = PROFILE.replace(*change).format(base="https://t.example", pattern="https://t/p/.*")
    with pytest.raises(ConfigError) as caught:
        parse_profile(text, "site.yaml")
    assert message in str(caught.value)
    assert caught.value.location is not None and caught.value.location.line == line


def test_user_profiles_replace_builtin_ones(tmp_path):
    text = PROFILE.format(base="https://t.example", pattern="https://t\\.example/p/.*")
    (tmp_path / "mine.yaml").write_text(text.replace("test-site", "mofa-ja"), encoding="utf-8")
    profiles = {p.id: p for p in load_profiles([tmp_path])}
    assert profiles["mofa-ja"].name == "A test site"
    assert len(profiles) == len(PROFILES)


# ── the claim file's targets ──────────────────────────────────────────────────


def test_targets_are_read_from_discover_mappings():
    found = targets()
    assert set(found) == {"mofa-ja-call", "kantei-en-call"}
    mofa = found["mofa-ja-call"]
    assert mofa.publisher == "Ministry of Foreign Affairs of Japan"
    assert (mofa.start, mofa.end) == (dt.date(2025, 10, 24), dt.date(2025, 10, 26))
    assert mofa.language == "ja" and mofa.title == "日米首脳電話会談"
    assert len(mofa.claims) == 2 and "top priority" in mofa.claims[1]
    kantei = found["kantei-en-call"]
    assert kantei.publisher == "kantei-en"
    assert (kantei.start, kantei.end) == (dt.date(2025, 10, 19), dt.date(2025, 10, 26))
    lines = (FIXTURES / "claims-discover.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[mofa.insert_line].strip() == "discover:"
    assert mofa.indent == lines[mofa.insert_line].index("discover")


@pytest.mark.parametrize(
    ("discover", "message"),
    [
        ("{publisher: x, form: 2025-10-01}", "unknown key 'form'"),
        ("{from: 2025-10-05, to: 2025-10-01}", "'to' is before 'from'"),
        ("{from: 5 October}", "is not a date"),
    ],
)
def test_bad_discover_mappings_are_claim_file_errors(tmp_path, discover, message):
    path = tmp_path / "c.yaml"
    path.write_text(
        "article: {title: t}\nsources:\n  - id: s\n    publisher: MOFA\n"
        f"    discover: {discover}\n",
        encoding="utf-8",
    )
    with pytest.raises(ClaimFileError, match=message) as caught:
        read_targets(path)
    assert caught.value.location is not None and caught.value.location.line == 5


def test_no_dates_and_no_publication_date_is_an_error(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("sources:\n  - id: s\n    discover: {publisher: MOFA}\n", encoding="utf-8")
    with pytest.raises(ClaimFileError, match="no 'published' date"):
        read_targets(path)


# ── listing pages and feeds ───────────────────────────────────────────────────


def test_english_listing_gives_links_with_their_dates():
    found = parse_listing(
        fixture("kantei-en-actions-202510.html"), "text/html", KANTEI_INDEX, PROFILES["kantei-en"]
    )
    by_url = {c.url.rsplit("/", 1)[1]: c for c in found}
    assert set(by_url) == {
        "28summit.html",
        "26asean.html",
        "25telephone.html",
        "21kaiken.html",
        "22cabinet.html",
    }
    assert by_url["25telephone.html"].title == "Japan-U.S. Summit Telephone Talk"
    assert by_url["25telephone.html"].published == dt.date(2025, 10, 25)
    assert by_url["25telephone.html"].url == (
        "https://japan.kantei.go.jp/104/actions/202510/25telephone.html"
    )
    # No date beside it: the URL's {YYYYMM}/{DD} gives one.
    assert by_url["22cabinet.html"].published == dt.date(2025, 10, 22)


def test_japanese_listing_in_shift_jis_with_era_dates():
    found = parse_listing(
        fixture("mofa-ja-us-index.html"), "text/html", MOFA_INDEX, PROFILES["mofa-ja"]
    )
    dated = {c.url.rsplit("_", 1)[1]: (c.published, c.title) for c in found}
    assert dated == {
        "02512.html": (dt.date(2025, 10, 28), "日米首脳会談及びワーキング・ランチ"),
        "02506.html": (dt.date(2025, 10, 25), "日米首脳電話会談"),
        "02471.html": (dt.date(2025, 10, 14), "日米外相電話会談"),
    }


def test_rss_1_feed_items_with_their_local_dates():
    found = parse_feed(
        fixture("kantei-en-feed.rdf"),
        "https://japan.kantei.go.jp/index-e2.rdf",
        PROFILES["kantei-en"],
    )
    assert [(c.url.rsplit("/", 1)[1], c.published) for c in found] == [
        ("25telephone.html", dt.date(2025, 10, 25)),  # 23:40 JST, still the 25th in Tokyo
        ("26asean.html", dt.date(2025, 10, 26)),
    ]


def test_rss_2_feed_items_outside_the_profile_are_skipped():
    found = parse_feed(
        fixture("whitehouse-feed.xml"), "https://www.whitehouse.gov/feed/", PROFILES["whitehouse"]
    )
    assert [(c.title, c.published) for c in found] == [
        ("The President's working visit to Japan", dt.date(2025, 10, 27)),
        ("Statement on a domestic matter", dt.date(2025, 10, 20)),
    ]


def test_feeds_never_resolve_entities():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&b;&ext;</title>
<link>https://www.whitehouse.gov/remarks/2025/10/x/</link></item></channel></rss>"""
    (found,) = parse_feed(bomb, "https://www.whitehouse.gov/feed/", PROFILES["whitehouse"])
    assert "aaaaaaaaaa" not in found.title and "root:" not in found.title


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-10-25T23:40:00+09:00", dt.date(2025, 10, 25)),
        ("2025-10-25", dt.date(2025, 10, 25)),
        ("Sat, 25 Oct 2025 13:30:00 GMT", dt.date(2025, 10, 25)),
        ("令和7年10月25日", dt.date(2025, 10, 25)),
        ("soon", None),
    ],
)
def test_feed_dates(text, day):
    assert parse_feed_date(text, "ja") == day


@given(st.binary(max_size=400))
def test_listing_and_feed_parsers_take_any_bytes(data):
    profile = PROFILES["kantei-en"]
    assert isinstance(parse_listing(data, "text/html", KANTEI_INDEX, profile), list)
    try:
        assert isinstance(parse_feed(data, KANTEI_INDEX, profile), list)
    except ValueError:
        pass


# ── ranking ───────────────────────────────────────────────────────────────────


def test_the_readout_of_the_call_ranks_first_among_mofa_pages():
    target = targets()["mofa-ja-call"]
    found = parse_listing(
        fixture("mofa-ja-us-index.html"), "text/html", MOFA_INDEX, PROFILES["mofa-ja"]
    )
    ranked = rank_candidates(target, found, "ja", TERMBASE)
    assert ranked[0].url == READOUT
    assert "in the window" in ranked[0].reasons
    assert any("telephone-talk" in reason for reason in ranked[0].reasons)
    assert ranked[0].score > max(c.score for c in ranked[1:])


def test_english_claims_find_the_english_telephone_talk():
    target = targets()["kantei-en-call"]
    found = parse_listing(
        fixture("kantei-en-actions-202510.html"), "text/html", KANTEI_INDEX, PROFILES["kantei-en"]
    )
    ranked = rank_candidates(target, found, "en", TERMBASE)
    assert ranked[0].url.endswith("/25telephone.html")


def test_candidates_far_outside_the_window_are_dropped():
    target = DiscoveryTarget("s", "x", dt.date(2025, 10, 24), dt.date(2025, 10, 26))
    far = Candidate("https://a/1", "Talk", dt.date(2025, 6, 1), "l")
    undated = Candidate("https://a/2", "Talk", None, "l")
    assert [c.url for c in rank_candidates(target, [far, undated], "en", TERMBASE)] == [
        "https://a/2"
    ]


# ── the whole search, against a local server ──────────────────────────────────


def local_only(session: PoliteSession, base: str):
    """A fetch for discovery that never leaves the local server."""
    refused: list[str] = []

    def fetch(url: str) -> FetchedResponse:
        if not url.startswith(base):
            refused.append(url)
            raise FetchError(url, "not fetched in tests")
        return session.fetch(url, accept=None)

    return fetch, refused


def test_discovery_reads_listings_and_feeds_and_reports_failures(local_server):
    local_server.add("/kantei/202510.html", fixture("kantei-en-actions-202510.html"))
    local_server.add(
        "/kantei/feed.rdf",
        Reply(body=fixture("kantei-en-feed.rdf"), content_type="application/rdf+xml"),
    )
    profile = replace_listings(
        PROFILES["kantei-en"],
        [
            Listing(local_server.url("/kantei/{yyyymm}.html"), ListingKind.HTML),
            Listing(local_server.url("/kantei/feed.rdf"), ListingKind.FEED),
            Listing(local_server.url("/kantei/missing.html"), ListingKind.HTML),
        ],
    )
    with PoliteSession(
        FetchPolicy(allow_private=True, max_retries=0), Politeness(delay=0.0)
    ) as session:
        fetch, refused = local_only(session, local_server.base_url)
        result = discover_source(
            targets()["kantei-en-call"], [profile], fetch, TERMBASE, limit=3, inspect=0
        )
    assert result.profile is profile
    assert (
        result.candidates[0].url == "https://japan.kantei.go.jp/104/actions/202510/25telephone.html"
    )
    assert len(result.candidates) == 3
    (problem,) = result.problems
    assert "missing.html" in problem and "404" in problem
    assert refused == []


def test_undated_candidates_are_inspected_through_the_profile_selectors(local_server, tmp_path):
    base = local_server.base_url
    pattern = base.replace(".", "\\.") + "/p/.*"
    (tmp_path / "site.yaml").write_text(
        PROFILE.format(base=base, pattern=pattern), encoding="utf-8"
    )
    (profile,) = [p for p in load_profiles([tmp_path]) if p.id == "test-site"]
    local_server.add("/list/202510.html", '<ul><li><a href="/p/call">Telephone talk</a></li></ul>')
    local_server.add("/p/call", '<h1>Telephone talk</h1><p class="date">October 25, 2025</p>')
    target = DiscoveryTarget("s", "A test site", dt.date(2025, 10, 24), dt.date(2025, 10, 26))
    with PoliteSession(FetchPolicy(allow_private=True), Politeness(delay=0.0)) as session:
        fetch, _ = local_only(session, base)
        result = discover_source(target, [profile], fetch, TERMBASE)
    (candidate,) = result.candidates
    assert candidate.published == dt.date(2025, 10, 25)
    assert "in the window" in candidate.reasons


def test_unknown_publisher_is_a_result_not_an_error():
    target = DiscoveryTarget("s", "Ministry of Defense", dt.date(2025, 10, 1), dt.date(2025, 10, 2))
    result = discover_source(
        target, list(PROFILES.values()), lambda url: pytest.fail(url), TERMBASE
    )
    assert result.candidates == () and "no publisher profile matches" in result.problems[0]


# ── writing the choice into the claim file ────────────────────────────────────


def chosen(target: DiscoveryTarget, *urls: str) -> DiscoveryResult:
    candidates = tuple(Candidate(u, "t", None, "l", score=0.9 - n / 10) for n, u in enumerate(urls))
    return DiscoveryResult(target, None, candidates)


def test_write_adds_the_url_above_discover_and_keeps_everything_else():
    text = (FIXTURES / "claims-discover.yaml").read_text(encoding="utf-8")
    found = targets()
    results = [
        chosen(found["mofa-ja-call"], READOUT, "https://www.mofa.go.jp/mofaj/x/page_1_2.html"),
        chosen(found["kantei-en-call"]),
    ]
    written, done = write_discovered(text, results, dt.date(2026, 1, 5))
    old_lines, new_lines = text.splitlines(), written.splitlines()
    added = [line for line in new_lines if line not in old_lines]
    assert [line for line in new_lines if line in old_lines] == old_lines  # nothing lost or moved
    assert added[0] == (
        f'    url: "{READOUT}"  # found by `factcheck discover` on 2026-01-05 (score 0.90): '
        "check it, then remove this comment"
    )
    assert added[1].strip().startswith("#   or: https://www.mofa.go.jp/mofaj/x/page_1_2.html")
    assert new_lines[new_lines.index(added[0]) + 2].strip() == "discover:"
    assert yaml.safe_load(written)["sources"][0]["url"] == READOUT
    assert done == [
        f"mofa-ja-call: wrote {READOUT}",
        "kantei-en-call: no candidate; nothing written",
    ]


def test_write_keeps_crlf_and_leaves_flow_style_sources_alone(tmp_path):
    text = textwrap.dedent(
        """\
        article: {title: t, published: 2025-10-26}
        sources:
          - {id: a, publisher: MOFA, discover: {from: 2025-10-24}}
          - id: b
            publisher: MOFA
            discover: {from: 2025-10-24}
        """
    ).replace("\n", "\r\n")
    path = tmp_path / "c.yaml"
    path.write_bytes(text.encode())
    found = {t.source_id: t for t in read_targets(path)}
    written, done = write_discovered(
        text,
        [chosen(found["a"], "https://x/a"), chosen(found["b"], "https://x/b")],
        dt.date(2026, 1, 5),
    )
    assert "\n" not in written.replace("\r\n", "")
    assert 'url: "https://x/b"' in written and "https://x/a" not in written
    assert done[0] == "a: written in flow style ({...}); add the url by hand: https://x/a"


# ── the command ───────────────────────────────────────────────────────────────


def test_discover_command_prints_candidates_and_writes_the_best(local_server, tmp_path):
    base = local_server.base_url
    local_server.add(
        "/list/202510.html",
        '<ul><li>October 25, 2025 <a href="/p/25telephone">Japan-U.S. Summit Telephone Talk</a>'
        "</li>"
        '<li>October 28, 2025 <a href="/p/28summit">Japan-U.S. Summit Meeting</a></li></ul>',
    )
    pattern = base.replace(".", "\\.") + "/p/.*"
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "site.yaml").write_text(
        PROFILE.format(base=base, pattern=pattern), encoding="utf-8"
    )
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "# keep me\narticle: {title: t, published: 2025-10-26}\nsources:\n  - id: call\n"
        "    publisher: A test site\n    discover: {from: 2025-10-24, to: 2025-10-26}\n"
        "claims:\n  - id: c\n    text: Takaichi's first phone call with Trump on October 25\n"
        "    sources: [call]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        [
            "discover",
            str(claims),
            "--profiles",
            str(tmp_path / "profiles"),
            "--allow-private",
            "--write",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "call: A test site, 2025-10-24 – 2025-10-26 — 2 candidates" in result.stdout
    assert result.stdout.index("/p/25telephone") < result.stdout.index("/p/28summit")
    written = claims.read_text(encoding="utf-8")
    assert written.startswith("# keep me\n")
    assert yaml.safe_load(written)["sources"][0]["url"] == base + "/p/25telephone"


def test_discover_command_exits_1_when_a_source_has_no_candidate(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "article: {title: t}\nsources:\n  - id: s\n    publisher: Ministry of Defense\n"
        "    discover: {from: 2025-10-24, to: 2025-10-26}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["discover", str(claims)])
    assert result.exit_code == 1
    assert "no publisher profile matches 'Ministry of Defense'" in result.stdout


def test_profiles_are_plain_data(tmp_path):
    # Users add their own: a profile is a YAML file like the built-in ones.
    for path in (
        Path(__file__).parent.parent.joinpath("factcheck", "data", "publishers").glob("*.yaml")
    ):
        profile = parse_profile(path.read_text(encoding="utf-8"), str(path))
        assert dataclasses.asdict(profile)["id"] == path.stem
