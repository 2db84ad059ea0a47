"""Key modifiers: a word a claim writes right before a head the source covers, where the
source gives that head another modifier of the same kind ("gas-fired power" against 石炭火力
"coal-fired thermal power", "Pacific salmon" against 大西洋のサケ, "copper mining" against
"nickel mining").

The modifier narrows what its head names to one kind of it (the fuel, the ocean, the metal),
and the claim swaps the source's kind for another: so such a modifier is a key element
(`KeyElement.modifier`), and one nothing in the source covers makes the part partly
supported, its reason naming the modifier. The two modifiers are of one kind when WordNet
says the concrete things they name are kinds of one thing (`_contrasts`); a source modifier that may
mean the claim's (海洋 "ocean" for "marine") or is a broader or narrower word for it is no
swap. A modifier the source leaves out altogether is left to coverage: a lexicon that misses
a rendering would make every such gap a fact the claim adds.

A modifier is a word of the claim's topic that the source can be searched for (across
languages, one the lexicon glosses), not between quotation marks, written directly before
its head with nothing but a space between them, and no commoner than MODIFIER_MIN_RARITY in
general use: an everyday word before a covered head ("close cooperation", "new steps") is
the claim's wording. It is a word that names or describes (a noun, a name or an adjective
by its language's analyser, and not most often a verb or an adverb in WordNet's tagged
corpus: "boost trade" is an act on trade, not a kind of it). Its head is a covered word
that may be a noun.

Takes a claim part's key elements (in the order `assess_key_facts` made them) and the claim's
language; gives the positions of the elements that are key modifiers nothing covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.languages import WordClass, language_for
from factcheck.languages.en_lexicon import rendered_alike
from factcheck.languages.interface import Token, pivot_of
from factcheck.languages.wordnet import WordNet, wordnet
from factcheck.model import AnchorKind
from factcheck.thresholds import MODIFIER_MIN_RARITY, MODIFIER_SENSES

if TYPE_CHECKING:
    from factcheck.checks.keyfacts import KeyElement
    from factcheck.checks.match import SourceIndex
    from factcheck.text.analyse import ClaimPart

__all__ = ["uncovered_modifiers"]

_NAMING = (WordClass.NOUN, WordClass.PROPER_NOUN, WordClass.ADJECTIVE)
"""Word classes of a modifier and of its head."""
_CONCRETE = frozenset(
    {
        "noun.animal",
        "noun.artifact",
        "noun.food",
        "noun.location",
        "noun.object",
        "noun.plant",
        "noun.substance",
    }
)
"""WordNet's lexicographer files of things a modifier names a kind of its head by (the fuel,
the ocean, the metal, the meat): the place, material and source details a claim can swap."""
_NOT_NAMING = ("verb", "adv")
"""WordNet's parts of speech of a word that acts or says how, rather than names a kind."""


def uncovered_modifiers(
    elements: Sequence[KeyElement],
    part: ClaimPart,
    language: str,
    searchable: set[int],
    index: SourceIndex,
) -> set[int]:
    """The positions in `elements` of the words the claim writes directly before a covered
    head, that nothing in the source covers and that narrow the head to a kind of it, where
    the source's sentence gives that head a modifier of its own (`_source_modifies`).
    `searchable` holds the positions of the elements the source could be searched for."""
    module = language_for(language)
    if module is None:
        return set()
    words: dict[str, int] = {}
    for number, e in enumerate(elements):
        if e.anchor is not None and e.anchor.kind is AnchorKind.WORD:
            words.setdefault(e.anchor.key, number)
    tokens = [t for t in module.tokens(part.text) if t.content]
    out: set[int] = set()
    for before, after in zip(tokens, tokens[1:], strict=False):
        if part.text[before.end : after.start] not in ("", " "):
            continue
        modifier = words.get(before.normal, words.get(before.lemma))
        head = words.get(after.normal, words.get(after.lemma))
        if modifier is None or head is None or modifier == head:
            continue
        element, covered = elements[modifier], elements[head]
        if (
            element.covered_by is not None
            or covered.covered_by is None
            or modifier not in searchable
            or element.kind.key
            or element.quoted
            or not _names_a_kind(before.word_class, before.lemma)
            or not _can_be_named(after.word_class, after.lemma)
            or module.usage_rarity(before.lemma) < MODIFIER_MIN_RARITY
            or not _source_modifies(before.lemma, covered, index)
        ):
            continue
        out.add(modifier)
    return out


def _names_a_kind(word_class: WordClass, lemma: str) -> bool:
    """Whether a word names or describes something (a noun, a name, an adjective), rather
    than acts or says how: its analyser's class, then WordNet's commonest use of it."""
    if word_class not in _NAMING:
        return False
    return wordnet().commonest_part_of_speech(lemma) not in _NOT_NAMING


