"""The Japanese side of the bilingual lexicon: English pivots of Japanese words from JMdict.

Takes a Japanese word (its lemma and normal form, as `factcheck.languages.ja_morphology`
gives them) and gives its English glosses (`glosses_of`, `auxiliary_glosses`), its WordNet
kin through its first gloss (`kin_of`) and how rare it is in general use (`usage_rarity_of`).
A compound JMdict lacks is read through its parts (`_part_glosses`) or as a prefix and the
noun it binds (`_prefixed_glosses`). Glosses are kept between runs (`factcheck.cache_table`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from factcheck.cache_table import cache_table
from factcheck.languages import ja_morphology as morphology
from factcheck.languages.interface import (
    BridgeKind,
    Gloss,
    Script,
    Token,
    WordClass,
    compound_pivot,
    pivot_of,
    script_of,
)
from factcheck.languages.ja_morphology import (
    STOP_WORDS,
    _english_prefixes,
    _negating_prefix,
    _prefix_and_noun,
    _word_class,
)
from factcheck.languages.jmdict import (
    NOUN_PHRASE_WORDS,
    Sense,
    function_word,
    gloss_heads,
    gloss_words,
    jmdict,
    spaced_words,
)
from factcheck.languages.word_frequency import rarity_from_zipf, zipf_table
from factcheck.languages.wordnet import Relation
from factcheck.lazy_pattern import lazy_compile
from factcheck.thresholds import UNCOMMON_JA_RARITY, WORDNET_POS_SHARE


def _prefixed_glosses(word: str) -> tuple[Gloss, ...]:
    """A Japanese prefix and the noun it binds, which JMdict has no entry for (無報告, 無規制,
    反政府勢力's 反政府): the noun's glosses each with the English prefix JMdict glosses the
    Japanese one by ("un" + "report" meets "unreported", "anti" + "government" meets
    "anti-government"), and the noun's glosses themselves unless a prefix negates
    (`en.negates`: 反政府 is about the government, 無報告 is not "reported"). () unless
    Sudachi reads the word as a prefix and one noun."""
    parts = _prefix_and_noun(word)
    if parts is None:
        return ()
    prefixes = _english_prefixes(parts[0][0])
    bare = glosses_of(parts[1][0], parts[1][1])
    if not prefixes or not bare:
        return ()
    from factcheck.languages.en import lemma_of, negates

    # 反政府 is still about the government; 無報告 "unreported" says the report is missing:
    # a prefix that negates (`en.negates`) keeps none of the bare noun's meanings.
    keep_bare = not any(negates(prefix) for prefix in prefixes)
    out = {gloss.pivot: gloss for gloss in bare} if keep_bare else {}
    for prefix in prefixes:
        for gloss in bare:
            if not gloss.whole or not gloss.text.isalpha():
                continue
            for written in (prefix + gloss.text, f"{prefix}-{gloss.text}"):
                pivot = pivot_of(lemma_of(written))
                out.setdefault(pivot, Gloss(pivot, written, "JMdict"))
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def usage_rarity_of(lemma: str) -> float:
    """How rare a word is in general use, from wordfreq's Japanese frequencies, as an
    English word's is from English ones (分野 "field", 増やす "increase" are everyday words; 同国
    is rarer); a word the list lacks (a compound Sudachi keeps whole: 付加価値, 脱炭素) by
    JMdict's common mark."""
    zipf = zipf_table("ja").get(lemma)
    if zipf is not None:
        return rarity_from_zipf(zipf)
    return 1.0 if jmdict().is_common(lemma) else UNCOMMON_JA_RARITY


