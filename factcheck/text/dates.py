"""Dates as anchors that survive translation.

Takes a text (English or Japanese) and gives the dates written in it as `DateMention`s whose
`key` is the same whatever the language, format or calendar is: "October 25, 2025",
"25 Oct 2025", "2025-10-25", "2025年10月25日", "令和7年10月25日" and "二〇二五年十月二十五日"
all give "2025-10-25".

Key format (ISO 8601 with its truncated forms):

    2025-10-25               a day
    --10-25                  a day written without a year (and no default year given)
    2025-10                  a month ("October 2025", "2025年10月")
    2025-10-27/2025-10-29    a range of days within one month ("October 27-29, 2025")
    --10-27/--10-29          the same range without a year
    --04/--06                a range of months ("from April to June", 4月から6月, 4～6月)

Forms recognised in any text: English month names ("October 25", "25 Oct 2025",
"Saturday, October 25, 2025", "October 27 to 29", "27–29 October 2025", "October 2025"),
Japanese dates in Western years or the eras 令和/平成/昭和/大正 (full-width digits, kanji
numerals, weekdays such as "(土)", ranges with から / ～ / まで) and numeric Y-M-D / Y/M/D /
Y.M.D. The `language` argument decides the ambiguous numeric form M/D/YYYY, which is read
for English (US order; a first number above 12 means the day comes first) and ignored otherwise,
and, with `months`, how a month is named alone: in the language's words (its module's
`month_words`: "in May", "from April to June") or with a numeral (its `month_numerals`: 11月に,
4～6月).

Also home of the numeral readers (`fold_width`, `read_numeral`) that `factcheck.text.numbers`
builds on; numbers depends on dates, never the other way round.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.languages.interface import MonthNumerals, MonthWords

__all__ = [
    "DateMention",
    "era_first_year",
    "find_dates",
    "fold_width",
    "names_a_month",
    "names_a_month_each",
    "parse_date",
    "read_numeral",
]

# ── numerals shared with factcheck.text.numbers ────────────────────────────────────

# Full-width ASCII (！ to ～) and the ideographic space map one code point to one, so offsets
# found in the folded text are offsets in the original.
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}

KANJI_DIGITS = "〇零一二三四五六七八九"
_KANJI_DIGIT_VALUE = {
    ch: (0 if ch in "〇零" else "一二三四五六七八九".index(ch) + 1) for ch in KANJI_DIGITS
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_NUMERAL_PIECE = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|.", re.DOTALL)


def fold_width(text: str) -> str:
    """Full-width letters, digits and punctuation as ASCII; the result has the same length."""
    return text.translate(_WIDTH_TABLE)


def read_numeral(numeral: str) -> float | None:
    """The value of an ASCII, kanji or mixed numeral ("25", "二十五", "二〇二五", "1億2千万").

    Returns None when the string is not a numeral or its value is not finite.
    """
    if not numeral:
        return None
    total = 0.0
    section = 0.0  # the part below the current 万/億/兆 block
    current: float | None = None
    for piece in _NUMERAL_PIECE.findall(numeral):
        if piece[0] in "0123456789":
            if current is not None:
                return None
            current = float(piece.replace(",", ""))
        elif piece in _KANJI_DIGIT_VALUE:
            # Digits read positionally: 二〇二五 = 2025.
            current = (current or 0.0) * 10 + _KANJI_DIGIT_VALUE[piece]
        elif piece in _SMALL_UNITS:
            section += (1.0 if current is None else current) * _SMALL_UNITS[piece]
            current = None
        elif piece in _BIG_UNITS:
            block = section + (current or 0.0)
            total += (block or 1.0) * _BIG_UNITS[piece]
            section, current = 0.0, None
        else:
            return None
    value = total + section + (current or 0.0)
    return value if math.isfinite(value) else None


def _read_int(numeral: str) -> int | None:
    value = read_numeral(numeral)
    if value is None or not value.is_integer():
        return None
    return int(value)


# ── the mention ───────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DateMention:
    """A date, month or range of days written in a text."""

    start: int
    """Offset of the mention in the text."""
    end: int
    surface: str
    """The text as written: `text[start:end]`."""
    year: int | None
    """Gregorian year; None when neither written nor given as a default."""
    month: int | None
    day: int | None
    """None for a month ("October 2025")."""
    end_day: int | None = None
    """Last day of a range within the month ("October 27 to 29"); None for a single day."""
    weekday: int | None = None
    """0 = Monday … 6 = Sunday, when the text names the weekday."""
    year_inferred: bool = False
    """The year came from `default_year`, not from the text."""
    resolution: str = ""
    """For a relative date ("Sunday", 本日), how it was read: "Sunday → 26 October 2025
    (article published 27 October 2025)"; empty for a date written in full."""
    bare: bool = False
    """A month named alone, with neither year nor day ("in November", 11月に: `find_dates`
    with `months`): any day of that month bears it out (`covers`), as it does a month with
    its year; a day of another month conflicts with it."""
    end_month: int | None = None
    """Last month of a range of months ("from April to June", 4～6月), which names no day;
    None for anything else."""
    week: bool = False
    """A week named as a whole ("next week", 来週: its Monday to its Sunday), which names no
    day of it: any day inside it bears it out (`covers`), as any day of a month bears out the
    month. A range written out ("October 24–26") is not one: a day does not bear it out."""

    @property
    def key(self) -> str:
        """The language-independent key; see the module docstring for the format."""
        first = _iso(self.year, self.month, self.day)
        if self.end_month is not None:
            return f"{first}/{_iso(self.year, self.end_month, None)}"
        if self.end_day is None:
            return first
        return f"{first}/{_iso(self.year, self.month, self.end_day)}"

    @property
    def date(self) -> dt.date | None:
        """The (first) day, when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @property
    def weekday_mismatch(self) -> bool:
        """The written weekday is not the weekday of the date (a typo on one side or the other)."""
        day = self.date
        return self.weekday is not None and day is not None and day.weekday() != self.weekday

    def covers(self, other: DateMention) -> bool:
        """This mention bears `other` out: it names `other`'s days, at least as precisely.

        A year missing on either side matches any year, so "October 25" and "2025-10-25"
        cover each other. A range covers the days (or months) inside it, and any day of a
        month covers that month ("in November", "November 2025" are borne out by 11月18日:
        the claim says less). A mention less precise than `other` does not cover it: a month
        gives none of its days, so "October 2025" does not bear out "October 25, 2025"
        (`holds_less_precisely`: no conflict either), and a day does not bear out a range.
        """
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        if (
            other.day is None
            and other.month is not None
            and other.end_month is None
            and self.end_month is None
            and self.month == other.month
        ):
            return True  # the claim's month, or a day (or days) of it
        if other.week and other._spans(self):
            return True  # the claim's week, or a day (or days) of it
        if self._precision < other._precision:
            return False
        return self._spans(other)

    def holds_less_precisely(self, other: DateMention) -> bool:
        """`other`'s days lie within this mention's, which names them less precisely: a month
        for one of its days ("March 2030" for "14 March 2030"), a range of months for a day
        inside it. Such a mention neither bears `other` out (`covers`) nor conflicts with it:
        it does not say which day."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        return self._precision < other._precision and self._spans(other)

    @property
    def _precision(self) -> int:
        """2 for a day (or a range of days), 1 for a month (or a range of months), 0 for a
        year."""
        return 2 if self.day is not None else 1 if self.month is not None else 0

    def _spans(self, other: DateMention) -> bool:
        first, last = self._span()
        other_first, other_last = other._span()
        return first <= other_first and other_last <= last

    def conflicts(self, other: DateMention) -> bool:
        """The two mentions name days that cannot both be meant: no day in common.

        "October 25" conflicts with "October 26" but not with "October" or "October 24–26".
        Years are compared only when both were written: a year taken from `default_year` is a
        guess, and a wrong guess is no evidence against the text.
        """
        if (
            self.year is not None
            and other.year is not None
            and not (self.year_inferred or other.year_inferred)
            and self.year != other.year
        ):
            return True
        first, last = self._span()
        other_first, other_last = other._span()
        return last < other_first or other_last < first

    def _span(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """First and last (month, day) named; every mention but a range of months lies within
        one month."""
        month = self.month or 1
        if self.month is None:
            return (1, 1), (12, 31)
        if self.end_month is not None:
            return (month, 1), (self.end_month, _days_in_month(self.year, self.end_month))
        if self.day is None:
            return (month, 1), (month, _days_in_month(self.year, month))
        return (month, self.day), (month, self.end_day or self.day)


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    head = f"{year:04d}" if year is not None else "-"
    if month is None:
        return head
    if day is None:
        return f"{head}-{month:02d}"
    return f"{head}-{month:02d}-{day:02d}"


def _days_in_month(year: int | None, month: int) -> int:
    # Without a year, February 29 is allowed: it exists in some year.
    return calendar.monthrange(year if year is not None else 2000, month)[1]


# ── eras ──────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Era:
    first: dt.date
    last: dt.date | None
    """None for the current era."""


_ERAS = {
    "令和": _Era(dt.date(2019, 5, 1), None),
    "平成": _Era(dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    "昭和": _Era(dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    "大正": _Era(dt.date(1912, 7, 30), dt.date(1926, 12, 25)),
}

_MEIJI_FIRST_YEAR = 1868


def era_first_year(era: str) -> int | None:
    """The Western year in which a Japanese era (令和, 平成, 昭和, 大正, 明治) began: its
    year N is that year plus N - 1. None for a name that is no era."""
    if era == "明治":
        return _MEIJI_FIRST_YEAR
    found = _ERAS.get(era)
    return found.first.year if found else None


# ── patterns ──────────────────────────────────────────────────────────────────

_KD = KANJI_DIGITS
JA_SMALL = rf"(?:[0-9]{{1,2}}|[{_KD}十]{{1,3}})"
"""A month, day or era year: 1–2 digits, or kanji up to 三十一."""
_ERA_YEAR = rf"元|[0-9]{{1,3}}|[{_KD}十百]{{1,4}}"
_JA_WEEKDAYS = "月火水木金土日"
_JA_WEEKDAY_TAIL = (
    rf"(?:[ \t]*\([{_JA_WEEKDAYS}](?:曜日?)?(?:・?祝)?\)|[ \t]*[{_JA_WEEKDAYS}]曜日?)"
)

JA_YEAR = rf"""
    # Blanks are taken only after a year: a leading [ \t]* would rescan every run of blanks.
    (?:
        (?P<era>{"|".join(_ERAS)})[ \t]*(?P<era_year>{_ERA_YEAR})[ \t]*年[ \t]*
      | (?<![0-9{_KD}十百千])(?P<year>[0-9]{{4}}|[{_KD}十百千]{{2,6}})[ \t]*年[ \t]*
    )?
"""
JA_RANGE_SEP = r"(?:から|~|〜|-|–|—|―)"

_JA_DATE = re.compile(
    rf"""
    {JA_YEAR}
    (?<![0-9{_KD}十])(?P<month>{JA_SMALL})[ \t]*月
    (?:
        [ \t]*(?P<day>{JA_SMALL})[ \t]*日
        (?:
            [ \t]*\((?P<wd>[{_JA_WEEKDAYS}])(?:曜日?)?(?:・?祝)?\)
          | [ \t]*(?P<wd_bare>[{_JA_WEEKDAYS}])曜日?
        )?
        (?P<first_end>)
        (?P<range>
            [ \t]*{JA_RANGE_SEP}[ \t]*
            (?:(?P<end_month>{JA_SMALL})[ \t]*月[ \t]*)?
            (?P<end_day>{JA_SMALL})[ \t]*日
            {_JA_WEEKDAY_TAIL}?
            (?:[ \t]*まで)?
        )?
    )?
    """,
    re.VERBOSE,
)


_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Longer names first so that "June" is not read as "Jun" + "e".
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:\.|\b)"
)


def _weekday(group: str) -> str:
    return (
        rf"(?P<{group}>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?:\.|\b)"
    )


def _day(group: str) -> str:
    # Not part of a longer number, a time ("9:50") or a word ("2nd-hand" is fine, "25a" not).
    return rf"(?P<{group}>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9A-Za-z]|:[0-9])"


_YEAR = r"(?P<year>[12][0-9]{3})(?![0-9A-Za-z])"
_RANGE_SEP = r"(?:[ \t]*[-–—~][ \t]*|[ \t]+(?:to|through|thru|until|till)[ \t]+)"
_TAIL_WEEKDAY = rf"(?:[ \t]*\({_weekday('wd2')}\))?"

_EN_MDY = re.compile(
    rf"(?:{_weekday('wd')},?[ \t]+)?{_MON}[ \t]*{_day('day')}(?P<first_end>)"
    rf"(?:{_RANGE_SEP}{_day('end_day')})?(?:(?:,?[ \t]+|,){_YEAR})?{_TAIL_WEEKDAY}",
    re.IGNORECASE,
)
_EN_DMY = re.compile(
    rf"(?<![0-9A-Za-z.:/,])(?:{_weekday('wd')},?[ \t]+)?{_day('day')}(?P<first_end>)"
    rf"(?:{_RANGE_SEP}{_day('end_day')})?[ \t]+(?:of[ \t]+)?{_MON}(?:,?[ \t]+{_YEAR})?"
    rf"{_TAIL_WEEKDAY}",
    re.IGNORECASE,
)
_EN_MONTH_YEAR = re.compile(rf"{_MON}[ \t]+(?:of[ \t]+)?{_YEAR}", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"[ \t]*{_day('day')}")
"""A day of the month right after a month's name ("June 10"): that month is a day's."""
_RANGE_YEAR = re.compile(rf",?[ \t]+{_YEAR}")
"""A year right after a range of months ("from April to June 2030")."""
_NUMERIC_YMD = re.compile(
    r"(?<![0-9A-Za-z./-])(?P<year>[12][0-9]{3})(?P<sep>[-/.])(?P<month>[0-9]{1,2})"
    r"(?P=sep)(?P<day>[0-9]{1,2})(?![0-9]|[-/.][0-9])"
)
_NUMERIC_MDY = re.compile(
    r"(?<![0-9A-Za-z./-])(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/(?P<year>[12][0-9]{3})"
    r"(?![0-9]|/[0-9])"
)

_ANY_MONTH = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
# The same test on lowercased ASCII text, case-sensitive: the regex engine skips through it
# by its first letters, which it cannot do with the case-insensitive one.
_MONTH_GATE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_SEPARATED_DIGITS = re.compile(r"[0-9][-/.][0-9]")
_ASCII_DIGIT = re.compile(r"[0-9]")

# ── finding ───────────────────────────────────────────────────────────────────


def names_a_month(text: str, language: str) -> bool:
    """Whether a text names a month alone in the language's words, as `find_dates` with
    `months` may find one ("in November"): a text with no digit may still hold such a date."""
    words = _month_words(language)
    return words is not None and words.alone.search(text) is not None


def names_a_month_each(texts: Sequence[str], language: str) -> list[bool]:
    """`names_a_month` of each text, the texts scanned at once: a month named alone is
    written with one of the language's names of months, as group `mon` writes it (the keys
    of `MonthWords.numbers`). Each name is sought in all the texts joined (no name holds the
    NUL that joins them), and only a text that holds one is read by the `alone` pattern: a
    source index asks this of each sentence of a document, and most name no month."""
    words = _month_words(language)
    if words is None or not texts:
        return [False] * len(texts)
    joined = "\0".join(texts)
    starts = [0, *itertools.accumulate(len(text) + 1 for text in texts)][:-1]
    holding: set[int] = set()
    for name in words.numbers:
        at = joined.find(name)
        while at >= 0:
            holding.add(bisect.bisect_right(starts, at) - 1)
            at = joined.find(name, at + 1)
    out = [False] * len(texts)
    for number in holding:
        out[number] = words.alone.search(texts[number]) is not None
    return out


def find_dates(
    text: str, language: str, default_year: int | None = None, *, months: bool = False
) -> list[DateMention]:
    """The dates written in `text`, in order, none overlapping.

    `default_year` fills in the year of dates written without one (`year_inferred` is then
    True), unless that year would make the date impossible (February 29).
    Invalid dates (February 30, 平成32年, a weekday-only string) are not reported.
    With `months`, a month named alone ("in November", 11月に) is a mention too (`bare`),
    without a year: the text gives none, and a guessed one would date it.
    """
    folded = fold_width(text)
    numerals = _month_numerals(language) if months else None
    builder = _Builder(text, default_year, numerals)
    candidates: list[DateMention] = []
    # Cheap checks first: most sentences have no date, and the full patterns are costly.
    if "月" in folded:
        for match in _JA_DATE.finditer(folded):
            candidates.extend(builder.from_japanese(match))
        if numerals is not None:
            for match in numerals.range.finditer(folded):
                candidates.extend(builder.month_range(match))
    words = _month_words(language) if months else None
    if words is not None and _MONTH_GATE.search(folded.lower()):
        for match in words.alone.finditer(folded):
            candidates.extend(builder.months_named(match, words))
    if not _ASCII_DIGIT.search(folded):
        return _without_overlaps(candidates)  # every other form holds a day or a year in digits
    if _MONTH_GATE.search(folded.lower()) if folded.isascii() else _ANY_MONTH.search(folded):
        for pattern in (_EN_MDY, _EN_DMY, _EN_MONTH_YEAR):
            for match in pattern.finditer(folded):
                candidates.extend(builder.from_english(match))
    if _SEPARATED_DIGITS.search(folded):
        for match in _NUMERIC_YMD.finditer(folded):
            candidates.extend(builder.from_numeric(match, swap=False))
        if _month_first(language):
            for match in _NUMERIC_MDY.finditer(folded):
                candidates.extend(builder.from_numeric(match, swap=True))
    return _without_overlaps(candidates)


def _month_words(language: str) -> MonthWords | None:
    """How the language names a month alone; None when it does not say."""
    from factcheck.languages import language_for

    module = language_for(language)
    return module.month_words if module is not None else None


def _month_numerals(language: str) -> MonthNumerals | None:
    """How the language names a month alone with a numeral; None when it does not."""
    from factcheck.languages import language_for

    module = language_for(language)
    return module.month_numerals if module is not None else None


def _month_first(language: str) -> bool:
    """Whether the language writes a numeric date month first (10/26/2025)."""
    from factcheck.languages import language_for

    module = language_for(language)
    return module is not None and module.month_first_numeric


def parse_date(text: str, language: str = "en") -> dt.date | None:
    """The date of a short string such as a page's date line, if it names exactly one day.

    None when it names no full date (year, month and day), a range, or several different days.
    """
    days = {
        mention.date
        for mention in find_dates(text, language)
        if mention.end_day is None and mention.date is not None
    }
    if len(days) != 1:
        return None
    return days.pop()


def _without_overlaps(candidates: list[DateMention]) -> list[DateMention]:
    # Earliest first, and of those the longest: "Saturday, October 25, 2025" beats "October 25".
    chosen: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


class _Builder:
    """Turns regex matches into validated mentions for one text."""

    def __init__(
        self, text: str, default_year: int | None, numerals: MonthNumerals | None = None
    ) -> None:
        self.text = text
        self.default_year = default_year
        self.numerals = numerals
        """How the language names a month alone with a numeral, when months alone are asked
        for."""

    def bare_month(self, start: int, end: int, month: int) -> DateMention:
        """A month named alone: no year, not even the default one."""
        return DateMention(start, end, self.text[start:end], None, month, None, bare=True)

    def months_between(
        self, start: int, end: int, first: int, last: int, year: int | None = None
    ) -> Iterator[DateMention]:
        """A range of months; one that runs into the next year (12月から1月) as its two
        ends, each a month named alone."""
        if first < last:
            text = self.text[start:end]
            yield DateMention(
                start, end, text, year, first, None, bare=year is None, end_month=last
            )
        elif first == last:
            yield self.bare_month(start, end, first)

    def months_named(self, match: re.Match[str], words: MonthWords) -> Iterator[DateMention]:
        """The months a language's words name alone from `match` on: one ("in May"), a list
        ("in April and June") or a range ("from April to June", "between April and June")."""
        named = [(match.start("mon"), match.end("mon"), words.numbers[match["mon"]], False)]
        while (following := words.then.match(match.string, named[-1][1])) is not None:
            if _DAY_AFTER.match(match.string, following.end("mon")):
                break  # "from April to June 10": June 10 is a day, April a month alone
            named.append(
                (
                    following.start("mon"),
                    following.end("mon"),
                    words.numbers[following["mon"]],
                    following["to"] is not None,
                )
            )
        if words.not_before.match(match.string, named[-1][1]):
            named.pop()  # "in May June Berne …": the last name is a person's
        two_ends = len(named) == 2 and (named[1][3] or match["lead"].lower() in words.range_leads)
        if two_ends and named[0][2] < named[1][2]:
            start, end = named[0][0], named[1][1]
            year = _RANGE_YEAR.match(match.string, end)
            if year is not None:
                end = year.end()  # "from April to June 2030": the year is both ends'
            yield from self.months_between(
                start, end, named[0][2], named[1][2], int(year["year"]) if year else None
            )
            return
        for start, end, month, _ in named:
            yield self.bare_month(start, end, month)

    def month_range(self, match: re.Match[str]) -> Iterator[DateMention]:
        """A range of months written with numerals (4月から6月, 1～3月; the language's
        `MonthNumerals.range`), with the year it is written with."""
        first, last = _read_int(match["month"]), _read_int(match["end_month"])
        if first is None or last is None or not (1 <= first <= 12 and 1 <= last <= 12):
            return
        read, year, era = _written_year(match)
        if not read or (year is not None and not 1 <= year <= 9999):
            return
        if first > last:
            # Into the next year: its two ends, each a month of its own.
            yield self.bare_month(match.start("month"), match.end("month"), first)
            yield self.bare_month(match.start("end_month"), match.end(), last)
            return
        for mention in self.months_between(match.start(), match.end(), first, last, year):
            if _in_era(mention, era):
                yield mention

    def from_japanese(self, match: re.Match[str]) -> Iterator[DateMention]:
        month = _read_int(match["month"])
        if month is None:
            return
        read, year, era = _written_year(match)
        if not read:
            return
        if match["day"] is None:
            if year is None:
                # A bare "10月" is too weak to be a date anchor unless asked for (`months`);
                # "10月間" is no month but a span, "12月期" a term of accounts.
                after = match.string[match.end() : match.end() + 1]
                numerals = self.numerals
                if (
                    numerals is not None
                    and 1 <= month <= 12
                    and (not after or after not in numerals.not_after)
                ):
                    yield self.bare_month(match.start(), match.end(), month)
                return
            mention = self.make(match.start(), match.end(), year, month, None)
            if mention is not None and _in_era(mention, era):
                yield mention
            return
        day = _read_int(match["day"])
        if day is None:
            return
        weekday_char = match["wd"] or match["wd_bare"]
        weekday = _JA_WEEKDAYS.index(weekday_char) if weekday_char else None
        first_end = match.end("first_end")
        end_day = _read_int(match["end_day"]) if match["range"] else None
        end_month = _read_int(match["end_month"]) if match["end_month"] else month
        if end_day is not None and end_month is not None and end_month != month:
            # A range across months: report both ends as days of their own.
            first = self.make(match.start(), first_end, year, month, day, weekday=weekday)
            if first is None or not _in_era(first, era):
                return
            yield first
            end_year = None
            if first.year is not None and not first.year_inferred:
                end_year = first.year + (end_month < month)  # 12月30日から1月3日
            end = match.string.index("日", match.end("end_day")) + 1
            second = self.make(match.start("end_month"), end, end_year, end_month, end_day)
            if second is not None:
                yield second
            return
        mention = self.make(match.start(), match.end(), year, month, day, end_day, weekday)
        if mention is None and end_day is not None:
            mention = self.make(match.start(), first_end, year, month, day, None, weekday)
        if mention is not None and _in_era(mention, era):
            yield mention

    def from_english(self, match: re.Match[str]) -> Iterator[DateMention]:
        mon = match["mon"]
        if not mon[0].isupper():
            return  # "may 5" is a verb and a number far more often than a date
        month = _MONTH_NAMES[mon.lower()]
        year = int(match["year"]) if match["year"] else None
        groups = match.groupdict()
        day = int(groups["day"]) if groups.get("day") else None
        end_day = int(groups["end_day"]) if groups.get("end_day") else None
        weekday_name = groups.get("wd") or groups.get("wd2")
        weekday = _WEEKDAY_NAMES.index(weekday_name[:3].lower()) if weekday_name else None
        mention = self.make(match.start(), match.end(), year, month, day, end_day, weekday)
        if mention is None and end_day is not None and match.start("mon") < match.end("first_end"):
            # "October 27 to 35": keep the valid first day, drop the rest.
            mention = self.make(
                match.start(), match.end("first_end"), year, month, day, None, weekday
            )
        if mention is not None:
            yield mention

    def from_numeric(self, match: re.Match[str], *, swap: bool) -> Iterator[DateMention]:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        if swap and month > 12 >= day:
            month, day = day, month  # 25/10/2025 can only be day first
        mention = self.make(match.start(), match.end(), year, month, day)
        if mention is not None:
            yield mention

    def make(
        self,
        start: int,
        end: int,
        year: int | None,
        month: int,
        day: int | None,
        end_day: int | None = None,
        weekday: int | None = None,
    ) -> DateMention | None:
        """A mention, or None when the date does not exist."""
        if not 1 <= month <= 12 or (year is not None and not 1 <= year <= 9999):
            return None
        inferred = False
        if year is None and self.default_year is not None:
            if 1 <= self.default_year <= 9999 and _valid_days(
                self.default_year, month, day, end_day
            ):
                year, inferred = self.default_year, True
        if not _valid_days(year, month, day, end_day):
            return None
        return DateMention(
            start,
            end,
            self.text[start:end],
            year,
            month,
            day,
            end_day,
            weekday,
            inferred,
        )


def _valid_days(year: int | None, month: int, day: int | None, end_day: int | None) -> bool:
    last = _days_in_month(year, month)
    if day is not None and not 1 <= day <= last:
        return False
    return end_day is None or (day is not None and day < end_day <= last)


def _written_year(match: re.Match[str]) -> tuple[bool, int | None, _Era | None]:
    """The year a Japanese date is written with: an era year (令和7年, 元年 its first) or a
    Western one (2025年), and the era; False first when the year is written but unreadable
    (no date then). None when no year is written."""
    era = _ERAS.get(match["era"] or "")
    if era is not None:
        era_year = 1 if match["era_year"] == "元" else _read_int(match["era_year"])
        if era_year is None or era_year < 1:
            return False, None, era
        return True, era.first.year + era_year - 1, era
    if match["year"] is not None:
        year = _read_int(match["year"])
        return year is not None, year, era
    return True, None, era


def _in_era(mention: DateMention, era: _Era | None) -> bool:
    """The mention's days fall, at least in part, within the era's reign."""
    if era is None or mention.year is None or mention.month is None:
        return True
    (month, first_day), (last_month, last_day) = mention._span()
    first = dt.date(mention.year, month, first_day)
    last = dt.date(mention.year, last_month, last_day)
    return last >= era.first and (era.last is None or first <= era.last)
