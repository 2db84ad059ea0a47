"""Gloss modifiers and heads: a claim word met as the modifier or the head of a source word's
gloss.

A JMdict gloss is often a modifier and a head ("coal-fired thermal power" for 石炭火力, "power
grid" for 送電網). The lexicon files the head as the word's pivot but not always the modifier
(a three-word gloss keeps its last two words; a word the analyser cut keeps only its whole
glosses), so a claim that writes "coal-fired power" would meet 石炭火力 on "power" only. Here
a claim word written one space before a head meets a source sentence whose word has a gloss
of that modifier and that head, where the sentence renders the head through that word or a
word inside it (`BridgeKind.GLOSS_MODIFIER`, at GLOSS_MODIFIER_WEIGHT: checks/match.py).

The head of such a gloss of a word the analyser cut (電力供給 "power distribution") is met
too (`BridgeKind.GLOSS_HEAD`, at GLOSS_HEAD_WEIGHT): the lexicon files only the whole glosses
of such a word, and its parts may not render the head (電力 "power", 供給 "supply").

Takes a claim part and a source sentence's analysis; gives the claim word's (modifier, head)
pivot pairs, the sentence's, and the sentence's heads.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.languages import language_for
from factcheck.languages.interface import BridgeKind, Modifying, pivot_of
from factcheck.model import Anchor, AnchorKind
from factcheck.text.analyse import ClaimPart, TextAnalysis
from factcheck.text.quote_marks import find_quote_spans


def claim_modifier_pairs(
    anchor: Anchor, part: ClaimPart, language: str
) -> frozenset[tuple[str, str]]:
    """The (modifier pivot, head pivot) pairs a claim word stands in: the word's pivots
    with those of the word written right after it, one space apart ("coal-fired power"),
    in the claim's own text; empty for a word that stands before no other, and for one
    between quotation marks (a quotation gives the source's words, not a paraphrase)."""
    if anchor.kind is AnchorKind.TERM:
        return _term_modifier_pairs(anchor, part, _quoted(part.text, language))
    if anchor.kind is not AnchorKind.WORD or anchor.key in part.quoted_words:
        return frozenset()
    links = part.facts.links
    quoted = _quoted(part.text, language)
    own = [
        link
        for link in links
        if link.word == anchor.key and not any(s <= link.start < e for s, e in quoted)
    ]
    out: set[tuple[str, str]] = set()
    for first in own:
        for after in links:
            if after.start != first.end + 1 or after.word == first.word:
                continue
            if f"{first.surface} {after.surface}" not in part.text:
                continue  # offsets of another piece of a joined part
            out.update((link.pivot, after.pivot) for link in own if link.start == first.start)
    return frozenset(out)


def _term_modifier_pairs(
    anchor: Anchor, part: ClaimPart, quoted: list[tuple[int, int]]
) -> frozenset[tuple[str, str]]:
    """A term the claim writes as one word before a head ("Japanese nationals"): the word's
    own pivot with the head's, so that a word glossed as that modifier and head (邦人
    "Japanese national") meets it, where the termbase's forms (日本) are not written."""
    surface = anchor.surface
    at = anchor.start - part.start
    if not surface.isalpha() or part.text[at : at + len(surface)] != surface:
        return frozenset()  # a term of several words, or offsets of a joined part
    if any(s <= at < e for s, e in quoted) or any(s <= anchor.start < e for s, e in part.quotes):
        return frozenset()
    after = at + len(surface) + 1
    if part.text[at + len(surface) : after] != " ":
        return frozenset()
    modifier = pivot_of(surface)
    return frozenset((modifier, link.pivot) for link in part.facts.links if link.start == after)


@dataclass(frozen=True)
class CompoundHead:
    """A word of a sentence that its analyser cut into several, with the heads of its
    glosses of a modifier and a head."""

    surface: str
    heads: frozenset[str]
    """The head pivots ("distribut" for 電力供給 "power distribution")."""
    inner: frozenset[str]
    """The pivots of the words inside it (電力 "power", "electricity"; 供給 "supply"): a
    claim that says the head of the gloss says the compound only when another of its words
    meets one of these (`heads_met`)."""


def compound_heads(analysis: TextAnalysis) -> list[CompoundHead]:
    """Each word of a sentence that its analyser cut into several (a word with another word
    inside its span: 電力供給 over 電力 | 供給) with the head pivots of its glosses of a
    modifier and a head (`Modifying`; `BridgeKind.GLOSS_HEAD`): "power distribution" is a
    distribution. The lexicon files only such a word's whole glosses (text/analyse.py
    `_compound_shape`), so without this the head is met only where a part renders it."""
    module = language_for(analysis.language)
    spans = analysis.spans
    if not isinstance(module, Modifying) or spans is None:
        return []
    out: list[CompoundHead] = []
    reach = 0
    for i, shape in enumerate(analysis.shapes):
        start, end = spans[2 * i], spans[2 * i + 1]
        # The analyser's words come first, in text order and apart; a word it cut stands
        # after them, over some of them (text/analyse.py `_word_shapes`).
        cut = start < reach
        reach = max(reach, end)
        if not cut or shape.normal is None:
            continue
        heads = frozenset(head for _, head in module.gloss_modifiers(shape.surface, shape.normal))
        if heads:
            inner = _pivots_within(analysis, start, end, skip=i)
            out.append(CompoundHead(shape.surface, heads, inner))
    return out


def _pivots_within(
    analysis: TextAnalysis, start: int, end: int, skip: int | None = None
) -> frozenset[str]:
    """The gloss pivots of a sentence's words that stand inside `start`–`end` (a word the
    analyser cut and the words it cut it into), but word `skip`."""
    shapes, spans = analysis.shapes, analysis.spans
    assert spans is not None
    return frozenset(
        gloss.pivot
        for j, other in enumerate(shapes)
        if j != skip and start <= spans[2 * j] and spans[2 * j + 1] <= end
        for gloss in other.glosses
    )


def heads_met(anchor: Anchor, part: ClaimPart, compound: CompoundHead) -> bool:
    """Whether a claim word meets a cut word's gloss head in the claim part's sense: the word
    is one of its heads, and another word of the part meets a word inside it (電力
    "electricity" beside "distributed" for 電力供給 "power distribution"). A head alone
    ("climate" against 投資環境 "investment climate", "alliance" against 協力関係
    "cooperative alliance") says nothing of what the compound is about."""
    if anchor.pivots.isdisjoint(compound.heads):
        return False
    return any(
        other.key != anchor.key
        and not (
            other.pivots.isdisjoint(compound.inner)
            and _bridge_pivots(other).isdisjoint(compound.inner)
        )
        for other in part.anchors
    )


def _bridge_pivots(anchor: Anchor) -> frozenset[str]:
    """The pivots a claim word's near-synonyms and kin give it."""
    return frozenset(pivot for pivot, _, _ in anchor.bridges)


def head_form(anchor: Anchor, part: ClaimPart, analysis: TextAnalysis) -> str | None:
    """The word of a sentence through whose gloss's head a claim word is met (`heads_met`),
    for the report ("電力供給 (JMdict gloss head)"); None when none is."""
    for compound in compound_heads(analysis):
        if heads_met(anchor, part, compound):
            return f"{compound.surface} (JMdict {BridgeKind.GLOSS_HEAD.value})"
    return None


def only_quoted(anchor: Anchor, part: ClaimPart, language: str) -> bool:
    """Whether a claim word stands only between quotation marks in the claim (read on the
    whole claim: `ClaimPart.quoted_words`), or in the part's own text."""
    if anchor.key in part.quoted_words:
        return True
    quoted = _quoted(part.text, language)
    if not quoted:
        return False
    starts = [link.start for link in part.facts.links if link.word == anchor.key]
    return bool(starts) and all(any(s <= at < e for s, e in quoted) for at in starts)


def _quoted(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of a claim part's text between its language's quotation marks, read as the
    quote check reads them (`quote_marks.find_quote_spans`)."""
    return list(find_quote_spans(text, language))


def sentence_modifier_pairs(analysis: TextAnalysis) -> frozenset[tuple[str, str]]:
    """The (modifier pivot, head pivot) pairs of a sentence's words (`Modifying`) whose head
    the sentence renders through that word or a word that stands inside it (石炭火力's
    火力 "thermal power"); empty in a language that gives none."""
    return frozenset(pair for _, pairs in _word_pairs(analysis) for pair in pairs)


def modifier_form(pairs: frozenset[tuple[str, str]], analysis: TextAnalysis) -> str | None:
    """The word of a sentence through whose gloss a claim word with these (modifier, head)
    pairs is met, for the report ("石炭火力 (JMdict gloss modifier)"); None when none is."""
    for surface, found in _word_pairs(analysis):
        if not pairs.isdisjoint(found):
            return f"{surface} (JMdict {BridgeKind.GLOSS_MODIFIER.value})"
    return None


def _word_pairs(analysis: TextAnalysis) -> list[tuple[str, frozenset[tuple[str, str]]]]:
    """Each word of a sentence with its gloss modifiers whose head the sentence renders
    through it or through a word inside it."""
    module = language_for(analysis.language)
    if not isinstance(module, Modifying):
        return []
    shapes, spans = analysis.shapes, analysis.spans
    words: list[tuple[str, frozenset[tuple[str, str]]]] = []
    for i, shape in enumerate(shapes):
        if shape.normal is None:
            continue
        pairs = module.gloss_modifiers(shape.surface, shape.normal)
        if not pairs:
            continue
        rendered = {gloss.pivot for gloss in shape.glosses}
        if spans is not None:
            rendered |= _pivots_within(analysis, spans[2 * i], spans[2 * i + 1])
        kept = frozenset(pair for pair in pairs if pair[1] in rendered)
        if kept:
            words.append((shape.surface, kept))
    return words
