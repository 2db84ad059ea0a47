"""Match: find the source sentences that best cover each part of a claim.

Takes extracted `Document`s (indexed once into a `SourceIndex`) and a claim's `ClaimFacts`;
gives, per claim part, candidate `Match`es best first. Candidates come from an inverted index
on anchors (termbase concepts, dates, numbers, content words) and only a few are reranked, so
cost grows with the sentences that share an anchor with the claim, not with all sentences.

Scoring, in words an editor can check:
- coverage: the weighted share of the part's anchors that the sentence covers; an anchor's
  weight is its base weight times its rarity among the sentences of the claim's sources
  (a name that every sentence carries counts little);
- wording: for a sentence in the claim's language, rapidfuzz similarity of the part to its
  best-aligned span of the sentence (0 across languages);
- score: coverage × 100 across languages; the mean of coverage × 100 and wording within one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import heapq
import itertools
import math
import operator
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import TypeVar

from rapidfuzz import fuzz

from factcheck.checks.modifiers import (
    CompoundHead,
    claim_modifier_pairs,
    compound_heads,
    head_form,
    heads_met,
    modifier_form,
    only_quoted,
    sentence_modifier_pairs,
)
from factcheck.languages import every_language, language_for
from factcheck.languages.countries import country_forms
from factcheck.languages.interface import (
    SPELLING,
    BridgeKind,
    Commitments,
    CutNames,
    Modifying,
    Naming,
    PlainWords,
    Prefetching,
    Script,
    compound_pivot,
    pivot_of,
    script_of,
)
from factcheck.languages.names import names_agree
from factcheck.model import Anchor, AnchorKind, Document, Match, Sentence
from factcheck.startup import is_one_command_process
from factcheck.terms.termbase import EntryKind, NameRole, Termbase, is_person
from factcheck.text.analyse import (
    MAX_SHAPES,
    ClaimPart,
    TextAnalysis,
    TextFacts,
    WordShape,
    analyse_each,
    drain,
    runs_of_names,
)
from factcheck.text.dates import DateMention
from factcheck.text.numbers import NumberMention
from factcheck.thresholds import (
    BRIDGE_WEIGHT,
    DENSE_VOTE_SENTENCES,
    FREEZE_SENTENCES,
    GLOSS_HEAD_WEIGHT,
    GLOSS_MODIFIER_WEIGHT,
    JOINED_WORDS_REACH,
    LEXICON_WEIGHT,
    PARTIAL_COVERAGE,
    PASSAGE_GAIN,
    PASSAGE_SEEDS,
    RERANK_LIMIT,
    SENSE_PHRASE_WEIGHT,
    SUPPORTED_COVERAGE,
    VOTE_BUDGET,
    VOTE_MAX_SHARE,
    VOTE_MIN_POSTINGS,
    WORDING_LIMIT,
    WORDNET_WEIGHT,
)

M = TypeVar("M", DateMention, NumberMention)


"""How many index candidates per claim part get the full (rapidfuzz) scoring."""
MAX_RANGE_DAYS = 62


@dataclass(frozen=True, slots=True)
class IndexedSentence:
    source_id: str
    sentence: Sentence
    language: str
    analysis: TextAnalysis
    """What the sentence says; its postings come from here."""
    speaker_terms: frozenset[str]
    """Concepts named by the sentence's speaker label (【高市総理】 → takaichi)."""
    # Worked out when first read (most sentences of a large index never are). Slots, not a
    # dict per sentence: an index holds 100,000 of them, for the collector to walk.
    _facts: TextFacts | None = field(default=None, init=False, repr=False, compare=False)
    _normals: frozenset[str | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _folded: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def facts(self) -> TextFacts:
        """The sentence's facts, built when a check first reads them (most sentences of a
        large index are never read)."""
        if self._facts is None:
            object.__setattr__(self, "_facts", self.analysis.facts())
        assert self._facts is not None
        return self._facts

    @property
    def normals(self) -> frozenset[str | None]:
        """The content lemmas its word shapes file."""
        if self._normals is None:
            normals = frozenset(shape.normal for shape in self.analysis.shapes)
            object.__setattr__(self, "_normals", normals)
        assert self._normals is not None
        return self._normals

    @property
    def folded(self) -> str:
        """Lower-cased text with punctuation blanked, same length as the sentence text."""
        if self._folded is None:
            object.__setattr__(self, "_folded", fold(self.sentence.text))
        assert self._folded is not None
        return self._folded


@contextlib.contextmanager
def _collector_paused(sentences: int) -> Iterator[None]:
    """Pause Python's cycle collector while an index is built.

    Building allocates millions of small objects (analyses, sets, tuples) and no cycles;
    the collector would walk the growing heap again and again for nothing (a third of the
    build time at 100,000 sentences). It runs again, as it was, once the index is built.

    A large index (`FREEZE_SENTENCES` or more) is then frozen (`gc.freeze`, as start-up
    freezes what imports built): left young, its half a million objects would each be walked
    by the next collection of every generation in turn, for no garbage (a tenth of the build
    time at 100,000 sentences, measured). Frozen objects are still freed by their reference
    counts when the index is dropped (it holds no cycles); what is frozen is never collected,
    so cyclic garbage the process held at that moment stays, as with start-up's freeze. A
    small index is not worth it. Freezing changes the whole process, so it happens only in
    the console script's one-command process (`startup.is_one_command_process`): a program
    that imports factcheck keeps its own collector settings.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if sentences >= FREEZE_SENTENCES and is_one_command_process():
            gc.freeze()
        if was_enabled:
            gc.enable()


class SourceIndex:
    """Sentences of all sources of a run, with postings from anchor keys to sentences."""

    def __init__(
        self,
        documents: Mapping[str, Document],
        termbase: Termbase,
        default_year: int | None = None,
    ) -> None:
        self.termbase = termbase
        self.dated: dict[str, int | None] = {
            source_id: document.published.year if document.published else None
            for source_id, document in documents.items()
        }
        """Per source, the year of its own date (None when it has none): the year a year it
        gives lies before or after (factcheck.checks.check_values)."""
        self.sentences: list[IndexedSentence] = []
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._by_source: dict[str, set[int]] = defaultdict(set)
        self._by_language: dict[str, set[int]] = defaultdict(set)
        self._positions: dict[str, dict[int, int]] = defaultdict(dict)
        """Per source, each sentence's index to its position (dicts of ints only: the
        collector never walks them)."""
        self._pools: dict[frozenset[str], set[int]] = {}
        self._firsts: tuple[tuple[str, int], ...] | None = None
        self._dense: _DenseVote | None = None
        self._open: dict[str, set[int]] = {}
        """Two-word concepts to the sentences that write them open (`written_open`)."""
        self._writing: dict[tuple[str, str], set[int]] = {}
        """(word, language) to the sentences that write the word (`writing`)."""
        self._naming_both: dict[tuple[str, bool], set[int]] = {}
        self._committing: set[int] | None = None
        self._modifiers: dict[int, frozenset[tuple[str, str]]] = {}
        """Per sentence, its words' gloss modifiers (`modifier_pairs`), read when asked."""
        self._heads: dict[str, dict[int, list[CompoundHead]]] | None = None
        """Gloss heads of the words the analyser cut to their sentences (`head_holders`), read
        for the whole index when first asked."""
        self._names: dict[str, set[int]] = defaultdict(set)
        """Names no termbase entry covers, written in a script with readings (アルバニージー),
        to the sentences; a Latin name is met as a word."""
        self._by_shape: dict[str, defaultdict[WordShape, list[int]]] = defaultdict(
            lambda: defaultdict(list)
        )
        """Per language, each word shape to the sentences that hold it (ascending, once per
        mention), while the index is built: the shapes' word and pivot keys are filed once
        per shape at the end (`_file_words`), not once per sentence."""
        _prefetch(documents)
        with _collector_paused(sum(len(d.sentences) for d in documents.values())):
            for source_id, document in documents.items():
                year = document.published.year if document.published else default_year
                # Relative dates in a source (本日, "Today marks …") take the source's own date.
                analyses = analyse_each(
                    [sentence.text for sentence in document.sentences],
                    document.language,
                    termbase,
                    year,
                    document.published,
                    "source dated",
                    words_in_terms=True,
                    years=True,
                )
                self._add_document(source_id, document.language, document.sentences, analyses)
            self._file_words()

    def _add_document(
        self,
        source_id: str,
        language: str,
        sentences: Sequence[Sentence],
        analyses: list[TextAnalysis],
    ) -> None:
        indexed = self.sentences
        first = len(indexed)
        after = first + len(sentences)
        speakers: list[frozenset[str]] = [
            frozenset(hit.entry.id for hit in self.termbase.find(sentence.speaker, language))
            if sentence.speaker
            else _NO_TERMS
            for sentence in sentences
        ]
        indexed.extend(
            map(IndexedSentence, repeat(source_id), sentences, repeat(language), analyses, speakers)
        )
        self._positions[source_id].update(
            zip(map(_INDEX, sentences), range(first, after), strict=True)
        )
        postings = self._postings
        for position, analysis, speaker_terms in zip(
            range(first, after), analyses, speakers, strict=True
        ):
            if analysis.terms or analysis.dates or analysis.numbers or speaker_terms:
                for key in _fixed_keys(analysis, speaker_terms):
                    postings[key].add(position)
        # Each shape's list of sentences takes every sentence that holds it, in C: a
        # sentence holds a dozen shapes or more, a large index millions in all. A sentence
        # that holds a shape twice is listed twice; the lists are filed into sets.
        shapes = [analysis.shapes for analysis in analyses]
        holders_of = self._by_shape[language].__getitem__
        held = itertools.chain.from_iterable(map(repeat, range(first, after), map(len, shapes)))
        drain(map(list.append, map(holders_of, itertools.chain.from_iterable(shapes)), held))
        self._by_source[source_id].update(range(first, after))
        self._by_language[language].update(range(first, after))

    def _file_words(self) -> None:
        """File each sentence under its words' keys, as `_posting_keys` defines them, from
        the shapes' postings: a glossed word under its pivots; a word the language cannot
        gloss as itself, unless the same sentence also holds that word glossed."""
        postings = self._postings
        # The names with a reading (a name in a script with readings: met across scripts),
        # of the few sentences that hold a shape that may be one, in index order.
        named: set[int] = set()
        for by_shape in self._by_shape.values():
            for shape in filter(_READ_NAME, by_shape):
                named.update(by_shape[shape])
        # A name the analyser may cut into dictionary words (ヴァル | ドール首相) is filed
        # whole where the sentence writes it as a name (`Naming.name_words`: before a title,
        # or with a middle dot), though no sentence holds it as one word.
        cutting: dict[str, Naming | None] = {}
        for position in sorted(named):
            entry = self.sentences[position]
            for surface, name in entry.analysis.names().items():
                if name.reading:
                    self._names[surface].add(position)
            if entry.language not in cutting:
                module = language_for(entry.language)
                cutting[entry.language] = (
                    module if isinstance(module, CutNames) and isinstance(module, Naming) else None
                )
            naming = cutting[entry.language]
            if naming is not None:
                for written in naming.name_words(entry.sentence.text):
                    self._names[written].add(position)
        self._names_written_whole()
        for language, by_shape in self._by_shape.items():
            glossed: list[tuple[str, list[int]]] = []
            unglossed: dict[str, set[int]] = defaultdict(set)
            for shape, holders in by_shape.items():
                normal = shape.normal
                if normal is None:
                    continue
                if shape.glosses:
                    glossed.append((normal, holders))
                    for key in _pivot_keys(shape):
                        postings[key].update(holders)
                else:
                    unglossed[normal].update(holders)
            # Which sentences hold a word glossed matters only for the words also met
            # unglossed (few: most words have a gloss, their own lemma's pivot).
            also: dict[str, set[int]] = {normal: set() for normal in unglossed}
            for normal, holders in glossed:
                if normal in also:
                    also[normal].update(holders)
            for normal, plain in unglossed.items():
                also_glossed = also[normal]
                filed = plain - also_glossed if also_glossed else plain
                if filed:
                    postings[f"word:{language}:{normal}"].update(filed)
        self._by_shape.clear()

    def _names_written_whole(self) -> None:
        """A name a page writes whole in one sentence is that name wherever the page writes
        it, also where its language's analyser cuts it into dictionary words (`CutNames`:
        サクラ | スキー首相 for サクラスキー): each sentence of the same source that writes
        the name whole is filed under it too."""
        by_source: dict[tuple[str, str], set[str]] = defaultdict(set)
        for surface, positions in self._names.items():
            for position in positions:
                entry = self.sentences[position]
                by_source[(entry.source_id, entry.language)].add(surface)
        for (source_id, language), names in by_source.items():
            module = language_for(language)
            pattern = module.whole_names(names) if isinstance(module, CutNames) else None
            if pattern is None:
                continue
            for position in self._by_source[source_id]:
                for found in pattern.finditer(self.sentences[position].sentence.text):
                    self._names[found.group()].add(position)

    def sentences_of(self, source_ids: Iterable[str]) -> set[int]:
        """Positions of the sentences of these sources (do not modify the set returned)."""
        key = frozenset(source_ids)
        cached = self._pools.get(key)
        if cached is None:
            cached = set()
            for source_id in key:
                cached |= self._by_source.get(source_id, set())
            self._pools[key] = cached
        return cached

    def entry(self, source_id: str, sentence_index: int) -> IndexedSentence:
        """The indexed sentence a match points at."""
        return self.sentences[self._positions[source_id][sentence_index]]

    def source_ids(self) -> list[str]:
        return sorted(self._by_source)

    def position(self, source_id: str, sentence_index: int) -> int | None:
        """The index position of a source's sentence, if it has one."""
        positions = self._positions.get(source_id)
        return None if positions is None else positions.get(sentence_index)

    def name_holders(self, name: str) -> tuple[tuple[str, set[int]], ...]:
        """Names of the index that may be `name` in another script, with their sentences:
        "Albanese" finds アルバニージー through its romanised reading."""
        return self._name_holders(name, len(self._names))

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the index lives for one run
    def _name_holders(self, name: str, _size: int) -> tuple[tuple[str, set[int]], ...]:
        return tuple(
            (written, positions)
            for written, positions in self._names.items()
            if written != name and names_agree(name, written)
        )

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the index lives for one run
    def latin_holders(self, name: str) -> frozenset[int]:
        """The sentences that write, in Latin letters, a name that may be `name` (written in
        a script with readings) through its reading: "Toamasina" for トアマシナ, where
        JMnedict has no spelling and the romanised reading ("toamashina") is not the
        page's. Only a sentence's names are compared (capitalised words its language marks
        as names), each once per index."""
        found: set[int] = set()
        for written, positions in self._latin_names().items():
            if names_agree(name, written):
                found |= positions
        return frozenset(found)

    @functools.cache  # noqa: B019
    def _latin_names(self) -> dict[str, set[int]]:
        out: dict[str, set[int]] = defaultdict(set)
        for position, entry in enumerate(self.sentences):
            for surface, name in entry.analysis.names().items():
                if not name.reading and surface.isalpha() and surface[:1].isupper():
                    out[surface].add(position)
        return out

    def opened_by(self, positions: set[int]) -> list[str]:
        """The sources whose first sentence is among these positions: the first that says
        anything besides a date or a figure (a readout's date line, 令和8年2月17日, may stand
        alone before the sentence that names the meeting and its people)."""
        if self._firsts is None:  # each source with its first sentence's position, or -1
            self._firsts = tuple(
                (source_id, self._first_said(by_index))
                for source_id, by_index in self._positions.items()
            )
        return [source_id for source_id, first in self._firsts if first in positions]

    def _first_said(self, by_index: Mapping[int, int]) -> int:
        """The position of a source's first sentence with a word or a term of its own (not
        a date line alone), else of its first sentence; -1 for a source with none."""
        for number in sorted(by_index):
            facts = self.sentences[by_index[number]].facts
            if facts.words or facts.terms:
                return by_index[number]
        return by_index.get(0, -1)

    def naming_both(self, source_id: str, people: bool) -> set[int]:
        """Positions of the source's sentences that name the event's two `people`
        (`KeyFactPatterns.both_people`), or its two countries (`both_countries`), together,
        in any language's words, in their text or their speaker label."""
        key = (source_id, people)
        found = self._naming_both.get(key)
        if found is None:
            found = self._naming_both[key] = {
                p
                for p in self._by_source.get(source_id, ())
                if _names_both(self.sentences[p].sentence.text, people)
                or _names_both(self.sentences[p].sentence.speaker or "", people)
            }
        return found

    def languages(self) -> list[str]:
        """The languages of the index's sentences."""
        return sorted(self._by_language)

    def other_languages(self, language: str) -> bool:
        """Whether any sentence is in another language than this one."""
        return any(other != language for other in self._by_language)

    def in_language(self, language: str) -> set[int]:
        """Positions of the sentences in this language (do not modify the set returned)."""
        return self._by_language.get(language, set())

    def dense_vote(self, voters: list[set[int]], weights: list[float]) -> list[int]:
        """`retrieve`'s shortlist of a large index, counted in arrays (`_DenseVote`)."""
        if self._dense is None:
            self._dense = _DenseVote(len(self.sentences))
        return self._dense.shortlist(voters, weights)

    def committing(self) -> set[int]:
        """Positions of the sentences that state their speaker's side will do something or go
        on doing it (`Commitments.commitment`), read once, when a claim first asks."""
        if self._committing is None:
            found: set[int] = set()
            for language, positions in self._by_language.items():
                module = language_for(language)
                if not isinstance(module, Commitments):
                    continue
                found.update(
                    p for p in positions if module.commitment(self.sentences[p].sentence.text)
                )
            self._committing = found
        return self._committing

    def modifier_pairs(self, position: int) -> frozenset[tuple[str, str]]:
        """The (modifier, head) pivot pairs of a sentence's words' glosses whose head it
        renders (`checks.modifiers`), read when a claim first asks."""
        pairs = self._modifiers.get(position)
        if pairs is None:
            pairs = self._modifiers[position] = sentence_modifier_pairs(
                self.sentences[position].analysis
            )
        return pairs

    def head_holders(self, pivot: str) -> dict[int, list[CompoundHead]]:
        """The sentences that hold a word the analyser cut whose gloss of a modifier and a
        head has this head, each with those words (`checks.modifiers.compound_heads`), read
        for the whole index when a claim first asks."""
        if self._heads is None:
            heads: dict[str, dict[int, list[CompoundHead]]] = defaultdict(dict)
            for language, positions in self._by_language.items():
                if not isinstance(language_for(language), Modifying):
                    continue
                for position in positions:
                    for compound in compound_heads(self.sentences[position].analysis):
                        for head in compound.heads:
                            heads[head].setdefault(position, []).append(compound)
            self._heads = dict(heads)
        return self._heads.get(pivot, {})

    def lookup(self, key: str) -> set[int]:
        """Positions of the sentences filed under a posting key ("term:indo-pacific" …)."""
        return self._postings.get(key, set())

    def writing(self, word: str, language: str) -> set[int]:
        """The sentences of a language that write a word as it is given, as a whole word in
        any case ("talks", not "peace-talks" nor "talked"): for a word its language reads as
        a function word, which no posting files (`BridgeKind.FUNCTION_WORD`). Worked out once
        per word and language, by a scan of that language's sentences: only the few words
        such links reach are asked for."""
        key = (word, language)
        found = self._writing.get(key)
        if found is None:
            pattern = _written_word(word)
            sentences = self.sentences
            found = self._writing[key] = {
                p for p in self.in_language(language) if pattern.search(sentences[p].sentence.text)
            }
        return found

    def written_open(self, pivot: str) -> set[int]:
        """The sentences that write a two-word concept (`compound_pivot`: "cyber-secur") as
        its two words side by side ("cyber security", サイバー | セキュリティ): a word of the
        first right before one of the second, a space apart at most. Worked out once per
        index, from the few sentences that hold both words."""
        known = self._open.get(pivot)
        if known is not None:
            return known
        head, _, tail = pivot.partition("-")
        found: set[int] = set()
        if head and tail and "-" not in tail:
            for position in self.lookup(f"pivot:{head}") & self.lookup(f"pivot:{tail}"):
                if _open_form(self.sentences[position].analysis, pivot):
                    found.add(position)
        self._open[pivot] = found
        return found


