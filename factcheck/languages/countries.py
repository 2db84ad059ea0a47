"""Countries' names in English and Japanese, and the English words for their people and
language, from general data: CLDR's territory names (through Babel) and JMdict's glosses of
the Japanese name, of its person noun (X人) and of its language noun (X語).

"Türkiye" (CLDR) and "Turkey" (JMdict トルコ), "Thailand" and "Thai" (タイ人), "Spain" and
"Spanish" (スペイン語) are then one country: a claim that says "Turkish" meets a readout that
writes "Türkiye" or トルコ. No name is written here by hand.

Built on first use and kept between runs in the user's cache folder (`factcheck.cache_table`),
checked on reading. The part that comes from CLDR and simplemma alone (`cldr_part`: each
country's English and Japanese name and the adjectives derived from it) is built into the
wheel by `hatch_build.py`, keyed by the hash of its inputs (`cldr_key`), so the first run
after install loads no Babel locale data; only the JMdict look-ups (JMdict is CC BY-SA and
is not built into the wheel) are made then. An editable install, or other Babel or simplemma
files than the build's, builds that part at run time, with the same result.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "capital_country_forms",
    "countries_in",
    "countries_named",
    "country_forms",
    "country_name",
    "country_pattern",
    "every_country_form",
    "glossed_country",
    "is_place",
    "place_country",
    "unowned",
]

log = logging.getLogger(__name__)

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
"""CLDR's two-letter codes that are no country: unions, pseudo-locales, the unknown region."""
_SUFFIXES = ("", "人", "語")
"""The Japanese name itself, its person noun, its language noun."""
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish")
"""How English derives a country's adjective from its name (Kenya-n, Chile-an, Brazil-ian,
Japan-ese, Pakistan-i, Luxembourg-ish), the name's final vowel dropped or kept (Mexic-an,
Chin-ese, Indi-an). No ending is listed that would add a single country's adjective: such an
ending is a word list for one case ("-in" gives only "Montenegrin", which WordNet 3.0 lacks)."""
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


CLDR_FORMAT = 1
"""Version of `cldr_part`'s layout; part of its key."""
_BABEL_SOURCES = ("locale-data/root.dat", "locale-data/en.dat", "locale-data/ja.dat", "core.py")
"""Babel's files that decide the English and Japanese territory names."""


def cldr_key(lemma_key: str) -> str | None:
    """The hash of `cldr_part`'s inputs: this module, Babel's English and Japanese locale data
    and the English lemma table's key (`lemma_table.source_key`); None without Babel."""
    spec = importlib.util.find_spec("babel")  # finds, does not import
    if spec is None or spec.origin is None:
        return None
    babel = Path(spec.origin).parent
    digest = hashlib.sha256(f"{CLDR_FORMAT}\0{lemma_key}\0".encode())
    digest.update(Path(__file__).read_bytes())
    for name in _BABEL_SOURCES:
        digest.update(b"\0" + (babel / name).read_bytes())
    return digest.hexdigest()


def cldr_file_name(key: str) -> str:
    """The file name of a built `cldr_part` for inputs of this key."""
    return f"countries-cldr-{key[:32]}.json"


def cldr_part(known: Callable[[str], bool]) -> dict[str, Any]:
    """What the country table takes from CLDR (through Babel) and simplemma alone: each
    country's code, English name and Japanese name (or ""), in CLDR's order, and the
    adjectives English derives from the one-word names (`_adjectives`, `known` telling which
    words simplemma's dictionary holds). Plain JSON data."""
    from babel import Locale

    english = Locale("en").territories
    japanese = Locale("ja").territories
    countries = [
        [code, name, japanese.get(code) or ""]
        for code, name in english.items()
        if _COUNTRY_CODE.fullmatch(code) and code not in _NOT_COUNTRIES
    ]
    adjectives = _adjectives({name for _, name, _ in countries}, known)
    return {
        "countries": countries,
        "adjectives": {name: sorted(words) for name, words in adjectives.items()},
    }


def _shipped_cldr_part() -> dict[str, Any] | None:
    """The wheel's `cldr_part`, when it was built from the installed Babel and simplemma."""
    from factcheck.languages import en_lemmas, lemma_table

    source = lemma_table.simplemma_dir()
    try:
        key = cldr_key(lemma_table.source_key(source)) if source is not None else None
    except OSError as error:
        log.debug("cannot hash the country table's inputs: %s", error)
        return None
    if key is None:
        return None
    try:
        path = en_lemmas.shipped_folder() / cldr_file_name(key)
        part = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return part if _well_formed(part) else None


