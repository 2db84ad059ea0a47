"""English words: tokens by a regular expression (`_WORD`), lemmas from simplemma's
dictionary (tabled in the user's cache on first use, see en_lemmas) and how rare a word is
in general use (wordfreq's English list).

Takes an English word as written and gives its lemma (`lemma_of`), its lemma and class in a
text (`_word`) and its rarity (`rarity_of`, `written_rarity_of`); `factcheck.languages.en`
reads texts with them, and `factcheck.languages.en_lexicon` links their lemmas to others.
"""

from __future__ import annotations

import functools
import math
import re

from factcheck.cache_table import cache_table
from factcheck.languages import en_lemmas
from factcheck.languages.interface import WordClass
from factcheck.languages.word_frequency import rarity_from_zipf, zipf_table
from factcheck.thresholds import RARITY_RANGE

_WORD = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ɏ'’]*(?=-[A-ZÀ-ÖØ-Þ])"
    r"|(?:[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*[A-Za-zÀ-ɏ]|[A-Za-z])(?:(?<=[A-Z])[0-9]+)?"
)
"""A word; a hyphen joins its parts ("disaster-preparedness", "Jae-myung") unless both
sides are capitalised: "Osaka-Kansai", "Japan-Türkiye" name two things, each a word of its
own (another language writes them apart: 大阪・関西). Digits right after a capital letter
belong to the word: "G7", "PALM11", "COP30" name one thing (the number finder leaves such
digits alone), written so in a Japanese readout too (ja_morphology.py joins them the same way)."""
_WORD_OR_BREAK = re.compile(f"{_WORD.pattern}|\0")
"""A word, or the NUL `English.plain_words_each` puts between texts."""

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up upon
    was we were what when where which while who whom why will with would you your yours
    yourself said says say told tell according ms mr mrs dr new two its also well said
    reportedly is said to have been considered expected reported become becoming became
    history context time took take taking make made continue continued way part
    bring brought give gave get got put keep kept commitment commit share shared
    spoke speak speaking talked talk held hold met noted stated told added
    inform convey stress emphasise emphasize express state mention remark explain underline
    highlight describe recall note add comment reply answer announce issue affirm reaffirm agree
    news press conference statement remarks readout reporter journalist""".split()
)
"""Function words; light verbs (take, make, bring, give, keep), which carry no checkable
content of their own; the verbs of reporting and the framing any readout carries ("reaffirmed
their shared commitment to continue"); and the words that name a setting (the setting is
checked on its own, see check_attribution)."""


@functools.lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The dictionary form of an English word, lower-cased ("deepened" → "deepen"):
    simplemma's lemma, read from its dictionary tabled in the cache (see en_lemmas); but
    where that lemma is a word no frequency list knows though the word itself is common (a
    broken entry: "thanked" → "thanke"), WordNet's base form of it (`_base_form`: "thank")."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    lemma = en_lemmas.lemma(word).lower()
    if lemma != word and word.isalpha() and _unheard_of(lemma) and not _unheard_of(word):
        return _base_form(word) or lemma
    return lemma


def written_rarity_of(lemma: str, surface: str) -> float:
    """How rare a claim word is: its lemma's rarity (`rarity_of`), unless its lemma is the
    base form WordNet gave where simplemma's dictionary had a broken entry (`_base_form`):
    then the form as written ("thanked"), which is as common as the claim's wording is,
    where the bare form's frequency stands for other uses ("thank you")."""
    word = surface.lower().replace("’", "'").removesuffix("'s")
    if word != lemma and word.isalpha() and en_lemmas.lemma(word).lower() != lemma:
        return rarity_of(word)
    return rarity_of(lemma)


def _unheard_of(word: str) -> bool:
    """Whether general frequency data lacks a word (its rarity is the highest there is)."""
    return rarity_of(word) >= RARITY_RANGE[1]


def _base_form(word: str) -> str | None:
    """The base form WordNet gives an inflected word (`WordNet.base_forms`), the commonest
    where it gives several; None when WordNet gives none or cannot be read.

    Asked only where simplemma's lemma is a word no frequency list knows though the form
    itself is common: its dictionary carries a few broken entries ("thanked" → "thanke",
    "growing" → "growe", "travelling" → "travell"), which would make a common verb weigh as
    the rarest word of its claim and find none of its WordNet or JMdict links."""
    from factcheck.languages.wordnet import wordnet

    try:
        found = wordnet().base_forms(word)
    except (LookupError, OSError):
        return None
    known = [form for form in found if not _unheard_of(form)]
    return min(known, key=rarity_of) if known else None


