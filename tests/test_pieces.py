"""A claim part that joins a fact the source has to one it lacks, cut at its comma: the half
the source covers makes the claim partly supported, never not found; a half that only sets
the scene (the meeting in the opening sentence) covers nothing, so an absent topic stays not
found. Source texts are our own, in the shape of a foreign ministry's English readout."""

from __future__ import annotations

from pipeline_helpers import check_one, document

from factcheck.checks.pieces import cut_points
from factcheck.model import Verdict

READOUT = document(
    "https://example.invalid/readout",
    "en",
    "On 3 March 2026, Foreign Minister Motegi held a meeting with Foreign Minister Arlo "
    "Venner of the Republic of Norland for about 40 minutes.",
    "Minister Motegi welcomed Minister Venner's first visit to Japan.",
    "The two ministers exchanged views on fisheries management and on the protection of "
    "coral reefs around the northern islands.",
    "Minister Venner expressed his gratitude for Japan's support in weather forecasting.",
)


def test_cut_points_are_the_joints_inside_the_text():
    text = "A and B discussed C, with D doing E; F agreed."
    assert [text[s:e] for s, e in cut_points(text, "en")] == [", ", "; "]
    assert cut_points("Only one assertion here.", "en") == []
    # A joint at the very end (before the full stop) cuts nothing off.
    assert cut_points("Something said,.", "en") == []


def test_a_number_is_never_cut_at_its_thousands_comma():
    text = "Norland will grant 2,750 million crowns to the port, and Venner thanked Motegi."
    halves = [(text[:s], text[e:]) for s, e in cut_points(text, "en")]
    assert halves == [
        ("Norland will grant 2,750 million crowns to the port", "and Venner thanked Motegi.")
    ]
    # A comma after a number that ends a phrase is still a joint.
    assert len(cut_points("In 2026, the two ministers met.", "en")) == 1


def test_a_japanese_claim_is_cut_at_its_reading_comma_but_not_inside_a_number():
    text = "両外相は漁業管理について意見交換し、日本は1,200万円の無償資金協力を表明した。"
    cuts = cut_points(text, "ja")
    assert [text[s:e] for s, e in cuts] == ["、"]
    start, end = cuts[0]
    assert text[:start] == "両外相は漁業管理について意見交換し"
    assert text[end:].startswith("日本は1,200万円")
    # A 、 after a particle only sets off who acts or is spoken to: no assertion of its own.
    assert cut_points("高市総理は、ヴェルン外相に対し、来年の訪日を招請した。", "ja") == []
    # A language the tool does not know names no joints: nothing is cut.
    assert cut_points("one, two; three", "xx") == []


def test_a_japanese_reading_comma_is_a_joint_where_part_of_speech_ends_a_predicate():
    # Sudachi's parts of speech, not a list of particles: a verb in its continuative form,
    # alone or with a conjunctive particle, ends a clause ...
    for text in (
        "両外相は港湾整備を確認しており、漁業協力も協議した。",
        "両外相は港湾整備を確認したが、漁業協力は協議しなかった。",
        "ヴェルン外相は首都を訪れ、漁業協力を協議した。",
        "ヴェルン外相は会談を行い、漁業協力で一致した。",
    ):
        assert [text[s:e] for s, e in cut_points(text, "ja")] == ["、"], text
    # ... a noun ending in kana, or a compound particle a case particle makes of a verb,
    # does not.
    for text in (
        "漁業を振興するため、両国は協力する。",
        "日本として、漁業協力を続ける。",
        "港湾整備について、両外相は協議した。",
        "漁業の振興に向け、両国は協力する。",
        "職業訓練を通じ、両国は人材を育成する。",
    ):
        assert cut_points(text, "ja") == [], text


