"""Countries' names in English and Japanese, and the English words for their people and
language, from general data: CLDR's territory names (through Babel) and JMdict's glosses of
the Japanese name, of its person noun (X人) and of its language noun (X語).

"Türkiye" (CLDR) and "Turkey" (JMdict トルコ), "Thailand" and "Thai" (タイ人), "Spain" and
"Spanish" (スペイン語) are then one country: a claim that says "Turkish" meets a readout that
writes "Türkiye" or トルコ. No name is written here by hand.

Built on first use (Babel's CLDR data and a few hundred JMdict look-ups, about a second) and
kept between runs in the user's cache folder (`factcheck.cache_table`), checked on reading.
"""

from __future__ import annotations

import functools
import re

__all__ = ["country_forms"]

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
"""CLDR's two-letter codes that are no country: unions, pseudo-locales, the unknown region."""
_SUFFIXES = ("", "人", "語")
"""The Japanese name itself, its person noun, its language noun."""
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish")
"""How English derives a country's adjective from its name (Kenya-n, Chile-an, Brazil-ian,
Japan-ese, Pakistan-i, Luxembourg-ish), the name's final vowel dropped or kept (Mexic-an,
Chin-ese, Indi-an)."""
_LINKED_ENDINGS = ("ian", "ese")
"""Endings English joins to a name ending in a vowel through a consonant (Peru-v-ian,
Togo-l-ese)."""
_CONSONANTS = "bcdfghjklmnpqrstvwxz"


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    """Each lower-cased English form → every form of that country (English and Japanese)."""
    from factcheck.cache_table import cache_table

    table = cache_table("countries")
    kept = table.get("table") if table is not None else None
    if isinstance(kept, dict) and all(
        isinstance(forms, list) and all(isinstance(f, str) for f in forms)
        for forms in kept.values()
    ):
        return {str(key): frozenset(forms) for key, forms in kept.items()}
    built = _build()
    if table is not None:
        table.put("table", {key: sorted(forms) for key, forms in built.items()})
    return built


def _build() -> dict[str, frozenset[str]]:
    from babel import Locale

    from factcheck.languages.jmdict import jmdict

    english = Locale("en").territories
    japanese = Locale("ja").territories
    out: dict[str, frozenset[str]] = {}
    adjectives = _adjectives(
        {
            name
            for code, name in english.items()
            if _COUNTRY_CODE.fullmatch(code) and code not in _NOT_COUNTRIES
        }
    )
    for code, name in english.items():
        if not _COUNTRY_CODE.fullmatch(code) or code in _NOT_COUNTRIES:
            continue
        forms = {name, *adjectives.get(name, ())}
        written = japanese.get(code)
        if written:
            forms.add(written)
            for suffix in _SUFFIXES:
                for sense in jmdict().senses(written + suffix):
                    forms.update(_proper_glosses(sense.glosses))
        frozen = frozenset(forms)
        for form in frozen:
            if form.isascii() or form[0].isupper():
                out.setdefault(form.lower(), frozen)
    return out


def _adjectives(names: set[str]) -> dict[str, set[str]]:
    """Each one-word country name → the adjectives English derives from it
    (`_ADJECTIVE_ENDINGS`) that the English dictionary knows (Peru → Peruvian, Chile →
    Chilean): JMdict glosses only some person nouns (ブラジル人 "Brazilian person", no
    ペルー人). A word two names may derive is the one that keeps more of its name (Nigerian:
    Nigeria, not Niger; Maltese: Malta, not Mali); a tie is nobody's."""
    from factcheck.languages import en_lemmas

    claims: dict[str, dict[str, int]] = {}
    for name in names:
        if not name.isalpha():
            continue  # "South Africa", "Côte d’Ivoire": no one-word derivation
        candidates = [(name, ending) for ending in _ADJECTIVE_ENDINGS]
        if name[-1] in "aeiouy":
            candidates += [(name[:-1], ending) for ending in _ADJECTIVE_ENDINGS]
            candidates += [
                (name + link, ending) for link in _CONSONANTS for ending in _LINKED_ENDINGS
            ]
        for stem, ending in candidates:
            word = stem + ending
            if word != name and en_lemmas.known(word):
                kept = min(len(stem), len(name))
                held = claims.setdefault(word, {})
                held[name] = max(held.get(name, 0), kept)
    out: dict[str, set[str]] = {}
    for word, held in claims.items():
        best = max(held.values())
        winners = [name for name, kept in held.items() if kept == best]
        if len(winners) == 1:
            out.setdefault(winners[0], set()).add(word)
    return out


def _proper_glosses(glosses: tuple[str, ...]) -> set[str]:
    """The glosses that are a proper name of one word ("Thai", "Turkey"), not a description
    ("person from Thailand") or a common word of the same spelling ("tie", "turquoise")."""
    out = set()
    for gloss in glosses:
        bare = _PARENTHESES.sub("", gloss).strip()
        if bare and bare[0].isupper() and " " not in bare and bare.replace("-", "").isalpha():
            out.add(bare)
    return out


def country_forms(word: str) -> frozenset[str]:
    """Every name of the country a word names or whose people or language it names
    ("Turkish" → Türkiye, Turkey, トルコ, Turk, Turkish); empty for any other word."""
    return _table().get(word.lower(), frozenset())
