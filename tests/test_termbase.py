"""The termbase: loading with precise errors, and finding concepts across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import TermbaseError
from factcheck.model import Severity
from factcheck.termbase import EntryKind, load_termbase, parse_termbase


@pytest.fixture(scope="module")
def builtin():
    return load_termbase()


def ids(hits):
    return [(h.entry.id, h.surface, h.variant) for h in hits]


def test_english_claim_and_japanese_sentence_meet_on_concepts(builtin):
    claim = builtin.find("Japan's indispensable role in US strategies in the Indo-Pacific", "en")
    sentence = builtin.find(
        "日本はインド太平洋地域において米国にとって不可欠なパートナーである", "ja"
    )
    shared = {h.entry.id for h in claim} & {h.entry.id for h in sentence}
    assert {"indo-pacific", "indispensable-partner", "united-states", "japan"} <= shared


def test_listed_garbled_variants_are_marked(builtin):
    hits = builtin.find(
        'the concept of "Friendly and wide Pacific India" in the India - Pacific', "en"
    )
    assert ("foip", "Friendly and wide Pacific India", True) in ids(hits)
    assert ("indo-pacific", "India - Pacific", True) in ids(hits)


def test_official_form_is_not_a_variant(builtin):
    hits = builtin.find("a Free and Open Indo-Pacific", "en")
    assert ("foip", "Free and Open Indo-Pacific", False) in ids(hits)
    assert all(not h.variant for h in hits)


def test_nested_concepts_of_other_entries_are_kept(builtin):
    # A sentence naming FOIP also names the Indo-Pacific; both must count as covered.
    found = {h.entry.id for h in builtin.find("「自由で開かれたインド太平洋」の実現", "ja")}
    assert {"foip", "indo-pacific"} <= found


def test_short_capitals_are_case_sensitive(builtin):
    assert "united-states" not in {h.entry.id for h in builtin.find("he told us so", "en")}
    assert "united-states" in {h.entry.id for h in builtin.find("told the US so", "en")}


def test_wildcard_forms_match_inflections(builtin):
    found = {h.entry.id for h in builtin.find("congratulating her; strategies", "en")}
    assert {"congratulate", "strategy"} <= found


def test_unknown_language_finds_nothing(builtin):
    assert builtin.find("Indo-Pacific", "xx") == []


def test_user_entry_replaces_builtin(tmp_path: Path):
    path = tmp_path / "house.yaml"
    path.write_text(
        "entries:\n  - id: indo-pacific\n    en: [Indo-Pacific]\n    ja: [インド太平洋]\n"
        "    variants:\n      en: [Indopacific]\n    severity: warning\n",
        encoding="utf-8",
    )
    termbase = load_termbase([path])
    entry = termbase.get("indo-pacific")
    assert entry is not None and entry.severity is Severity.WARNING
    assert entry.variants == {"en": ("Indopacific",)}
    assert termbase.get("foip") is not None  # the rest of the built-in stays


def test_entry_fields(builtin):
    entry = builtin.get("foip")
    assert entry is not None
    assert entry.kind is EntryKind.TERM
    assert entry.preferred("en") == "Free and Open Indo-Pacific"
    assert entry.preferred("ja") == "自由で開かれたインド太平洋"
    assert entry.severity is Severity.ERROR
    assert entry.origin.startswith("<built-in")


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("entries: [\n", 2, 1, "malformed YAML"),
        (
            "entries:\n  - id: x\n    en: [a]\n  - id: x\n    en: [b]\n",
            4,
            5,
            "duplicate entry id 'x'",
        ),
        ("entries:\n  - id: x\n    en: [a]\n    severty: error\n", 4, 5, "did you mean 'severity'"),
        ("entries:\n  - id: x\n    en: [a]\n    severity: fatal\n", 4, 15, "use one of error"),
        ("entries:\n  - id: x\n    kind: term\n", 2, 5, "has no forms"),
        ("entries:\n  - id: Bad Id\n    en: [a]\n", 2, 9, "bad entry id"),
        ("entries:\n  - id: x\n    en: {a: b}\n", 3, 9, "must be a list"),
        ("entries:\n  - id: x\n    en: [a]\n    en: [b]\n", 4, 5, "duplicate key 'en'"),
        ("x: &a [1]\ny: *a\n", 1, 4, "aliases"),
        ("entries:\n  - &e {id: x, en: [a]}\n  - *e\n", 2, 5, "aliases"),
    ],
)
def test_bad_termbases_say_where(tmp_path, text, line, column, words):
    with pytest.raises(TermbaseError) as caught:
        parse_termbase(text, "tb.yaml")
    error = caught.value
    assert error.location is not None
    assert (error.location.line, error.location.column) == (line, column)
    assert words in str(error)
    assert str(error).startswith(f"tb.yaml:{line}:{column}: ")


def test_missing_termbase_file(tmp_path):
    with pytest.raises(TermbaseError, match="termbase not found"):
        load_termbase([tmp_path / "nope.yaml"])


def test_first_word_index_keeps_every_kind_of_form():
    # The finder only runs forms whose first word the text holds: wildcards, dotted
    # abbreviations, possessives and long first words must all still be found.
    termbase = load_termbase()
    text = "Looking forward, the U.S.-Japan Alliance and the Prime Minister's Office congratulated"
    found = {h.entry.id for h in termbase.find(text, "en")}
    assert {"look-forward", "japan-us-alliance", "prime-ministers-office", "congratulate"} <= found


def test_specs_can_be_skipped_when_loading(tmp_path: Path):
    path = tmp_path / "tb.yaml"
    path.write_text(
        "entries:\n  - id: x\n    en: [Alpha]\n    specs:\n      - {text: Beta, finds: Beta}\n",
        encoding="utf-8",
    )
    with pytest.raises(TermbaseError, match="spec of entry 'x' fails"):
        load_termbase([path], builtin=False)
    assert load_termbase([path], builtin=False, check_specs=False).get("x") is not None
