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
    for code, name in english.items():
        if not _COUNTRY_CODE.fullmatch(code) or code in _NOT_COUNTRIES:
            continue
        forms = {name}
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
