"""Check values: does the passage that best aligns with a claim part give other dates or numbers?

Takes a claim part and its candidate matches; gives `ValueConflict`s. Alignment is judged on
the part's other anchors (terms and words), so a sentence about the same event is found even
when its date differs, and only then is the date compared: "October 26" against 10月25日 is a
contradiction, while a sentence that merely lacks a date is not. A count is also tied to a
passage's count by what both count ("80 Estonian engineers" against 技術者120名), however
little else the passage shares with the claim.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.checks.date_acts import dated_sentence, dates_own_act
from factcheck.checks.match import SourceIndex, split_source_form
from factcheck.languages import Token, WordClass, every_language, key_fact_pattern, language_for
from factcheck.languages.countries import country_forms, is_place
from factcheck.languages.interface import Counting, Naming, Script
from factcheck.languages.names import names_agree
from factcheck.languages.wordnet import wordnet
from factcheck.model import Anchor, AnchorKind, Match, Sentence
from factcheck.terms.termbase import EntryKind, NameRole, TermHit, is_person
from factcheck.text.analyse import PART_JOINT, ClaimPart, is_unspaced
from factcheck.text.dates import DateMention
from factcheck.text.numbers import NumberMention, Unit
from factcheck.text.relative_dates import show_day
from factcheck.thresholds import (
    ACTOR_ALIGNED_COVERAGE,
    ALIGNED_COVERAGE,
    COUNTED_WORD_REACH,
    VALUE_ALIGNED_COVERAGE,
)


@dataclass(frozen=True)
class ValueConflict:
    kind: AnchorKind
    claim_value: str
    source_value: str
    source_id: str
    sentence_index: int
    sentence: str
    where: str = ""
    """Where the source gives its value when it is not a sentence ("the date line of mofa")."""

    @property
    def place(self) -> str:
        return self.where or f"{self.source_id} sentence {self.sentence_index + 1}"

    def describe(self) -> str:
        what = "date" if self.kind is AnchorKind.DATE else "number"
        return (
            f"{self.place} gives the {what} “{self.source_value}”, where the claim says "
            f"“{self.claim_value}”"
        )


def check_values(
    part: ClaimPart,
    language: str,
    matches: Sequence[Match],
    index: SourceIndex,
    others: Sequence[NumberMention] = (),
) -> tuple[ValueConflict, ...]:
    """Conflicts between the part's dates/numbers and those of its best-aligned sentence;
    `others` are the numbers of the claim's other parts, each of which a source figure may
    answer instead (`other_figure`)."""
    if not part.facts.dates and not part.facts.numbers:
        return ()
    claimed = (*part.facts.numbers, *others)
    return (
        _aligned_conflicts(part, matches, index, language, claimed)
        or _counted_conflicts(part, language, matches, index, claimed)
        or _anniversary_conflicts(part, language, matches, index)
    )


def _anniversary_conflicts(
    part: ClaimPart, language: str, matches: Sequence[Match], index: SourceIndex
) -> tuple[ValueConflict, ...]:
    """An anniversary of the claim ("the 50th anniversary of diplomatic ties", "50 years since
    the two countries established ties") against the one anniversary a source gives
    (外交関係樹立55周年), wherever the two are written: a report of
    one event marks one anniversary, and a changed rank costs the claim the alignment that
    would compare it (`_aligned_conflicts`). The two are one anniversary only when the
    sentence that gives the source's covers a word the claim writes beside its own (within
    twice COUNTED_WORD_REACH: "of diplomatic ties", 国交樹立): "the 10th anniversary of the
    Paris Agreement" is no anniversary of relations. A source that gives two anniversaries,
    or the claim's anywhere, proves nothing."""
    ranks = [
        (number, at)
        for number, at in zip(part.facts.numbers, number_offsets(part), strict=True)
        if (number.ordinal or _exact_years(number))
        and at >= 0
        and _is_anniversary(part.text, at, language)
    ]
    if not ranks:
        return ()
    reach = 2 * COUNTED_WORD_REACH
    out: list[ValueConflict] = []
    for source_id in sorted({match.source_id for match in matches}):
        given = [
            (found, index.sentences[position])
            for position in sorted(index.sentences_of([source_id]))
            for found in index.sentences[position].facts.numbers
            if found.ordinal
            and _is_anniversary(
                index.sentences[position].analysis.text,
                found.start,
                index.sentences[position].language,
            )
        ]
        if len({found.value for found, _ in given}) != 1:
            continue
        found, entry = given[0]
        covered = {
            anchor.surface
            for match in matches
            if match.source_id == source_id and match.sentence.index == entry.sentence.index
            for anchor in match.covered
            if anchor.kind in (AnchorKind.WORD, AnchorKind.TERM)
        }
        out += [
            ValueConflict(
                AnchorKind.NUMBER,
                rank.surface,
                found.surface,
                source_id,
                entry.sentence.index,
                entry.sentence.text,
            )
            for rank, at in ranks
            if (found.conflicts(rank) if rank.ordinal else found.value != rank.value)
            and any(
                word in _stretch(part.text, at, at + len(rank.surface), reach, language)
                for word in covered
            )
            and not _given_anywhere(rank, source_id, index)
        ]
    return tuple(out)


