"""Quote marks: straight single quotes, guillemets and 「」 delimit quotes; apostrophes do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pipeline_helpers import TERMBASE, check_one, document

from factcheck.checks.check_quotes import is_term_quote
from factcheck.model import Verdict
from factcheck.text.quote_marks import find_quotes


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The two called it a 'special strategic partnership'.",
            "en",
            ("special strategic partnership",),
        ),
        ("Japan's leaders' meeting was held in Tokyo.", "en", ()),
        ("The leaders' 'shuttle diplomacy' goes on.", "en", ("shuttle diplomacy",)),
        ("He praised 'Japan's top priority' in the talks.", "en", ("Japan's top priority",)),
        ('She called him "very cheerful" and ‘fun’.', "en", ("very cheerful", "fun")),
        ("Il a parlé d'un « partenariat spécial ».", "fr", ("partenariat spécial",)),
        ("Er sprach von „enger Partnerschaft“.", "de", ("enger Partnerschaft",)),
        ("彼は「とても快活」だと述べ、『高み』とも言った。", "ja", ("とても快活", "高み")),
        # In Japanese an apostrophe-like mark is no quote mark.
        ("高市総理は'強化'を述べた。", "ja", ()),
        # Japanese copy writes double quotes of one shape at both ends, 〝…〟 and ‘…’ too.
        ("首相は”揺るぎない絆”を確認し、〝新時代〟と述べた。", "ja", ("揺るぎない絆", "新時代")),
        ("首相は‘揺るぎない絆’を確認した。", "ja", ("揺るぎない絆",)),
        # Mixed or same-shape double quotes in English copy.
        ("Sato called it ”a durable bond” and “a new era“.", "en", ("a durable bond", "a new era")),
        ('Sato called it "a durable bond” at the talks.', "en", ("a durable bond",)),
    ],
)
def test_quote_marks_by_language(text, language, expected):
    assert find_quotes(text, language) == expected


SUMMIT = document(
    "u",
    "en",
    "Prime Minister Takaichi stated that the two countries would work together toward "
    "realizing a Free and Open Indo-Pacific.",
)


def test_a_single_quoted_span_is_graded_as_a_quote():
    result = check_one(
        "Takaichi said the two countries would work together toward 'a new golden age'.",
        SUMMIT,
        speaker="Takaichi",
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "a new golden age" in result.reason


def test_a_quoted_official_name_is_a_term_not_a_quote():
    assert is_term_quote("Free and Open Indo-Pacific", "en", TERMBASE)
    assert is_term_quote("自由で開かれたインド太平洋", "ja", TERMBASE)
    assert not is_term_quote("top priority", "en", TERMBASE)  # ordinary words one may quote
    assert not is_term_quote("very cheerful and attractive", "en", TERMBASE)
    result = check_one(
        "Takaichi said the two countries would work together toward realizing a "
        "'Free and Open India-Pacific'.",
        SUMMIT,
        speaker="Takaichi",
    )
    # The garbled name is a term flag beside a supported statement, not a misquote.
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any(flag.entry_id == "foip" for flag in result.term_flags), result.term_flags
    assert any("checked as a term" in line for line in result.details)


QUOTE_CHARACTERS = list("ab s'\"") + ["\u201c", "\u201d", "\u2018", "\u2019", "«", "»", "「", "」"]


@given(st.text(alphabet=st.sampled_from(QUOTE_CHARACTERS), max_size=40))
def test_quotes_are_spans_of_the_text(text):
    for language in ("en", "ja", "fr"):
        for quote in find_quotes(text, language):
            assert quote and quote in text


@pytest.mark.parametrize("code", ["en", "en-GB", "en_GB", "EN-us"])
def test_any_spelling_of_a_language_code_gets_its_languages_marks(code):
    # Straight single quotes are English marks, not the marks most languages share.
    assert find_quotes("He said 'we will act at once' on Monday.", code) == ("we will act at once",)


def test_an_official_name_no_source_carries_is_graded_as_a_quote():
    # Written correctly but in none of the sources: the quoted words stand nowhere, so the
    # quote is checked as one (and is missing), not set aside as a term.
    assert is_term_quote("Free and Open Indo-Pacific", "en", TERMBASE, (), frozenset({"foip"}))
    assert not is_term_quote("Free and Open Indo-Pacific", "en", TERMBASE, (), frozenset())
    source = document(
        "https://example.invalid/talk",
        "ja",
        "高市総理から、両国が新たな段階の協力に向けて共に取り組みたい旨述べました。",
    )
    result = check_one(
        "Takaichi said the two countries would work together toward a "
        "'Free and Open Indo-Pacific'.",
        source,
        speaker="Takaichi",
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "the source does not say “Free and Open Indo-Pacific”" in result.reason