@functools.lru_cache(maxsize=1024)
def _written_word(word: str) -> re.Pattern[str]:
    """A word as a whole word of a text, in any case: no letter, digit, hyphen or apostrophe
    right before or after it (`SourceIndex.writing`)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", re.IGNORECASE)


_READ_NAME = operator.attrgetter("read_name")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
"""A parenthesised note in a dictionary's spelling: "Dili (East Timor)"."""
_INDEX = operator.attrgetter("index")
_NO_TERMS: frozenset[str] = frozenset()


def _prefetch(documents: Mapping[str, Document]) -> None:
    """Let each language read ahead the table rows its sentences' words will look up, in a
    few batched queries rather than one query per distinct word (speed only)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for document in documents.values():
        texts[document.language].extend(sentence.text for sentence in document.sentences)
    for language, written in texts.items():
        module = language_for(language)
        # A language read word by word is handed its new words as it meets them
        # (`analyse_each`): reading them here too would scan every text twice.
        if isinstance(module, Prefetching) and not isinstance(module, PlainWords):
            module.prefetch(written)


def _posting_keys(analysis: TextAnalysis, speaker_terms: frozenset[str], language: str) -> set[str]:
    """The keys a sentence is filed under (the index files its words' keys per shape, in
    `SourceIndex._file_words`, to the same effect)."""
    keys = _fixed_keys(analysis, speaker_terms)
    # A word with meanings is filed under them (its pivots, which include its own stem);
    # a word the language cannot gloss is filed as itself.
    unglossed: set[str] = set()
    glossed: set[str] = set()
    for shape in analysis.shapes:
        normal = shape.normal
        if normal is None:
            continue
        if shape.glosses:
            glossed.add(normal)
            keys |= _pivot_keys(shape)
        else:
            unglossed.add(normal)
    keys.update(f"word:{language}:{word}" for word in unglossed - glossed)
    return keys


def _fixed_keys(analysis: TextAnalysis, speaker_terms: frozenset[str]) -> set[str]:
    """A sentence's keys other than its words': concepts, dates, numbers."""
    keys = {f"term:{term}" for term in analysis.term_ids | speaker_terms}
    for date in analysis.dates:
        keys.update(_source_date_postings(date))
    keys.update(f"num:{number.dimension}" for number in analysis.numbers)
    return keys


def _pivot_keys(shape: WordShape) -> frozenset[str]:
    """The posting keys of a word shape's pivots (once per shape: sentences repeat words)."""
    keys = _PIVOT_KEYS.get(shape)
    if keys is None:
        if len(_PIVOT_KEYS) >= MAX_SHAPES:
            _PIVOT_KEYS.clear()
        keys = _PIVOT_KEYS[shape] = frozenset(f"pivot:{gloss.pivot}" for gloss in shape.glosses)
    return keys


