"""Key facts: which check-worthy elements of a claim part the source covers, and where.

Takes a claim part's matches, the source index and each source's layout (title, date line,
paragraphs); gives `KeyFacts`: every anchor of the part with where in the source it is covered
(the best passage, another sentence of the same paragraph, the lead paragraph, the title or the
date line) or that nothing covers it.

Key elements are those a claim cannot add or change without saying something the source does
not: its dates, its numbers, the people and places it names, and its qualifiers ("first",
"only", "deepen", "by video link": each language module's `qualifiers` says how a claim words
them, and a source of any language carries one through a word whose lexicon glosses mean it).
One of them covered by nothing makes the part partly supported, and the reason names it.
Other words and terms are weighed by coverage, as before.

A readout spreads one event over its text: the date line and the lead paragraph carry the
date, the place, the people and the duration; a later paragraph carries what was said. So a
part whose content (terms and words other than names) is covered by one passage is covered
when the lead, the passage's paragraph, the title and the date line supply the rest.

What the source gives instead (another date, duration, count or place for the same event) is
checked by `factcheck.checks.check_event`.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_values import counts_parties, number_offsets
from factcheck.checks.check_visit import in_clause
from factcheck.checks.date_acts import own_act_sentence
from factcheck.checks.key_actions import acts_said_otherwise, swapped_actions
from factcheck.checks.key_modifiers import uncovered_modifiers
from factcheck.checks.key_names import (
    capital_named,
    country_named,
    held_name,
    name_runs,
    named_on_page,
    proper_words,
    writes_name,
)
from factcheck.checks.match import PartMatches, SourceIndex, both_named_in
from factcheck.checks.qualifiers import (
    MODE_QUALIFIERS,
    PHRASE_BREAKS,
    RELATION_QUALIFIERS,
    claim_qualifiers,
    framing_qualifiers,
    qualifier_on_page,
    says_qualifier,
)
from factcheck.checks.source_layout import (
    Coverage,
    Place,
    SourceLayout,
    covered_as,
    in_context,
    in_passage,
    other_happenings,
    passage_context,
)
from factcheck.checks.title_links import TitleLinks
from factcheck.checks.topic_links import firm_sentences
from factcheck.languages import WordClass, every_language, key_fact_pattern, language_for
from factcheck.languages.countries import country_forms
from factcheck.languages.interface import Language, Predicating, Token
from factcheck.languages.wordnet import wordnet
from factcheck.model import Anchor, AnchorKind, Match
from factcheck.terms.termbase import EntryKind, NameRole, Termbase
from factcheck.text.analyse import ClaimPart, TextFacts, runs_of_names
from factcheck.text.quote_marks import find_quotes
from factcheck.thresholds import (
    COMMON_WORD_RARITY,
    CONTENT_MARGIN,
    MISSING_PHRASE_WORDS,
    NUMBER_WEIGHT,
    PARTIAL_COVERAGE,
    SPECIFIC_WORD_RARITY,
    SPREAD_CONTENT_COVERAGE,
    STOCK_MIN_SENTENCES,
    STOCK_SENTENCE_SHARE,
    SUPPORTED_COVERAGE,
    TOPIC_ABSENT_SHARE,
    TOPIC_PRESENT_SHARE,
    WORTHY_COVERAGE,
)

__all__ = [
    "KeyElement",
    "KeyFacts",
    "KeyKind",
    "assess_key_facts",
    "check_worth",
    "content_first",
    "element_position",
    "is_city",
    "is_event_place",
    "is_other_occasion_place",
]


class KeyKind(enum.Enum):
    """What a claim element is, for deciding whether the source must carry it."""

    DATE = "date"
    NUMBER = "number"
    NAME = "name"
    """A person, place or institution the termbase knows."""
    QUALIFIER = "qualifier"
    ACTION = "action"
    """The act the claim says was done, which its passage replaces with another
    (`factcheck.checks.key_actions`): only ever uncovered, its `source_form` the passage's act."""
    CONTENT = "content"
    """Any other term or word: weighed by coverage, not required one by one."""

    @property
    def key(self) -> bool:
        return self is not KeyKind.CONTENT


@dataclass(frozen=True)
class KeyElement:
    """One element of a claim part and where the source covers it."""

    kind: KeyKind
    surface: str
    """As the claim writes it."""
    anchor: Anchor | None
    """The matching anchor; None for a qualifier that is not one."""
    covered_by: Coverage | None
    """Where the source carries it (the passage, its context, the date line, the title …),
    None when nothing does."""
    source_form: str = ""
    """How the source words it, when it does."""
    frame: bool = False
    """Part of the event's frame rather than its topic: a name, date or number, or a word the
    source's lead paragraph or title carries (the call, the meeting, the two countries)."""
    named: bool = False
    """A name the claim's language marks as one (Canada's, カーニー) though no termbase knows
    it: part of the frame, but no word of the event to weigh against its topic."""
    unnamed: bool = False
    """A name (a country, a place, an organisation, a person) the page writes nowhere, in no
    form: not part of the event's frame but something the claim adds to it."""
    stock: bool = False
    """A word the source says in many of its sentences (STOCK_SENTENCE_SHARE): how it
    reports things ("cooperate", 一致), weighed with the frame, not with the topic."""
    quoted: bool = False
    """Written between the claim's quotation marks: left to the quote check when weighing
    the wording, but part of what the claim says (its topic) all the same."""
    modifier: bool = False
    """A word the claim writes directly before a head the source covers, narrowing it to a
    kind of it, where the source gives the head another modifier of that kind ("gas-fired"
    of "gas-fired power" against 石炭火力 "coal-fired thermal power"), and nothing in the
    source covers it: a detail the claim changes, so a key element all the same
    (checks/key_modifiers.py)."""
    worth: float = 1.0
    """How check-worthy the element is, 0 to 1: a key element, a term or a specific word 1; a
    content word less the commoner it is in general use (`check_worth`)."""

    @property
    def worthy(self) -> bool:
        """Whether the source leaving it out says something: a key element, or a content word
        that is not too common to be checked on its own."""
        return self.kind.key or self.worth > 0