def _stretch(text: str, start: int, end: int, reach: int, language: str) -> str:
    """The words beside the anniversary at [start, end) of `text` that may say what it marks:
    on the side where the language writes what a number counts (`Language.counted_after`:
    "the 55th anniversary of diplomatic ties", "75 years since the two countries restored
    diplomatic ties"; 外交関係樹立55周年), `reach` characters or on to the punctuation that
    ends the phrase, whichever is further; not the sentence's other words ("Takaichi noted
    the 30th anniversary of the Paris Agreement": "noted" says nothing of what it marks)."""
    module = language_for(language)
    if module is None or module.counted_after:
        closing = _PHRASE_END.search(text, end)
        stop = closing.start() if closing is not None else len(text)
        return text[start : max(stop, end + reach)]
    opening = max((m.end() for m in _PHRASE_END.finditer(text, 0, start)), default=0)
    return text[min(opening, max(0, start - reach)) : end]


_PHRASE_END = re.compile(r"[,;:。、，]|(?<![A-Z])\.(?=\s|$)")
"""What ends a phrase: a comma, a semicolon, a colon, or a full stop before a space or the
end, but for the stop after a capital letter of an abbreviation ("Japan-U.S. diplomatic
relations")."""


def _years_apart(found: NumberMention, claimed: NumberMention, dated: int | None) -> bool:
    """Whether two calendar years lie on either side of the source's own year (`dated`): one
    dates what was done before the page, the other what is to come after it ("aiming to
    field the jet by 2035" against "since … a Strategic Partnership in 2023", on a page of
    2026). They date two happenings, neither the other's. A year of the page's own, or a
    page with no date, tells nothing apart."""
    if dated is None or Unit.CALENDAR_YEAR is not found.unit or claimed.unit is not found.unit:
        return False
    before, after = sorted((found.value, claimed.value))
    return before < dated < after


def _exact_years(number: NumberMention) -> bool:
    """Whether a number is a count of years given exactly ("75 years since …"): as an
    anniversary's years it names the rank (`_is_anniversary`)."""
    return number.unit is Unit.YEAR and not number.approximate and not number.at_least


def _is_anniversary(text: str, start: int, language: str) -> bool:
    """Whether the rank written at `start` numbers an anniversary, as the language writes one
    (`KeyFactPatterns.anniversary`)."""
    pattern = key_fact_pattern(language, "anniversary")
    return pattern is not None and pattern.match(text, start) is not None


def _aligned_conflicts(
    part: ClaimPart,
    matches: Sequence[Match],
    index: SourceIndex,
    language: str | None = None,
    claimed: Sequence[NumberMention] = (),
) -> tuple[ValueConflict, ...]:
    aligned = _best_aligned(matches, valued=lambda match: _values_given(part, match, index))
    if aligned is None:
        return _changed_number(part, matches, index, claimed=claimed)
    passage = [aligned.sentence, *aligned.context]
    members = [index.entry(aligned.source_id, sentence.index).facts for sentence in passage]
    dates = [date for facts in members for date in facts.dates]
    numbers = [number for facts in members for number in facts.numbers]
    conflicts: list[ValueConflict] = []
    for date in part.facts.dates:
        if any(found.covers(date) for found in dates):
            continue
        if language is not None and dates_own_act(
            date, part.text, language, aligned.source_id, index
        ):
            continue  # "After arriving in Windhoek on November 17, …": the arrival's day
        if dates_another_happening(
            date,
            [d for d in part.facts.dates if any(found.covers(d) for found in dates)],
            aligned.source_id,
            index,
        ):
            continue
        if date.bare and dated_sentence(date, aligned.source_id, index) is not None:
            # A month named alone that the source gives elsewhere ("the ministerial meeting
            # in Paris in June", "a mission to Riyadh in May") dates the happening it names
            # there; the passage's other date (that of the talks) dates the talks.
            continue
        if date.bare and date.end_month is None and len(_months_named(dates)) > 1:
            # A month named alone against a passage that names several months in several
            # dates (4月上旬から6月末まで, a range not read as one): the claim's month may be
            # any of them, or the time between. A range read as one ("from April to June")
            # bears out the months inside it and conflicts with the others.
            continue
        # A date of the same month that does not cover the claim's is another date for the
        # same event ("March 3 to 6" against "March 4 to 6" overlap, yet differ); a
        # month that holds the claim's day ("in October" for "October 25") does not say
        # which day: it neither bears the claim out nor contradicts it.
        clashing = [
            found
            for found in dates
            if found.conflicts(date)
            or (
                found.month == date.month
                and date.month is not None
                and found.end_month is None
                and date.end_month is None
                and not found.holds_less_precisely(date)
            )
        ]
        clashing.sort(key=lambda found: (found.end_day is None) != (date.end_day is None))
        if clashing:
            conflicts.append(
                _conflict(AnchorKind.DATE, shown_date(date), shown_date(clashing[0]), aligned)
            )
    for number in part.facts.numbers:
        # A rank written in digits ("the 27th summit") is checkable like a quantity; "first"
        # is a qualifier (factcheck.checks.keyfacts).
        ranked = number.ordinal and not _spelled_rank(number)
        if (number.unit is None and not ranked) or any(found.agrees(number) for found in numbers):
            continue
        dated = index.dated.get(aligned.source_id)
        clashing_numbers = [
            found for found in numbers if other_figure(found, number, claimed, dated)
        ]
        if clashing_numbers and not (
            number.unit is Unit.CALENDAR_YEAR and _given_anywhere(number, aligned.source_id, index)
        ):
            # A year the source writes elsewhere ("a member since 1964") is one it states;
            # the passage's other year (that of the meeting) dates something else.
            conflicts.append(
                _conflict(AnchorKind.NUMBER, number.surface, clashing_numbers[0].surface, aligned)
            )
    if not conflicts:
        conflicts += _lone_counts(part, numbers, aligned, index)
    if not conflicts:
        # The aligned passage gives no figure of the kind of some of the claim's (the lead
        # gives the talks' length, not the sum pledged): another may, for a changed figure
        # that cost the passage that reports it its alignment.
        lacking = [
            number
            for number in part.facts.numbers
            if not any(found.dimension == number.dimension for found in numbers)
        ]
        if lacking:
            return _changed_number(part, matches, index, lacking, claimed)
    return tuple(conflicts)