_PIVOT_KEYS: dict[WordShape, frozenset[str]] = {}


def _source_date_postings(date: DateMention) -> set[str]:
    """The keys a source's date is filed under: those a claim's date is looked up under
    (`_date_postings`) and, for a day, its month too. A day is a day of its month: a claim's
    month ("in November", "November 2026") finds 11月18日, and `DateMention.covers` tells
    whether it bears it out. A claim's day is not looked up under its month, so it never
    finds a source that gives only the month."""
    keys = _date_postings(date)
    if date.day is not None and date.month is not None:
        keys.add(f"month:{date.month}")
    return keys


def _date_postings(date: DateMention) -> set[str]:
    """The keys a claim's date is looked up under, and a source's filed under (a source's
    day also under its month: `_source_date_postings`). By month-day, so a claim's "October 25" (no
    year) finds 令和7年10月25日; a month, or a range of months, under each month."""
    if date.month is None:
        return {f"year:{date.year}"}
    if date.day is None:
        return {f"month:{month}" for month in range(date.month, (date.end_month or date.month) + 1)}
    last = date.end_day or date.day
    if last - date.day > MAX_RANGE_DAYS or last < date.day:
        last = date.day
    return {f"day:{date.month}-{day}" for day in range(date.day, last + 1)}


def _anchor_posting(anchor: Anchor, language: str) -> str:
    if anchor.kind is AnchorKind.TERM:
        return f"term:{anchor.key}"
    if anchor.kind is AnchorKind.WORD:
        return f"word:{language}:{anchor.key}"
    raise ValueError(f"{anchor.kind} anchors are looked up through their mentions")


def fold(text: str) -> str:
    """Lower-case and blank punctuation without changing length, so offsets stay valid."""
    if text.isascii():  # most sentences: the same, done by two C loops
        return _NOT_ALNUM.sub(" ", text).lower()
    return "".join(ch.lower() if ch.isalnum() else " " for ch in text)


_NOT_ALNUM = re.compile(r"[\W_]")


@dataclass(frozen=True)
class PartMatches:
    """The candidates for one claim part, best first."""

    part: ClaimPart
    matches: tuple[Match, ...]
    sentences_checked: int
    """How many sentences of the claim's sources were in play."""


def match_part(
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    source_ids: Sequence[str],
    *,
    limit: int = 5,
) -> PartMatches:
    """The best sentences of `source_ids` for one claim part."""
    allowed = index.sentences_of(source_ids)
    if not allowed or not part.anchors:
        return PartMatches(part, (), len(allowed))
    lookups, weights, shortlist = retrieve(part, language, index, allowed)
    scale = _Scale(lookups, weights, *_bridged(lookups, part, language, index))
    # Coverage first, for the whole shortlist; wording (rapidfuzz, the costly part) only for
    # the best few, since a sentence far behind on anchors cannot win on wording alone.
    coverage = {p: _coverage_only(p, lookups, scale, index, language) for p in shortlist}
    by_coverage = sorted(shortlist, key=lambda p: (-coverage[p], p))[:WORDING_LIMIT]
    # Only the best `limit` are kept, and the best PASSAGE_SEEDS when no sentence covers
    # the part: a candidate that cannot reach them even with a perfect wording is not
    # worded (rapidfuzz's alignment is most of a match's time).
    scored = _best_scored(part, language, index, by_coverage, coverage, lookups, scale, limit)
    if scored and scored[0].coverage < SUPPORTED_COVERAGE and limit < PASSAGE_SEEDS:
        scored = _best_scored(
            part, language, index, by_coverage, coverage, lookups, scale, PASSAGE_SEEDS
        )
    if scored and scored[0].coverage < SUPPORTED_COVERAGE:
        # No single sentence covers the part: try it with a neighbour.
        scored += _passages(part, language, index, scored[:PASSAGE_SEEDS], lookups, scale, allowed)
    scored.sort(key=lambda m: (-m.score, -m.coverage, m.sentence.index))
    return PartMatches(part, tuple(scored[:limit]), len(allowed))


