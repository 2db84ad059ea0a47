"""English: which words act as verbs and which name what a verb acts on
(`interface.Predicating`), for comparing a claim's act with its passage's
(factcheck.checks.key_actions).

English marks few verbs by form, so use decides: WordNet's tagged corpus says how often a
word is met as a verb and as a noun. The `English` module (`factcheck.languages.en`) takes
these from here; the Japanese one reads an English word it writes (ASEAN, G7) by them too.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.languages.interface import Token, WordClass
from factcheck.languages.wordnet import wordnet

__all__ = ["EnglishPredicating", "english_names_thing", "english_verb_at", "english_verbs_meant"]


class EnglishPredicating:
    """English verbs and their objects (`interface.Predicating`)."""

    def verb_at(self, tokens: Sequence[Token], number: int) -> bool:
        return english_verb_at(tokens, number)

    def names_thing(self, tokens: Sequence[Token], number: int) -> bool:
        return english_names_thing(tokens[number])

    def verbs_meant(self, token: Token) -> frozenset[str]:
        return english_verbs_meant(token)

    def object_follows_verb(self) -> bool:
        # An English verb's object follows it; a noun before it is its subject, or what a
        # participle describes ("people hit by the drought").
        return True

    def writes_argument(self, token: Token, form: str) -> bool:
        return token.surface in form.split()


def english_verb_at(tokens: Sequence[Token], number: int) -> bool:
    """Whether an English word is used as a verb: a verb of the analyser, or a word written
    as a form of a verb that WordNet's tagged corpus meets as a verb at least as often as
    as anything else, and not the head of a phrasal verb ("stand by")."""
    token = tokens[number]
    if token.word_class is WordClass.VERB:
        return True
    if token.word_class is not WordClass.NOUN:
        return False
    net = wordnet()
    written = token.surface.lower()
    if written != token.lemma and token.lemma not in net.base_forms(written, ("verb",)):
        return False  # "closest" is no form of the verb "close"
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    if following is not None and net.senses(f"{token.lemma} {following.lemma}", "verb"):
        return False  # a phrasal verb ("stand by"): its act is not the verb's alone
    return used_as_verb(token.lemma)


def english_names_thing(token: Token) -> bool:
    """Whether an English noun can be what a verb acts on: WordNet's tagged corpus meets it
    mostly as a noun, or, never met, WordNet has it as a noun or not as an adjective."""
    net = wordnet()
    counts = net.tag_counts(token.lemma)
    if any(counts.values()):
        return counts["noun"] >= max(counts.values())
    return bool(net.senses(token.lemma, "noun")) or not net.senses(token.lemma, "adj")


def english_verbs_meant(token: Token) -> frozenset[str]:
    """An English word's lemma, when WordNet has it as a verb."""
    return frozenset({token.lemma}) if wordnet().senses(token.lemma, "verb") else frozenset()


def used_as_verb(word: str) -> bool:
    """Whether WordNet's tagged corpus meets an English word as a verb more often than as
    anything else ("close", "repair"; not "closure", whose verb sense is a rare one, nor
    "panel", met as often as a noun)."""
    counts = wordnet().tag_counts(word)
    verb = counts.get("verb", 0)
    return verb > 0 and all(verb > n for pos, n in counts.items() if pos != "verb")
