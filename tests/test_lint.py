"""Lint: findings with places and official wording, accept markers, fixes, specs, acceptance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError, TermbaseError
from factcheck.model import Severity
from factcheck.terms.lint import (
    FindingKind,
    _abbreviation_before,
    _block_hits,
    _blocks,
    _mask,
    _paragraphs,
    apply_fixes,
    diff_fixes,
    lint_exit_code,
    lint_text,
    read_article,
)
from factcheck.terms.termbase import Termbase, load_termbase, parse_termbase

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "lint"
SEED = ROOT / "claims" / "takaichi-trump-call.article.txt"


@pytest.fixture(scope="module")
def builtin() -> Termbase:
    return load_termbase()


def small_termbase(yaml_text: str) -> Termbase:
    return Termbase(parse_termbase(yaml_text, "small.yaml"))


# ── acceptance on the seed ────────────────────────────────────────────────────

# The fact sheet's translation-artefact table: article wording → official wording.
ARTEFACTS = [
    ("India-Pacific", "Indo-Pacific"),
    ("India - Pacific", "Indo-Pacific"),
    ("Friendly and wide Pacific India", "Free and Open Indo-Pacific"),
    ("alliances with the US", "Japan-U.S. Alliance"),
    ("bilateral alliances", "Japan-U.S. Alliance"),
    ("allianced relationship", "Japan-U.S. Alliance"),
    ("political orientator", "political mentor"),
    ("a new height", "further heights"),
    ("cheerful and attractive", "cheerful and fun"),
    ("inauguration as prime minister", "assumption of office"),
]


def test_seed_article_every_artefact_found_with_official_wording(builtin):
    findings = lint_text(SEED.read_text(encoding="utf-8"), builtin, path="seed.txt")
    found = {(f.found, f.suggestion) for f in findings}
    for artefact in ARTEFACTS:
        assert artefact in found, artefact


def test_seed_article_errors_are_exactly_the_indo_pacific_garbles(builtin):
    findings = lint_text(SEED.read_text(encoding="utf-8"), builtin, path="seed.txt")
    errors = sorted(f.found for f in findings if f.severity is Severity.ERROR)
    assert errors == ["Friendly and wide Pacific India", "India - Pacific", "India-Pacific"]
    assert {f.found for f in findings} == {found for found, _ in ARTEFACTS}
    assert lint_exit_code(findings) == 1


def test_clean_news_sample_has_no_findings(builtin):
    text = (FIXTURES / "clean-news-sample.txt").read_text(encoding="utf-8")
    assert len(text.split()) >= 10_000
    findings = lint_text(text, builtin, path="clean-news-sample.txt")
    assert findings == [], [(f.line, f.found, f.kind.value) for f in findings]
    assert lint_exit_code(findings) == 0


# ── findings ──────────────────────────────────────────────────────────────────


def test_finding_place_and_fields(builtin):
    text = "First line.\nUS strategies in the India-Pacific region.\n"
    (finding,) = lint_text(text, builtin, path="a.txt")
    assert (finding.path, finding.line, finding.column) == ("a.txt", 2, 22)
    assert (finding.end_line, finding.end_column) == (2, 35)
    assert text[finding.start : finding.end] == "India-Pacific"
    assert finding.entry_id == "indo-pacific"
    assert finding.suggestion == "Indo-Pacific"
    assert finding.listed and finding.kind is FindingKind.LISTED and finding.score == 100
    assert finding.severity is Severity.ERROR and finding.fixable
    assert finding.reference.startswith("https://")


def test_columns_count_characters_not_bytes(builtin):
    (finding,) = lint_text("「日本」と India-Pacific", builtin)
    assert finding.column == 7


def test_inferred_findings_are_marked_and_scored(builtin):
    (finding,) = lint_text("Both back a Liberal and Open Indo-Pacific.", builtin)
    assert not finding.listed and finding.kind is FindingKind.CALQUE
    assert 70 <= finding.score < 100
    assert finding.suggestion == "Free and Open Indo-Pacific"
    assert not finding.fixable


def test_weak_inferred_finding_drops_a_severity_step(builtin):
    (finding,) = lint_text('the "Free and Fair Indo-Pacific" vision', builtin)
    assert finding.kind is FindingKind.WRONG_WORD and finding.score < 90
    assert finding.severity is Severity.WARNING  # the entry says error


def test_nothing_inside_a_correct_official_term():
    termbase = small_termbase(
        "entries:\n  - id: indo-pacific\n    en: [Indo-Pacific]\n"
        "    variants:\n      en: [Pacific]\n    severity: error\n"
    )
    findings = lint_text("the Indo-Pacific and the Pacific", termbase)
    assert [(f.found, f.start) for f in findings] == [("Pacific", 25)]


def test_a_garbled_long_term_is_one_finding(builtin):
    findings = lint_text("the Free and Open India-Pacific", builtin)
    assert [(f.entry_id, f.found) for f in findings] == [("foip", "Free and Open India-Pacific")]


def test_markdown_code_comments_and_urls_are_not_prose(builtin):
    text = (FIXTURES / "article.md").read_text(encoding="utf-8")
    findings = lint_text(text, builtin, path="article.md")
    assert [(f.line, f.found) for f in findings] == [
        (3, "India-Pacific"),
        (3, "Free and Fair Indo-Pacific"),
        (6, "Friendly and wide Pacific India"),
        (14, "Indo Pacific"),
    ]


def test_japanese_text_finds_listed_variants_only():
    termbase = small_termbase(
        "entries:\n  - id: foip\n    ja: [自由で開かれたインド太平洋]\n"
        "    variants:\n      ja: [自由で開放的なインド太平洋]\n    severity: error\n"
    )
    (finding,) = lint_text("「自由で開放的なインド太平洋」を推進", termbase, language="ja")
    assert finding.suggestion == "自由で開かれたインド太平洋"
    assert lint_text("「自由で開かれたインド太平洋」を推進", termbase, language="ja") == []


# ── accept markers ────────────────────────────────────────────────────────────


def test_markers_accept_one_finding_and_keep_it_listed(builtin):
    text = (FIXTURES / "article.md").read_text(encoding="utf-8")
    findings = lint_text(text, builtin, path="article.md")
    accepted = {f.found: f.accepted for f in findings if f.accepted}
    assert accepted == {
        "Friendly and wide Pacific India": "the article quotes a slogan used at the rally",
        "Indo Pacific": "house style in 2019 quotes",
    }
    # The open error on line 3 still fails the run; accepted ones do not.
    assert lint_exit_code(findings) == 1
    assert lint_exit_code([f for f in findings if f.accepted]) == 0


def test_marker_accepts_only_the_first_finding_of_its_entry(builtin):
    text = '<!-- factcheck: accept indo-pacific "quoted" -->\nIndia-Pacific and India-Pacific\n'
    findings = lint_text(text, builtin)
    assert [f.accepted for f in findings] == ["quoted", None]


def test_unused_marker_is_reported(builtin):
    text = 'All is well.\n<!-- factcheck: accept foip "stale" -->\nThe Indo-Pacific.\n'
    (finding,) = lint_text(text, builtin, path="a.md")
    assert finding.kind is FindingKind.UNUSED_ACCEPT
    assert finding.severity is Severity.WARNING and finding.line == 2
    assert finding.entry_id == "foip"


@pytest.mark.parametrize(
    "marker",
    [
        '<!-- factcheck: acept foip "x" -->',
        "<!-- factcheck: accept foip -->",
        '<!-- factcheck: accept Foip "x" -->',
    ],
)
def test_malformed_marker_is_bad_input_with_place(builtin, marker):
    with pytest.raises(InputError) as caught:
        lint_text(f"Line one.\n  {marker}\n", builtin, path="a.md")
    assert str(caught.value).startswith("a.md:2:3: malformed factcheck marker")


# ── fixes ─────────────────────────────────────────────────────────────────────


def test_fix_replaces_listed_unambiguous_variants_only(builtin):
    text = SEED.read_text(encoding="utf-8")
    fixed = apply_fixes(text, lint_text(text, builtin))
    assert "in the Indo-Pacific region" in fixed
    assert "balance of power in the Indo-Pacific." in fixed
    assert '"Free and Open Indo-Pacific"' in fixed
    assert "political mentor" in fixed
    # fix: false entries and inferred findings are left for an editor.
    assert "alliances with the US" in fixed and "a new height" in fixed
    assert "inauguration as prime minister" in fixed


def test_fix_skips_accepted_and_stale_findings(builtin):
    text = '<!-- factcheck: accept indo-pacific "quoted" -->\nIndia-Pacific; India-Pacific\n'
    findings = lint_text(text, builtin)
    assert apply_fixes(text, findings).endswith("India-Pacific; Indo-Pacific\n")
    assert apply_fixes("something else entirely", findings) == "something else entirely"


def test_ambiguous_variant_is_not_fixable():
    termbase = small_termbase(
        "entries:\n"
        "  - id: a\n    en: [Alpha Treaty]\n    variants:\n      en: [the treaty]\n"
        "    severity: warning\n"
        "  - id: b\n    en: [Beta Treaty]\n    variants:\n      en: [the treaty]\n"
        "    severity: warning\n"
    )
    findings = lint_text("We signed the treaty.", termbase)
    assert findings and not any(f.fixable for f in findings)
    assert apply_fixes("We signed the treaty.", findings) == "We signed the treaty."


def test_suggestion_containing_its_pattern_applies_once():
    termbase = small_termbase(
        "entries:\n  - id: indo-pacific\n    en: [Indo-Pacific]\n"
        "    variants:\n      en: [Pacific]\n    severity: error\n"
    )
    once = apply_fixes("the Pacific", lint_text("the Pacific", termbase))
    assert once == "the Indo-Pacific"
    assert apply_fixes(once, lint_text(once, termbase)) == once


def test_diff_preview(builtin):
    text = "Line one.\nThe India-Pacific region.\n"
    diff = diff_fixes(text, apply_fixes(text, lint_text(text, builtin)), "a.txt")
    assert diff.splitlines()[:2] == ["--- a/a.txt", "+++ b/a.txt"]
    assert "-The India-Pacific region." in diff and "+The Indo-Pacific region." in diff
    assert diff_fixes(text, text, "a.txt") == ""


PIECES = [
    "India-Pacific",
    "Indo-Pacific",
    "India - Pacific",
    "Free and Open Indo-Pacific",
    "Friendly and wide Pacific India",
    "Free and Open India-Pacific",
    "political orientator",
    "political mentor",
    "Pacific India",
    "Japan-US alliances",
    "the",
    "region",
    "and",
    "Japan",
    "Pacific",
    "India",
    "\n",
    ".",
    ",",
    '"',
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from([" ", "  ", "\n"]))
def test_fix_round_trip_and_idempotence(pieces, glue):
    termbase = load_termbase()
    text = glue.join(pieces)
    fixed = apply_fixes(text, lint_text(text, termbase))
    assert apply_fixes(fixed, lint_text(fixed, termbase)) == fixed
    assert not [f for f in lint_text(fixed, termbase) if f.fixable]
    # Fixing only ever touches the spans of fixable findings.
    if not [f for f in lint_text(text, termbase) if f.fixable]:
        assert fixed == text


# ── specs, exit codes, files ──────────────────────────────────────────────────


def test_failing_spec_stops_loading_with_place():
    with pytest.raises(TermbaseError) as caught:
        load_termbase([FIXTURES / "bad-spec.yaml"], builtin=False)
    message = str(caught.value)
    assert message.startswith(f"{FIXTURES / 'bad-spec.yaml'}:8:9: spec of entry 'indo-pacific'")
    assert 'expected to find "Asia-Pacific", lint finds nothing' in message


def test_spec_with_wrong_fix_fails(tmp_path):
    path = tmp_path / "tb.yaml"
    path.write_text(
        "entries:\n  - id: x\n    en: [Indo-Pacific]\n    variants:\n      en: [Indopacific]\n"
        "    severity: error\n    specs:\n      - text: the Indopacific\n"
        "        finds: Indopacific\n        fixed: the Indo Pacific\n",
        encoding="utf-8",
    )
    with pytest.raises(TermbaseError, match=r"tb.yaml:8:9: .*--fix gives \"the Indo-Pacific\""):
        load_termbase([path], builtin=False)


def test_passing_user_specs_and_replaced_entry():
    termbase = load_termbase([FIXTURES / "house.yaml"])
    entry = termbase.get("quad")
    assert entry is not None and entry.variants == {"en": ("Quartet",)}
    assert len(entry.specs) == 1 and entry.specs[0].fixed == "the Quad met; the Quad met"


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("      - text: a\n", "needs 'text' and 'finds'"),
        ("      - text: a\n        finds: a\n        fixd: b\n", "did you mean 'fixed'"),
        ("      - text: a\n        finds: a\n        language: 1x\n", "not a language code"),
    ],
)
def test_malformed_specs(spec, words):
    text = "entries:\n  - id: x\n    en: [a]\n    specs:\n" + spec
    with pytest.raises(TermbaseError, match=words):
        parse_termbase(text, "tb.yaml")


def test_spec_defaults():
    (entry,) = parse_termbase(
        "entries:\n  - id: x\n    ja: [自衛隊]\n    fix: false\n    infer: no\n    specs:\n"
        "      - {text: 自衛隊, finds: ~}\n      - {text: b, finds: [], language: en}\n",
        "tb.yaml",
    )
    assert [(s.finds, s.language) for s in entry.specs] == [((), "ja"), ((), "en")]
    assert entry.fix is False and entry.infer is False


def test_read_article_errors_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="article not found"):
        read_article(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\n")
    with pytest.raises(InputError, match="bad.txt:2: article is not UTF-8"):
        read_article(bad)


# ── layout ────────────────────────────────────────────────────────────────────

LAYOUT_PIECES = [
    "Japan and the US met today.",
    "Ms. Takaichi said strengthening alliances with the US comes first.",
    "They spoke of the India-Pacific and of the Free and Open Indo Pacific.",
    "Three of the four members have alliances with the United States.",
    "The Japan-US alliances are old.",
    "Officials reaffirmed the bilateral alliances.",
    "Nothing to see here.",
]


def _layout_independent(findings):
    return [(f.entry_id, f.found, f.kind, f.severity, f.score, f.fixable) for f in findings]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(LAYOUT_PIECES), min_size=1, max_size=12))
def test_findings_do_not_depend_on_blank_lines(paragraphs):
    # The seed is written one paragraph per line; the same article with blank lines between
    # its paragraphs must give the same findings, only on other lines.
    termbase = load_termbase()
    per_line = lint_text("\n".join(paragraphs) + "\n", termbase)
    blank_lined = lint_text("\n\n".join(paragraphs) + "\n", termbase)
    assert _layout_independent(per_line) == _layout_independent(blank_lined)
    assert [2 * f.line - 1 for f in per_line] == [f.line for f in blank_lined]


def test_seed_findings_do_not_depend_on_blank_lines(builtin):
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_line = lint_text("\n".join(lines), builtin)
    blank_lined = lint_text("\n\n".join(lines), builtin)
    assert per_line and _layout_independent(per_line) == _layout_independent(blank_lined)


@pytest.mark.parametrize(
    "wrapped",
    [
        "Leaders backed a Free and\nOpen India-Pacific at the talks.",
        "Both sides praised the alliances between Japan and the U.S.\nlast week.",
        "The partners renewed the\nJapan-US alliances this week.",
        "The minister spoke.\nThe India-Pacific region\nwas the topic.",
    ],
)
def test_hard_wrapped_sentences_are_linted_as_one_line(builtin, wrapped):
    # A line break ends a block only after a sentence's end; inside a sentence (a text
    # wrapped at a fixed width) terms still span it.
    one_line = wrapped.replace("\n", " ")
    found = [(f.entry_id, " ".join(f.found.split()), f.kind) for f in lint_text(wrapped, builtin)]
    assert found == [(f.entry_id, f.found, f.kind) for f in lint_text(one_line, builtin)]
    assert found


# ── one search for the whole article ──────────────────────────────────────────

# Fragments of the built-in termbase's forms and variants, cut where a block may end, with
# what may stand between them: a block must never lend its words to the next one.
BLOCK_FRAGMENTS = [
    "Free and Open",
    "Free and",
    "Open Indo-Pacific",
    "Indo-Pacific",
    "India-Pacific",
    "Pacific India",
    "Japan-U.S.",
    "Japan-US",
    "Alliance",
    "alliances",
    "Self-Defense",
    "Forces",
    "the U.S.",
    "Mr.",
    "日米同盟",
    "インド太平洋",
    "μ",
    "İ",
    "ſ",
    "\x00",
]
BLOCK_GLUE = [" ", "\n", "\n\n", "\n \n", ".\n", '."\n', "?\n", " \n", "-", ""]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(BLOCK_FRAGMENTS), st.sampled_from(BLOCK_GLUE))),
    st.sampled_from([1, 40, 1_000_000]),
)
def test_one_search_finds_what_a_search_per_block_finds(parts, group):
    # `_block_hits` searches blocks in groups, parted by a character no form can cross; it
    # must give exactly what searching each block on its own gives, whatever the groups.
    text = "".join(fragment + glue for fragment, glue in parts)
    termbase = load_termbase()
    masked = _mask(text)
    for language in ("en", "ja"):
        per_block = [
            (offset, [(h.entry.id, h.start, h.end, h.variant, h.surface) for h in found])
            for offset, found in (
                (offset, termbase.find(block, language)) for offset, block in _blocks(masked)
            )
        ]
        grouped = [
            (
                offset,
                [
                    (h.entry.id, h.start - (offset - base), h.end - (offset - base), h.variant)
                    + (h.surface,)
                    for h in found
                ],
            )
            for offset, _, base, found in _block_hits(masked, termbase, language, group)
        ]
        assert grouped == per_block


# What ends a sentence at a line break, as a pattern: the definition `_blocks` must keep.
SENTENCE_LINE_END = re.compile(r"[.!?。！？][\"'”’」』)\]]*[ \t]*\n")


def blocks_by_pattern(text: str) -> list[tuple[int, str]]:
    blocks = []
    for offset, paragraph in _paragraphs(text):
        start = 0
        for match in SENTENCE_LINE_END.finditer(paragraph):
            if _abbreviation_before(paragraph, match.start()):
                continue
            blocks.append((offset + start, paragraph[start : match.end() - 1]))
            start = match.end()
        if start < len(paragraph):
            blocks.append((offset + start, paragraph[start:]))
    return blocks


LINE_PIECES = st.sampled_from(
    ["word", "U.S.", "Mr.", "a.", "end", "。", "！", "?", ".", '"', "'", "”", "」", ")", "]"]
    + [" ", "\t", "\n", "\n\n", "\n \n", ". \n", '." \n', '.) "\n', ". )\n", "x" * 45 + "."]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join))
def test_blocks_end_where_a_line_ends_a_sentence(text):
    # Blocks are cut after each line ending a sentence (a stop, maybe closing quotes or
    # brackets, then spaces or tabs), but not after an abbreviation, and at blank lines.
    assert list(_blocks(text)) == blocks_by_pattern(text)