def _best_scored(
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    by_coverage: list[int],
    coverage: dict[int, float],
    lookups: list[tuple[Anchor, set[int]]],
    scale: _Scale,
    keep: int,
) -> list[Match]:
    """The candidates scored, best first, leaving out only those that cannot be among the
    best `keep`: candidates come by coverage, highest first, and a score is at most the mean
    of coverage × 100 and a perfect wording; once that falls below the `keep`-th best score
    met, no later candidate can reach it (an equal one still could, on coverage)."""
    keep = max(keep, 1)
    scored: list[Match] = []
    best: list[float] = []  # the `keep` highest scores so far, lowest first (a heap)
    for position in by_coverage:
        if len(best) == keep and round((coverage[position] * 100 + 100) / 2, 1) < best[0]:
            break
        match = _score(part, language, index, (position,), lookups, scale)
        scored.append(match)
        if len(best) < keep:
            heapq.heappush(best, match.score)
        elif match.score > best[0]:
            heapq.heapreplace(best, match.score)
    scored.sort(key=lambda m: (-m.score, -m.coverage, m.sentence.index))
    return scored


def retrieve(
    part: ClaimPart, language: str, index: SourceIndex, allowed: set[int]
) -> tuple[list[tuple[Anchor, set[int]]], list[float], list[int]]:
    """The part's anchors with the sentences that cover each, their weights, and the
    shortlist of candidate positions (at most RERANK_LIMIT) that deserve full scoring.

    The shortlist comes from a weighted vote of the postings. Anchors most sentences carry
    (more than VOTE_MAX_SHARE of the pool) do not vote: they would make every claim touch
    every sentence, and they tell little apart; they still count when candidates are scored.
    """
    everything = len(allowed) == len(index.sentences)
    lookups = []
    for anchor in part.anchors:
        hits = _candidates(anchor, part, language, index)
        lookups.append((anchor, hits if everything else hits & allowed))
    # An anchor weighs by how rare it is as written: a name is no rarer for the sentences
    # that cover it through the person's other names or through "the two leaders".
    weights = _rarity_weights(lookups, len(allowed))
    lookups = _both_parties(part, index, _whole_names(part, language, index, lookups))
    lookups = _term_words(language, index, lookups, allowed if not everything else None)
    # Rarest anchors vote first, until the postings read reach the budget: a rare word or a
    # date names a handful of sentences, a common one names thousands and tells them apart
    # little (it still counts when the shortlist is scored).
    limit = max(VOTE_MIN_POSTINGS, VOTE_MAX_SHARE * len(allowed))
    order = sorted(range(len(lookups)), key=lambda i: len(lookups[i][1]))
    voters: list[int] = []
    read = 0
    for i in order:
        size = len(lookups[i][1])
        if voters and (size > limit or read + size > VOTE_BUDGET):
            break
        voters.append(i)
        read += size
    voting = [lookups[i][1] for i in voters]
    chosen = [weights[i] for i in voters]
    if len(index.sentences) >= DENSE_VOTE_SENTENCES:
        return lookups, weights, index.dense_vote(voting, chosen)
    return lookups, weights, _shortlist(_votes(voting, chosen))


def _votes(voters: list[set[int]], weights: list[float]) -> dict[int, float]:
    """Each sentence some voter names, with the sum of the weights of the voters that name
    it, added in voter order. Set operations and dict.fromkeys run in C: only a sentence that
    more than one voter names costs a step in Python."""
    votes: dict[int, float] = {}
    for hits, weight in zip(voters, weights, strict=True):
        fresh = hits - votes.keys()
        for position in (hits & votes.keys()) if len(fresh) < len(hits) else ():
            votes[position] += weight
        votes.update(dict.fromkeys(fresh, weight))
    return votes


def _shortlist(votes: dict[int, float]) -> list[int]:
    """The RERANK_LIMIT sentences with the highest votes, highest first, then the earliest
    position. Only sentences whose vote reaches the RERANK_LIMIT-th highest can be among
    them: those are picked out in C (a sort of the votes, then `compress`), and only they
    are compared as tuples."""
    ranked: Iterable[tuple[float, int]]
    if len(votes) > 4 * RERANK_LIMIT:
        lowest = sorted(votes.values(), reverse=True)[RERANK_LIMIT - 1]
        kept = itertools.compress(votes, map(lowest.__le__, votes.values()))
        ranked = [(votes[position], -position) for position in kept]
    else:
        ranked = zip(votes.values(), map(operator.neg, votes), strict=True)
    return [-negated for _, negated in heapq.nlargest(RERANK_LIMIT, ranked)]


class _DenseVote:
    """The vote of `retrieve`, counted in numpy arrays as long as the index: each voter's
    weight is added at its sentences (in voter order, as `_votes` adds them, so the sums are
    the same floats), the sentences named are kept once each, and the RERANK_LIMIT best are
    picked as `_shortlist` picks them (highest vote, then earliest position)."""

    def __init__(self, size: int) -> None:
        import numpy as np

        self._np = np
        self._votes = np.zeros(size)
        self._mark = np.zeros(size, dtype=np.intp)
        self._lock = threading.Lock()  # the arrays are scratch space: one vote at a time

    def shortlist(self, voters: list[set[int]], weights: list[float]) -> list[int]:
        np = self._np
        arrays = [np.fromiter(hits, dtype=np.intp, count=len(hits)) for hits in voters]
        named = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.intp)
        with self._lock:
            votes, mark = self._votes, self._mark
            try:
                for positions, weight in zip(arrays, weights, strict=True):
                    votes[positions] += weight  # a set names a sentence once
                # Each sentence once: of the places that name it, the one whose number
                # its mark keeps (whichever write won) stands for it.
                places = np.arange(len(named))
                mark[named] = places
                positions = named[mark[named] == places]
                values = votes[positions]
            finally:
                votes[named] = 0.0
        if len(positions) > RERANK_LIMIT:
            at = len(values) - RERANK_LIMIT
            lowest = np.partition(values, at)[at]  # the RERANK_LIMIT-th highest vote
            kept = values >= lowest
            positions, values = positions[kept], values[kept]
        order = np.lexsort((positions, -values))[:RERANK_LIMIT]
        return [int(position) for position in positions[order]]


def _term_words(
    language: str,
    index: SourceIndex,
    lookups: list[tuple[Anchor, set[int]]],
    allowed: set[int] | None,
) -> list[tuple[Anchor, set[int]]]:
    """A term the claim writes as one word ("visit") is still that word: a sentence that
    says it in the lexicon's words (訪問 "visit"), not in one of the termbase's forms (訪日),
    covers it too. Not a name, a title or an office: "President" is the termbase's person,
    never a word any 総理 ("president (of an organization)") may stand for. A name is met
    only where another language writes it in the claim's own letters (ASEAN, PALM11 in a
    Japanese sentence: `SPELLING`)."""
    out = list(lookups)
    for number, (anchor, hits) in enumerate(lookups):
        if anchor.kind is not AnchorKind.TERM:
            continue
        entry = index.termbase.get(anchor.key)
        if entry is None:
            continue
        pivots = _term_word_pivots(anchor.surface, language)
        opened = _term_pair_pivot(anchor.surface, language) if entry.kind is EntryKind.TERM else ""
        if not pivots and not opened:
            continue
        more = set().union(*(index.lookup(f"pivot:{pivot}") for pivot in pivots))
        if opened:
            # A term of two words the page writes in the lexicon's words, not in one of the
            # termbase's forms ("diplomatic relations": 外交関係 beside the listed 国交).
            more |= index.lookup(f"pivot:{opened}") | index.written_open(opened)
        if entry.kind is EntryKind.NAME:
            more = {p for p in more if _spells(index.sentences[p].analysis, pivots)}
        if allowed is not None:
            more &= allowed
        if more - hits:
            out[number] = (anchor, hits | more)
    return out


def _spells(analysis: TextAnalysis, pivots: frozenset[str]) -> bool:
    """Whether a sentence writes one of these pivots in the claim's letters (`SPELLING`)."""
    return any(
        gloss.layer == SPELLING and gloss.pivot in pivots
        for shape in analysis.shapes
        for gloss in shape.glosses
    )