def other_figure(
    found: NumberMention,
    number: NumberMention,
    claimed: Sequence[NumberMention],
    dated: int | None = None,
) -> bool:
    """Whether the source's number gives another figure for the claim's `number`: it
    conflicts with it and bears out no other number the claim gives (`claimed`). "$10
    million to the fund and a further $5 million for polio" against a passage that gives
    only 1,000万ドル gives the fund's sum, not another figure for polio's; the $5 million is
    a figure the source lacks, and one source figure answers one of the claim's. Two
    calendar years on either side of the source's own year (`dated`) date two happenings
    (`_years_apart`), neither the other's. A one or two spelled out with no unit ("welcomed
    the two Ministers") names the parties (`spelled_parties`): no figure for a number with a
    unit ("three countries")."""
    return (
        found.conflicts(number)
        and not (found.unit is None and number.unit is not None and spelled_parties(found))
        and not _years_apart(found, number, dated)
        and not any(other is not number and found.agrees(other) for other in claimed)
    )


def counts_another(
    found: NumberMention, number: NumberMention, claimed: Sequence[NumberMention]
) -> bool:
    """Whether a source count is the value of another of the claim's numbers (`claimed`)
    than `number`, one the number reader left without a unit or gave the count's own
    ("around 1.5 million euros", read as a count, for 約150万ユーロ): that count answers that
    figure, not this one. A figure of another unit counts another thing ("8 countries" is
    no answer for 8件の協定)."""
    return any(
        other is not number
        and other.unit in (None, found.unit)
        and found.agrees(dataclasses.replace(other, unit=found.unit))
        for other in claimed
    )


def _lone_counts(
    part: ClaimPart, numbers: Sequence[NumberMention], aligned: Match, index: SourceIndex
) -> list[ValueConflict]:
    """The claim's one bare count against the aligned passage's one bare count: the part
    gives one count ("the first four of the 11 frigates") that no sentence of the source
    gives, and the passage that reports what the part says gives one count of its own that
    no number of the part bears out ("the first three of the eleven"). Two bare counts do
    not conflict as such (`NumberMention.conflicts`: nothing says they count one thing);
    here the passage aligns with the part, and each is the only count the other leaves
    unexplained, so they count the same thing."""
    claimed = [
        number
        for number in part.facts.numbers
        if number.unit is None
        and is_count(number)
        and not spelled_parties(number)
        and not any(found.agrees(number) for found in numbers)
    ]
    given = [
        found
        for found in numbers
        if found.unit is None
        and is_count(found)
        and not found.relative
        and not spelled_parties(found)
        and not any(found.agrees(number) for number in part.facts.numbers)
    ]
    if len(claimed) != 1 or len(given) != 1:
        return []
    if _given_anywhere(claimed[0], aligned.source_id, index):
        return []
    return [_conflict(AnchorKind.NUMBER, claimed[0].surface, given[0].surface, aligned)]


def _changed_number(
    part: ClaimPart,
    matches: Sequence[Match],
    index: SourceIndex,
    lacking: Sequence[NumberMention] | None = None,
    claimed: Sequence[NumberMention] = (),
) -> tuple[ValueConflict, ...]:
    """A changed figure that costs the claim its alignment: the part's number (with a unit)
    stands nowhere in the source, and a passage that still covers VALUE_ALIGNED_COVERAGE of
    the part's other anchors gives another figure of the same dimension ("five years" since
    the treaty against 10年). The claim's own number is what a changed claim no longer shares
    with the source, so the bar leaves it aside and is lower than ALIGNED_COVERAGE; a number
    the source gives anywhere is no change, and a passage without a figure of that dimension
    proves nothing. `lacking` are the part's numbers to read (all of them when None): those
    whose kind the aligned passage lacks. A source figure that bears out another of the
    `claimed` figures (the claim's, in any part) is no other value for this one."""
    wanted = [
        number
        for number in (part.facts.numbers if lacking is None else lacking)
        if number.unit is not None and not number.ordinal
    ]
    if not wanted:
        return ()
    lasting = _event_duration(part, wanted, matches, index)
    if lasting:
        return lasting
    for match in matches:
        if _share_without_values(match) < VALUE_ALIGNED_COVERAGE:
            continue
        members = [
            index.entry(match.source_id, s.index).facts for s in (match.sentence, *match.context)
        ]
        numbers = [number for facts in members for number in facts.numbers]
        conflicts = [
            _conflict(AnchorKind.NUMBER, number.surface, clashing[0].surface, match)
            for number in wanted
            if (
                clashing := [
                    found
                    for found in numbers
                    if other_figure(found, number, claimed, index.dated.get(match.source_id))
                ]
            )
            and not _given_anywhere(number, match.source_id, index)
        ]
        if conflicts:
            return tuple(conflicts)
    return ()


