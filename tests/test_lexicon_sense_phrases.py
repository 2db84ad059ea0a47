"""Sense phrases (`BridgeKind.SENSE_PHRASE`, `en_lexicon.sense_phrases`, checks/match.py): a
claim's two words that a JMdict sense's glosses hold, the first opening one gloss and the
second ending one (送電網 "electricity supply network; transmission network; power grid" for
"electricity grid"), meet a source of any language that words the sense by another of its
two-word glosses, as weaker evidence; a pair no sense holds meets nothing so. Sentences are
our own, of a fictional meeting."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.checks import match
from factcheck.languages.en_lexicon import sense_phrases
from factcheck.languages.interface import BridgeKind, compound_pivot

_NETWORK = "The ministers agreed to expand the transmission network of Gondwana by 2031."
_GRID_JA = "両外相は、ゴンドワナの送電網の拡充で一致しました。"


def _best(claim: str, line: str, language: str) -> tuple[float, dict[str, str], set[str]]:
    index = index_of(s=document("u", language, line))
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.surface for a in best.missing}


def test_a_pair_of_glosses_words_gives_the_sense_s_other_phrases():
    found = {gloss.pivot: gloss for gloss in sense_phrases("electricity", "grid")}
    network = found[compound_pivot(["transmission", "network"])]
    assert network.bridge is BridgeKind.SENSE_PHRASE
    assert network.layer == "JMdict phrase via 送電網"
    assert compound_pivot(["power", "grid"]) in found
    assert compound_pivot(["electricity", "grid"]) not in found  # not the claim's own


def test_a_pair_the_dictionary_has_whole_is_read_through_those_senses_only():
    # "phone call" is a gloss of 電話; 電話番 "phone duty; being on call" only has its words.
    found = {gloss.pivot for gloss in sense_phrases("phone", "call")}
    assert compound_pivot(["telephone", "call"]) in found
    assert compound_pivot(["phone", "duty"]) not in found


def test_a_pair_no_sense_holds_gives_none():
    assert sense_phrases("gas", "grid") == ()
    assert sense_phrases("grid", "electricity") == ()  # the words in the other order
    assert sense_phrases("the", "grid") == ()


def test_no_phrase_across_two_senses():
    # 異物: "foreign body; foreign substance; …" is one sense, "strange object" another,
    # "dead body" a third: a strange body or a dead object is none of them.
    assert sense_phrases("strange", "body") == ()
    assert sense_phrases("dead", "object") == ()
    assert compound_pivot(["foreign", "substance"]) in {
        gloss.pivot for gloss in sense_phrases("foreign", "body")
    }


def test_the_claim_s_phrase_meets_another_phrase_of_the_sense_in_an_english_source():
    _, forms, missing = _best(
        "The ministers agreed to expand Gondwana's electricity grid by 2031.", _NETWORK, "en"
    )
    assert forms["electricity"] == "transmission network (JMdict phrase via 送電網)"
    assert {"electricity", "grid"}.isdisjoint(missing)


def test_the_claim_s_phrase_meets_a_word_glossed_by_another_phrase_of_the_sense():
    _, forms, missing = _best(
        "The ministers agreed to expand Gondwana's electricity grid.", _GRID_JA, "ja"
    )
    assert "electricity" not in missing
    assert "送電網" in forms["electricity"]


def test_the_sense_phrase_counts_at_its_own_weight(monkeypatch: pytest.MonkeyPatch):
    claim = "The ministers agreed to expand Gondwana's electricity grid by 2031."
    weak, _, _ = _best(claim, _NETWORK, "en")
    monkeypatch.setattr(match, "SENSE_PHRASE_WEIGHT", 1.0)
    full, _, _ = _best(claim, _NETWORK, "en")
    assert weak < full


def test_a_phrase_no_sense_holds_stays_missing():
    # The claim adds a detail: a gas grid is no transmission network.
    _, _, missing = _best(
        "The ministers agreed to expand Gondwana's gas grid by 2031.", _NETWORK, "en"
    )
    assert {"gas", "grid"} <= missing
    # "electricity prices": the network says nothing of prices, so nothing of electricity.
    _, _, missing = _best(
        "The ministers agreed to cut Gondwana's electricity prices by 2031.", _NETWORK, "en"
    )
    assert {"electricity", "prices"} <= missing


def test_a_japanese_word_of_the_sense_lends_nothing_to_another_phrase():
    _, _, missing = _best("The ministers agreed to expand Gondwana's gas grid.", _GRID_JA, "ja")
    assert "gas" in missing


def test_no_sense_phrase_between_quotation_marks():
    # A quotation gives the source's words: a quoted "electricity grid" is no paraphrase.
    _, _, missing = _best(
        'The ministers agreed to expand Gondwana\'s "electricity grid" by 2031.', _NETWORK, "en"
    )
    assert "electricity" in missing