def _whole_names(
    part: ClaimPart, language: str, index: SourceIndex, lookups: list[tuple[Anchor, set[int]]]
) -> list[tuple[Anchor, set[int]]]:
    """The other parts of a person's name go with the person: where a source writes a
    claim's given name anywhere ("Kyriakos" in キリアコス・ミツォタキス), each sentence of it
    that names the person by the run's last word, the surname (ミツォタキス首相), covers the
    given name too. A source that never writes the given name gains nothing from it."""
    runs = [run for run in runs_of_names(part.text, language, person=True) if len(run) > 1]
    if not runs:
        return lookups
    at: dict[str, int] = {}
    for number, (anchor, _) in enumerate(lookups):
        if anchor.kind in (AnchorKind.WORD, AnchorKind.TERM):
            at.setdefault(anchor.surface, number)
    out = list(lookups)
    for run in runs:
        surname = at.get(run[-1])
        if surname is None:
            continue
        named = lookups[surname][1]
        for given in run[:-1]:
            found = at.get(given)
            if found is None or found == surname or out[found][0].kind is not AnchorKind.WORD:
                continue
            anchor, hits = out[found]
            sources = {index.sentences[p].source_id for p in hits}
            more = {p for p in named if p not in hits and index.sentences[p].source_id in sources}
            if more:
                out[found] = (anchor, hits | more)
    return out


def _names_both(text: str, people: bool) -> bool:
    """Whether a text names the two people (or the two countries) of a bilateral event
    together, in any language's words (`KeyFactPatterns`)."""
    return both_named_in(text, people) is not None


def both_named_in(text: str, people: bool) -> str | None:
    """The words of a text that name the two people (or the two countries) of a bilateral
    event together ("the two ministers", 両外相), in any language's words
    (`KeyFactPatterns.both_people` / `both_countries`); None when it has none."""
    for module in every_language():
        patterns = module.key_fact_patterns
        if patterns is None:
            continue
        both = patterns.both_people if people else patterns.both_countries
        found = both.search(text) if both is not None else None
        if found is not None:
            return found.group()
    return None


def _both_parties(
    part: ClaimPart, index: SourceIndex, lookups: list[tuple[Anchor, set[int]]]
) -> list[tuple[Anchor, set[int]]]:
    """The event's parties, named together: where a claim names two or more of the people,
    or of the countries, that a source's first sentence names (the leaders and countries of
    the meeting it reports), each sentence of that source that names those parties together
    covers them: "Takaichi and Mitsotakis" / 両首脳, "relations between Kenya and Japan" /
    両国関係 (`_names_both`). The two countries are not the two leaders, and a claim that
    names one of them ("a dinner hosted by Takaichi") says something of that one,
    which "the two leaders" does not."""
    parties: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for number, (anchor, hits) in enumerate(lookups):
        party = _party(anchor, part, index)
        if party is not None:
            for source_id in index.opened_by(hits):
                parties[(source_id, party)].append(number)
    out = list(lookups)
    for (source_id, people), numbers in parties.items():
        if len(numbers) < 2:
            continue
        both = index.naming_both(source_id, people)
        for number in numbers:
            anchor, hits = out[number]
            if both - hits:
                out[number] = (anchor, hits | both)
    return out


def _party(anchor: Anchor, part: ClaimPart, index: SourceIndex) -> bool | None:
    """Whether an anchor names a person (True) or a country (False); None for anything else
    (a title, an office, a place)."""
    if anchor.kind is AnchorKind.TERM:
        entry = index.termbase.get(anchor.key)
        if entry is None or entry.kind is not EntryKind.NAME:
            return None
        if is_person(entry):
            return True
        return False if entry.role is NameRole.COUNTRY else None
    if anchor.kind is AnchorKind.WORD:
        if country_forms(anchor.surface):
            return False
        if any(name.surface == anchor.surface for name in part.facts.names):
            return True
    return None


def _passages(
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    seeds: Sequence[Match],
    lookups: list[tuple[Anchor, set[int]]],
    scale: _Scale,
    allowed: set[int],
) -> list[Match]:
    """Two adjacent sentences that together cover clearly more of the part than either.

    A readout often puts one event in two sentences ("…for approximately 40 minutes." /
    "The meeting was followed by a working lunch.").
    """
    out = []
    best_single = max(seed.coverage for seed in seeds)
    tried: set[tuple[int, int]] = set()
    for seed in seeds:
        here = index.position(seed.source_id, seed.sentence.index)
        for neighbour in (
            index.position(seed.source_id, seed.sentence.index - 1),
            index.position(seed.source_id, seed.sentence.index + 1),
        ):
            if neighbour is None or neighbour not in allowed or here is None:
                continue
            # The sentence that covers more on its own heads the passage, unless it covers
            # only names (a lead that names the people, not what they said) and the other
            # covers what the part says.
            alone = _coverage_only(neighbour, lookups, scale, index, language)
            theirs = _says_more_than_names(neighbour, lookups, part, index)
            ours = _says_more_than_names(here, lookups, part, index)
            first = theirs and not ours if theirs != ours else alone > seed.coverage
            head, tail = (neighbour, here) if first else (here, neighbour)
            if (head, tail) in tried:
                continue
            tried.add((head, tail))
            added = [anchor for anchor, hits in lookups if tail in hits and head not in hits]
            if not any(_substantive(anchor, index) for anchor in added):
                continue
            if _dates_only(head, tail, lookups, part, index) or _dates_only(
                tail, head, lookups, part, index
            ):
                continue
            passage = _score(part, language, index, (head, tail), lookups, scale)
            if passage.coverage >= best_single + PASSAGE_GAIN:
                out.append(passage)
    return out


def _bridge_holders(
    anchor: Anchor, language: str, index: SourceIndex
) -> list[tuple[set[int], float, bool]]:
    """The sentences that hold each near-synonym of a claim word (`Anchor.bridges`), with the
    factor of its weight they cover it at: a JMdict near-synonym (BRIDGE_WEIGHT) only in
    another language than the claim's, a WordNet synonym or derived form (WORDNET_WEIGHT) in
    any, a WordNet synonym the language reads as a function word ("talks" for "negotiations",
    `BridgeKind.FUNCTION_WORD`, WORDNET_WEIGHT) where a sentence of the claim's language
    writes it; the last is marked weak (`_Scale.weak`)."""
    other = index.other_languages(language)
    out: list[tuple[set[int], float, bool]] = []
    for pivot, _, kind in anchor.bridges:
        if kind is BridgeKind.NEAR_SYNONYM:
            if not other:
                continue
            holders = index.lookup(f"pivot:{pivot}") - index.in_language(language)
            factor = BRIDGE_WEIGHT
        elif kind is BridgeKind.FUNCTION_WORD:
            holders, factor = index.writing(pivot, language), WORDNET_WEIGHT
        elif kind is BridgeKind.SENSE_PHRASE:
            # A word glossed by the phrase (送電網 "transmission network"), or its two words
            # written side by side ("transmission network"), in any language.
            holders = index.lookup(f"pivot:{pivot}") | index.written_open(pivot)
            factor = SENSE_PHRASE_WEIGHT
        else:
            holders, factor = _kin_holders(pivot, language, index), WORDNET_WEIGHT
        if holders:
            out.append((holders, factor, kind is BridgeKind.FUNCTION_WORD))
    return out


def _kin_holders(pivot: str, language: str, index: SourceIndex) -> set[int]:
    """The sentences that hold a WordNet word of a claim word: in the claim's language, the
    word itself; in another, a word it is a whole gloss of (海軍 "navy"), not one word of a
    longer gloss (病院 "doctor's office" is no office): a link of two steps, WordNet's and
    the lexicon's, is held to the JMdict near-synonyms' rule for the second."""
    holders = index.lookup(f"pivot:{pivot}")
    if not holders or not index.other_languages(language):
        return holders
    own = index.in_language(language)
    return {
        position
        for position in holders
        if position in own
        or any(
            gloss.pivot == pivot and gloss.whole and not _loanword(shape.surface)
            for shape in index.sentences[position].analysis.shapes
            for gloss in shape.glosses
        )
    }


def _loanword(surface: str) -> bool:
    """Whether a word is written in katakana: a loanword, which is one English word form
    (ワーキング is "working"), so WordNet's derived forms of a claim word ("workers" → work)
    do not reach it: only the claim word's own pivots do."""
    return script_of(surface) is Script.KATAKANA


def _says_more_than_names(
    position: int, lookups: list[tuple[Anchor, set[int]]], part: ClaimPart, index: SourceIndex
) -> bool:
    """Whether a sentence covers an anchor of the part other than the people, countries and
    places it names."""
    return any(
        position in hits and not _names_someone(anchor, part, index) for anchor, hits in lookups
    )


def _dates_only(
    one: int,
    other: int,
    lookups: list[tuple[Anchor, set[int]]],
    part: ClaimPart,
    index: SourceIndex,
) -> bool:
    """Whether sentence `one` adds to `other` a date of the part and nothing but names beside
    it: a date dates what its own sentence reports ("the day before, she toured the market"),
    not the neighbour's content, so the two make no passage. The event's own date is the
    lead's and the date line's (checks/keyfacts.py, checks/check_event.py)."""
    added = [anchor for anchor, hits in lookups if one in hits and other not in hits]
    if not any(a.kind is AnchorKind.DATE for a in added) or not all(
        a.kind is AnchorKind.DATE or _names_someone(a, part, index) for a in added
    ):
        return False
    # The source's first dated sentence (its lead) dates the event itself, and what follows it
    # ("Following the meeting, … hosted a working dinner") is of that event.
    entry = index.sentences[one]
    return any(
        (position := index.position(entry.source_id, number)) is not None
        and bool(index.sentences[position].facts.dates)
        for number in range(entry.sentence.index)
    )


