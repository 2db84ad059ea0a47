"""Near-synonym bridges across languages (`Bridging`, languages/en_lexicon.py `bridges_of`): a claim
word that a Japanese source renders by a near-synonym, not by one of the word's own JMdict
glosses, meets it as weaker evidence, and only across languages. Sentences are our own."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.checks import match
from factcheck.languages import language_for
from factcheck.languages.en import bridges_of, lemma_of, rarity_of
from factcheck.languages.interface import BridgeKind, Bridging, pivot_of
from factcheck.thresholds import BRIDGE_MIN_TARGET_RARITY

_SEA = "両首脳は、海洋の研究で協力することで一致した。"


def _forms(claim: str, index: match.SourceIndex) -> tuple[float, dict[str, str], set[str]]:
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.key for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.key for a in best.missing}


def test_english_is_a_bridging_language():
    assert isinstance(language_for("en"), Bridging)


def test_a_near_synonym_meets_the_japanese_word_and_the_report_says_through_what():
    # "maritime" is no gloss of 海洋 (ocean, sea), but a gloss of 海洋性 beside "oceanic".
    index = index_of(s=document("u", "ja", _SEA))
    coverage, forms, missing = _forms(
        "The leaders agreed to cooperate on maritime research.", index
    )
    assert forms["maritime"] == "海洋 (JMdict via 海洋性)"
    assert not missing
    # Weaker than a direct gloss: the same sentence covers the claim that says "ocean" fully.
    direct, direct_forms, _ = _forms("The leaders agreed to cooperate on ocean research.", index)
    assert direct_forms["ocean"] == "海洋 (JMdict)"
    assert coverage < direct == 1.0


def test_the_bridge_counts_at_its_own_weight(monkeypatch: pytest.MonkeyPatch):
    index = index_of(s=document("u", "ja", _SEA))
    claim = "The leaders agreed to cooperate on maritime research."
    weak, _, _ = _forms(claim, index)
    monkeypatch.setattr(match, "BRIDGE_WEIGHT", 1.0)
    full, _, _ = _forms(claim, index)
    assert weak < full == 1.0


def test_no_bridge_within_one_language():
    # Two English words that share one JMdict sense are no paraphrase of each other in an
    # English source: only the stricter synonyms (several shared senses) count there.
    index = index_of(s=document("u", "en", "The leaders agreed to cooperate on marine research."))
    _, forms, missing = _forms("The leaders agreed to cooperate on maritime research.", index)
    assert "maritime" in missing
    assert "maritime" not in forms


def test_a_quoted_word_meets_no_near_synonym():
    index = index_of(s=document("u", "ja", _SEA))
    _, _, missing = _forms('The leaders agreed to cooperate on "maritime" research.', index)
    assert "maritime" in missing


def test_the_misquote_attractive_is_not_bridged_to_tanoshii():
    # 楽しい means enjoyable, fun, pleasant; nothing "attractive" is a near-synonym of, in
    # the lexicon, may reach it.
    index = index_of(s=document("u", "ja", "とても快活で楽しい方だ。"))
    _, forms, missing = _forms("She is a very cheerful and attractive person.", index)
    assert "attractive" in missing
    assert "attractive" not in forms


@pytest.mark.parametrize("word", ["ask", "visit", "make", "critical", "attractive"])
def test_a_common_word_gets_no_bridges(word: str):
    assert bridges_of(word) == ()


@pytest.mark.parametrize("word", ["maritime", "shipping", "negotiation", "emission", "resilient"])
def test_no_bridge_reaches_a_common_word(word: str):
    for gloss in bridges_of(word):
        assert rarity_of(lemma_of(gloss.text)) >= BRIDGE_MIN_TARGET_RARITY
        assert gloss.pivot != pivot_of(word)
        assert gloss.layer.startswith("JMdict via ")


def test_a_later_run_reads_the_bridges_back_without_opening_jmdict(tmp_path, monkeypatch):
    from factcheck import cache_table
    from factcheck.languages import en
    from factcheck.languages.jmdict import JMdict

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    cache_table.cache_table.cache_clear()
    en.bridges_of.cache_clear()
    try:
        first = en.bridges_of("maritime")
        assert first
        table = cache_table.cache_table("bridges-en")
        assert table is not None
        table.store()  # what the end of a process does
        cache_table.cache_table.cache_clear()
        en.bridges_of.cache_clear()

        def no_query(self: JMdict, english: str) -> None:
            raise AssertionError(f"JMdict queried for {english!r}")

        monkeypatch.setattr(JMdict, "glossed_senses", no_query)
        assert en.bridges_of("maritime") == first
    finally:
        cache_table.cache_table.cache_clear()
        en.bridges_of.cache_clear()


_FIELDS = "両国は、農業の研究で協力することで一致した。"


def test_a_form_that_is_a_dictionary_word_of_its_own_meets_its_synonyms_across_languages():
    # "farming" lemmatises to "farm", which 農業 ("agriculture") does not gloss; but "farming"
    # is a JMdict word of its own, a synonym of "agriculture" (they gloss several senses
    # together), so a Japanese source that says 農業 carries it, as a near-synonym.
    index = index_of(s=document("u", "ja", _FIELDS))
    _, forms, missing = _forms("The two countries agreed to cooperate on farming research.", index)
    assert forms["farm"] == "農業 (JMdict synonym)"
    assert "farm" not in missing
    # The bare lemma is no such word: "farm" (the place) is not "agriculture".
    _, _, bare_missing = _forms("The two countries agreed to cooperate on farm research.", index)
    assert "farm" in bare_missing


def test_the_synonyms_of_the_written_form_are_bridges_not_pivots():
    english = language_for("en")
    assert isinstance(english, Bridging)
    bridged = {gloss.pivot: gloss for gloss in english.bridges("farm", "farming")}
    agriculture = bridged[pivot_of("agriculture")]
    assert agriculture.layer == "JMdict synonym"
    assert agriculture.bridge is BridgeKind.NEAR_SYNONYM
    assert pivot_of("agriculture") not in {g.pivot for g in english.bridges("farm", "farm")}


def test_a_source_form_splits_into_the_word_and_the_link_it_was_met_through():
    from factcheck.checks.match import split_source_form

    assert split_source_form("強化 (JMdict)") == ("強化", "JMdict")
    assert split_source_form("buyer (WordNet synonym)") == ("buyer", "WordNet synonym")
    assert split_source_form("Indo-Pacific") == ("Indo-Pacific", "")
    # A word a Japanese sentence writes with its own full-width parentheses keeps them.
    assert split_source_form("カバレッジ（UHC）") == ("カバレッジ（UHC）", "")
    assert split_source_form("カバレッジ（UHC） (JMdict)") == ("カバレッジ（UHC）", "JMdict")
