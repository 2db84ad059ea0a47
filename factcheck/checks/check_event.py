"""Check the event: the claim's date, duration, count and place against the source's own.

Takes a claim part's matches, its `KeyFacts` and the source's layout; gives `EventCheck`: the
dates, durations and counts (`ValueConflict`) and the places (`ActorConflict`) the source gives
for the event where the claim gives others, found outside the best-aligned passage when the
passage itself carries none (that case is `factcheck.checks.check_values`'s).

- A date the passage and its context do not carry is compared with the event's date: the page's
  date line, else the lead's first date. Another sentence may carry the claim's date for another
  event (a visit the day before); the passage the claim aligns with best dates the event.
- A duration likewise, with the lead's first duration ("約2時間15分").
- A bare count ("eight documents") with the one bare count of the passage that reports the
  claim's content ("計６件の合意文書").
- A place the claim sets the event in ("in Canberra", "a visit to Washington"), named nowhere in
  the source, with the place the lead gives.

Only when the passage reports the claim's content (it is the same event).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_values import (
    ActorConflict,
    ValueConflict,
    beside,
    counts_another,
    dates_another_happening,
    is_count,
    other_figure,
    shown_date,
    spelled_parties,
)
from factcheck.checks.date_acts import date_stretch, dates_own_act, reports_gathering
from factcheck.checks.keyfacts import (
    KeyElement,
    KeyFacts,
    KeyKind,
    is_city,
    is_event_place,
    is_other_occasion_place,
)
from factcheck.checks.match import PartMatches, SourceIndex
from factcheck.checks.source_layout import Place, SourceLayout, day_mention
from factcheck.languages import language_for
from factcheck.model import AnchorKind, Match
from factcheck.terms.termbase import EntryKind, NameRole
from factcheck.text.analyse import ClaimPart
from factcheck.text.dates import DateMention
from factcheck.text.numbers import NumberMention
from factcheck.thresholds import ALIGNED_COVERAGE, PARTIAL_COVERAGE

__all__ = ["EventCheck", "check_event"]


@dataclass(frozen=True)
class EventCheck:
    """What the source gives for the claim's event where the claim gives something else."""

    values: tuple[ValueConflict, ...] = ()
    """Dates, durations and counts."""
    places: tuple[ActorConflict, ...] = ()


def check_event(
    matches: PartMatches,
    key_facts: KeyFacts,
    language: str,
    index: SourceIndex,
    layouts: Mapping[str, SourceLayout],
    others: Sequence[NumberMention] = (),
) -> EventCheck:
    """The event's own date, duration, count and place against the part's uncovered ones;
    `others` are the numbers of the claim's other parts (`other_figure`)."""
    best = matches.matches[0] if matches.matches else None
    if best is None or best.source_id not in layouts:
        return EventCheck()
    layout = layouts[best.source_id]
    part = matches.part
    return EventCheck(
        _event_conflicts(part, language, best, layout, index, key_facts, others),
        _place_conflicts(part, language, best, layout, index, key_facts.elements),
    )


def _place_conflicts(
    part: ClaimPart,
    language: str,
    best: Match,
    layout: SourceLayout,
    index: SourceIndex,
    elements: tuple[KeyElement, ...],
) -> tuple[ActorConflict, ...]:
    """The claim's place of the event, named nowhere in the source, against the place the
    lead gives ("a visit to Washington" against a meeting "in Tokyo")."""
    module = language_for(language)
    if module is None or module.locative is None or best.coverage < PARTIAL_COVERAGE:
        return ()
    claimed = [
        element
        for element in elements
        if element.covered_by is None
        and element.anchor is not None
        and is_city(element.anchor, index.termbase)
        and is_event_place(part, element.anchor, language)
        # «次回の外相会合を来年キャンベラで開く»: the next meeting's place, not this one's.
        and not is_other_occasion_place(part, element.anchor, language)
    ]
    if not claimed:
        return ()
    for number in layout.lead:
        lead = index.entry(layout.source_id, number)
        given = [
            hit
            for hit in lead.facts.terms
            if hit.entry.kind is EntryKind.NAME and hit.entry.role is NameRole.PLACE
        ]
        if given:
            return (
                ActorConflict(
                    tuple(e.surface for e in claimed),
                    (given[0].surface,),
                    layout.source_id,
                    number,
                ),
            )
    return ()