def _well_formed(part: object) -> bool:
    if not isinstance(part, dict):
        return False
    countries, adjectives = part.get("countries"), part.get("adjectives")
    return (
        isinstance(countries, list)
        and all(
            isinstance(row, list) and len(row) == 3 and all(isinstance(f, str) for f in row)
            for row in countries
        )
        and isinstance(adjectives, dict)
        and all(
            isinstance(words, list) and all(isinstance(w, str) for w in words)
            for words in adjectives.values()
        )
    )


def _build(part: dict[str, Any] | None = None) -> dict[str, frozenset[str]]:
    from factcheck.languages import en_lemmas
    from factcheck.languages.jmdict import jmdict

    if part is None:
        part = _shipped_cldr_part() or cldr_part(en_lemmas.known)
    adjectives: dict[str, list[str]] = part["adjectives"]
    every: list[set[str]] = []
    for _code, name, written in part["countries"]:
        forms = {name, *adjectives.get(name, ())}
        if written:
            forms.add(written)
            for suffix in _SUFFIXES:
                for sense in jmdict().senses(written + suffix):
                    forms.update(_proper_glosses(sense.glosses))
        every.append(forms)
    out: dict[str, frozenset[str]] = {}
    for forms in every:
        frozen = frozenset(forms)
        for form in frozen:
            if form.isascii() or form[0].isupper():
                out.setdefault(form.lower(), frozen)
    return out


def _adjectives(names: set[str], known: Callable[[str], bool]) -> dict[str, set[str]]:
    """Each one-word country name → the adjectives English derives from it
    (`_ADJECTIVE_ENDINGS`) that the English dictionary knows (Peru → Peruvian, Chile →
    Chilean): JMdict glosses only some person nouns (ブラジル人 "Brazilian person", no
    ペルー人). A word two names may derive is the one that keeps more of its name (Nigerian:
    Nigeria, not Niger; Maltese: Malta, not Mali); a tie is nobody's. `known` is
    `en_lemmas.known`, or the same look-up in the table a wheel build has just written."""
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
            if word != name and known(word):
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


@functools.cache
def every_country_form() -> frozenset[str]:
    """Every form of every country the table holds, English and Japanese."""
    return frozenset(form for forms in _table().values() for form in forms)


def country_forms(word: str) -> frozenset[str]:
    """Every name of the country a word names or whose people or language it names
    ("Turkish" → Türkiye, Turkey, トルコ, Turk, Turkish; through WordNet, "British" → the
    United Kingdom, "Costa Rican" → Costa Rica: `_wordnet_forms`), or owns something
    ("Britain's"); empty for any other word."""
    word = unowned(word)
    found = _table().get(word.lower())
    if found is not None:
        return found
    if not word[:1].isupper():
        return frozenset()
    return _wordnet_forms(word)


@functools.lru_cache(maxsize=4096)
def _wordnet_forms(word: str) -> frozenset[str]:
    """The country a capitalised word the table lacks names in WordNet (`wordnet_country`),
    with the table's forms of it and the word; kept between runs in the cache folder
    (`countries-wordnet`), so a warm run opens no WordNet file for it."""
    from factcheck.cache_table import cache_table

    table = cache_table("countries-wordnet")
    kept = table.get(word) if table is not None else None
    if isinstance(kept, list) and all(isinstance(form, str) for form in kept):
        return frozenset(kept)
    found = _wordnet_country(word)
    if table is not None:
        table.put(word, sorted(found))
    return found


def _wordnet_country(word: str) -> frozenset[str]:
    from factcheck.languages.wordnet import wordnet

    try:
        names = wordnet().country_names(word)
    except (LookupError, OSError):
        return frozenset()
    forms = _one_country(names)
    return frozenset({*forms, word}) if forms else frozenset()


def _one_country(names: Iterable[str]) -> frozenset[str]:
    """Every form of the one country of the table that WordNet's `names` name; empty when
    they name none the table knows, or two (Congolese: either Congo)."""
    countries = {_table().get(name.lower()) for name in names} - {None}
    if len(countries) != 1:
        return frozenset()
    (forms,) = countries
    return forms or frozenset()


