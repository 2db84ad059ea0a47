"""Names across scripts: a katakana or kanji name meets its Latin spelling through its reading.

アルバニージー is romanised (jaconv, Hepburn) to "arubaniji" and compared with "Albanese"
after both are reduced to what Japanese pronunciation keeps: l and r are one sound, v is b,
doubled letters are one, and the vowel katakana adds after a final consonant is dropped.
A kanji name is read through JMnedict (李在明 has no reading there; 高市 → たかいち), and so
is a place's name the analyser cut and the language joined again (エーゲ海 → "Aegean Sea":
`ja_morphology._place_names`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

from factcheck.languages.countries import unowned
from factcheck.languages.jmdict import jmdict
from factcheck.lazy_pattern import lazy_compile
from factcheck.thresholds import SKELETON_CONSONANTS

NAME_SIMILARITY = 80.0
"""How close two reduced spellings must be (rapidfuzz ratio, 0–100) to be one name."""
VARIANT_NAME_SIMILARITY = 85.0
"""How close a spelling read in another way (`_READINGS`: a Spanish "j" as /h/, "v" as /w/
…) must be: each other reading is another chance of meeting a different name, so it is held
closer. On 74 pairs of leaders' names of our own listing, mostly Spanish, with the Spanish
readings added: at 80, 1 unmatched and 25 false agreements among the mismatched pairs; at
85, 1 and 21 (without them: 3 and 18)."""

_REDUCTIONS = (
    # Non-rhotic: Starmer → スターマー. An "r" before "y" starts a syllable (Gary, リャ "rya").
    (lazy_compile(r"(?<=[aeiou])r(?=[^aeiouy]|$)"), ""),
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
)
_VOWEL_CLASSES = ((lazy_compile(r"e"), "i"), (lazy_compile(r"o"), "u"))
_DOUBLED = (lazy_compile(r"(.)\1+"), r"\1")
_UNWRITTEN_VOWELS = (
    (lazy_compile(r"(?<=[^aiu])u(?=[^aiu]|$)"), ""),
    (lazy_compile(r"(?<=[^aiu])i$"), ""),
)


def reduce_spelling(latin: str, *, rhotic: bool = False, keep_vowels: bool = False) -> str:
    """A spelling reduced to the sounds Japanese keeps apart, for a fuzzy compare; `rhotic`
    keeps an "r" after a vowel; `keep_vowels` reduces the consonants only and leaves every
    vowel as written (for `same_skeleton`, which compares them one consonant at a time)."""
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    steps = _REDUCTIONS[1:] if rhotic else _REDUCTIONS
    if keep_vowels:
        steps = (*steps, _DOUBLED)
    else:
        steps = (*steps, *_VOWEL_CLASSES, _DOUBLED, *_UNWRITTEN_VOWELS)
    for pattern, replacement in steps:
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
    latin: str = jaconv.kana2alphabet(_SMALL_KANA.sub(_small_kana, jaconv.kata2hira(kana)))
    # Hepburn doubles ch as "tch" (ッチ "tchi"), where the table writes "cchi".
    return latin.replace("-", "").replace("cch", "tch").lower()


_NAME_PARTS = lazy_compile("[・＝=゠]")
_SMALL_KANA = lazy_compile("(っ?)([ぁ-ゖ])([ぁぃぅぇぉ]|(?<![きぎしじちぢにひびぴみり])[ゃゅょ])")
"""A kana (and a small っ before it) and the small kana after it that writes its vowel
anew (ジェ, ティ, トゥ, デュ), which the romanisation table reads as two syllables ("jie",
"tei", "tou", "deyu"). A small ゃ, ゅ, ょ after an i-row kana (キャ, シュ, ジョ) is the
table's own, and left to it."""