def _count_conflicts(
    part: ClaimPart,
    language: str,
    best: Match,
    index: SourceIndex,
    uncovered: set[tuple[AnchorKind, str]],
    others: Sequence[NumberMention] = (),
) -> list[ValueConflict]:
    """A count of the claim ("eight documents", "about 50,000 tourists") against the one
    count of the passage that reports its content ("計６件の合意文書", 研修生が約400人): the
    same thing counted, another number.

    A count is bare or of people (人, 名, "people"): a bare count has no unit to tell what it
    counts, so the two are compared by value. Only when the passage carries the claim's
    content (ALIGNED_COVERAGE of its terms and words) and holds exactly one count, the
    parties aside ("the two ministers"), so nothing else could be counted; and not when a
    word beside the claim's count is one the passage lacks ("60 new flights" against a
    sentence that counts tourists): that word is what the claim counts, and the source does
    not count it. Nor when the passage's count is the value of another of the claim's numbers
    (of this part or the claim's `others`: `counts_another`).
    """
    counts = [
        n for n in part.facts.numbers if is_count(n) and (AnchorKind.NUMBER, n.key) in uncovered
    ]
    if not counts or _content_share(best) < ALIGNED_COVERAGE:
        return []
    passage = [best.sentence, *best.context]
    found = [
        (sentence, n)
        for sentence in passage
        for n in index.entry(best.source_id, sentence.index).facts.numbers
        if is_count(n) and not spelled_parties(n)
    ]
    if len(found) != 1 or len(counts) != 1:
        return []
    (sentence, given), (claimed,) = found[0], counts
    if given.agrees(dataclasses.replace(claimed, unit=given.unit)):
        return []
    if counts_another(given, claimed, (*part.facts.numbers, *others)):
        return []  # the passage's one count answers another figure of the claim
    at = part.text.find(claimed.surface)  # a part joined from two keeps each half's offsets
    module = language_for(language)
    after_only = module is not None and module.counted_after
    if any(
        anchor.kind is AnchorKind.WORD
        and beside(part.text, anchor.surface, at, at + len(claimed.surface), after_only)
        for anchor in best.missing
    ):
        return []
    return [
        ValueConflict(
            AnchorKind.NUMBER,
            claimed.surface,
            given.surface,
            best.source_id,
            sentence.index,
            sentence.text,
        )
    ]


def _amount_conflicts(
    part: ClaimPart,
    best: Match,
    index: SourceIndex,
    uncovered: set[tuple[AnchorKind, str]],
    others: Sequence[NumberMention] = (),
) -> list[ValueConflict]:
    """An amount of the claim ("$5 billion", "30 percent") against another amount of the same
    kind in the passage that reports its content ("3 billion dollars"), where the passage
    aligns with the claim only names aside (the people and places of the claim stand
    elsewhere on the page, or nowhere: `factcheck.checks.check_values` compares amounts only
    in a passage that carries ALIGNED_COVERAGE of the claim's terms and words, names
    included). A duration is the lead's to compare (above). A source amount that bears out
    another of the claim's (of this part, or of the claim's `others`) is no other amount for
    this one."""
    passage = [best.sentence, *best.context]
    found = [
        (sentence, n)
        for sentence in passage
        for n in index.entry(best.source_id, sentence.index).facts.numbers
    ]
    out: list[ValueConflict] = []
    claimed = (*part.facts.numbers, *others)
    for number in part.facts.numbers:
        if (
            number.unit is None
            or number.dimension == "duration"
            or (AnchorKind.NUMBER, number.key) not in uncovered
            or any(given.agrees(number) for _, given in found)
        ):
            continue
        clash = next(
            (
                (s, given)
                for s, given in found
                if other_figure(given, number, claimed, index.dated.get(best.source_id))
            ),
            None,
        )
        if clash is not None:
            sentence, given = clash
            out.append(
                ValueConflict(
                    AnchorKind.NUMBER,
                    number.surface,
                    given.surface,
                    best.source_id,
                    sentence.index,
                    sentence.text,
                )
            )
    return out


