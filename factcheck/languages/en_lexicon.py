"""The English side of the lexicon: links from an English lemma to other words, from
JMdict (synonyms, near-synonyms through a shared Japanese rendering) and WordNet (kin,
relations, phrasal verbs, acronyms of names).

Takes a lemma (`factcheck.languages.en_words.lemma_of`) and gives `Gloss`es, each naming
its layer ("JMdict synonym", "WordNet derivation"); answers are kept between runs in the
cache folder (`factcheck.cache_table`), so a warm run opens neither dictionary for them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from factcheck.cache_table import cache_table
from factcheck.languages import en_lemmas
from factcheck.languages.en_words import STOP_WORDS, lemma_of, rarity_of
from factcheck.languages.interface import OPPOSITE, BridgeKind, Gloss, compound_pivot, pivot_of
from factcheck.thresholds import (
    ACRONYM_NAME_WORDS,
    BRIDGE_MAX_ENTRIES,
    BRIDGE_MIN_RARITY,
    BRIDGE_MIN_TARGET_RARITY,
    INITIALS_MAX_LETTERS,
    INITIALS_MIN_LETTERS,
    NEGATING_PREFIX_SAMPLE,
    NEGATING_PREFIX_SHARE,
    QUOTE_RELATION_SENSES,
    WORDNET_DERIVED_MAX_RANK,
    WORDNET_DERIVED_SENSES,
    WORDNET_DOMINANT_SENSES,
    WORDNET_FEW_SENSES,
    WORDNET_HYPONYM_MAX,
    WORDNET_MIN_RARITY,
    WORDNET_MIN_TARGET_RARITY,
    WORDNET_PHRASE_MIN_TARGET_RARITY,
    WORDNET_POS_SHARE,
    WORDNET_SYNONYM_MAX_RANK,
)


@functools.lru_cache(maxsize=65536)
def _glosses(lemma: str) -> tuple[Gloss, ...]:
    own: tuple[Gloss, ...] = (Gloss(pivot_of(lemma), lemma, "lemma"),)
    parts = [part for part in re.split(r"-", lemma) if part and part not in STOP_WORDS]
    if len(parts) == 2 and "-" in lemma:
        # "disaster-prevention" is the two-word concept a gloss writes "disaster prevention".
        own += (Gloss(compound_pivot([lemma_of(p) for p in parts]), lemma, "lemma"),)
        if all(part.isalpha() for part in parts):
            # "anti-government" is the word a dictionary writes closed ("antigovernment").
            own += (Gloss(pivot_of(lemma_of("".join(parts))), lemma, "lemma"),)
    own += tuple(
        Gloss(compound_pivot([lemma_of(head), lemma_of(tail)]), lemma, "lemma")
        for head, tail in closed_parts(lemma)
    )
    return (*own, *synonyms_of(lemma))


CLOSED_PART_LETTERS = 4
"""The shortest part of a closed compound ("cyber" of "cybersecurity"): a shorter one is as
often a prefix or a piece of another word ("tog" / "ether")."""


def closed_parts(lemma: str) -> tuple[tuple[str, str], ...]:
    """The ways a word written closed splits into two dictionary words, neither a grammar
    word, each of CLOSED_PART_LETTERS letters or more ("cybersecurity" → cyber | security,
    "shipbuilding" → ship | building): English writes the same compound open or hyphenated
    ("cyber security", "cyber-security"), and a dictionary glosses it so. The compound's
    pivot (`compound_pivot`) is the one the open form's two words make, and only that:
    "cybersecurity" does not mean "security" alone."""
    if not lemma.isalpha() or len(lemma) < 2 * CLOSED_PART_LETTERS:
        return ()
    out = []
    for cut in range(CLOSED_PART_LETTERS, len(lemma) - CLOSED_PART_LETTERS + 1):
        head, tail = lemma[:cut], lemma[cut:]
        if head in STOP_WORDS or tail in STOP_WORDS:
            continue
        if en_lemmas.known(head) and en_lemmas.known(tail):
            out.append((head, tail))
    return tuple(out)


def joined_parts(surface: str) -> tuple[str, ...]:
    """The content words of a hyphenated compound that no dictionary lists ("storm-hit",
    "waste-to-energy" → waste, energy), as written; () when WordNet lists the compound
    ("long-term", "coal-fired"), or a part is no dictionary word ("Jae-myung")."""
    if "-" not in surface:
        return ()
    from factcheck.languages.wordnet import wordnet

    parts = tuple(part for part in surface.split("-") if part.lower() not in STOP_WORDS)
    if len(parts) < 2 or not all(_dictionary_word(part) for part in parts):
        return ()
    if wordnet().has(surface.lower()):
        return ()
    return parts


def _dictionary_word(word: str) -> bool:
    return word.isalpha() and en_lemmas.known(word.lower())


@functools.lru_cache(maxsize=65536)
def bridges_of(lemma: str) -> tuple[Gloss, ...]:
    """Near-synonyms of an English word through the Japanese words JMdict renders it by:
    the other one-word glosses of each sense that has the word as a whole gloss
    ("shipping" → 運送 "transportation; shipping; freight" → transportation, freight), each
    naming the entry it comes through ("JMdict via 運送").

    Weaker than a synonym (`synonyms_of`: two words that agree in several senses): one
    shared sense is enough here, so the words a bridge reaches are a paraphrase at best,
    and only a source in another language is searched for them (`Anchor.bridges`). A
    common word (rarity under BRIDGE_MIN_RARITY) or a hub that glosses more than
    BRIDGE_MAX_ENTRIES entries gets none: its senses are too many to say which is meant."""
    if rarity_of(lemma) < BRIDGE_MIN_RARITY:
        return ()
    return _kept_bridges("bridges-en", lemma, BridgeKind.NEAR_SYNONYM, _bridges_of)


def _kept_bridges(
    name: str, lemma: str, kind: BridgeKind, work_out: Callable[[str], tuple[Gloss, ...]]
) -> tuple[Gloss, ...]:
    """A word's bridges of one kind, kept between runs in the cache table `name`, else worked
    out and kept, each with its WordNet relation's name ("" for none); a stored value of any
    other shape is worked out again, never trusted."""
    from factcheck.languages.wordnet import Relation

    table = cache_table(name)
    known = table.get(lemma) if table is not None else None
    relations = {relation.value: relation for relation in Relation}
    if isinstance(known, list) and all(
        isinstance(row, list)
        and len(row) == 4
        and all(isinstance(x, str) for x in row)
        and (not row[3] or row[3] in relations)
        for row in known
    ):
        return tuple(
            Gloss(pivot, text, layer, False, kind, relations.get(relation))
            for pivot, text, layer, relation in known
        )
    found = work_out(lemma)
    if table is not None:
        table.put(
            lemma,
            [[g.pivot, g.text, g.layer, g.relation.value if g.relation else ""] for g in found],
        )
    return found


def _bridges_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.jmdict import gloss_words, jmdict

    senses = jmdict().glossed_senses(lemma)
    if len({written for written, _ in senses}) > BRIDGE_MAX_ENTRIES:
        return ()
    own = {gloss.pivot for gloss in _glosses(lemma)}
    out: dict[str, Gloss] = {}
    for written, glosses in senses:
        for gloss in glosses:
            words = gloss_words(gloss)
            if len(words) != 1 or words[0] in STOP_WORDS:
                continue
            if rarity_of(lemma_of(words[0])) < BRIDGE_MIN_TARGET_RARITY:
                continue  # "rate", "end": a common word is met by too many sentences
            pivot = pivot_of(lemma_of(words[0]))
            if pivot not in own:
                out.setdefault(pivot, Gloss(pivot, words[0], f"JMdict via {written}", False))
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def sense_phrases(modifier: str, head: str) -> tuple[Gloss, ...]:
    """The other phrases of two content words a JMdict sense gives beside a claim's two
    words, where those are the first word of one of its glosses and the last of one
    (`JMdict.phrase_senses`: "electricity grid" → 送電網 "electricity supply network;
    transmission network; power grid" → transmission network, power grid), each as its
    two-word pivot (`compound_pivot`) and naming the entry it comes through ("JMdict phrase
    via 送電網"; `BridgeKind.SENSE_PHRASE`). A sense's glosses name one thing, so a source
    that words it by another of them says what the claim's phrase says. A pair that is a
    whole gloss of some sense ("phone call") is read only through the senses that have it
    whole, not as a blend of two glosses of another (電話番 "phone duty; being on call").
    () for a grammar word, and for a pair no sense glosses so (most pairs). Kept between
    runs."""
    if not (modifier.isalpha() and head.isalpha()) or {modifier, head} & STOP_WORDS:
        return ()
    pair = f"{modifier} {head}"
    return _kept_bridges("phrases-en", pair, BridgeKind.SENSE_PHRASE, _sense_phrases)


def _sense_phrases(pair: str) -> tuple[Gloss, ...]:
    from factcheck.languages.jmdict import function_word, jmdict, spaced_words

    modifier, head = pair.split(" ")
    own = compound_pivot([modifier, head])
    senses = jmdict().phrase_senses(modifier, head)
    whole = [
        (written, glosses)
        for written, glosses in senses
        if any(spaced_words(gloss) == (modifier, head) for gloss in glosses)
    ]
    out: dict[str, Gloss] = {}
    for written, glosses in whole or senses:
        for gloss in glosses:
            words = spaced_words(gloss)
            if len(words) != 2 or any(w in STOP_WORDS or function_word(w) for w in words):
                continue
            pivot = compound_pivot([lemma_of(word) for word in words])
            if pivot != own:
                layer = f"JMdict phrase via {written}"
                kept = Gloss(pivot, " ".join(words), layer, False, BridgeKind.SENSE_PHRASE)
                out.setdefault(pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def synonyms_of(lemma: str) -> tuple[Gloss, ...]:
    """Safe synonyms: English words that gloss the same JMdict senses (woman / female)."""
    from factcheck.languages.jmdict import jmdict

    own = pivot_of(lemma)
    out: dict[str, Gloss] = {}
    for word in jmdict().synonyms(lemma):
        pivot = pivot_of(lemma_of(word))
        if pivot != own:
            out.setdefault(pivot, Gloss(pivot, word, "JMdict synonym"))
    return tuple(out.values())


def _merged(*groups: tuple[Gloss, ...]) -> tuple[Gloss, ...]:
    """One bridge per pivot, the stronger kind first: a WordNet link (`kin_of`), which also
    reaches the claim's own language, over a JMdict near-synonym."""
    out: dict[str, Gloss] = {}
    for gloss in itertools.chain(*groups):
        known = out.get(gloss.pivot)
        if known is None or (known.bridge, gloss.bridge) == (
            BridgeKind.NEAR_SYNONYM,
            BridgeKind.KIN,
        ):
            out[gloss.pivot] = gloss
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def kin_of(lemma: str) -> tuple[Gloss, ...]:
    """Safe WordNet synonyms and derived forms of an English word (`languages.wordnet`):
    pact → treaty, undersea → submarine, ministerial → minister, workers → work, each naming
    its relation ("WordNet synonym", "WordNet derivation", "WordNet pertainym"); a noun's
    more specific kinds (port → harbor: WORDNET_HYPONYM_MAX), and a verb's more general verb
    where one JMdict word renders both (reinforce → strengthen: `_rendered_alike`).

    Read from the word's WORDNET_DOMINANT_SENSES commonest senses only, in the parts of
    speech it is mostly used as (WORDNET_POS_SHARE). A synonym must share
    one of the other word's WORDNET_SYNONYM_MAX_RANK + 1 commonest senses too, and a claim
    word commoner than WORDNET_MIN_RARITY gets none (a common word's synonyms paraphrase one
    of its many senses), nor a synonym commoner than WORDNET_MIN_TARGET_RARITY unless it is
    a word of few senses met in its commonest (`_few_senses`); no link reaches a number
    (WordNet's synset of "three" holds "trio" and "triad": `Link.numeral`); a derived
    form keeps the root and is not gated by frequency (ministerial → minister), but must
    reach one of the other word's WORDNET_DERIVED_MAX_RANK + 1 commonest senses. Weaker than
    a direct rendering (WORDNET_WEIGHT), met in a source of any language: an English word, or
    a Japanese one it is a whole JMdict gloss of (checks/match.py `_kin_holders`). Answers
    are kept between runs in the cache folder (`wordnet-en`), so a warm run opens no WordNet
    file for them."""
    return _kept_bridges("wordnet-en", lemma, BridgeKind.KIN, _kin_of)


@functools.lru_cache(maxsize=65536)
def function_word_kin(lemma: str) -> tuple[Gloss, ...]:
    """The WordNet synonyms of an English noun that the stop list reads as function words
    where a text writes them (negotiation → "talks": the list holds "talk", a verb of
    reporting), so that `kin_of` cannot give them and no posting files them. Each is a
    `BridgeKind.FUNCTION_WORD` gloss whose pivot is the word as WordNet writes it ("talks"),
    met only where a sentence of the claim's own language writes that very word.

    Held tighter than `kin_of`'s synonyms, as a stop-listed word is common and mostly
    grammar or framing: a noun sense only, the claim word's commonest (as `kin_of`) and the
    other word's commonest too (WORDNET_SYNONYM_MAX_RANK), an other word of at most
    WORDNET_FEW_SENSES senses in all its parts of speech and met mostly as a noun in
    WordNet's tagged corpus ("talks": one sense, a noun; not "hold", "issue", "commitment"),
    and no participle of a verb ("holding", which running text writes as the verb far more
    often than as the noun WordNet lists). A claim word commoner than WORDNET_MIN_RARITY
    gets none, as for `kin_of`'s synonyms. No derived form: "agreement" is not met by
    "agreed", the framing every readout carries. Kept between runs in the cache folder
    (`wordnet-function-en`), asked only for a word the gates on the claim word let through."""
    if lemma in STOP_WORDS or not lemma.isalpha() or rarity_of(lemma) < WORDNET_MIN_RARITY:
        return ()
    return _kept_bridges("wordnet-function-en", lemma, BridgeKind.FUNCTION_WORD, _function_word_kin)


def _function_word_kin(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import PARTS_OF_SPEECH, Relation, wordnet

    net = wordnet()
    out: dict[str, Gloss] = {}
    for link in net.links(lemma, WORDNET_DOMINANT_SENSES, WORDNET_POS_SHARE):
        written = link.word
        if (
            link.relation is not Relation.SYNONYM
            or link.part_of_speech != "noun"
            or link.numeral
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or not written.isalpha()
            or lemma_of(written) not in STOP_WORDS
        ):
            continue
        if sum(len(net.senses(written, pos)) for pos in PARTS_OF_SPEECH) > WORDNET_FEW_SENSES:
            continue
        if net.commonest_part_of_speech(written) != "noun":
            continue
        if written.endswith(("ing", "ed")) and net.base_forms(written, ("verb",)):
            continue  # "holding": a verb's participle in running text
        layer = f"WordNet {link.relation.value}"
        kept = Gloss(written, written, layer, False, BridgeKind.FUNCTION_WORD, link.relation)
        out.setdefault(written, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=64)
def negates(prefix: str) -> bool:
    """Whether an English prefix ("un", "non") negates the word it is put before, by how often
    WordNet gives the bare word as the prefixed word's opposite (`WordNet.opposite_share`,
    NEGATING_PREFIX_SHARE); False when WordNet cannot be read."""
    from factcheck.languages.wordnet import wordnet

    try:
        share = wordnet().opposite_share(prefix, NEGATING_PREFIX_SAMPLE)
    except (LookupError, OSError):
        return False
    return share >= NEGATING_PREFIX_SHARE


def relations_of(lemma: str) -> tuple[Gloss, ...]:
    """The words WordNet relates to an English word in its QUOTE_RELATION_SENSES commonest
    senses of each part of speech, one step: synonyms, and the more general words of a word
    WordNet has mostly as a noun only ("yardstick" → measure, ruler, criterion; "fringe" →
    edge), each named "WordNet <relation>, some sense", and its opposites in any sense
    (`OPPOSITE`: cold → hot, warm). A verb's or an adjective's more general word is no
    agreement: "increase" in place of 変更 "change" says more than the source does. Far
    looser than `kin_of`, so never a link that covers a claim: the quote check reads it
    only to say whether a quote word and the word a translation has in its place agree in
    some sense or are opposites. Kept between runs in the cache folder (`relations-en`);
    only quote words the dictionary links to nothing are asked for."""
    return _kept_bridges("relations-en", lemma, BridgeKind.KIN, _relations_of)


def _relations_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    if lemma in STOP_WORDS or not lemma.replace("-", "").isalpha():
        return ()
    own = pivot_of(lemma)
    out: dict[str, Gloss] = {}
    # Opposites first: a word WordNet gives both as an opposite and, in another sense, as a
    # relation is an opposite.
    for word in wordnet().antonyms(lemma):
        pivot = pivot_of(lemma_of(word))
        if pivot != own:
            out.setdefault(pivot, Gloss(pivot, word, OPPOSITE, False, BridgeKind.KIN))
    # A more general word only for a noun: a word also used as a verb or an adjective
    # ("increase", "change") may be quoted as one, where it is not said by the general word.
    nominal = set(wordnet().used_as(lemma, WORDNET_POS_SHARE)) <= {"noun"}
    for link in wordnet().links(lemma, QUOTE_RELATION_SENSES):
        if link.relation is not Relation.SYNONYM and not (
            nominal and link.relation is Relation.HYPERNYM and link.part_of_speech == "noun"
        ):
            continue
        word = lemma_of(link.word)
        pivot = pivot_of(word)
        if word in STOP_WORDS or pivot == own:
            continue
        layer = f"WordNet {link.relation.value}, some sense"
        kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
        out.setdefault(pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=4096)
def phrase_kin(phrase: str) -> tuple[Gloss, ...]:
    """The one-word WordNet synonyms of a verb and its particle that WordNet has as one verb
    ("step up" → intensify, escalate; "set up" → establish, found, launch; "carry out" →
    execute, implement), in the phrase's commonest sense and the parts of speech it is
    mostly used as (as `kin_of`), each no commoner than WORDNET_PHRASE_MIN_TARGET_RARITY. Each
    names the phrase ("WordNet synonym of step up"). Kept between runs with `kin_of`'s
    answers; () for a pair WordNet does not have as one lemma (most pairs)."""
    from factcheck.languages.wordnet import wordnet

    # Most pairs are no lemma: found so by a look into the verb index, not the cache table.
    if not wordnet().senses(phrase, "verb"):
        return ()
    return _kept_bridges("wordnet-en", phrase, BridgeKind.KIN, _phrase_kin)


def _acronym_bridges(words: Sequence[re.Match[str]]) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
    """The capitalised words of a name of several words that WordNet also writes as an
    acronym ("European Union": EU, EC; "World Trade Organization": WTO) meet it: the
    acronym, in capitals, of the name's commonest sense (`name_acronyms`), as `KIN` bridges
    named "WordNet synonym of European Union". A page in another language often writes
    only the acronym (EU加盟)."""
    out: list[tuple[str, tuple[Gloss, ...]]] = []
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and word.group(0)[:1].isupper() and word.group(0).isalpha():
            if not run or word.start() - run[-1].end() == 1:
                run.append(word)
                continue
        for start in range(len(run)):
            for end in range(min(len(run), start + ACRONYM_NAME_WORDS), start + 1, -1):
                name = " ".join(w.group(0) for w in run[start:end])
                found = name_acronyms(name)
                if found:
                    out += [(lemma_of(w.group(0)), found) for w in run[start:end]]
                    break
        run = [word] if word is not None and word.group(0)[:1].isupper() else []
    return tuple(out)


def initials_bridges(
    text: str, words: Sequence[re.Match[str]]
) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
    """The capitalised words of a name that a page may write only by its initials meet them:
    "Contingency Fund for Emergencies" meets CFE, "Universal Health Coverage" UHC, "Free
    and Open Indo-Pacific" FOIP (a readout names a fund or a programme in full once, or in
    its own language with the initials in brackets: 緊急対応基金（CFE）). A name is a run of
    capitalised words one space or hyphen apart, with the grammar words of a name between
    them (function words in lower case: "for", "and", "of"), which give no initial; every
    stretch of it from one capitalised word to another with INITIALS_MIN_LETTERS to
    INITIALS_MAX_LETTERS initials gives them, as `KIN` glosses of its words (as WordNet's
    acronyms of a name are, `name_acronyms`). A word in capitals already is an acronym and
    ends the run."""
    out: list[tuple[str, tuple[Gloss, ...]]] = []
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and _joins_name(text, run, word):
            run.append(word)
            continue
        capitals = [w for w in run if w.group(0)[:1].isupper()]
        for start in range(len(capitals)):
            for last in capitals[start + INITIALS_MIN_LETTERS - 1 : start + INITIALS_MAX_LETTERS]:
                out += _initials_of(text, capitals[start : capitals.index(last) + 1])
        run = [word] if word is not None and _opens_name(word) else []
    return tuple(out)


def _initials_of(
    text: str, stretch: Sequence[re.Match[str]]
) -> list[tuple[str, tuple[Gloss, ...]]]:
    """Each word of a stretch with the initials of the stretch as its `KIN` gloss, named
    "initials of <the stretch as written>"."""
    initials = "".join(w.group(0)[0] for w in stretch).upper()
    written = text[stretch[0].start() : stretch[-1].end()]
    gloss = Gloss(
        pivot_of(initials.lower()), initials, f"initials of {written}", True, BridgeKind.KIN
    )
    return [(lemma_of(w.group(0)), (gloss,)) for w in stretch]


def phrase_initials(
    text: str, words: Sequence[re.Match[str]]
) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
    """The words of a noun phrase in lower case that a page may write only by its initials
    meet them, as `initials_bridges` has a name's capitalised words meet theirs: "small
    modular reactors" meets SMR (小型モジュール炉（SMR）), "liquefied natural gas supplies"
    LNG. A phrase is a run of words that name or describe in lower case one space or hyphen
    apart (`_phrase_word`: no stop word or grammar word, none WordNet's tagged corpus meets
    mostly as a verb: "strengthen economic ties" is an act, no name); each stretch of
    INITIALS_MIN_LETTERS to INITIALS_MAX_LETTERS of them gives its initials, as `KIN` glosses
    of its words, unless the initials spell a word WordNet has ("set"), which would meet
    that word's renderings. A run of more words than INITIALS_MAX_LETTERS gives none."""
    out: list[tuple[str, tuple[Gloss, ...]]] = []
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        content = word is not None and _phrase_word(word.group(0))
        if word is not None and content and (not run or _spaced_after(text, run[-1], word)):
            run.append(word)
            continue
        # A run longer than an acronym has letters is running text, no phrase a page
        # abbreviates.
        if len(run) <= INITIALS_MAX_LETTERS:
            for size in range(INITIALS_MIN_LETTERS, len(run) + 1):
                for start in range(len(run) - size + 1):
                    stretch = run[start : start + size]
                    if not _spells_word("".join(w.group(0)[0] for w in stretch)):
                        out += _initials_of(text, stretch)
        run = [word] if word is not None and content else []
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _spells_word(letters: str) -> bool:
    """Whether initials spell a word WordNet has ("set")."""
    from factcheck.languages.wordnet import wordnet

    return wordnet().has(letters)


def _phrase_word(surface: str) -> bool:
    """A word of a noun phrase in lower case: no stop word, no grammar word ("towards"), none
    WordNet's tagged corpus meets mostly as a verb ("strengthen")."""
    from factcheck.languages.jmdict import function_word
    from factcheck.languages.wordnet import wordnet

    return (
        surface.isalpha()
        and surface.islower()
        and lemma_of(surface) not in STOP_WORDS
        and not function_word(surface)
        and wordnet().commonest_part_of_speech(lemma_of(surface)) != "verb"
    )


def _spaced_after(text: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """Whether `word` stands one space or hyphen after `before`."""
    return word.start() - before.end() == 1 and text[before.end()] in " -"


def _opens_name(word: re.Match[str]) -> bool:
    """A capitalised word that is not written in capitals (an acronym of its own)."""
    surface = word.group(0)
    return surface[:1].isupper() and surface.isalpha() and not surface.isupper()


def _joins_name(text: str, run: list[re.Match[str]], word: re.Match[str]) -> bool:
    """Whether `word` goes on the name `run` holds: a capitalised word, or a grammar word in
    lower case after a capitalised one, one space or hyphen after the run's last word."""
    if not run or not _spaced_after(text, run[-1], word):
        return False
    if _opens_name(word):
        return True
    from factcheck.languages.jmdict import function_word

    surface = word.group(0)
    return surface.islower() and function_word(surface) and run[-1].group(0)[:1].isupper()


@functools.lru_cache(maxsize=4096)
def name_acronyms(name: str) -> tuple[Gloss, ...]:
    """The acronyms WordNet writes for a name of several words in its commonest sense
    ("European Union" → EU, EC, EEC), each a `KIN` gloss of its spelling; () for a name
    WordNet lacks (most runs of capitalised words)."""
    from factcheck.languages.wordnet import Relation, wordnet

    net = wordnet()
    senses = net.senses(name.lower(), "noun")
    if not senses:
        return ()
    layer = f"WordNet synonym of {name}"
    return tuple(
        Gloss(pivot_of(word.lower()), word, layer, True, BridgeKind.KIN, Relation.SYNONYM)
        for word in net.names_in(senses[0])
        if word.isupper() and word.isalpha() and len(word) >= 2
    )


def _phrase_kin(phrase: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    out: dict[str, Gloss] = {}
    own = {pivot_of(lemma_of(word)) for word in phrase.split()}
    for link in wordnet().links(phrase, WORDNET_DOMINANT_SENSES, WORDNET_POS_SHARE):
        word = lemma_of(link.word)
        if link.relation is not Relation.SYNONYM or word in STOP_WORDS:
            continue
        if rarity_of(word) < WORDNET_PHRASE_MIN_TARGET_RARITY:
            continue
        pivot = pivot_of(word)
        if pivot not in own:
            layer = f"WordNet synonym of {phrase}"
            kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
            out.setdefault(pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def rendered_alike(word: str, other: str) -> bool:
    """Whether JMdict renders both English words by one Japanese word: an entry that has
    each as a whole gloss of one of its senses (固める: "to reinforce", "to strengthen").
    A verb's WordNet hypernym counts only so: WordNet alone makes "propose" a kind of
    "declare" and "elevate" a kind of "assign", which no Japanese word renders both ways."""
    from factcheck.languages.jmdict import jmdict

    dictionary = jmdict()
    theirs = {written for written, _ in dictionary.glossed_senses(other)}
    return any(written in theirs for written, _ in dictionary.glossed_senses(word))


def _few_senses(word: str, part_of_speech: str) -> bool:
    """Whether a common word reached in its commonest sense names one thing wherever a source
    says it: WordNet gives it at most WORDNET_FEW_SENSES senses in all its parts of speech
    ("lunch", "meal"; unlike "hold", "support", "man", whose synonymy with a claim word holds
    in one sense of dozens), and the link's part of speech is the one WordNet's tagged corpus
    meets the word in most, so that its first sense there is its commonest of all ("animal"
    is mostly a noun, not the adjective "sensual" shares; "despite", never met, is mostly a
    preposition WordNet lacks; a lemma WordNet lacks, "star-shape", has no senses to count
    and no commonest one)."""
    from factcheck.languages.wordnet import PARTS_OF_SPEECH, wordnet

    net = wordnet()
    if sum(len(net.senses(word, pos)) for pos in PARTS_OF_SPEECH) > WORDNET_FEW_SENSES:
        return False
    return net.commonest_part_of_speech(word) == part_of_speech


def _kin_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    if lemma in STOP_WORDS or not lemma.replace("-", "").isalpha():
        return ()
    synonyms = rarity_of(lemma) >= WORDNET_MIN_RARITY
    own = {gloss.pivot for gloss in _glosses(lemma)}
    out: dict[str, Gloss] = {}
    net = wordnet()
    links = net.links(lemma, WORDNET_DOMINANT_SENSES, WORDNET_POS_SHARE)
    # A derived form keeps the root, and so the meaning, of more of the word's senses than
    # its synonyms do ("consider" → consideration in its second sense, "weigh").
    links += tuple(
        link
        for link in net.links(lemma, WORDNET_DERIVED_SENSES, WORDNET_POS_SHARE)
        if link.relation in (Relation.DERIVATION, Relation.PERTAINYM)
    )
    # A general noun with many kinds ("people", "work") is a hub: none of them says it.
    kinds = [link for link in links if link.relation is Relation.HYPONYM]
    hub = len(kinds) > WORDNET_HYPONYM_MAX
    for link in links:
        word = lemma_of(link.word)
        if link.numeral:
            # A number ("trio", "three", "xx" and "twenty" are one WordNet synset) is the
            # numbers check's, not a word's paraphrase.
            continue
        if word in STOP_WORDS:
            # A stop-listed verb of the readout's framing ("agree") is no paraphrase of a
            # word, but a rare word in the sense that is that verb's commonest ("concur":
            # agree, hold, concur, concord) says what it says: the claim's word meets the
            # verb's pivot, as a page of another language glosses it (一致 "agreement").
            if (
                synonyms
                and link.relation is Relation.SYNONYM
                and link.part_of_speech == "verb"
                and link.target_rank == 0
            ):
                pivot = pivot_of(word)
                if word.isalpha() and pivot not in own:
                    layer = f"WordNet {link.relation.value}"
                    kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
                    out.setdefault(pivot, kept)
            continue
        if link.relation is Relation.SYNONYM and (
            not synonyms
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or (
                rarity_of(word) < WORDNET_MIN_TARGET_RARITY
                and not _few_senses(word, link.part_of_speech)
            )
        ):
            continue
        if link.relation is Relation.HYPONYM and (
            hub
            or link.part_of_speech != "noun"
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or rarity_of(word) < WORDNET_MIN_TARGET_RARITY
        ):
            continue
        if link.relation is Relation.HYPERNYM and (
            link.part_of_speech != "verb"
            or not synonyms
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or rarity_of(word) < WORDNET_MIN_TARGET_RARITY
            or not rendered_alike(lemma, word)
        ):
            continue
        if (
            link.relation in (Relation.DERIVATION, Relation.PERTAINYM)
            and link.target_rank > WORDNET_DERIVED_MAX_RANK
        ):
            continue
        pivot = pivot_of(word)
        if pivot not in own:
            layer = f"WordNet {link.relation.value}"
            kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
            out.setdefault(pivot, kept)
    return tuple(out.values())
