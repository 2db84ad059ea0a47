"""Polarity: a claim that denies what its passage states, or states what its passage denies.

Takes a claim part, its matches and the source index; gives the first word of the part that
the best passage covers where one of the two negates it and the other does not: "Japan would
not help modernise the ports" against a readout that says Japan would help, or "Japan will
join the pact" against 日本は協定に参加しない.

Each language says what negates a word (`interface.Negating`: English "not", "never",
"wouldn't", "rather than" before it; Japanese ない, ず, ません after it). Grammar only:
- a word whose meaning is negative ("refuse", 欠かせない "indispensable") negates nothing;
- a double negation (しなければならない "must") is none, nor is "not only" (のみならず);
- a word that negates by its own prefix on either side ("unacceptable", 未承認) is left to
  the dictionary: 認められない "cannot be accepted" is what "unacceptable" says.
Only predicates are compared (a verb or an adjective on both sides; "not a choice" denies
no act), only through the word itself or its dictionary rendering (a synonym's polarity
says nothing of the claim's word), and not a word the claim quotes (the quote check's).
Where the passage writes the word more than once, one occurrence that agrees with the claim
is enough: the other may be another clause's ("will support X but not Y"). The two must be
heads of plain clauses, of the same tense, acting on the same thing, with no date or number
on either side (dates are the date check's), and with no other negative, limiting,
conditional or degree word on either side: on any doubt the check abstains.

The verdict rule (factcheck.checks.decide) makes such a part contradicted: the source says
the opposite of the claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.checks.match import split_source_form
from factcheck.languages import language_for
from factcheck.languages.interface import Language, Negating, Predicating, Token, WordClass
from factcheck.model import AnchorKind, Match, Sentence

if TYPE_CHECKING:
    from factcheck.checks.match import SourceIndex
    from factcheck.text.analyse import ClaimPart

__all__ = ["PolarityConflict", "check_polarity"]


@dataclass(frozen=True)
class PolarityConflict:
    """A word the claim and its passage give opposite polarity."""

    claim_words: str
    """The claim's word with its negation if it has one, as the claim writes them."""
    source_words: str
    """The passage's word with its negation if it has one, as the passage writes them."""
    denied_by_claim: bool
    """The claim negates the word and the passage does not (else the other way round)."""
    source_id: str
    sentence_index: int

    def describe(self) -> str:
        where = f"{self.source_id} sentence {self.sentence_index + 1}"
        if self.denied_by_claim:
            return (
                f"the claim says “{self.claim_words}”, where {where} says “{self.source_words}” "
                "and does not deny it"
            )
        return (
            f"{where} says “{self.source_words}”, a denial, where the claim says "
            f"“{self.claim_words}”"
        )


