"""Qualifiers in a claim and in a source: "the first", "only", "deepen", "by video link".

Each language module's `qualifiers` says how a claim words them; a word of that wording is a
qualifier where it plays the part (its part of speech and place in the sentence), and a source
of any language carries one through a word whose lexicon glosses mean it (used by
`factcheck.checks.keyfacts`). A source carries a claim's qualifier of a thing
(`qualified_words`: "her first trip") wherever on its page it says it of the same thing
(`qualifier_on_page`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from factcheck.checks.match import IndexedSentence, SourceIndex, anchor_sentences
from factcheck.checks.source_layout import Coverage, Place
from factcheck.languages import (
    FIELD_LANGUAGE,
    WordClass,
    every_language,
    language_for,
    primary_code,
)
from factcheck.languages.en import QUALIFIER_MEANING, lemma_of, qualifier_pivots
from factcheck.languages.interface import Analogising, Language, Qualifying, Token, pivot_of
from factcheck.languages.wordnet import Relation, wordnet
from factcheck.model import AnchorKind
from factcheck.text.analyse import ClaimPart, WordLink
from factcheck.text.numbers import find_numbers
from factcheck.thresholds import (
    OBJECT_PHRASE_CHARS,
    OBJECT_SENSES,
    QUALIFIED_WORD_SENSES,
    WORDNET_POS_SHARE,
)

__all__ = [
    "PHRASE_BREAKS",
    "PHYSICAL_CLASSES",
    "RELATION_CLASSES",
    "RELATION_QUALIFIERS",
    "claim_qualifiers",
    "framing_qualifiers",
    "qualified_words",
    "qualifier_on_page",
    "says_qualifier",
]


PHRASE_BREAKS = frozenset(',;:.!?、。，；：「」“”"()（）')


def claim_qualifiers(text: str, language: str) -> list[str]:
    """The qualifier concepts a claim's text says, in the wording of its language, where a
    word of that wording plays a qualifier's part (`_in_role`), not only has its spelling."""
    module = language_for(language)
    if module is None:
        return []
    return [
        name
        for name, wording in module.qualifiers.items()
        if any(_in_role(name, found, text, module) for found in wording.finditer(text))
    ]


def qualifier_spans(name: str, text: str, language: str) -> list[tuple[int, int]]:
    """Where a claim's text writes a qualifier (`claim_qualifiers`' name: "deepen" for
    "deepened", 深化): the spans of its wording that play a qualifier's part."""
    module = language_for(language)
    wording = module.qualifiers.get(name) if module is not None else None
    if module is None or wording is None:
        return []
    return [found.span() for found in wording.finditer(text) if _in_role(name, found, text, module)]


def qualified_words(name: str, text: str, language: str) -> tuple[str, ...]:
    """The words a qualifier of the claim qualifies, as normal form and lemma: where its
    wording takes in the word ("her first trip" → trip), that word; else the first content
    word after it within its phrase, not one joined to it by a hyphen ("the first visit by" →
    visit, "the first-ever visit" → visit, 初の訪日 → 訪日). A source sentence that says the
    qualifier of that word speaks of the claim's event, wherever it stands on the page."""
    module = language_for(language)
    wording = module.qualifiers.get(name) if module is not None else None
    if module is None or wording is None:
        return ()
    out: list[str] = []
    for found in wording.finditer(text):
        if not _in_role(name, found, text, module):
            continue
        inside = [t for t in module.tokens(found.group(0)) if t.content]
        if len(inside) > 1:
            out += [inside[-1].normal, inside[-1].lemma]
            continue
        rest = text[found.end() : found.end() + OBJECT_PHRASE_CHARS]
        for token in module.tokens(rest):
            before = rest[: token.start]
            if any(ch in PHRASE_BREAKS for ch in before):
                break
            if token.content and token.word_class is not WordClass.SYMBOL and before.strip(" -"):
                out += [token.normal, token.lemma]
                break
            if token.content and not before.strip():
                out += [token.normal, token.lemma]
                break
    return tuple(dict.fromkeys(w for w in out if w))


_PHRASE_COMMAS = ",、，"


