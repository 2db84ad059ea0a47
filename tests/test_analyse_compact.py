"""The compact analysis a source index keeps per sentence: the same facts, read faster.

`analyse_compact` reads an English text as plain words (one analysis per distinct word, no
`Token` per word) and builds its `TextFacts` only when asked. These properties hold it to the
definition it replaces: words, word links and names read token by token from the language's
analyser, and the posting keys the index files a sentence under.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st
from pipeline_helpers import TERMBASE

from factcheck.checks.match import SourceIndex, _posting_keys
from factcheck.languages import Script, WordClass, language_for
from factcheck.model import Document, Sentence
from factcheck.text.analyse import (
    NameMention,
    TextFacts,
    WordLink,
    analyse_compact,
    analyse_each,
    analyse_text,
)
from factcheck.text.dates import find_dates
from factcheck.text.numbers import find_numbers, plain_each

_WORDS = [
    "Takaichi", "Trump", "alliance", "alliances", "deepened", "the", "a", "on", "October",
    "25", "2025", "Indo-Pacific", "Japan's", "U.S.", "said", "is", "expected", "to", "first",
    "two", "hours", "an", "hour", "summit", "Prime", "Minister", "US", "us", "strengthen",
    "strengthening", "women", "female", "reportedly", "Reuters", "reported", "that", "Kyodo",
    "News", "reports", "don't", "co-operation", "Ōno", "ſaid", "İstanbul", "café", "naïve",
    "x", "IT", "it", "Sunday", "meeting", "held", "talks",
]  # fmt: skip
_texts = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", ", ", ". ", " - ", "  ", "'", ""])),
    max_size=25,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


def _reference_words(text: str, facts: TextFacts, words_in_terms: bool) -> TextFacts:
    """Words, links and names as `analyse_text` read them token by token before the index
    kept words compact (the definition the compact form must keep)."""
    module = language_for("en")
    assert module is not None
    taken = [] if words_in_terms else [(h.start, h.end) for h in facts.terms if h.entry.weight > 0]
    taken += [(d.start, d.end) for d in facts.dates] + [(n.start, n.end) for n in facts.numbers]
    words: set[str] = set()
    links: dict[tuple[str, str], WordLink] = {}
    names: dict[str, NameMention] = {}
    for token in module.tokens(text):
        if any(s < token.end and token.start < e for s, e in taken):
            continue
        if token.word_class in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN) or (
            token.script is Script.KATAKANA and token.word_class is not WordClass.FUNCTION
        ):
            names.setdefault(token.surface, NameMention(token.surface, token.reading))
        if not token.content or len(token.normal) < 2 and token.script is Script.LATIN:
            continue
        if module.spaced and len(token.lemma) < 3:
            continue
        words.add(token.normal)
        for gloss in module.glosses(token):
            key = (token.normal, gloss.pivot)
            if key not in links:
                links[key] = WordLink(
                    token.normal,
                    token.surface,
                    gloss.pivot,
                    gloss.text,
                    gloss.layer,
                    token.start,
                    token.end,
                    gloss.whole,
                )
    return TextFacts(
        facts.terms,
        facts.dates,
        facts.numbers,
        frozenset(words),
        tuple(links.values()),
        tuple(names.values()),
        facts.date_notes,
    )


def _reference_keys(facts: TextFacts, language: str) -> set[str]:
    """The posting keys as the index filed them from full facts."""
    keys = {f"term:{term}" for term in facts.term_ids}
    from factcheck.checks.match import _source_date_postings

    for date in facts.dates:
        keys.update(_source_date_postings(date))
    keys.update(f"num:{number.dimension}" for number in facts.numbers)
    glossed = {link.word for link in facts.links}
    keys.update(f"word:{language}:{word}" for word in facts.words - glossed)
    keys.update(f"pivot:{pivot}" for pivot in facts.pivots)
    return keys


@settings(max_examples=150, deadline=None)
@given(_texts, st.booleans())
def test_compact_facts_are_the_token_by_token_facts(text, words_in_terms):
    analysis = analyse_compact(text, "en", TERMBASE, 2025, words_in_terms=words_in_terms)
    facts = analysis.facts()
    # Framing is blanked before words are read: the reference reads the same text.
    assert facts == _reference_words(analysis.text, facts, words_in_terms)
    assert facts == analyse_text(text, "en", TERMBASE, 2025, words_in_terms=words_in_terms)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_texts, st.text(max_size=60)))
@example("October 25 ")  # a day is filed under its month too (found by this test in CI)
@example("US 25 ")  # a name with its label is one word, read plain too (found in CI)
def test_posting_keys_from_the_compact_form_are_those_of_the_facts(text):
    analysis = analyse_compact(text, "en", TERMBASE, 2025, words_in_terms=True)
    assert _posting_keys(analysis, frozenset(), "en") == _reference_keys(analysis.facts(), "en")
    names = {name.surface for name in analysis.facts().names}
    assert set(analysis.names()) == names


def test_japanese_is_read_token_by_token_with_the_same_facts():
    text = "高市総理大臣は、日米同盟の強化を最重要事項と述べた。アルバニージー首相も出席した。"
    analysis = analyse_compact(text, "ja", TERMBASE, 2025, words_in_terms=True)
    assert analysis.spans is not None  # Sudachi reads words in context: offsets kept
    facts = analysis.facts()
    assert facts == analyse_text(text, "ja", TERMBASE, 2025, words_in_terms=True)
    assert any(link.surface == "同盟" for link in facts.links)
    assert _posting_keys(analysis, frozenset(), "ja") == _reference_keys(facts, "ja")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_texts, st.text(max_size=60)), min_size=1, max_size=12))
def test_the_index_files_each_sentence_under_its_posting_keys(texts):
    # The index files words per shape at the end of the build; each key must name exactly
    # the sentences whose own posting keys hold it.
    sentences = tuple(Sentence(i, text, 0, len(text)) for i, text in enumerate(texts))
    document = Document("https://example.invalid/", "t", None, "en", "", sentences)
    index = SourceIndex({"s": document}, TERMBASE, 2025)
    expected: dict[str, set[int]] = {}
    for position, indexed in enumerate(index.sentences):
        for key in _posting_keys(indexed.analysis, indexed.speaker_terms, "en"):
            expected.setdefault(key, set()).add(position)
    filed = {key: found for key, found in index._postings.items() if found}
    assert filed == expected


_JA_TEXTS = st.lists(
    st.sampled_from(
        [
            "高市総理",
            "は",
            "、",
            "日米同盟",
            "本日",
            "10月25日",
            "二十五",
            "3時間",
            "述べた。",
            "昨日",
            "ſ",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.one_of(_texts, st.text(max_size=40)), max_size=10),
    st.booleans(),
    st.sampled_from([None, dt.date(2025, 10, 26)]),
)
def test_a_document_read_at_once_gives_each_sentence_its_own_analysis(texts, words_in_terms, day):
    # A source index reads all the sentences of a document in one pass (one scan each for
    # framing, terms, and numbers or digits): each sentence's analysis is what reading it
    # alone gives, relative dates and framing included.
    alone = [
        analyse_compact(
            text, "en", TERMBASE, 2025, day, "source dated", words_in_terms=words_in_terms
        )
        for text in texts
    ]
    together = analyse_each(
        texts, "en", TERMBASE, 2025, day, "source dated", words_in_terms=words_in_terms
    )
    assert together == alone


@settings(max_examples=30, deadline=None)
@given(st.lists(_JA_TEXTS, max_size=6))
def test_a_japanese_document_read_at_once_gives_each_sentence_its_own_analysis(texts):
    day = dt.date(2025, 10, 26)
    alone = [
        analyse_compact(text, "ja", TERMBASE, 2025, day, "source dated", words_in_terms=True)
        for text in texts
    ]
    assert (
        analyse_each(texts, "ja", TERMBASE, 2025, day, "source dated", words_in_terms=True) == alone
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_texts, st.text(max_size=40)), max_size=10))
def test_texts_found_plain_hold_no_number_and_no_date(texts):
    plain = plain_each(texts)
    for text, numberless in zip(texts, plain, strict=True):
        if numberless:
            assert find_numbers(text, "en") == []
            assert find_dates(text, "en") == []
            assert text.isascii() and not any(c in "0123456789" for c in text)
    # The gate is exact on words: a number word inside a longer word does not count.
    assert plain_each(["Bone tone", "one tone", "Stone 7", "an hour", "hours"]) == [
        True,
        False,
        False,
        False,
        True,
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_texts, st.text(max_size=40)), max_size=8))
def test_english_reads_the_words_and_framing_of_many_texts_as_of_each(texts):
    # The index reads a document's words and framing in one scan of its texts joined by
    # NULs; a text that holds a NUL itself, or non-ASCII text, must not change the answer.
    module = language_for("en")
    opens, surfaces, ends = module.plain_words_each(texts)
    starts = [0, *ends][: len(ends)]
    each = [(o, surfaces[s:e]) for o, s, e in zip(opens, starts, ends, strict=True)]
    assert each == [module.plain_words(text) for text in texts]
    assert module.blank_framing_each(texts) == [module.blank_framing(text) for text in texts]
