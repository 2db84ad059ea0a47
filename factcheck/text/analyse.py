"""Analyse: reduce a claim, or a source sentence, to anchors that survive translation.

Takes text and a termbase; gives `TextFacts` (termbase concepts, dates, numbers and — for
matching within one language — content words) and, for claims, `ClaimFacts` (the claim cut
into parts, each with its anchors, plus its quoted spans).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from factcheck.languages import Gloss, Language, Script, Token, WordClass, language_for
from factcheck.languages.interface import (
    Bridging,
    Compounding,
    Framing,
    JoinedWords,
    Phrasing,
    PlainWords,
    Prefetching,
    ReadsAtOnce,
    WrittenRarity,
    compound_pivot,
)
from factcheck.model import Anchor, AnchorKind, Claim
from factcheck.terms.termbase import Termbase, TermHit
from factcheck.text.dates import DateMention, find_dates, names_a_month_each
from factcheck.text.numbers import NumberMention, Unit, find_numbers, plain_each
from factcheck.text.quote_marks import find_quote_spans
from factcheck.text.relative_dates import (
    RelativeNote,
    find_relative_dates,
    find_relative_years,
    find_sequence_dates,
)
from factcheck.thresholds import (
    DATE_WEIGHT,
    MIN_PART_ANCHORS,
    NUMBER_WEIGHT,
    QUOTED_WORD_FACTOR,
    WORD_WEIGHT,
)

# Base weights before rarity: a date or a number is hard evidence, a name is cheap
# (every sentence of a readout names its leaders).


@dataclass(frozen=True)
class WordLink:
    """A word of a text and one English lemma it means, with the data that says so."""

    word: str
    """The word's lemma in the text's language (深化)."""
    surface: str
    pivot: str
    """The English pivot key (deepen)."""
    gloss: str
    """The English word the data gives (deepening)."""
    layer: str
    """"JMdict", "lemma", …"""
    start: int = 0
    end: int = 0
    """Where the word stands in the text analysed."""
    whole: bool = True
    """The data gives the English word as a whole gloss, not as one word of a phrase."""


@dataclass(frozen=True)
class NameMention:
    """A person's name as written, with the Latin spellings its reading gives."""

    surface: str
    reading: str
    """Katakana reading (for a Japanese name), else ""."""


