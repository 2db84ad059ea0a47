"""Relative dates: "on Sunday", "yesterday", 本日, "last week" resolved against a reference day.

Takes a text, its language and the day it is relative to (an article's publication date for a
claim, a source's own date for a source sentence) and gives `DateMention`s whose `resolution`
says how each was read: "Sunday → 26 October 2025 (article published 27 October 2025)".

A weekday names the nearest such day before or after the reference day. Which one is read from
the tense around it ("met on Sunday", "will visit on Tuesday"); when nothing tells, or both
readings stay open, the weekday is reported as ambiguous (`RelativeNote`) and gives no date: a
guess would become evidence. A week or a month that runs across a month's end is reported but
not compared, since a `DateMention` spans at most one month.

Dates written in full win over relative words at the same place ("Sunday, October 26" is
one absolute date, read by `factcheck.text.dates`).

Language-specific words live in the language's module (`relative_words`: en.py, ja.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from factcheck.languages.interface import RelativeWords
from factcheck.text.dates import DateMention
from factcheck.text.numbers import NumberMention, Unit

__all__ = [
    "RelativeNote",
    "RelativeWords",
    "find_relative_dates",
    "find_relative_years",
    "find_sequence_dates",
    "show_day",
]


@dataclass(frozen=True)
class RelativeNote:
    """A relative date that was not turned into a date, and why."""

    surface: str
    start: int
    end: int
    reason: str
    """What it could be and why it is not compared: "Tuesday: ambiguous (21 or 28 October
    2025; the text does not say whether it is past or to come)"."""


