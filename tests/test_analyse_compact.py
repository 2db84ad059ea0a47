"""The compact analysis a source index keeps per sentence: the same facts, read faster.

`analyse_compact` reads an English text as plain words (one analysis per distinct word, no
`Token` per word) and builds its `TextFacts` only when asked. These properties hold it to the
definition it replaces: words, word links and names read token by token from the language's
analyser, and the posting keys the index files a sentence under.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pipeline_helpers import TERMBASE

from factcheck.checks.match import _posting_keys
from factcheck.languages import Script, WordClass, language_for
from factcheck.text.analyse import (
    NameMention,
    TextFacts,
    WordLink,
    analyse_compact,
    analyse_text,
)

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
    from factcheck.checks.match import _date_postings

    for date in facts.dates:
        keys.update(_date_postings(date))
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