def framing_qualifiers(text: str, language: str) -> set[str]:
    """The qualifiers of kind (not of degree: RELATION_QUALIFIERS) a claim says in a phrase
    set off by commas: between two commas ("Venner, on his first trip to Japan, thanked
    …"), or opening the text before a comma and the name that is its clause's subject ("On
    her first trip to Africa, Takaichi met …"). Such a phrase frames the event the clause
    reports; a qualifier in the clause's own predicate ("agreed to launch the first direct
    flights", "…, the first such gathering in a decade.") is part of what the clause says."""
    module = language_for(language)
    if module is None:
        return set()
    out: set[str] = set()
    for name, wording in module.qualifiers.items():
        if name in RELATION_QUALIFIERS:
            continue
        for found in wording.finditer(text):
            before = max(text.rfind(c, 0, found.start()) for c in _PHRASE_COMMAS)
            after = min(
                (at for c in _PHRASE_COMMAS if (at := text.find(c, found.end())) >= 0),
                default=-1,
            )
            if after < 0 or not _in_role(name, found, text, module):
                continue
            if before >= 0:
                out.add(name)  # between two commas: "Venner, on his first trip, thanked …"
                continue
            # Before the clause: the phrase the text opens with, and the clause after its
            # comma opens with a name, its subject ("…, Takaichi met").
            following = module.tokens(text[after + 1 :])
            if following and following[0].word_class in (
                WordClass.PROPER_NOUN,
                WordClass.PERSON_NAME,
            ):
                out.add(name)
    return out


MODE_QUALIFIERS = frozenset({"by video", "by phone", "in person"})
"""Qualifier concepts of how the event was held: part of its frame, which every sentence of a
call's readout shares, so a source that bears one out bears out nothing of a topic it does
not carry (`KeyFacts.bears_out`)."""
RELATION_QUALIFIERS = frozenset({"deepen", "expand", "upgrade"})
"""Qualifier concepts of degree that say more than a source when they change a relation, a
cooperation or an exchange ("deepen ties", "expand cooperation", "upgrade relations"); said of
a physical thing ("upgrade the port of Dili", "expand the airport") they name the works done,
which the source may word otherwise (改修, "improvement"): a content word like any other."""


PHYSICAL_CLASSES = frozenset(
    {
        "noun.artifact",
        "noun.location",
        "noun.object",
        "noun.substance",
        "noun.body",
        "noun.food",
        "noun.plant",
        "noun.animal",
    }
)
"""WordNet's lexicographer files of physical things (a port, a road, a water supply): the
object of a degree qualifier (RELATION_QUALIFIERS) of one of them names works, not a relation."""


RELATION_CLASSES = frozenset({"noun.relation", "noun.state"})
"""WordNet's lexicographer files of relations and states ("ties", "links", "relations"): a word
with such a common sense is no physical thing, whatever its commonest sense."""


def _in_role(name: str, found: re.Match[str], text: str, module: Language) -> bool:
    """Whether a word a qualifier's wording matched is that qualifier by its part of speech and
    its place in the sentence, not by its spelling alone (English data: WordNet).

    - A word of a qualifier of kind (not of degree) that is a noun and no adjective
      (WordNet's tagged use: "record"), heading an "of" phrase, is a noun: "the long record
      of shipowners ordering vessels" is a history, not a record high; "a record 5 million",
      "record exports" stay qualifiers.
    - A degree qualifier (RELATION_QUALIFIERS) whose object is a physical thing ("upgrade
      Santo Domingo's water supply") names the works done (`_physical_object`).
    - A superlative after a partitive ("one of the largest", `_PARTITIVE`) ranks a thing
      among a group: no record."""
    if name in RELATION_QUALIFIERS:
        # An act of degree, as a verb or its noun: "an expansion of trade" expands trade.
        return not _physical_object(text, found.end(), module)
    if _PARTITIVE.search(text, 0, found.start()):
        # "one of the largest ports", "some of Africa's largest oil reserves": a place
        # among the top few, not a record.
        return False
    words = found.group(0).split()
    return len(words) != 1 or not _noun_heading_of(lemma_of(words[0].lower()), text, found.end())


