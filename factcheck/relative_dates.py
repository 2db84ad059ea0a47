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
one absolute date, read by `factcheck.dates`).

Language-specific words live in `RELATIVE_WORDS`, one entry per language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from factcheck.dates import DateMention

__all__ = ["RELATIVE_WORDS", "RelativeNote", "RelativeWords", "find_relative_dates", "show_day"]


@dataclass(frozen=True)
class RelativeWords:
    """How one language writes days relative to today, and marks past and future."""

    days: re.Pattern[str]
    """A word naming one day by its distance from today; group `word`."""
    offsets: dict[str, int]
    """Days from today for each (lower-cased) word `days` matches."""
    weekday: re.Pattern[str]
    """A weekday name; groups `name`, and `last` / `next` when the text says which week."""
    weekday_index: dict[str, int]
    """0 = Monday … 6 = Sunday, by (lower-cased) weekday name."""
    periods: re.Pattern[str]
    """"this week", "last month", 先週 …; group `which` (this / last / next) and `unit`."""
    period_words: dict[str, int]
    """(lower-cased) `which` word → shift: -1 last, 0 this, 1 next."""
    past: re.Pattern[str]
    """A mark of the past tense."""
    future: re.Pattern[str]
    """A mark of the future."""
    triggers: tuple[str, ...]
    """Strings one of which every relative date holds (lower-cased text): a text with none is
    skipped without running the patterns, as most sentences are."""


_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_JA_WEEKDAYS = "月火水木金土日"

RELATIVE_WORDS: dict[str, RelativeWords] = {
    "en": RelativeWords(
        days=re.compile(
            r"\b(?P<word>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday)\b", re.IGNORECASE
        ),
        offsets={"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2},
        weekday=re.compile(
            r"\b(?:(?P<last>last|this\s+past)\s+|(?P<next>next|this\s+coming|coming)\s+)?"
            r"(?P<name>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        weekday_index={name: number for number, name in enumerate(_EN_WEEKDAYS)},
        periods=re.compile(
            r"\b(?P<which>this|last|next|earlier\s+this|later\s+this)\s+(?P<unit>week|month)\b",
            re.IGNORECASE,
        ),
        period_words={"this": 0, "earlier this": 0, "later this": 0, "last": -1, "next": 1},
        past=re.compile(
            r"\b(?:\w+ed|met|held|spoke|said|told|made|took|gave|went|came|saw|sent|won|was|were"
            r"|had|did|began|led|left|paid|signed|flew|last|ago|earlier)\b",
            re.IGNORECASE,
        ),
        future=re.compile(
            r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|planning|scheduled"
            r"|expected\s+to|set\s+to|upcoming|next|later\s+this|going\s+to)\b",
            re.IGNORECASE,
        ),
        triggers=("day", "week", "month", "tomorrow"),
    ),
    "ja": RelativeWords(
        days=re.compile(r"(?P<word>本日|今日|昨日|一昨日|明日|明後日)"),
        offsets={"本日": 0, "今日": 0, "昨日": -1, "一昨日": -2, "明日": 1, "明後日": 2},
        weekday=re.compile(
            rf"(?<![0-9０-９日（(])(?:(?P<last>先週の?)|(?P<next>来週の?))?"
            rf"(?P<name>[{_JA_WEEKDAYS}])曜日?"
        ),
        weekday_index={name: number for number, name in enumerate(_JA_WEEKDAYS)},
        periods=re.compile(r"(?P<which>今|先|来)(?P<unit>週|月)"),
        period_words={"今": 0, "先": -1, "来": 1},
        past=re.compile(r"ました|した|った|んだ|いた|行われた|開催された"),
        future=re.compile(r"予定|ます(?!た)|する(?:こと|方向)|見込み|へ$"),
        triggers=("本日", "今日", "昨日", "明日", "明後日", "曜", "週", "今月", "先月", "来月"),
    ),
}


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
) -> tuple[list[DateMention], list[RelativeNote]]:
    """Relative dates of `text` resolved against `reference`, and those that could not be.

    `what` names the reference in the resolution shown ("article published", "source dated").
    `taken` are spans already read as dates written in full: relative words inside them are
    left alone.
    """
    words = RELATIVE_WORDS.get(language.split("-")[0].lower())
    if words is None:
        return [], []
    lowered = text.lower()
    if not any(trigger in lowered for trigger in words.triggers):
        return [], []
    anchor = f"{what} {show_day(reference)}"
    mentions: list[DateMention] = []
    notes: list[RelativeNote] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            m.start < end and start < m.end for m in mentions
        )

    for match in words.days.finditer(text):
        if not free(match.start(), match.end()):
            continue
        key = re.sub(r"\s+", " ", match.group("word").lower())
        day = reference + dt.timedelta(days=words.offsets[key])
        mentions.append(_day_mention(match, day, f"{match.group(0)} → {show_day(day)} ({anchor})"))
    for match in words.weekday.finditer(text):
        if not free(match.start(), match.end()):
            continue
        weekday = words.weekday_index[match.group("name").lower()]
        found, why = _weekday(text, match, weekday, reference, words)
        if found is None:
            notes.append(
                RelativeNote(match.group(0), match.start(), match.end(), f"{match.group(0)}: {why}")
            )
            continue
        mentions.append(
            _day_mention(match, found, f"{match.group(0)} → {show_day(found)} ({anchor})")
        )
    for match in words.periods.finditer(text):
        if not free(match.start(), match.end()):
            continue
        which = re.sub(r"\s+", " ", match.group("which").lower())
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
    text: str, match: re.Match[str], weekday: int, reference: dt.date, words: RelativeWords
) -> tuple[dt.date | None, str]:
    """The day a weekday name stands for, or None and why not."""
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
    tense = _tense(text, match, words)
    if tense == "past":
        return past, ""
    if tense == "future":
        return ahead, ""
    return None, (
        f"ambiguous ({show_day(past)} or {show_day(ahead)}; the text does not say whether it "
        "is past or to come), so it is not compared"
    )


def _tense(text: str, match: re.Match[str], words: RelativeWords) -> str | None:
    """ "past" or "future" by the nearest mark of either, None when there is none."""
    marks = [(abs(m.start() - match.start()), "past") for m in words.past.finditer(text)]
    marks += [(abs(m.start() - match.start()), "future") for m in words.future.finditer(text)]
    marks = [mark for mark in marks if not (match.start() <= mark[0] < match.end())]
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
