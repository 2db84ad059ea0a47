"""Gloss blends (`BridgeKind.GLOSS_BLEND`, `Modifying.loose_modifiers`, checks/modifiers.py):
a claim's two-word phrase that takes its modifier from one JMdict gloss of a sense and its
head from another gloss of the same sense (送電網 "electricity supply network; power grid"
→ "electricity grid") meets the word, as weaker evidence than a gloss's own modifier, and a
modifier that no gloss of that sense gives does not. Sentences are our own, of a fictional
meeting."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.checks import match
from factcheck.languages import language_for
from factcheck.languages.interface import BridgeKind, Modifying, pivot_of
from factcheck.languages.ja_lexicon import gloss_modifiers, loose_modifiers

_GRID = "両外相は、送電網の拡充に向けて協力していくことで一致しました。"
_MAGNETS = "両首脳は、ゴンドワナ共和国の送電網と港湾の整備で一致しました。"


def _best(claim: str, *lines: str) -> tuple[float, dict[str, str], set[str]]:
    index = index_of(s=document("u", "ja", *lines))
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.surface for a in best.missing}


def _pairs(word: str) -> dict[tuple[str, str], BridgeKind]:
    return {(modifier, head): kind for modifier, head, kind in loose_modifiers(word, word)}


def test_japanese_gives_the_modifier_of_one_gloss_with_the_head_of_another():
    assert isinstance(language_for("ja"), Modifying)
    # 送電網: "electricity supply network; transmission network; power grid".
    pairs = _pairs("送電網")
    assert pairs[(pivot_of("electricity"), pivot_of("grid"))] is BridgeKind.GLOSS_BLEND
    assert pairs[(pivot_of("power"), pivot_of("network"))] is BridgeKind.GLOSS_BLEND


def test_a_blend_is_never_a_pair_one_gloss_gives_whole():
    firm = set(gloss_modifiers("送電網", "送電網"))
    assert (pivot_of("power"), pivot_of("grid")) in firm
    assert firm.isdisjoint(_pairs("送電網"))


def test_no_blend_across_two_senses():
    # 異物: "foreign body; …" is one sense, "strange object" another, "dead body" a third:
    # a strange body or a dead object is none of them.
    pairs = _pairs("異物")
    assert (pivot_of("strange"), pivot_of("body")) not in pairs
    assert (pivot_of("dead"), pivot_of("object")) not in pairs


def test_a_word_of_one_gloss_gives_no_blend():
    assert _pairs("発電所") == {}  # "power plant; power station": one modifier


def test_the_blended_modifier_meets_the_word_and_the_report_names_the_layer():
    coverage, forms, missing = _best(
        "The two ministers agreed to work on expanding the electricity grid.", _GRID
    )
    assert forms["electricity"] == "送電網 (JMdict gloss blend)"
    assert "electricity" not in missing
    assert forms["grid"] == "送電網 (JMdict)"


def test_the_blend_counts_at_its_own_weight_below_a_direct_rendering(
    monkeypatch: pytest.MonkeyPatch,
):
    claim = "The two ministers agreed to work on expanding the electricity grid."
    weak, _, _ = _best(claim, _GRID)
    monkeypatch.setattr(match, "GLOSS_BLEND_WEIGHT", 1.0)
    full, _, _ = _best(claim, _GRID)
    assert weak < full


def test_a_modifier_no_gloss_of_the_sense_gives_stays_missing():
    # The claim adds a detail: 送電網 says nothing of gas, nor of rail.
    _, _, missing = _best("The leaders agreed to improve Gondwana's gas grid and ports.", _MAGNETS)
    assert "gas" in missing
    _, _, missing = _best(
        "The leaders agreed to improve Gondwana's rail network and ports.", _MAGNETS
    )
    assert "rail" in missing


def test_the_blended_modifier_must_stand_before_a_head_of_the_same_sense():
    # "electricity prices": 送電網 says nothing of prices, so nothing of the electricity.
    _, _, missing = _best(
        "The leaders agreed on Gondwana's electricity prices and ports.", _MAGNETS
    )
    assert {"electricity", "prices"} <= missing


def test_no_blend_between_quotation_marks():
    # A quotation gives the source's words: "electricity grid" quoted is no paraphrase.
    _, _, missing = _best(
        'The two ministers agreed to work on expanding the "electricity grid" together.', _GRID
    )
    assert "electricity" in missing