def test_a_covered_half_and_an_added_half_is_partly_supported_naming_the_added_half():
    result = check_one(
        "Motegi and Venner discussed fisheries management and coral reef protection, "
        "with Japan offering to finance a seafood processing plant, a deep-water harbour "
        "for tuna trawlers and cold storage warehouses near the capital.",
        READOUT,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert "nothing in the sources says «with Japan offering to finance" in result.reason
    assert "s sentence 3" in result.reason
    # The claim's covered half is said to be covered by the passage, not put in the
    # source's mouth: the source's own words follow.
    assert (
        "«Motegi and Venner discussed fisheries management and coral reef protection» "
        "is covered by " in result.reason
    )
    assert "sentence 3 says «Motegi" not in result.reason
    assert "«The two ministers exchanged views on fisheries management" in result.reason


def test_an_absent_topic_after_a_scene_setting_half_stays_not_found():
    # "At their meeting" stands in the opening sentence, as it would for any claim about
    # the meeting: it confirms nothing the claim says.
    result = check_one(
        "At the meeting of the two foreign ministers, Motegi pledged 20 satellites to "
        "monitor volcanic ash.",
        READOUT,
    )
    assert result.verdict is Verdict.NOT_FOUND


def test_an_absent_topic_in_both_halves_stays_not_found():
    result = check_one(
        "Motegi and Venner signed a treaty on space launches, "
        "and Japan agreed to train astronauts from Norland.",
        READOUT,
    )
    assert result.verdict is Verdict.NOT_FOUND


def test_a_claim_that_names_only_the_people_in_its_covered_half_stays_not_found():
    result = check_one(
        "Motegi met Venner, and the two ministers agreed to build a railway tunnel.",
        READOUT,
    )
    assert result.verdict is Verdict.NOT_FOUND


def test_the_opening_sentence_is_the_first_after_a_date_line():
    dated = document(
        "https://example.invalid/readout-dated",
        "en",
        "3 March 2026",
        "On 3 March, Foreign Minister Motegi held a meeting with Foreign Minister Arlo Venner "
        "of the Republic of Norland for about 40 minutes.",
        "The two ministers exchanged views on fisheries management and on the protection of "
        "coral reefs around the northern islands.",
    )
    result = check_one(
        "At the meeting of the two foreign ministers, Motegi pledged 20 satellites to "
        "monitor volcanic ash.",
        dated,
    )
    assert result.verdict is Verdict.NOT_FOUND


SPOKEN = document(
    "https://example.invalid/readout",
    "en",
    "On 3 March 2026, Foreign Minister Motegi held a meeting with Foreign Minister Arlo "
    "Venner of the Republic of Norland for about 40 minutes.",
    "Minister Motegi welcomed Minister Venner's first visit to Japan.",
    "Minister Venner stated that, in light of the rising sea levels around the northern "
    "islands, Norland will strengthen the monitoring of its coral reefs, and Minister Motegi "
    "expressed his support.",
)
ADDED = (
    " said that, with sea levels rising around the northern islands, Japan would send a team "
    "of forty volunteer divers, marine biologists and engineers to replant damaged reefs near "
    "the southern harbour."
)


def test_a_half_said_in_another_speakers_clause_is_misattributed():
    result = check_one("Motegi" + ADDED, SPOKEN, speaker="Motegi")
    assert result.verdict is Verdict.MISATTRIBUTED
    assert result.reason.startswith("«Motegi said that, with sea levels rising")
    assert "gives it to Minister Venner, not Motegi" in result.reason
    assert any("cut at a joint" in line for line in result.details)


def test_a_half_said_by_the_claims_own_speaker_stays_partly_supported():
    result = check_one("Venner" + ADDED, SPOKEN, speaker="Venner")
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert "nothing in the sources says «Japan would send a team" in result.reason


def test_a_half_that_opens_with_its_own_speaker_is_judged_on_that_speaker():
    # "and Venner promised …" is Venner's, whatever the claim's speaker field says: the words
    # that join the half to the other one do not hide who opens it.
    result = check_one(
        "Motegi asked Norland to host a team of forty volunteer divers, marine biologists, "
        "harbour pilots and engineers from Japan to replant damaged reefs near the southern "
        "harbour, and Venner promised to strengthen the monitoring of coral reefs.",
        SPOKEN,
        speaker="Motegi",
    )
    # "promised" reports speech (WordNet), so the claim is cut into two parts before any
    # piece is: Motegi's request is what no source says, and Venner's half stands in
    # Venner's clause, which agrees with it.
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert result.reason.startswith("nothing in the sources says «Motegi asked Norland")
    assert "the rest is in s sentence 3" in result.reason
    assert any(line.startswith("attribution agrees: Minister Venner") for line in result.details), (
        result.details
    )


def test_a_misattributed_half_still_names_the_half_no_source_says():
    # The half in another speaker's mouth makes the claim misattributed; the half the page
    # says nowhere (a ferry terminal) must not vanish from the reason behind it.
    result = check_one(
        "Motegi said that, with sea levels rising around the northern islands, Japan would "
        "pay for a new ferry terminal and a lighthouse on the southern cape.",
        SPOKEN,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.MISATTRIBUTED
    assert "gives it to Minister Venner, not Motegi" in result.reason
    assert result.reason.endswith(
        "; nothing in the sources says «Japan would pay for a new ferry terminal and a "
        "lighthouse on the southern cape.»"
    )


def _splits(text: str, source):
    from pipeline_helpers import TERMBASE, claim, index_of

    from factcheck.checks.pieces import split_uncovered
    from factcheck.checks.source_layout import layout_of
    from factcheck.checks.title_links import TitleLinks
    from factcheck.text.analyse import analyse_claim

    index = index_of(s=source)
    facts = analyse_claim(claim(text), "en", TERMBASE)
    layouts = {"s": layout_of("s", source, TERMBASE)}
    return facts, split_uncovered(
        claim(text), facts.parts, "en", index, ["s"], layouts, TitleLinks(index)
    )


APART = document(
    "https://example.invalid/readout-apart",
    "en",
    "On 3 March 2026, Foreign Minister Motegi held a meeting with Foreign Minister Arlo "
    "Venner of the Republic of Norland for about 40 minutes.",
    "The two ministers exchanged views on fisheries management.",
    "Minister Venner explained Norland's plan to build a deep-water harbour.",
    "The two ministers agreed to cooperate closely on the regional situation.",
    "Minister Motegi welcomed this first visit to Japan by a foreign minister of Norland, "
    "which Minister Venner called a new chapter in the relations between the two countries.",
)


def test_a_part_whose_halves_stand_in_two_passages_is_covered_by_both():
    from factcheck.checks.decide import both_covered

    text = (
        "Motegi held talks with Norland's Foreign Minister Arlo Venner for about 40 minutes, "
        "a visit Venner called a new chapter in the relations between the two countries."
    )
    facts, splits = _splits(text, APART)
    halves = both_covered(splits)
    assert list(halves) == [facts.parts[0].text]
    (first, first_best), (second, second_best) = halves[facts.parts[0].text]
    assert first.text.startswith("Motegi held talks") and first_best.sentence.index == 0
    assert second.text.startswith("a visit Venner called") and second_best.sentence.index == 4
    # A half the source does not say covers nothing: no part is covered by its halves.
    text = (
        "Motegi held talks with Norland's Foreign Minister Arlo Venner for about 40 minutes, "
        "a visit Venner made aboard a navy frigate with two hundred cadets and a brass band."
    )
    assert both_covered(_splits(text, APART)[1]) == {}
