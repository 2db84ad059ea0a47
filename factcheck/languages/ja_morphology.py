"""Japanese morphology: words from SudachiPy with sudachidict-core.

Takes a Japanese text and gives its tokens (`_analyse`), the dictionary words that span
several of them (`_compounds`) and Sudachi's raw morphemes (`_morphemes`), which
`factcheck.languages.ja` reads for clause ends (`_ends_predicate`).

Sudachi gives each word its dictionary form (述べ → 述べる), its normalised form, shared by
spelling variants (引き上げる / 引上げる, 取り組み / 取組), its reading and its part of speech.
Latin letters and digits inside Japanese text are split at the script boundary
(ASEAN関連首脳会議 → ASEAN | 関連 | 首脳 | 会議), so an acronym is a word of its own.
The dictionary loads on first use, once per process.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import Any

from factcheck.cache_table import cache_table
from factcheck.languages.interface import Script, Token, WordClass, script_of
from factcheck.languages.jmdict import jmdict
from factcheck.lazy_pattern import lazy_compile
from factcheck.text.numbers import label_end
from factcheck.thresholds import (
    MAX_COMPOUND_UNITS,
    MAX_PHRASE_TAIL,
    MAX_PLACE_NAME_TAIL,
    SUFFIX_MAX_SENSES,
)

STOP_WORDS = frozenset(
    """する 為る ある 有る いる 居る なる 成る れる られる こと 事 もの 物 よう ため 為 旨
    ところ 所 方 等 など 上 中 間 際 後 前 今回 今後 両 同 各 本 当 これ それ その この
    述べる 言う 発言 行う 伝える 表明 語る 話す 言及 とる 取る 示す おる 致す 申し上げる
    いただく 頂く 思う 考える 受ける""".split()
)
"""Lemmas of grammar and of reporting ("述べる", "旨") that every readout sentence carries,
and the verbs inside compound particles (について, に対し, に関して, において, を通じて)."""
_PARTICLE_VERBS = frozenset(
    "付く つく 対する 関する 因る よる 於く おく 通じる 通ずる 向ける 基づく 伴う 係る".split()
)
STOP_WORDS |= _PARTICLE_VERBS
_CONTENT = frozenset({("方", "カタ")})
"""Stop words that carry content in one reading: 方 read カタ is "person" (楽しい方)."""


_CONTENT_POS = {
    "名詞": WordClass.NOUN,
    "動詞": WordClass.VERB,
    "形容詞": WordClass.ADJECTIVE,
    "形状詞": WordClass.ADJECTIVE,
    "副詞": WordClass.ADVERB,
}
_lock = threading.Lock()


@functools.cache
def _dictionary() -> Any:
    from sudachipy import Dictionary  # ~0.1 s to map the dictionary

    return Dictionary(dict="core")


@functools.cache
def _tokenizer() -> Any:
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.B)


@functools.cache
def _short_tokenizer() -> Any:
    """Sudachi's shortest units (split mode A: 夕食会 → 夕食 | 会), to look up the parts of a
    compound the dictionary has no entry for."""
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.A)


def _word_class(pos: tuple[str, ...]) -> WordClass:
    if pos[0] == "名詞":
        if pos[1] == "固有名詞":
            return WordClass.PERSON_NAME if pos[2] == "人名" else WordClass.PROPER_NOUN
        if pos[1] == "数詞":
            return WordClass.NUMBER
        if pos[2] == "助数詞可能" and pos[1] == "普通名詞":
            return WordClass.NOUN
    if pos[0] in ("補助記号", "記号", "空白"):
        return WordClass.SYMBOL
    if pos[1] == "非自立可能" and pos[0] == "動詞":
        return WordClass.FUNCTION
    return _CONTENT_POS.get(pos[0], WordClass.FUNCTION)


Morpheme = tuple[str, int, int, str, str, str, tuple[str, ...]]


@functools.lru_cache(maxsize=4096)
def _morphemes(text: str) -> tuple[Morpheme, ...]:
    """Sudachi's morphemes of `text`; kept between runs (`factcheck.cache_table`), so a run
    whose sentences were all analysed before never loads the dictionary."""
    table = cache_table("morphemes-ja")
    if table is not None:
        known = _checked_morphemes(table.get(text), text)
        if known is not None:
            return known
    found = _sudachi_morphemes(text)
    if table is not None:
        table.put(text, found)
    return found


def _checked_morphemes(value: object, text: str) -> tuple[Morpheme, ...] | None:
    """Stored morphemes read back, or None unless each is a slice of `text` with string
    forms and parts of speech."""
    if not isinstance(value, list):
        return None
    out: list[Morpheme] = []
    for item in value:
        if not isinstance(item, list) or len(item) != 7:
            return None
        surface, begin, end, lemma, normal, reading, pos = item
        if not (
            type(begin) is int
            and type(end) is int
            and 0 <= begin <= end <= len(text)
            and text[begin:end] == surface
            and all(isinstance(form, str) for form in (lemma, normal, reading))
            and isinstance(pos, list)
            and len(pos) >= 3
            and all(isinstance(part, str) for part in pos)
        ):
            return None
        out.append((surface, begin, end, lemma, normal, reading, tuple(pos)))
    return tuple(out)


def _sudachi_morphemes(text: str) -> tuple[Morpheme, ...]:
    with _lock:  # a Sudachi tokenizer is not safe to share between threads
        return tuple(
            (
                m.surface(),
                m.begin(),
                m.end(),
                m.dictionary_form(),
                m.normalized_form(),
                m.reading_form(),
                tuple(m.part_of_speech()),
            )
            for m in _tokenizer().tokenize(text)
        )


_NOUN_SUFFIX = ("接尾辞", "名詞的")
"""Sudachi's noun-like suffix (港 of ディリ港, 氏 of 田中氏)."""