def _small_kana(match: re.Match[str]) -> str:
    """A kana and the small kana after it as one syllable, in Hepburn (`_SMALL_KANA`): the
    kana's consonant and the small kana's vowel (シェ "she", ツァ "tsa", ティ "ti"); after
    a kana that is a vowel alone, a glide (イェ "ye", ウィ "wi"); a small ゃ, ゅ, ょ after
    a kana of another row keeps its glide (デュ "dyu", フュ "fyu"). A small っ before it
    doubles its consonant (ッチェ "tche")."""
    import jaconv

    syllable: str = jaconv.kana2alphabet(match.group(2))
    small: str = jaconv.kana2alphabet(match.group(3))
    onset = syllable[:-1] if syllable[-1:] in ("a", "i", "u", "e", "o") else syllable
    if not onset:
        onset = {"i": "y", "u": "w"}.get(syllable, "")
    if match.group(1):
        onset = ("t" if onset.startswith("ch") else onset[:1]) + onset
    return onset + small


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
    # "ch" is /ʃ/ in French and Portuguese (Chapo シャポ, Chalon シャロン), and "sch" in German
    # (Hirsch ヒルシュ).
    (lazy_compile(r"s?ch"), "sh"),
    # A final "ng" is /ŋ/, which Japanese writes ン in Chinese and Korean names (Wong ウォン)
    # and ング in English ones (Long ロング, the spelling as written).
    (lazy_compile(r"ng(?![aeiou])"), "n"),
    # Spanish "j" is /x/, which Japanese writes in its h-row (José ホセ, Mejía メヒア).
    (lazy_compile(r"j"), "h"),
    # Slavic, German, Dutch and Nordic "j" is /j/, which Japanese writes as イ or in its
    # y-row (Juha ユハ, Sonja ソーニャ, Maja マヤ: see tests/test_name_pairs.py).
    (lazy_compile(r"j"), "y"),
    # Vietnamese "tr" is /c/ or /ʈ/, which Japanese writes in its ch-row (Trung チュン,
    # Truong チュオン); and its "th" is /tʰ/, a t (Thuong トゥオン), not the English /θ/.
    (lazy_compile(r"^tr"), "ch"),
    (lazy_compile(r"^th"), "t"),
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
        # A spelling JMnedict gives (capitalised: "Mealey" for ミレイ) is one more name the
        # kana may stand for, held as close as another way of hearing (`_similar`).
        romanised = spelling.islower()
        for part in re.split(r"[\s,()\"]+", spelling):
            reduced = reduce_spelling(part)
            if reduced and any(
                _similar(reading, reduced, plain=plain and romanised) for reading, plain in wanted
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
    # A lower-case particle before a capitalised name ("al-Sudani", "el-Sisi") is no part
    # to compare: アル in サーレム・アル・ハキーミー would meet any "al-" name.
    latin = _PARTICLE.sub("", latin)
    # A possessive ending ("Kast's wish") is no part of the name.
    words = [unowned(p) for p in re.split(r"[\s\-\u2010]+", latin) if p]
    formed = {word for word in words if _word_form(word)}
    if any(_glossed_as(word, other) for word in formed):
        # JMnedict spells the other name so (モラレス "Morales", サリナス "Salinas"): a
        # name, though English also has the word as a plural or a verb's form.
        return True
    parts = [p for p in words if p not in formed]
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


_PARTICLE = lazy_compile(r"\b[a-z]+[\-\u2010](?=[A-Z])")


def _glossed_as(word: str, name: str) -> bool:
    """Whether JMnedict gives `word` as a whole word of a spelling of the name `name` (written
    in kana or kanji)."""
    wanted = word.lower()
    return any(
        wanted in re.split(r"[\s,()\"]+", gloss.lower()) for gloss in jmdict().name_glosses(name)
    )


@functools.lru_cache(maxsize=8192)
def _kana_words(name: str) -> tuple[str, ...]:
    """The romanised words of a name written in kana; none for any other name."""
    if not all("\u3041" <= ch <= "\u30ff" or _NAME_PARTS.match(ch) for ch in name):
        return ()
    return tuple(romanise(name).split())


_MORA = lazy_compile(r"([^aeiou]*)([aeiou])|[^aeiou]+$")
"""A kana syllable as romanised: its consonants (with a ン or ッ before them) and its vowel."""
_SLOT = lazy_compile(r"([^aeiou]?)([aeiou]*)")
"""A consonant of a reduced Latin spelling and the vowels after it (none before the first)."""


def same_skeleton(latin: str, kana_reading: str) -> bool:
    """Whether a Latin spelling and a romanised katakana word (`romanise`) may be one name
    though a vowel sound of the one is not the other's: their consonants as Japanese keeps
    them (`reduce_spelling`, with or without an "r" after a vowel: `_readings`) agree one
    for one, at least `SKELETON_CONSONANTS` of them, and the vowels after each consonant
    (and before the first) agree in the same place. Where the Latin spelling writes a
    vowel, the katakana writes one that it hears there (e and i, o and u are one, as in
    `reduce_spelling`; a "y" is heard as i, a "w" as u). Where the Latin spelling writes
    none, the consonant closes a syllable, and the katakana may write only the vowel it
    adds to a consonant alone (`_MORA`): u after most (ブ, ク, ス), o after t and d (ト, ド),
    i after ch, sh and j (チ, シ, ジ). A final "e" after a consonant may be silent
    (Lamotte, ラモット).
    A diphthong katakana writes as one vowel (Corday, コルデー), which the fuzzy compare
    weighs too much in a short name, meets here; the same consonants with a vowel the Latin
    spelling lacks in that place (Tolbay, タルボ or トルボ) do not."""
    kana = _kana_slots(kana_reading)
    if kana is None:
        return False
    skeleton, kana_vowels = kana
    return any(
        all(map(_vowels_agree, kana_vowels, latin_vowels, optional))
        for shape, latin_vowels, optional in _latin_slots(latin)
        if shape == skeleton
    )


def _vowels_agree(kana: tuple[tuple[str, bool], ...], latin: str, silent: bool) -> bool:
    """Whether the vowels katakana writes after one consonant (each with whether it only
    voices the consonant) are those the Latin spelling writes there (`same_skeleton`)."""
    unvoiced = all(added for _, added in kana)  # the katakana writes no vowel of its own
    if not latin or (silent and unvoiced):
        return unvoiced
    heard = iter(_vowel_classes(latin))
    written = _vowel_classes("".join(vowel for vowel, _ in kana))
    return bool(written) and all(vowel in heard for vowel in written)


@functools.lru_cache(maxsize=8192)
def _kana_slots(
    kana_reading: str,
) -> tuple[str, tuple[tuple[tuple[str, bool], ...], ...]] | None:
    """A romanised katakana word's consonants as Japanese keeps them, and the vowels before
    the first and after each, each vowel with whether katakana adds it only to voice a
    consonant alone (`same_skeleton`); None below `SKELETON_CONSONANTS` consonants."""
    skeleton: list[str] = []
    slots: list[list[tuple[str, bool]]] = [[]]
    for mora in _MORA.finditer("".join(ch for ch in kana_reading if "a" <= ch <= "z")):
        onset, vowel = (mora.group(0), "") if mora.group(2) is None else mora.groups()
        added = bool(onset) and (
            (vowel == "u" and not onset.endswith("y"))
            or (vowel == "o" and onset[-1] in "td")
            or (vowel == "i" and onset.endswith(("ch", "sh", "j")))
        )
        sounds = reduce_spelling(onset + vowel, keep_vowels=True)
        if added and not sounds.strip("aeiou"):
            continue  # フ: Japanese keeps no f or h (`reduce_spelling`), nor the vowel voicing it
        for ch in sounds:
            if ch in "aeiou":
                slots[-1].append((ch, added and ch == vowel))
            elif not skeleton or ch != skeleton[-1] or slots[-1]:
                skeleton.append(ch)
                slots.append([])
    if len(skeleton) < SKELETON_CONSONANTS:
        return None
    return "".join(skeleton), tuple(tuple(slot) for slot in slots)


@functools.lru_cache(maxsize=8192)
def _latin_slots(latin: str) -> frozenset[tuple[str, tuple[str, ...], tuple[bool, ...]]]:
    """Each reading of a Latin spelling as written (`_readings`: with or without an "r"
    after a vowel) as its consonants, the vowels before the first and after each, and
    whether each of those may be silent (a final "e" after a consonant) (`same_skeleton`)."""
    spelled = unicodedata.normalize("NFD", latin.lower())
    readings = [reduce_spelling(spelled, keep_vowels=True)]
    if _RHOTIC.search(spelled):
        readings.append(reduce_spelling(spelled, rhotic=True, keep_vowels=True))
    shapes = set()
    for reading in filter(None, readings):
        # The first slot holds the vowels before the first consonant (none: "").
        slots = [m.groups() for m in _SLOT.finditer(reading) if m.group(0)]
        if slots[0][0]:
            slots.insert(0, ("", ""))
        vowels = tuple(vowel for _, vowel in slots)
        silent = tuple(
            i == len(slots) - 1 and i > 0 and vowel == "e" and spelled.endswith("e")
            for i, (_, vowel) in enumerate(slots)
        )
        shapes.add(("".join(consonant for consonant, _ in slots), vowels, silent))
    return frozenset(shapes)


def _vowel_classes(text: str) -> str:
    """Vowels as Japanese tells them apart after a consonant (e and i, o and u are one,
    as in `reduce_spelling`), a vowel repeated counted once."""
    classes = "".join({"e": "i", "o": "u"}.get(ch, ch) for ch in text if ch in "aeiou")
    return re.sub(r"(.)\1+", r"\1", classes)


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