@functools.lru_cache(maxsize=65536)
def kin_of(lemma: str) -> tuple[Gloss, ...]:
    """The WordNet kin (`en.kin_of`) of a Japanese word's first rendering: the first gloss
    of its first JMdict sense, the one JMdict lists first for its commonest meaning.

    - The synonyms of that gloss's head words (as its own pivots are read,
      `_sense_glosses`): 昼食会 "luncheon meeting" → luncheon → lunch, which ランチ glosses.
      A later gloss names the word's meaning less surely, and WordNet's commonest sense of
      it is often another: "lookout", a late gloss of a word for keeping watch, is first a
      person in WordNet (sentry, scout), "solidification" of one for strengthening first
      a curing.
    - When that gloss is one word, the forms derived from it, which keep its root (署名
      "signature" → sign), but none that names a person where the gloss does not, or the
      reverse (`WordNet.names_person`): 経済 "economy" is no economist, 先生 "teacher" no
      teaching. A gloss of several words ("summit conference") is no one word's rendering.

    Each names the gloss word it comes through ("WordNet synonym of luncheon"); a claim
    word meets them in a source of any language at a WordNet link's weight
    (`BridgeKind.KIN`), never as its own rendering. No more specific words, and nothing
    from the other glosses: those of a broad word (教育 "education; schooling; training;
    …") would fan out to teachers and trainees."""
    from factcheck.languages.en import kin_of as english_kin
    from factcheck.languages.en import lemma_of
    from factcheck.languages.wordnet import wordnet

    senses = jmdict().senses(lemma)
    if not senses or not senses[0].glosses:
        return ()
    own = {gloss.pivot for gloss in glosses_of(lemma, lemma)}
    first = senses[0].glosses[0]
    one_word = len(gloss_words(first)) == 1
    out: dict[str, Gloss] = {}
    for word in gloss_heads(first):
        rendering = lemma_of(word)
        for kin in english_kin(rendering):
            if kin.pivot in own:
                continue
            if kin.relation in (Relation.DERIVATION, Relation.PERTAINYM):
                person = wordnet().names_person(lemma_of(kin.text), WORDNET_POS_SHARE)
                if not one_word or person != wordnet().names_person(rendering, WORDNET_POS_SHARE):
                    continue
            elif kin.relation is not Relation.SYNONYM:
                continue
            layer = f"{kin.layer} of {word}"
            kept = Gloss(kin.pivot, kin.text, layer, False, BridgeKind.KIN, kin.relation)
            out.setdefault(kin.pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def gloss_modifiers(lemma: str, normal: str) -> tuple[tuple[str, str], ...]:
    """The (modifier pivot, head pivot) pairs of a word's JMdict glosses (`Modifying`): a
    gloss of two or three content words one space apart ("coal-fired thermal power",
    "power grid") gives its first word as the modifier of its last. Not when the head alone
    is a gloss of some sense of the word: マグロ is "tuna", and its narrower sense "Pacific
    bluefin tuna" says nothing of the tuna a source writes マグロ for."""
    from factcheck.languages.en import STOP_WORDS, lemma_of

    dictionary = jmdict()
    senses = dictionary.senses(lemma) or (dictionary.senses(normal) if normal != lemma else ())
    written = [spaced_words(gloss) for sense in senses for gloss in sense.glosses]
    bare = {pivot_of(lemma_of(words[0])) for words in written if len(words) == 1}
    out: dict[tuple[str, str], None] = {}
    for words in written:
        if not 2 <= len(words) <= NOUN_PHRASE_WORDS:
            continue
        if any(word in STOP_WORDS or function_word(word) for word in words):
            continue  # "on the sea", "in place": a phrase, not a modifier and its head
        head = pivot_of(lemma_of(words[-1]))
        if head not in bare:
            out.setdefault((pivot_of(lemma_of(words[0])), head), None)
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def glosses_of(lemma: str, normal: str) -> tuple[Gloss, ...]:
    """English pivots of a Japanese word: the lemmas of its one-word JMdict glosses; kept
    between runs (`factcheck.cache_table`)."""
    return _kept_glosses(f"{lemma}\t{normal}", lambda: _glosses_of(lemma, normal))


_KANA_PARTS_OF_SPEECH = {WordClass.ADVERB: "adverb"}
"""The analyser's word classes whose kana words are read only in JMdict's senses of that part
of speech (`kana_glosses_of`): an adverb written in kana (こう, そう, もう) shares its reading
with many nouns and verbs written in kanji, which it is not."""


def kana_glosses_of(lemma: str, normal: str, word_class: WordClass) -> tuple[Gloss, ...]:
    """`glosses_of` a word, read for a word written in hiragana alone, of a class in
    `_KANA_PARTS_OF_SPEECH`, in JMdict's senses of that part of speech only (こうした's こう
    "thus", not 請う "to invite"); all its senses when JMdict has none of that part."""
    wanted = _KANA_PARTS_OF_SPEECH.get(word_class)
    if wanted is None or script_of(lemma) is not Script.HIRAGANA:
        return glosses_of(lemma, normal)
    return _kept_glosses(f"{wanted}\t{lemma}", lambda: _kana_glosses_as(lemma, normal, wanted))


def _kana_glosses_as(lemma: str, normal: str, wanted: str) -> tuple[Gloss, ...]:
    senses = jmdict().kana_senses_as(lemma, wanted)
    return _sense_glosses(senses) if senses else _glosses_of(lemma, normal)


def _kept_glosses(key: str, work_out: Callable[[], tuple[Gloss, ...]]) -> tuple[Gloss, ...]:
    """Glosses kept between runs in the `glosses-ja` cache table under `key`, else worked out
    and kept; a stored value of any other shape is worked out again, never trusted."""
    table = cache_table("glosses-ja")
    known = table.get(key) if table is not None else None
    if isinstance(known, list) and all(
        isinstance(row, list)
        and len(row) == 3
        and isinstance(row[0], str)
        and isinstance(row[1], str)
        and isinstance(row[2], bool)
        for row in known
    ):
        return tuple(Gloss(pivot, text, "JMdict", whole) for pivot, text, whole in known)
    found = work_out()
    if table is not None:
        table.put(key, [[gloss.pivot, gloss.text, gloss.whole] for gloss in found])
    return found


_EXPLAINS = lazy_compile(r"^(?:indicates?|used|auxiliary)\b|\bnot\b|n't\b")
"""A gloss of an auxiliary that explains its grammar ("indicates passive voice", "used to
indicate respect") or says it in the negative ("don't intend to", まい): no English word to
meet."""


@functools.lru_cache(maxsize=256)
def auxiliary_glosses(lemma: str) -> tuple[Gloss, ...]:
    """English pivots of an auxiliary (Sudachi's 助動詞): the words of the JMdict senses marked
    as an auxiliary's, written as its dictionary form (たい "want to ... do something; would
    like to ..." → want, like), without the glosses that explain grammar or negate
    (`_EXPLAINS`); kept between runs with the other glosses (`factcheck.cache_table`)."""
    return _kept_glosses(
        f"助動詞\t{lemma}",
        lambda: _sense_glosses(
            tuple(
                Sense(kept)
                for sense in jmdict().auxiliary_senses(lemma)
                if (kept := tuple(g for g in sense.glosses if not _EXPLAINS.search(g.lower())))
                and all(_says_more_than_grammar(g) for g in kept)
            )
        ),
    )


def _says_more_than_grammar(gloss: str) -> bool:
    """Whether a gloss holds an English word beyond grammar: "want to ... do something" does
    (want), "did", "(have) done", "(I) will" do not (tense and mood, which English says in
    its verb forms): a sense with such a gloss describes grammar, not a meaning to meet."""
    from factcheck.languages.en import STOP_WORDS, lemma_of

    return any(lemma_of(word) not in STOP_WORDS for word in gloss_heads(gloss))


def _glosses_of(lemma: str, normal: str) -> tuple[Gloss, ...]:
    dictionary = jmdict()
    senses = dictionary.senses(lemma) or (dictionary.senses(normal) if normal != lemma else ())
    senses = _with_bare_senses(lemma, senses)
    if not senses:
        if _negating_prefix(lemma):
            # 未承認 "unapproved", which Sudachi keeps whole: not 承認 "approval" read through
            # its parts (`_part_glosses` leaves out a one-letter unit as an affix).
            return _prefixed_glosses(lemma)
        # 脱炭素 "decarbon(ise)": a prefix JMdict glosses as an English prefix (脱 "de-")
        # and the noun it binds, before the compound's parts alone (炭素 "carbon").
        return _prefixed_glosses(lemma) or _part_glosses(lemma)
    return _sense_glosses(senses)


_POLITE_PREFIXES = ("お", "ご", "御")
"""The prefixes that make a noun polite (美化語: お見舞い, お悔やみ): the word is the bare one."""


def _with_bare_senses(lemma: str, senses: tuple[Sense, ...]) -> tuple[Sense, ...]:
    """A word with a polite prefix (お見舞い, お悔やみ) also means what JMdict gives the bare
    word (見舞い, 悔やみ), which it often glosses more fully: all of it when JMdict lacks the
    prefixed word (お悔やみ → "condolence"), else the bare word's senses that share a gloss
    with the prefixed word's, so they are one word's senses (見舞い's "expression of
    sympathy; … enquiry", beside お見舞い's "enquiry"), not another word's that the bare
    spelling also is (金 "gold" beside お金 "money")."""
    if len(lemma) < 3 or not lemma.startswith(_POLITE_PREFIXES):
        return senses
    bare = jmdict().senses(lemma[1:])
    if not senses:
        return bare
    own = {gloss for sense in senses for gloss in sense.glosses}
    more = tuple(sense for sense in bare if sense not in senses and own.intersection(sense.glosses))
    return senses + more


def _part_glosses(word: str) -> tuple[Gloss, ...]:
    """A compound JMdict has no entry for (夕食会, 南東部, 米国産), met through the glosses of
    its content parts in Sudachi's shortest units (夕食 "dinner", 南東 "southeast"); () when
    it is several words in Sudachi's own units (a phrase is no compound), or one unit, or
    holds a unit that is not kanji or kana.

    A one-letter unit of a compound (会, 部, 産, 元) is an affix: its glosses ("meeting",
    "department", "origin"…) name the senses of the letter alone, not what it adds here."""
    if len(word) < 2 or script_of(word) not in (Script.KANJI, Script.KATAKANA):
        return ()
    with morphology._lock:
        if len(morphology._tokenizer().tokenize(word)) != 1:
            return ()  # a phrase of several words (快活で楽しい方), not one compound
        parts = [
            (m.surface(), m.dictionary_form(), m.normalized_form(), tuple(m.part_of_speech()))
            for m in morphology._short_tokenizer().tokenize(word)
        ]
    if len(parts) < 2:
        return ()
    dictionary = jmdict()
    out: dict[str, Gloss] = {}
    for surface, lemma, normal, pos in parts:
        if script_of(surface) not in (Script.KANJI, Script.KATAKANA, Script.HIRAGANA):
            return ()
        if len(surface) < 2:
            continue
        if not Token(surface, 0, 0, lemma, normal, "", _word_class(pos), Script.KANJI).content:
            continue
        if lemma in STOP_WORDS or normal in STOP_WORDS:
            continue
        senses = dictionary.senses(lemma) or dictionary.senses(normal)
        for gloss in _sense_glosses(senses):
            out.setdefault(gloss.pivot, gloss)
    return tuple(out.values())


@functools.lru_cache(maxsize=4096)
def analogous_glosses(first: str, second: str) -> tuple[Gloss, ...]:
    """The glosses of a compound of two words that JMdict lacks (テレビ会談), read from the
    JMdict compounds of the same first word whose second part is a word of its own that
    shares a whole gloss with the second word (テレビ会議: 会議 and 会談 are both glossed
    "conference", and テレビ会議 is "videoconference"); () when JMdict has the compound, or
    no compound of the first word ends in such a word."""
    dictionary = jmdict()
    if len(first) < 2 or len(second) < 2 or dictionary.senses(first + second):
        return ()
    meant = _whole_glosses(second)
    if not meant:
        return ()
    out: dict[str, Gloss] = {}
    for written in dictionary.written_from(first):
        rest = written[len(first) :]
        if len(rest) < 2 or script_of(rest) is Script.HIRAGANA:
            continue  # an affix (テレビ局's 局) or a reading, no word of its own
        if meant & _whole_glosses(rest):
            for gloss in _sense_glosses(dictionary.senses(written)):
                out.setdefault(gloss.pivot, gloss)
    return tuple(out.values())


def _whole_glosses(word: str) -> frozenset[str]:
    """A word's JMdict glosses, lower-cased, without their parenthesised notes."""
    return frozenset(
        " ".join(gloss_words(gloss))
        for sense in jmdict().senses(word)
        for gloss in sense.glosses
        if gloss_words(gloss)
    )


def _sense_glosses(senses: tuple[Sense, ...]) -> tuple[Gloss, ...]:
    from factcheck.languages.en import lemma_of

    pivots: dict[str, tuple[str, bool]] = {}
    for sense in senses:
        for gloss in sense.glosses:
            heads = gloss_heads(gloss)
            for word in heads:
                pivot = pivot_of(lemma_of(word))
                if pivot not in pivots or (len(heads) == 1 and not pivots[pivot][1]):
                    pivots[pivot] = (word, len(heads) == 1)
            if len(heads) == 2:  # "disaster prevention" as one concept too
                pivots.setdefault(
                    compound_pivot([lemma_of(w) for w in heads]), (" ".join(heads), True)
                )
    return tuple(Gloss(pivot, text, "JMdict", whole) for pivot, (text, whole) in pivots.items())