_PARTITIVE = re.compile(
    r"\b(?:one|some|several|many|among)\s+(?:of\s+)?(?:the\s+|[A-Z][\w-]*['’]s?\s+)$",
    re.IGNORECASE,
)
"""A partitive right before a superlative ("one of the", "some of Africa's", "among the"):
the superlative ranks the thing among a group, as a readout's 有数の ("one of the leading")
does; English grammar, as the rest of `_in_role`."""


def _noun_heading_of(lemma: str, text: str, end: int) -> bool:
    """A word WordNet knows mainly as a noun and never as an adjective, followed by "of"."""
    if not _of_after(text, end):
        return False
    used = wordnet().used_as(lemma, WORDNET_POS_SHARE)
    return "noun" in used and "adj" not in used


def _of_after(text: str, end: int) -> bool:
    """Whether an "of" phrase follows `end`, in any language's words
    (`KeyFactPatterns.of_after`)."""
    for module in every_language():
        patterns = module.key_fact_patterns
        of_after = patterns.of_after if patterns is not None else None
        if of_after is not None and of_after.match(text, end):
            return True
    return False


def _physical_object(text: str, end: int, module: Language) -> bool:
    """Whether the noun phrase after `end` (the object of a verb, or of "expansion of")
    heads on a physical thing: its last two words as one WordNet noun ("water supply",
    "transmission line"), else its last word, in PHYSICAL_CLASSES by its commonest sense."""
    run: list[Token] = []
    for token in module.tokens(text[end : end + OBJECT_PHRASE_CHARS]):
        if not token.content:
            if run:
                break
            continue  # "the", "its", "of the" before the phrase
        if run and any(ch in PHRASE_BREAKS for ch in text[end + run[-1].end : end + token.start]):
            break
        run.append(token)
    if not run:
        return False
    net = wordnet()
    heads = [lemma_of(t.surface.lower().removesuffix("'s").removesuffix("’s")) for t in run]
    candidates = ([f"{heads[-2]}_{heads[-1]}"] if len(heads) > 1 else []) + [heads[-1]]
    for candidate in candidates:
        classes = net.lexicographer_files(candidate, "noun")
        if classes:
            # A thing by its commonest sense, and no relation by another common one ("ties"
            # are neckties first, relations next).
            return classes[0] in PHYSICAL_CLASSES and not any(
                c in RELATION_CLASSES for c in classes[:OBJECT_SENSES]
            )
    return False


def says_qualifier(name: str, entry: IndexedSentence, language: str, claim_language: str) -> str:
    """How a source sentence says a qualifier concept, or "": in the claim's own language by
    its wording; in any language by a word whose lexicon glosses mean it (初めて "first", 深化
    "deepening", 空港 "airport"), from the words the index analysed."""
    module = language_for(language)
    if module is None:
        return ""
    if module.code == primary_code(claim_language):
        wording = module.qualifiers.get(name)
        found = wording.search(entry.sentence.text) if wording is not None else None
        if found is not None:
            return found.group(0)
    rank = _rank_of(name)
    if rank is not None:
        # A rank written as a number says the qualifier that names it: 第1回会合 is the
        # first meeting, as "the 1st" is.
        for number in entry.facts.numbers:
            if number.ordinal and number.value == rank:
                return number.surface
    meaning = qualifier_pivots().get(name, frozenset())
    links = entry.facts.links
    # A whole gloss only: 前半 "first half" is a half, not a first. An adverb of a gloss
    # qualifies the act the gloss names, which the word then says so done: 直後 "immediately
    # following" is immediate. And a word inside a longer dictionary word means what that
    # word means there: はじめ of はじめとする "including" is no "first".
    said = next(
        (
            link.surface
            for link in links
            if link.pivot in meaning
            and (link.whole or _adverb(link.gloss))
            and not _inside_other(link, links, meaning)
        ),
        "",
    )
    if said or not isinstance(module, Analogising):
        return said
    # A compound the analyser cuts and the dictionary lacks (テレビ会談), read as the
    # dictionary's compound of the same first word (テレビ会議 "videoconference"): the
    # sentence is analysed again, so only once its own words say nothing.
    return next(
        (
            written
            for written, glosses in module.analogous_compounds(entry.sentence.text)
            if any(gloss.pivot in meaning and gloss.whole for gloss in glosses)
        ),
        "",
    )