@dataclass(frozen=True)
class KeyFacts:
    """The key-fact view of one claim part against its best source."""

    part: ClaimPart
    source_id: str | None
    elements: tuple[KeyElement, ...]
    spread_coverage: float
    """Weighted share of the part's anchors covered by the passage and its context (lead,
    paragraph, title, date line; for a person or place, any sentence of the page)."""
    content_coverage: float
    """Weighted share of the part's content anchors (not names, dates, numbers) that the best
    passage alone covers."""
    topic_share: float = 0.0
    """The largest weighted share of the part's topic (its content beyond the event's frame)
    that any one sentence of the source carries."""
    worthy_coverage: float = 0.0
    """Share of the check-worthy weight of the part's topic (its content beyond the event's
    frame; each word weighed by its weight times its worth) that the passage with its context
    covers."""
    specific_missing: bool = False
    """A fully check-worthy word of the part's topic (a term, or a word as rare as
    SPECIFIC_WORD_RARITY: "sturgeon"), or a name the claim's language marks ("World
    Meteorological Organization"), stands nowhere in the source."""
    missing_phrase: str = ""
    """The longest run of the part's words, in its own order, that nothing in the source
    covers ("mountain rescue squad"), as the claim writes it, when it is MISSING_PHRASE_WORDS
    words long or longer: a phrase the source does not say is a fact the claim adds, not a
    wording."""
    same_language: bool = False
    """The passage is in the claim's language, where a weak link is two words of that language
    a dictionary gives one sense ("thanked" / "gratitude"): a synonym, not the two steps
    across another language a near-synonym takes."""
    absent_act_at: int = -1
    """Where in the part the first act of its topic that nothing in the source covers is
    written ("invited" of "invited Takaichi to make an official visit"), -1 when none: the
    words after it are what that act is about."""

    def describe(self) -> str:
        """Each key element and where the source carries it, for the report's details."""
        pieces = []
        for e in self.elements:
            if e.modifier:
                pieces.append(f"modifier “{e.surface}”: in no part of the source")
                continue
            if not e.kind.key:
                continue
            if e.covered_by is None:
                instead = f" (the passage says “{e.source_form}”)" if e.source_form else ""
                pieces.append(f"{e.kind.value} “{e.surface}”: in no part of the source{instead}")
            else:
                form = f" as “{e.source_form}”" if e.source_form else ""
                pieces.append(f"{e.kind.value} “{e.surface}”: {e.covered_by.describe()}{form}")
        return "key facts: " + ("; ".join(pieces) if pieces else "none")

    @property
    def uncovered(self) -> tuple[KeyElement, ...]:
        """Key elements nothing in the source covers, modifiers the claim adds included."""
        return tuple(
            e for e in self.elements if (e.kind.key or e.modifier) and e.covered_by is None
        )

    @property
    def names_only(self) -> bool:
        """The best passage covers nothing of the part but the people and places it names:
        that the source names them says nothing about what the claim says of them."""
        covered = [e for e in self.elements if e.covered_by is not None]
        return bool(covered) and all(e.kind is KeyKind.NAME for e in covered)

    @property
    def topic_absent(self) -> bool:
        """The part says something beyond the event's frame (its names, dates and the words
        of the source's lead and title), and no word of that topic stands in the source: a
        claim that adds an absent topic to a shared frame is not found, not partly
        supported. The topic is absent when no sentence of the source carries
        TOPIC_PRESENT_SHARE of it (a stray word of it, "defense" in another context, is not
        the topic)."""
        topic = [e.anchor.weight for e in self.elements if _topical(e) and e.anchor is not None]
        if not topic or self.topic_share >= TOPIC_PRESENT_SHARE or self.topic_covered:
            return False
        if self.bears_out or self.qualifies_event:
            return False
        # The frame's own words ("discussed", 協議) weigh against the topic; the event's name
        # (a term of the lead: "the call", 首脳会談) and the names of its people do not, nor
        # do the words after an act of the topic that no source covers: they say what that
        # act was about ("invited Takaichi to make an official visit": the visit invited to
        # is no visit the lead reports).
        framed = sum(
            e.anchor.weight
            for e in self.elements
            if e.kind is KeyKind.CONTENT
            and (e.frame or e.stock)
            and not e.named
            and e.anchor is not None
            and e.anchor.kind is AnchorKind.WORD
            and not (0 <= self.absent_act_at < element_position(e, self.part))
        )
        return sum(topic) >= TOPIC_ABSENT_SHARE * (sum(topic) + framed)

    @property
    def phrase_absent(self) -> bool:
        """A whole phrase of the part goes unsaid (`missing_phrase`: "offshore wind turbine
        blades") and no sentence of the source carries TOPIC_PRESENT_SHARE of its topic: what
        the source shares with it is the event and its people, not what it says of them. A
        part whose date, number or qualifier the source bears out (`bears_out`) is not
        absent."""
        if not self.missing_phrase or self.topic_share >= TOPIC_PRESENT_SHARE:
            return False
        if self.topic_covered:
            return False
        return not (self.bears_out or self.qualifies_event)

    @property
    def topic_covered(self) -> bool:
        """Every word of the part's topic stands in its passage, in the claim's language,
        some through a weak link (two words a dictionary gives one sense: "thanked" /
        "gratitude", "swift" / "prompt"): a paraphrase of the passage, whatever share of the
        topic one sentence carries firmly. Across languages a weak link is a near-synonym two
        dictionary steps away ("smuggling" → 密貿易 "contraband trade" → 貿易): no sign of
        the topic, however many of the part's words it covers."""
        topical = [e for e in self.elements if _topical(e)]
        return (
            self.same_language
            and bool(topical)
            and all(
                e.covered_by is not None and e.covered_by.place is Place.PASSAGE for e in topical
            )
        )

    @property
    def bears_out(self) -> bool:
        """The source bears out a date, a number or a qualifier of the part (when, how long or
        how much; "her first trip abroad as minister" against 大臣就任後初めての外国訪問): a
        checkable assertion it makes, so the part is no absent topic. A qualifier of degree
        (RELATION_QUALIFIERS: "expand", "deepen") is not: it says how much what the topic
        names grows, and the source saying it of something else (留学生の受入れを拡大, "expand
        the intake of students") bears out nothing of a topic it does not carry (a supply of
        hydrogen)."""
        return any(
            e.kind in (KeyKind.DATE, KeyKind.NUMBER, KeyKind.QUALIFIER)
            and e.covered_by is not None
            and e.surface not in RELATION_QUALIFIERS
            and e.surface not in MODE_QUALIFIERS
            for e in self.elements
        )

    @property
    def qualifies_event(self) -> bool:
        """The part calls the event it reports a first, an only, a record, or says it was
        held by video or in person, in a phrase that frames its clause (`framing_qualifiers`:
        "On his first trip to the Andes, Motegi met Ruiz"), and the source does not. The
        qualifier is the detail the claim adds to the source's event; the words of its phrase
        ("trip", "Andes") are that detail's, not a topic the source is silent on: the part is
        partly supported where its passage carries enough of it, not absent."""
        return any(
            e.kind is KeyKind.QUALIFIER and e.covered_by is None and e.frame for e in self.elements
        )

    @property
    def paraphrased(self) -> bool:
        """Every key element and every specific word of the topic stands in the source, and
        the passage with its context carries WORTHY_COVERAGE of the part's check-worthy
        weight: what is left out are common words ("carry on", "buying", "among"), a
        paraphrase of what the source says, not a missing fact."""
        return (
            not self.uncovered
            and not self.specific_missing
            and not self.missing_phrase
            and self.content_coverage >= PARTIAL_COVERAGE
            and self.worthy_coverage >= WORTHY_COVERAGE
        )

    @property
    def missing_worthy(self) -> tuple[KeyElement, ...]:
        """The elements nothing in the source covers that are worth naming, most check-worthy
        first: key elements, then content words by their worth."""
        missing = [e for e in self.elements if e.covered_by is None and e.worthy]
        return tuple(sorted(missing, key=lambda e: (not e.kind.key, -e.worth)))

    @property
    def combines(self) -> bool:
        """The passage carries the content and its context supplies the rest."""
        return (
            not self.uncovered
            and self.content_coverage >= SPREAD_CONTENT_COVERAGE
            and self.spread_coverage >= SUPPORTED_COVERAGE
        )