def _names_someone(anchor: Anchor, part: ClaimPart, index: SourceIndex) -> bool:
    if anchor.kind is AnchorKind.TERM:
        return not _substantive(anchor, index)
    return anchor.kind is AnchorKind.WORD and _party(anchor, part, index) is not None


def _bridge_hits(anchor: Anchor, language: str, index: SourceIndex) -> set[int]:
    """Sentences that hold a near-synonym of a claim word (`_bridge_holders`)."""
    if not anchor.bridges:
        return set()
    return set().union(*(holders for holders, _, _ in _bridge_holders(anchor, language, index)))


_MODIFIED = (AnchorKind.WORD, AnchorKind.TERM)
"""The anchors a gloss modifier may meet: a word, or a term written as one word ("Japanese
nationals" / 邦人 "Japanese national")."""


def _modifier_hits(anchor: Anchor, part: ClaimPart, language: str, index: SourceIndex) -> set[int]:
    """The sentences of another language than the claim's that meet a claim word as the
    modifier of a word's gloss, written before that gloss's own head (`BridgeKind
    .GLOSS_MODIFIER`: "coal-fired power" / 石炭火力 "coal-fired thermal power")."""
    if anchor.kind not in _MODIFIED or not index.other_languages(language):
        return set()
    pairs = claim_modifier_pairs(anchor, part, language)
    if not pairs:
        return set()
    own = index.in_language(language)
    out: set[int] = set()
    for head in {head for _, head in pairs}:
        for position in index.lookup(f"pivot:{head}") - own:
            if not pairs.isdisjoint(index.modifier_pairs(position)):
                out.add(position)
    return out


def _head_hits(anchor: Anchor, part: ClaimPart, language: str, index: SourceIndex) -> set[int]:
    """The sentences of another language than the claim's that hold a word the analyser cut
    whose gloss of a modifier and a head has the claim word as its head (`BridgeKind
    .GLOSS_HEAD`: 電力供給 "power distribution" for "distribution"); none for a word the claim
    writes only between quotation marks."""
    if anchor.kind is not AnchorKind.WORD or not index.other_languages(language):
        return set()
    if only_quoted(anchor, part, language):
        return set()
    found: set[int] = set()
    for pivot in anchor.pivots:
        for position, compounds in index.head_holders(pivot).items():
            if position not in found and any(heads_met(anchor, part, c) for c in compounds):
                found.add(position)
    return found - index.in_language(language) if found else found


def _bridged(
    lookups: list[tuple[Anchor, set[int]]], part: ClaimPart, language: str, index: SourceIndex
) -> tuple[list[dict[int, float]], list[frozenset[int]]]:
    """For each anchor, the sentences it reaches only through its near-synonyms, each with
    the factor of its weight its best one covers it at (`_bridge_holders`); and those of
    them it reaches only through a weak one (a function-word synonym: `_Scale.weak`)."""
    factors: list[dict[int, float]] = []
    weak: list[frozenset[int]] = []
    for anchor, hits in lookups:
        holders = _bridge_holders(anchor, language, index) if anchor.bridges else []
        modified = _modifier_hits(anchor, part, language, index)
        if modified:
            holders.append((modified, GLOSS_MODIFIER_WEIGHT, False))
        headed = _head_hits(anchor, part, language, index)
        if headed:
            holders.append((headed, GLOSS_HEAD_WEIGHT, False))
        if not holders:
            factors.append({})
            weak.append(frozenset())
            continue
        direct = _candidates(anchor, part, language, index, bridges=False)
        reached = {
            p: [(factor, faint) for held, factor, faint in holders if p in held]
            for p in hits - direct
        }
        factors.append({p: max(f for f, _ in links) for p, links in reached.items() if links})
        weak.append(
            frozenset(p for p, links in reached.items() if links and all(w for _, w in links))
        )
    return factors, weak


def _candidates(
    anchor: Anchor, part: ClaimPart, language: str, index: SourceIndex, *, bridges: bool = True
) -> set[int]:
    """Sentences that cover one anchor of the part (with `bridges`, also those that hold a
    near-synonym of it in another language, or meet it as a gloss's modifier or head:
    `checks.modifiers`). A compound no dictionary lists (`Anchor.parts`: "waste-to-energy")
    is also covered where each of its words is (廃棄物発電), and only there: 早期 of 早期妥結
    is no "early-warning"."""
    if anchor.kind is AnchorKind.DATE:
        mention = _mention_at(part.facts.dates, anchor)
        if mention is None:
            return set()
        positions: set[int] = set()
        for key in _date_postings(mention):
            positions |= index.lookup(key)
        return {p for p in positions if _covers_date(index.sentences[p].analysis.dates, mention)}
    if anchor.kind is AnchorKind.NUMBER:
        number = _mention_at(part.facts.numbers, anchor)
        if number is None:
            return set()
        positions = set().union(
            *(index.lookup(f"num:{dimension}") for dimension in number.dimensions_met)
        )
        return {
            p
            for p in positions
            if any(n.agrees(number) for n in index.sentences[p].analysis.numbers)
        }
    if anchor.kind is AnchorKind.WORD:
        # The same lemma in the claim's language, or a word of any language that means
        # the same (its JMdict glosses, or an English lemma, meet the claim word's pivots).
        sets = [index.lookup(_anchor_posting(anchor, language))]
        sets += [index.lookup(f"pivot:{pivot}") for pivot in anchor.pivots]
        sets += [index.written_open(pivot) for pivot in _closed_compounds(anchor)]
        sets += _country_hits(anchor.surface, index)
        if any(name.surface == anchor.surface for name in part.facts.names):
            sets += [positions for _, positions in index.name_holders(anchor.surface)]
            sets += _spelled_in_latin(anchor, language, index)
        if bridges and anchor.bridges:
            sets.append(_bridge_hits(anchor, language, index))
        if bridges:
            sets.append(_modifier_hits(anchor, part, language, index))
            sets.append(_head_hits(anchor, part, language, index))
        if bridges and _reports_commitment(anchor, part, language):
            # "pledged", "offered": what a sentence says when it states its speaker's side
            # will do something or go on doing it (「…支援していく旨」, "would continue"). A
            # weak link, as a near-synonym is: it covers the word, but says nothing of what
            # the part is about (factcheck.checks.topic_links).
            sets.append(index.committing())
        if anchor.parts:
            sets.append(_all_parts(anchor.parts, part, language, index, bridges))
        sets = [found for found in sets if found]
        if len(sets) == 1:
            return sets[0]  # the posting itself: callers do not modify it
        return set().union(*sets)
    posted = index.lookup(_anchor_posting(anchor, language))
    modified = _modifier_hits(anchor, part, language, index) if bridges else set()
    return posted | modified if modified else posted


def _all_parts(
    parts: tuple[Anchor, ...], part: ClaimPart, language: str, index: SourceIndex, bridges: bool
) -> set[int]:
    """The sentences that cover every word of a compound (`Anchor.parts`), with at most
    JOINED_WORDS_REACH words between the words that cover them (`_written_near`)."""
    found: set[int] | None = None
    for word in parts:
        hits = _candidates(word, part, language, index, bridges=bridges)
        found = set(hits) if found is None else found & hits
        if not found:
            return set()
    return {p for p in found or () if _written_near(parts, index.sentences[p])}


def _written_near(parts: tuple[Anchor, ...], entry: IndexedSentence) -> bool:
    """Whether a sentence writes a word for each of a compound's words (its lemma, a pivot or
    a near-synonym's) with at most JOINED_WORDS_REACH other words between the first and the
    last: "fuel prices … efficient customs procedures" holds both words of "fuel-efficient",
    five words apart, and says nothing fuel-efficient. A compound word a sentence covers by
    other means (a name, a country) leaves it to them."""
    words = entry.analysis.placed_words()
    starts = sorted({start for start, _, _ in words})
    places: list[list[int]] = []
    for word in parts:
        wanted = set(word.pivots) | {pivot for pivot, _, _ in word.bridges}
        found = sorted(
            {start for start, normal, pivots in words if normal == word.key or pivots & wanted}
        )
        if not found:
            return True
        places.append(found)
    for chosen in itertools.product(*places):
        low, high = min(chosen), max(chosen)
        between = sum(1 for start in starts if low < start < high and start not in chosen)
        if between <= JOINED_WORDS_REACH:
            return True
    return False


def _reports_commitment(anchor: Anchor, part: ClaimPart, language: str) -> bool:
    """Whether a claim word is a verb of commitment that reports what someone said, where the
    part first writes it (`Commitments.commits`: "Takaichi pledged …")."""
    if anchor.kind is not AnchorKind.WORD or not _commits(anchor.surface, "", "", language):
        # Without its context a word commits at least as readily as with it (the context
        # only rules uses out), so most words are ruled out here, once each, before their
        # place in the part is sought.
        return False
    found = re.search(rf"(?<!\w){re.escape(anchor.surface)}(?!\w)", part.text)
    if found is None:
        return False
    return _commits(anchor.surface, part.text[: found.start()], part.text[found.end() :], language)