def check_polarity(
    part: ClaimPart, language: str, matches: Sequence[Match], index: SourceIndex
) -> PolarityConflict | None:
    """The first word of the part its best passage covers with the opposite polarity, or
    None (also when either language cannot say what negates a word)."""
    if not matches:
        return None
    best = matches[0]
    claim_module = language_for(language)
    source_language = index.entry(best.source_id, best.sentence.index).language
    source_module = language_for(source_language)
    if not isinstance(claim_module, Negating) or not isinstance(source_module, Negating):
        return None
    if not isinstance(claim_module, Predicating) or not isinstance(source_module, Predicating):
        return None
    if any(a.kind in (AnchorKind.DATE, AnchorKind.NUMBER) for a in part.anchors):
        return None  # "not … this year" says nothing against "in 2030": the dates decide
    claim_tokens = claim_module.tokens(part.text)
    sentences = (best.sentence, *best.context)
    across = source_language != language
    forms = {
        a.key: split_source_form(form)[0]
        for a, form in zip(best.covered, best.source_forms, strict=False)
        if a.kind is AnchorKind.WORD
    }
    passage: list[tuple[Sentence, tuple[Token, ...]]] | None = None  # read when first needed
    for anchor, form in zip(best.covered, best.source_forms, strict=False):
        written, layer = split_source_form(form)
        if anchor.kind is not AnchorKind.WORD or not written or not _firm(layer, across):
            continue
        ours = [
            (number, claim_module.negation_of(part.text, claim_tokens, t.start, t.end))
            for number, t in enumerate(claim_tokens)
            if anchor.key in t.anchor_keys
            and claim_module.predicate_at(part.text, claim_tokens, number)
            and not any(s <= part.start + t.start < e for s, e in part.quotes)
        ]
        if not ours:
            continue
        if passage is None:
            passage = _read(source_module, sentences)
        theirs = [
            (sentence, tokens, found, negation)
            for sentence, tokens in passage
            for found in _occurrences(written, sentence.text, tokens, source_module)
            if _predicate(source_module, sentence.text, tokens, found)
            for negation in (source_module.negation_of(sentence.text, tokens, *found),)
        ]
        if not theirs or any(bool(o) == bool(t[3]) for _, o in ours for t in theirs):
            continue  # one pair that agrees: the other occurrences may be other clauses'
        number, negation_ours = ours[0]
        sentence, tokens, found, negation = theirs[0]
        token = claim_tokens[number]
        # The two must act on the same thing: the claim's object (by its language's word
        # order) is a word the passage covers, and the passage's occurrence acts on the
        # passage's form of it ("will not join the whaling convention" says nothing of the
        # fisheries pact; "supported the sovereignty … opposed the annexation" nothing of
        # not supporting the annexation).
        wanted = [
            form
            for word in _object(claim_module, claim_tokens, number)
            if (form := _form_of(word, forms)) is not None
        ]
        at = next(n for n, t in enumerate(tokens) if t.end > found[0])  # the occurrence
        written_there = _object(source_module, tokens, at)
        if not any(source_module.writes_argument(t, w) for t in written_there for w in wanted):
            continue
        ours_time = claim_module.tense_of(part.text, claim_tokens, number)
        theirs_time = source_module.tense_of(sentence.text, tokens, at)
        if _DATED.search(sentence.text) or not _same_time(ours_time, theirs_time):
            continue  # "has not ratified" says nothing against "would ratify this year"
        if not _plain(negation_ours, claim_module.doubts(part.text, claim_tokens)):
            continue  # the claim's polarity is not plain: abstain
        if any(not _plain(t[3], source_module.doubts(t[0].text, t[1])) for t in theirs):
            continue  # the passage's polarity is not plain: abstain
        if claim_module.negative_word(token.surface) or source_module.negative_word(written):
            continue  # 未承認, "unacceptable": the dictionary's polarity, not the grammar's
        return PolarityConflict(
            _span(part.text, token.start, token.end, negation_ours),
            _span(sentence.text, found[0], found[1], negation),
            bool(negation_ours),
            best.source_id,
            sentence.index,
        )
    return None


def _object(module: Predicating, tokens: Sequence[Token], number: int) -> list[Token]:
    """The words of what the predicate at `number` acts on: on its object's side (after it
    where the language puts objects after verbs, else before), past the particles or the
    article next to it, the run of nouns and adjectives there, joined by a connective
    (`_CONNECTIVES`: "of", "the", の), up to _OBJECT_WORDS words ("the whaling convention",
    捕鯨条約には, ノーランドの港湾の近代化を); none when a verb or a mark comes first."""
    step = 1 if module.object_follows_verb() else -1
    at = number + step
    while 0 <= at < len(tokens) and tokens[at].word_class is WordClass.FUNCTION:
        at += step
    out: list[Token] = []
    while 0 <= at < len(tokens) and len(out) < _OBJECT_WORDS:
        token = tokens[at]
        if token.content and not module.verb_at(tokens, at):
            if not module.names_thing(tokens, at) and token.word_class is not WordClass.ADJECTIVE:
                break  # an adverb ("instead of …") ends the phrase
            out.append(token)
        elif token.surface.lower() not in _CONNECTIVES:
            break
        at += step
    return out