def _counted_conflicts(
    part: ClaimPart,
    language: str,
    matches: Sequence[Match],
    index: SourceIndex,
    claimed: Sequence[NumberMention] = (),
) -> tuple[ValueConflict, ...]:
    """A count of the claim against another count of the same thing in a passage: the word
    the claim's count counts ("300 engineers", beside it as COUNTED_WORD_REACH reads it) is
    one the passage covers, and the passage words it beside a count of its own with another
    value (技術者200名, "200 engineers"). The counted word ties the two counts together, so a
    passage with several counts of different things ("200 engineers and 300 nurses") is
    read for the count of the claim's thing only, and the passage need cover no more than
    VALUE_ALIGNED_COVERAGE of the part. The claim's count must stand nowhere in the source
    (a count it gives in another sentence is the claim's, told elsewhere), and the passage's
    count must bear out no other of the `claimed` numbers (the claim's, in any part: "a new
    1.5 million euros, bringing this year's support to 4 million euros" against a passage
    that gives only the 1.5 million answers that figure: `counts_another`)."""
    out: list[ValueConflict] = []
    for number, at in zip(part.facts.numbers, number_offsets(part), strict=True):
        if not is_count(number) or (
            spelled_parties(number) and (at < 0 or counts_parties(part.text, at))
        ):
            continue  # "the two leaders": the event's parties, not a count of a thing
        heads, modifiers = counted_words(part.text, at, at + len(number.surface), language)
        counted = _word_anchors(part, heads, language)
        clash = _counted_clash(number, counted, matches, index) if counted else None
        if clash is None and not (counted and _words_counted(counted, matches)):
            # No passage words the head (one the dictionary does not bridge: "purifiers"
            # against 浄水器, "water filter"): the nouns before it in its compound ("water")
            # tie the count to the source's, where the claim lists it beside another count
            # the same sentence gives as the claim does ("600 tents and 210 water purifiers"
            # against テント600張及び浄水器120台): the two lists are one.
            words = _word_anchors(part, modifiers, language)
            found = _counted_clash(number, words, matches, index) if words else None
            if found is not None and _listed_beside(number, part, found[2], found[1], index):
                clash = found
        if (
            clash is not None
            and not _given_anywhere(number, clash[1].source_id, index)
            and not counts_another(clash[0], number, claimed)
        ):
            given, match, sentence = clash
            out.append(
                ValueConflict(
                    AnchorKind.NUMBER,
                    number.surface,
                    given.surface,
                    match.source_id,
                    sentence.index,
                    sentence.text,
                )
            )
    return tuple(out)


def _modifies_in_place(token: Token) -> bool:
    """Whether a word the stop list holds still names, in a noun phrase after a count, what
    the count counts or a kind of it: an acronym in capitals ("US" of "nine US state
    governors", no pronoun "us") or a word WordNet's tagged corpus meets mostly as a noun
    ("state"). A grammar word ("of", "were") ends the phrase."""
    from factcheck.languages.jmdict import function_word

    surface = token.surface
    if token.script is not Script.LATIN or not surface.isalpha():
        return False
    if len(surface) > 1 and surface.isupper():
        return True
    # A word of three letters or more, and no grammar word: "a" and "us" are nouns to
    # WordNet too (vitamin A, the United States).
    return (
        len(surface) > 2
        and surface.islower()
        and not function_word(surface)
        and wordnet().commonest_part_of_speech(surface) == "noun"
    )


def _word_anchors(part: ClaimPart, words: set[str], language: str) -> set[Anchor]:
    """The part's word anchors for `words` as the part writes them: by the written form, or
    by the form an anchor is keyed on, where the part writes the word twice and its one
    anchor shows the first ("Oklahoma Governor Kevin Stitt … nine US state governors")."""
    module = language_for(language)
    keys = {t.normal for word in words for t in module.tokens(word)} if module else set()
    return {
        anchor
        for anchor in part.anchors
        if anchor.kind is AnchorKind.WORD and (anchor.surface in words or anchor.key in keys)
    }


def number_offsets(part: ClaimPart) -> list[int]:
    """Where each of the part's numbers starts in `part.text`; -1 where it is not found. A part
    joined from several (`PART_JOINT`) keeps each one's offsets, and its numbers come one
    part's after another's, each in order and none overlapping: a number starts where its
    own offset falls after the first joint not before the previous number's, at or after
    that number's end ("… 150 nurses … and 50 doctors" never reads the 50 of 150)."""
    shifts = [0, *(found.end() for found in re.finditer(re.escape(PART_JOINT), part.text))]
    out: list[int] = []
    joint, done = 0, 0
    for number in part.facts.numbers:
        out.append(-1)
        for at_joint in range(joint, len(shifts)):
            at = shifts[at_joint] + number.start
            if at >= done and part.text.startswith(number.surface, at):
                out[-1], joint, done = at, at_joint, at + len(number.surface)
                break
    return out