def show_day(day: dt.date) -> str:
    """A day as an editor reads it: "26 October 2025"."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def find_relative_dates(
    text: str,
    language: str,
    reference: dt.date,
    what: str = "article published",
    taken: tuple[tuple[int, int], ...] = (),
    *,
    sentence: tuple[str, int] | None = None,
) -> tuple[list[DateMention], list[RelativeNote]]:
    """Relative dates of `text` resolved against `reference`, and those that could not be.

    `what` names the reference in the resolution shown ("article published", "source dated").
    `taken` are spans already read as dates written in full: relative words inside them are
    left alone. `sentence` is the whole claim `text` is one clause of, and where the clause
    starts in it: a weekday whose clause marks no tense takes the tense of the predicate the
    clause chains to, where the language says how a predicate ends (`predicate_end`):
    «土曜日、…と会談し、共同声明に署名した» says its tense only in 署名した.
    """
    words = _relative_words(language)
    if words is None:
        return [], []
    lowered = text.lower()
    triggered = any(trigger in lowered for trigger in words.triggers)
    event_days = list(words.event_day.finditer(text)) if words.event_day is not None else []
    if not triggered and not event_days:
        return [], []
    anchor = f"{what} {show_day(reference)}"
    mentions: list[DateMention] = []
    notes: list[RelativeNote] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            m.start < end and start < m.end for m in mentions
        )

    def keep(match: re.Match[str], found: dt.date | None, why: str) -> None:
        """The day `match` was read as or, when none, why not (shown, never compared)."""
        if found is None:
            note = f"{match.group(0)}: {why}"
            notes.append(RelativeNote(match.group(0), match.start(), match.end(), note))
        else:
            resolution = f"{match.group(0)} → {show_day(found)} ({anchor})"
            mentions.append(_day_mention(match, found, resolution))

    for match in event_days:
        if free(match.start(), match.end()):
            keep(match, *_event_day(text, match, reference, words))
    if not triggered:
        return mentions, notes
    for match in words.days.finditer(text):
        if not free(match.start(), match.end()):
            continue
        key = _folded(match.group("word"))
        day = reference + dt.timedelta(days=words.offsets[key])
        mentions.append(_day_mention(match, day, f"{match.group(0)} → {show_day(day)} ({anchor})"))
    for match in words.weekday.finditer(text):
        if not free(match.start(), match.end()):
            continue
        weekday = words.weekday_index[match.group("name").lower()]
        keep(match, *_weekday(text, match, weekday, reference, words, sentence))
    for match in words.periods.finditer(text):
        if not free(match.start(), match.end()):
            continue
        which = _folded(match.group("which"))
        shift = words.period_words[which]
        unit = match.group("unit").lower()
        mention, note = _period(match, shift, unit in ("week", "週"), reference, anchor)
        if mention is not None:
            mentions.append(mention)
        elif note is not None:
            notes.append(note)
    mentions.sort(key=lambda m: m.start)
    return mentions, notes


def _day_mention(match: re.Match[str], day: dt.date, resolution: str) -> DateMention:
    return DateMention(
        match.start(),
        match.end(),
        match.group(0),
        day.year,
        day.month,
        day.day,
        resolution=resolution,
    )


def _weekday(
    text: str,
    match: re.Match[str],
    weekday: int,
    reference: dt.date,
    words: RelativeWords,
    sentence: tuple[str, int] | None = None,
) -> tuple[dt.date | None, str]:
    """The day a weekday name stands for, or None and why not; its tense from its own text,
    else from the predicate its clause chains to in `sentence` (the whole text and where
    `text` starts in it) when given."""
    back = (reference.weekday() - weekday) % 7
    past = reference - dt.timedelta(days=back)
    ahead = reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)
    if back == 0:
        return reference, ""  # the reference day itself
    monday = reference - dt.timedelta(days=reference.weekday())
    if match.group("last"):
        if match.group("last").startswith("先週"):  # the week before this one, by the calendar
            return monday - dt.timedelta(days=7 - weekday), ""
        return past, ""
    if match.group("next"):
        if match.group("next").startswith("来週"):
            return monday + dt.timedelta(days=7 + weekday), ""
        return ahead, ""
    tense = _tense(text, match.start(), match.end(), words)
    if tense is None and sentence is not None:
        whole, at = sentence
        tense = _chained_tense(whole, at + len(text), words)
    if tense == "past":
        return past, ""
    if tense == "future":
        return ahead, ""
    return None, (
        f"ambiguous ({show_day(past)} or {show_day(ahead)}; the text does not say whether it "
        "is past or to come), so it is not compared"
    )


def _event_day(
    text: str, match: re.Match[str], reference: dt.date, words: RelativeWords
) -> tuple[dt.date | None, str]:
    """The day a news sentence dates what it reports by («5日»): the last day of that number
    up to the reference (the article's date); None and why when the text says the event is
    still to come, or no month near the reference has that day."""
    number = int(unicodedata.normalize("NFKC", match.group("day")))
    if words.event_day_ahead is not None and words.event_day_ahead.search(text.rstrip()):
        return None, "the text says it is still to come, so it is not compared"
    month = reference.replace(day=1)
    for _ in range(2):
        if number <= calendar.monthrange(month.year, month.month)[1]:
            day = month.replace(day=number)
            if day <= reference:
                return day, ""
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return None, "no month up to the reference has that day, so it is not compared"


def _chained_tense(whole: str, after: int, words: RelativeWords) -> str | None:
    """ "past" or "future" by the first mark after `after` in the same sentence of `whole`
    that ends a predicate (`RelativeWords.predicate_end`): the predicate a clause with no
    tense of its own chains to («…と会談し、共同声明に署名したが、…見込みだ» is past by
    署名した). A mark that modifies a word on the way («来年予定されている訪問について協議
    した», «強化することで一致した») is passed over. None where the language does not say
    how a predicate ends, where no such mark follows before the sentence ends, where another
    chained clause stands between (`_JOINS`: «…署名しており、…予定だ»), or where a comma
    follows a mark passed over: it ended a subordinate clause («署名したため、», «署名した
    後、»), whose tense is the clause's own."""
    if words.predicate_end is None:
        return None
    stop = whole.find("。", after)
    stretch = whole[: len(whole) if stop < 0 else stop + 1]
    found = [(m.start(), m.end(), "past") for m in words.past.finditer(stretch, after)]
    found += [(m.start(), m.end(), "future") for m in words.future.finditer(stretch, after)]
    passed: int | None = None  # where the last mark passed over ends
    for start, end, tense in sorted(found):
        if _JOINS.search(stretch, after + 1, start):
            return None
        if passed is not None and _COMMA.search(stretch, passed, start):
            return None
        if words.predicate_end.match(stretch, end):
            return tense
        passed = end
    return None


_COMMA = re.compile(r"[、，,]")
_JOINS = re.compile(r"(?<=[ぁ-ゖ])(?<![はがをにともへので])[、，,]")
"""The comma that ends a chained clause, after a verb's continuative form (「署名しており、」,
「会談し、」): the clause's own follows it right away; another one between the clause and the
mark ends a clause of its own, whose tense is no surer. A comma in a list («経済、安全保障»),
after a time word («その後、», «会談後、») or after a particle («協力事業は、») joins no
clause."""


def _tense(text: str, start: int, end: int, words: RelativeWords) -> str | None:
    """ "past" or "future" by the mark of either nearest the weekday at `start`–`end` of
    `text`, None when there is none."""
    # A mark inside the weekday's own words ("next Sunday" read as one match) is not a cue
    # from around it; the rest are ranked by their distance from the weekday.
    # A word that marks the future is no past mark for its form: "scheduled", "expected to".
    future = [(m.start(), m.end()) for m in words.future.finditer(text)]
    found = [
        (m.start(), "past")
        for m in words.past.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in future)
    ]
    found += [(s, "future") for s, _ in future]
    marks = [(abs(at - start), tense) for at, tense in found if not start <= at < end]
    if not marks:
        return None
    marks.sort()
    if len(marks) > 1 and marks[0][0] == marks[1][0] and marks[0][1] != marks[1][1]:
        return None
    return marks[0][1]


