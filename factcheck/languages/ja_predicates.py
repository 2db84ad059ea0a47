"""Japanese: which words act as verbs and which name what a verb acts on
(`interface.Predicating`), for comparing a claim's act with its passage's
(factcheck.checks.key_actions).

A verb is a verb of the analyser, or a noun that する follows (補修する). Any other noun can
be what a verb acts on. The English verbs a word means come from its glosses: a gloss used
as a verb, or the verb a gloss is formed from (補修 "repair", 閉鎖 "closing" → close). An
English word a Japanese sentence writes (ASEAN, G7) is read as English
(`factcheck.languages.en_predicates`). The `Japanese` module (`factcheck.languages.ja`)
takes these from here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from factcheck.languages.en_predicates import (
    english_names_thing,
    english_verb_at,
    english_verbs_meant,
    used_as_verb,
)
from factcheck.languages.interface import Gloss, Script, Token, WordClass
from factcheck.languages.wordnet import Link, Relation, wordnet

__all__ = ["JapanesePredicating"]

_DO = "為る"
"""Sudachi's normal form of する, which makes a verb of a noun (補修する)."""

_GLOSS_VERB_SENSES = 3
"""How many senses of a Japanese word's English gloss are read for the verb it derives
from (閉鎖 "closing" → close)."""


class JapanesePredicating:
    """Japanese verbs and their arguments (`interface.Predicating`); mixed into the
    `Japanese` module, whose `glosses` it reads."""

    glosses: Callable[[Token], tuple[Gloss, ...]]
    """The Japanese module's `Language.glosses`."""

    def verb_at(self, tokens: Sequence[Token], number: int) -> bool:
        token = tokens[number]
        if token.word_class is WordClass.VERB:
            return True
        following = tokens[number + 1] if number + 1 < len(tokens) else None
        if following is not None and following.normal == _DO:
            return token.word_class is WordClass.NOUN
        return token.script is Script.LATIN and english_verb_at(tokens, number)

    def names_thing(self, tokens: Sequence[Token], number: int) -> bool:
        token = tokens[number]
        return token.script is not Script.LATIN or english_names_thing(token)

    def verbs_meant(self, token: Token) -> frozenset[str]:
        if token.script is Script.LATIN:
            return english_verbs_meant(token)
        net = wordnet()
        out: set[str] = set()
        for gloss in self.glosses(token):
            if " " in gloss.text:
                continue
            word = gloss.text.lower()
            if used_as_verb(word):
                out.add(word)
            out.update(net.base_forms(word, ("verb",)))
            out.update(
                link.word
                for link in _links(word)
                if link.relation is Relation.DERIVATION and net.senses(link.word, "verb")
            )
        return frozenset(out)

    def object_follows_verb(self) -> bool:
        return False  # an object stands before its verb, but so may much else

    def writes_argument(self, token: Token, form: str) -> bool:
        if token.script is Script.LATIN:
            return token.surface in form.split()
        return token.surface in form or form in token.surface


@functools.lru_cache(maxsize=8192)
def _links(word: str) -> tuple[Link, ...]:
    return wordnet().links(word, _GLOSS_VERB_SENSES)