def counted_words(text: str, start: int, end: int, language: str) -> tuple[set[str], set[str]]:
    """What a count counts (`counted_heads`), and the other nouns of the compound its head
    ends ("120 water purifiers" → {purifiers}, {water})."""
    runs = [run for run in _counted_runs(text, start, end, language) if _names_thing(run)]
    heads = {run[-1].surface for run in runs}
    nouns = {token.surface for run in runs for token in run if token.word_class is WordClass.NOUN}
    return heads, nouns - heads


def _listed_beside(
    number: NumberMention, part: ClaimPart, sentence: Sentence, match: Match, index: SourceIndex
) -> bool:
    """Whether another count of the part stands, with its value, among the counts of the
    source `sentence`: the claim's list and the sentence's are one."""
    given = [
        found
        for found in index.entry(match.source_id, sentence.index).facts.numbers
        if is_count(found)
    ]
    return any(
        other is not number and is_count(other) and any(found.agrees(other) for found in given)
        for other in part.facts.numbers
    )


def _words_counted(counted: set[Anchor], matches: Sequence[Match]) -> bool:
    """Whether a passage that counts as aligned words one of the `counted` anchors: the
    head is bridged, and its compound's other nouns are not needed to tie the counts."""
    return any(
        anchor in counted
        for match in matches
        if _share_without_values(match) >= VALUE_ALIGNED_COVERAGE
        for anchor in match.covered
    )


def counted_heads(text: str, start: int, end: int, language: str) -> set[str]:
    """The words a count at [start, end) of `text` counts: the last word of the run of content
    words right after it ("80 young Estonian engineers from" → engineers), and, where the
    language also writes what it counts before the count (`Language.counted_after` false),
    the last word of the run right before it, past one particle (若手技術者80名 → 技術者,
    研修員が約80人 → 研修員), else of the run after its counter and one particle
    (80名の技術者). The last word of a run is the head of a compound or of a noun with its
    modifiers in either language. A language whose tokens do not tell a noun from a verb
    (English) says where the run after the count stops naming the counted thing
    (`Counting`: "80 Estonian engineers arrived" → engineers, not arrived). Only a word the
    language's tokens class as a common noun is a counted thing: not a name ("40 Chilean
    miners": Chilean is not what is counted), nor, in Japanese, a verb (約80人に上る); a run
    reaching past COUNTED_WORD_REACH is cut."""
    return {
        run[-1].surface for run in _counted_runs(text, start, end, language) if _names_thing(run)
    }


def _names_thing(run: list[Token]) -> bool:
    """Whether a run of words beside a count ends in a common noun: a thing it counts."""
    return bool(run) and run[-1].word_class is WordClass.NOUN


def _counted_runs(text: str, start: int, end: int, language: str) -> list[list[Token]]:
    """The runs of content words beside a count at [start, end) of `text` that
    `counted_heads` reads the counted thing from."""
    module = language_for(language)
    if module is None or start < 0:
        return []
    tokens = module.tokens(text)
    before = [t for t in tokens if t.end <= start]
    after = [t for t in tokens if t.start >= end]
    runs: list[list[Token]] = []
    if not module.counted_after:
        preceding: list[Token] = []
        joined = False
        for token in reversed(before):
            if start - token.end > COUNTED_WORD_REACH:
                break
            if token.content:
                preceding.insert(0, token)
                start = token.start
                continue
            if preceding or joined:
                break
            joined, start = True, token.start  # one particle before it (看護師が約5000人)
        runs.append(preceding)
    if not runs or not runs[0] or not _names_thing(runs[0]):
        # No thing named before the count («…を含む計5件の交換公文»: 計 is a total, not what is
        # counted): what follows it may name it.
        following: list[Token] = []
        joined = False
        for token in after:
            if token.start - end > COUNTED_WORD_REACH:
                break
            if token.content or (module.counted_after and _modifies_in_place(token)):
                if token.start == end and not following and not joined and not module.counted_after:
                    end = token.end  # the counter, a word of its own after a bare count (5本)
                    continue
                following.append(token)
                end = token.end
                continue
            if following or joined or module.counted_after:
                break
            joined, end = True, token.end  # one particle after the count (80名の技術者)
        if isinstance(module, Counting):
            following = following[: module.counted_words(following)]
        runs.append(following)
    return runs