_FORM_LAYER = re.compile(r" \(([^()]+)\)$")
"""The layer `_source_form` writes after a word met through a link: "強化 (JMdict)"."""


def split_source_form(form: str) -> tuple[str, str]:
    """A `Match.source_forms` entry as how the sentence writes the word and the layer it was
    met through, "" for the word itself: "強化 (JMdict)" → ("強化", "JMdict")."""
    layer = _FORM_LAYER.search(form)
    return (form[: layer.start()], layer.group(1)) if layer is not None else (form, "")


COMMITMENT_LINK = "(commitment)"
"""How `Match.source_forms` marks a claim word covered only as a statement of commitment."""


def by_commitment(match: Match, anchor: Anchor) -> bool:
    """Whether the passage covers a claim word ("vowed") only by stating a commitment
    ("would work together"): a weak link that covers the word but says nothing of what the
    claim is about, so it does not tell where the claim stands (`decide`'s quote frame)."""
    for covered, form in zip(match.covered, match.source_forms, strict=False):
        if covered == anchor:
            return form.endswith(COMMITMENT_LINK)
    return False


@functools.lru_cache(maxsize=65536)
def _commits(word: str, before: str, after: str, language: str) -> bool:
    module = language_for(language)
    return isinstance(module, Commitments) and module.commits(word, before, after)


def _open_form(analysis: TextAnalysis, pivot: str) -> str:
    """Where a sentence writes a two-word concept ("cyber-secur") as its two words side by
    side, a space apart at most: that text ("cyber security"); else ""."""
    head, _, tail = pivot.partition("-")
    links = analysis.facts().links
    for first in links:
        if first.pivot != head:
            continue
        for second in links:
            if second.pivot == tail and 0 <= second.start - first.end <= 1:
                return analysis.text[first.start : second.end]
    return ""


def _spelled_in_latin(anchor: Anchor, language: str, index: SourceIndex) -> list[set[int]]:
    """A claim's name in a script with readings (茂木, アルバレス) is met by a sentence of
    another language that writes one of its Latin spellings as a word ("Motegi", "MOTEGI",
    "Alvarez": `names.spellings_of`, through JMnedict's readings or the romanised kana)."""
    if anchor.surface.isascii() or not index.other_languages(language):
        return []
    from factcheck.languages.names import spellings_of

    own = index.in_language(language)
    # JMnedict's spellings may name the place they are in: "Dili (East Timor)".
    spellings = {
        _PARENTHESES.sub("", spelling).strip() for spelling in spellings_of(anchor.surface)
    }
    keys = {pivot_of(spelling.lower()) for spelling in spellings}
    found = [index.lookup(f"pivot:{key}") - own for key in sorted(keys) if key.isalpha()]
    return [*found, set(index.latin_holders(anchor.surface)) - own]


def _closed_compounds(anchor: Anchor) -> list[str]:
    """The two-word concepts a claim word is written as one word for ("cybersecurity",
    "disaster-prevention"), not those it is one word of ("renewable" of "renewable energy")."""
    if len(anchor.pivots) < 2:
        return []
    own = pivot_of(anchor.key)
    return [
        pivot
        for pivot in anchor.pivots
        if pivot.count("-") == 1 and own not in pivot.split("-") and pivot != own
    ]