@dataclass(frozen=True)
class TextFacts:
    """What a piece of text says in language-independent terms."""

    terms: tuple[TermHit, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    words: frozenset[str]
    """Content lemmas (normalised forms) outside terms, dates and numbers, in the text's
    language."""
    links: tuple[WordLink, ...] = ()
    """The English pivot keys the words mean (the lexicon layer), one per word and pivot."""
    names: tuple[NameMention, ...] = ()
    """Words that look like names of people and that no termbase entry covers."""

    @property
    def pivots(self) -> frozenset[str]:
        return frozenset(link.pivot for link in self.links)

    date_notes: tuple[RelativeNote, ...] = ()
    """Relative dates that could not be resolved (an ambiguous weekday), with why."""

    @property
    def term_ids(self) -> frozenset[str]:
        return frozenset(hit.entry.id for hit in self.terms)


@dataclass(frozen=True)
class ClaimPart:
    """One assertion of a claim, with its anchors."""

    text: str
    start: int
    end: int
    anchors: tuple[Anchor, ...]
    facts: TextFacts
    quoted_words: frozenset[str] = frozenset()
    """The words (`Link.word`) the claim writes here only between its language's quotation
    marks, read on the whole claim, so a quotation that runs over two parts, or a part
    joined to a thin neighbour, counts as quoted in each (checks/modifiers.py)."""
    quotes: tuple[tuple[int, int], ...] = ()
    """The spans of the whole claim's text between its language's quotation marks, in the
    claim's offsets (those of a term anchor)."""


@dataclass(frozen=True)
class ClaimFacts:
    claim: Claim
    language: str
    parts: tuple[ClaimPart, ...]
    quotes: tuple[str, ...]


def analyse_text(
    text: str,
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    reference: dt.date | None = None,
    reference_label: str = "article published",
    *,
    words_in_terms: bool = False,
    sentence: tuple[str, int] | None = None,
) -> TextFacts:
    """Anchors of any text: a claim, a claim part or a source sentence.

    `reference` is the day relative dates ("Sunday", 本日) are read against: the article's
    publication date for a claim, the source's own date for a source sentence
    (`reference_label` says which, for the resolution shown).

    In a claim, the words of a term are the term's (they are not counted twice); a source
    sentence (`words_in_terms`) also files them as words, so that a claim's "alliances" meets
    the 同盟 of 日米同盟. A term of weight 0 (kept for the linter only) takes no words.

    `sentence`, for one clause of a claim: the whole claim and where the clause starts in
    it, whose predicate the clause chains to gives a relative date its tense when the
    clause marks none.
    """
    return analyse_compact(
        text,
        language,
        termbase,
        default_year,
        reference,
        reference_label,
        words_in_terms=words_in_terms,
        sentence=sentence,
    ).facts()


def analyse_compact(
    text: str,
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    reference: dt.date | None = None,
    reference_label: str = "article published",
    *,
    words_in_terms: bool = False,
    sentence: tuple[str, int] | None = None,
) -> TextAnalysis:
    """What `analyse_text` finds, with its words kept compact (see `TextAnalysis`)."""
    text = _blank_framing(text, language)
    terms = tuple(termbase.find(text, language))
    return _analysis(
        text,
        language,
        terms,
        default_year,
        reference,
        reference_label,
        words_in_terms,
        sentence=sentence,
    )


def analyse_each(
    texts: Sequence[str],
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    reference: dt.date | None = None,
    reference_label: str = "article published",
    *,
    words_in_terms: bool = False,
    years: bool = False,
) -> list[TextAnalysis]:
    """`analyse_compact` of each text, in order: the same analyses, read the way a source
    index reads a document's sentences (`years`: see `_analysis`). Framing is blanked per
    text, as the language says (`Framing`); one scan of all the texts finds their terms
    (`Termbase.find_each`) and one the texts with no number and no digit
    (`numbers.plain_each`), which then skip the date and number finders: most sentences of a
    source hold none."""
    framer = _framer(language)
    at_once = _at_once(language)
    if framer is None:
        framed = list(texts)
    elif at_once is not None:
        framed = at_once.blank_framing_each(texts)
    else:
        framed = [framer.blank_framing(text) for text in texts]
    terms = termbase.find_each(framed, language)
    plain = plain_each(framed)
    # A month named alone ("in November") is a date without a digit: a plain text that
    # names one is not numberless.
    plain_texts = list(itertools.compress(framed, plain))
    naming = iter(names_a_month_each(plain_texts, language))
    numberless_each = [bool(p) and not next(naming) for p in plain]
    # A language read word by word reads all the texts' words at once; a text uses them
    # when nothing is taken out of it (no date, number or term to leave out).
    read = _plain_shapes_each(framed, language)
    words: Sequence[tuple[WordShape, ...] | None] = [None] * len(framed) if read is None else read
    out = []
    for text, hits, numberless, shapes in zip(framed, terms, numberless_each, words, strict=True):
        if numberless and reference is None and shapes is not None and (words_in_terms or not hits):
            # Most sentences: nothing to find but the words read already (what `_analysis`
            # gives a text with no date, number or relative date, and nothing taken out).
            out.append(TextAnalysis(text, language, tuple(hits), (), (), (), shapes, None))
            continue
        out.append(
            _analysis(
                text,
                language,
                tuple(hits),
                default_year,
                reference,
                reference_label,
                words_in_terms,
                numberless=numberless,
                shapes=shapes,
                years=years,
            )
        )
    return out


def _analysis(
    text: str,
    language: str,
    terms: tuple[TermHit, ...],
    default_year: int | None,
    reference: dt.date | None,
    reference_label: str,
    words_in_terms: bool,
    *,
    numberless: bool = False,
    shapes: tuple[WordShape, ...] | None = None,
    sentence: tuple[str, int] | None = None,
    years: bool = False,
) -> TextAnalysis:
    """The analysis of a text whose framing is blanked and whose terms are found;
    `numberless` when it is known to hold no date or number written with digits or words
    (`numbers.plain_each`); `shapes` its plain words' kept shapes, when read already
    (`_plain_shapes_each`); `sentence` the whole sentence a clause stands in (see
    `analyse_text`); `years`, for a source's sentence, to read the years it names against
    `reference` ("this year", 本年: `relative_dates.find_relative_years`)."""
    written = [] if numberless else find_dates(text, language, default_year, months=True)
    notes: tuple[RelativeNote, ...] = ()
    if reference is not None:
        relative, found_notes = find_relative_dates(
            text,
            language,
            reference,
            reference_label,
            tuple((d.start, d.end) for d in written),
            sentence=sentence,
        )
        written = sorted([*written, *relative], key=lambda d: d.start)
        notes = tuple(found_notes)
    if written:
        sequence = find_sequence_dates(text, language, written)
        if sequence:
            written = sorted([*written, *sequence], key=lambda d: d.start)
    if years and reference is not None and written:
        written = _dated_by_relative_years(written, text, language, reference)
    dates = tuple(written)
    numbers = () if numberless else tuple(find_numbers(text, language, dates=dates))
    if years and reference is not None:
        numbers = _with_relative_years(numbers, dates, text, language, reference)
    taken = [] if words_in_terms else [(h.start, h.end) for h in terms if h.entry.weight > 0]
    taken += [(d.start, d.end) for d in dates]
    # A year named by its distance from the page's date stays a word too (本年 meets 今年).
    taken += [(n.start, n.end) for n in numbers if not n.relative]
    if shapes is not None and not taken:
        return TextAnalysis(text, language, terms, dates, numbers, notes, shapes, None)
    found, spans = _word_shapes(text, language, taken, compounds=words_in_terms)
    return TextAnalysis(text, language, terms, dates, numbers, notes, found, spans)


def _dated_by_relative_years(
    dates: list[DateMention], text: str, language: str, reference: dt.date
) -> list[DateMention]:
    """The dates, each written without its year right after a word that names the year by
    its distance from `reference` (昨年3月28日, "last year on March 28" is not one) given
    that year: 昨年 of a page dated 2026 makes 3月28日 a day of 2025, not of the page's own
    year."""
    found = find_relative_years(text, language, reference)
    if not found:
        return dates
    out: list[DateMention] = []
    for date in dates:
        # Only the nearest year word can tie: an earlier one has that word in its gap.
        year = next((y for y in reversed(found) if y.end <= date.start), None)
        if (
            date.year_inferred
            and date.month is not None
            and year is not None
            and _joins(text[year.end : date.start], language)
        ):
            date = dataclasses.replace(date, year=int(year.value), year_inferred=False)
        out.append(date)
    return out


def _joins(gap: str, language: str) -> bool:
    """Whether the text between a year word and a date ties them: nothing but spaces, or one
    grammar word (昨年の3月)."""
    if not gap.strip():
        return True
    module = language_for(language)
    tokens = list(module.tokens(gap.strip())) if module is not None else []
    return len(tokens) == 1 and tokens[0].word_class is WordClass.FUNCTION


def _with_relative_years(
    numbers: tuple[NumberMention, ...],
    dates: tuple[DateMention, ...],
    text: str,
    language: str,
    reference: dt.date,
) -> tuple[NumberMention, ...]:
    """The numbers with the years the text names relative to `reference` ("this year"), where
    no date or number stands already."""
    found = find_relative_years(text, language, reference)
    if not found:
        return numbers
    held = [(n.start, n.end) for n in numbers] + [(d.start, d.end) for d in dates]
    extra = [y for y in found if not any(s < y.end and y.start < e for s, e in held)]
    return tuple(sorted((*numbers, *extra), key=lambda n: n.start))


def _blank_framing(text: str, language: str) -> str:
    """The text with the article's own hedges and framing blanked, as its language says
    (`Framing`); unchanged for a language that says nothing of framing."""
    framer = _framer(language)
    return text if framer is None else framer.blank_framing(text)


def _at_once(language: str) -> ReadsAtOnce | None:
    module = language_for(language)
    return cast(ReadsAtOnce, module) if _implements(module, ReadsAtOnce) else None


def _framer(language: str) -> Framing | None:
    module = language_for(language)
    return cast(Framing, module) if _implements(module, Framing) else None


_implemented: dict[tuple[object, type], bool] = {}


def _implements(module: Language | None, protocol: type) -> bool:
    """Whether a language module implements one of the optional protocols. The runtime
    protocol check is slow: it is made once per module and protocol."""
    if module is None:
        return False
    key = (module, protocol)
    found = _implemented.get(key)
    if found is None:
        found = _implemented[key] = isinstance(module, protocol)
    return found


def is_unspaced(language: str) -> bool:
    """Whether the language is written without spaces between words."""
    module = language_for(language)
    return module is not None and not module.spaced


@dataclass(frozen=True, eq=False)
class WordShape:
    """What one token says wherever it stands: worked out once per distinct token, since a
    corpus repeats its words (a token's glosses and class depend on its fields, never on
    where it stands). Shapes compare and hash by identity: one stands for each distinct
    token."""

    surface: str
    normal: str | None
    """The content lemma the token files (its normalised form), None when it files none."""
    glosses: tuple[Gloss, ...]
    """Its English pivots; () unless it files a word."""
    name: NameMention | None
    """The name it may be (a proper noun, a katakana word), else None."""

    kept: bool = dataclasses.field(init=False)
    """Whether the token files a word or may be a name (the rest are left out)."""
    read_name: bool = dataclasses.field(init=False)
    """Whether it may be a name with a reading (a katakana name, met across scripts)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kept", self.normal is not None or self.name is not None)
        object.__setattr__(self, "read_name", self.name is not None and bool(self.name.reading))


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """`TextFacts` before the words are spelled out as `WordLink`s and `NameMention`s.

    A source index keeps one per sentence and reads its posting keys from the word shapes;
    it builds the `TextFacts` (`facts()`) only of the sentences a check reads. The facts are
    exactly what `analyse_text` gives for the same text. (Slots: an index holds one per
    sentence, and a dict each would be 100,000 more objects for the collector.)
    """

    text: str
    """The text analysed (its framing blanked)."""
    language: str
    terms: tuple[TermHit, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    date_notes: tuple[RelativeNote, ...]
    shapes: tuple[WordShape, ...]
    """The tokens that file a word or may be a name, in text order."""
    spans: tuple[int, ...] | None
    """Their offsets, flat: start and end of `shapes[i]` at 2i and 2i + 1; None when the
    words were read without offsets (`Language.plain_words`): `facts()` finds them then."""

    @property
    def term_ids(self) -> frozenset[str]:
        return frozenset(hit.entry.id for hit in self.terms)

    def facts(self) -> TextFacts:
        words: set[str] = set()
        links: dict[tuple[str, str], WordLink] = {}
        names: dict[str, NameMention] = {}
        shapes, spans = self.shapes, self.spans
        if spans is None:
            shapes, spans = _word_shapes(self.text, self.language, [], plain=False)
            assert spans is not None  # read token by token: with offsets
        for i, shape in enumerate(shapes):
            if shape.name is not None:
                names.setdefault(shape.surface, shape.name)
            normal = shape.normal
            if normal is None:
                continue
            words.add(normal)
            for gloss in shape.glosses:
                key = (normal, gloss.pivot)
                if key not in links:  # the first mention of a word stands for it
                    links[key] = WordLink(
                        normal,
                        shape.surface,
                        gloss.pivot,
                        gloss.text,
                        gloss.layer,
                        spans[2 * i],
                        spans[2 * i + 1],
                        gloss.whole,
                    )
        return TextFacts(
            self.terms,
            self.dates,
            self.numbers,
            frozenset(words),
            tuple(links.values()),
            tuple(names.values()),
            self.date_notes,
        )

    def placed_words(self) -> tuple[tuple[int, str, frozenset[str]], ...]:
        """Every mention of a word, in text order: its offset, its normal form and its
        pivots (`facts` keeps a word's first mention only)."""
        shapes, spans = self.shapes, self.spans
        if spans is None:
            shapes, spans = _word_shapes(self.text, self.language, [], plain=False)
            assert spans is not None
        return tuple(
            (spans[2 * i], shape.normal, frozenset(gloss.pivot for gloss in shape.glosses))
            for i, shape in enumerate(shapes)
            if shape.normal is not None
        )

    def names(self) -> dict[str, NameMention]:
        """The facts' names, by surface."""
        names: dict[str, NameMention] = {}
        for shape in self.shapes:
            if shape.name is not None:
                names.setdefault(shape.surface, shape.name)
        return names


_shapes: dict[tuple[object, ...], WordShape] = {}
_compound_shapes: dict[tuple[str, str], WordShape] = {}
"""Per language and surface, the shape of a dictionary word the analyser cut (`Compounding`)."""
MAX_SHAPES = 1 << 18
"""Distinct tokens remembered (their shapes are dropped all at once past this)."""


def _word_shapes(
    text: str,
    language: str,
    taken: list[tuple[int, int]],
    *,
    plain: bool = True,
    compounds: bool = False,
) -> tuple[tuple[WordShape, ...], tuple[int, ...] | None]:
    """The content words and names of a text, from the language's analyser, and their
    offsets (None when read as plain words: nothing was taken out, and `plain`).

    A language with no module gives none: its text meets a claim only on dates and numbers.
    """
    module = language_for(language)
    if module is None:
        return (), ()
    reader = _plain_reader(module)
    if reader is not None and plain and not taken:
        return _plain_shapes(module, reader, *reader.plain_words(text)), None
    shapes: list[WordShape] = []
    spans: list[int] = []
    code = module.code
    cut_names = {} if compounds else _cut_names(module, text, taken)
    for token in module.tokens(text):
        if taken and any(s < token.end and token.start < e for s, e in taken):
            continue
        if cut_names:
            # A claim's name the analyser cut (エーゲ | 海) stands whole, in its parts' place.
            name = cut_names.get(token.start)
            if name is not None:
                shapes.append(_compound_shape(module, name))
                spans += (name.start, name.end)
            if any(n.start <= token.start and token.end <= n.end for n in cut_names.values()):
                continue
        shape: WordShape | None
        if reader is not None:  # a plain word: its surface, and whether it opens the text
            known = _plain_memo(code, token.start == 0)
            shape = known.get(token.surface, _UNSEEN)
            if shape is _UNSEEN:
                shape = known[token.surface] = _kept(_shape(module, token))
        else:
            # Enum members hash in Python; their ids (members live for the process) in C.
            key = (code, token[0], token[3], token[4], token[5], id(token[6]), id(token[7]))
            shape = _shapes.get(key)
            if shape is None:
                if len(_shapes) >= MAX_SHAPES:
                    _shapes.clear()
                shape = _shapes[key] = _shape(module, token)
        if shape is not None and shape.kept:
            shapes.append(shape)
            spans += (token.start, token.end)
    if compounds and _implements(module, Compounding):
        # Dictionary words the analyser cut into several (再生可能 "renewable"), beside them.
        for token in cast(Compounding, module).compounds(text):
            if taken and any(s < token.end and token.start < e for s, e in taken):
                continue
            shape = _compound_shapes.get((code, token.surface))
            if shape is None:
                if len(_compound_shapes) >= MAX_SHAPES:
                    _compound_shapes.clear()
                shape = _compound_shapes[(code, token.surface)] = _compound_shape(module, token)
            if shape.normal is not None and (shape.glosses or shape.name is not None):
                shapes.append(shape)
                spans += (token.start, token.end)
    return tuple(shapes), tuple(spans)


def _cut_names(module: Language, text: str, taken: list[tuple[int, int]]) -> dict[int, Token]:
    """The names the language's analyser cut into several words of `text` and the language
    joins again (`Compounding` tokens marked as proper nouns: エーゲ | 海 for JMnedict's
    エーゲ海 "Aegean Sea"), by where each starts; none over a span `taken`.

    A claim files no compound beside its parts (the parts would count twice), but such a
    name stands in their place: the place name alone may read as another (アドリア "Adria"),
    and the whole is what a page of another language writes ("Aegean")."""
    if not _implements(module, Compounding):
        return {}
    return {
        token.start: token
        for token in cast(Compounding, module).compounds(text)
        if token.word_class is WordClass.PROPER_NOUN
        and not any(s < token.end and token.start < e for s, e in taken)
    }


_plain: dict[tuple[str, bool], dict[str, WordShape | None]] = {}
"""Per language and opening or not, a plain word's surface → its shape if it is kept (it
files a word or may be a name), None if it is left out: a text's words then need no second
pass to drop the rest (`filter(None, …)`, in C)."""
_UNSEEN: Any = object()
"""What a memo look-up gives for a word not met yet (None is a word left out)."""


def _kept(shape: WordShape) -> WordShape | None:
    """What a memo keeps of a word's shape: the shape if it is kept, else None."""
    return shape if shape.kept else None


def _plain_reader(module: Language) -> PlainWords | None:
    return cast(PlainWords, module) if _implements(module, PlainWords) else None


def _plain_shapes(
    module: Language, reader: PlainWords, opens: bool, surfaces: list[str]
) -> tuple[WordShape, ...]:
    """The kept shapes of a text's plain words (`reader` is `module` read word by word)."""
    inside = _plain_memo(module.code, False)
    # Most words were met before: look them all up at once (in C), then fill the gaps.
    found: list[WordShape | None] = list(map(inside.get, surfaces, itertools.repeat(_UNSEEN)))
    if opens and found:
        found[0] = _UNSEEN  # the opening word is remembered apart
    if _UNSEEN in found:  # shapes compare by identity: no __eq__ runs
        for index, shape in enumerate(found):
            if shape is not _UNSEEN:
                continue
            surface = surfaces[index]
            first = opens and not index
            known = _plain_memo(module.code, True) if first else inside
            shape = known.get(surface, _UNSEEN)
            if shape is _UNSEEN:
                shape = known[surface] = _kept(_shape(module, reader.plain_token(surface, first)))
            found[index] = shape
    return tuple(filter(None, found))


def _plain_shapes_each(texts: Sequence[str], language: str) -> list[tuple[WordShape, ...]] | None:
    """`_plain_shapes` of each text's plain words, read in one pass over all the texts
    (`PlainWords.plain_words_each`) and looked up in the memo at once; None for a language
    not read word by word."""
    module = language_for(language)
    reader = None if module is None else _plain_reader(module)
    if module is None or reader is None:
        return None
    if not texts:
        return []
    at_once = _at_once(language)
    if at_once is not None:
        opens, surfaces, ends = at_once.plain_words_each(texts)
    else:
        opens, surfaces, ends = [], [], []
        for text in texts:
            opened, words = reader.plain_words(text)
            opens.append(opened)
            surfaces += words
            ends.append(len(surfaces))
    inside = _plain_memo(module.code, False)
    found: list[WordShape | None] = list(map(inside.get, surfaces, itertools.repeat(_UNSEEN)))
    starts = [0, *ends[:-1]]
    # A text's opening word is remembered apart: look those up in their own memo.
    openers = [s for s, e, o in zip(starts, ends, opens, strict=True) if o and s < e]
    opening = _plain_memo(module.code, True)
    first_words = map(surfaces.__getitem__, openers)
    drain(map(found.__setitem__, openers, map(opening.get, first_words, itertools.repeat(_UNSEEN))))
    if _UNSEEN in found:  # words met for the first time (shapes compare by identity)
        from factcheck.text import shape_table

        first = set(openers)
        missing = list(
            itertools.compress(
                itertools.count(), map(operator.is_, found, itertools.repeat(_UNSEEN))
            )
        )
        # Shapes a run before worked out, read in a few queries (`shape_table`).
        _read_kept_shapes(module.code, opening, inside, surfaces, missing, first)
        new = {
            surfaces[index]
            for index in missing
            if surfaces[index] not in (opening if index in first else inside)
        }
        if new and _implements(module, Prefetching):  # their table rows, in a few queries
            cast(Prefetching, module).prefetch(new)
        table = shape_table.table(module.code)
        for index in missing:
            surface = surfaces[index]
            opens_text = index in first
            known = opening if opens_text else inside
            shape = known.get(surface, _UNSEEN)
            if shape is _UNSEEN:
                worked = _shape(module, reader.plain_token(surface, opens_text))
                shape = known[surface] = _kept(worked)
                if table is not None:
                    shape_table.keep(table, surface, opens_text, worked)
            found[index] = shape
    # Each text's share of the words, without those left out (None).
    shares = map(found.__getitem__, map(slice, starts, ends))
    return list(map(tuple, map(filter, itertools.repeat(None), shares)))


def _read_kept_shapes(
    code: str,
    opening: dict[str, WordShape | None],
    inside: dict[str, WordShape | None],
    surfaces: list[str],
    missing: list[int],
    first: set[int],
) -> None:
    """Put the shapes a run before kept of the missing words into the memos (`opening` for
    a text's opening word, else `inside`)."""
    from factcheck.text import shape_table

    table = shape_table.table(code)
    if table is None:
        return
    words = {(surfaces[index], index in first) for index in missing}
    table.prefetch(shape_table.key(surface, opens) for surface, opens in words)
    for surface, opens in words:
        shape = shape_table.stored(table, surface, opens)
        if shape is not None:
            (opening if opens else inside)[surface] = _kept(shape)


def drain(iterator: Iterator[object]) -> None:
    """Run an iterator to its end, keeping nothing (a `map` run for its calls, in C)."""
    collections.deque(iterator, maxlen=0)


def _plain_memo(code: str, opens: bool) -> dict[str, WordShape | None]:
    known = _plain.get((code, opens))
    if known is None:
        known = _plain[(code, opens)] = {}
    elif len(known) >= MAX_SHAPES:
        known.clear()
    return known


def _shape(module: Language, token: Token) -> WordShape:
    name = None
    if token.word_class in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN) or (
        token.script is Script.KATAKANA and token.word_class is not WordClass.FUNCTION
    ):
        name = NameMention(token.surface, token.reading)
    if not token.content or len(token.normal) < 2 and token.script is Script.LATIN:
        return WordShape(token.surface, None, (), name)
    if module.spaced and len(token.lemma) < 3 and not token.lemma[-1:].isdigit():  # G7 stays
        return WordShape(token.surface, None, (), name)
    return WordShape(token.surface, token.normal, module.glosses(token), name)


def _compound_shape(module: Language, token: Token) -> WordShape:
    """The shape of a dictionary word the analyser cut into several (`Compounding`): only its
    whole glosses, a one-word gloss or a two-word one as one concept (再生可能エネルギー
    "renewable energy" means renewable-energy, not "renewable" nor "energy" alone; 両国関係
    "bilateral relations" does not mean "bilateral"). Its parts stand beside it with their own
    glosses, so a compound adds only the concept the parts do not say."""
    shape = _shape(module, token)
    whole = tuple(gloss for gloss in shape.glosses if gloss.whole)
    # A name the analyser cut (アドリア | 海, for JMnedict's アドリア海 "Adriatic Sea") is a
    # name whole: met across scripts through its reading and the whole's spellings.
    named = token.word_class in (WordClass.PROPER_NOUN, WordClass.PERSON_NAME)
    return WordShape(shape.surface, shape.normal, whole, shape.name if named else None)


_BETWEEN_NAMES = re.compile(r"[\s\-‐]*(?:[A-Z]\.[\s\-‐]*)*")
"""What may stand between the parts of one written name: spaces, a hyphen, initials
("José A. Kast")."""


def runs_of_names(text: str, language: str, *, person: bool) -> list[list[str]]:
    """The runs of names a text's language marks in it, each as its words ("International
    Monetary Fund", "Kyriakos Mitsotakis"). For a `person`, an initial ("A." of "José A.
    Kast") stands inside a run, and a country's word ("Chilean" of "Chilean President Kast")
    breaks one, as any other word does."""
    from factcheck.languages.countries import country_forms

    module = language_for(language)
    if module is None:
        return []
    runs: list[list[str]] = []
    last_end = -1
    for token in module.tokens(text):
        if (
            person
            and token.surface.isupper()
            and text.startswith(".", token.end)
            and (len(token.surface) == 1)
        ):
            continue  # an initial, which `_BETWEEN_NAMES` lets stand inside a run
        if token.word_class not in (WordClass.PROPER_NOUN, WordClass.PERSON_NAME) or (
            person and country_forms(token.surface)
        ):
            last_end = -1
            continue
        between = text[last_end : token.start] if last_end >= 0 else None
        if between is not None and _BETWEEN_NAMES.fullmatch(between):
            runs[-1].append(token.surface)
        else:
            runs.append([token.surface])
        last_end = token.end
    return runs


def stem(word: str) -> str:
    """An English word's lemma, enough to meet "strategies" with "strategy"."""
    from factcheck.languages.en import lemma_of

    return lemma_of(word)


def _nested(hit: TermHit, hits: tuple[TermHit, ...]) -> bool:
    """A term inside a longer one of the same text ("Pacific India" in "Free and wide Pacific
    India") is part of that concept, not a second one to cover."""
    return any(
        other is not hit
        and other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
        and other.entry.weight > 0
        for other in hits
    )


def anchors_of(facts: TextFacts, language: str) -> tuple[Anchor, ...]:
    """The anchors a sentence must cover to support the text these facts come from."""
    anchors: list[Anchor] = []
    seen: set[str] = set()
    for hit in facts.terms:
        if hit.entry.id in seen or _nested(hit, facts.terms):
            continue
        seen.add(hit.entry.id)
        anchors.append(
            Anchor(AnchorKind.TERM, hit.entry.id, hit.surface, hit.start, hit.end, hit.entry.weight)
        )
    anchors.extend(
        Anchor(AnchorKind.DATE, date.key, date.surface, date.start, date.end, DATE_WEIGHT)
        for date in facts.dates
    )
    for number in facts.numbers:
        spelled = not any(c.isdigit() for c in number.surface)
        if spelled and (number.ordinal or not number.unit):
            # "first", "the two leaders": rarely checkable, and they would meet any list
            # numeral of a readout.
            continue
        if spelled and number.unit is Unit.COUNTRY and number.value <= 2:
            continue  # "the two countries": the parties of a bilateral event, not a count
        anchors.append(
            Anchor(
                AnchorKind.NUMBER,
                number.key,
                number.surface,
                number.start,
                number.end,
                NUMBER_WEIGHT,
            )
        )
    module = language_for(language)
    pivots: dict[str, set[str]] = {}
    surfaces: dict[str, str] = {}
    for link in facts.links:
        pivots.setdefault(link.word, set()).add(link.pivot)
        surfaces.setdefault(link.word, link.surface)
    if module is not None and module.spaced:
        for word, pivot in _adjacent_pairs(facts.links):
            pivots.setdefault(word, set()).add(pivot)
    bridging = cast(Bridging, module) if _implements(module, Bridging) else None
    weighing = cast(WrittenRarity, module) if _implements(module, WrittenRarity) else None
    countries = _country_pairs(facts.links) if module is not None and module.spaced else {}
    words = set(facts.words)
    for first, (second, written) in countries.items():
        # "Costa Rican", "Dominican Republic": one word for the country, not two.
        joined = written.lower()
        pivots[joined] = pivots.pop(first, set()) | pivots.pop(second, set())
        surfaces[joined] = written
        words = (words - {first, second}) | {joined}
    joining = cast(JoinedWords, module) if _implements(module, JoinedWords) else None
    for word in sorted(words):
        if weighing is not None:
            rarity = weighing.written_rarity(word, surfaces.get(word, word))
        else:
            rarity = module.rarity(word) if module is not None else 1.0
        own = frozenset(pivots.get(word, ()))
        bridges: tuple[Gloss, ...] = (
            bridging.bridges(word, surfaces.get(word, word))
            if bridging is not None and " " not in word
            else ()
        )
        anchors.append(
            Anchor(
                AnchorKind.WORD,
                word,
                surfaces.get(word, word),
                weight=WORD_WEIGHT * rarity,
                pivots=own,
                bridges=tuple((g.pivot, g.layer, g.bridge) for g in bridges if g.pivot not in own),
                parts=_joined_words(joining, bridging, surfaces.get(word, word), module),
            )
        )
    return tuple(anchors)


def _joined_words(
    joining: JoinedWords | None, bridging: Bridging | None, written: str, module: Any
) -> tuple[Anchor, ...]:
    """An anchor for each word of a claim's compound that no dictionary lists (`JoinedWords`:
    "waste-to-energy" → waste, energy), with its own pivots and near-synonyms; () for any
    other word."""
    if joining is None:
        return ()
    out = []
    for token in joining.joined_parts(written):
        pivots = frozenset(gloss.pivot for gloss in module.glosses(token))
        near = bridging.bridges(token.lemma, token.surface) if bridging is not None else ()
        out.append(
            Anchor(
                AnchorKind.WORD,
                token.lemma,
                token.surface,
                pivots=pivots,
                bridges=tuple((g.pivot, g.layer, g.bridge) for g in near if g.pivot not in pivots),
            )
        )
    return tuple(out)


def _country_pairs(links: Sequence[WordLink]) -> dict[str, tuple[str, str]]:
    """Two capitalised words side by side, one space apart, that name a country as one form
    of several words ("Costa Rican", "United Kingdom"; `countries.country_forms`) where
    neither alone names one: first word's lemma → (second word's lemma, the two as
    written). "South Korea" and "Dominican Republic" stay two words: "Korea" and "Dominican"
    name a country already."""
    from factcheck.languages.countries import country_forms

    words = sorted({(link.start, link.end, link.word, link.surface) for link in links})
    out: dict[str, tuple[str, str]] = {}
    for (_, end, first, one), (start, _, second, two) in itertools.pairwise(words):
        if start - end != 1 or not (one[:1].isupper() and two[:1].isupper()):
            continue
        joined = f"{one} {two}"
        if country_forms(joined) and not (country_forms(one) or country_forms(two)):
            out[first] = (second, joined)
    return out


def _adjacent_pairs(links: Sequence[WordLink]) -> list[tuple[str, str]]:
    """Two content words of a spaced text that stand next to each other, one space apart
    ("renewable energy"), also mean the two-word concept (`compound_pivot`), which a
    dictionary word of another language may gloss as one ("renewable energy" for
    再生可能エネルギー): each word of the pair gets its pivot."""
    words = sorted({(link.start, link.end, link.word) for link in links})
    out: list[tuple[str, str]] = []
    for (_, end, first), (start, _, second) in itertools.pairwise(words):
        if start - end == 1 and first != second and "-" not in first + second:
            pivot = compound_pivot([first, second])
            out += [(first, pivot), (second, pivot)]
    return out


def analyse_claim(
    claim: Claim,
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    published: dt.date | None = None,
) -> ClaimFacts:
    """Cut a claim into parts and find the anchors of each.

    `published` is the article's publication date: relative dates ("on Sunday", "yesterday")
    are read against it.
    """
    parts = []
    module = language_for(language)
    spans = module.claim_parts(claim.text) if module else [(0, len(claim.text))]
    # The language's own marks (English straight single quotes too), on the whole claim: the
    # spans the quote check reads as quotes (factcheck.text.quote_marks).
    marked = find_quote_spans(claim.text, language)
    for start, end in spans:
        text = claim.text[start:end]
        facts = analyse_text(
            text, language, termbase, default_year, published, sentence=(claim.text, start)
        )
        facts = _with_speaker_names(facts, claim.speaker)
        anchors = _with_phrases(anchors_of(facts, language), text, module)
        anchors = _weigh_quoted(anchors, facts, marked, start)
        outside = {
            link.word
            for link in facts.links
            if not any(s <= link.start + start < e for s, e in marked)
        }
        inside = frozenset(link.word for link in facts.links if link.word not in outside)
        parts.append(ClaimPart(text, start, end, _shift(anchors, start), facts, inside, marked))
    merged = _merge_thin_parts(parts)
    return ClaimFacts(claim, language, tuple(merged), quotes_of(claim, language, marked))


def _with_speaker_names(facts: TextFacts, speaker: str | None) -> TextFacts:
    """The facts with the words of the claim's speaker (`Claim.speaker`, "Barrow") that the
    part writes capitalised as names too: a name that is also a dictionary word reads as the
    word where it opens the claim ("Barrow told reporters …"), and the speaker the claim
    file gives says it is a name, to be met in another script (バロー)."""
    if not speaker:
        return facts
    named = {name.surface for name in facts.names}
    spoken = set(re.findall(r"[^\W\d_][\w'’-]*", speaker))
    extra = tuple(
        NameMention(link.surface, "")
        for link in facts.links
        if link.surface in spoken and link.surface[:1].isupper() and link.surface not in named
    )
    if not extra:
        return facts
    unique = tuple(dict.fromkeys(extra))
    return dataclasses.replace(facts, names=facts.names + unique)


def _with_phrases(
    anchors: tuple[Anchor, ...], text: str, module: Language | None
) -> tuple[Anchor, ...]:
    """A claim word that stands in a phrase the language's lexical data has as one word
    ("step up", `Phrasing`) also meets the phrase's synonyms ("intensify"), as bridges."""
    if not _implements(module, Phrasing):
        return anchors
    extra: dict[str, list[Gloss]] = {}
    for word, glosses in cast(Phrasing, module).phrase_bridges(text):
        extra.setdefault(word, []).extend(glosses)
    if not extra:
        return anchors
    out = []
    for anchor in anchors:
        more = extra.get(anchor.key) if anchor.kind is AnchorKind.WORD else None
        if more:
            known = anchor.pivots | {pivot for pivot, _, _ in anchor.bridges}
            added = tuple((g.pivot, g.layer, g.bridge) for g in more if g.pivot not in known)
            anchor = dataclasses.replace(
                anchor, bridges=anchor.bridges + tuple(dict.fromkeys(added))
            )
        out.append(anchor)
    return tuple(out)


def _weigh_quoted(
    anchors: tuple[Anchor, ...],
    facts: TextFacts,
    quoted: Sequence[tuple[int, int]],
    offset: int,
) -> tuple[Anchor, ...]:
    """Words the claim puts between quotation marks are what it says the source says:
    they weigh QUOTED_WORD_FACTOR times more than the claim's own wording, and meet no
    near-synonym (`Anchor.bridges`): a quotation gives the source's words, not a paraphrase."""
    inside = {
        link.word for link in facts.links if any(s <= link.start + offset < e for s, e in quoted)
    }
    return tuple(
        dataclasses.replace(a, weight=a.weight * QUOTED_WORD_FACTOR, bridges=())
        if a.kind is AnchorKind.WORD and a.key in inside
        else a
        for a in anchors
    )


def _shift(anchors: tuple[Anchor, ...], offset: int) -> tuple[Anchor, ...]:
    return tuple(
        dataclasses.replace(a, start=a.start + offset, end=a.end + offset)
        if a.kind is not AnchorKind.WORD
        else a
        for a in anchors
    )


def _merge_thin_parts(parts: list[ClaimPart]) -> list[ClaimPart]:
    """A part with too few anchors to be judged on its own joins its neighbour."""
    merged: list[ClaimPart] = []
    for part in parts:
        anchored = [a for a in part.anchors if a.kind is not AnchorKind.WORD]
        if merged and len(anchored) + len(part.facts.words) < MIN_PART_ANCHORS:
            previous = merged.pop()
            merged.append(_join(previous, part))
        else:
            merged.append(part)
    if len(merged) > 1:
        first = merged[0]
        if len(first.anchors) < MIN_PART_ANCHORS:
            merged[:2] = [_join(first, merged[1])]
    return merged


PART_JOINT = " … "
"""What joins the texts of two thin claim parts made one (`_join`)."""


def _join(a: ClaimPart, b: ClaimPart) -> ClaimPart:
    facts = TextFacts(
        a.facts.terms + b.facts.terms,
        a.facts.dates + b.facts.dates,
        a.facts.numbers + b.facts.numbers,
        a.facts.words | b.facts.words,
        a.facts.links + b.facts.links,
        a.facts.names + b.facts.names,
        a.facts.date_notes + b.facts.date_notes,
    )
    seen: set[tuple[AnchorKind, str]] = set()
    anchors = []
    for anchor in a.anchors + b.anchors:
        if (anchor.kind, anchor.key) not in seen:
            seen.add((anchor.kind, anchor.key))
            anchors.append(anchor)
    return ClaimPart(
        f"{a.text}{PART_JOINT}{b.text}",
        a.start,
        b.end,
        tuple(anchors),
        facts,
        a.quoted_words | b.quoted_words,
        a.quotes,
    )


def quotes_of(
    claim: Claim, language: str = "en", spans: Sequence[tuple[int, int]] | None = None
) -> tuple[str, ...]:
    """The claim's quoted spans: given explicitly, or what stands between the quotation marks
    its language uses (factcheck.text.quote_marks; `spans`, when the caller has found them
    already)."""
    if claim.quotes:
        return claim.quotes
    if spans is None:
        spans = find_quote_spans(claim.text, language)
    return tuple(claim.text[start:end] for start, end in spans)
