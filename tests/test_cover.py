"""Correct claims covered in full: the words of a right claim find their anchor in the source
sentence that says it, through the person's other names, the country's adjective, the
event's two parties named together, the source's grammar (たい "want to") and the lexicon's
word for a one-word term; a claim that adds a detail or an absent topic still does not pass.

The readout below is a reconstruction written by us, in the layout of a MOFA summit readout;
the event is fictional."""

from __future__ import annotations

from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.languages import WordClass, language_for
from factcheck.model import Verdict

GREECE = document(
    "g",
    "ja",
    "3月10日（火）午後5時から約45分間、高市総理大臣は、訪日中のキリアコス・ミツォタキス・"
    "ギリシャ共和国首相と日・ギリシャ首脳会談を行いました。",
    "ミツォタキス首相から、造船分野での協力を拡大したい旨述べ、高市総理からは、海運分野での"
    "協力を歓迎する旨述べました。",
    "両首脳は、両国関係を一層発展させていくことで一致しました。",
    "高市総理から、再生可能エネルギーの導入拡大に向けて協力していきたい旨述べました。",
    "冒頭、ミツォタキス首相から、高市総理のアテネ訪問を改めて招請する旨述べました。",
)


def _covered(text: str, source, sentence: int) -> set[str]:
    """The surfaces of the claim's anchors that the source's sentence `sentence` covers, as
    its own candidate (1-based, as the report counts)."""
    (part,) = best_matches(text, index_of(g=source), "g")
    for match in part.matches:
        if match.sentence.index == sentence - 1 and not match.context:
            return {anchor.surface for anchor in match.covered}
    raise AssertionError(f"sentence {sentence} is no candidate: {part.matches}")


# --- the other parts of a person's name ------------------------------------------------------


def test_a_given_name_the_page_writes_goes_with_the_surname_in_every_sentence():
    # Sentence 2 names him ミツォタキス首相 only; sentence 1 writes his full name.
    claim = "Kyriakos Mitsotakis said cooperation in shipbuilding would expand."
    covered = _covered(claim, GREECE, 2)
    assert {"Kyriakos", "Mitsotakis"} <= covered


def test_a_given_name_the_page_never_writes_gains_nothing_from_the_surname():
    page = document(
        "g",
        "ja",
        "高市総理大臣は、ミツォタキス・ギリシャ首相と会談しました。",
        "ミツォタキス首相から、造船分野での協力を拡大したい旨述べました。",
    )
    covered = _covered("Nikos Mitsotakis said cooperation in shipbuilding would expand.", page, 2)
    assert "Mitsotakis" in covered
    assert "Nikos" not in covered


def test_the_full_name_of_a_speaker_does_not_move_the_claim_to_the_sentence_that_names_him():
    result = check_one(
        "Greek Prime Minister Kyriakos Mitsotakis said Greece wanted to expand cooperation on "
        "shipbuilding.",
        GREECE,
        speaker="Mitsotakis",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.evidence[0].sentence.index == 1


# --- a country's adjective -------------------------------------------------------------------


def test_a_countrys_adjective_is_covered_by_a_sentence_naming_the_country():
    covered = _covered("The Greek prime minister met Takaichi for a summit.", GREECE, 1)
    assert "Greek" in covered


def test_another_countrys_adjective_is_not_covered_by_it():
    covered = _covered("The Peruvian prime minister met Takaichi for a summit.", GREECE, 1)
    assert "Peruvian" not in covered


# --- the event's two parties named together ---------------------------------------------------


def test_the_two_leaders_named_together_cover_the_people_of_the_lead():
    covered = _covered("Takaichi and Mitsotakis agreed to develop relations further.", GREECE, 3)
    assert {"Takaichi", "Mitsotakis"} <= covered
    result = check_one(
        "Takaichi and Mitsotakis agreed to further develop relations between their countries.",
        GREECE,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.evidence[0].sentence.index == 2


def test_the_two_countries_are_not_the_two_leaders():
    page = document(
        "g",
        "ja",
        "高市総理大臣は、訪日中のキリアコス・ミツォタキス・ギリシャ首相と会談しました。",
        "高市総理から、両国関係を一層発展させたい旨述べました。",
    )
    covered = _covered("Takaichi and Mitsotakis agreed to develop relations further.", page, 2)
    assert "Takaichi" in covered  # 高市総理 names her
    assert "Mitsotakis" not in covered  # 両国 names the countries, not him


def test_a_country_the_lead_does_not_name_is_no_party():
    covered = _covered("Greece and Turkey agreed to develop their relations further.", GREECE, 3)
    assert "Turkey" not in covered


def test_one_party_named_alone_is_not_covered_by_the_two_named_together():
    # "hosted by Takaichi" says something of one of them, which 両首脳 does not.
    covered = _covered("A dinner hosted by Takaichi helped develop relations further.", GREECE, 3)
    assert "Takaichi" not in covered


# --- grammar that carries meaning: the desiderative たい ---------------------------------------


def test_the_desiderative_auxiliary_means_want_and_tense_or_politeness_mean_nothing():
    ja = language_for("ja")
    assert ja is not None
    tokens = ja.tokens("協力を拡大したいと述べました。")
    wanting = [t for t in tokens if t.lemma == "たい"]
    assert wanting and wanting[0].word_class is WordClass.AUXILIARY
    assert "want" in {gloss.pivot for gloss in ja.glosses(wanting[0])}
    for grammar in ("ます", "た"):
        (token,) = [t for t in tokens if t.lemma == grammar]
        assert token.word_class is WordClass.FUNCTION
        assert ja.glosses(token) == ()
    # A negative auxiliary says the opposite of a verb: it means nothing here.
    (negative,) = [t for t in ja.tokens("協力を拡大しない。") if t.lemma == "ない"]
    assert ja.glosses(negative) == ()


def test_said_he_wanted_to_meets_the_desiderative_of_a_readout():
    claim = "Mitsotakis said he wanted to expand cooperation in shipbuilding."
    covered = _covered(claim, GREECE, 2)
    assert {"wanted", "shipbuilding", "cooperation"} <= covered


def test_a_claim_adding_a_qualifier_to_what_the_speaker_wanted_is_partly_supported():
    result = check_one(
        "Mitsotakis said he wanted to deepen cooperation in shipbuilding.",
        GREECE,
        speaker="Mitsotakis",
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "deepen" in result.reason


# --- an absent topic --------------------------------------------------------------------------


def test_an_absent_topic_is_still_not_found():
    result = check_one("Takaichi and Mitsotakis agreed to launch talks on a tax treaty.", GREECE)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


# --- a term the claim writes as one word -------------------------------------------------------


def test_a_one_word_term_is_covered_by_the_lexicons_word_for_it():
    # "visit" is a termbase term whose Japanese forms are 訪日 and 実務訪問; the page says 訪問.
    covered = _covered("Mitsotakis invited Takaichi to visit Athens.", GREECE, 5)
    assert "visit" in covered