@functools.lru_cache(maxsize=1024)
def _suffix_is_word(lemma: str) -> bool:
    """Whether a noun suffix is a word of its own: JMdict has it with at most
    SUFFIX_MAX_SENSES senses (港 "harbour; port", 網 "net; network"), none of them an English
    affix ("-ification" of 化, "-ic" of 的, "-er" of 者)."""
    senses = jmdict().senses(lemma)
    if not senses or len(senses) > SUFFIX_MAX_SENSES:
        return False
    return not any(
        gloss.startswith("-") or gloss.endswith("-") for sense in senses for gloss in sense.glosses
    )


@functools.lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[Token, ...]:
    # Imported here: the lexicon reads words through this module's tokenizers.
    from factcheck.languages.ja_lexicon import auxiliary_glosses

    out: list[Token] = []
    noun_end = prefix_end = -1
    for surface, begin, end, lemma, normal, reading, pos in _morphemes(text):
        script = script_of(surface)
        word_class = _word_class(pos)
        if (
            begin == noun_end
            and pos[:2] == _NOUN_SUFFIX
            and script is Script.KANJI
            and _suffix_is_word(lemma)
        ):
            # A noun's suffix that names a thing (ディリ港 "port", 電力網 "network", 大統領府
            # "office"): a word of its own. Not a person's (田中氏), nor one JMdict renders by
            # an English affix (淡水化 "-ification", 経済的 "-ic") or reads many ways (等, 間).
            word_class = WordClass.NOUN
        noun_end = end if pos[0] == "名詞" and pos[2] != "人名" else -1
        if script is Script.LATIN or script is Script.DIGIT:
            # Sudachi reads "G" as グラム and lower-cases acronyms; keep the letters as written.
            lemma = normal = surface.lower()
            reading = ""
            if script is Script.LATIN:
                word_class = WordClass.PROPER_NOUN
        if (lemma in STOP_WORDS or normal in STOP_WORDS) and (lemma, reading) not in _CONTENT:
            word_class = WordClass.FUNCTION
        elif pos[0] == "助動詞" and auxiliary_glosses(lemma):
            word_class = WordClass.AUXILIARY  # たい: "want to"
        elif script is Script.HIRAGANA and word_class is WordClass.NOUN and len(surface) < 3:
            word_class = WordClass.FUNCTION
        if (
            out
            and prefix_end == begin
            and pos[0] == "名詞"
            and pos[1] == "普通名詞"
            and script is Script.KANJI
            and word_class is WordClass.NOUN
        ):
            # 無 + 報告 → 無報告 "unreported": a prefix JMdict glosses as an English one ("un-",
            # "non-", "anti-") and the noun it binds are one word (`_prefixed_glosses`).
            head = out.pop()
            surface, begin = head.surface + surface, head.start
            lemma, normal = head.lemma + lemma, head.normal + normal
            reading = head.reading + reading
        prefix_end = end if pos[0] == "接頭辞" and _english_prefixes(lemma) else -1
        out.append(Token(surface, begin, end, lemma, normal, reading, word_class, script))
    return tuple(_join_latin(out, text))