def _form_of(token: Token, forms: dict[str, str]) -> str | None:
    """How the passage writes a claim word it covers, or None for a word it does not."""
    return next((forms[key] for key in token.anchor_keys if key in forms), None)


def _read(
    module: Language, sentences: Sequence[Sentence]
) -> list[tuple[Sentence, tuple[Token, ...]]]:
    """The passage's sentences with their tokens (read from the analyser's cache when the
    index analysed them: a warm run loads no dictionary for them)."""
    return [(sentence, module.tokens(sentence.text)) for sentence in sentences]


_DATED = re.compile(r"[0-9０-９]|[一二三四五六七八九十]+(?:年|月|日)|(?:今|来|昨)年|将来")
"""A sentence that places its act at a date or time (digits, 来年, 将来的に): a denial is not
compared with it; the date check reads dates."""
_SAME_TIME = frozenset(
    {
        ("past", "past"),
        ("future", "future"),
        ("present", "present"),
        ("nonpast", "nonpast"),
        ("future", "nonpast"),
        ("present", "nonpast"),
    }
)
"""Tenses (`Negating.tense_of`) that place two acts at the same time."""


def _same_time(ours: str, theirs: str) -> bool:
    """Whether two predicates' tenses place their acts at the same time (a tense a language
    cannot tell, "", places it nowhere: no comparison)."""
    return (ours, theirs) in _SAME_TIME or (theirs, ours) in _SAME_TIME


def _plain(negation: str, doubts: int) -> bool:
    """Whether a side's polarity is plain: denied by its one negation and nothing else of the
    kind, or not denied and holding no negation, limit or condition at all
    (`Negating.doubts`)."""
    return doubts == (1 if negation else 0)


def _firm(layer: str, across: bool) -> bool:
    """Whether the passage's form of a word is the word itself, or across languages its
    dictionary rendering ("支援 (JMdict)"): not a synonym's ("choice (JMdict synonym)", a
    WordNet link), whose polarity says nothing of the claim's word."""
    return not layer or (across and layer == "JMdict")


def _predicate(
    module: Negating, text: str, tokens: Sequence[Token], found: tuple[int, int]
) -> bool:
    """Whether the passage's occurrence of a word is a predicate of its clause (`Negating.
    predicate_at`): the token written there, or the first of it."""
    start, end = found
    for number, token in enumerate(tokens):
        if token.start <= start < token.end or start <= token.start < end:
            return module.predicate_at(text, tokens, number)
    return False


def _occurrences(
    written: str, text: str, tokens: Sequence[Token], module: Language
) -> list[tuple[int, int]]:
    """Where a sentence writes a word: where its language spaces words, every word of the
    same lemma ("joining" and "join" alike, so that an agreeing occurrence in another form is
    found); elsewhere, as written."""
    if module.spaced:
        own = [t for t in module.tokens(written) if t.content]
        if not own:
            return []
        lemma = own[0].lemma
        return [(t.start, t.end) for t in tokens if t.lemma == lemma]
    return [m.span() for m in re.finditer(re.escape(written), text)]


_OBJECT_WORDS = 4
"""The most words of what a predicate acts on that are read ("Prime Minister Lind's port
plan")."""
_CONNECTIVES = frozenset({"of", "the", "a", "an", "の", "・"})
"""Words that join the words of one noun phrase ("the ports of Norland", 港湾の近代化)."""
_NEGATION_SPAN = 24
"""How far from a word its negation is looked for when quoting the two together."""


def _span(text: str, start: int, end: int, negation: str) -> str:
    """The word at text[start:end] with its negation, as the text writes them ("would not
    help" → "not help"; 参加しない), or the word alone."""
    if negation:
        before = text.rfind(negation, max(0, start - _NEGATION_SPAN), start)
        if before >= 0:
            return text[before:end]
        after = text.find(negation, end, end + _NEGATION_SPAN)
        if after >= 0:
            return text[start : after + len(negation)]
    return text[start:end]
