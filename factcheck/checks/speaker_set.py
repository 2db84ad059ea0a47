"""Who speaks, as a set: termbase persons, name words the termbase does not know, both sides, or a
country; and whether a statement the source gives to one may be said to be by another
(`Speakers.compatible`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from factcheck.languages.countries import countries_in
from factcheck.languages.names import names_agree
from factcheck.terms.termbase import EntryKind, TermHit

__all__ = [
    "NOT_NAMES",
    "Speakers",
    "is_name",
    "script_of",
]


NOT_NAMES = frozenset(
    "the and of for from with who also then later said told reporters press conference "
    "japanese japan korean korea australian malaysian vietnamese american united states "
    "south republic two both leaders side".split()
)


@dataclass(frozen=True)
class Speakers:
    """Who speaks: termbase persons, other name words, or "the two leaders"."""

    text: str
    persons: frozenset[str]
    """Termbase concepts of the people named (titles resolved where the source allows)."""
    names: frozenset[str] = frozenset()
    """Lower-cased name words the termbase does not know ("albanese", "アンワル")."""
    both: bool = False
    countries: frozenset[str] = frozenset()
    """When the speaker is a country and no person ("Japan pledged …", "Tokyo"): every form
    of it, lower-cased (japan, japanese, 日本)."""
    homes: frozenset[str] = frozenset()
    """For a source's speaker: every form (lower-cased) of the countries the source names
    them with («アンドリュー・ホルネス・ジャマイカ首相»: jamaica, ジャマイカ …)."""
    phrase: str = ""
    """For a claim's speaker: the words of the claim that name them and the one they speak to
    («Norland's President Tomas Ruvalo told Takaichi that …» for `speaker: Ruvalo`).
    They say who speaks with whom, not what is said."""
    addressee: str = ""
    """The part of `phrase` that names the one spoken to ("Takaichi" of "told Takaichi"): a
    name there is not the speaker's."""

    @property
    def known(self) -> bool:
        return self.both or bool(self.persons or self.names)

    def compatible(self, actual: Speakers) -> bool:
        """Whether a statement the source gives to `actual` may be said to be by `self`.

        When either side names nobody the tool can identify, it has no say: compatible. A
        joint subject ("the two leaders", "Japan and South Africa") meets a joint clause
        (両首脳は, "the two ministers"); where it names its parties, it also meets a clause by
        one of them, and not one by a third party.
        """
        if self.both and (actual.both or not actual.known):
            return True
        if self.countries and not actual.both:
            # A country speaks through its leaders and ministers ("Japan pledged …" for
            # Takaichi's words): only a speaker the source names with another country
            # («…・カーランド共和国大統領») is someone else.
            named = countries_in(actual.text) | actual.homes
            return not named or bool(named & self.countries)
        if self.both and not (self.persons or self.names):
            return False
        if actual.both or not self.known or not actual.known:
            return True  # one of the two leaders who said it; or nothing to compare
        if self.persons & actual.persons or self.names & actual.names:
            return True
        if any(names_agree(a, b) for a in self.names for b in actual.names):
            return True  # one name in two scripts: Albanese / アルバニージー
        own_words = self.names | self.persons
        if any(word in actual.text.lower() for word in own_words if len(word) > 2):
            return True
        if _written_within(own_words, actual.text) or _written_within(actual.names, self.text):
            # «木原防衛大臣» and «木原大臣»: one surname, with and without the office's name.
            return True
        # Two names the termbase does not know, written in different scripts (Carney,
        # カーニー): the tool cannot link them, so it cannot say they are different people.
        return (
            not self.persons
            and not actual.persons
            and bool(self.names and actual.names)
            and {script_of(n) for n in self.names}.isdisjoint(script_of(n) for n in actual.names)
        )


def _written_within(words: frozenset[str], text: str) -> bool:
    """Whether a speaker as written holds one of the names, in a script written without
    spaces (a kanji surname, often two characters: 木原, 赤沢), as whole words of it by its
    language's analyser: 木原 is a word of «木原防衛大臣», but 小野 is no word of «小野寺大臣»,
    another surname."""
    from factcheck.languages import every_language, written_unspaced

    found = [w for w in words if len(w) >= 2 and script_of(w) != "latin" and w in text]
    if not found:
        return False
    for module in every_language():
        if not written_unspaced(module.code):
            continue
        tokens = module.tokens(text)
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        for word in found:
            at = text.find(word)
            while at >= 0:
                if at in starts and at + len(word) in ends:
                    return True
                at = text.find(word, at + 1)
    return False


def script_of(word: str) -> str:
    """ "latin" or "other": names can only be compared letter by letter within one script."""
    letters = unicodedata.normalize("NFKD", word)  # Álvarez: A and a combining accent
    latin = all(ch.isascii() or unicodedata.combining(ch) or ch in "’'-" for ch in letters)
    return "latin" if latin else "other"


def is_name(hit: TermHit) -> bool:
    return hit.entry.kind is EntryKind.NAME
