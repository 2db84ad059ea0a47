"""Gloss modifiers and heads (`BridgeKind.GLOSS_MODIFIER`, `GLOSS_HEAD`, checks/modifiers.py):
a claim word written before a head meets a Japanese word whose JMdict gloss is that modifier
and that head (石炭火力 "coal-fired thermal power"), and a claim word meets the head of such a
gloss of a word the analyser cut (電力供給 "power distribution"), as weaker evidence, and
nothing else does. Sentences are our own."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.checks import match
from factcheck.languages import language_for
from factcheck.languages.interface import Modifying, pivot_of
from factcheck.languages.ja_lexicon import gloss_modifiers
from factcheck.languages.jmdict import spaced_words

_COAL = "両首脳は、石炭火力の削減で一致しました。"
_THERMAL = "両首脳は、火力発電の削減で一致しました。"
_TUNA = "両首脳は、大西洋のマグロの保護で一致しました。"


def _best(claim: str, *lines: str, language: str = "ja") -> tuple[float, dict[str, str], set[str]]:
    index = index_of(s=document("u", language, *lines))
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.surface for a in best.missing}


def test_japanese_gives_gloss_modifiers():
    assert isinstance(language_for("ja"), Modifying)
    assert (pivot_of("coal-fired"), pivot_of("power")) in gloss_modifiers("石炭火力", "石炭火力")


@pytest.mark.parametrize(
    ("gloss", "words"),
    [
        ("coal-fired thermal power", ("coal-fired", "thermal", "power")),
        ("solar power (generation)", ("solar", "power")),
        ("to carry out", ("carry", "out")),
        ("Pacific,tuna", ()),
        ("Pacific, tuna", ()),
        ("Pacific  tuna", ()),
        ("Japan's navy", ()),
    ],
)
def test_a_modifier_and_its_head_stand_one_space_apart(gloss: str, words: tuple[str, ...]):
    assert spaced_words(gloss) == words


def test_no_modifier_from_a_narrower_sense_of_a_word_whose_head_alone_is_a_gloss():
    # マグロ is "tuna"; its sense "Pacific bluefin tuna" names one kind of it.
    assert not any(
        modifier == pivot_of("pacific") for modifier, _ in gloss_modifiers("マグロ", "マグロ")
    )


def test_a_phrase_with_a_function_word_gives_no_modifier():
    # 洋上 "on the sea": "on" is no modifier of "sea".
    assert gloss_modifiers("洋上", "洋上") == ()


def test_the_modifier_meets_the_word_beside_its_own_head_and_the_report_says_so():
    coverage, forms, missing = _best("The leaders agreed to cut coal-fired power.", _COAL)
    assert forms["coal-fired"] == "石炭火力 (JMdict gloss modifier)"
    assert not missing
    assert coverage > 0.6


def test_the_modifier_counts_at_its_own_weight(monkeypatch: pytest.MonkeyPatch):
    claim = "The leaders agreed to cut coal-fired power."
    weak, _, _ = _best(claim, _COAL)
    monkeypatch.setattr(match, "GLOSS_MODIFIER_WEIGHT", 1.0)
    full, _, _ = _best(claim, _COAL)
    assert weak < full


def test_a_modifier_the_source_does_not_give_stays_missing():
    # The claim adds a detail: 石炭火力 is coal-fired, not gas-fired; 火力発電 says neither.
    _, _, missing = _best("The leaders agreed to cut gas-fired power.", _COAL)
    assert "gas-fired" in missing
    _, _, missing = _best("The leaders agreed to cut coal-fired power.", _THERMAL)
    assert "coal-fired" in missing


def test_a_narrower_sense_lends_no_modifier_to_the_claim():
    _, forms, missing = _best("The leaders agreed to protect Pacific tuna.", _TUNA)
    assert "Pacific" in missing
    assert forms["tuna"] == "マグロ (JMdict)"


def test_the_modifier_must_stand_before_the_gloss_s_own_head():
    # "coal-fired plants": 石炭火力 says nothing of plants, nor of what is coal-fired there.
    _, _, missing = _best("The leaders agreed to cut coal-fired plants.", _COAL)
    assert {"coal-fired", "plants"} <= missing
    # Not one space apart: "coal-fired" stands before no head.
    _, _, missing = _best("The leaders agreed to cut power, coal-fired or not.", _COAL)
    assert "coal-fired" in missing


_NATIONALS = "両外相は、レバノンに滞在する邦人の安全確保で一致しました。"


def test_a_country_s_word_meets_a_word_glossed_with_it_before_the_same_head():
    # 邦人 "Japanese national": the termbase's Japan is not written, the gloss says it.
    _, forms, missing = _best(
        "The ministers agreed on the safety of Japanese nationals.", _NATIONALS
    )
    assert "Japanese" not in missing
    assert "邦人" in forms["Japanese"]
    _, _, missing = _best("The ministers agreed on the safety of Chinese nationals.", _NATIONALS)
    assert "Chinese" in missing
    # Before another head the gloss says nothing of the country.
    _, _, missing = _best("The ministers agreed on the safety of Japanese ships.", _NATIONALS)
    assert "Japanese" in missing


def test_no_modifier_between_quotation_marks():
    # A quotation gives the source's words: "coal-fired" quoted is no paraphrase of 石炭火力.
    _, _, missing = _best('The leaders agreed to cut "coal-fired power" at home.', _COAL)
    assert "coal-fired" in missing


_SUPPLY = "両首脳は、電力供給の改善で一致しました。"


def test_the_head_of_a_cut_word_s_gloss_meets_the_claim_word():
    # 電力供給 "power supply; power distribution", which the analyser cuts into 電力 | 供給:
    # only its whole glosses are filed, and neither part is "distribution".
    _, forms, missing = _best(
        "The leaders agreed to improve how electricity is distributed.", _SUPPLY
    )
    assert forms["distributed"] == "電力供給 (JMdict gloss head)"
    assert "distributed" not in missing


def test_the_head_counts_at_its_own_weight(monkeypatch: pytest.MonkeyPatch):
    claim = "The leaders agreed to improve how electricity is distributed."
    weak, _, _ = _best(claim, _SUPPLY)
    monkeypatch.setattr(match, "GLOSS_HEAD_WEIGHT", 1.0)
    full, _, _ = _best(claim, _SUPPLY)
    assert weak < full


_CLIMATE = "日本は、ケニアの投資環境の改善を支援します。"
_TIES = "両首脳は、両国の協力関係を確認しました。"


def test_a_gloss_head_alone_says_nothing_of_the_compound():
    # 投資環境 "investment climate" and 協力関係 "cooperative alliance": a claim that says
    # only the head speaks of the weather or of a treaty, not of the compound.
    _, _, missing = _best("Japan will help Kenya adapt to the climate.", _CLIMATE)
    assert "climate" in missing
    _, _, missing = _best("The leaders confirmed the alliance of the two countries.", _TIES)
    assert "alliance" in missing


def test_a_claim_that_names_the_compound_still_meets_it():
    _, forms, missing = _best("Japan will help Kenya improve its investment climate.", _CLIMATE)
    assert "climate" not in missing
    assert "投資環境" in forms["climate"]


def test_no_gloss_head_between_quotation_marks():
    _, _, missing = _best(
        'The leaders agreed to improve how electricity is "distributed" at home.', _SUPPLY
    )
    assert "distributed" in missing


def _missing_in_each_part(claim: str, *lines: str) -> list[set[str]]:
    index = index_of(s=document("u", "ja", *lines))
    return [
        {a.surface for a in part.matches[0].missing} if part.matches else set()
        for part in best_matches(claim, index, "s")
    ]


def test_a_quotation_over_two_claim_parts_lends_no_modifier_nor_head():
    # The semicolon cuts the claim into two parts, each holding one quotation mark: the
    # words are still quoted, read on the whole claim.
    missing = _missing_in_each_part(
        'Takaichi said Japan "will cut coal-fired power; it will improve how electricity is '
        'distributed" in the years ahead.',
        _COAL,
        _SUPPLY,
    )
    assert any("coal-fired" in m for m in missing)
    assert any("distributed" in m for m in missing)


def test_a_quoted_word_in_a_part_joined_to_a_thin_neighbour_lends_no_modifier():
    # "Yes" is too thin to stand alone and joins the next part; the quote is still a quote.
    missing = _missing_in_each_part('Yes; Takaichi said Japan would "cut coal-fired power".', _COAL)
    assert any("coal-fired" in m for m in missing)
