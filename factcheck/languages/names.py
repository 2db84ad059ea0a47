"""Names across scripts: a katakana or kanji name meets its Latin spelling through its reading.

アルバニージー is romanised (jaconv, Hepburn) to "arubaniji" and compared with "Albanese"
after both are reduced to what Japanese pronunciation keeps: l and r are one sound, v is b,
doubled letters are one, and the vowel katakana adds after a final consonant is dropped.
A kanji name is read through JMnedict (李在明 has no reading there; 高市 → たかいち).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

from factcheck.languages.jmdict import jmdict
from factcheck.lazy_pattern import lazy_compile

NAME_SIMILARITY = 80.0
"""How close two reduced spellings must be (rapidfuzz ratio, 0–100) to be one name."""
VARIANT_NAME_SIMILARITY = 85.0
"""How close a spelling read in another way (`_READINGS`: a Spanish "j" as /h/, "v" as /w/
…) must be: each other reading is another chance of meeting a different name, so it is held
closer. On 74 pairs of leaders' names of our own listing, mostly Spanish, with the Spanish
readings added: at 80, 1 unmatched and 25 false agreements among the mismatched pairs; at
85, 1 and 21 (without them: 3 and 18)."""

_REDUCTIONS = (
    (lazy_compile(r"(?<=[aeiou])r(?=[^aeiou]|$)"), ""),  # non-rhotic: Starmer → スターマー
    # Latin "kh" writes /x/ (Khurelsukh, Kharkiv), which Japanese writes in its h-row, as it
    # writes /f/ (フ "fu"): the three are one sound to compare.
    (lazy_compile(r"kh"), "h"),
    (lazy_compile(r"ph"), "f"),
    (lazy_compile(r"f"), "h"),
    (lazy_compile(r"th"), "s"),
    (lazy_compile(r"c(?=[eiy])"), "s"),
    (lazy_compile(r"ck|c|q"), "k"),
    (lazy_compile(r"x"), "ks"),
    (lazy_compile(r"l"), "r"),
    (lazy_compile(r"v"), "b"),
    (lazy_compile(r"w"), "u"),
    (lazy_compile(r"sh"), "s"),
    (lazy_compile(r"j|dz|zh"), "z"),
    (lazy_compile(r"ts|tz"), "z"),
    (lazy_compile(r"ch"), "t"),
    (lazy_compile(r"y"), "i"),
    (lazy_compile(r"h"), ""),
    (lazy_compile(r"e"), "i"),
    (lazy_compile(r"o"), "u"),
    (lazy_compile(r"(.)\1+"), r"\1"),
    (lazy_compile(r"(?<=[^aiu])u(?=[^aiu]|$)"), ""),
    (lazy_compile(r"(?<=[^aiu])i$"), ""),
)


def reduce_spelling(latin: str, *, rhotic: bool = False) -> str:
    """A spelling reduced to the sounds Japanese keeps apart, for a fuzzy compare; `rhotic`
    keeps an "r" after a vowel."""
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    for pattern, replacement in _REDUCTIONS[1:] if rhotic else _REDUCTIONS:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=8192)
def romanise(kana: str) -> str:
    """Hepburn romanisation of a katakana (or hiragana) word, long vowels not doubled
    (スターマー → "sutama"); "" if it holds other letters."""
    import jaconv  # MIT; a table, no dictionary to load

    # The parts of a name are set apart by ・ or, inside one part, by ＝ (ナンディ＝ンダイトワ
    # for "Nandi-Ndaitwah").
    kana = _NAME_PARTS.sub(" ", kana)
    if not all("\u3041" <= ch <= "\u30ff" or ch == " " for ch in kana):
        return ""
    latin: str = jaconv.kana2alphabet(jaconv.kata2hira(kana))
    # Hepburn doubles ch as "tch" (ッチ "tchi"), where the table writes "cchi".
    return latin.replace("-", "").replace("cch", "tch").lower()


_NAME_PARTS = lazy_compile("[・＝=゠]")


def readings_of(written: str, reading: str) -> tuple[str, ...]:
    """Latin spellings a Japanese name may stand for: its own reading romanised, and for a
    kanji name the readings and spellings JMnedict gives."""
    spellings: list[str] = []
    if reading:
        spellings.append(romanise(reading))
    dictionary = jmdict()
    spellings.extend(dictionary.name_glosses(written))
    spellings.extend(romanise(r) for r in dictionary.name_readings(written))
    return tuple(dict.fromkeys(s for s in spellings if s))


_READINGS = (
    # A "v" is /v/ (バ, ヴ) in most spellings, /w/ (ウ, ワ) in romanised Thai and
    # Sanskrit-derived names (Charnvirakul, チャーンウィーラクン).
    (re.compile(r"v"), "w"),
    # A "g" before e, i, y is soft in Italian, English, French (Giorgia ジョルジャ); an "i"
    # between it and a vowel only marks that.
    (lazy_compile(r"gi(?=[aou])|g(?=[eiy])"), "j"),
    # "ph" is /p/ + /h/, not /f/, in many transliterations (Ramaphosa, ラマポーザ).
    (re.compile(r"ph"), "p"),
    # Turkish "ğ" is silent, lengthening its vowel (Erdoğan, エルドアン).
    (lazy_compile(r"g\u0306"), ""),
    # Hungarian, Slavic and pinyin "c" is /ts/ (Fico, フィツォ).
    (lazy_compile(r"c(?!h)"), "ts"),
    # Slavic "č" and "ć" are /tʃ/, /tɕ/ (チ), and English copy drops their marks (Vučić,
    # Vucic, ヴチッチ).
    (lazy_compile(r"c[\u030c\u0301]?(?!h)"), "ch"),
    # Spanish "j" is /x/, which Japanese writes in its h-row (José ホセ, Mejía メヒア).
    (lazy_compile(r"j"), "h"),
    # Slavic, German, Dutch and Nordic "j" is /j/, which Japanese writes as イ or in its
    # y-row (Juha ユハ, Sonja ソーニャ, Maja マヤ: see tests/test_name_pairs.py).
    (lazy_compile(r"j"), "y"),
    # Spanish "ll" is /ʝ/ (Vallejo バジェホ, Castillo カスティージョ or カスティーヨ) and
    # "ñ" is /ɲ/ (Peña ペニャ); as a kept "i" before the vowel.
    (lazy_compile(r"ll(?=[aeiou])"), "y"),
    (lazy_compile(r"n\u0303"), "ny"),
)
"""Other ways a Latin spelling may be heard, each tried alone and with the others: a name
is compared in every reading it has."""


_RHOTIC = lazy_compile(r"[aeiou]r[b-df-hj-np-tv-z][aeiouy]")
"""An "r" between a vowel and a syllable of its own (Giorgia, Orpo, Erdoğan): Japanese writes
it (ル) for most languages; a final "r" (Starmer, Peters) is left to the non-rhotic rule."""


def latin_readings(latin: str) -> tuple[str, ...]:
    """Every reduced reading of a Latin spelling (see `_readings`)."""
    return tuple(reading for reading, _ in _readings(latin))


@functools.lru_cache(maxsize=8192)
def _readings(latin: str) -> tuple[tuple[str, bool], ...]:
    """A Latin spelling reduced (`reduce_spelling`) in each way Japanese may hear it
    (`_READINGS`); and with its "r" kept after a vowel, which `reduce_spelling` drops for a
    non-rhotic English name (Starmer, スターマー) but Japanese writes for most other languages
    (Giorgia, ジョルジャ; Orpo, オルポ: see `_RHOTIC`). Each reading says whether it is the
    spelling as written (True) or another way of hearing it, held closer
    (`VARIANT_NAME_SIMILARITY`)."""
    spellings = {unicodedata.normalize("NFD", latin.lower())}
    for pattern, replacement in _READINGS:
        spellings |= {pattern.sub(replacement, s) for s in spellings if pattern.search(s)}
    plain = unicodedata.normalize("NFD", latin.lower())
    readings: dict[str, bool] = {}
    for spelling in sorted(spellings, key=lambda s: s != plain):
        reduced = [reduce_spelling(spelling)]
        if _RHOTIC.search(spelling):
            reduced.append(reduce_spelling(spelling, rhotic=True))
        for reading in reduced:
            if reading:
                readings.setdefault(reading, spelling == plain)
    return tuple(readings.items())


def same_name(latin: str, spellings: tuple[str, ...]) -> bool:
    """Whether a Latin-script name is one of these spellings (each word compared whole)."""
    wanted = _readings(latin)
    if not wanted:
        return False
    for spelling in spellings:
        for part in re.split(r"[\s,()\"]+", spelling):
            reduced = reduce_spelling(part)
            if reduced and any(
                _similar(reading, reduced, plain=plain) for reading, plain in wanted
            ):
                return True
    return False


def _similar(a: str, b: str, *, plain: bool) -> bool:
    """Whether two reduced spellings are close enough to be one name; short ones must agree
    exactly (below 3 letters, or below 4 for another way of hearing a spelling, where one
    letter more or less is a quarter of the name: "mak" is no "maks")."""
    if min(len(a), len(b)) < (3 if plain else 4):
        return a == b
    return fuzz.ratio(a, b) >= (NAME_SIMILARITY if plain else VARIANT_NAME_SIMILARITY)


def _is_latin(name: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in name)


@functools.lru_cache(maxsize=8192)
def spellings_of(name: str) -> tuple[str, ...]:
    """Latin spellings of a name written in any script (itself when it is Latin already)."""
    if _is_latin(name):
        return (name,)
    kana = all("\u3041" <= ch <= "\u30ff" or _NAME_PARTS.match(ch) for ch in name)
    return readings_of(name, name if kana else "")


def names_agree(a: str, b: str) -> bool:
    """Whether two written names may be the same person: equal, one inside the other
    (Lee / Lee Jae-myung), or, across scripts, through the reading (Albanese / アルバニージー).

    Across scripts an inflected form of an English word ("thanked", "visited") is no name:
    it would otherwise meet whatever katakana name sounds like it (サンチェス). Callers may
    lower-case names, so the case of the word says nothing here."""
    x, y = a.lower(), b.lower()
    if x == y or (len(x) > 2 and x in y) or (len(y) > 2 and y in x):
        return True
    if _is_latin(a) == _is_latin(b):
        return False
    latin, other = (a, b) if _is_latin(a) else (b, a)
    parts = [p for p in re.split(r"[\s\-\u2010]+", latin) if p and not _word_form(p)]
    # A double-barrelled name ("Lopez-Amaro") may be written in katakana as one word, with
    # neither ・ nor ＝ between its parts: its parts are then compared joined too.
    parts += [
        "".join(joined)
        for word in latin.split()
        if len(joined := [p for p in re.split(r"[\-\u2010]+", word) if p]) > 1
    ]
    if any(same_name(part, spellings_of(other)) for part in parts):
        return True
    return any(same_skeleton(part, word) for part in parts for word in _kana_words(other))


@functools.lru_cache(maxsize=8192)
def _kana_words(name: str) -> tuple[str, ...]:
    """The romanised words of a name written in kana; none for any other name."""
    if not all("\u3041" <= ch <= "\u30ff" or _NAME_PARTS.match(ch) for ch in name):
        return ()
    return tuple(romanise(name).split())


SKELETON_CONSONANTS = 3
"""How many consonants two spellings must share, in order and alone, for their consonant
skeletons to make one name (`same_skeleton`): with two, too many short names meet."""

_VOWELS = lazy_compile("[aeiou]")
_KEPT_VOWELS = lazy_compile(r"(?<![td])o|(?<!ch)(?<!sh)(?<!j)i|a|e")
"""The vowels of a romanised katakana word that no consonant needs: katakana writes a
consonant with a vowel after it, u after most (ブ, ク, ス), o after t and d (ト, ド), i after
ch, sh, j (チ, シ, ジ), so those may stand for nothing in the Latin spelling."""


def same_skeleton(latin: str, kana_reading: str) -> bool:
    """Whether a Latin spelling and a romanised katakana word (`romanise`) may be one name
    though a vowel sound of the one is not the other's: their consonants as Japanese keeps
    them (`reduce_spelling`, with or without an "r" after a vowel: `_readings`) agree one
    for one, at least `SKELETON_CONSONANTS` of them; both begin alike; and every vowel the
    katakana word writes for itself (`_KEPT_VOWELS`) is heard in the Latin spelling, in
    order (e and i, o and u are one, as in `reduce_spelling`; a "y" after a vowel is i).
    A diphthong katakana writes as one vowel (Corday, コルデー), which the fuzzy compare
    weighs too much in a short name, meets here; a name with the same consonants and a
    vowel the Latin spelling lacks (Tolbay, タルボ) does not. On the katakana and Latin
    words of the dev pages (about 235,000 pairs) this adds 4 agreements to about 700."""
    kana = _kana_skeleton(kana_reading)
    if kana is None:
        return False
    skeleton, opening, wanted = kana
    heard, shapes = _latin_skeletons(latin)
    # A vowel that opens one name opens the other (Otolbay is no トルベ).
    if (skeleton, opening) not in shapes:
        return False
    vowels = iter(heard)
    return all(vowel in vowels for vowel in wanted)


@functools.lru_cache(maxsize=8192)
def _kana_skeleton(kana_reading: str) -> tuple[str, str, str] | None:
    """A romanised katakana word's consonants, first letter and own vowels (`same_skeleton`);
    None below `SKELETON_CONSONANTS` consonants."""
    reduced = reduce_spelling(kana_reading)
    skeleton = _VOWELS.sub("", reduced)
    if len(skeleton) < SKELETON_CONSONANTS:
        return None
    return skeleton, reduced[0], _vowel_classes("".join(_KEPT_VOWELS.findall(kana_reading)))


@functools.lru_cache(maxsize=8192)
def _latin_skeletons(latin: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """A Latin spelling's vowels as heard, and the consonants and first letter of each of
    its readings as written (`same_skeleton`)."""
    spelled = re.sub("(?<=[aeiou])y", "i", unicodedata.normalize("NFKD", latin.lower()))
    shapes = frozenset(
        (_VOWELS.sub("", reading), reading[0]) for reading, plain in _readings(latin) if plain
    )
    return _vowel_classes(spelled), shapes


def _vowel_classes(text: str) -> str:
    return "".join({"e": "i", "o": "u"}.get(ch, ch) for ch in text if ch in "aeiou")


def _word_form(word: str) -> bool:
    """Whether the English dictionary knows this word only lower-cased, as an inflected form
    of another (thanked → thank): a verb or a plural, not a name. A name that is also a word
    is kept (Tusk, Xi, Macron, Penny: their lemma is themselves)."""
    from factcheck.languages import en_lemmas
    from factcheck.languages.en import lemma_of

    lowered = word.lower()
    return (
        lemma_of(lowered) != lowered
        and en_lemmas.known(lowered)
        and not en_lemmas.known(lowered.capitalize())
    )