def content_first(
    matches: PartMatches,
    termbase: Termbase,
    language: str = "",
    layouts: Mapping[str, SourceLayout] | None = None,
) -> PartMatches:
    """The candidates with the passage that carries the part's content first.

    Matching ranks by coverage, where a date or a duration weighs much: a part's best match
    can be the lead (it has the duration) or a sentence with the claim's date for another
    event (a visit the day before), while what the claim says stands in a later paragraph. When
    the best match carries less than PARTIAL_COVERAGE of the part's content (its terms and
    words, names aside) and another candidate carries at least that, or another carries
    CONTENT_MARGIN more of it, covers SUPPORTED_COVERAGE of the part and every date and number
    the best match covers, that one is the passage:
    the lead then supplies the frame, and a date of another sentence is compared with the
    event's own (factcheck.checks.check_event). Names are no content, also those the claim's
    `language` marks that no termbase knows ("Fidan", "Motegi"). Nor, given the sources'
    `layouts`, are the terms a dated candidate from a lead paragraph covers, for a candidate
    that gives none of the part's dates: the lead dates and names the event ("in a phone
    call on Wednesday", 本日…電話会談) and so frames every undated point of the page; a
    candidate with a date of its own reports another happening, which the event's name
    tells apart ("held a summit on November 3, after touring a shipyard on November 2")."""
    if len(matches.matches) < 2:
        return matches
    names = frozenset(proper_words(matches.part.text, language)) if language else frozenset()
    framed = _lead_covered(matches, layouts) if layouts else frozenset()
    amounts = frozenset(n.surface for n in matches.part.facts.numbers if n.dimension != "duration")
    shares = [_content_of(m, termbase, names, framed, amounts) for m in matches.matches]
    top = max(range(len(shares)), key=lambda i: (shares[i], -i))
    if top == 0 or shares[top] < PARTIAL_COVERAGE:
        return matches
    if shares[0] >= PARTIAL_COVERAGE and not (
        shares[top] - shares[0] >= CONTENT_MARGIN
        and matches.matches[top].coverage >= SUPPORTED_COVERAGE
        and _keeps_values(matches.matches[top], matches.matches[0])
    ):
        return matches
    ordered = (matches.matches[top], *(m for i, m in enumerate(matches.matches) if i != top))
    return dataclasses.replace(matches, matches=ordered)


def _keeps_values(match: Match, best: Match) -> bool:
    """Whether `match` covers every date and number of the part that `best` covers."""
    kept = {(a.kind, a.key) for a in match.covered}
    return all(
        (a.kind, a.key) in kept
        for a in best.covered
        if a.kind in (AnchorKind.DATE, AnchorKind.NUMBER)
    )


def _lead_covered(
    matches: PartMatches, layouts: Mapping[str, SourceLayout]
) -> frozenset[tuple[AnchorKind, str]]:
    """The terms a dated candidate from its source's lead paragraph covers (the event it
    names: "phone call", 首脳会談); none when a candidate outside the lead gives a date of
    the part too (a happening of its own, which the event's name tells apart)."""
    dated = [
        (
            match,
            match.source_id in layouts and match.sentence.index in layouts[match.source_id].lead,
        )
        for match in matches.matches
        if any(anchor.kind is AnchorKind.DATE for anchor in match.covered)
    ]
    if not all(lead for _, lead in dated):
        return frozenset()  # a point with a date of its own: another happening, not framed
    return frozenset(
        (anchor.kind, anchor.key)
        for match, _ in dated
        for anchor in match.covered
        if anchor.kind is AnchorKind.TERM
    )


def _content_of(
    match: Match,
    termbase: Termbase,
    names: frozenset[str] = frozenset(),
    framed: frozenset[tuple[AnchorKind, str]] = frozenset(),
    amounts: frozenset[str] = frozenset(),
) -> float:
    """The weighted share of a part's content (terms and words, not names) a match covers;
    `names` are the word keys the claim's language marks as names, and `framed` the anchors
    the event's frame carries (no content either). The part's `amounts` (the surfaces of
    its numbers that are no length of time: "$10 million", "300 engineers") are content:
    what was given or counted, not when or how long the event was."""

    def content(anchor: Anchor) -> bool:
        if (anchor.kind, anchor.key) in framed:
            return False
        if anchor.kind is AnchorKind.NUMBER:
            return anchor.surface in amounts
        if anchor.kind is AnchorKind.WORD:
            return anchor.key not in names
        return anchor.kind is AnchorKind.TERM and _kind(anchor, termbase) is KeyKind.CONTENT

    covered = sum(a.weight for a in match.covered if content(a))
    missing = sum(a.weight for a in match.missing if content(a))
    return covered / (covered + missing) if covered + missing else 0.0