def _period(
    match: re.Match[str], shift: int, week: bool, reference: dt.date, anchor: str
) -> tuple[DateMention | None, RelativeNote | None]:
    """A week (Monday to Sunday) or a month, `shift` weeks or months from the reference's."""
    if week:
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=shift)
        sunday = monday + dt.timedelta(days=6)
        shown = f"{show_day(monday)} to {show_day(sunday)}"
        if monday.month != sunday.month:
            return None, RelativeNote(
                match.group(0),
                match.start(),
                match.end(),
                f"{match.group(0)} → {shown} ({anchor}); it runs across a month's end, so it "
                "is not compared",
            )
        mention = DateMention(
            match.start(),
            match.end(),
            match.group(0),
            monday.year,
            monday.month,
            monday.day,
            sunday.day,
            resolution=f"{match.group(0)} → {shown} ({anchor})",
            week=True,
        )
        return mention, None
    month_index = reference.year * 12 + reference.month - 1 + shift
    year, month = divmod(month_index, 12)
    month += 1
    shown = f"{calendar.month_name[month]} {year}"
    mention = DateMention(
        match.start(),
        match.end(),
        match.group(0),
        year,
        month,
        None,
        resolution=f"{match.group(0)} → {shown} ({anchor})",
    )
    return mention, None


def _folded(word: str) -> str:
    """A matched word as the offset tables key it: lower-cased, its spaces folded to one."""
    return re.sub(r"\s+", " ", word.lower())


def _relative_words(language: str) -> RelativeWords | None:
    """How the language writes relative dates, or None when it has no module or says none."""
    from factcheck.languages import language_for

    module = language_for(language)
    return module.relative_words if module is not None else None


def find_relative_years(text: str, language: str, reference: dt.date) -> list[NumberMention]:
    """The calendar years a source names by their distance from its own date ("this year",
    昨年: `RelativeWords.years`), each as the year it is, so that a claim that writes the
    year ("2026 marks 30 years") meets the page's 本年; it denies no other year
    (`NumberMention.relative`). Read in sources only: an article names its years as it
    means them, and its "this year" stays a word; so does the source's, beside its year."""
    words = _relative_words(language)
    if words is None or words.years is None or not words.year_offsets:
        return []
    out: list[NumberMention] = []
    for match in words.years.finditer(text):
        offset = words.year_offsets.get(_folded(match["word"]))
        if offset is None:
            continue
        out.append(
            NumberMention(
                match.start(),
                match.end(),
                match.group(0),
                float(reference.year + offset),
                Unit.CALENDAR_YEAR,
                approximate=False,
                relative=True,
            )
        )
    return out


def find_sequence_dates(
    text: str, language: str, dates: tuple[DateMention, ...] | list[DateMention]
) -> list[DateMention]:
    """Days the text names by their distance from a date it has just given ("toured the
    port on March 8 and held talks the following day": 9 March; 翌日, 前日), each read
    against the nearest date before it in the text that names a day; none where no such
    date stands before it. The resolution says what it was read against: "the following day
    → 9 March 2027 (the day after March 8)"."""
    words = _relative_words(language)
    if words is None or words.sequence is None or not words.sequence_offsets:
        return []
    out: list[DateMention] = []
    for match in words.sequence.finditer(text):
        before = [
            d for d in dates if d.end <= match.start() and d.day is not None and d.month is not None
        ]
        if not before:
            continue
        base = before[-1]
        if base.end_day is not None or base.end_month is not None:
            continue  # a span of days: no one day to count from
        offset = words.sequence_offsets.get(_folded(match["word"]))
        if offset is None:
            continue
        assert base.month is not None and base.day is not None
        try:
            # A year the text does not give is counted in a leap year, so 29 February holds.
            day = dt.date(base.year or 2000, base.month, base.day) + dt.timedelta(days=offset)
        except ValueError:
            continue
        side = "after" if offset > 0 else "before"
        shown = (
            show_day(day)
            if base.year is not None
            else f"{day.day} {calendar.month_name[day.month]}"
        )
        out.append(
            DateMention(
                match.start(),
                match.end(),
                match.group(0),
                day.year if base.year is not None else None,
                day.month,
                day.day,
                year_inferred=base.year_inferred,
                resolution=f"{match.group(0)} → {shown} (the day {side} {base.surface})",
            )
        )
    return out