def _content_share(match: Match) -> float:
    """The weighted share of the part's terms (names included) and words the match covers."""
    kinds = (AnchorKind.TERM, AnchorKind.WORD)
    covered = sum(a.weight for a in match.covered if a.kind in kinds)
    missing = sum(a.weight for a in match.missing if a.kind in kinds)
    return covered / (covered + missing) if covered + missing else 0.0


def _same_people(key_facts: KeyFacts) -> bool:
    """The claim's people and places are the page's, and the passage carries part of what the
    claim says of them: the page's event, told with other words.

    Every name of the part (the termbase's people, places and countries, and the names the
    claim's language marks) stands in the source, and the passage alone carries at least
    PARTIAL_COVERAGE of the part's content. A readout reports one event with its people; a
    claim that names them, says part of what the page says and dates it otherwise gives the
    event another date, even where the lexicon cannot bridge the rest of its wording."""
    names = [e for e in key_facts.elements if e.kind is KeyKind.NAME]
    return (
        bool(names)
        and all(e.covered_by is not None for e in names)
        and key_facts.content_coverage >= PARTIAL_COVERAGE
    )


def _dates_another_act(
    element: KeyElement, part: ClaimPart, language: str, layout: SourceLayout, index: SourceIndex
) -> bool:
    """Whether a claim that reports the meeting itself ("held talks with Ouattara on May 2")
    has its date covered only where the source dates another act: by a sentence that reports
    no meeting or gathering of any kind (a visit to a market the day before;
    `date_acts.reports_gathering`), or by a range of days that holds the claim's day in a
    sentence that gives the event's own day besides (`_spans_only`: the visitor's stay,
    «6月2日…、6月1日から5日まで訪日中の…による表敬を受けました»). That day is another act's,
    and the claim's date is the meeting's, which the date line or the lead gives. The claim's
    language says how it writes the meeting (`ClausePatterns.meeting`); a language without
    one reports none."""
    where = element.covered_by
    if where is None or where.sentence is None or where.place is Place.DATE_LINE:
        return False
    claimed = language_for(language)
    patterns = claimed.clause_patterns if claimed is not None else None
    meeting = patterns.meeting if patterns is not None else None
    stretch = date_stretch(part.text, element.surface, language)
    # The date and the meeting's verb in one stretch: "Støre, who toured a shipyard on
    # March 8, held talks …" and "toured a market on May 2 and held talks" date the tour.
    if meeting is None or stretch is None or meeting.search(stretch[0]) is None:
        return False
    entry = index.entry(layout.source_id, where.sentence)
    key = element.anchor.key if element.anchor is not None else None
    claimed_date = next((d for d in part.facts.dates if d.key == key), None)
    event = _event_date(layout, index)
    if (
        claimed_date is not None
        and event is not None
        and _spans_only(claimed_date, entry.facts.dates, event[0])
    ):
        return True
    if where.sentence in layout.lead:
        return False
    return not reports_gathering(entry.sentence.text, layout.language)


def _spans_only(claimed: DateMention, dates: Sequence[DateMention], event: DateMention) -> bool:
    """Whether a claim's day is borne out in a sentence only by a range of days that holds
    it, where the same sentence gives the event's own day (`event`), another than the
    claim's: «6月2日…、6月1日から5日まで訪日中の…による表敬を受けました» dates the call the 2nd,
    and the range is the stay's, so "a courtesy call on June 5" is not borne out there. A
    range in a sentence whose single day is another act's ("departed on November 20";
    "talks during the summit from November 22 to 23") may be the meeting's own."""
    if claimed.day is None or claimed.end_day is not None:
        return False
    covering = [d for d in dates if d.covers(claimed)]
    return (
        bool(covering)
        and all(d.end_day is not None for d in covering)
        and any(
            d.day is not None
            and d.end_day is None
            and d.conflicts(claimed)
            and not d.conflicts(event)
            for d in dates
        )
    )