_ENGLISH_PREFIX = lazy_compile(r"[a-z]{2,}-")
"""A JMdict gloss that is an English prefix ("un-", "non-", "anti-", "vice-")."""
_GLOSS_NOTE = lazy_compile(r"\s*\([^)]*\)")
"""A note JMdict writes in a gloss ("de- (indicating reversal, removal, etc.)")."""


@functools.lru_cache(maxsize=1024)
def _english_prefixes(lemma: str) -> tuple[str, ...]:
    """The English prefixes JMdict glosses a Japanese prefix by (無 "un-; non-", 反 "anti-",
    副 "vice-; sub-", 脱 "de- (indicating reversal …)"), without their hyphens and notes;
    () for a prefix JMdict renders otherwise (各 "each", 同 "the said")."""
    out = {
        bare[:-1]
        for sense in jmdict().senses(lemma)
        for gloss in sense.glosses
        if _ENGLISH_PREFIX.fullmatch(bare := _GLOSS_NOTE.sub("", gloss).strip())
    }
    return tuple(sorted(out))


def _prefix_and_noun(word: str) -> list[tuple[str, str, tuple[str, ...]]] | None:
    """A word Sudachi reads as a prefix and one noun (無 | 報告), in its own units or, for a
    word it keeps whole (未承認), in its shortest ones: each part's lemma, normal form and
    part of speech; None for any other word."""
    with _lock:
        for tokenizer in (_tokenizer(), _short_tokenizer()):
            parts = [
                (m.dictionary_form(), m.normalized_form(), tuple(m.part_of_speech()))
                for m in tokenizer.tokenize(word)
            ]
            if len(parts) != 1:
                break
    if len(parts) != 2 or parts[0][2][0] != "接頭辞" or parts[1][2][0] != "名詞":
        return None
    return parts


_VERBAL_NOUN = "サ変可能"
"""Sudachi's mark of a noun that する makes a verb of (改修, 閉鎖, 整備)."""


@functools.lru_cache(maxsize=4096)
def verbal_noun(word: str) -> bool:
    """Whether Sudachi reads a word, alone, as one noun that する can make a verb of (改修 "repair",
    閉鎖 "closing"; not 港, 技術): a noun that names an act."""
    morphemes = _morphemes(word)
    return len(morphemes) == 1 and morphemes[0][6][:3] == ("名詞", "普通名詞", _VERBAL_NOUN)


def negative_word(word: str) -> bool:
    """Whether a word is a prefix that negates and the noun it binds (未承認, 非核, 不安定,
    不可欠), as the analyser reads it whole or in its shortest units."""
    return _negating_prefix(word)


def _negating_prefix(word: str) -> bool:
    """Whether the word is a prefix that negates (`en.negates`: 無, 未, 非 "un-; non-") and
    the noun it binds."""
    parts = _prefix_and_noun(word)
    if parts is None:
        return False
    from factcheck.languages.en import negates

    return any(negates(prefix) for prefix in _english_prefixes(parts[0][0]))


def _join_latin(tokens: list[Token], text: str) -> list[Token]:
    """G + 7 → G7: Latin letters and the digits right after them are one name; so are a
    name in capitals and the number that labels it after a space (TICAD + 9 → "TICAD 9",
    the name "ticad9", as English reads it: `numbers.label_end`)."""
    out: list[Token] = []
    for token in tokens:
        if token.script is not Script.DIGIT:
            out.append(token)
            continue
        if out and out[-1].script is Script.LATIN and out[-1].end == token.start:
            taken = 1  # G + 7
        elif (
            len(out) > 1
            and out[-1].surface.isspace()
            and out[-2].script is Script.LATIN
            and out[-2].surface.isupper()
            and out[-2].end == out[-1].start
            and out[-1].end == token.start
            and label_end(text, out[-2].end) == token.end
        ):
            taken = 2  # TICAD + " " + 9
        else:
            out.append(token)
            continue
        head = out[-taken]
        del out[-taken:]
        written = text[head.start : token.end]
        glued = "".join(written.split()).lower()
        out.append(
            Token(
                written,
                head.start,
                token.end,
                glued,
                glued,
                "",
                WordClass.PROPER_NOUN,
                Script.LATIN,
            )
        )
    return out


_COMPOUND_SCRIPTS = frozenset({Script.KANJI, Script.KATAKANA})


