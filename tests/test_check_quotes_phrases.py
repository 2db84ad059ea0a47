"""Quotes translated faithfully across languages, through dictionary phrases: a headword of
grammar words (できるだけ), a kanji word that is the stem of a phrase headword (信頼 in
信頼できる), a verb the analyser sets aside as light ("shares"); and the clause of a
two-speaker sentence that holds the quoted words. Sentences written for these tests, in the
shape of a readout."""

from __future__ import annotations

from pipeline_helpers import check_one, document, index_of

from factcheck.checks.check_quotes import QuoteGrade, check_quote
from factcheck.model import Verdict

SOON = document("s", "ja", "【大統領】「できるだけ早い機会に東京を訪れたい」と述べました。")
TRUSTED_JA = document("s", "ja", "両外相は、両国が互いに信頼できる隣国であることを確認しました。")
TRUSTED_EN = document(
    "s", "en", "The minister called Japan a trustworthy neighbour that shares common values."
)


def grade(quote: str, language: str, source):
    index = index_of(s=source)
    return check_quote(quote, language, index, sorted(index.sentences_of({"s": source})))


def test_a_grammar_word_headword_carries_its_multi_word_gloss():
    # できる だけ is one JMdict headword, "as much as possible".
    check = grade("to visit Tokyo as early as possible", "en", SOON)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“possible” = できるだけ" in check.diff


def test_a_changed_word_beside_a_grammar_word_headword_is_still_altered():
    check = grade("to visit Tokyo as late as possible", "en", SOON)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“late” →") for d in check.diff)


def test_an_english_adjective_meets_the_stem_of_a_japanese_phrase():
    # "trustworthy" glosses 信頼に足る and 信用できる: 信頼 is the stem of one, できる the
    # tail of another.
    check = grade("trustworthy neighbours", "en", TRUSTED_JA)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“trustworthy” = 信頼" in check.diff


def test_a_stem_followed_by_other_grammar_is_not_the_phrase():
    # 安定した is "firm"; the 安定 of 安定に向けて is the noun "stability".
    check = grade("firm cooperation", "en", document("s", "ja", "地域の安定に向けて協力する。"))
    assert "“firm” = 安定" not in check.diff


def test_an_english_adjective_glossing_another_stem_is_altered():
    check = grade("respectable neighbours", "en", TRUSTED_JA)
    assert check.grade is QuoteGrade.ALTERED
    assert any("respectable" in d and "信頼" in d for d in check.diff)


def test_a_japanese_phrase_stem_meets_the_english_adjective():
    check = grade("信頼できる隣国", "ja", TRUSTED_EN)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“信頼” = trustworthy" in check.diff


def test_a_japanese_quote_with_another_stem_is_altered():
    check = grade("尊敬できる隣国", "ja", TRUSTED_EN)
    assert check.grade is QuoteGrade.ALTERED
    assert any("尊敬" in d and "trustworthy" in d for d in check.diff)


def test_a_light_verb_of_the_source_carries_a_quoted_word():
    # The analyser reads "shares" as a light verb; in a quote it is a word like any other.
    check = grade("価値を共有する隣国", "ja", TRUSTED_EN)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“共有” = shares" in check.diff


TWO_SPEAKERS = document(
    "s",
    "ja",
    "ボルト首相から、観光交流の拡大に期待する旨述べ、高市総理に対し貴国への訪問を招待したの"
    "に対し、高市総理からは、「できるだけ早い時期に訪問したい」との発言がありました。",
)


def test_a_quote_in_the_second_speakers_clause_is_that_speakers():
    # The first clause holds more of the claim's words (visit, invited); the quoted words are
    # in the second, and so is their speaker.
    result = check_one(
        'Takaichi, invited by Prime Minister Bolt, said she hoped "to visit as early as possible".',
        TWO_SPEAKERS,
    )
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    result = check_one(
        'Prime Minister Bolt said he hoped "to visit as early as possible".',
        TWO_SPEAKERS,
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_quote_is_aligned_with_the_sources_quotation_first():
    # 訪問 stands twice: in the invitation, and in the quotation the quote renders.
    check = grade("to visit as early as possible", "en", TWO_SPEAKERS)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.source_span == "できるだけ早い時期に訪問したい"


def test_quote_spans_give_where_the_quoted_text_stands():
    from factcheck.text.quote_marks import find_quote_spans

    text = "She said 「 早い時期に 」 and “a just peace”, not Japan's."
    spans = find_quote_spans(text, "ja")
    assert [text[a:b] for a, b in spans] == ["早い時期に", "a just peace"]
    text = "the 'special partnership' of the leaders' meeting, Japan's view"
    spans = find_quote_spans(text, "en")
    assert [text[a:b] for a, b in spans] == ["special partnership"]


def test_grammar_words_in_kana_alone_do_not_meet_homophones():
    # と・し of 日本として is no headword: とし read alone is a homophone ("city", "year",
    # and 疾し "rapid").
    role = document("s", "ja", "【外相】日本として協力を続けたい。")
    check = grade("rapid cooperation", "en", role)
    assert check.grade is QuoteGrade.ALTERED
    assert "“rapid” = とし" not in check.diff


def test_a_light_verb_of_the_source_stands_in_place_of_a_changed_word():
    plain = document("s", "en", "Japan is a neighbour that shares values.")
    check = grade("価値を共有する隣国", "ja", plain)
    assert check.grade is QuoteGrade.PARAPHRASE
    check = grade("価値を否定する隣国", "ja", plain)
    assert check.grade is QuoteGrade.ALTERED
    assert "“否定” → shares (share)" in check.diff