@functools.lru_cache(maxsize=65536)
def _word(surface: str, first: bool) -> tuple[str, WordClass]:
    """A word's lemma and class (cached: a corpus repeats its words)."""
    lowered = surface.lower()
    if surface[-1].isdigit():  # "G7", "PALM11": a name with its number (`_WORD`)
        return lowered, WordClass.PROPER_NOUN
    if lowered in STOP_WORDS or len(lowered) < 3:
        return lowered, WordClass.FUNCTION
    lemma = lemma_of(surface)
    if lemma in STOP_WORDS:
        return lemma, WordClass.FUNCTION
    if surface[0].isupper() and (not first or _name_at_start(lowered)):
        return lemma, WordClass.PROPER_NOUN
    if _particle_and_name(surface):
        return lowered, WordClass.PROPER_NOUN
    return lemma, WordClass.NOUN


def _particle_and_name(surface: str) -> bool:
    """Whether a word is a name written after a lower-case particle and a hyphen ("al-Sudani",
    "el-Sisi"): the part after the hyphen is capitalised and the dictionary lacks it
    lower-cased, as `_name_at_start` asks ("pro-European", "mid-October" are words)."""
    particle, hyphen, name = surface.partition("-")
    return (
        bool(hyphen)
        and particle.isalpha()
        and particle.islower()
        and name[:1].isupper()
        and _name_at_start(name.lower())
    )


def _name_at_start(lowered: str) -> bool:
    """Whether a capitalised word that opens a sentence (capitalised anyway) is a name: the
    dictionary lacks its lower-cased form ("carney", "osaka"; not "today", "tariffs",
    "semiconductors"). A name that is also a word ("Trump", "Lee") is left to the termbase."""
    parts = [part for part in re.split(r"[-'’]", lowered) if part]
    return not all(en_lemmas.known(part) for part in parts)


def _zipf_table() -> dict[str, float]:
    """wordfreq's small English list as word → Zipf frequency."""
    return zipf_table("en")


def zipf_of(word: str) -> float:
    """A word's Zipf frequency in wordfreq's general English list; 0.0 when it lacks it."""
    return _zipf_table().get(word, 0.0)


@functools.lru_cache(maxsize=65536)
def rarity_of(lemma: str) -> float:
    """A word's rarity factor from wordfreq's general English frequencies; kept between runs
    (`factcheck.cache_table`), so a run whose words were all met before never loads the
    frequency list."""
    table = cache_table("rarity-en")
    known = table.get(lemma) if table is not None else None
    low, high = RARITY_RANGE
    if isinstance(known, float | int) and not isinstance(known, bool) and low <= known <= high:
        return float(known)
    found = _rarity_of(lemma)
    if table is not None:
        table.put(lemma, found)
    return found


def _rarity_of(lemma: str) -> float:
    table = _zipf_table()
    zipf = table.get(lemma, 0.0)
    parts = [part for part in re.split(r"[-']", lemma) if part]
    if not zipf and len(parts) > 1 and all(part in table for part in parts):
        # As wordfreq does for a phrase: its frequency is the harmonic sum of its parts'.
        zipf = math.log10(1 / sum(10 ** (9 - table[part]) for part in parts)) + 9
    return rarity_from_zipf(zipf)


SPEECH_VERBS = (
    *("said", "says", "stated", "told", "noted", "expressed", "emphasised", "emphasized"),
    *("stressed", "explained", "affirmed", "reaffirmed", "described", "spoke", "asked"),
    *("proposed", "praised", "called", "added", "recalled", "insisted", "congratulated"),
    *("welcomed", "thanked", "agreed", "confirmed", "announced", "requested", "invited"),
    *("conveyed", "underlined", "highlighted", "shared", "pledged", "urged", "offered"),
    "raised",
)
"""The verbs a report introduces what someone said with ("President Trump said …"): who
speaks (`en.SPEECH`), and a clause they report, which keeps its own polarity
(`en_predicates`)."""


DETERMINERS = frozenset("a an the this these those its their his her our your my".split())
"""The determiners and possessives that open a noun phrase: a verb's -ing or -ed form after
one is a word of that phrase ("the promised loan", `en_predicates.english_verb_at`)."""
PREPOSITIONS = frozenset(
    "of for with by on in at from about under into over after before without".split()
)
"""Prepositions after which a verb's form may head a noun phrase ("about offering") or
modify its noun ("on soaring prices")."""
NOT_BEFORE_PREDICATE = DETERMINERS | PREPOSITIONS | frozenset({"that", "to", "as", "than"})
"""Words after which a verb's past or -ing form is no predicate of a clause but a word of a
noun phrase ("the promised loan", "under the specified visa", "about offering", "on soaring
prices"): not a verb of commitment reporting what someone said (`English.commits`); a
determiner among them, or a preposition before an adjective and its noun, makes one no act
of the claim either (`en_predicates.english_verb_at`)."""
ADDRESS_POSSESSIVES = frozenset("your his her their".split())
"""The possessives that open an English form of address ("Your Excellency", "his
Highness"), as a dictionary glosses one (ja `_addresses`)."""