@functools.lru_cache(maxsize=4096)
def _compounds(text: str) -> tuple[Token, ...]:
    """The JMdict words that span several of Sudachi's words (split mode B) of `text`, whose
    spans are kept between runs (`factcheck.cache_table`), so a warm run loads no dictionary
    for them; and the place names JMnedict knows whole that Sudachi cuts into a place name
    and what follows it (`_place_names`), which stand for a JMdict word of the same span.
    The place names are not kept between runs: a text with a place name followed by a kanji
    noun asks JMnedict again in each run (a few indexed queries per such run of words)."""
    places = _place_names(text)
    taken = {(token.start, token.end) for token in places}
    return places + tuple(
        token for token in _dictionary_compounds(text) if (token.start, token.end) not in taken
    )


def _dictionary_compounds(text: str) -> tuple[Token, ...]:
    table = cache_table("compounds-ja")
    known = table.get(text) if table is not None else None
    if isinstance(known, list) and all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(type(n) is int for n in pair)
        and 0 <= pair[0] < pair[1] <= len(text)
        for pair in known
    ):
        spans = [(pair[0], pair[1]) for pair in known]
    else:
        spans = _compound_spans(text)
        if table is not None:
            table.put(text, [list(span) for span in spans])
    return tuple(
        Token(
            text[start:end],
            start,
            end,
            text[start:end],
            text[start:end],
            "",
            WordClass.NOUN,
            script_of(text[start:end]),
        )
        for start, end in spans
    )


def _compound_spans(text: str) -> list[tuple[int, int]]:
    """Where JMdict has a word that Sudachi cuts into several: in each run of adjacent kanji
    and katakana words, read in Sudachi's shortest units (split mode A), the longest run of
    two to MAX_COMPOUND_UNITS units from each unit that JMdict has as a headword and that
    crosses a boundary of split mode B (再生可能 in 再生 | 可能 | エネルギー; 配電網 in
    送配電 | 網; 二国間). A word inside a longer one found is left out."""
    runs: list[list[Token]] = []
    for token in _analyse(text):
        if token.script not in _COMPOUND_SCRIPTS or token.word_class is WordClass.SYMBOL:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1].end == token.start:
            runs[-1].append(token)
        else:
            runs.append([token])
    dictionary = jmdict()
    found: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < 2:
            continue
        start = run[0].start
        bounds = {token.end for token in run[:-1]}
        with _lock:
            cuts = {start + m.end() for m in _short_tokenizer().tokenize(text[start : run[-1].end])}
        # Split mode A read over the run may join what mode B cut (太平 | 洋 → 太平洋): the
        # units are cut wherever either mode cuts.
        ends = sorted(cuts | bounds | {run[-1].end})
        units = list(zip([start, *ends[:-1]], ends, strict=True))
        for i in range(len(units)):
            for j in range(min(len(units), i + MAX_COMPOUND_UNITS), i + 1, -1):
                begin, end = units[i][0], units[j - 1][1]
                if not any(begin < b < end for b in bounds):
                    continue  # inside one of Sudachi's words, which is glossed as itself
                if any(b <= begin and end <= e for b, e in found):
                    break
                if dictionary.senses(text[begin:end]):
                    found.append((begin, end))
                    break
    return found + _phrase_spans(text)