@functools.lru_cache(maxsize=4096)
def capital_country_forms(name: str) -> frozenset[str]:
    """Every name of the country whose national capital a name is, through WordNet ("La
    Paz" → Bolivia, ボリビア …; "Tokyo" → Japan, 日本 …): a capital standing for its
    government ("La Paz wants …") is that country's; empty for any other name."""
    if not name[:1].isupper():
        return frozenset()
    from factcheck.languages.wordnet import wordnet

    try:
        names = wordnet().capital_of(name)
    except (LookupError, OSError):
        return frozenset()
    return _one_country(names)


@functools.cache
def country_pattern() -> re.Pattern[str]:
    forms = sorted(every_country_form(), key=len, reverse=True)
    return re.compile(
        "|".join(
            rf"(?<![\w]){re.escape(f)}(?![\w])" if f.isascii() else re.escape(f) for f in forms
        ),
        re.IGNORECASE,
    )


def countries_in(text: str) -> frozenset[str]:
    """Every form (lower-cased) of the countries a text names."""
    found: set[str] = set()
    for match in country_pattern().finditer(text):
        found |= {f.lower() for f in country_forms(match.group(0))} | {match.group(0).lower()}
    return frozenset(found)


_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


_LONGEST_COUNTRY = 6
"""The most words a country's English form has ("Saint Vincent and the Grenadines")."""


@functools.lru_cache(maxsize=4096)
def countries_named(text: str) -> frozenset[str]:
    """`countries_in` for a short text such as a claim's speaker, by looking its runs of
    words up (and, in another script, its country names), without the pattern of every
    form: a claim's speaker is read for every claim, and that pattern is slow to build. Kept
    per text: a source's lead is read for every claim too (`check_visit.check_venue`)."""
    words = [unowned(w.lower()).rstrip(".") for w in _WORD.findall(text)]
    found: set[str] = set()
    for size in range(1, _LONGEST_COUNTRY + 1):
        for at in range(len(words) - size + 1):
            key = " ".join(words[at : at + size])
            forms = country_forms(key)
            if forms:
                found |= {f.lower() for f in forms} | {key}
    if not text.isascii():
        for form, forms in _other_script_forms().items():
            if form in text:
                found |= {f.lower() for f in forms}
    return frozenset(found)


@functools.cache
def _other_script_forms() -> dict[str, frozenset[str]]:
    """Each country form not in Latin letters (ジャマイカ) → every form of its country."""
    found: dict[str, frozenset[str]] = {}
    for form in every_country_form():
        if form.isascii():
            forms = country_forms(form)
            found.update((other, forms) for other in forms if not other.isascii())
    return found


def unowned(word: str) -> str:
    """A word without its possessive ending ("montenegro's" → "montenegro")."""
    return word.removesuffix("'s").removesuffix("’s")


@functools.cache
def _cldr_names() -> frozenset[str]:
    """CLDR's English names of the countries (the wheel's `cldr_part`, else Babel's)."""
    part = _shipped_cldr_part()
    if part is not None:
        return frozenset(name for _, name, _ in part["countries"])
    from babel import Locale

    return frozenset(
        name
        for code, name in Locale("en").territories.items()
        if _COUNTRY_CODE.fullmatch(code) and code not in _NOT_COUNTRIES
    )


def _name_of(forms: frozenset[str]) -> str | None:
    """The one CLDR English name among a country's forms whose own forms are all among them:
    JMdict's glosses may add another country's name to a country's forms (韓国's glosses
    name China), and that name's forms are not all the first country's. None when no name,
    or two, is."""
    names = [
        f
        for f in forms
        if f in _cldr_names() and (own := _table().get(f.lower())) is not None and own <= forms
    ]
    return names[0] if len(names) == 1 else None


def country_name(word: str) -> str | None:
    """The CLDR English name of the one country a form names, in either script ("Finnish",
    フィンランド → "Finland"): a region's one id, however the data writes it."""
    forms = country_forms(word) if word.isascii() else _other_script_forms().get(word)
    return _name_of(forms) if forms else None


