"""Qualifiers by their part in the sentence, not their spelling: "record" as a noun, a degree
qualifier said of a physical thing, "their first" call (our own wording throughout)."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.checks.qualifiers import claim_qualifiers, framing_qualifiers, qualifier_spans
from factcheck.model import Verdict

SHIPS = document(
    "s",
    "en",
    "On June 2, 2026, Prime Minister Takaichi held a summit meeting with President Kerr.",
    "President Kerr welcomed the many years in which shipowners of his country have ordered "
    "vessels from Japanese shipyards.",
    "Prime Minister Takaichi stated that Japan would support the improvement of the port of "
    "Riverton.",
    "The two leaders reaffirmed the strategic partnership between the two countries.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Kerr welcomed the long record of shipowners ordering vessels from Japanese yards.",
        "The minister spoke of the country's record of reforms.",
    ],
)
def test_record_heading_an_of_phrase_is_a_noun_not_a_qualifier(text):
    assert "record" not in claim_qualifiers(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Wool exports to Japan hit a record high last year.",
        "A record 5 million tourists visited the islands.",
        "The two leaders hailed record trade between the two countries.",
    ],
)
def test_record_modifying_a_noun_or_a_number_stays_a_qualifier(text):
    assert "record" in claim_qualifiers(text, "en")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Libya holds some of Africa's largest oil reserves.", False),
        ("Riverton is one of the largest ports in the region.", False),
        ("Norland is among the biggest donors to the fund.", False),
        ("Libya holds Africa's largest oil reserves.", True),
        ("Japan announced its largest ever aid package for the region.", True),
    ],
)
def test_a_superlative_after_a_partitive_ranks_among_a_group_and_is_no_record(text, record):
    assert ("record" in claim_qualifiers(text, "en")) is record


def test_a_claim_with_record_as_a_noun_is_not_flagged_for_it():
    result = check_one(
        "Kerr welcomed the long record of shipowners ordering vessels from Japanese shipyards.",
        SHIPS,
    )
    assert "“record”" not in result.reason, result.reason


def test_a_claim_adding_a_record_is_partly_supported_and_names_it():
    result = check_one(
        "Kerr welcomed the record number of vessels his country's shipowners ordered from "
        "Japanese shipyards.",
        SHIPS,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “record”" in result.reason, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Japan will help upgrade the port of Riverton.",
        "Japan will help upgrade Riverton's water supply.",
        "Japan will fund the expansion of the airport.",
        "Japan will help expand the railway to the coast.",
    ],
)
def test_a_degree_qualifier_said_of_a_physical_thing_names_the_works(text):
    found = claim_qualifiers(text, "en")
    assert "upgrade" not in found and "expand" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The two leaders agreed to upgrade their relations.", "upgrade"),
        ("The two leaders agreed to deepen their ties.", "deepen"),
        ("The ministers agreed to expand cooperation on fisheries.", "expand"),
        ("The ministers agreed to an expansion of trade.", "expand"),
    ],
)
def test_a_degree_qualifier_said_of_a_relation_stays_a_qualifier(text, name):
    assert name in claim_qualifiers(text, "en")


def test_upgrading_a_port_the_source_improves_is_supported():
    result = check_one("Takaichi said Japan would support upgrading the port of Riverton.", SHIPS)
    assert "“upgrade”" not in result.reason, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_upgrading_a_partnership_the_source_only_reaffirms_is_partly_supported():
    result = check_one(
        "The two leaders agreed to upgrade the strategic partnership between the two countries.",
        SHIPS,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “upgrade”" in result.reason, result.reason


CALL = document(
    "c",
    "en",
    "On June 9, 2026, Prime Minister Takaichi held telephone talks with President Kerr.",
    "The two leaders agreed to promote educational exchanges, including accepting students.",
)
FIRST_CALL = document(
    "f",
    "en",
    "On June 9, 2026, Prime Minister Takaichi held the first telephone talks with President Kerr.",
    "The two leaders agreed to promote educational exchanges, including accepting students.",
)


def test_their_first_call_is_a_first_the_source_must_say():
    result = check_one(
        "In their first telephone talks, Takaichi and Kerr agreed to promote educational "
        "exchanges.",
        CALL,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “first”" in result.reason, result.reason


def test_their_first_call_the_source_calls_first_is_supported():
    result = check_one(
        "In their first telephone talks, Takaichi and Kerr agreed to promote educational "
        "exchanges.",
        FIRST_CALL,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


FTA = document(
    "t",
    "en",
    "On June 2, 2026, Prime Minister Takaichi held a meeting with President Kerr and President "
    "Lane.",
    "The leaders agreed to launch negotiations on a trilateral free trade agreement.",
)


def test_a_count_inside_a_dictionary_compound_is_a_word_not_a_count():
    # "three-way" is one word (WordNet: tripartite), said by "trilateral": no count to find.
    result = check_one(
        "The leaders agreed to launch negotiations on a three-way free trade agreement.", FTA
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "“three”" not in result.reason


def test_a_count_of_things_the_source_does_not_count_stays_a_count():
    result = check_one(
        "The leaders agreed to launch negotiations on a free trade agreement among three "
        "countries.",
        FTA,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “three countries”" in result.reason, result.reason


def test_a_count_in_a_compound_no_dictionary_lists_stays_a_count():
    result = check_one(
        "The leaders agreed during a three-nation tour to launch negotiations on a trilateral "
        "free trade agreement.",
        FTA,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “three-nation”" in result.reason, result.reason


# A readout of a visit that never calls it a first.
VISIT = document(
    "v",
    "en",
    "On May 3, 2026, Prime Minister Takaichi, who is visiting Riverland, held a summit meeting "
    "with President Kerr at the presidential palace in Port Town.",
    "The two leaders agreed to strengthen cooperation in agriculture and fisheries.",
    "President Kerr expressed his gratitude for Japan's assistance in health care.",
)


@pytest.mark.parametrize(
    "claim",
    [
        # Opening the text, before the clause's subject.
        "On her first trip to Riverland as prime minister, Takaichi met President Kerr in Port "
        "Town.",
        # Between two commas.
        "Kerr, on his first trip abroad this year, agreed with Takaichi to strengthen "
        "cooperation in agriculture and fisheries.",
    ],
)
def test_a_first_framing_the_event_is_a_detail_added_to_it_not_an_absent_topic(claim):
    result = check_one(claim, VISIT)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “first”" in result.reason, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Takaichi and Kerr agreed to open the first ferry route between Fukuoka and Port Town.",
        "Takaichi and Kerr agreed to open the first joint research centre on seabed mining, "
        "officials said.",
    ],
)
def test_a_first_inside_an_absent_topic_leaves_it_absent(claim):
    result = check_one(claim, VISIT)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_which_qualifiers_frame_the_clause():
    assert framing_qualifiers("On her first trip to Riverland, Takaichi met Kerr.", "en") == {
        "first"
    }
    assert framing_qualifiers("Kerr, on his first trip abroad, thanked Japan.", "en") == {"first"}
    assert not framing_qualifiers("They agreed to launch the first direct flights.", "en")
    assert not framing_qualifiers("They agreed to hold the first dialogue, officials said.", "en")
    # A qualifier of degree is what the clause says, wherever it stands.
    assert not framing_qualifiers("Kerr, keen to deepen ties, thanked Japan.", "en")


def test_a_first_such_thing_is_a_first_of_its_kind():
    assert "first" in claim_qualifiers(
        "Japan gave $3 million, its first such grant to Riverland.", "en"
    )
    assert "first" not in claim_qualifiers(
        "Japan gave $3 million, its first grant this year.", "en"
    )


# A readout (our own words) that lists fields "starting with energy": はじめとする.
FIELDS_JA = document(
    "s",
    "ja",
    "令和8年5月2日、高市総理大臣は、来日中のリンド・ノーランド首相と会談しました。",
    "両首脳は、エネルギー分野をはじめとする幅広い分野で協力していくことで一致しました。",
)


def test_a_word_inside_a_dictionary_phrase_is_not_the_qualifier_it_means_alone():
    # はじめ alone may be "first", but はじめとする is "commencing with; including": a claim
    # that adds "for the first time" is not borne out by it.
    added = check_one(
        "Takaichi and Lind agreed for the first time to cooperate in a wide range of fields "
        "including energy.",
        FIELDS_JA,
    )
    assert added.verdict is Verdict.PARTLY_SUPPORTED, added.reason
    assert "first" in added.reason
    plain = check_one(
        "Takaichi and Lind agreed to cooperate in a wide range of fields, starting with energy.",
        FIELDS_JA,
    )
    assert plain.verdict is Verdict.SUPPORTED, plain.reason


# A readout sentence in MOFA's layout (our own wording).
RELIEF = document(
    "r",
    "ja",
    "令和8年5月19日、高市総理大臣は、ヴァルマー首相と首脳会談を行いました。",
    "ヴァルマー首相から、発災直後に日本が供与した緊急援助物資に対し、深い謝意が表明されました。",
    "ヴァルマー首相から、今年前半に日本が供与した漁業機材に対し、謝意が表明されました。",
)


def test_an_adverb_of_a_gloss_says_the_qualifier():
    # 直後 "immediately following": the adverb qualifies the act the gloss names, so the
    # source says the aid came immediately.
    said = check_one(
        "Valmar thanked Japan for the emergency relief supplies it sent immediately after the "
        "disaster.",
        RELIEF,
    )
    assert said.verdict is Verdict.SUPPORTED, said.reason
    # 前半 "first half": "first" is an adjective of the gloss, and says no first.
    first = check_one(
        "Valmar thanked Japan for the fishing equipment it supplied for the first time.", RELIEF
    )
    assert first.verdict is Verdict.PARTLY_SUPPORTED, first.reason
    assert "first" in first.reason


COMMITTEE = document(
    "k",
    "ja",
    "令和8年10月15日、茂木外務大臣は、ヴェナー・ノーランド外務大臣と外相会談を行いました。",
    "両外相は、本年12月に東京で日・ノーランド経済合同委員会の第1回会合を開催することで一致しました。",
)


@pytest.mark.parametrize(
    ("rank", "said"),
    [
        # 第1回会合 is the first meeting: the ordinal says the qualifier the claim writes.
        ("第1回", "s sentence 2 as “第1回”"),
        # A second meeting is no first.
        ("第2回", "in no part of the source"),
    ],
)
def test_a_rank_written_as_a_number_says_first(rank, said):
    source = document(
        "k", "ja", COMMITTEE.sentences[0].text, COMMITTEE.sentences[1].text.replace("第1回", rank)
    )
    result = check_one(
        "The two ministers agreed to hold the first meeting of the Japan-Norland joint economic "
        "committee in Tokyo in December.",
        source,
    )
    assert any(f"qualifier “first”: {said}" in line for line in result.details), result.details


@pytest.mark.parametrize(
    ("text", "language", "name", "written"),
    [
        ("The leaders deepened their partnership.", "en", "deepen", ["deepened"]),
        ("It was the first visit, the only one.", "en", "only", ["only"]),
        ("両首脳は関係を深化させることで一致した。", "ja", "deepen", ["深化"]),
    ],
)
def test_a_qualifier_is_found_where_the_claim_writes_it(text, language, name, written):
    # The qualifier's name is its concept ("deepen"); its spans are the claim's own words.
    found = [text[start:end] for start, end in qualifier_spans(name, text, language)]
    assert [w for w in written if any(w in f for f in found)] == written, found