def _counted_clash(
    number: NumberMention, counted: set[Anchor], matches: Sequence[Match], index: SourceIndex
) -> tuple[NumberMention, Match, Sentence] | None:
    """The first count of a passage (covering VALUE_ALIGNED_COVERAGE of the part) written
    beside how it words one of the `counted` anchors, when its value differs from `number`'s."""
    for match in matches:
        if _share_without_values(match) < VALUE_ALIGNED_COVERAGE:
            continue
        forms = [
            split_source_form(form)[0].strip()
            for anchor, form in zip(match.covered, match.source_forms, strict=False)
            if anchor in counted
        ]
        forms = [form for form in forms if form]
        if not forms:
            continue
        beside_counts: list[tuple[int, NumberMention, Sentence]] = []
        for sentence in (match.sentence, *match.context):
            entry = index.entry(match.source_id, sentence.index)
            module = language_for(entry.language)
            after = module is not None and module.counted_after
            for given in entry.facts.numbers:
                if not is_count(given) or spelled_parties(given):
                    continue
                gaps = [
                    gap
                    for form in forms
                    if (gap := _gap(sentence.text, form, given.start, given.end, after)) is not None
                ]
                if gaps:
                    beside_counts.append((min(gaps), given, sentence))
        if not beside_counts:
            continue
        if any(
            given.agrees(dataclasses.replace(number, unit=given.unit))
            for _, given, _ in beside_counts
        ):
            # The passage counts the claim's thing as the claim does, whatever else it counts.
            return None
        _, given, sentence = min(beside_counts, key=lambda found: found[0])
        return given, match, sentence
    return None


def is_count(number: NumberMention) -> bool:
    """A bare count or a count of people; not a rank."""
    return not number.ordinal and number.unit in (None, Unit.PERSON)


def counts_parties(text: str, start: int) -> bool:
    """Whether the count of two at `start` names the parties of the event: "two leaders",
    or "the two", "their two …", which refer back to whom the claim has named."""
    for module in every_language():
        patterns = module.key_fact_patterns
        if patterns is None:
            continue
        if patterns.parties_counted is not None and patterns.parties_counted.match(text, start):
            return True
        if patterns.definite_before is not None and patterns.definite_before.search(text[:start]):
            return True
    return False


def spelled_parties(count: NumberMention) -> bool:
    """A count of one or two spelled out ("the two ministers", 両首脳 aside): it names the
    parties of the event, as `keyfacts._counts` reads it in a claim, and counts nothing the
    claim could give another number for."""
    return count.value <= 2 and not any(c.isdigit() for c in count.surface)


def beside(text: str, word: str, start: int, end: int, after_only: bool) -> bool:
    """Whether `word` is written in `text` within COUNTED_WORD_REACH characters of the span
    [start, end): after it, or, unless `after_only`, before it."""
    return _gap(text, word, start, end, after_only) is not None


def _gap(text: str, word: str, start: int, end: int, after_only: bool) -> int | None:
    """How far (characters) `word` stands from the span [start, end) in `text`, at its nearest
    within COUNTED_WORD_REACH (after the span, or, unless `after_only`, before it); None when
    it stands no nearer."""
    at = text.find(word) if word and start >= 0 else -1
    nearest: int | None = None
    while at >= 0:
        gap = max(start - (at + len(word)), at - end)
        if (not after_only or at >= end) and gap <= COUNTED_WORD_REACH:
            nearest = gap if nearest is None else min(nearest, gap)
        at = text.find(word, at + 1)
    return nearest


def _event_duration(
    part: ClaimPart,
    wanted: Sequence[NumberMention],
    matches: Sequence[Match],
    index: SourceIndex,
) -> tuple[ValueConflict, ...]:
    """A duration of something the claim names right after it ("the 40-minute call", 約40分間
    の会談), against the duration the source first gives in a sentence that names the same
    thing (the lead: "約25分間…電話会談を行いました"): how long the event lasted, however
    little else of the claim that sentence carries. The claim's duration must stand nowhere in
    the source."""
    out: list[ValueConflict] = []
    for number in wanted:
        if number.dimension != "duration":
            continue
        after = part.text[number.end : number.end + COUNTED_WORD_REACH]
        named = [
            a
            for a in part.anchors
            if a.kind is AnchorKind.WORD and a.surface and a.surface in after
        ]
        if not named:
            continue
        holding = sorted(
            (m for m in matches if not m.context and any(a in m.covered for a in named)),
            key=lambda m: (m.source_id, m.sentence.index),
        )
        for match in holding:
            given = [
                found
                for found in index.entry(match.source_id, match.sentence.index).facts.numbers
                if found.dimension == "duration"
            ]
            if given:
                if given[0].conflicts(number) and not _given_anywhere(
                    number, match.source_id, index
                ):
                    out.append(
                        _conflict(AnchorKind.NUMBER, number.surface, given[0].surface, match)
                    )
                break
    return tuple(out)


def _given_anywhere(number: NumberMention, source_id: str, index: SourceIndex) -> bool:
    """Whether any sentence of the source gives the number (read only once a passage clashes
    with it: a large source's sentences are analysed when first read)."""
    return any(
        found.agrees(number)
        for position in index.sentences_of([source_id])
        for found in index.sentences[position].facts.numbers
    )


def _months_named(dates: Sequence[DateMention]) -> set[tuple[int, int | None]]:
    """The months, and ranges of months, the dates name."""
    return {(date.month, date.end_month) for date in dates if date.month is not None}


def dates_another_happening(
    date: DateMention,
    events_days: Sequence[DateMention],
    source_id: str,
    index: SourceIndex,
) -> bool:
    """The claim gives two days, one of them the event's (`events_days`: the claim's days
    that fit the event), and the source dates something else on the other: "met yesterday,
    after touring the port on Wednesday" against a readout of the meeting whose last
    paragraph dates the port visit the day before. That day belongs to the other happening,
    not to the event, so it is no conflict; a claim that gives one day only is compared."""
    if not any(other is not date for other in events_days):
        return False
    return dated_sentence(date, source_id, index) is not None


