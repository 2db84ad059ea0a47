"""Tests for factcheck.claimfiles.claims: loading claim files and the errors users see."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimfiles.claims import MAX_FILE_BYTES, load_claims, read_article_text
from factcheck.errors import ClaimFileError, Location
from factcheck.model import AcceptedTerm, SourceKind, Verdict

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
GOOD = FIXTURES / "good" / "takaichi-call.yaml"
BAD = FIXTURES / "bad"

MINIMAL = """\
article:
  title: Leaders hold first call
sources:
  - id: readout
    url: https://example.org/readout
claims:
  - id: call-date
    text: The leaders spoke on October 25.
    sources: [readout]
"""


def load_error(path: Path) -> ClaimFileError:
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    return info.value


# ── the good file ─────────────────────────────────────────────────────────────


def test_good_file_loads_article():
    article = load_claims(GOOD).article
    assert article.title == "Takaichi sends clear message in first call with Trump"
    assert article.url == "https://example.org/news/takaichi-trump-call"
    assert article.published == dt.date(2025, 10, 26)
    assert article.language == "en"
    assert article.translated_from == "vi"
    assert article.text_path == "takaichi-call.article.txt"


def test_good_file_loads_sources_with_defaults_and_locations():
    claim_file = load_claims(GOOD)
    assert claim_file.path == str(GOOD)
    assert [spec.id for spec in claim_file.sources] == [
        "mofa-ja-call",
        "kantei-ja-remarks",
        "background",
    ]
    readout = claim_file.source("mofa-ja-call")
    assert readout.url == "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html"
    assert readout.publisher == "Ministry of Foreign Affairs of Japan"
    assert readout.language == "ja"
    assert readout.kind is SourceKind.READOUT
    assert readout.title == "日米首脳電話会談"
    assert readout.location == Location(str(GOOD), 12, 5)
    remarks = claim_file.source("kantei-ja-remarks")
    assert remarks.kind is SourceKind.PRESS_REMARKS
    assert remarks.language == "ja"  # written "JA"; case is normalised
    assert remarks.title is None
    background = claim_file.source("background")
    assert (background.publisher, background.language, background.kind) == (
        "",
        "en",
        SourceKind.OTHER,
    )
    assert background.location == Location(str(GOOD), 23, 5)


def test_good_file_loads_claims():
    claims = load_claims(GOOD).claims
    assert [claim.id for claim in claims] == ["call-date", "top-priority", "cheerful"]
    call_date, top_priority, cheerful = claims

    assert call_date.text == (
        "In his first phone call with US President Donald Trump on October 25, "
        "new Japanese Prime Minister Sanae Takaichi sent a clear message."
    )
    assert call_date.sources == ("mofa-ja-call",)
    assert call_date.quotes == ()
    assert (call_date.speaker, call_date.setting, call_date.notes) == (None, None, "")
    assert call_date.expect is Verdict.SUPPORTED
    assert call_date.accepted_terms == ()
    assert call_date.location == Location(str(GOOD), 27, 5)

    assert top_priority.sources == ("mofa-ja-call", "kantei-ja-remarks")
    assert top_priority.quotes == ("top priority",)
    assert top_priority.speaker == "Takaichi"
    assert top_priority.setting is SourceKind.READOUT
    assert top_priority.notes == "The readout says 最重要事項."
    assert top_priority.accepted_terms == (
        AcceptedTerm("alliances", "the article's own framing; flagged separately"),
    )
    assert top_priority.location == Location(str(GOOD), 34, 5)

    assert cheerful.text == 'She described Trump as "very cheerful and attractive".'
    assert cheerful.quotes == ("very cheerful and attractive",)
    assert cheerful.setting is SourceKind.PRESS_REMARKS
    assert cheerful.expect is Verdict.MISQUOTED
    assert cheerful.location == Location(str(GOOD), 50, 5)


def test_minimal_file_gets_defaults(tmp_path):
    path = tmp_path / "minimal.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    claim_file = load_claims(path)
    article = claim_file.article
    assert (article.url, article.published, article.language) == (None, None, "en")
    assert (article.translated_from, article.text_path) == (None, None)
    assert read_article_text(claim_file) is None


def test_published_may_be_a_quoted_string(tmp_path):
    path = tmp_path / "quoted.yaml"
    path.write_text(MINIMAL.replace("call\n", 'call\n  published: "2025-10-26"\n', 1), "utf-8")
    assert load_claims(path).article.published == dt.date(2025, 10, 26)


def test_yaml_scalars_that_look_like_booleans_stay_text(tmp_path):
    # YAML 1.1 reads a bare `no` as false; a language code must survive that.
    path = tmp_path / "norway.yaml"
    path.write_text(MINIMAL.replace("call\n", "call\n  language: no\n", 1), "utf-8")
    assert load_claims(path).article.language == "no"


def test_byte_order_mark_is_accepted_and_columns_unchanged(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("title:", "titel:").encode())
    err = load_error(path)
    assert err.location == Location(str(path), 2, 3)


def test_read_article_text(tmp_path):
    assert read_article_text(load_claims(GOOD)) == (
        (GOOD.parent / "takaichi-call.article.txt").read_text(encoding="utf-8")
    )
    (tmp_path / "a.txt").write_bytes(b"line one\r\nline two\r\n")
    path = tmp_path / "claims.yaml"
    path.write_text(MINIMAL.replace("call\n", "call\n  text: a.txt\n", 1), "utf-8")
    claim_file = load_claims(path)
    assert read_article_text(claim_file) == "line one\nline two\n"

    (tmp_path / "a.txt").unlink()
    with pytest.raises(ClaimFileError, match="article text file not found") as info:
        read_article_text(claim_file)
    assert info.value.location == Location(str(tmp_path / "a.txt"))


# ── every error kind, with its exact place ────────────────────────────────────

# (fixture, line, column, words the message must contain, words the hint must contain)
BAD_CASES = [
    ("malformed-yaml.yaml", 8, 22, ["malformed YAML", "mapping values are not allowed"], []),
    ("unclosed-list.yaml", 10, 1, ["malformed YAML", "flow sequence at line 9"], []),
    ("tab-indent.yaml", 5, 1, ["malformed YAML", "tab character"], ["spaces, not tabs"]),
    ("control-character.yaml", 2, 28, ["malformed YAML", "U+0007"], []),
    (
        "multiple-documents.yaml",
        10,
        1,
        ["malformed YAML: expected a single document in the stream, but found another document"],
        [],
    ),
    ("not-utf8.yaml", 2, 32, ["not valid UTF-8", "0xe9"], ["UTF-8"]),
    ("empty.yaml", 0, 0, ["claim file is empty"], ["article", "sources", "claims"]),
    ("not-a-mapping.yaml", 1, 1, ["must be a mapping", "got a list"], []),
    ("alias.yaml", 12, 14, ["alias '*refs'", "not allowed"], ["write the value out"]),
    ("custom-tag.yaml", 2, 10, ["tag '!!python/object/apply:os.system'", "not allowed"], []),
    ("too-deep.yaml", 2, 24, ["nests deeper than 16 levels"], []),
    (
        "unknown-key-top.yaml",
        3,
        1,
        ["unknown key 'sorces' at the top level", "did you mean 'sources'?"],
        ["version, article, sources, claims"],
    ),
    (
        "unknown-key-article.yaml",
        2,
        3,
        ["unknown key 'titel' in article", "did you mean 'title'?"],
        [],
    ),
    (
        "unknown-key-source.yaml",
        6,
        5,
        ["unknown key 'publsher' in source 'readout'", "did you mean 'publisher'?"],
        [],
    ),
    (
        "unknown-key-claim.yaml",
        9,
        5,
        ["unknown key 'sorces' in claim 'call-date'", "did you mean 'sources'?"],
        ["id, text, sources"],
    ),
    (
        "unknown-key-accept-term.yaml",
        12,
        9,
        ["unknown key 'reason' in accept_terms #1 of claim 'call-date'"],
        ["allowed keys: text, why"],
    ),
    ("non-string-key.yaml", 3, 3, ["key in article must be a name", "got a list"], []),
    ("duplicate-key.yaml", 4, 3, ["duplicate key 'title' in article", "first at line 2"], []),
    (
        "duplicate-source-id.yaml",
        6,
        9,
        ["duplicate source id 'readout'", "first defined at line 4"],
        [],
    ),
    (
        "duplicate-claim-id.yaml",
        10,
        9,
        ["duplicate claim id 'call-date'", "first defined at line 7"],
        [],
    ),
    ("duplicate-source-reference.yaml", 9, 24, ["lists source 'readout' twice"], []),
    (
        "undefined-source.yaml",
        9,
        15,
        ["claim 'call-date' refers to undefined source 'readuot'", "did you mean 'readout'?"],
        ["defined sources: readout"],
    ),
    ("bad-id.yaml", 7, 9, ["'id' in claim #1", "'Call_Date' is not a valid id"], ["lowercase"]),
    ("missing-claims.yaml", 1, 1, ["the claim file has no 'claims'"], ["claims:"]),
    ("missing-claim-text.yaml", 7, 5, ["claim 'call-date' has no 'text'"], []),
    ("missing-claim-sources.yaml", 7, 5, ["claim 'call-date' has no 'sources'"], []),
    ("missing-source-url.yaml", 4, 5, ["source 'readout' has no 'url'"], []),
    (
        "missing-accept-why.yaml",
        11,
        9,
        ["accept_terms #1 of claim 'call-date' has no 'why'"],
        ["why"],
    ),
    ("empty-title.yaml", 2, 9, ["'title' in article is empty"], []),
    ("empty-claim-text.yaml", 8, 11, ["'text' in claim 'call-date' is empty"], []),
    ("empty-sources.yaml", 3, 10, ["'sources' in the claim file is empty"], []),
    ("empty-claim-sources.yaml", 9, 14, ["'sources' in claim 'call-date' is empty"], []),
    ("empty-quote.yaml", 10, 23, ["'quotes' in claim 'call-date'", "empty string"], []),
    ("wrong-type-title.yaml", 2, 10, ["'title' in article", "expected a string, got a list"], []),
    ("wrong-type-article.yaml", 1, 10, ["article", "expected a mapping, got a string"], []),
    ("wrong-type-sources.yaml", 4, 3, ["expected a list of sources, got a mapping"], []),
    ("wrong-type-claim-item.yaml", 7, 5, ["claim #1", "expected a mapping, got a string"], []),
    (
        "wrong-type-claim-sources.yaml",
        9,
        14,
        ["'sources' in claim 'call-date'", "expected a list of source ids, got a string"],
        [],
    ),
    (
        "wrong-type-quotes.yaml",
        11,
        7,
        ["'quotes' in claim 'call-date'", "expected a list of strings, got a mapping"],
        [],
    ),
    ("wrong-type-quote-item.yaml", 10, 21, ["expected a list of strings, got a list in it"], []),
    (
        "wrong-type-accept-terms.yaml",
        10,
        19,
        ["'accept_terms' in claim 'call-date'", "expected a list of mappings, got a string"],
        [],
    ),
    (
        "invalid-kind.yaml",
        6,
        11,
        ["'kind' in source 'readout'", "unknown value 'readouts'", "did you mean 'readout'?"],
        ["readout, press-remarks, press-conference, statement, other"],
    ),
    (
        "invalid-expect.yaml",
        10,
        13,
        ["'expect' in claim 'call-date'", "unknown value 'verified'"],
        [
            "supported, partly-supported, misquoted, misattributed, contradicted, not-found, "
            "unverifiable"
        ],
    ),
    ("invalid-setting.yaml", 10, 14, ["'setting'", "unknown value 'interview'"], ["readout"]),
    (
        "quote-not-in-text.yaml",
        10,
        14,
        ["quote 'spoke on October 26' does not occur", "claim 'call-date' (line 7)"],
        [],
    ),
    ("url-not-http.yaml", 5, 10, ["'ftp://example.org/readout'", "absolute http(s) URL"], []),
    ("url-relative.yaml", 5, 10, ["'example.org/readout'", "absolute http(s) URL"], []),
    ("url-credentials.yaml", 5, 10, ["must not contain a user name or password"], []),
    ("url-spaces.yaml", 5, 10, ["'url' in source 'readout' contains spaces"], []),
    ("url-bad-port.yaml", 5, 10, ["is not a valid URL"], []),
    ("url-host-64-char-label.yaml", 5, 10, ["64-character label", "63 between dots"], []),
    ("url-host-host-too-long.yaml", 5, 10, ["characters long; DNS allows 253"], []),
    ("url-host-host-bad-idna.yaml", 5, 10, ["host name"], ["check the URL's host name"]),
    ("article-url-not-http.yaml", 3, 8, ["'url' in article", "absolute http(s) URL"], []),
    ("published-invalid-date.yaml", 3, 14, ["'2025-02-30' is not a valid date"], ["YYYY-MM-DD"]),
    ("published-not-a-date.yaml", 3, 14, ["'26 October 2025' is not a date"], ["YYYY-MM-DD"]),
    ("published-datetime.yaml", 3, 14, ["'2025-10-26T09:00:00Z' is not a date"], []),
    ("bad-language.yaml", 6, 15, ["'language' in source 'readout'", "not a language tag"], []),
    ("bad-translated-from.yaml", 3, 20, ["'translated_from' in article", "'vi_VN'"], []),
    ("bad-version.yaml", 1, 10, ["unsupported claim file version '2'"], ["version: 1"]),
    (
        "missing-article-text.yaml",
        3,
        9,
        ["article text file 'missing.article.txt' not found"],
        ["relative to the claim file"],
    ),
    ("article-text-outside.yaml", 3, 9, ["outside the claim file's directory"], []),
    ("article-text-absolute.yaml", 3, 9, ["must be a path relative to the claim file"], []),
]


@pytest.mark.parametrize(
    ("name", "line", "column", "message_words", "hint_words"),
    BAD_CASES,
    ids=[case[0] for case in BAD_CASES],
)
def test_bad_file_reports_place_and_problem(name, line, column, message_words, hint_words):
    path = BAD / name
    err = load_error(path)
    assert err.location == Location(str(path), line, column)
    for words in message_words:
        assert words in err.message
    for words in hint_words:
        assert words in err.hint
    assert err.hint, "every error tells the user what to do"
    assert_clean(str(err))
    where = f"{path}:{line}:{column}: " if line else f"{path}: "
    assert str(err) == f"{where}{err.message} ({err.hint})"


def test_every_bad_fixture_is_checked():
    assert {path.name for path in BAD.iterdir()} == {case[0] for case in BAD_CASES}


def test_missing_file(tmp_path):
    path = tmp_path / "nope.yaml"
    err = load_error(path)
    assert err.location == Location(str(path))
    assert err.message == "claim file not found"
    assert str(err) == f"{path}: claim file not found (check the path)"


def test_directory(tmp_path):
    err = load_error(tmp_path)
    assert err.location == Location(str(tmp_path))
    assert "is a directory" in err.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_file_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    assert "not a regular file" in load_error(path).message


def test_file_over_5_mb_is_refused(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    err = load_error(path)
    assert err.location == Location(str(path))
    assert "5,242,881 bytes" in err.message
    assert "limit is 5 MB" in err.message


def test_file_of_exactly_5_mb_is_read(tmp_path):
    path = tmp_path / "big.yaml"
    padding = "#" * (MAX_FILE_BYTES - len(MINIMAL) - 1) + "\n"
    path.write_text(MINIMAL + padding, encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_claims(path).claims[0].id == "call-date"


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.yaml"
    path.write_text(MINIMAL, encoding="utf-8")

    real_open = os.open

    def refuse(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    # chmod cannot lock root out, so make the open itself fail.
    monkeypatch.setattr(os, "open", refuse)
    err = load_error(path)
    assert err.location == Location(str(path))
    assert err.message == "cannot read the claim file: Permission denied"


def test_huge_expansion_is_refused_quickly(tmp_path):
    # The "billion laughs": nine levels of ten aliases would expand to 10**9 strings.
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = load_error(path)
    assert err.location == Location(str(path), 2, 10)
    assert "alias '*a0'" in err.message


def test_error_messages_shorten_long_values(tmp_path):
    path = tmp_path / "long.yaml"
    long_id = "x" * 200
    path.write_text(MINIMAL.replace("[readout]", f"[{long_id}]"), encoding="utf-8")
    err = load_error(path)
    assert "x" * 59 + "…'" in err.message
    assert "x" * 61 not in err.message


# ── untrusted input never escapes as anything but ClaimFileError ──────────────

_NOISE = re.compile(r"Traceback|File \"|<[a-zA-Z_.]+ object at 0x|Error\(")


def assert_clean(text: str) -> None:
    assert not _NOISE.search(text), text
    assert "\n" not in text


def load_or_error(path: Path) -> None:
    try:
        load_claims(path)
    except ClaimFileError as err:
        assert_clean(str(err))
        assert err.location is not None
        assert err.location.file == str(path)


_FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_text_gives_claim_file_or_claim_file_error(tmp_path, text):
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    load_or_error(path)


@_FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_give_claim_file_or_claim_file_error(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    load_or_error(path)


_GOOD_LINES = GOOD.read_text(encoding="utf-8").splitlines()
_FRAGMENTS = st.sampled_from(
    [
        "",
        "  ",
        "\t",
        "- ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!str ",
        "? ",
        "---",
        "'",
        '"',
        "~",
        "null",
        "id: x",
        "sources: []",
        "quotes: [a]",
        "2025-13-45",
        "https://",
    ]
)


@_FUZZ
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(_GOOD_LINES) - 1),
            st.sampled_from(["drop", "duplicate", "prefix", "suffix", "replace"]),
            _FRAGMENTS,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_good_file_gives_claim_file_or_claim_file_error(tmp_path, edits):
    # Small edits to a valid file reach the deep checks that random text never gets to.
    lines = list(_GOOD_LINES)
    for index, action, fragment in edits:
        index %= len(lines)
        if action == "drop":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "prefix":
            lines[index] = fragment + lines[index]
        elif action == "suffix":
            lines[index] += fragment
        else:
            lines[index] = lines[index][: len(lines[index]) // 2] + fragment
        if not lines:
            lines = [""]
    fuzz = tmp_path / GOOD.name
    fuzz.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "takaichi-call.article.txt").write_text("text\n", encoding="utf-8")
    load_or_error(fuzz)


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("en", "en"),
        ("JA", "ja"),
        ("en-us", "en-US"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
    ],
)
def test_language_tags_are_accepted_and_normalised(tmp_path, written, stored):
    path = tmp_path / "lang.yaml"
    path.write_text(MINIMAL.replace("readout\n", f"readout\n    language: {written}\n", 1), "utf-8")
    assert load_claims(path).sources[0].language == stored


def test_documented_example_loads(tmp_path):
    doc = (Path(__file__).parents[1] / "docs" / "claim-files.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    (tmp_path / "takaichi-trump-call.article.txt").write_text("text\n", encoding="utf-8")
    claim_file = load_claims(path)
    assert [claim.id for claim in claim_file.claims] == ["call-date", "top-priority"]
    assert claim_file.claims[1].accepted_terms[0].text == "alliances"


def test_a_source_left_to_discovery_needs_no_url_yet(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(
        "article: {title: t}\n"
        "sources:\n"
        "  - id: s1\n"
        "    discover: {publisher: mofa-ja, from: 2025-10-24, to: 2025-10-26}\n"
        "claims:\n"
        "  - {id: c, text: They spoke., sources: [s1]}\n",
        encoding="utf-8",
    )
    (spec,) = load_claims(path).sources
    assert spec.url is None and spec.discover


def test_a_misspelt_discover_key_is_refused(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(
        "article: {title: t}\n"
        "sources:\n"
        "  - id: s1\n"
        "    discover: {publsher: mofa-ja}\n"
        "claims:\n"
        "  - {id: c, text: They spoke., sources: [s1]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ClaimFileError, match=r"d.yaml:4:16: .*publsher"):
        load_claims(path)


# ── where a claim stands in its article ───────────────────────────────────────


def _located_by_pattern(article: str, claim: str) -> tuple[int, int] | None:
    """The rule as a pattern: runs of white space are one space, exact case first."""
    words = claim.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    found = re.search(pattern, article) or re.search(pattern, article, re.IGNORECASE)
    if found is None:
        return None
    before = article[: found.start()]
    return before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1


_PROSE = st.text(st.sampled_from(list("abAB \n\t\u3000\u00a0xX.,İı")), max_size=40)


@settings(max_examples=300)
@given(article=_PROSE, claim=_PROSE)
def test_a_claim_is_located_where_the_white_space_folding_rule_puts_it(article, claim):
    from factcheck.claimfiles.claims import locate_in_article

    assert locate_in_article(article, claim) == _located_by_pattern(article, claim)


def test_a_claim_folded_over_lines_is_found_at_its_first_word():
    from factcheck.claimfiles.claims import locate_in_article

    article = "Title\n\nFirst line.\nThe leaders  agreed\nto meet.\n"
    assert locate_in_article(article, "leaders agreed to meet") == (4, 5)
    assert locate_in_article(article, "THE LEADERS agreed") == (4, 1)
    assert locate_in_article(article, "leaders disagreed") is None