def _can_be_named(word_class: WordClass, lemma: str) -> bool:
    """Whether a word may be a head a modifier narrows: a noun or a name by its analyser's
    class, and a noun in some sense for WordNet where WordNet knows it ("exports", most often
    a verb, is a noun after "rice")."""
    if word_class not in (WordClass.NOUN, WordClass.PROPER_NOUN):
        return False
    net = wordnet()
    return bool(net.senses(lemma, "noun")) or net.commonest_part_of_speech(lemma) is None


def _source_modifies(modifier: str, head: KeyElement, index: SourceIndex) -> bool:
    """Whether the sentence that covers a claim's head gives it another modifier, of the same
    kind as the claim's (`_contrasts`): a word written right before the word that renders the
    head (nothing between, a space, or one function word: "steel bridges", 大西洋のマグロ),
    or a gloss of that word which is a modifier and the head (石炭火力 "coal-fired thermal
    power"). The claim's modifier, which nothing covers, then swaps the source's for another
    of its kind ("gas-fired" for coal, "Pacific" for the Atlantic)."""
    where, anchor = head.covered_by, head.anchor
    if where is None or where.sentence is None or anchor is None:
        return False
    entry = index.entry(where.source_id, where.sentence)
    module = language_for(entry.language)
    if module is None:
        return False
    wanted = set(anchor.pivots) | {anchor.key}
    links = entry.facts.links
    spans = {
        (link.start, link.end)
        for link in links
        if link.end > link.start and (link.pivot in wanted or link.word == anchor.key)
    }
    text = entry.sentence.text
    tokens = module.tokens(text)
    glosses: set[str] = set()
    for start, end in spans:
        for link in links:
            if (link.start, link.end) == (start, end):
                words = link.gloss.split()
                if len(words) >= 2 and pivot_of(words[-1]) in wanted:
                    glosses.add(words[0])  # "coal-fired thermal power": "coal-fired"
            elif link.end <= start and _next_to(text, tokens, link.end, start):
                glosses.add(link.gloss)
    return _contrasts(modifier, glosses)


def _next_to(text: str, tokens: Sequence[Token], end: int, start: int) -> bool:
    """Whether nothing stands between `end` and `start` but a space or one function word."""
    between = text[end:start]
    if between in ("", " "):
        return True
    inside = [t for t in tokens if end <= t.start and t.end <= start]
    return (
        len(inside) == 1
        and not inside[0].content
        and inside[0].word_class is WordClass.FUNCTION
        and between.strip() == inside[0].surface
    )


def _contrasts(modifier: str, glosses: set[str]) -> bool:
    """Whether a source's modifier (its English glosses) is another thing of the claim's
    modifier's kind, by WordNet: the concrete things the two name (`_concrete`: nouns, or
    what adjectives pertain to: "Pacific" the Pacific Ocean) are kinds of one kind, one step
    up for one of them and at most two for the other (the Pacific and the Atlantic are
    oceans; gasoline a fuel, coal a fossil fuel, a fuel). Not when the source's word names
    the claim's thing, or a thing a word of it also names ("marine" is of the sea, and "sea"
    also means "ocean, sea"): the source may say the same; nor when either is a kind of the
    other (a narrower or broader wording)."""
    net = wordnet()
    every = _things(net, modifier)
    mine = _concrete(net, every)
    if not mine or not glosses:
        return False
    near = every | net.word_senses(every, MODIFIER_SENSES)
    up = net.kinds_of(mine)
    above = up | net.kinds_of(up)
    found = False
    for gloss in glosses:
        if rendered_alike(modifier, gloss):
            return False  # one Japanese word renders both (山: mountain, hill): a wording
        theirs = _things(net, gloss)
        if near & theirs:
            return False  # the source names the claim's own thing, or a word for it may
        theirs = _concrete(net, theirs)
        their_up = net.kinds_of(theirs)
        their_above = their_up | net.kinds_of(their_up)
        if mine & their_above or theirs & above:
            continue  # one is a kind of the other: a broader or narrower wording
        if up & their_above or their_up & above:
            found = True
    return found


def _concrete(net: WordNet, things: frozenset[int]) -> frozenset[int]:
    """The things among these that are things one can point at (_CONCRETE): a substance, a
    food, a place, an object, a made thing, a plant, an animal. Two kinds of an act or a
    state ("relief" and "aid" of supplies) are two wordings more often than two facts."""
    return frozenset(t for t in things if net.noun_file(t) in _CONCRETE)


def _things(net: WordNet, word: str) -> frozenset[int]:
    """The noun synsets a word names in its first MODIFIER_SENSES senses; a hyphenated word
    WordNet lacks ("gas-fired") by its first part, the thing it says the head is made of,
    runs on or comes from."""
    things = net.things_named(word, MODIFIER_SENSES)
    first = word.split("-")[0]
    if not things and "-" in word and first:
        things = net.things_named(first, MODIFIER_SENSES)
    return things