def assess_key_facts(
    matches: PartMatches,
    language: str,
    index: SourceIndex,
    layouts: Mapping[str, SourceLayout],
    links: TitleLinks,
) -> KeyFacts:
    """Where the best source covers each element of the part, and what it gives instead."""
    part = matches.part
    best = matches.matches[0] if matches.matches else None
    if best is None or best.source_id not in layouts:
        bare = tuple(
            KeyElement(_kind(a, index.termbase), a.surface, a, None) for a in part.anchors
        ) + tuple(
            KeyElement(KeyKind.QUALIFIER, q, None, None)
            for q in claim_qualifiers(part.text, language)
        )
        return KeyFacts(part, None, bare, 0.0, 0.0)
    layout = layouts[best.source_id]
    context = passage_context(best, layout, index) + other_happenings(part, best, layout, index)
    elements: list[KeyElement] = []
    got = total = content_got = content_total = 0.0
    same_language = layout.language == language
    where_best = Coverage(Place.PASSAGE, best.source_id, best.sentence.index)
    in_best = {
        (a.kind, a.key): form for a, form in zip(best.covered, best.source_forms, strict=False)
    }
    proper = proper_words(part.text, language) if same_language else {}
    spelled = {} if same_language else proper_words(part.text, language)
    for anchor in (*part.anchors, *_counts(part)):
        kind = _kind(anchor, index.termbase)
        if anchor.kind is AnchorKind.WORD and anchor.key in proper:
            kind = KeyKind.NAME  # a name the termbase does not know ("Osaka")
            anchor = Anchor(anchor.kind, anchor.key, proper[anchor.key], weight=anchor.weight)
        if kind is KeyKind.CONTENT and _office_as_place(part, anchor, language, index.termbase):
            kind = KeyKind.NAME  # "at the Prime Minister's Office": where the event was held
        if kind is KeyKind.NAME and is_city(anchor, index.termbase):
            if not is_event_place(part, anchor, language):
                # "at Hanoi's request", "consult with Seoul": a capital standing for its
                # government, which the source may name otherwise (ベトナム政府).
                kind = KeyKind.CONTENT
        if (
            anchor.kind is AnchorKind.WORD
            and not same_language
            and not anchor.pivots
            and (anchor.kind, anchor.key) not in in_best
        ):
            # A word the lexicon cannot gloss cannot be looked for across languages, unless
            # it is a name the page writes in its own script, met through the reading
            # (ハルコスキー ↔ "Harukoski", anywhere on the page: names frame the page), or
            # names a country by an adjective the lexicon has no gloss for (a demonym): the
            # page writes the country's name (チリ産 for "Chilean"), and places frame the
            # page. A country's word the page does not write is a place the claim adds.
            held = held_name(anchor, layout, index)
            if held is not None:
                total += anchor.weight
                got += anchor.weight
                elements.append(KeyElement(KeyKind.NAME, anchor.surface, anchor, *held))
                continue
            country = country_named(anchor, layout, index)
            if country_forms(anchor.surface):
                kind = KeyKind.NAME
                total += anchor.weight
                got += anchor.weight if country is not None else 0.0
            elements.append(KeyElement(kind, anchor.surface, anchor, *(country or (None,))))
            continue
        weight = anchor.weight
        total += weight
        if kind is KeyKind.CONTENT:
            content_total += weight
        form = in_best.get((anchor.kind, anchor.key))
        if form is not None:
            elements.append(KeyElement(kind, anchor.surface, anchor, where_best, form))
            got += weight
            if kind is KeyKind.CONTENT:
                content_got += weight
            continue
        found = (
            in_passage(anchor, part, best, layout, index)
            or in_context(anchor, part, context, layout, index)
            or _counterpart_named(anchor, language, layout, index)
        )
        if found is not None:
            got += weight
            elements.append(KeyElement(kind, anchor.surface, anchor, found[0], found[1]))
        elif kind is KeyKind.DATE and (
            dated := _own_act_dated(anchor, part, language, layout, index)
        ):
            # "After arriving in Windhoek on November 17, …": the arrival's day, which the
            # page gives where it reports the arrival (factcheck.checks.date_acts).
            got += weight
            elements.append(KeyElement(kind, anchor.surface, anchor, dated, anchor.surface))
        elif kind is KeyKind.NAME and (named := named_on_page(anchor, layout, index, links)):
            # People and places frame the whole page: named anywhere, or (a person) meant by
            # a title the page links to nobody else. Counted as coverage of the passage with
            # its context, as the date line's date is.
            got += weight
            elements.append(KeyElement(kind, anchor.surface, anchor, named[0], named[1]))
        elif (
            (kind is KeyKind.NAME or is_city(anchor, index.termbase) or _capitalised(anchor))
            and not is_event_place(part, anchor, language)
            and (
                capital := capital_named(
                    anchor,
                    part.text[: max(0, _span_in_part(anchor, part)[0])],
                    language,
                    layout,
                    index,
                )
            )
        ):
            # A national capital standing for its government ("Ottawa plans …", "Tokyo
            # hopes …"), which the page names by its country (カナダ, "Japan").
            got += weight
            elements.append(KeyElement(kind, anchor.surface, anchor, *capital))
        elif anchor.kind is AnchorKind.WORD and (country := country_named(anchor, layout, index)):
            # A country named by its adjective or people ("Peruvian copper"), which the page
            # writes by the country's name (ペルー産の銅, "copper from Peru"): a place, and
            # places frame the whole page.
            got += weight
            elements.append(KeyElement(KeyKind.NAME, anchor.surface, anchor, *country))
        elif (
            anchor.kind is AnchorKind.WORD
            and anchor.key in spelled
            and (held := held_name(anchor, layout, index))
        ):
            # A name the claim spells in its own script ("Wong"), which the page writes in
            # another (ウォン): met through its reading anywhere on the page, as a name is.
            got += weight
            elements.append(KeyElement(kind, anchor.surface, anchor, held[0], held[1]))
        else:
            if anchor.kind is AnchorKind.WORD and country_forms(anchor.surface):
                kind = KeyKind.NAME  # a country the page does not name: a place it adds
            elements.append(KeyElement(kind, anchor.surface, anchor, None))
    got += _take_cover(elements, _nested(elements), same_language)
    got += _take_cover(elements, _one_person(elements, part, language), same_language)
    got += _take_act(elements, part, language, best, layout.language, where_best)
    framing, claim_names = _framing(part, language, layout, index)
    elements = [
        dataclasses.replace(e, frame=True, named=e.surface in claim_names) if framing(e) else e
        for e in elements
    ]
    quotes = find_quotes(part.text, language)
    elements = [
        dataclasses.replace(e, quoted=True)
        if e.kind is KeyKind.CONTENT and any(e.surface in quote for quote in quotes)
        else e
        for e in elements
    ]
    runs = name_runs(part, language)
    elements = [
        dataclasses.replace(e, unnamed=True)
        if e.covered_by is None
        and (e.kind is KeyKind.NAME or e.named)
        and not any(writes_name(word, layout, index) for word in runs.get(e.surface, [e.surface]))
        and not _sets_the_event(e, part, language, index.termbase)
        else e
        for e in elements
    ]

    places = [(where_best, best.sentence.index)]
    places += [(Coverage(Place.PASSAGE, best.source_id, s.index), s.index) for s in best.context]
    places += [(Coverage(Place.CONTEXT, layout.source_id, i), i) for i in context]
    framing_said = framing_qualifiers(part.text, language)
    for name in claim_qualifiers(part.text, language):
        hit = next(
            (
                (where, written)
                for where, number in places
                if (
                    written := says_qualifier(
                        name, index.entry(best.source_id, number), layout.language, language
                    )
                )
            ),
            None,
        ) or qualifier_on_page(name, part, language, index, best.source_id, layout.language)
        elements.append(
            KeyElement(
                KeyKind.QUALIFIER,
                name,
                None,
                hit[0] if hit else None,
                hit[1] if hit else "",
                frame=name in framing_said,
            )
        )
    module = language_for(language)
    elements = [
        dataclasses.replace(e, worth=check_worth(e.kind, e.anchor, module)) for e in elements
    ]
    searchable = {
        number
        for number, e in enumerate(elements)
        if e.anchor is not None and _searchable(e.anchor, same_language)
    }
    added = uncovered_modifiers(elements, part, language, searchable, index)
    elements = [
        dataclasses.replace(e, modifier=True) if number in added else e
        for number, e in enumerate(elements)
    ]
    worthy = _worthy_share(elements, part, same_language, best.sentence.index in layout.lead)
    # A specific word of the topic, or a name the claim's language marks (an organisation,
    # a person no termbase knows), that the source does not carry.
    specific_missing = any(
        e.kind is KeyKind.CONTENT
        and e.covered_by is None
        and e.anchor is not None
        and _searchable(e.anchor, same_language)
        and ((not e.frame and e.worth >= 1.0) or (e.named and e.anchor.kind is AnchorKind.WORD))
        for e in elements
    )
    missing_phrase = _missing_phrase(elements, part, language, same_language)
    spread = got / total if total else 0.0
    content = content_got / content_total if content_total else 1.0
    elements, topic_share = _topic(elements, part, language, index, best.source_id)
    elements += _actions(elements, part, language, best, layout.language)
    return KeyFacts(
        part,
        best.source_id,
        tuple(elements),
        spread,
        content,
        topic_share,
        worthy,
        specific_missing,
        missing_phrase,
        same_language,
        _absent_act(elements, part, language),
    )


