"""Claim analysis: parts, anchors, quotes, and the article's own framing left out."""

from __future__ import annotations

from pipeline_helpers import TERMBASE, claim

from factcheck.model import AnchorKind
from factcheck.text.analyse import analyse_claim, analyse_text, anchors_of, quotes_of


def test_a_claim_is_cut_at_clause_openers():
    facts = analyse_claim(
        claim(
            "Takaichi stressed Japan's indispensable role in the Indo-Pacific, especially in "
            "the context of increasing strategic competition with China."
        ),
        "en",
        TERMBASE,
    )
    assert [p.text.split()[0] for p in facts.parts] == ["Takaichi", "especially"]
    keys = {a.key for a in facts.parts[1].anchors}
    assert "china" in keys and "competition" in keys


def test_a_second_predicate_of_the_same_subject_is_a_part_of_its_own():
    for text, second in (
        (
            "Motegi opened the new embassy in Lima and announced a scholarship fund for "
            "Peruvian engineers.",
            "announced",
        ),
        (
            "Takaichi and Ruiz agreed to support Japanese teaching in Peru and to build a joint "
            "observatory in the Andes.",
            "to",
        ),
        (
            # A second predicate that takes "to": it asserts an agreement of its own.
            "The ministers welcomed the loan of museum pieces between the two capitals and "
            "agreed to extend their scholarship scheme to nurses.",
            "agreed",
        ),
        (
            # "as well as", with or without a comma before it, adds an object of its own.
            "The ministers signed a customs agreement as well as a memorandum on tea exports.",
            "as",
        ),
        (
            # A clause with a subject and a modal of its own after the comma.
            "The ministers agreed to cooperate on tea exports, and Japan will train forty "
            "tasters in Mombasa.",
            "Japan",
        ),
        (
            # A second predicate with its own modal: a promise of its own.
            "Japan will fund a new clinic in Arusha and will train fifty midwives there.",
            "will",
        ),
        (
            # A second predicate in the perfect: a fact of its own.
            "Demining machines from Japan are at work in the east and have cleared more "
            "than 2,000 hectares.",
            "have",
        ),
    ):
        facts = analyse_claim(claim(text), "en", TERMBASE)
        assert [p.text.split()[0] for p in facts.parts][1:] == [second], facts.parts
    # "and" between two nouns, or before a passive "by", joins no second predicate; nor does
    # one before a predicate that points back at the first one's object ("them").
    for text in (
        "The ministers agreed to open talks on a fisheries pact and will aim to conclude them "
        "by June.",
        "Takaichi and Trump agreed on Japan and the United States working together.",
        "Japan will fund clinics and schools that will train midwives.",
        "The vision was welcomed by Japan and praised by Australia as a framework.",
        "The plan was drafted in Tokyo and has been welcomed by Australia.",
    ):
        assert len(analyse_claim(claim(text), "en", TERMBASE).parts) == 1, text


def test_a_part_too_thin_to_judge_joins_its_neighbour():
    facts = analyse_claim(
        claim("The summit took place on October 28, becoming news."), "en", TERMBASE
    )
    assert len(facts.parts) == 1


def test_dates_take_the_articles_year():
    facts = analyse_text("They met on October 28.", "en", TERMBASE, default_year=2025)
    assert [d.key for d in facts.dates] == ["2025-10-28"]


def test_framing_of_the_article_is_not_an_anchor():
    facts = analyse_text("He is expected to arrive in Tokyo on October 27.", "en", TERMBASE)
    assert "look-forward" not in facts.term_ids
    assert "expect" not in facts.words


def test_word_numerals_without_unit_are_not_anchors_but_durations_are():
    facts = analyse_claim(claim("The two leaders talked for about ten minutes."), "en", TERMBASE)
    numbers = [a for p in facts.parts for a in p.anchors if a.kind is AnchorKind.NUMBER]
    assert [a.key for a in numbers] == ["10 minute"]


