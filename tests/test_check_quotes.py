"""Quote grades, within one language and across languages through the termbase."""

from __future__ import annotations

import pytest
from pipeline_helpers import document, index_of

from factcheck.checks.check_quotes import QuoteGrade, check_quote

EN = document(
    "u",
    "en",
    'The Prime Minister said the alliance was "the cornerstone of Japan\'s diplomacy".',
    "She called the President a very cheerful and fun person.",
)
JA = document("v", "ja", "【高市総理】とても快活で楽しい方だという印象を持ちました。")


def grade(quote: str, language: str = "en", **docs):
    index = index_of(**docs)
    return check_quote(quote, language, index, sorted(index.sentences_of(docs)))


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("the cornerstone of Japan's diplomacy", QuoteGrade.EXACT),
        ("The Cornerstone of Japan's Diplomacy!", QuoteGrade.NORMALISED),
        ("the cornerstones of Japan's diplomacy", QuoteGrade.PARAPHRASE),
        ("the cornerstone of Asia's diplomacy", QuoteGrade.ALTERED),
        ("the tariffs on steel will rise sharply", QuoteGrade.NOT_FOUND),
    ],
)
def test_grades_within_one_language(quote, expected):
    assert grade(quote, s=EN).grade is expected


def test_an_altered_quote_shows_the_word_diff():
    check = grade("a very cheerful and attractive person", s=EN)
    assert check.grade is QuoteGrade.ALTERED
    assert any("attractive" in d and "fun" in d for d in check.diff)
    assert check.where == "s sentence 2"


def test_across_languages_the_termbase_carries_the_comparison():
    check = grade("very cheerful and fun", s=JA)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.source_span.startswith("とても快活で楽しい")


def test_across_languages_a_changed_word_is_named_with_the_source_word():
    check = grade("very cheerful and attractive", s=JA)
    assert check.grade is QuoteGrade.ALTERED
    assert any("attractive" in d and "楽しい" in d for d in check.diff)


def test_a_quote_of_ordinary_words_is_compared_through_the_lexicon():
    # No termbase entry knows these words; JMdict does, and the source has neither.
    check = grade("splendid weather", s=JA)
    assert check.grade is QuoteGrade.NOT_FOUND
    assert check.comparable and check.absent


def test_a_quote_without_any_content_word_cannot_be_compared_across_languages():
    check = grade("and so on", s=JA)
    assert check.grade is QuoteGrade.NOT_FOUND
    assert not check.comparable and not check.absent