def _absent_act(elements: Sequence[KeyElement], part: ClaimPart, language: str) -> int:
    """Where the part writes its first act (the first word it uses as a verb:
    `Predicating.verb_at`, "invited" of "Isaias invited Takaichi to …"), when that act is a
    word of its topic that nothing in the source covers and no word of the topic after it
    stands in the source either; -1 otherwise: an act inside what
    someone said or agreed ("agreed to push ahead with …", `Language.claim_speech`) is
    what they said, and the words after it stay the claim's frame."""
    module = language_for(language)
    if not isinstance(module, Predicating):
        return -1
    tokens = module.tokens(part.text)
    first = next(
        (
            token
            for number, token in enumerate(tokens)
            if token.content and module.verb_at(tokens, number)
        ),
        None,
    )
    if first is None or any(e.kind is KeyKind.ACTION for e in elements):
        return -1  # the passage replaces the act with another: changed, not absent
    opening = module.claim_speech.match(part.text) if module.claim_speech is not None else None
    if opening is not None and opening.end() <= first.start:
        return -1  # an act inside what someone is said to have said or agreed
    if not any(
        _topical(e)
        and e.covered_by is None
        and e.anchor is not None
        and e.anchor.key in first.anchor_keys
        and element_position(e, part) == first.start
        for e in elements
    ):
        return -1
    if any(
        e.kind is KeyKind.CONTENT
        and not (e.frame or e.named)
        and e.covered_by is not None
        and element_position(e, part) > first.start
        for e in elements
    ):
        # What the act is about stands in the source ("sent a personal letter" against
        # 親書を手交): the act is worded otherwise there, not absent.
        return -1
    return first.start


def _word_cover(elements: Sequence[KeyElement]) -> tuple[frozenset[str], dict[str, str]]:
    """The keys of the part's words nothing covers, and those of the words its passage itself
    covers, each with how the passage writes it: what the act checks compare."""
    words = [e for e in elements if e.anchor is not None and e.anchor.kind is AnchorKind.WORD]
    uncovered = frozenset(e.anchor.key for e in words if e.anchor and e.covered_by is None)
    covered = {
        e.anchor.key: e.source_form
        for e in words
        if e.anchor and e.covered_by is not None and e.covered_by.place is Place.PASSAGE
    }
    return uncovered, covered


def _actions(
    elements: Sequence[KeyElement], part: ClaimPart, language: str, best: Match, source: str
) -> list[KeyElement]:
    """The claim's acts its passage swaps for another (`swapped_actions`), as uncovered key
    elements; appended after the weighing, so they change what is key, not the coverage."""
    uncovered, covered = _word_cover(elements)
    return [
        KeyElement(KeyKind.ACTION, swap.claim_word, None, None, swap.source_word)
        for swap in swapped_actions(part.text, language, best, source, uncovered, covered)
    ]


def _capitalised(anchor: Anchor) -> bool:
    """Whether a claim word is written as a name ("Brasilia", "Berlin's"), which may be a
    national capital no termbase entry lists (`capital_named` asks WordNet)."""
    return anchor.kind is AnchorKind.WORD and anchor.surface[:1].isupper()