def test_japanese_words_are_sudachi_lemmas_outside_terms():
    facts = analyse_text(
        "北海で生産される液化天然ガスの長期安定供給について、両社が協議した。", "ja", TERMBASE
    )
    assert {"長期", "安定", "供給", "協議"} <= facts.words
    assert "つく" not in facts.words  # について is grammar
    assert not any("液化" in word for word in facts.words)  # inside the LNG term
    assert "lng" in facts.term_ids


def test_quotes_come_from_the_field_or_the_quotation_marks():
    assert quotes_of(claim('She called him "very cheerful and attractive".')) == (
        "very cheerful and attractive",
    )
    assert quotes_of(claim("彼は「とても快活」だと述べた。")) == ("とても快活",)
    assert quotes_of(claim('x "a b"', quotes=("given",))) == ("given",)


def test_the_two_countries_are_the_parties_not_a_count_to_check():
    def numbers(text: str) -> list[str]:
        facts = analyse_text(text, "en", TERMBASE)
        return [a.surface for a in anchors_of(facts, "en") if a.kind is AnchorKind.NUMBER]

    assert numbers("Exchanges between the two countries will expand.") == []
    assert numbers("Leaders of 12 countries attended the summit.") == ["12 countries"]


def test_a_clause_with_its_own_speaker_or_a_where_clause_is_a_part_of_its_own():
    for text, parts in (
        (
            "The two ministers agreed to work closely on the flood relief, and Ruiz pledged to "
            "visit the worst-hit towns himself.",
            ["The two ministers agreed", "Ruiz pledged"],
        ),
        (
            "Motegi and Ruiz agreed to meet again in Cusco, where they would sign a new "
            "agreement on cultural heritage.",
            ["Motegi and Ruiz", "where they would"],
        ),
        # Before the first predicate, "and" joins the subjects: no second clause.
        ("Motegi and Ruiz agreed to meet again in Cusco.", ["Motegi and Ruiz"]),
    ):
        facts = analyse_claim(claim(text), "en", TERMBASE)
        assert len(facts.parts) == len(parts), [p.text for p in facts.parts]
        for part, opening in zip(facts.parts, parts, strict=True):
            assert part.text.startswith(opening), part.text


def test_a_claim_word_whose_lemma_was_mended_weighs_as_written():
    from factcheck.languages.en import rarity_of
    from factcheck.thresholds import WORD_WEIGHT

    facts = analyse_claim(claim("Sentries guarded the harbour gate at night."), "en", TERMBASE)
    weights = {a.key: a.weight for p in facts.parts for a in p.anchors}
    assert (
        weights["guard"] == WORD_WEIGHT * rarity_of("guarded") != WORD_WEIGHT * rarity_of("guard")
    )


def test_words_in_any_quotation_mark_of_the_language_weigh_as_quoted_and_meet_no_synonym():
    # The quote check reads straight single quotes as quotation marks (wire copy writes
    # them); the claim's anchors read them so too: a quoted word is the source's word, not a
    # paraphrase, whichever marks hold it.
    from factcheck.thresholds import QUOTED_WORD_FACTOR

    def word(text: str, key: str):
        facts = analyse_claim(claim(text), "en", TERMBASE)
        return next(a for p in facts.parts for a in p.anchors if a.key == key)

    plain = word("Sato called the treaty a durable bond between the two islands.", "durable")
    assert plain.bridges  # "durable" meets its synonyms when it is the claim's own word
    for marks in ("'{}'", "“{}”", '"{}"', "‘{}’", "”{}”", "“{}“", '"{}”'):
        quoted = marks.format("a durable bond")
        found = word(f"Sato called the treaty {quoted} between the two islands.", "durable")
        assert found.weight == plain.weight * QUOTED_WORD_FACTOR, marks
        assert found.bridges == (), marks
    # An apostrophe is no quotation mark.
    found = word("Sato called it the islands' durable bond, the treaty's aim.", "durable")
    assert found.weight == plain.weight and found.bridges