def _demonym(word: str, forms: frozenset[str]) -> bool:
    """Whether a word names a country's people or language rather than the country
    ("Georgian", "Japanese"): a form other than the country's CLDR name (the caller's test)
    that ends as English adjectives do (`_ADJECTIVE_ENDINGS` of two letters or more:
    "Finnish", which no ending derives from "Finland"), or that is another form with such an
    ending (Kenya-n; the name's final vowel dropped or kept, or joined through a consonant:
    Peru-v-ian)."""
    word = word.lower()
    if any(word.endswith(ending) for ending in _ADJECTIVE_ENDINGS if len(ending) > 1):
        return True  # "Finnish", which no ending derives from "Finland"
    return any(
        word in (f + ending, f[:-1] + ending)
        or (
            ending in _LINKED_ENDINGS
            and word[: len(f)] == f
            and word.endswith(ending)
            and len(word) == len(f) + 1 + len(ending)
        )
        for f in (form.lower() for form in forms)
        if f != word
        for ending in _ADJECTIVE_ENDINGS
    )


def _unaccented(text: str) -> str:
    """The text without its accents: WordNet writes names without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """Whether a name a text writes as a name is a place's, from general data: a country's
    name (`country_forms`); a Latin name whose commonest WordNet noun sense is filed with the
    locations ("Hiroshima", "Nassau"; not "Haas"); a name in another script that JMnedict
    has as a place's (広島)."""
    if country_forms(name):
        return True
    if name.isascii():
        from factcheck.languages.wordnet import wordnet

        files = wordnet().lexicographer_files(name.lower().replace(" ", "_"), "noun")
        return files[:1] == ("noun.location",)
    from factcheck.languages.jmdict import jmdict

    return jmdict().is_place_name(name)


@functools.lru_cache(maxsize=1024)
def place_country(
    phrase: str, *, people: bool = False, named: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """(the place's name as the phrase writes it, its country's CLDR English name) for a
    place a text names, or None: a Latin phrase that is as a whole a country's name (not its
    people's word, unless ``people``: "the Japanese side") or a name WordNet knows only as a
    national capital (accents dropped; not "Victoria Falls", nor "Tripoli", also a port of
    Lebanon), or a national capital whose country is one of the countries `named` (CLDR
    names, lower-cased) by the text around it ("Georgetown", also a part of Washington, in
    a claim about Guyana's president); in another script, the longest country name that
    ends the phrase («昨年フィンランド» → フィンランド; not ジョージア州, インド太平洋)."""
    if not phrase.isascii() and not phrase[:1].isupper():
        held = [f for f in _other_script_forms() if _ends_phrase(f, phrase)]
        if not held:
            return None
        written = max(held, key=len)
        name = country_name(written)
        return (written, name) if name else None
    head = " ".join(phrase.split())
    forms = country_forms(head)
    name = _name_of(forms) if forms else None
    if name and (people or head == name or not _demonym(head, forms)):
        return head, name
    for written in dict.fromkeys((head, _unaccented(head))):
        capital = capital_country_forms(written)
        name = _name_of(capital) if capital else None
        if name and (_only_capital(written) or name.lower() in named):
            return head, name
    return None


_STATE_SUFFIX = re.compile(r"(?:民主|人民|連邦|社会主義|イスラム|合衆|共和|王|首長|大公|公)*国?")
"""What may follow a country's name in Japanese and still name the country (ラオス人民民主共和国,
ガーナ共和国), not a place within or beside it (ジョージア州, インド太平洋)."""


def _ends_phrase(form: str, phrase: str) -> bool:
    """Whether a country form in another script ends the phrase (but for a state's suffix:
    `_STATE_SUFFIX`) and does not continue a word of its script before it (ニューギニア is no
    ギニア, 訪問中のマリア no マリ)."""
    at = phrase.rfind(form)
    if at < 0 or not _STATE_SUFFIX.fullmatch(phrase[at + len(form) :]):
        return False
    before = phrase[at - 1 : at]
    return not (before and re.match(r"[\u30a1-\u30fa\u30fc・]", before) and form[:1] != "・")


def _only_capital(name: str) -> bool:
    """Whether a name is nothing but a national capital in WordNet (`only_capital`)."""
    from factcheck.languages.wordnet import wordnet

    try:
        return wordnet().only_capital(name)
    except (LookupError, OSError):
        return False


@functools.lru_cache(maxsize=256)
def glossed_country(word: str) -> str | None:
    """The CLDR English name of the country a word's first JMdict sense names (訪日 "visit
    to Japan" → Japan), or None."""
    from factcheck.languages.jmdict import jmdict

    senses = jmdict().senses(word)
    if not senses:
        return None
    named = country_pattern().search("; ".join(senses[0].glosses))
    return country_name(named.group(0)) if named is not None else None