def _counterpart_named(
    anchor: Anchor, language: str, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """Where the source names whom a claim's "counterpart" means (`KeyFactPatterns.
    counterpart`): the other party of a meeting of two, which a page that speaks of the two
    together ("the two ministers", 両外相: `KeyFactPatterns.both_people`) reports. A page
    that never does (a statement, one minister's remarks) covers no counterpart."""
    module = language_for(language)
    patterns = module.key_fact_patterns if module is not None else None
    if (
        anchor.kind is not AnchorKind.WORD
        or patterns is None
        or patterns.counterpart is None
        or not patterns.counterpart.fullmatch(anchor.surface)
    ):
        return None
    both = index.naming_both(layout.source_id, people=True)
    if not both:
        return None
    sentence = index.sentences[min(both)].sentence
    found = both_named_in(sentence.text, True) or both_named_in(sentence.speaker or "", True)
    return Coverage(Place.CONTEXT, layout.source_id, sentence.index), found or ""


def _searchable(anchor: Anchor, same_language: bool) -> bool:
    """Whether the source can be searched for an anchor: any anchor in the claim's own
    language; across languages a term, a value, or a word the lexicon glosses."""
    return same_language or anchor.kind is not AnchorKind.WORD or bool(anchor.pivots)


def _take_act(
    elements: list[KeyElement],
    part: ClaimPart,
    language: str,
    best: Match,
    source: str,
    where: Coverage,
) -> float:
    """Cover each uncovered predicate that the passage writes as the same act in other words
    on the same argument (`acts_said_otherwise`: "boost trade" / 貿易を促進), as the
    passage's; the weight gained."""
    uncovered, covered = _word_cover(elements)
    same = acts_said_otherwise(part.text, language, best, source, uncovered, covered)
    gained = 0.0
    for number, element in enumerate(elements):
        anchor = element.anchor
        if anchor is None or element.covered_by is not None or anchor.key not in same:
            continue
        elements[number] = dataclasses.replace(
            element, covered_by=where, source_form=f"{same[anchor.key]} (the same act)"
        )
        gained += anchor.weight
    return gained


def _take_cover(
    elements: list[KeyElement], covering: Mapping[int, KeyElement], same_language: bool
) -> float:
    """Give each uncovered element that `covering` names the place of the element covering
    it (the term it is written inside, the surname of its run of names); the weight gained."""
    gained = 0.0
    for number, outer in covering.items():
        element = elements[number]
        if element.covered_by is not None:
            continue
        elements[number] = dataclasses.replace(
            element, covered_by=outer.covered_by, source_form=outer.source_form
        )
        if element.anchor is not None and _searchable(element.anchor, same_language):
            gained += element.anchor.weight
    return gained


def _worthy_share(
    elements: Sequence[KeyElement], part: ClaimPart, same_language: bool, in_lead: bool = False
) -> float:
    """The check-worthy share of a part's topic (its content beyond the event's frame) that
    the passage with its context covers. 0 when the part has no topic to weigh.

    A covered word counts its weight. A missing word counts its weight in full when it
    belongs to a missing phrase (a neighbouring element of the claim, in the claim's word
    order, is missing too: "leased two research vessels"), and only its worth's share of it
    when it stands alone between covered elements: a common word inside an otherwise covered
    clause ("talks on shipping more salmon … would continue") is the claim's wording,
    not a fact the source leaves out. A neighbour too common to be worth checking (worth 0:
    "working", "big" of "go on working closely on the big picture") makes no phrase with
    it: everyday words side by side are wording too. Elements the source could not be
    searched for (a word the lexicon cannot gloss, across languages) are left out. When the
    passage is the lead (`in_lead`), the words its frame shares with the lead are what the
    part says, and count.
    """
    searchable = [
        e for e in elements if e.anchor is not None and _searchable(e.anchor, same_language)
    ]
    at = {id(e): element_position(e, part) for e in searchable}
    ordered = sorted((e for e in searchable if at[id(e)] >= 0), key=lambda e: at[id(e)])
    alone: dict[int, bool] = {}
    for number, e in enumerate(ordered):
        near = ordered[max(0, number - 1) : number] + ordered[number + 1 : number + 2]
        alone[id(e)] = all(n.covered_by is not None or n.worth <= 0 for n in near)
    got = total = 0.0
    for e in searchable:
        if e.kind is not KeyKind.CONTENT or e.anchor is None:
            continue
        if e.frame and not (in_lead and _own_word(e)):
            # The event's frame, unless the passage is the lead itself: a part about the
            # event ("held a working lunch with her afterwards") says what the lead says.
            continue
        if e.covered_by is not None:
            got += e.anchor.weight
            total += e.anchor.weight
        elif alone.get(id(e), False):
            total += e.anchor.weight * e.worth
        else:
            total += e.anchor.weight
    return got / total if total else 0.0


def _own_word(element: KeyElement) -> bool:
    """A word of the claim's own (not a name, a title or a term of the termbase) that the
    passage itself covers."""
    return (
        not element.named
        and element.anchor is not None
        and element.anchor.kind is AnchorKind.WORD
        and element.covered_by is not None
        and element.covered_by.place is Place.PASSAGE
    )


def _missing_phrase(
    elements: Sequence[KeyElement], part: ClaimPart, language: str, same_language: bool
) -> str:
    """The longest run of the part's content words, in the claim's order (its language's
    words, function words skipped), that nothing in the source covers, as the claim writes
    it, when it has MISSING_PHRASE_WORDS words or more; else ""."""
    module = language_for(language)
    if module is None:
        return ""
    words = {
        e.anchor.key: e
        for e in elements
        if e.kind is KeyKind.CONTENT
        and e.anchor is not None
        and e.anchor.kind is AnchorKind.WORD
        and _searchable(e.anchor, same_language)
    }
    longest: list[Token] = []
    run: list[Token] = []
    for token in module.tokens(part.text):
        if not token.content:
            continue
        if run and any(ch in PHRASE_BREAKS for ch in part.text[run[-1].end : token.start]):
            run = []  # a comma or a full stop ends a phrase
        element = words.get(token.normal) or words.get(token.lemma)
        run = [*run, token] if element is not None and element.covered_by is None else []
        if len(run) > len(longest):
            longest = run
    if len(longest) < MISSING_PHRASE_WORDS:
        return ""
    return part.text[longest[0].start : longest[-1].end]


def element_position(element: KeyElement, part: ClaimPart) -> int:
    """Where in the claim part an element is written (offset into the part), -1 if unknown."""
    anchor = element.anchor
    if anchor is None:
        return -1
    if anchor.end > anchor.start:
        return anchor.start - part.start
    found = re.search(rf"(?<!\w){re.escape(anchor.surface)}", part.text, re.IGNORECASE)
    return found.start() if found else part.text.lower().find(anchor.surface.lower())


def check_worth(kind: KeyKind, anchor: Anchor | None, module: Language | None) -> float:
    """How check-worthy a claim element is, 0 to 1.

    Key elements (dates, numbers, names, qualifiers) and termbase terms are worth 1: a claim
    cannot add or change them. A content word is worth what its rarity in general use says
    (the claim language's frequency data, `Language.usage_rarity`): 1 from SPECIFIC_WORD_RARITY
    ("tuna", "tariff", "deepen"), 0 at COMMON_WORD_RARITY and below ("set", "open", "within",
    "ahead"), linear between. A common word is then no fact of its own: a source that says
    the rest of its clause and words it otherwise paraphrases the claim."""
    if kind.key or anchor is None or anchor.kind is not AnchorKind.WORD or module is None:
        return 1.0
    rarity = module.usage_rarity(anchor.key)
    share = (rarity - COMMON_WORD_RARITY) / (SPECIFIC_WORD_RARITY - COMMON_WORD_RARITY)
    return max(0.0, min(1.0, share))


def _topic(
    elements: Sequence[KeyElement],
    part: ClaimPart,
    language: str,
    index: SourceIndex,
    source_id: str,
) -> tuple[list[KeyElement], float]:
    """The elements with the source's stock words marked, and the largest weighted share of
    the part's topic (content beyond the frame) that one sentence of the source carries.

    Both count the sentences that carry a word through a firm link only (`firm_sentences`):
    a word the source reaches through a near-synonym of another word (a Japanese word the
    English one glosses, then a second Japanese word sharing another gloss of it) or, within
    one language, through a gloss two different words share (発電 / 世代 through
    "generation") counts toward a passage's coverage, but is no sign that the
    source speaks of the part's topic, nor that it says the word everywhere.

    A word of the part that the source says in STOCK_SENTENCE_SHARE of its sentences or more
    ("cooperate", 一致, "discussed" in a readout that says them paragraph after paragraph) is
    how the source reports anything, not what the part says: it is weighed with the frame."""
    in_source = index.sentences_of([source_id])
    hits: dict[int, set[int]] = {}
    marked: list[KeyElement] = []
    for number, e in enumerate(elements):
        if _topical(e) and e.anchor is not None:
            hits[number] = firm_sentences(e.anchor, part, language, index) & in_source
            if (
                e.anchor.kind is AnchorKind.WORD
                and len(hits[number]) >= STOCK_MIN_SENTENCES
                and len(hits[number]) >= STOCK_SENTENCE_SHARE * len(in_source)
            ):
                e = dataclasses.replace(e, stock=True)
        marked.append(e)
    per_sentence: dict[int, float] = {}
    worthy_sentences: set[int] = set()
    total = 0.0
    for number, e in enumerate(marked):
        if number not in hits or e.stock or e.anchor is None:
            continue
        total += e.anchor.weight
        for position in hits[number]:
            per_sentence[position] = per_sentence.get(position, 0.0) + e.anchor.weight
            if e.worth > 0:
                worthy_sentences.add(position)
    if not total:
        return marked, 0.0
    if any(e.worth >= 1.0 for number, e in enumerate(marked) if number in hits and not e.stock):
        # A topic with a specific word ("permafrost"): a sentence that shares only its
        # commonest words ("joint", "group", "research" of "a joint research group on
        # permafrost"), none of them check-worthy (`check_worth`), does not carry it.
        per_sentence = {p: w for p, w in per_sentence.items() if p in worthy_sentences}
    return marked, max(per_sentence.values(), default=0.0) / total


def _topical(element: KeyElement) -> bool:
    """Whether an element belongs to what a part says (its topic), not to the event's frame.

    Content beyond the frame is topic. So is a name the page never writes (a country, a
    city, an organisation: "Paraguay", "World Meteorological Organization", 札幌): a name frames
    the event only when the page names it."""
    if element.anchor is None:
        return False
    if element.stock:
        return False
    if element.kind is KeyKind.CONTENT and element.quoted:
        return True  # the quoted words are what the part says ("Free and Open Indo-Pacific")
    return (element.kind is KeyKind.CONTENT and not element.frame) or element.unnamed


def _counts(part: ClaimPart) -> list[Anchor]:
    """Counts spelled out in words ("eight documents"), which are no anchors of their own.

    A count of one is left out, and a count of two that counts the parties ("the two
    leaders", "both sides", "their two countries"): it names them. "Two survey ships" is a
    count the source must give."""
    anchored = {(a.key, a.surface) for a in part.anchors if a.kind is AnchorKind.NUMBER}
    # Where each number stands in the part's text: a part joined from several
    # (`PART_JOINT`: "… Office … where the two spoke") keeps each one's own offsets.
    placed = [
        (n, at if at >= 0 else n.start)
        for n, at in zip(part.facts.numbers, number_offsets(part), strict=True)
    ]
    return [
        Anchor(
            AnchorKind.NUMBER,
            n.key,
            n.surface,
            part.start + at,
            part.start + at + len(n.surface),
            NUMBER_WEIGHT,
        )
        for n, at in placed
        if (n.key, n.surface) not in anchored
        and not n.ordinal
        and (n.value > 2 or (n.value == 2 and not counts_parties(part.text, at)))
        and not _in_compound_word(part.text, at, at + len(n.surface))
    ]


_HYPHENED = re.compile(r"[\w]*(?:-[^\W\d_]+)+")


def _in_compound_word(text: str, start: int, end: int) -> bool:
    """Whether a count spelled out in words is part of a hyphenated word the dictionary knows
    as one ("three-way", "two-way": WordNet's tripartite, three-party): that word says how
    many sides something has, and is matched as a word ("trilateral"); it counts nothing the
    source must count. "Three-nation tour", which no dictionary lists, stays a count."""
    found = _HYPHENED.match(text, start)
    if found is None or found.end() <= end:
        return False
    word = found.group(0).lower()
    net = wordnet()
    return any(net.senses(word, pos) for pos in ("adj", "noun", "adv"))


def _one_person(
    elements: Sequence[KeyElement], part: ClaimPart, language: str
) -> dict[int, KeyElement]:
    """Parts of a run of names the source does not write ("Ansel" of "Ansel Varga"), where
    the run's last part, the surname, is covered (the page's "President Varga", ヴァルガ大統領):
    the run names one person, whom the source names, so the given names and initials it
    leaves out are no fact it lacks. A country's word is no part of a person's name
    ("Peruvian" in "Peruvian President Ruiz") and breaks a run, as any other word does."""
    runs = runs_of_names(part.text, language, person=True)
    if not runs:
        return {}
    words = {
        e.surface: number
        for number, e in enumerate(elements)
        if e.anchor is not None and e.anchor.kind is AnchorKind.WORD
    }
    out: dict[int, KeyElement] = {}
    for names in runs:
        if len(names) < 2 or names[-1] not in words:
            continue
        surname = elements[words[names[-1]]]
        if surname.covered_by is None:
            # Only the run's last word, a surname in English order, names the person: a
            # capitalised phrase whose other word the source happens to carry ("Middle
            # Corridor") is no person, and its uncovered word stays a fact the source lacks.
            continue
        for name in names[:-1]:
            number = words.get(name)
            if number is not None and elements[number].covered_by is None:
                out[number] = surname
    return out


def _nested(elements: Sequence[KeyElement]) -> dict[int, KeyElement]:
    """Elements written inside a covered term of the claim ("China" in "South China Sea"):
    the source covers them through that term."""
    covered = [
        e
        for e in elements
        if e.covered_by is not None
        and e.anchor is not None
        and e.anchor.kind is AnchorKind.TERM
        and e.anchor.end > e.anchor.start
    ]
    out: dict[int, KeyElement] = {}
    for number, element in enumerate(elements):
        inner = element.anchor
        if inner is None or inner.kind is AnchorKind.WORD or inner.end <= inner.start:
            continue
        for outer in covered:
            assert outer.anchor is not None
            if (
                outer is not element
                and outer.anchor.start <= inner.start
                and inner.end <= outer.anchor.end
                and (outer.anchor.end - outer.anchor.start) > (inner.end - inner.start)
            ):
                out[number] = outer
                break
    return out


def _framing(
    part: ClaimPart, language: str, layout: SourceLayout, index: SourceIndex
) -> tuple[Callable[[KeyElement], bool], set[str]]:
    """Which elements of a part belong to the event's frame, not to what it says of it.

    Names, dates and numbers frame the event (they are checked on their own); so do the
    names the claim's language marks as such (Canada's, カーニー) and titles or offices of
    the termbase. A word the source's lead paragraph or title carries frames the whole page
    (電話会談 "telephone talks", "summit meeting"), and so does the act both sides perform
    in the claim ("exchanged views", 意見交換した: `ClausePatterns.joint_act`); a word between
    quotation marks is the quote check's. A word the claim's language cannot gloss
    and the source is in another language is left out: nothing could be looked for.
    """
    module = language_for(language)
    named = (
        {
            t.surface
            for t in module.tokens(part.text)
            if t.word_class in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN)
        }
        if module is not None
        else set()
    )
    same_language = layout.language == language
    quoted = find_quotes(part.text, language)
    framed_by: list[tuple[TextFacts, str]] = [
        (index.entry(layout.source_id, i).facts, index.entry(layout.source_id, i).sentence.text)
        for i in layout.lead
    ]
    if layout.title is not None:
        framed_by.append((layout.title, layout.title_text))
    patterns = module.clause_patterns if module is not None else None
    # The act both sides perform ("exchanged views", 意見交換を行い: `ClausePatterns.
    # joint_act`) is how a readout reports any talk: it frames the event, as the lead's words
    # do, and says nothing of what was talked about.
    acts = (
        [m.span() for m in patterns.joint_act.finditer(part.text)] if patterns is not None else []
    )

    def framing(element: KeyElement) -> bool:
        anchor = element.anchor
        if element.kind is not KeyKind.CONTENT or anchor is None:
            return True
        if anchor.kind is AnchorKind.TERM:
            entry = index.termbase.get(anchor.key)
            if entry is None or entry.kind is EntryKind.NAME:
                return True
        elif anchor.kind is not AnchorKind.WORD:
            return True
        elif anchor.surface in named or (not same_language and not anchor.pivots):
            return True
        if any(anchor.surface in quote for quote in quoted):
            return True  # the quotation is checked as such
        if acts and anchor.kind is AnchorKind.WORD:
            at = element_position(element, part)
            if any(start <= at < end for start, end in acts):
                return True
        # A term or word the lead or the title carries (電話会談, "summit meeting") names the
        # event the whole page reports, not something said at it.
        return any(
            covered_as(anchor, part, facts, text, layout.language) is not None
            for facts, text in framed_by
        )

    return framing, named