def _event_date(layout: SourceLayout, index: SourceIndex) -> tuple[DateMention, str, int] | None:
    """The event's date: the date line's, else the lead's first date; with where the source
    gives it (the date line's name, or the source and the lead sentence's index; -1 for the
    date line)."""
    if layout.dated is not None:
        return day_mention(layout.dated), f"the date line of {layout.source_id}", -1
    for number in layout.lead:
        entry = index.entry(layout.source_id, number)
        if entry.facts.dates:
            return entry.facts.dates[0], layout.source_id, entry.sentence.index
    return None


def _event_conflicts(
    part: ClaimPart,
    language: str,
    best: Match,
    layout: SourceLayout,
    index: SourceIndex,
    key_facts: KeyFacts,
    others: Sequence[NumberMention] = (),
) -> tuple[ValueConflict, ...]:
    """The claim's uncovered dates and durations against the event's own in the source.

    The event's date is the date line's, or the first date of the lead; its duration the first
    one of the lead. Only a claim date or duration that neither the passage nor its context
    carries is compared, and only when the passage reports the claim's content (it is the same
    event): its terms and words, or (names aside, since people and places frame the whole
    page) its content, ALIGNED_COVERAGE of them; or when the claim names the page's people
    and the passage carries part of its content (`_same_people`).
    """
    if (
        best.coverage < PARTIAL_COVERAGE
        and _content_share(best) < ALIGNED_COVERAGE
        and key_facts.content_coverage < ALIGNED_COVERAGE
        and not _same_people(key_facts)
    ):
        return ()  # the passage reports something else (the missing date weighs much)
    elements = key_facts.elements
    uncovered = {
        (e.anchor.kind, e.anchor.key)
        for e in elements
        if e.anchor is not None
        and (
            (e.covered_by is None and e.kind in (KeyKind.DATE, KeyKind.NUMBER))
            or (e.kind is KeyKind.DATE and _dates_another_act(e, part, language, layout, index))
        )
    }
    if not uncovered:
        return ()
    lead = [index.entry(layout.source_id, i) for i in layout.lead]
    conflicts: list[ValueConflict] = []
    for date in part.facts.dates:
        # Another sentence may carry the claim's date for another event (a visit the day
        # before): the passage the claim aligns with best dates the event.
        if (AnchorKind.DATE, date.key) not in uncovered:
            continue
        if dates_own_act(date, part.text, language, layout.source_id, index):
            continue
        if date.bare:
            # A month named alone ("the bridge its engineers built in February", "ahead of
            # a vote in November") dates another happening more often than the event: only a passage
            # that gives the happening another month contradicts it (check_values).
            continue
        event = _event_date(layout, index)
        if (
            event is not None
            and event[0].conflicts(date)
            and not dates_another_happening(
                date,
                [d for d in part.facts.dates if not event[0].conflicts(d)],
                layout.source_id,
                index,
            )
        ):
            conflicts.append(
                ValueConflict(
                    AnchorKind.DATE,
                    shown_date(date),
                    shown_date(event[0]) if event[0].resolution else event[0].surface,
                    layout.source_id,
                    max(event[2], 0),
                    "",
                    where=event[1] if event[2] < 0 else "",
                )
            )
    conflicts += _count_conflicts(part, language, best, index, uncovered, others)
    conflicts += _amount_conflicts(part, best, index, uncovered, others)
    for number in part.facts.numbers:
        if (AnchorKind.NUMBER, number.key) not in uncovered or number.dimension != "duration":
            continue
        durations = [n for entry in lead for n in entry.facts.numbers if n.dimension == "duration"]
        where = next(
            (
                entry
                for entry in lead
                if any(n.dimension == "duration" for n in entry.facts.numbers)
            ),
            None,
        )
        if durations and where is not None and durations[0].conflicts(number):
            conflicts.append(
                ValueConflict(
                    AnchorKind.NUMBER,
                    number.surface,
                    durations[0].surface,
                    layout.source_id,
                    where.sentence.index,
                    where.sentence.text,
                )
            )
    return tuple(conflicts)
