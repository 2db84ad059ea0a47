"""Correct paraphrases linked through general lexical data: a dictionary word the Japanese
analyser cuts into several (再生可能エネルギー), English words written open, closed or
hyphenated ("cyber security" / "cybersecurity"); each with a claim that must stay partly
supported or not found (an added detail, an absent topic).

The readouts below are reconstructions written by us, in the layout of a MOFA readout; the
events are fictional."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.languages import language_for
from factcheck.model import Verdict

CALVANIA = document(
    "m",
    "ja",
    "4月8日（水）午後3時から約40分間、高市総理大臣は、訪日中のイルゼ・ヴァルガ・"
    "カルヴァニア共和国首相と日・カルヴァニア首脳会談を行いました。",
    "両首脳は、再生可能エネルギー分野及び海水淡水化を含む水資源分野での協力を拡大することで"
    "一致しました。",
    "ヴァルガ首相から、両国関係を更に強化したい旨述べました。",
)


def _covered(text: str, source, sentence: int) -> set[str]:
    """The surfaces of the claim's anchors that the source's sentence `sentence` covers, as
    its own candidate (1-based, as the report counts)."""
    (part,) = best_matches(text, index_of(m=source), "m")
    for match in part.matches:
        if match.sentence.index == sentence - 1 and not match.context:
            return {anchor.surface for anchor in match.covered}
    raise AssertionError(f"sentence {sentence} is no candidate: {part.matches}")


# --- dictionary words the analyser cuts into several ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("再生可能エネルギーの導入拡大", "再生可能エネルギー"),
        ("二国間協力を進める", "二国間"),
        ("海水淡水化の事業", "淡水化"),
    ],
)
def test_a_dictionary_word_over_several_analyser_words_is_a_token(text, word):
    ja = language_for("ja")
    assert ja is not None
    compounds = {token.surface for token in ja.compounds(text)}  # type: ignore[attr-defined]
    assert word in compounds
    # Never one of the analyser's own words again, never across a particle.
    assert not compounds & {token.surface for token in ja.tokens(text)}
    assert ja.compounds("再生の可能性") == ()  # type: ignore[attr-defined]


def test_a_claims_two_word_phrase_meets_the_dictionary_word_the_analyser_cut():
    covered = _covered("The two leaders agreed to cooperate on renewable energy.", CALVANIA, 2)
    assert {"renewable", "energy"} <= covered
    covered = _covered("The two leaders agreed to cooperate on desalination.", CALVANIA, 2)
    assert "desalination" in covered
    result = check_one(
        "Takaichi and Varga agreed to advance cooperation on desalination and renewable energy.",
        CALVANIA,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_word_of_a_compounds_two_word_gloss_is_not_the_compound():
    # 両国関係 is "bilateral relations": a claim's "bilateral" beside another noun is not it.
    covered = _covered("Varga wanted a bilateral tax treaty.", CALVANIA, 3)
    assert "bilateral" not in covered
    result = check_one(
        "Takaichi and Varga agreed to start talks on a bilateral pension agreement.",
        CALVANIA,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_claim_adding_a_detail_to_a_compound_stays_partly_supported():
    result = check_one(
        "Takaichi and Varga agreed to advance cooperation on renewable energy, including "
        "offshore wind turbines built in Osaka.",
        CALVANIA,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


# --- Latin letters inside a Japanese sentence -------------------------------------------------

SUMMIT = document(
    "s",
    "ja",
    "4月9日（木）午前10時から約30分間、高市総理大臣は、訪日中のヴァルガ・カルヴァニア共和国"
    "首相と首脳会談を行いました。",
    "両首脳は、COP31及びASEAN関連首脳会議の成功に向けて緊密に連携していくことで一致しました。",
)


def test_an_english_word_meets_its_spelling_in_a_japanese_sentence():
    english = language_for("en")
    assert english is not None
    assert [t.surface for t in english.tokens("the G7 and COP31")] == [
        "the",
        "G7",
        "and",
        "COP31",
    ]
    (part,) = best_matches(
        "The two leaders agreed to cooperate for the success of COP31 and the ASEAN meetings.",
        index_of(s=SUMMIT),
        "s",
    )
    best = part.matches[0]
    assert best.sentence.index == 1
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["COP31"] == "COP31 (spelling)"
    # A termbase name: shown as the sentence writes it (through its term or its spelling).
    assert covered["ASEAN"] in ("ASEAN", "ASEAN (spelling)")


def test_another_number_or_name_in_latin_letters_is_not_met():
    (part,) = best_matches(
        "The two leaders agreed to cooperate for the success of COP32 and the G20.",
        index_of(s=SUMMIT),
        "s",
    )
    covered = {a.surface for m in part.matches for a in m.covered}
    assert not covered & {"COP32", "G20"}
    result = check_one(
        "The two leaders agreed to cooperate closely for the success of COP32.", SUMMIT
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- English compounds written closed, hyphenated or open -------------------------------------

TALKS = document(
    "t",
    "en",
    "On April 8, Foreign Minister Motegi held talks with Foreign Minister Aldana.",
    "The two ministers confirmed that they would strengthen cooperation in cyber security and "
    "disaster prevention.",
    "The two ministers also discussed maritime security and cyber crime.",
)


def test_a_closed_or_hyphenated_compound_meets_its_open_form():
    from factcheck.languages.en import closed_parts

    assert closed_parts("cybersecurity") == (("cyber", "security"),)
    assert closed_parts("however") == ()  # grammar words are no parts
    for claim, word, written in (
        (
            "The two ministers agreed on cybersecurity cooperation.",
            "cybersecurity",
            "cyber security",
        ),
        (
            "The two ministers agreed on disaster-prevention.",
            "disaster-prevention",
            "disaster prevention",
        ),
    ):
        (part,) = best_matches(claim, index_of(t=TALKS), "t")
        best = part.matches[0]
        assert best.sentence.index == 1
        covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
        assert covered[word] == f"{written} (written open)"


def test_a_compounds_words_apart_are_not_the_compound():
    # Sentence 3 holds "security" and "cyber", but not side by side in that order.
    (part,) = best_matches("The two ministers discussed cybersecurity.", index_of(t=TALKS), "t")
    third = [m for m in part.matches if m.sentence.index == 2 and not m.context]
    assert all("cybersecurity" not in {a.surface for a in m.covered} for m in third)
    result = check_one(
        "The two ministers agreed to strengthen cooperation in cybersecurity and in "
        "counterterrorism.",
        TALKS,
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- English compounds no dictionary lists ("waste-to-energy", "early-warning") -------------

PLANTS = document(
    "p",
    "ja",
    "令和9年3月2日、高市総理は、エストリアのリンド首相と首脳会談を行いました。",
    "両首脳は、廃棄物発電の分野で協力していくことで一致しました。",
    "両首脳は、貿易協定交渉の早期妥結を目指すことを確認しました。",
)


def test_a_compound_no_dictionary_lists_meets_its_words_in_another_language():
    # No dictionary has "waste-to-energy"; 廃棄物発電 is waste (廃棄物) and power generation.
    from factcheck.languages.en import joined_parts

    assert joined_parts("waste-to-energy") == ("waste", "energy")
    assert joined_parts("long-term") == ()  # WordNet lists it: one word
    assert joined_parts("Jae-myung") == ()  # "myung" is no dictionary word
    result = check_one(
        "Takaichi and Lind agreed to cooperate on waste-to-energy plants.", PLANTS, language="en"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_compounds_words_count_only_together():
    # 早期 of 早期妥結 is "early", but not the early of "early-warning systems".
    (part,) = best_matches(
        "Takaichi and Lind agreed to work on early-warning systems.", index_of(p=PLANTS), "p"
    )
    third = next(m for m in part.matches if m.sentence.index == 2 and not m.context)
    assert "early-warning" in {a.surface for a in third.missing}


def test_a_compounds_words_far_apart_in_a_sentence_are_not_the_compound():
    # Both words of "fuel-efficient" and of "ship-building" stand in these sentences, but
    # with other words between them: the sentences speak of fuel prices and of a port.
    source = document(
        "f",
        "en",
        "On May 6, Prime Minister Takaichi held a summit meeting with Prime Minister Lind.",
        "Prime Minister Takaichi stated that rising fuel prices were hurting Japanese firms "
        "and called for efficient customs procedures.",
        "Prime Minister Lind explained Estoria's plan to build a new port for large ships.",
    )
    for claim_text in (
        "Takaichi called for more fuel-efficient cars.",
        "Lind explained Estoria's ship-building plans.",
    ):
        result = check_one(claim_text, source)
        assert result.verdict is Verdict.NOT_FOUND, result.reason
    # Written apart with only grammar words between, the words say the compound.
    storm = document(
        "s",
        "en",
        "On May 6, Prime Minister Takaichi held a summit meeting with Prime Minister Lind.",
        "Prime Minister Takaichi stated that Japan would support the reconstruction of areas "
        "hit by the storm.",
    )
    result = check_one("Takaichi said Japan would help rebuild storm-hit areas.", storm)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- WordNet hyponyms: the claim's general noun, the source's specific one -------------------

HARBOUR = document(
    "h",
    "en",
    "On May 12, Prime Minister Takaichi held a summit meeting with President Chapo.",
    "The two leaders agreed to cooperate on the improvement of the harbor of Nacala.",
    "The two leaders agreed to expand the port of Beira.",
)


def test_a_general_noun_meets_a_kind_of_it_in_the_source():
    from factcheck.languages.en import kin_of

    assert "harbor" in {gloss.text for gloss in kin_of("port")}
    (part,) = best_matches(
        "The two leaders agreed to cooperate on improving the port of Nacala.",
        index_of(h=HARBOUR),
        "h",
    )
    best = part.matches[0]
    assert best.sentence.index == 1
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["port"] == "harbor (WordNet hyponym)"


def test_a_specific_noun_is_not_met_by_the_general_one_nor_a_hub_by_its_kinds():
    from factcheck.languages.en import kin_of

    assert "port" not in {gloss.text for gloss in kin_of("harbor")}
    # "people" has dozens of kinds in WordNet: a hub, none of them stands for it.
    assert not [g for g in kin_of("people") if g.layer == "WordNet hyponym"]
    (part,) = best_matches(
        "The two leaders agreed to expand the harbor of Beira.", index_of(h=HARBOUR), "h"
    )
    third = [m for m in part.matches if m.sentence.index == 2 and not m.context]
    assert all("harbor" not in {a.surface for a in m.covered} for m in third)


# --- phrases of two words that WordNet has as one (phrasal verbs) ----------------------------

STEPPED = document(
    "p",
    "ja",
    "5月20日（水）午後4時から約30分間、高市総理大臣は、ボルキア国王と電話会談を行いました。",
    "両首脳は、防衛分野での協力を強化することで一致しました。",
)


def test_a_phrasal_verb_meets_the_synonyms_of_the_phrase():
    english = language_for("en")
    assert english is not None
    found = dict(english.phrase_bridges("agreed to step up cooperation"))  # type: ignore[attr-defined]
    assert "intensify" in {g.text for g in found["step"]}
    (part,) = best_matches(
        "The two leaders agreed to step up defence cooperation.", index_of(p=STEPPED), "p"
    )
    best = part.matches[0]
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["step"].startswith("強化 (JMdict intensifying, WordNet synonym of step up")


def test_a_word_outside_the_phrase_gets_none_of_its_synonyms():
    english = language_for("en")
    assert english is not None
    assert english.phrase_bridges("a step towards cooperation") == ()  # type: ignore[attr-defined]
    (part,) = best_matches(
        "The two leaders took a step towards defence cooperation.", index_of(p=STEPPED), "p"
    )
    assert all("step" not in {a.surface for a in m.covered} for m in part.matches)


# --- a Japanese claim's name against an English readout --------------------------------------

READOUT = document(
    "r",
    "en",
    "On June 3, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held talks with "
    "Mr. Carlos Ruiz, Minister of Foreign Affairs of Peru.",
    "Minister Ruiz expressed his hope to welcome more Japanese tourists.",
)


def test_a_kanji_name_meets_its_latin_spelling_in_another_language():
    (part,) = best_matches("茂木氏はルイス氏と会談した。", index_of(r=READOUT), "r", language="ja")
    best = part.matches[0]
    assert best.sentence.index == 0
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["茂木"] == "MOTEGI (reading)"
    # 林 reads Hayashi (or Rin …): no sentence here writes it.
    (part,) = best_matches("林氏はルイス氏と会談した。", index_of(r=READOUT), "r", language="ja")
    assert all("林" not in {a.surface for a in m.covered} for m in part.matches)


# --- a verb's WordNet hypernym that JMdict confirms ------------------------------------------


def test_a_verbs_more_general_verb_counts_when_one_japanese_word_renders_both():
    from factcheck.languages.en import kin_of

    assert "strengthen" in {g.text for g in kin_of("reinforce")}
    # WordNet alone makes "propose" a kind of "declare": no Japanese word renders both.
    assert "declare" not in {g.text for g in kin_of("propose")}
    assert "assign" not in {g.text for g in kin_of("elevate")}
    result = check_one(
        "The two ministers agreed to reinforce cooperation in cyber security and disaster "
        "prevention.",
        TALKS,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    declared = document(
        "d",
        "en",
        "On April 8, Foreign Minister Motegi held talks with Foreign Minister Aldana.",
        "The two ministers declared cooperation in cyber security and disaster prevention.",
    )
    (part,) = best_matches(
        "The two ministers proposed cooperation in cyber security.", index_of(d=declared), "d"
    )
    assert all("proposed" not in {a.surface for a in m.covered} for m in part.matches)


# --- a country named by an adjective of two words ---------------------------------------------

COSTA_RICA = document(
    "c",
    "ja",
    "茂木外務大臣は、コスタリカのモラレス外務大臣と外相会談を行いました。",
    "両外相は、森林保全分野での協力を確認しました。",
)
PUERTO_RICO = document(
    "p",
    "en",
    "Minister Motegi met Mr. Morales, a guest from Puerto Rico, and they confirmed cooperation "
    "in forest conservation.",
)


def test_a_countrys_adjective_of_two_words_is_one_word_that_meets_the_country():
    (part,) = best_matches(
        "Motegi and his Costa Rican counterpart Morales agreed on forest conservation.",
        index_of(c=COSTA_RICA),
        "c",
    )
    covered = {a.surface for m in part.matches for a in m.covered}
    assert "Costa Rican" in covered
    assert "Rican" not in {a.surface for m in part.matches for a in m.covered}


def test_a_countrys_adjective_of_two_words_does_not_meet_another_country():
    (part,) = best_matches(
        "Motegi and his Costa Rican counterpart Morales agreed on forest conservation.",
        index_of(p=PUERTO_RICO),
        "p",
    )
    assert all("Costa Rican" not in {a.surface for a in m.covered} for m in part.matches)


# --- a katakana place in a Japanese claim against its Latin spelling --------------------------

PORTS = document(
    "r",
    "en",
    "On May 3, Minister Motegi met the Minister of Foreign Affairs of Kazakhstan.",
    "Minister Motegi stated that Japan would continue to support medical care for people "
    "living near the former Semipalatinsk nuclear test site.",
    "The two ministers agreed to cooperate on the expansion of the port of Toamasina.",
)


def test_a_katakana_place_meets_its_latin_spelling_through_its_reading():
    # JMnedict spells セミパラチンスク "Semipalatinsk (Russia)"; トアマシナ has no spelling
    # there, and its romanised reading ("toamashina") is not the page's: met as names are.
    for claim_text, place, spelled in (
        (
            "茂木外相は、セミパラチンスク核実験場周辺の住民への医療支援を続けると述べた。",
            "セミパラチンスク",
            "Semipalatinsk (reading)",
        ),
        (
            "両外相は、トアマシナ港の拡張で協力することで一致した。",
            "トアマシナ",
            "Toamasina (reading)",
        ),
    ):
        (part,) = best_matches(claim_text, index_of(r=PORTS), "r", language="ja")
        best = part.matches[0]
        covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
        assert covered.get(place) == spelled, covered


def test_a_katakana_place_the_page_does_not_name_is_not_met():
    # The page names Toamasina, not Mahajanga (マハジャンガ).
    (part,) = best_matches(
        "両外相は、マハジャンガ港の拡張で協力することで一致した。",
        index_of(r=PORTS),
        "r",
        language="ja",
    )
    assert all("マハジャンガ" not in {a.surface for a in m.covered} for m in part.matches)


def test_a_verb_and_its_object_that_wordnet_has_as_one_verb_meet_its_synonyms():
    english = language_for("en")
    assert english is not None
    found = dict(english.phrase_bridges("agreed to join forces against illegal fishing"))  # type: ignore[attr-defined]
    assert {"cooperate", "collaborate"} <= {g.text for g in found["join"]}
    # Two words side by side that WordNet has as no verb get nothing.
    assert english.phrase_bridges("the forces joined the drill") == ()  # type: ignore[attr-defined]


# --- a name of several words against the acronym WordNet writes for it -----------------------

ACCESSION = document(
    "a", "ja", "高市総理から、EUとの経済連携協定の着実な実施を重視する旨述べました。"
)


def test_a_name_of_several_words_meets_its_acronym():
    (part,) = best_matches(
        "Takaichi stressed steady implementation of the economic partnership agreement with "
        "the European Union.",
        index_of(a=ACCESSION),
        "a",
    )
    best = part.matches[0]
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["Union"].startswith("EU"), covered
    assert "WordNet synonym of European Union" in covered["Union"]


def test_another_organisation_does_not_meet_the_acronym():
    english = language_for("en")
    assert english is not None
    # WordNet writes no acronym for "Western Balkans"; the WTO's is not the EU's.
    assert english.phrase_bridges("stability in the Western Balkans") == ()  # type: ignore[attr-defined]
    (part,) = best_matches(
        "Takaichi backed Montenegro's reforms aimed at joining the World Trade Organization.",
        index_of(a=ACCESSION),
        "a",
    )
    assert all("Organization" not in {a.surface for a in m.covered} for m in part.matches)


# --- links a dictionary should not make (function words, loanwords) ---------------------------


def test_a_function_word_of_a_gloss_gives_no_pivot_but_a_one_word_gloss_stays():
    from factcheck.languages.jmdict import function_word, gloss_heads

    assert function_word("without") and function_word("via")
    # WordNet has these (or their lemma), or wordfreq rates them rare: content words.
    assert not function_word("free") and not function_word("products")
    assert not function_word("amid")
    assert gloss_heads("without compensation") == ("compensation",)
    assert gloss_heads("marine products") == ("marine", "products")
    assert gloss_heads("since") == ("since",)  # the whole gloss: the word itself


FREE_AID = document(
    "g",
    "ja",
    "6月2日（火）午前11時から約30分間、高市総理大臣は、訪日中のクリスト議長と会談を行いました。",
    "高市総理から、病院の建設のため無償資金協力を行う旨述べました。",
)


def test_without_in_a_claim_is_not_met_by_a_word_glossed_without_something():
    covered = _covered("Takaichi said Japan would build a hospital without any delay.", FREE_AID, 2)
    assert "hospital" in covered
    assert "without" not in covered


WORKING_LUNCH = document(
    "w",
    "ja",
    "6月3日（水）正午から約60分間、高市総理大臣は、訪日中のナパット首相とワーキング・ランチを行いました。",
    "両首脳は、農業分野で働く人材の育成について意見交換を行いました。",
)


def test_a_loanword_is_not_reached_through_a_derived_form_of_the_claim_word():
    covered = _covered(
        "Napat asked Takaichi to admit more workers from his country.", WORKING_LUNCH, 1
    )
    assert "Napat" in covered
    assert "workers" not in covered  # ワーキング is "working", not "workers"


def test_a_loanword_meets_its_own_english_word_and_a_kanji_word_the_derived_form():
    assert "working" in _covered("Takaichi and Napat held a working lunch.", WORKING_LUNCH, 1)
    # 働く glosses "work" whole: the derived form of "workers" still reaches it.
    assert "workers" in _covered(
        "The two leaders discussed training workers in agriculture.", WORKING_LUNCH, 2
    )


# --- a name of several words against the initials a page writes for it ------------------------

# A readout in MOFA's English layout (written for this test; the fund is fictional): the
# fund is named only by its initials.
FUND_BY_INITIALS = document(
    "u",
    "en",
    "On June 9, Foreign Minister Motegi held a meeting with Director-General Okafor in Geneva.",
    "Minister Motegi explained that Japan would make a new contribution to the CFE, and "
    "Director-General Okafor expressed his appreciation.",
    "The two sides agreed to cooperate on health financing.",
)


def test_a_name_written_in_full_meets_the_initials_the_page_writes():
    result = check_one(
        "Motegi said Japan would make a new contribution to the Contingency Fund for Emergencies.",
        FUND_BY_INITIALS,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_name_with_other_initials_does_not_meet_them():
    result = check_one(
        "Motegi said Japan would make a new contribution to the Central Emergency Relief Fund.",
        FUND_BY_INITIALS,
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_initials_are_read_from_capitalised_words_and_the_grammar_words_between_them():
    english = language_for("en")
    assert english is not None
    found = {
        (word, g.text)
        for word, glosses in english.phrase_bridges(  # type: ignore[attr-defined]
            "the Free and Open Indo-Pacific, as Prime Minister Takaichi met Foreign Minister Kallas"
        )
        for g in glosses
    }
    assert {("free", "FOIP"), ("open", "FOIP"), ("indo", "FOIP"), ("pacific", "FOIP")} <= found
    # A verb in lower case ends a name ("Takaichi met Foreign …" gives no "TFMK").
    assert ("prime", "PMT") in found and ("foreign", "FMK") in found
    assert not any("TF" in text for _, text in found), found


def test_a_rare_word_in_the_first_sense_of_a_framing_verb_meets_its_rendering():
    # "concur" is "agree" in both words' commonest sense; "agree" is a stop word of the
    # readout's framing, but 一致 glosses "agreement". (A sentence written for this test.)
    source = document(
        "k",
        "ja",
        "両者は、議員交流を含む幅広い分野で両国関係を一層発展させていくことで一致しました。",
    )
    result = check_one(
        "The two sides concurred on further developing relations in a broad range of fields.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    english = language_for("en")
    assert english is not None
    assert "agre" in {g.pivot for g in english.bridges("concur", "concurred")}
    # No common word gets a stop word's pivot: "said" is no kin of "stated"; nor does a
    # noun ("newsman" → reporter, a stop word, is no 報告 "report").
    assert all(g.pivot != "say" for g in english.bridges("state", "stated"))
    assert all(g.pivot != "report" for g in english.bridges("newsman", "newsman"))


# A readout written for this test: the reactors are named in Japanese with their initials.
SMALL_REACTORS = document(
    "r",
    "ja",
    "両者は、原子力分野、特に小型モジュール炉（SMR）に関する協力の可能性について意見交換を"
    "行いました。",
)


def test_a_phrase_in_lower_case_meets_the_initials_the_page_writes():
    # No dictionary links "modular" to モジュール, nor "reactors" to 炉; the page's SMR
    # stands for the phrase.
    result = check_one(
        "The two discussed possible cooperation on small modular reactors.", SMALL_REACTORS
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_initials_of_a_lower_case_phrase_come_from_its_content_words_only():
    english = language_for("en")
    assert english is not None
    found = {
        (word, g.text)
        for word, glosses in english.phrase_bridges(  # type: ignore[attr-defined]
            "cooperation on small modular reactors and liquefied natural gas supplies"
        )
        for g in glosses
    }
    assert {("small", "SMR"), ("modular", "SMR"), ("reactor", "SMR")} <= found
    assert ("gas", "LNG") in found
    # A run of more words than an acronym has letters is running text.
    long_run = english.phrase_bridges(  # type: ignore[attr-defined]
        "talks on small modular nuclear reactor fuel safety standards"
    )
    assert not any(g.layer.startswith("initials") for _, gs in long_run for g in gs), long_run
    # An act is no name ("strengthen economic ties"), and initials that spell a word ("SET")
    # would meet that word's renderings.
    acts = english.phrase_bridges("the two agreed to strengthen economic ties")  # type: ignore[attr-defined]
    assert not any(g.text in ("SET", "ET") for _, glosses in acts for g in glosses), acts
    # Grammar words end a phrase: "on" and "and" give no initial.
    assert not any("O" in text or "A" in text for _, text in found), found


# --- a derived form in a second sense of the word ----------------------------------------------

CONSIDERING = document(
    "c",
    "ja",
    "ロサレス大臣から、ペルー政府が日本企業の鉱山開発への参加拡大を検討している旨述べました。",
)


def test_a_verb_meets_its_noun_through_a_derivation_of_its_second_sense():
    # "consider" is first "deem"; in its second sense ("weigh") WordNet derives
    # "consideration", which 検討 glosses.
    from factcheck.languages.en_lexicon import kin_of

    assert "consideration" in {g.text for g in kin_of("consider")}
    (part,) = best_matches("Rosales said Peru was considering it.", index_of(c=CONSIDERING), "c")
    best = part.matches[0]
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["considering"].startswith("検討"), covered