def _counts_the_parties(words: str) -> bool:
    """Whether a count's words are the parties of a bilateral event counted ("the two
    countries"), in any language's words (`KeyFactPatterns.framing_count`): framing, not a
    count to check."""
    for module in every_language():
        patterns = module.key_fact_patterns
        if patterns is not None and patterns.framing_count is not None:
            if patterns.framing_count.fullmatch(words):
                return True
    return False


def _own_act_dated(
    anchor: Anchor, part: ClaimPart, language: str, layout: SourceLayout, index: SourceIndex
) -> Coverage | None:
    """Where the page dates the act a claim's date stands with, when that act is not the
    claim's main clause (`factcheck.checks.date_acts.own_act_sentence`)."""
    date = next((d for d in part.facts.dates if d.key == anchor.key), None)
    if date is None:
        return None
    found = own_act_sentence(date, part.text, language, layout.source_id, index)
    return None if found is None else Coverage(Place.PAGE, layout.source_id, found)


def _kind(anchor: Anchor, termbase: Termbase) -> KeyKind:
    if anchor.kind is AnchorKind.DATE:
        return KeyKind.DATE
    if anchor.kind is AnchorKind.NUMBER:
        if not any(ch.isdigit() for ch in anchor.surface) and _counts_the_parties(anchor.surface):
            return KeyKind.CONTENT  # "the two countries": the parties, not a count to check
        return KeyKind.NUMBER
    if anchor.kind is AnchorKind.TERM:
        entry = termbase.get(anchor.key)
        # People, places and countries; a title or an office ("President", the Foreign
        # Ministry) names whoever holds it, and is weighed as content.
        if (
            entry is not None
            and entry.kind is EntryKind.NAME
            and entry.role not in (NameRole.TITLE, NameRole.OFFICE)
        ):
            return KeyKind.NAME
    return KeyKind.CONTENT