@functools.cache
def _rank_of(name: str) -> float | None:
    """The rank a qualifier concept names, where the English words that mean it read as an
    ordinal number ("first" → 1: `QUALIFIER_MEANING`, read by the numbers module); None for
    any other ("only", "record")."""
    ranks = {
        number.value
        for word in QUALIFIER_MEANING.get(name, ())
        for number in find_numbers(word, FIELD_LANGUAGE)
        if number.ordinal
    }
    return ranks.pop() if len(ranks) == 1 else None


def _adverb(word: str) -> bool:
    """Whether WordNet's tagged corpus meets an English word mostly as an adverb."""
    return wordnet().commonest_part_of_speech(word.lower()) == "adv"


def _inside_other(link: WordLink, links: Sequence[WordLink], meaning: frozenset[str]) -> bool:
    """Whether a word stands inside a longer word of the sentence (a dictionary compound or
    phrase spanning it) that does not itself mean `meaning`."""
    wider = [
        other
        for other in links
        if other.end > other.start
        and other.start <= link.start
        and link.end <= other.end
        and other.end - other.start > link.end - link.start
    ]
    if not wider:
        return False
    return not any(other.pivot in meaning for other in wider)


def qualifier_on_page(
    name: str,
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    source_id: str,
    source_language: str,
) -> tuple[Coverage, str] | None:
    """Where another sentence of the page says a qualifier of the same thing the claim
    qualifies (`qualified_words`: "her first trip" → a sentence with 初の訪日): a readout
    welcomes a leader's first visit at the outset and reports the talks further down, and
    the visit it calls the first is the claim's. A sentence that says the qualifier of
    something else ("the first meeting of the committee") does not carry it."""
    words = qualified_words(name, part.text, language)
    if not words:
        return None
    in_source = index.sentences_of([source_id])
    hits: set[int] = set()
    for anchor in part.anchors:
        if anchor.kind is AnchorKind.WORD and anchor.key in words:
            hits |= anchor_sentences(anchor, part, language, index) & in_source
    names = _claim_names(part, language)
    for position in sorted(hits):
        entry = index.sentences[position]
        written = says_qualifier(name, entry, source_language, language)
        if written and not _held_by_another(entry, written, source_language, part, names, index):
            return Coverage(Place.PAGE, source_id, entry.sentence.index), written
    # The page may call the same thing by a related word ("her first trip" / 初の訪日, a
    # first visit): WordNet has the claim's word as a synonym or hypernym of the word the
    # page qualifies (to visit is a kind of to trip, to travel). Only the word the qualifier
    # stands before counts, not any word of its sentence ("the first meeting of …").
    wanted = {pivot_of(lemma_of(word)) for word in words}
    for position in sorted(in_source):
        entry = index.sentences[position]
        written = says_qualifier(name, entry, source_language, language)
        if (
            written
            and wanted & _qualified_kin(entry, written, source_language)
            and not _held_by_another(entry, written, source_language, part, names, index)
        ):
            return Coverage(Place.PAGE, source_id, entry.sentence.index), written
    return None


_NAME_CLASSES = (WordClass.PROPER_NOUN, WordClass.PERSON_NAME)


def _claim_names(part: ClaimPart, language: str) -> tuple[str, ...]:
    """The names a claim part writes: its analyser's proper nouns."""
    module = language_for(language)
    if module is None:
        return ()
    return tuple(t.surface for t in module.tokens(part.text) if t.word_class in _NAME_CLASSES)