def _phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where JMdict has as one headword a content word (a verb, an adjective or a noun, in
    kanji or kana) and the kana words Sudachi reads after it as grammar (欠かせ | ない →
    欠かせない "indispensable; vital"; はじめ | と | する → はじめとする "commencing with;
    including"): the longest such span of up to MAX_PHRASE_TAIL kana words from each such
    word. Its parts stay words of their own; the whole adds the meaning the dictionary gives
    the phrase, which its parts do not (欠かせる "to be able to lack", ない "not"), and
    says what its parts mean there (はじめ is no "first" in はじめとする:
    checks/qualifiers.py)."""
    tokens = _analyse(text)
    dictionary = jmdict()
    found: list[tuple[int, int]] = []
    for number, token in enumerate(tokens):
        if token.word_class not in (WordClass.VERB, WordClass.ADJECTIVE, WordClass.NOUN):
            continue
        if script_of(token.surface) not in (Script.KANJI, Script.HIRAGANA):
            continue
        tail = [
            t
            for t in tokens[number + 1 : number + 1 + MAX_PHRASE_TAIL]
            if t.script is Script.HIRAGANA
        ]
        ends: list[int] = []
        for t in tail:
            if t.start != (ends[-1] if ends else token.end):
                break
            ends.append(t.end)
        for end in reversed(ends):
            if dictionary.senses(text[token.start : end]):
                found.append((token.start, end))
                break
    return found


_PLACE_NAME = ("名詞", "固有名詞", "地名", "一般")
"""Sudachi's part of speech of a place name (アドリア, バルト, ドナウ), not a country's (地名,
国): a country's formal name (バヌアツ共和国 "Republic of Vanuatu", 日本国) is the country,
which `factcheck.languages.countries` links, and a country's name before a sea's (シナ | 海
"China Sea") is no name of the country."""


def _place_names(text: str) -> tuple[Token, ...]:
    """Place names that Sudachi cuts into a place name and the nouns after it (アドリア | 海,
    アデン | 湾, ドナウ | 川), where JMnedict has the whole as a name ("Adriatic Sea", "Gulf
    of Aden", "Danube"): each as a proper noun with its reading, beside its parts, so that
    it is met through the whole's spellings (`names.spellings_of`) where the place name
    alone reads as another ("Adria (Italy)"). After a place name, a run of up to
    MAX_PLACE_NAME_TAIL kanji words that are nouns or a noun suffix (海, 湾, 川, 海峡, 諸島)
    is looked up, the longest first; a run JMnedict does not know whole as a place's name
    adds nothing (太平 | 洋 is a given name too). Each look-up is one indexed query,
    remembered per written form (`JMdict.is_place_name`)."""
    morphemes = _morphemes(text)
    out: list[Token] = []
    for i, (_, begin, end, _, _, reading, pos) in enumerate(morphemes):
        if pos[:4] != _PLACE_NAME:
            continue
        tail: list[Morpheme] = []
        for following in morphemes[i + 1 : i + 1 + MAX_PLACE_NAME_TAIL]:
            if following[1] != (tail[-1][2] if tail else end) or not _names_a_feature(following):
                break
            tail.append(following)
        for length in range(len(tail), 0, -1):
            stop = tail[length - 1][2]
            joined = text[begin:stop]
            if jmdict().is_place_name(joined):
                read = reading + "".join(m[5] for m in tail[:length])
                script = script_of(joined)
                place = WordClass.PROPER_NOUN
                out.append(Token(joined, begin, stop, joined, joined, read, place, script))
                break
    return tuple(out)


def _names_a_feature(morpheme: Morpheme) -> bool:
    """Whether a word after a place name may be part of the place's name: a kanji noun or a
    noun suffix (海, 湾, 川, 海峡), as Sudachi reads it."""
    pos = morpheme[6]
    kind = pos[:2] == _NOUN_SUFFIX or pos[:2] == ("名詞", "普通名詞")
    return kind and script_of(morpheme[0]) is Script.KANJI


_PREDICATES = frozenset({"動詞", "形容詞", "助動詞"})
"""The parts of speech that end a predicate (UniDic's, as Sudachi gives them)."""


def _ends_predicate(before: Sequence[Morpheme]) -> bool:
    """Whether morphemes end in a predicate's continuative form, which a 、 after them ends
    as a clause: a verb, adjective or auxiliary in 連用形, or a conjunctive particle
    (接続助詞: …して、, …したが、) after one. Not a verb that a case particle before it binds
    into a compound particle (`_compound_particle`: に対し, について, として, を通じ)."""
    conjunctive = bool(before) and before[-1][6][:2] == ("助詞", "接続助詞")
    if conjunctive:
        before = before[:-1]  # the particle follows whatever form it asks for (…たが)
    if not before:
        return False
    pos = before[-1][6]
    if pos[0] not in _PREDICATES or not (conjunctive or pos[5].startswith("連用形")):
        return False
    if len(before) > 1 and pos[0] == "動詞" and before[-2][6][:2] == ("助詞", "格助詞"):
        return not _compound_particle(before[-2], before[-1])
    return True


def _compound_particle(particle: Morpheme, verb: Morpheme) -> bool:
    """Whether a case particle and the verb after it, in its continuative form, work as one
    particle: the dative に and a verb (に対し, に関し, に向け), or a particle and a verb that
    JMdict holds as a word in its て form, with the particle or without it (として, を通して,
    通じて "through"; not を受けて, を行って, と述べて, nor があって: …の紹介があり、 ends a
    predicate)."""
    if particle[0] == "に":
        return True
    words = (f"{particle[0]}{verb[0]}て", f"{particle[0]}{verb[0]}", f"{verb[0]}て")
    return any(jmdict().senses(word) for word in words)