def is_city(anchor: Anchor, termbase: Termbase) -> bool:
    """A place of the termbase (a city, an airport), not a country."""
    if anchor.kind is not AnchorKind.TERM:
        return False
    entry = termbase.get(anchor.key)
    return entry is not None and entry.role is NameRole.PLACE


def _sets_the_event(
    element: KeyElement, part: ClaimPart, language: str, termbase: Termbase
) -> bool:
    """A city or an institution the claim names as where the event it reports happened ("in
    Osaka", "at the Prime Minister's Office"): a detail the claim adds to the source's event
    when the page names it nowhere, not a topic the source is silent on."""
    anchor = element.anchor
    if anchor is None or anchor.kind is not AnchorKind.TERM:
        return False
    if is_city(anchor, termbase):
        return is_event_place(part, anchor, language)
    return _office_as_place(part, anchor, language, termbase)


def _office_as_place(part: ClaimPart, anchor: Anchor, language: str, termbase: Termbase) -> bool:
    """An institution of the termbase (the Prime Minister's Office, 官邸) that the claim names
    as where its event happened ("held a working lunch with her at the Prime Minister's Office"):
    a place the source must give, as a city is; elsewhere ("the Prime Minister's Office
    said") it names whoever speaks for it, and is weighed as content."""
    if anchor.kind is not AnchorKind.TERM or anchor.end <= anchor.start:
        return False
    entry = termbase.get(anchor.key)
    return (
        entry is not None
        and entry.kind is EntryKind.NAME
        and entry.role is NameRole.OFFICE
        and is_event_place(part, anchor, language)
    )


def is_event_place(part: ClaimPart, anchor: Anchor, language: str) -> bool:
    """Whether the claim names the place as where the event happened ("in Tokyo")."""
    module = language_for(language)
    patterns = module.locative if module is not None else None
    if patterns is None:
        return True
    before, after = patterns
    start, end = _span_in_part(anchor, part)
    return bool(before.search(part.text[:start]) and after.search(part.text[end:]))


def is_other_occasion_place(part: ClaimPart, anchor: Anchor, language: str) -> bool:
    """Whether the clause a place stands in makes the happening there another occasion of
    the event's kind, the next or the last one ("agreed to hold their next summit in
    Canberra", «次回の外相会合を来年キャンベラで開く»; `KeyFactPatterns.other_occasion`), not
    the event itself. False in a language that marks none."""
    pattern = key_fact_pattern(language, "other_occasion")
    start, end = _span_in_part(anchor, part)
    return pattern is not None and end > start and in_clause(part.text, start, end, pattern)


def _span_in_part(anchor: Anchor, part: ClaimPart) -> tuple[int, int]:
    """Where an anchor stands in the part's text; a word anchor, which has no span of its
    own, where the part first writes it as a whole word ((0, 0) when it does not)."""
    if anchor.end > anchor.start:
        return anchor.start - part.start, anchor.end - part.start
    found = re.search(rf"(?<!\w){re.escape(anchor.surface)}(?!\w)", part.text)
    return found.span() if found else (0, 0)