def shown_date(date: DateMention) -> str:
    """A date as written, with the day a relative date was read as ("Sunday (26 October 2025)"),
    or the days of a week ("next week (18 May 2026 to 24 May 2026)")."""
    if not date.resolution or date.date is None:
        return date.surface
    if date.week and date.end_day is not None:
        last = date.date.replace(day=date.end_day)
        return f"{date.surface} ({show_day(date.date)} to {show_day(last)})"
    return f"{date.surface} ({show_day(date.date)})"


def _best_aligned(
    matches: Sequence[Match],
    counted: Callable[[Anchor], bool] = lambda _: True,
    valued: Callable[[Match], int] = lambda _: 0,
) -> Match | None:
    """The match that best covers the part leaving dates and numbers aside (and the anchors
    not `counted`); of those that cover ALIGNED_COVERAGE, the one that gives most of the
    part's values (`valued`) first: the passage that reports the event gives its day and its
    figures, even other ones ("今後5年間で500人" against "500 workers over three years", where
    a sentence on another training programme shares as many words)."""
    best: tuple[int, float, Match] | None = None
    for match in matches:
        share = _share_without_values(match, counted)
        if share < ALIGNED_COVERAGE:
            continue
        given = valued(match)
        if best is None or (given, share) > best[:2]:
            best = (given, share, match)
    return best[2] if best else None


def _values_given(part: ClaimPart, match: Match, index: SourceIndex) -> int:
    """How many of the part's dates and numbers the passage gives, as the claim does or
    otherwise (a date of the same month, a number of the same dimension)."""
    members = [
        index.entry(match.source_id, s.index).facts for s in (match.sentence, *match.context)
    ]
    dates = [date for facts in members for date in facts.dates]
    numbers = [number for facts in members for number in facts.numbers]
    given = sum(
        any(
            found.covers(date) or found.conflicts(date) or found.holds_less_precisely(date)
            for found in dates
        )
        for date in part.facts.dates
    )
    given += sum(
        any(found.agrees(number) or found.conflicts(number) for found in numbers)
        for number in part.facts.numbers
        if not _spelled_rank(number)
    )
    return given


def _spelled_rank(number: NumberMention) -> bool:
    """Whether a number is a rank in words ("first", 初の): a qualifier the key facts weigh
    (factcheck.checks.keyfacts), which no passage's figure is compared with, so no passage
    gives it by giving another rank ("the 59th Annual Meeting")."""
    return number.ordinal and not any(ch.isdigit() for ch in number.surface)


def _share_without_values(
    match: Match, counted: Callable[[Anchor], bool] = lambda _: True
) -> float:
    kinds = (AnchorKind.TERM, AnchorKind.WORD)
    covered = sum(a.weight for a in match.covered if a.kind in kinds and counted(a))
    missing = sum(a.weight for a in match.missing if a.kind in kinds and counted(a))
    total = covered + missing
    return covered / total if total else 0.0


def _names_party(anchor: Anchor, part: ClaimPart, index: SourceIndex) -> bool:
    """Whether an anchor names a person or a country, or is a title (a termbase name that is
    not an office or a place, or a word the claim writes as a name or a country's)."""
    if anchor.kind is AnchorKind.TERM:
        entry = index.termbase.get(anchor.key)
        return (
            entry is not None
            and entry.kind is EntryKind.NAME
            and entry.role in (NameRole.PERSON, NameRole.COUNTRY, NameRole.TITLE)
        )
    return anchor.kind is AnchorKind.WORD and (
        bool(country_forms(anchor.surface))
        or any(name.surface == anchor.surface for name in part.facts.names)
    )


def _conflict(kind: AnchorKind, claim: str, source: str, match: Match) -> ValueConflict:
    return ValueConflict(
        kind, claim, source, match.source_id, match.sentence.index, match.sentence.text
    )


# ── actors ────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class ActorConflict:
    claim_names: tuple[str, ...]
    source_names: tuple[str, ...]
    source_id: str
    sentence_index: int

    def describe(self) -> str:
        return (
            f"the claim names {', '.join(self.claim_names)} where {self.source_id} sentence "
            f"{self.sentence_index + 1} names {', '.join(self.source_names)} for the same event"
        )


