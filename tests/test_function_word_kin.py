"""A claim noun meets a WordNet synonym the English stop list reads as a function word
("negotiations" ↔ "talks": the list holds "talk"), where a sentence of the claim's language
writes that very word (en_lexicon.py `function_word_kin`, checks/match.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.checks import match
from factcheck.checks.topic_links import firm_sentences
from factcheck.languages import en, en_lexicon
from factcheck.languages.en_words import STOP_WORDS
from factcheck.languages.interface import BridgeKind
from factcheck.languages.wordnet import WordNet
from factcheck.model import Verdict
from factcheck.thresholds import PARTIAL_COVERAGE

_TALKS = "Norway and Peru will begin talks on a new fisheries agreement next spring."
_CLAIM = "Norway and Peru will open negotiations on a new fisheries agreement."


def _forms(claim: str, index: match.SourceIndex) -> tuple[float, dict[str, str], set[str]]:
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.key for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.key for a in best.missing}


# ── which links ──────────────────────────────────────────────────────────────


def test_a_noun_meets_its_stop_listed_synonym_as_wordnet_writes_it():
    assert "talk" in STOP_WORDS  # why `kin_of` cannot give it
    [link] = en_lexicon.function_word_kin("negotiation")
    assert (link.pivot, link.text, link.layer) == ("talks", "talks", "WordNet synonym")
    assert link.bridge is BridgeKind.FUNCTION_WORD
    assert "talks" not in {gloss.text for gloss in en.kin_of("negotiation")}
    assert any(
        gloss.bridge is BridgeKind.FUNCTION_WORD
        for gloss in en.English().bridges("negotiation", "negotiations")
    )


@pytest.mark.parametrize(
    "word",
    [
        "detention",  # "hold", a stop word of 45 senses: it names nothing definite
        "retention",  # "holding": a verb's participle in running text
        "concur",  # "agree": a verb, the framing every readout carries
        "renowned",  # "noted": an adjective, whose form is also the verb "note"
        "talk",  # a stop word itself gets no link
    ],
)
def test_no_link_to_a_stop_word_of_many_senses_a_participle_or_outside_nouns(word: str):
    assert en_lexicon.function_word_kin(word) == ()


def test_a_derived_form_on_the_stop_list_is_no_link():
    # "agreement" derives from "agree", which every readout says ("the leaders agreed").
    assert "agree" not in {g.text for g in en_lexicon.function_word_kin("agreement")}
    assert "agreed" not in {g.text for g in en_lexicon.function_word_kin("agreement")}


# ── matching ─────────────────────────────────────────────────────────────────


def test_the_synonym_covers_the_word_below_its_own_weight():
    index = index_of(s=document("u", "en", _TALKS))
    coverage, forms, missing = _forms(_CLAIM, index)
    assert forms["negotiation"] == "talks (WordNet synonym)"
    assert "negotiation" not in missing
    direct = index_of(s=document("u", "en", _TALKS.replace("talks", "negotiations")))
    full, _, _ = _forms(_CLAIM, direct)
    assert coverage < full


def test_the_link_counts_at_wordnet_weight(monkeypatch: pytest.MonkeyPatch):
    index = index_of(s=document("u", "en", _TALKS))
    weak, _, _ = _forms(_CLAIM, index)
    monkeypatch.setattr(match, "WORDNET_WEIGHT", 1.0)
    full, _, _ = _forms(_CLAIM, index)
    assert weak < full


@pytest.mark.parametrize(
    "said",
    [
        "Norway and Peru talked about a new fisheries agreement next spring.",
        "Norway and Peru welcomed the peace-talks and a new fisheries agreement.",
        "Norway's minister gave a talk on a new fisheries agreement with Peru.",
    ],
)
def test_only_the_word_as_written_is_met(said: str):
    index = index_of(s=document("u", "en", said))
    _, forms, missing = _forms(_CLAIM, index)
    assert "negotiation" in missing
    assert "negotiation" not in forms


def test_a_claim_that_adds_a_detail_still_misses_it():
    index = index_of(s=document("u", "en", _TALKS))
    _, forms, missing = _forms(
        "Norway and Peru will open negotiations on a fisheries agreement and a naval base.", index
    )
    assert forms["negotiation"] == "talks (WordNet synonym)"
    assert {"naval", "base"} <= missing


def test_only_sentences_of_the_claims_language_are_read():
    index = index_of(
        s=document("u", "en", _TALKS),
        t=document("v", "ja", "両国は漁業協定の交渉(talks)を開始する。"),
    )
    found = index.writing("talks", "en")
    assert {index.sentences[p].language for p in found} == {"en"}
    assert index.writing("talks", "en") is found  # worked out once per word and language


def test_the_link_is_no_topic_link():
    # "talks" is most often the meeting's own word ("held summit talks"): that a sentence
    # writes it does not show that the source speaks of the claim's negotiations.
    index = index_of(s=document("u", "en", "The weather was fine.", _TALKS))
    [part] = best_matches(_CLAIM, index, "s")
    anchor = next(a for a in part.part.anchors if a.key == "negotiation")
    assert match.kin_sentences(anchor, "en", index) == set()
    assert firm_sentences(anchor, part.part, "en", index) == set()


_SUMMIT = (
    "On March 4, President Halvorsen of Norway held summit talks with President Quispe of"
    " Peru, and the two leaders agreed to launch a joint study on a trade agreement."
)


def test_the_meetings_own_word_does_not_find_a_claim():
    # The lead's "talks" is the meeting; what they agreed was a study, not negotiations.
    result = check_one(
        "Halvorsen and Quispe agreed to begin negotiations on a trade agreement.",
        document("u", "en", _SUMMIT),
    )
    assert result.verdict is Verdict.NOT_FOUND


def test_talks_the_source_says_were_agreed_still_meet_the_claim():
    source = document(
        "u",
        "en",
        "On March 4, President Halvorsen of Norway met President Quispe of Peru.",
        "Today we agreed that our two countries will begin talks on a new agreement on"
        " fisheries and ocean research.",
    )
    result = check_one(
        "Halvorsen announced that Norway and Peru would open negotiations on a new pact"
        " covering fisheries and ocean research.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED


def test_the_link_alone_does_not_lift_a_passage_past_a_near_miss():
    # Without the rest of the part, "talks" would be all the passage covers: it counts for
    # nothing, and the word is missing.
    index = index_of(s=document("u", "en", "Halvorsen and Quispe held talks in Lima on March 4."))
    coverage, forms, missing = _forms("Negotiations on salmon quotas stalled.", index)
    assert "negotiation" in missing
    assert "negotiation" not in forms
    assert coverage < PARTIAL_COVERAGE
    # Where the rest of the part covers enough, the link adds to it.
    coverage, forms, _ = _forms("Halvorsen and Quispe held negotiations on salmon quotas.", index)
    assert forms["negotiation"] == "talks (WordNet synonym)"
    assert coverage >= PARTIAL_COVERAGE


def test_a_later_run_reads_the_link_back_without_opening_wordnet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from factcheck import cache_table

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    cache_table.cache_table.cache_clear()
    en_lexicon.function_word_kin.cache_clear()
    try:
        first = en_lexicon.function_word_kin("negotiation")
        assert first
        table = cache_table.cache_table("wordnet-function-en")
        assert table is not None
        table.store()
        cache_table.cache_table.cache_clear()
        en_lexicon.function_word_kin.cache_clear()

        def no_query(self: WordNet, lemma: str, dominant_senses: int, share: float = 0) -> None:
            raise AssertionError(f"WordNet read for {lemma!r}")

        monkeypatch.setattr(WordNet, "links", no_query)
        assert en_lexicon.function_word_kin("negotiation") == first
    finally:
        cache_table.cache_table.cache_clear()
        en_lexicon.function_word_kin.cache_clear()