@functools.lru_cache(maxsize=4096)
def _term_lemma_pivots(surface: str, language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each content word of a term's claim form, as written, with its lemma's own pivots (not
    its synonyms: "indispensable" is not "required"); () in a language without spaces."""
    module = language_for(language)
    if module is None or not module.spaced:
        return ()
    return tuple(
        (token.surface, tuple(g.pivot for g in module.glosses(token) if g.layer == "lemma"))
        for token in module.tokens(surface)
        if token.content
    )


def _term_word_pivots(surface: str, language: str) -> frozenset[str]:
    """The pivot of a term's claim form when it is one content word, else none."""
    words = _term_lemma_pivots(surface, language)
    if len(words) != 1 or words[0][0] != surface.strip():
        return frozenset()
    return frozenset(words[0][1])


def _term_pair_pivot(surface: str, language: str) -> str:
    """The two-word pivot (`compound_pivot`) of a term's claim form when it is two content
    words ("diplomatic relations" → "diplomat-relat"), each read by its lemma's own pivot;
    "" otherwise."""
    words = _term_lemma_pivots(surface, language)
    if len(words) != 2 or any(len(pivots) != 1 for _, pivots in words):
        return ""
    return compound_pivot([pivots[0] for _, pivots in words])


def _country_hits(surface: str, index: SourceIndex) -> list[set[int]]:
    """The sentences that write a country's other names, for a claim word that names it by
    its adjective or people ("Greek": Greece, ギリシャ; "Costa Rican": Costa Rica;
    `countries.country_forms`, which key facts read too): a sentence that names the country
    covers the word. A name of two words is met where a sentence writes them side by side
    (`SourceIndex.written_open`)."""
    forms = country_forms(surface) - {surface}
    if not forms:
        return []
    from factcheck.languages.en import lemma_of

    found: list[set[int]] = []
    for form in sorted(forms):
        if not form.isascii():
            found += [index.lookup(f"word:{language}:{form}") for language in index.languages()]
        elif " " not in form:
            found.append(index.lookup(f"pivot:{pivot_of(lemma_of(form.lower()))}"))
        elif form.count(" ") == 1:
            found.append(index.written_open(compound_pivot(form.lower().split())))
    return found


def anchor_sentences(
    anchor: Anchor, part: ClaimPart, language: str, index: SourceIndex, *, bridges: bool = True
) -> set[int]:
    """Index positions of every sentence that carries the anchor (in any source); without
    `bridges`, not those that hold only a near-synonym or a WordNet word of it
    (`Anchor.bridges`)."""
    return _candidates(anchor, part, language, index, bridges=bridges)


def kin_sentences(anchor: Anchor, language: str, index: SourceIndex) -> set[int]:
    """Index positions of the sentences that hold a WordNet synonym or derived form of the
    anchor (its `BridgeKind.KIN` bridges), held to the rule of `_kin_holders`. Not its
    `BridgeKind.FUNCTION_WORD` ones: the word such a link reaches is too often the event's
    own ("held summit talks" in the lead of a readout) to show that the source speaks of
    what the claim says ("agreed to begin negotiations")."""
    return set().union(
        *(
            _kin_holders(pivot, language, index)
            for pivot, _, kind in anchor.bridges
            if kind is BridgeKind.KIN
        )
    )


def _mention_at(mentions: Sequence[M], anchor: Anchor) -> M | None:
    for mention in mentions:
        if mention.key == anchor.key and mention.surface == anchor.surface:
            return mention
    return None


def _covers_date(dates: Sequence[DateMention], wanted: DateMention) -> bool:
    return any(date.covers(wanted) for date in dates)


def _rarity_weights(lookups: list[tuple[Anchor, set[int]]], pool: int) -> list[float]:
    """Base weight × rarity: an anchor most sentences carry tells little about any one."""
    return [
        anchor.weight * (1.0 + math.log((pool + 1) / (len(hits) + 1))) for anchor, hits in lookups
    ]


def _substantive(anchor: Anchor, index: SourceIndex) -> bool:
    """Whether an anchor says something about the event, not just who or where it is about.

    A neighbour that only adds a name ("Japanese" ↔ 日本) does not make a passage.
    """
    if anchor.kind is not AnchorKind.TERM:
        return True
    entry = index.termbase.get(anchor.key)
    return entry is None or entry.kind is not EntryKind.NAME


class _Scale:
    """The weights of a part's anchors against a sentence in the claim's language and in
    another (`_language_weight`), with their totals, worked out once per part."""

    def __init__(
        self,
        lookups: list[tuple[Anchor, set[int]]],
        weights: list[float],
        bridged: list[dict[int, float]],
        weak: list[frozenset[int]],
    ) -> None:
        self.bridged = bridged
        """Per anchor, the sentences that cover it only through a near-synonym, with the
        factor they cover it at."""
        self.weak = weak
        """Per anchor, those of them that cover it only through a function-word synonym
        (`BridgeKind.FUNCTION_WORD`: "talks" for "negotiations"). "talks" is most often the
        meeting's own word ("held summit talks"): such a link adds to a passage that
        covers PARTIAL_COVERAGE of the part without it, but does not lift one that does not
        past it (`_weak_share`)."""
        self.any_bridged = any(bridged)
        self.weights: dict[bool, list[float]] = {}
        self.totals: dict[bool, float] = {}
        for same_language in (True, False):
            scaled = [
                _language_weight(anchor, base, same_language)
                for (anchor, _), base in zip(lookups, weights, strict=True)
            ]
            total = 0.0
            for weight in scaled:
                total += weight
            self.weights[same_language], self.totals[same_language] = scaled, total


def _coverage_only(
    position: int,
    lookups: list[tuple[Anchor, set[int]]],
    scale: _Scale,
    index: SourceIndex,
    language: str,
) -> float:
    same_language = index.sentences[position].language == language
    total = scale.totals[same_language]
    got = 0.0
    if not scale.any_bridged:  # the usual case: no claim word met through a near-synonym
        for (_, hits), weight in zip(lookups, scale.weights[same_language], strict=True):
            if position in hits:
                got += weight
        return got / total if total else 0.0
    faint = 0.0
    for (_, hits), weight, bridged, weak in zip(
        lookups, scale.weights[same_language], scale.bridged, scale.weak, strict=True
    ):
        if position in hits:
            share = weight * bridged.get(position, 1.0)
            got += share
            if position in weak:
                faint += share
    if not total:
        return 0.0
    return (got - _weak_share(got, faint, total)) / total


def _weak_share(got: float, faint: float, total: float) -> float:
    """What a passage's weak links (`_Scale.weak`) take back from the weight it covers: all of
    it where the rest covers less than PARTIAL_COVERAGE of the part, none otherwise."""
    if faint and (got - faint) / total < PARTIAL_COVERAGE:
        return faint
    return 0.0


def _language_weight(anchor: Anchor, weight: float, same_language: bool) -> float:
    """A word met across languages through the lexicon is weaker evidence than the same
    lemma within one language, and weaker than a termbase concept."""
    if anchor.kind is AnchorKind.WORD and not same_language:
        return weight * LEXICON_WEIGHT
    return weight


def _score(
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    positions: tuple[int, ...],
    lookups: list[tuple[Anchor, set[int]]],
    scale: _Scale,
) -> Match:
    """Score a passage of one sentence, or of adjacent sentences of one source."""
    members = [index.sentences[p] for p in positions]
    head = members[0]
    covered: list[Anchor] = []
    forms: list[str] = []
    missing: list[Anchor] = []
    got = faint = 0.0
    same_language = head.language == language
    total = scale.totals[same_language]
    held: list[tuple[Anchor, IndexedSentence | None, bool]] = []
    for (anchor, hits), weight, bridged, weak in zip(
        lookups, scale.weights[same_language], scale.bridged, scale.weak, strict=True
    ):
        if len(positions) == 1:
            holder = head if positions[0] in hits else None
        else:
            holder = next((m for p, m in zip(positions, members, strict=True) if p in hits), None)
        faintly = False
        if holder is not None:
            share = weight * max(bridged.get(p, 1.0) for p in positions if p in hits)
            got += share
            if all(p in weak for p in positions if p in hits):
                faint += share
                faintly = True
        held.append((anchor, holder, faintly))
    if total and _weak_share(got, faint, total):
        got -= faint  # the weak links alone would lift the passage: they count for nothing
        held = [(anchor, None if faintly else holder, False) for anchor, holder, faintly in held]
    for anchor, holder, _ in held:
        if holder is not None:
            covered.append(anchor)
            forms.append(_source_form(anchor, part, holder, language))
        else:
            missing.append(anchor)
    coverage = got / total if total else 0.0
    wording, span = (0.0, "")
    if same_language:
        wording, span = max(_wording(part.text, member) for member in members)
    score = coverage * 100 if not same_language else (coverage * 100 + wording) / 2
    return Match(
        source_id=head.source_id,
        sentence=head.sentence,
        score=round(score, 1),
        wording=round(wording, 1),
        coverage=round(coverage, 3),
        covered=tuple(covered),
        source_forms=tuple(forms),
        missing=tuple(missing),
        span=span,
        context=tuple(m.sentence for m in members[1:]),
    )


def _source_form(anchor: Anchor, part: ClaimPart, candidate: IndexedSentence, language: str) -> str:
    """How the sentence words an anchor it covers, for the report.

    Read from the sentence's compact analysis: most candidates scored are never shown, and
    building their facts would cost more than the scoring (the answers are the facts' own:
    a word's first link for a pivot is its first shape's gloss, in text order)."""
    analysis = candidate.analysis
    if anchor.kind is AnchorKind.TERM:
        for hit in analysis.terms:
            if hit.entry.id == anchor.key:
                return hit.surface
        if anchor.key in candidate.speaker_terms:
            return candidate.sentence.speaker or anchor.surface  # through the speaker label
        # A one-word term covered through the lexicon (`_term_words`): 訪問 (JMdict).
        pivots = _term_word_pivots(anchor.surface, language)
        for shape in analysis.shapes:
            for gloss in shape.glosses:
                if gloss.pivot in pivots:
                    return f"{shape.surface} ({gloss.layer})"
        if candidate.language != language:
            modified = _gloss_form(anchor, part, language, analysis, heads=False)
            if modified is not None:
                return modified
        return candidate.sentence.speaker or anchor.surface
    if anchor.kind is AnchorKind.DATE:
        wanted = _mention_at(part.facts.dates, anchor)
        for date in analysis.dates:
            if wanted is not None and date.covers(wanted):
                return date.surface
    if anchor.kind is AnchorKind.NUMBER:
        number = _mention_at(part.facts.numbers, anchor)
        for found in analysis.numbers:
            if number is not None and found.agrees(number):
                return found.surface
    if anchor.kind is AnchorKind.WORD:
        shapes = analysis.shapes
        if candidate.language == language and anchor.key in candidate.normals:
            return anchor.surface
        for shape in shapes:
            for gloss in shape.glosses:
                if gloss.pivot in anchor.pivots:
                    return f"{shape.surface} ({gloss.layer})"
        for name in analysis.names().values():
            if names_agree(anchor.surface, name.surface):
                return f"{name.surface} (reading)"
        for pivot in _closed_compounds(anchor):  # "cyber security" for "cybersecurity"
            written = _open_form(analysis, pivot)
            if written:
                return f"{written} (written open)"
        if _reports_commitment(anchor, part, language):
            module = language_for(candidate.language)
            if isinstance(module, Commitments):
                stated = module.commitment(candidate.sentence.text)
                if stated:
                    return f"{stated} {COMMITMENT_LINK}"
        for pivot, layer, kind in anchor.bridges:  # a near-synonym: "輸送 (JMdict via 運送)"
            if kind is BridgeKind.SENSE_PHRASE:
                # "transmission network (JMdict phrase via 送電網)" for "electricity grid".
                written = _open_form(analysis, pivot)
                if written:
                    return f"{written} ({layer})"
            if kind is BridgeKind.FUNCTION_WORD:
                if candidate.language == language:
                    seen = _written_word(pivot).search(candidate.sentence.text)
                    if seen:
                        return f"{seen.group()} ({layer})"  # "talks (WordNet synonym)"
                continue
            for shape in shapes:
                for gloss in shape.glosses:
                    if gloss.pivot != pivot:
                        continue
                    if kind in _OWN_LAYER or candidate.language == language:
                        return f"{shape.surface} ({layer})"  # "buyer (WordNet synonym)"
                    # A WordNet word that glosses it: "働く (JMdict work, WordNet
                    # derivation)" for "workers".
                    return f"{shape.surface} ({gloss.layer} {gloss.text}, {layer})"
        if candidate.language != language:
            modified = _gloss_form(anchor, part, language, analysis, heads=True)
            if modified is not None:
                return modified
    return anchor.surface


_OWN_LAYER = (BridgeKind.NEAR_SYNONYM, BridgeKind.SENSE_PHRASE)
"""The bridges a sentence's word is named by with the bridge's layer alone ("輸送 (JMdict via
運送)"), not also with the gloss it is met through."""


def _gloss_form(
    anchor: Anchor, part: ClaimPart, language: str, analysis: TextAnalysis, *, heads: bool
) -> str | None:
    """The word of a sentence in another language whose gloss meets a claim word as its
    modifier (`BridgeKind.GLOSS_MODIFIER`), or with `heads` as its head (`GLOSS_HEAD`)."""
    modified = modifier_form(claim_modifier_pairs(anchor, part, language), analysis)
    if modified is None and heads:
        modified = head_form(anchor, part, analysis)
    return modified


@functools.lru_cache(maxsize=256)
def _folded_claim(text: str) -> str:
    return fold(text)  # the same claim part is compared with many candidates


def _wording(text: str, candidate: IndexedSentence) -> tuple[float, str]:
    """Similarity of the claim text to its best-aligned span of the sentence, and the span.

    partial_ratio gives 100 to any fragment of the longer string, so it is used only when the
    sentence is at least as long as the claim; a shorter sentence is compared whole.
    """
    claim = _folded_claim(text)
    sentence = candidate.folded
    if len(sentence) >= len(claim):
        alignment = fuzz.partial_ratio_alignment(claim, sentence)
        if alignment is None:
            return 0.0, ""
        span = candidate.sentence.text[alignment.dest_start : alignment.dest_end].strip()
        return float(alignment.score), span
    return float(fuzz.ratio(claim, sentence)), candidate.sentence.text