def check_actors(
    part: ClaimPart, language: str, matches: Sequence[Match], index: SourceIndex
) -> ActorConflict | None:
    """Another person or place in the passage that otherwise reports the claim's event.

    Only when the passage gives the claim's date (or, undated, covers all else of it and one of
    its people), so a sentence that merely lacks a name is not read as a contradiction.

    The passage is the one that best covers the part leaving aside its dates, numbers and the
    names of people and countries (with their titles): a claim that swaps the person swaps
    what would have aligned it ("Indonesian President Prabowo" for マレーシアのアンワル首相).
    """
    aligned = _best_aligned(matches, lambda anchor: not _names_party(anchor, part, index))
    if aligned is None:
        return None
    passage = [aligned.sentence, *aligned.context]
    entries = [index.entry(aligned.source_id, s.index) for s in passage]
    text = " ".join(s.text for s in passage)
    claim_known, claim_words = _actors(part.text, part.facts.terms, language)
    source_known: set[str] = set()
    source_words: set[str] = set()
    for entry in entries:
        known, words = _actors(entry.sentence.text, entry.facts.terms, entry.language)
        source_known |= known
        source_words |= words
    if entries and is_unspaced(entries[0].language) != is_unspaced(language):
        # Names the termbase does not know cannot be compared across scripts (Carney,
        # カーニー): only known people count.
        claim_words, source_words = set(), set()
    # A name the other side writes as its initials is named there: "United Nations" / "UN".
    claim_words -= _spelled_by_initials(part.text, text, language)
    if entries:
        source_words -= _spelled_by_initials(text, part.text, entries[0].language)
        # The words before a name both sides write are that name's (a title, a given name):
        # "Barham Salih" against "High Commissioner Salih" names one person.
        claim_words -= _before_shared_head(part.text, text, claim_words, source_words, language)
        source_words -= _before_shared_head(
            text, part.text, source_words, claim_words, entries[0].language
        )
    missing = sorted(c for c in claim_known if c not in source_known)
    missing += sorted(
        w
        for w in claim_words
        if w.lower() not in text.lower() and not any(names_agree(w, s) for s in source_words)
    )
    extra = sorted(c for c in source_known if c not in claim_known)
    extra += sorted(
        w
        for w in source_words
        if w.lower() not in part.text.lower() and not any(names_agree(w, c) for c in claim_words)
    )
    if not missing or not extra:
        return None
    # A place stands in for a place, a person for a person: "Kyoto and Hiroshima" against a
    # passage that names Kyoto and the minister she will meet swaps no one.
    if not _like_for_like(missing, extra):
        return None
    dated = [a for a in aligned.covered if a.kind is AnchorKind.DATE]
    shared_people = claim_known & source_known
    if part.facts.dates and not dated:
        return None
    if not part.facts.dates and (
        not shared_people or _share_without_values(aligned) < ACTOR_ALIGNED_COVERAGE
    ):
        return None
    return ActorConflict(
        tuple(_shown(m, index) for m in missing),
        tuple(_shown(e, index) for e in extra),
        aligned.source_id,
        aligned.sentence.index,
    )


def _spelled_by_initials(text: str, other: str, language: str) -> set[str]:
    """The words of `text`'s runs of two or more names (`Naming.name_runs`) whose initials
    `other` writes as one word in capitals: "United Nations" where the other side writes
    "UN", "Japan International Cooperation Agency" where it writes "JICA"."""
    module = language_for(language)
    if not isinstance(module, Naming):
        return set()
    acronyms = set(_ACRONYM.findall(other))
    if not acronyms:
        return set()
    out: set[str] = set()
    for run in module.name_runs(text):
        words = run.split()
        for start, end in itertools.combinations(range(len(words) + 1), 2):
            if end - start >= 2 and "".join(w[0] for w in words[start:end]) in acronyms:
                out.update(words[start:end])
    return out


def _before_shared_head(
    text: str, other: str, words: set[str], other_words: set[str], language: str
) -> set[str]:
    """The name words of `text` that stand before the last word of their run of names
    (`Naming.name_runs`) when the other side names that last word too: a title or a given
    name before a surname both write ("High Commissioner Salih", "Barham Salih"), or the
    words before the head of a name of a thing ("World Refugee Forum" / "Global Refugee
    Forum", which the term check compares). A name that differs in its last word ("Mark
    Brown" / "Mark Smith") keeps all its words."""
    module = language_for(language)
    if not isinstance(module, Naming):
        return set()
    out: set[str] = set()
    for run in module.name_runs(text):
        written = run.split()
        named = [w for w in written if w in words or w == written[-1]]
        if len(named) < 2:
            continue
        head = named[-1]
        if head.lower() in other.lower() or any(names_agree(head, o) for o in other_words):
            out.update(named[:-1])
    return out


_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,}(?![\w.])")
"""A word in capitals: an acronym ("UN", "JICA")."""


def _like_for_like(missing: Sequence[str], extra: Sequence[str]) -> bool:
    """Whether the claim's names the passage lacks and the passage's the claim lacks hold a
    place each, or a person (any name no data has as a place's: `countries.is_place`) each."""
    missing_places = [is_place(name) for name in missing]
    extra_places = [is_place(name) for name in extra]
    return (any(missing_places) and any(extra_places)) or (
        not all(missing_places) and not all(extra_places)
    )


def _actors(text: str, terms: Sequence[TermHit], language: str) -> tuple[set[str], set[str]]:
    """People named: termbase people, and the other names the text's language reads in it
    (`Naming.name_words`: capitalised words, katakana with a title).

    Only entries the termbase marks as people count, so countries and offices named in every
    sentence ("Japan", "the United States") are not taken for the actors of the event.
    """
    known = {hit.entry.id for hit in terms if is_person(hit.entry)}
    blanked = list(text)
    for hit in terms:
        blanked[hit.start : hit.end] = " " * (hit.end - hit.start)
    module = language_for(language)
    words: set[str] = module.name_words("".join(blanked)) if isinstance(module, Naming) else set()
    return known, words


def _shown(name: str, index: SourceIndex) -> str:
    entry = index.termbase.get(name)
    return (entry.preferred("en") or name) if entry else name