def _held_by_another(
    entry: IndexedSentence,
    written: str,
    language: str,
    part: ClaimPart,
    names: tuple[str, ...],
    index: SourceIndex,
) -> bool:
    """Whether a source sentence says its qualifier (`written`) of a thing someone the claim
    does not name holds: the name joined to it just before (本年3月のハルバート外務大臣の|初の
    訪日, "Halbert's first visit"). A first visit the page says of another person is not the
    claim's; a qualifier with no holder there (歓迎した初の訪日, "the first visit by …")
    may be."""
    module = language_for(language)
    text = entry.sentence.text
    at = text.find(written)
    if module is None or at <= 0:
        return False
    possessive = _POSSESSIVE.match(written)
    if possessive is not None:
        # The holder is written into the qualifier ("Venner's first visit"): the name
        # before the possessive, whatever precedes it ("Minister").
        holder = possessive.group(1)
        return not _holder_is_claims(holder.lower(), names, index, part, entry, at)
    tokens = [t for t in module.tokens(text[:at]) if t.word_class is not WordClass.SYMBOL]
    # The word that joins a holder to the qualifier (の) adjoins it, unspaced; a determiner
    # ("the first") is spaced from the word before it.
    limit = at
    if tokens and not tokens[-1].content and not text[tokens[-1].end : at].strip():
        limit = tokens.pop().start
        if not tokens or text[tokens[-1].end : limit]:
            return False
    run: list[Token] = []
    for token in reversed(tokens):
        after = run[-1].start if run else limit
        gap = text[token.end : after]
        if any(ch in PHRASE_BREAKS for ch in gap) or not token.content:
            break
        # A name, or a noun written onto the run with no space (ハルバート|外務|大臣).
        if token.word_class not in _NAME_CLASSES and gap:
            break
        run.append(token)
    if not any(t.word_class in _NAME_CLASSES for t in run):
        return False
    start, end = run[-1].start, run[0].end
    return not _holder_is_claims(text[start:end].lower(), names, index, part, entry, start)


_POSSESSIVE = re.compile(r"(\w[\w.-]*)['’]s\s")
"""A name's possessive that opens a qualifier as written ("Venner's first visit")."""


def _holder_is_claims(
    holder: str,
    names: tuple[str, ...],
    index: SourceIndex,
    part: ClaimPart,
    entry: IndexedSentence,
    start: int,
) -> bool:
    """Whether the holder a source sentence writes at `start` is one of the claim's people:
    a name the claim writes, a name the page links to one, or a term the claim carries."""
    if any(name.lower() in holder for name in names):
        return True
    for name in names:
        for held, _ in index.name_holders(name):
            if held.lower() in holder:
                return True
    end = start + len(holder)
    keys = {a.key for a in part.anchors if a.kind is AnchorKind.TERM}
    return any(
        hit.entry.id in keys and hit.start < end and hit.end > start for hit in entry.facts.terms
    )


def _qualified_kin(entry: IndexedSentence, written: str, language: str) -> set[str]:
    """The pivots of the words a source sentence's qualifier (`written`) stands before, up to
    the end of their run of content words (初の|訪日, 初めての|同国|訪問), with the pivots of
    their WordNet synonyms and hypernyms: a claim may call a thing by its kind (a visit is a
    trip), not by a kind of it (a visit is a meeting, but "the first meeting" of a page is
    no first visit)."""
    module = language_for(language)
    text = entry.sentence.text
    at = text.find(written)
    if module is None or at < 0:
        return set()
    begin = at + len(written)
    end = begin
    for token in module.tokens(text[begin : begin + OBJECT_PHRASE_CHARS]):
        if not token.content:
            if end > begin:
                break
            continue
        end = begin + token.end
    glosses = {
        lemma_of(link.gloss.lower())
        for link in entry.facts.links
        if link.whole and begin <= link.start < end and " " not in link.gloss
    }
    run = [t for t in module.tokens(text[begin:end]) if t.content]
    # A wording that takes in the word it qualifies ("his first visit") ends with that word.
    inside = [t for t in module.tokens(written) if t.content]
    if len(inside) > 1:
        run.insert(0, inside[-1])
        glosses.add(inside[-1].lemma)
    if isinstance(module, Qualifying):
        glosses |= module.qualified_word_pivots(run)
    out = {pivot_of(g) for g in glosses}
    for gloss in glosses:
        out |= {
            pivot_of(lemma_of(link.word))
            for link in wordnet().links(gloss, QUALIFIED_WORD_SENSES, WORDNET_POS_SHARE)
            if link.relation in (Relation.SYNONYM, Relation.HYPERNYM)
        }
    return out
