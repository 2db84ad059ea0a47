"""Japanese: a kanji word that stands for a dictionary phrase by the kana after it
(`interface.PhraseStems`).

JMdict writes many an adjective as a kanji compound and a kana tail (信頼に足る, 信頼のおける,
信用できる "trustworthy"); a quote's English word meets such a headword's stem (信頼) where the
text goes on with the tail of a headword the word glosses (信頼できる). factcheck.checks.
check_quotes asks these through the `Japanese` module (`factcheck.languages.ja`), which takes
them from here.
"""

from __future__ import annotations

import functools
import re

from factcheck.languages.jmdict import jmdict

__all__ = ["JapanesePhraseStems"]

_STEM_AND_TAIL = re.compile(
    r"([\u4e00-\u9fff々]{2,})[\u3040-\u309f]+(?:[\u4e00-\u9fff][\u3040-\u309f]+)?"
)
"""A headword written as a kanji compound and a kana tail (grammar, or a particle and one
verb): 信頼のおける, 信頼に足る, 信用できる."""


class JapanesePhraseStems:
    """Which kanji words stand for a dictionary phrase by their kana (`interface.PhraseStems`)."""

    def phrase_tail(self, text: str, end: int) -> str:
        """The text after `end` (a few characters) when hiragana follow there, else ""."""
        if end < len(text) and "\u3040" <= text[end] <= "\u309f":
            return text[end : end + 8]
        return ""

    def stems_phrase(self, stem: str, tail: str, english: str) -> bool:
        """Whether JMdict has the English word as a whole gloss of a headword that is the
        same kanji and a kana tail ("trustworthy" glosses 信頼に足る), and the text goes on
        with the tail of a headword the English word glosses (信用できる: できる). The tail
        is grammar (can, worth); the dictionary says what the phrase means, and the text
        says it is that phrase: 安定 of 安定に向けて is no 安定した ("firm")."""
        if not _STEM_AND_TAIL.fullmatch(stem + "あ") or not english.isascii():
            return False
        stems, tails = _phrase_stems(english.casefold())
        return stem in stems and any(tail.startswith(t) for t in tails)


@functools.lru_cache(maxsize=4096)
def _phrase_stems(english: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kanji stems and the kana tails of the headwords this English word glosses whole.

    The tails of the headwords its JMdict synonyms gloss count too: "reliable" glosses
    信頼に足る and 信頼のおける, and its synonym "trustworthy" glosses 信用できる, so 信頼
    followed by できる is "reliable" as well; the tail is the grammar ("can", "worth") that
    makes the stem the adjective, and a synonym's headword shows another way of writing it."""
    dictionary = jmdict()
    stems, tails = set(), set()
    for word in (english, *dictionary.synonyms(english)):
        for written, _ in dictionary.glossed_senses(word):
            match = _STEM_AND_TAIL.fullmatch(written)
            if match:
                if word == english:
                    stems.add(match.group(1))
                tails.add(written[match.end(1) :])
    return frozenset(stems), frozenset(tails)
