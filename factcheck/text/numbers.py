"""Numbers with units as anchors that survive translation.

Takes a text (English or Japanese) and gives the quantities written in it as `NumberMention`s
whose `key` is the same in both languages: "about 10 minutes", "10-minute", "ten minutes",
"約10分間" and "十分間" all give "10 minute"; "104th" and "第104代" give "104 ordinal".

Key format: "<value> <unit>" for a quantity ("10 minute", "2.5 percent", "200000000 yen"),
"<value> ordinal" for an ordinal, and "<value>" alone for a bare count. The value is written
as an integer when it is one. Units are the `Unit` values (singular English words).

What is not reported, on purpose:
- the parts of dates: `find_numbers` runs `factcheck.text.dates.find_dates` itself and skips every
  number inside a date, so "2025" in "October 25, 2025" is never a number; `exclude` adds
  further spans to skip (the caller's own anchors, say);
- clock times ("9:50", "21:30", "10 a.m.", "午後9時30分", "22時"): skipped, not reported;
- four-digit integers from 1800 to 2199 ("in 2025", 2030年まで) are calendar years
  (`Unit.CALENDAR_YEAR`), as are era years without a month (令和12年); a year that belongs
  to a date is part of the date, and a decade ("2030年代", "1950s") is not reported; a
  fiscal year (令和7年度, 2025年度, "FY2025", "fiscal 2025") is `Unit.FISCAL_YEAR`, which
  bears out the calendar year of its number and contradicts none;
- numbers glued to letters ("G7", "5G", "COVID-19", "1950s", "v1.2") and version-like strings,
  and a count written after a name in capitals ("TICAD 9", "FOCAC 9"), the same label as
  the glued form, when the words after it name nothing it counts (a singular noun modifies
  the label: "TICAD 9 summit"; "UNDP 40 experts" is a number), the name is an acronym (no
  word of the language: "ARTICLE 9"; a currency code is one, "COP 30", unless the count is
  money: "USD 30 each", "USD 5 billion", which takes its unit) and the line is no headline
  in capitals (`label_end`);
- kanji numerals without a unit or 第 (一方, 統一, 晋三 are words, not numbers), and
  one-character kanji numerals before a bare 分 (十分 means "enough"; 約十分 and 十分間 count);
- English "one" and "zero" without a unit (far more often a pronoun or idiom).

Multiplying verbs are multiples (`Unit.FOLD`): "double", "triple", "treble", "quadruple"
and "halve" as verbs ("doubled", "to double the …"; not "double taxation" or "double
down"), and 倍増/倍加 (2), 半減 (0.5), so "triple" against 約2倍 is a conflict.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.lazy_pattern import lazy_compile
from factcheck.text.dates import (
    KANJI_DIGITS,
    DateMention,
    era_first_year,
    find_dates,
    fold_width,
    read_numeral,
)

if TYPE_CHECKING:
    from factcheck.languages.interface import Counting

__all__ = ["NumberMention", "Unit", "find_numbers"]


class Unit(enum.StrEnum):
    """What a number counts, whatever the language it is written in."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PERCENT = "percent"
    PERSON = "person"
    COUNTRY = "country"
    YEN = "yen"
    DOLLAR = "dollar"
    TIME = "time"
    """Occurrences: "three times", 3回."""
    FOLD = "fold"
    """A multiple: "1.5-fold", 1.5倍, "double", 倍増, "halve", 半減."""
    CALENDAR_YEAR = "calendar-year"
    """A year of the calendar on its own, not inside a date: "by 2030", 2030年まで, 令和12年."""
    FISCAL_YEAR = "fiscal-year"
    """A fiscal year by the calendar year it is named after: 令和7年度, 2025年度, "FY2025",
    "fiscal 2025". It bears out a calendar year of the same number (an article's "the 2025
    supplementary budget" for 令和7年度補正予算) and contradicts none: the two years overlap."""


_YEARS_NAMED = (Unit.CALENDAR_YEAR, Unit.FISCAL_YEAR)
"""A year by its number, of the calendar or a fiscal one: each bears out the other's number."""

APPROXIMATE_TOLERANCE = 0.10
"""How far apart two values may be and still agree when either is approximate."""


@dataclass(frozen=True)
class NumberMention:
    """A number written in a text, with what it counts."""

    start: int
    """Offset in the text; the span includes qualifiers and unit ("about 10 minutes")."""
    end: int
    surface: str
    """The text as written: `text[start:end]`."""
    value: float
    unit: Unit | None
    """None for a bare count or an ordinal."""
    approximate: bool
    """Qualified as approximate: about, around, some, nearly …; 約, およそ, 程度, 余り …"""
    ordinal: bool = False
    """A rank: "104th", "first", "第104代"."""
    at_least: bool = False
    """A lower bound: "more than a decade", "for over 20 years", "at least 300 people",
    "a century-old bridge", 10年以上, 100億円超. A source's count from it up bears out a
    claim's bound (`agrees`); a claim's count from it up is neither borne out nor denied by a
    source's bound (`conflicts`); two bounds are compared by their values."""
    relative: bool = False
    """A calendar year a source names by its distance from its own date ("this year", 本年:
    `relative_dates.find_relative_years`): it bears out a claim that writes the year, and
    denies none, since the claim's other year may be another the sentence speaks of ("…
    this year, and to double it by 2030")."""

    @property
    def key(self) -> str:
        """The language-independent key; see the module docstring for the format."""
        number = _format_value(self.value)
        if self.ordinal:
            return f"{number} ordinal"
        return f"{number} {self.unit}" if self.unit is not None else number

    @property
    def dimension(self) -> str:
        """What is measured: durations share one ("an hour" and "60 minutes" compare)."""
        if self.unit in _SECONDS:
            return "duration"
        return str(self.unit) if self.unit else ""

    @property
    def base_value(self) -> float:
        """The value in the dimension's base unit (seconds for durations)."""
        return self.value * _SECONDS.get(self.unit, 1) if self.unit else self.value

    @property
    def dimensions_met(self) -> tuple[str, ...]:
        """The dimensions of the numbers this one may agree with: its own, and for a count
        the other way of writing a count (`_COUNTS`)."""
        if self.ordinal:
            return (self.dimension,)
        if self.unit in _YEARS_NAMED:
            return tuple(str(unit) for unit in _YEARS_NAMED)
        if self.unit is None:
            return ("", *sorted(str(unit) for unit in _COUNTS))
        if self.unit in _COUNTS:
            return (self.dimension, "")
        return (self.dimension,)

    def agrees(self, other: NumberMention) -> bool:
        """Whether this number (the source's) bears out `other` (the claim's): the same
        dimension (or both ordinals) and value; within 10% when either is approximate, or, for
        an approximate duration, within what rounds to it in its own unit ("about an hour" is
        anything that rounds to one hour: 75 minutes, not 90); a claim's lower bound, by any
        value from it up. A bare count agrees with a count of people or countries of its
        value (`_COUNTS`)."""
        if self.ordinal != other.ordinal:
            return _years_of_rank(self, other)
        if self.dimension != other.dimension and other.dimension not in self.dimensions_met:
            return False
        mine, theirs = self.base_value, other.base_value
        if other.at_least and not self.at_least and other.bound_met(mine):
            # The claim's "more than a decade" and the source's 15年: 15 is more than 10.
            # Two bounds are compared by their values ("more than $3 billion" is not "more
            # than $5 billion"), and the source's bound does not bear out the claim's count
            # (`conflicts`).
            return True
        if self.approximate or other.approximate:
            gap = abs(mine - theirs)
            if gap <= APPROXIMATE_TOLERANCE * max(abs(mine), abs(theirs)):
                return True
            # "about an hour" rounds in hours; "about half an hour" is thirty minutes said in
            # words, held to the 10% like "about 30 minutes".
            return any(
                side.approximate
                and side.unit in _SECONDS
                and side.value >= 1
                and gap < _SECONDS[side.unit] / 2
                for side in (self, other)
            )
        return math.isclose(mine, theirs, rel_tol=1e-9)

    def conflicts(self, other: NumberMention) -> bool:
        """Same unit (or both ordinals) and values that do not agree.

        Two bare counts never conflict: without a unit there is too little to say they count
        the same thing. A bare count and a count of people or countries may (`_COUNTS`: "around
        40 students" against 約400人; the value checks compare a claim's number only when it
        has a unit)."""
        if self.ordinal != other.ordinal or self.relative or other.relative:
            return False
        if self.dimension != other.dimension:
            # A bare count and a count of people or countries ("300 researchers" / 100名).
            counted = {self.unit, other.unit} - {None}
            if not counted or not counted <= _COUNTS or None not in {self.unit, other.unit}:
                return False
            return not self.agrees(other)
        if self.unit is None and not self.ordinal:
            return False
        if self.dimension == "duration" and self._within_a_day() != other._within_a_day():
            # "a three-day visit" against 約45分間: a span of days and one within a day
            # measure two things (the visit, the talk), never one another's length.
            return False
        if self.at_least and not other.at_least and self.bound_met(other.base_value):
            return False  # the source's "more than a decade" neither bears out nor denies 14年
        return not self.agrees(other)

    def _within_a_day(self) -> bool:
        """Whether a duration is shorter than a day: the length of a talk, a call or a
        flight, on the clock's scale, whatever its unit ("90 minutes", "an hour"); "48
        hours" is two days, on the calendar's (`conflicts`)."""
        return self.base_value < _SECONDS[Unit.DAY]

    def bound_met(self, value: float) -> bool:
        """Whether a value in the base unit lies at or above this lower bound (within the
        tolerance an approximate count has)."""
        return value >= self.base_value * (1 - APPROXIMATE_TOLERANCE)


_COUNTS = frozenset({Unit.PERSON, Unit.COUNTRY})
"""Units that count things one by one. A language writes such a count with a counter word
(80人, 12か国) or with the noun it counts ("80 Angolans", "12 member states"), which no unit
list can name in full: a bare count may be the same count as one of these."""

_SECONDS: dict[Unit | None, float] = {
    Unit.SECOND: 1,
    Unit.MINUTE: 60,
    Unit.HOUR: 3600,
    Unit.DAY: 86400,
    Unit.WEEK: 7 * 86400,
}


_SPANS = frozenset({*_SECONDS, Unit.MONTH, Unit.YEAR})
"""The units that measure a span of time."""


def _years_of_rank(one: NumberMention, other: NumberMention) -> bool:
    """Whether one of two numbers is a rank and the other the same count of years: an
    anniversary and the years it marks ("75 years of diplomatic ties", 75周年; "the 20th
    anniversary", "20 years since the treaty"). Only their agreement is read: a count of
    years that differs from a rank may count other years."""
    rank, years = (one, other) if one.ordinal else (other, one)
    return (
        years.unit is Unit.YEAR
        and not years.approximate
        and not years.at_least
        and rank.unit is None
        and math.isclose(rank.value, years.value)
    )


def _format_value(value: float) -> str:
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


# ── patterns ──────────────────────────────────────────────────────────────────

_KANJI_NUMERAL_CHARS = KANJI_DIGITS + "十百千万億兆"
_NUMERAL = re.compile(
    # Digits glued to letters are no number ("G7", "COP30"), but for a fiscal year ("FY2025").
    rf"(?:(?<=\bFY)|(?<![0-9A-Za-z.,:_/]))(?<![A-Za-z]-)(?<!分の)"
    rf"(?:[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?|[{_KANJI_NUMERAL_CHARS}])+"
)
_MAX_NUMERAL = 30

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE_WORDS = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = "|".join(sorted([*_TENS_WORDS, *_SMALL_WORDS, *_SCALE_WORDS], key=len, reverse=True))
_WORD_NUMBER = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:-|[ \t]+)(?:{_NUMBER_WORD}))*\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = {
    word: n
    for n, word in enumerate(
        (
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
            "nineteenth"
        ).split(),
        start=1,
    )
} | {
    word: 10 * n
    for n, word in enumerate(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(),
        start=2,
    )
}
_NUMBER_WORD_GATE = frozenset([*_TENS_WORDS, *_SMALL_WORDS, *_SCALE_WORDS])
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
"""The stems of the English verbs that multiply, and by how much."""
_EN_MULTIPLIER = re.compile(
    rf"\b(?P<stem>{'|'.join(_MULTIPLIERS)})(?P<form>es|ed|ing|e)\b(?!-)", re.IGNORECASE
)
_MULTIPLIER_GATE = frozenset(
    stem + form for stem in _MULTIPLIERS for form in ("e", "es", "ed", "ing")
)
# The bare form ("double") is a verb only in a verb's place: after "to", a modal or a
# conjunction, or before its object. Otherwise it is an adjective ("double taxation").
_VERB_BEFORE = lazy_compile(
    r"(?:\b(?:to|will|would|could|can|may|might|shall|should|must|and|or|also|not)|n't)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)
_OBJECT_AFTER = lazy_compile(
    r"[ \t]+(?:the|its|their|his|her|our|your|this|that|these|those|both)\b", re.IGNORECASE
)
_NOT_MULTIPLYING = lazy_compile(r"[ \t]+(?:down|up|back|over)\b", re.IGNORECASE)
"""Phrasal verbs that do not multiply: "double down", "double up", "double back"."""
_JA_MULTIPLIER = re.compile(r"(?<![0-9〇一二三四五六七八九十百千.])(?:倍増|倍加|半減)")
_JA_MULTIPLIER_VALUE = {"倍増": 2.0, "倍加": 2.0, "半減": 0.5}
_JA_CALENDAR_YEAR = re.compile(r"[ \t]?年(?![月度代生間])")
"""年 after a calendar year that is no date (2030年10月), decade, fiscal year or duration."""
_JA_FISCAL_YEAR = re.compile(r"[ \t]?年度")
"""年度 after a year: the fiscal year named after it (2025年度, 令和7年度)."""
_FISCAL_BEFORE = re.compile(r"(?:\bFY[ \t]?|\bfiscal[ \t]+(?:year[ \t]+)?)\Z", re.IGNORECASE)
"""How English names a fiscal year before its number: "FY2025", "FY 2025", "fiscal 2025",
"fiscal year 2025"."""
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS_WORDS)})-)?"
    rf"(?P<word>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_ORDINAL_GATE = frozenset(_ORDINAL_WORDS)
_DIGIT = re.compile("[0-9]")

# Japanese counters attach directly; English units follow a space or a hyphen ("10-minute").
_MONTH_COUNTER = "(?:か|カ|ヵ|ヶ|ケ|箇)"
_JA_UNIT_WORDS: tuple[tuple[str, Unit], ...] = (
    ("分間", Unit.MINUTE),
    ("分(?!の)", Unit.MINUTE),
    ("時間", Unit.HOUR),
    ("秒間?", Unit.SECOND),
    ("日間", Unit.DAY),
    ("週間", Unit.WEEK),
    (f"{_MONTH_COUNTER}月間?", Unit.MONTH),
    ("年間", Unit.YEAR),
    ("[人名]", Unit.PERSON),
    (f"{_MONTH_COUNTER}国", Unit.COUNTRY),
    ("円", Unit.YEN),
    ("ドル", Unit.DOLLAR),
    ("%|パーセント", Unit.PERCENT),
    ("回(?!目)", Unit.TIME),
    ("倍", Unit.FOLD),
)
_EN_UNIT_WORDS: tuple[tuple[str, Unit], ...] = (
    ("%|percent|per[ \t]?cent", Unit.PERCENT),
    ("min(?:ute)?s?", Unit.MINUTE),
    ("hours?|hrs?", Unit.HOUR),
    ("sec(?:ond)?s?", Unit.SECOND),
    ("days?", Unit.DAY),
    ("weeks?", Unit.WEEK),
    ("months?", Unit.MONTH),
    ("years?|yrs?", Unit.YEAR),
    # A decade and a century are years counted by ten and by a hundred (`_YEARS_IN`).
    ("decades?", Unit.YEAR),
    ("century|centuries", Unit.YEAR),
    ("people|persons?", Unit.PERSON),
    ("countries|country|nations?", Unit.COUNTRY),
    ("yen", Unit.YEN),
    # "3 million US dollars", "U.S. dollars": how English readouts write the currency.
    ("(?:U\\.?S\\.?[ \t]+)?dollars?", Unit.DOLLAR),
    ("times", Unit.TIME),
    ("fold", Unit.FOLD),
)
_UNITS = tuple(unit for _, unit in (*_JA_UNIT_WORDS, *_EN_UNIT_WORDS))
_YEARS_IN = {"decade": 10.0, "centur": 100.0}
"""The English words of a unit that counts years by more than one, and how many each holds
("two decades", "a century": 20 and 100 years, as 20年 and 100年 write them). Such a count
is a round one, approximate: "the first in a decade" is said of 9 years or 11."""


def _years_in(word: str) -> float:
    """How many of its unit one `word` of a unit holds: 10 for "decades", else 1."""
    lowered = word.lower()
    return next((many for stem, many in _YEARS_IN.items() if stem in lowered), 1.0)


_UNIT = re.compile(
    "|".join(
        [rf"([ \t]?(?:{pattern}))" for pattern, _ in _JA_UNIT_WORDS]
        + [
            rf"((?i:(?:[ \t]*-[ \t]*|[ \t]*)(?:{pattern})(?![A-Za-z])))"
            for pattern, _ in _EN_UNIT_WORDS
        ]
    )
)
"""The unit right after a number: one alternative (one group) per entry of the tables, the
Japanese counters first, tried in order; `_UNITS[group - 1]` is the unit."""
_AND_A_HALF = re.compile(r"(?:[ \t]+|-)and(?:[ \t]+|-)(?:a|one)(?:[ \t]+|-)half(?![A-Za-z])", re.I)
"""A half after a whole number, before its unit: "two and a half hours", "1-and-a-half
years", "two and one-half days"."""
_JA_HALF_AFTER = re.compile(r"半(?!ば)")
"""A half after a Japanese counter of time (2時間半, 3か月半, 1週間半): one half of the unit
more; not 半ば ("the middle of")."""
_EN_SCALE = re.compile(r"[ \t]+(hundred|thousand|million|billion|trillion)(?![A-Za-z])", re.I)
_EN_SCALE_VALUE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)
_JA_ORDINAL_PREFIX = re.compile(r"第[ \t]?\Z")
_JA_ORDINAL_COUNTER = lazy_compile(r"[ \t]?(?:回目|代|回|次|期|位|号|条|番|弾|章)")
_JA_NTH_TIME = re.compile(r"[ \t]?回目")
"""3回目 = the third time."""
_CURRENCY_PREFIX = re.compile(r"(?:(?P<dollar>US\$|\$)|(?P<yen>[¥￥]))[ \t]?\Z")
_APPROX_PREFIX = re.compile(
    r"(?:\b(?:about|approximately|approx\.|around|some|nearly|roughly|almost|circa|close to"
    r"|an estimated)[ \t]+|(?:約|およそ|凡そ|概ね|おおむね|ほぼ)[ \t]?)\Z",
    re.IGNORECASE,
)
_APPROX_SUFFIX = re.compile(r"[ \t]?(?:程度|ほど|余り|あまり|余|前後|強|弱)|[ \t]+or so\b")
# A numeral running on into another number, a range, a fraction or a list: not a quantity on
# its own.
_RUNS_ON = re.compile(r"[.,/][0-9]|[ \t]?[-–—~〜][ \t]?[0-9]")
_CALENDAR_SUFFIX = re.compile(r"[ \t]?(?:年|月|日|時)")
_JA_YEARS = re.compile(r"[ \t]?(?:(?P<anniversary>周年)|年(?![月度生]))")
"""A count of years after a Japanese numeral: 20年 (years), 70周年 (an anniversary)."""
_ERA_BEFORE = re.compile(r"(?P<era>令和|平成|昭和|大正|明治)[ \t]?\Z")

_EN_TIME = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?(?:[ap]\.m\.|[ap]m)(?![A-Za-z]))?"
    r"|[0-9]{1,2}(?:\.[0-9]{2})?[ \t]?(?:[ap]\.m\.|[ap]m)(?![A-Za-z])"
    r"|[0-9]{1,2}[ \t]?o'clock)",
    re.IGNORECASE,
)
_JA_CLOCK = rf"(?:[0-9]{{1,2}}|[{KANJI_DIGITS}十]{{1,3}})"
_JA_TIME = re.compile(
    rf"(?:午前|午後)?[ \t]?(?<![0-9{KANJI_DIGITS}十]){_JA_CLOCK}[ \t]?時(?!間)"
    rf"(?:[ \t]?(?:{_JA_CLOCK}[ \t]?分(?!間)|半))?(?:[ \t]?{_JA_CLOCK}[ \t]?秒)?"
)

# ── finding ───────────────────────────────────────────────────────────────────


# "an hour", "half an hour", "a quarter of an hour", "a day and a half", "an hour and a
# quarter": the article stands for the number, and a fraction word adds to it or takes part.
_ARTICLE_UNIT = re.compile(
    r"(?<![A-Za-z])(?:(?P<part>half|(?:a|one|three)\s+quarters?)\s+(?:of\s+)?)?an?\s+"
    r"(?P<unit>hour|minute|day|week|month|year|decade|century)"
    r"(?:\s+and\s+(?P<more>a\s+half|a\s+quarter|three\s+quarters))?(?![A-Za-z])",
    re.IGNORECASE,
)


# "a half-hour call", "the hour-long talks", "a day-long visit": a unit made one word with
# "half" before it or "long" after it (after "an", "an hour" reads it already).
_COMPOUND_UNIT = re.compile(
    r"(?<![A-Za-z-])(?<![Aa]n )(?:(?P<part>half)-(?P<unit>hour|minute|day|week|month|year)"
    r"|(?P<whole>hour|day|week|month|year)-long)(?![A-Za-z-])",
    re.IGNORECASE,
)


# "about half", "nearly half of the", "half of": half of a whole, 50 percent. Only with a
# word that makes it a share (a hedge before it, "of" after it): "the second half" is no
# share, and "more than half" is a bound, not a value.
_EN_HALF = re.compile(
    r"\b(?:(?P<hedge>about|around|nearly|almost|roughly|some|approximately)[ \t]+)?half"
    r"(?P<of>[ \t]+of)?(?![A-Za-z-])(?![ \t]+(?:an?|of[ \t]+an?)[ \t])",
    re.IGNORECASE,
)
_HALF_GATE = frozenset({"half"})
_NO_SHARE_BEFORE = lazy_compile(
    r"\b(?:the|a|first|second|latter|former|other|this|that|each|than|over|under)[ \t]+\Z",
    re.IGNORECASE,
)
"""Before a bare "half of": a part of something ("the second half of"), or a bound ("more
than half of")."""


def _fraction(words: str) -> float:
    """ "half" 0.5, "a quarter" 0.25, "three quarters" 0.75."""
    folded = words.lower()
    if "half" in folded:
        return 0.5
    return 0.75 if folded.startswith("three") else 0.25


_AT_LEAST_BEFORE = lazy_compile(
    r"\b(?:more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|longer\s+than"
    r"|(?P<over>over|well\s+over))[ \t]+\Z",
    re.IGNORECASE,
)
"""Words before a number that make it a lower bound ("more than a decade"). A bare "over"
before a duration is a span of time ("over five years", "over the next decade"), a bound
only after "for", "in", "of" or "after" ("for over 20 years")."""
_SPAN_BEFORE_OVER = lazy_compile(r"\b(?:for|in|of|after)[ \t]+\Z", re.IGNORECASE)
_AT_LEAST_AFTER = lazy_compile(r"[ \t]?(?:以上|超)|-old\b|[ \t]+old\b")
"""Words after a number that make it a lower bound: 10年以上, 100億円超, "century-old"."""


_AGO = lazy_compile(r"[ \t]+ago\b|前(?!半|後|倒)", re.IGNORECASE)
"""After a span of time, what makes it a point in time, counted from now or from another
event ("a decade ago", 10年前, "a day before the summit"); not 前半 (the first half), 前後
(about) or 前倒し (brought forward). (3か月後 stays a span: a list number is told from a
quantity by it, `sentences.skip_list_number`.)
"Before" and "after" make one too (`_RELATIVE`), where the span opens its clause ("A day
before the summit, …", "…, two days after the flood"): elsewhere the span may be what
lasted ("a 30-minute call before the dinner", "lasted two days after the delay")."""
_RELATIVE = lazy_compile(r"[ \t]+(?:before|after)\b", re.IGNORECASE)
_CLAUSE_OPENS = lazy_compile(r"(?:^|[,;:][ \t]*)$")


def _bound_end(folded: str, start: int, end: int, unit: Unit | None) -> int | None:
    """Where a number from `start` to `end` written as a lower bound ends, its words after it
    taken in (10年以上, "century-old"); None when it is no bound."""
    if after := _AT_LEAST_AFTER.match(folded, end):
        return after.end()
    before = _AT_LEAST_BEFORE.search(folded, max(0, start - 24), start)
    if before is None:
        return None
    if before["over"] and unit in _SPANS:
        span = _SPAN_BEFORE_OVER.search(folded, max(0, before.start() - 8), before.start())
        return end if span is not None else None
    return end


_UNIT_GATE = frozenset({"hour", "minute", "day", "week", "month", "year", "decade", "century"})
_LETTERS = re.compile("[a-z]+")


def find_numbers(
    text: str,
    language: str,
    exclude: Iterable[tuple[int, int]] = (),
    dates: Sequence[DateMention] | None = None,
    *,
    labels: bool = False,
) -> list[NumberMention]:
    """The numbers written in `text`, in order, none overlapping.

    Numbers inside dates (found with `find_dates(text, language)`), clock times and the
    `exclude` spans (start, end) are skipped. English and Japanese forms are read in any text;
    `language` is passed on to the date finder. A caller that has found the dates already
    passes them as `dates`, so they are not sought twice. A count that labels a name in
    capitals before it ("TICAD 9": `label_end`) is no number, unless `labels` is true.
    """
    folded = fold_width(text)
    if dates is None:
        dates = find_dates(text, language)
    skipped = [(d.start, d.end) for d in dates]
    # Cheap checks first, each exact: a clock time holds a digit or 時, and in ASCII text a
    # number word, an ordinal or a unit after an article is a whole run of letters (each
    # pattern bounds it by non-letters), so a text without such a run has none.
    digits = _DIGIT.search(folded) is not None
    if digits:
        skipped += [m.span() for m in _EN_TIME.finditer(folded)]
    if "時" in folded:
        skipped += [m.span() for m in _JA_TIME.finditer(folded)]
    skipped += list(exclude)
    runs = _letter_runs(folded.lower()) if folded.isascii() else None

    reader = _Reader(text, folded)
    # A numeral holds a digit or a kanji numeral: ASCII text without a digit has none.
    numerals = _NUMERAL.finditer(folded) if digits or runs is None else ()
    candidates = [
        *(reader.numeral(m) for m in numerals),
        *(reader.words(m) for m in _gated(_WORD_NUMBER, _NUMBER_WORD_GATE, folded, runs)),
        *(reader.ordinal_word(m) for m in _gated(_ORDINAL_WORD, _ORDINAL_GATE, folded, runs)),
        *(reader.article_unit(m) for m in _gated(_ARTICLE_UNIT, _UNIT_GATE, folded, runs)),
        *(reader.half(m) for m in _gated(_EN_HALF, _HALF_GATE, folded, runs)),
        *(reader.compound_unit(m) for m in _gated(_COMPOUND_UNIT, _UNIT_GATE, folded, runs)),
        *(reader.multiplier(m) for m in _gated(_EN_MULTIPLIER, _MULTIPLIER_GATE, folded, runs)),
        *(reader.multiplier(m) for m in _ja_multipliers(folded, runs)),
        *(reader.ja_century(m) for m in _ja_centuries(folded, runs)),
    ]
    if all(candidate is None for candidate in candidates):
        return []
    is_skipped = _overlap_test(skipped)
    chosen: list[NumberMention] = []
    for mention in sorted(
        (c for c in candidates if c is not None), key=lambda m: (m.start, m.start - m.end)
    ):
        if is_skipped(mention.start, mention.end):
            continue
        if chosen and mention.start < chosen[-1].end:
            continue
        if not labels and _labels_a_name(mention, folded):
            continue
        if mention.unit in _SPANS and (
            _AGO.match(folded, mention.end)
            or (
                _RELATIVE.match(folded, mention.end)
                and _CLAUSE_OPENS.search(folded, 0, mention.start)
            )
        ):
            continue  # "a decade ago", 10年前: a point in time, not a span of it
        chosen.append(mention)
    return _compound_durations(chosen, text, folded) if len(chosen) > 1 else chosen


_ACRONYM_BEFORE = lazy_compile(r"(?<![A-Za-z])[A-Z]{2,}$")
_LABEL_WINDOW = 40
"""How far around a count a name in capitals before it, and a scale or unit after it, are
sought (`label_end`)."""
_BARE_COUNT = lazy_compile(r"[ \t][0-9]+(?![0-9A-Za-z%+/]|[.,][0-9])")
"""A bare count of digits a space or tab after a name: not the first figure of a longer
one ("2+2", "24/7", "3.5", "10%")."""
_ROMAN = lazy_compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
"""A Roman numeral, written by the rules ("XIV", "MCMXC"; "CDC", "LCD" and "ICC" are not
one), matched whole (`_labels_a_name`)."""
_WORDS_AFTER = lazy_compile(r"[ \t]+([a-z]+)(?![A-Za-z'’])")
_COUNTED_WORDS_SOUGHT = 3
"""How many lowercase words after a count are read for a noun it counts, adjectives before
the noun included ("UNICEF 40 local teachers")."""


def label_end(text: str, name_end: int) -> int | None:
    """Where the number that labels a name in capitals ends, the name ending at `name_end`
    ("TICAD 9", "FOCAC 9": the same label as the name with the number glued on, "TICAD9",
    which is one word and no number); None when no such number follows it. The number is
    the one `find_numbers` reads there (not one of a date, nor one with a scale or a unit:
    "USD 30 million"), and the rule `find_numbers` drops it by (`_labels_a_name`)."""
    found = _BARE_COUNT.match(text, name_end)
    if found is None:
        return None
    folded = fold_width(text)
    # What the rule asks of the name alone first, each cheap: most names fail it, and then
    # the numbers around it (`find_numbers`, the costly part) are never read.
    if not _takes_a_label(folded, name_end):
        return None
    start = max(0, name_end - _LABEL_WINDOW)
    window = text[start : found.end() + _LABEL_WINDOW]
    read = [m for m in find_numbers(window, "und", labels=True) if m.start == name_end + 1 - start]
    if not read:
        return None
    mention = dataclasses.replace(read[0], start=read[0].start + start, end=read[0].end + start)
    # The name was checked above (`_takes_a_label`): what is left of `_labels_a_name`.
    return mention.end if _a_label_count(mention, folded) else None


def _labels_a_name(mention: NumberMention, folded: str) -> bool:
    """Whether a count is the label of a name in capitals right before it, a space apart
    ("TICAD 9", "FOCAC 9"), as it is of the glued form ("TICAD9"): a bare count of digits,
    no scale or unit, that counts nothing after it (`_counts_after`: "UNDP 40 experts"
    counts; "TICAD 9 summit" is the summit of TICAD 9), nor the first figure of a longer
    one (`_BARE_COUNT`: "UK 2+2 talks"). The name is an acronym: no Roman numeral, which
    is a number itself ("Henry VIII 1509", "Part II 3"; `_ROMAN`), no word of the language
    in capitals (`Counting.common_word`: "ARTICLE 9"), though a currency code is an acronym
    whatever else it spells ("COP 30", "ALL 3"), and its count a label unless it is an
    amount of money (`_money_code`: "USD 30 each", "CAD 5 million"); and never in a line
    all in capitals (a headline, `_in_capitals`), where every word is."""
    return (
        mention.start > 0
        and _takes_a_label(folded, mention.start - 1)
        and _a_label_count(mention, folded)
    )


def _a_label_count(mention: NumberMention, folded: str) -> bool:
    """What `_labels_a_name` asks of the count itself: bare digits, no unit nor ordinal,
    counting nothing after it (`_counts_after`)."""
    return (
        mention.unit is None
        and not mention.ordinal
        and mention.surface.isdigit()
        and not _counts_after(folded, mention.end, int(mention.value))
    )


def _takes_a_label(folded: str, name_end: int) -> bool:
    """What `_labels_a_name` asks of the name ending at `name_end` and of the bare count
    after it, whatever that count is: an acronym, no Roman numeral and no common word (a
    currency code always), out of a line all in capitals; the cheapest checks first."""
    name = _ACRONYM_BEFORE.search(folded, max(0, name_end - _LABEL_WINDOW), name_end)
    return (
        name is not None
        and _ROMAN.fullmatch(name.group(0)) is None
        and _BARE_COUNT.match(folded, name_end) is not None
        and not _in_capitals(folded, name_end + 1)
        and (name.group(0) in _currency_codes() or not _a_common_word(name.group(0)))
    )


def _a_common_word(name: str) -> bool:
    """Whether some counting language (`_counting`) writes the name in capitals as a word
    of its own (`Counting.common_word`: "ARTICLE"), kept for each name while the
    languages stay the same: a text names the same few acronyms again and again."""
    global _common_held
    counting = _counting()
    if _common_held is None or _common_held[0] is not counting:
        _common_held = (counting, {})
    held = _common_held[1]
    common = held.get(name)
    if common is None:
        if len(held) >= _COMMON_HELD:
            held.clear()
        common = held[name] = any(language.common_word(name) for language in counting)
    return common


_common_held: tuple[tuple[Counting, ...], dict[str, bool]] | None = None
"""The counting languages `_a_common_word` last read, and its answer for each name."""
_COMMON_HELD = 4096
"""How many names `_a_common_word` keeps at most."""


def _counting() -> tuple[Counting, ...]:
    """The registered languages that say which words a count counts (`Counting`): the words
    around a label are read in whichever writes them, as a text may quote another
    language's names ("TICAD 9" in a Japanese page)."""
    from factcheck.languages import every_language
    from factcheck.languages.interface import Counting  # noqa: F811 - needed at run time

    global _counting_held
    languages = every_language()
    if _counting_held is None or _counting_held[0] is not languages:
        # The runtime protocol check is slow: made once while the registry stays the same
        # (`every_language` gives the same tuple), not for each label read.
        counting = tuple(language for language in languages if isinstance(language, Counting))
        _counting_held = (languages, counting)
    return _counting_held[1]


_counting_held: tuple[tuple[object, ...], tuple[Counting, ...]] | None = None
"""`every_language()` when `_counting` last read it, and its counting languages."""


def _counts_after(folded: str, end: int, count: int) -> bool:
    """Whether a count ending at `end` counts what the lowercase words after it name (up to
    `_COUNTED_WORDS_SOUGHT` of them), as some registered language reads them
    (`Counting.counts_words`)."""
    words: list[str] = []
    at = end
    for _ in range(_COUNTED_WORDS_SOUGHT):
        found = _WORDS_AFTER.match(folded, at)
        if found is None:
            break
        words.append(found.group(1))
        at = found.end()
    return bool(words) and any(language.counts_words(words, count) for language in _counting())


_CODE_BEFORE = lazy_compile(r"(?<![A-Za-z])(?P<code>[A-Z]{3})[ \t]?\Z")
_PER_AFTER = lazy_compile(r"[ \t]+(?:each|per|apiece)(?![A-Za-z])", re.IGNORECASE)


def _money_code(folded: str, start: int, token: str, tail: _Tail) -> tuple[int, Unit | None] | None:
    """Where an amount of money written after a currency code starts, and its unit ("USD 5
    billion": dollars; "CHF 1,500": no unit of ours); None when no code stands right before
    `start` or the amount does not look like money. A currency is one a country uses now
    (`_currency_codes`), and money looks like money: a scale word ("5 billion", the tail's
    value above the numeral's), a thousands separator or a decimal ("1,500", "2.5"), or a
    price ("30 each", "30 per"); else the code is a name's acronym and the count its label
    ("COP 30", "CAD 5"). The unit is the one the code's English symbol reads as ("$" for
    USD, "¥" for JPY: `_CURRENCY_PREFIX`)."""
    code = _CODE_BEFORE.search(folded, max(0, start - 4), start)
    if code is None or code["code"] not in _currency_codes():
        return None
    money = (
        tail.value != read_numeral(token)
        or any(mark in token for mark in ",.")
        or _PER_AFTER.match(folded, tail.end) is not None
    )
    if not money:
        return None
    return code.start(), _currency_unit(code["code"])


@functools.cache
def _currency_unit(code: str) -> Unit | None:
    """Our unit for a currency code: the unit its English symbol reads as ("$", "¥"); None
    for a currency we have no unit for ("CA$", "€")."""
    from babel.numbers import get_currency_symbol

    symbol = _CURRENCY_PREFIX.fullmatch(get_currency_symbol(code, "en"))
    if symbol is None:
        return None
    return Unit.DOLLAR if symbol["dollar"] else Unit.YEN


@functools.cache
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies some territory uses now, as CLDR lists them
    (Babel): not a historic one ("DEM")."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory)
    )


def _in_capitals(folded: str, at: int) -> bool:
    """Whether the line around `at` is written all in capitals, in more than one word (a
    headline: "KENYA SENDS 300 POLICE"): every letter an ASCII capital."""
    start = folded.rfind("\n", 0, at) + 1
    end = folded.find("\n", at)
    line = folded[start : end if end >= 0 else len(folded)]
    return all(c.isascii() and c.isupper() for c in line if c.isalpha()) and (
        len(_CAPITALS_WORD.findall(line)) > 1
    )


_CAPITALS_WORD = lazy_compile(r"[A-Z]+")


_DURATION_JOINT = lazy_compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?", re.IGNORECASE)
_NEXT_SMALLER = {(Unit.HOUR, Unit.MINUTE), (Unit.MINUTE, Unit.SECOND), (Unit.DAY, Unit.HOUR)}


def _compound_durations(found: list[NumberMention], text: str, folded: str) -> list[NumberMention]:
    """ "1 hour and 30 minutes", "約1時間15分": one duration of the smaller unit (90, 75
    minutes), written as one, so "about an hour" is compared with all of it, not its hours."""
    merged: list[NumberMention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and (last.unit, mention.unit) in _NEXT_SMALLER
            and not last.ordinal
            and not mention.approximate
            and _DURATION_JOINT.fullmatch(folded, last.end, mention.start)
        ):
            assert last.unit is not None and mention.unit is not None
            whole = last.value * _SECONDS[last.unit] / _SECONDS[mention.unit] + mention.value
            merged[-1] = dataclasses.replace(
                last,
                end=mention.end,
                surface=text[last.start : mention.end],
                value=whole,
                unit=mention.unit,
            )
            continue
        merged.append(mention)
    return merged


def _letter_runs(lowered: str) -> frozenset[str]:
    """The runs of letters of a lowercased ASCII text that some gate holds, or more.

    Most sentences hold no gate word even as a substring: one automaton scan tells.
    """
    if next(_gate_automaton().iter(lowered), None) is None:
        return frozenset()
    return frozenset(_LETTERS.findall(lowered))


def plain_each(texts: Sequence[str]) -> list[bool]:
    """Of each text, whether it is ASCII and holds neither a digit nor a whole run of
    letters that a number word, an ordinal or a unit gates (lowercased): `find_numbers`
    finds nothing in such a text (see its cheap checks), and a date finder needing a digit
    nothing either.

    All the texts are scanned at once (joined by line breaks, which no gate word holds): a
    source index asks this of every sentence of a document, and most have no number.
    """
    joined = "\n".join(texts)
    if joined.isascii():  # most documents: every text is
        plain = [True] * len(texts)
        chosen: Sequence[int] = range(len(texts))
    else:
        plain = [text.isascii() for text in texts]
        chosen = [number for number, ascii_text in enumerate(plain) if ascii_text]
        joined = "\n".join([texts[number] for number in chosen])
    if not chosen:
        return plain
    joined = joined.lower()
    ends = list(itertools.accumulate(len(texts[number]) + 1 for number in chosen))
    size = len(joined)
    at = 0
    for last, length in _plain_automaton().iter(joined):
        if length:  # a gate word: it counts only as a whole run of letters
            start = last - length + 1
            if start and "a" <= joined[start - 1] <= "z":
                continue
            if last + 1 < size and "a" <= joined[last + 1] <= "z":
                continue
        at = bisect.bisect_right(ends, last, at)
        plain[chosen[at]] = False
    return plain


@functools.cache
def _plain_automaton() -> Any:
    """Gate words (their length) and the ten digits (0)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _NUMBER_WORD_GATE | _ORDINAL_GATE | _UNIT_GATE | _MULTIPLIER_GATE | _HALF_GATE:
        automaton.add_word(word, len(word))
    for digit in "0123456789":
        automaton.add_word(digit, 0)
    automaton.make_automaton()
    return automaton


@functools.cache
def _gate_automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _NUMBER_WORD_GATE | _ORDINAL_GATE | _UNIT_GATE | _MULTIPLIER_GATE | _HALF_GATE:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _gated(
    pattern: re.Pattern[str], gate: frozenset[str], folded: str, runs: frozenset[str] | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(folded)`, or nothing when the runs of letters of the lowercased
    ASCII text hold no word of `gate`."""
    if runs is not None and runs.isdisjoint(gate):
        return iter(())
    return pattern.finditer(folded)


_JA_CENTURY = re.compile(r"(?P<part>四半|半|一)世紀")
"""A count of years a Japanese text writes in centuries: 一世紀 (100), 半世紀 (50), 四半世紀
(25). A numeral before 世紀 otherwise names a century of the calendar (21世紀), no count."""
_JA_CENTURY_YEARS = {"四半": 25.0, "半": 50.0, "一": 100.0}


def _ja_centuries(folded: str, runs: frozenset[str] | None) -> Iterator[re.Match[str]]:
    """The Japanese counts of centuries of a text (`_JA_CENTURY`), sought only where 世紀
    stands."""
    if runs is not None or "世紀" not in folded:
        return iter(())
    return _JA_CENTURY.finditer(folded)


def _ja_multipliers(folded: str, runs: frozenset[str] | None) -> Iterator[re.Match[str]]:
    """The Japanese multiplying verbs of a text (倍増, 半減), sought only where their first
    character stands: an ASCII text (`runs` given) or one without 倍 or 半 has none."""
    if runs is not None or ("倍" not in folded and "半" not in folded):
        return iter(())
    return _JA_MULTIPLIER.finditer(folded)


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test whether [start, end) overlaps any of `spans`, in log time per call.

    A page has hundreds of dates and numbers; comparing every pair would be quadratic.
    """
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # spans that begin before `end`
        return before > 0 and furthest[before - 1] > start

    return overlaps


@dataclass(frozen=True)
class _Tail:
    """What follows a number: its unit and qualifiers."""

    end: int
    value: float
    unit: Unit | None
    approximate: bool


class _Reader:
    """Turns numeral matches into mentions for one text."""

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.folded = folded

    def numeral(self, match: re.Match[str]) -> NumberMention | None:
        token = match.group()
        if len(token) > _MAX_NUMERAL or not any(
            c in "0123456789" or c in KANJI_DIGITS + "十百千" for c in token
        ):
            return None  # a lone 万 or 億 is a word ("万全", "万人" = everyone)
        value = read_numeral(token)
        if value is None:
            return None
        folded, end = self.folded, match.end()
        if _RUNS_ON.match(folded, end):
            return None
        kanji_only = not any(c in "0123456789" for c in token)
        start = match.start()

        if prefix := _JA_ORDINAL_PREFIX.search(folded, max(0, start - 2), start):
            counter = _JA_ORDINAL_COUNTER.match(folded, end)
            stop = counter.end() if counter else end
            return self.make(prefix.start(), stop, value, None, approximate=False, ordinal=True)
        if not kanji_only:
            suffix = _ORDINAL_SUFFIX.match(folded, end)
            if suffix:
                return self.make(start, suffix.end(), value, None, approximate=False, ordinal=True)
        if counted := _JA_NTH_TIME.match(folded, end):
            return self.make(start, counted.end(), value, None, approximate=False, ordinal=True)

        start, prefix_unit, approximate = self._prefix(start)
        if folded.startswith("割", end) and 0 < value <= 10 and prefix_unit is None:
            # 3割 is three tenths: 30 percent ("約3割増加" = up about 30%).
            after = _APPROX_SUFFIX.match(folded, end + 1)
            stop = after.end() if after else end + 1
            return self.make(
                start, stop, value * 10, Unit.PERCENT, approximate=approximate or bool(after)
            )
        tail = self._tail(end, value)
        if tail is None:
            return None
        unit = prefix_unit or tail.unit
        approximate = approximate or tail.approximate
        if unit is None and (code := _money_code(folded, match.start(), token, tail)):
            start, unit = code
        if (
            unit is None
            and value < 1000
            and (fiscal := _JA_FISCAL_YEAR.match(folded, tail.end))
            and (named := self._era_year(start, value, approximate))
        ):
            # 令和7年度: the fiscal year named after 2025
            return self.make(named[0], fiscal.end(), named[1], Unit.FISCAL_YEAR)
        if unit is None and value < 1000 and (years := _JA_YEARS.match(folded, tail.end)):
            # "発効から20年" (20 years since), "70周年" (the 70th anniversary): a count of
            # years, not a calendar year (those are written in full or after an era name).
            era = _ERA_BEFORE.search(folded, max(0, start - 3), start)
            if era is None:
                if years.group("anniversary"):
                    return self.make(
                        start, years.end(), value, None, approximate=approximate, ordinal=True
                    )
                stop, halved = years.end(), 0.0
                if half := _JA_HALF_AFTER.match(folded, stop):
                    stop, halved = half.end(), 0.5  # 1年半: a year and a half
                return self.make(start, stop, value + halved, Unit.YEAR, approximate=approximate)
            calendar = _JA_CALENDAR_YEAR.match(folded, tail.end)
            if calendar and (named := self._era_year(start, value, approximate)):
                # 令和12年 is 2030: an era year without a month
                return self.make(named[0], calendar.end(), named[1], Unit.CALENDAR_YEAR)
        if unit is None:
            if (
                not kanji_only
                and not approximate
                and "," not in token
                and value.is_integer()
                and 1800 <= value <= 2199
            ):
                return self._calendar_year(start, tail.end, value)
            if kanji_only or _CALENDAR_SUFFIX.match(folded, tail.end):
                return None
            if re.match(r"[A-Za-z]", folded[tail.end : tail.end + 1]):
                return None  # 5G, 3D, 1950s
        elif kanji_only and len(token) == 1 and folded.startswith("分", end) and not approximate:
            if not folded.startswith("分間", end):
                return None  # 十分 = enough, 五分五分 = even odds
        return self.make(start, tail.end, tail.value, unit, approximate=approximate)

    def _era_year(self, start: int, value: float, approximate: bool) -> tuple[int, float] | None:
        """Where the era name before a whole, exact number starts, and the calendar year the
        two name (令和7 → 2025); None without a known era right before it."""
        era = _ERA_BEFORE.search(self.folded, max(0, start - 3), start)
        first = era_first_year(era["era"]) if era is not None else None
        if era is None or first is None or not value.is_integer() or approximate:
            return None
        return era.start(), first + value - 1

    def _calendar_year(self, start: int, end: int, value: float) -> NumberMention | None:
        """A year written alone ("by 2030", 2030年まで), or a fiscal year named by it
        (2030年度, "FY2030", "fiscal 2030", "fiscal year 2030": `Unit.FISCAL_YEAR`); None for
        a decade ("1950s", 2030年代) or a year glued to other letters ("COP2030")."""
        folded = self.folded
        if calendar := _JA_CALENDAR_YEAR.match(folded, end):
            return self.make(start, calendar.end(), value, Unit.CALENDAR_YEAR)
        if fiscal := _JA_FISCAL_YEAR.match(folded, end):
            return self.make(start, fiscal.end(), value, Unit.FISCAL_YEAR)
        if named := _FISCAL_BEFORE.search(folded, max(0, start - 20), start):
            return self.make(named.start(), end, value, Unit.FISCAL_YEAR)
        if _CALENDAR_SUFFIX.match(folded, end) or re.match(r"[A-Za-z]", folded[end : end + 1]):
            return None
        if start and re.match(r"[A-Za-z]", folded[start - 1]):
            return None
        return self.make(start, end, value, Unit.CALENDAR_YEAR)

    def multiplier(self, match: re.Match[str]) -> NumberMention | None:
        """A multiplying verb: "doubled", "to triple the …", 倍増, 半減."""
        word = match.group()
        if word in _JA_MULTIPLIER_VALUE:
            return self.make(match.start(), match.end(), _JA_MULTIPLIER_VALUE[word], Unit.FOLD)
        folded = self.folded
        if _NOT_MULTIPLYING.match(folded, match.end()):
            return None
        if match["form"].lower() == "e" and match["stem"].lower() != "halv":
            before = _VERB_BEFORE.search(folded, max(0, match.start() - 12), match.start())
            if before is None and not _OBJECT_AFTER.match(folded, match.end()):
                return None  # an adjective: "double taxation", "a triple crown"
        value = _MULTIPLIERS[match["stem"].lower()]
        return self.make(match.start(), match.end(), value, Unit.FOLD)

    def words(self, match: re.Match[str]) -> NumberMention | None:
        words = re.split(r"[- \t]+", match.group().lower())
        value = _read_number_words(words)
        if value is None:
            return None
        start, prefix_unit, approximate = self._prefix(match.start())
        tail = self._tail(match.end(), float(value))
        if tail is None:
            return None
        unit = prefix_unit or tail.unit
        if unit is None and words in (["one"], ["zero"]):
            return None
        return self.make(
            start, tail.end, tail.value, unit, approximate=approximate or tail.approximate
        )

    def ja_century(self, match: re.Match[str]) -> NumberMention | None:
        """一世紀, 半世紀, 四半世紀: 100, 50 and 25 years, round counts (approximate)."""
        if match["part"] == "一" and re.search(
            f"[0-9{KANJI_DIGITS}十百]\\Z", self.folded[: match.start()]
        ):
            return None  # 二十一世紀: a century of the calendar
        start, _, _ = self._prefix(match.start())
        value = _JA_CENTURY_YEARS[match["part"]]
        return self.make(start, match.end(), value, Unit.YEAR, approximate=True)

    def article_unit(self, match: re.Match[str]) -> NumberMention | None:
        value = _fraction(match["part"]) if match["part"] else 1.0
        if match["more"]:
            value += _fraction(match["more"])
        start, _, approximate = self._prefix(match.start())
        word = match["unit"].lower()
        many = _years_in(word)
        if many > 1 and not match["unit"].islower():
            return None  # "a Decade of Friendship": a name
        unit = Unit.YEAR if many > 1 else Unit(word)
        return self.make(
            start, match.end(), value * many, unit, approximate=approximate or many > 1
        )

    def compound_unit(self, match: re.Match[str]) -> NumberMention | None:
        """ "half-hour" 0.5 hours; "hour-long" about one hour (a length said of the whole)."""
        start, _, approximate = self._prefix(match.start())
        if match["part"]:
            unit = Unit(match["unit"].lower())
            return self.make(start, match.end(), 0.5, unit, approximate=approximate)
        unit = Unit(match["whole"].lower())
        return self.make(start, match.end(), 1.0, unit, approximate=True)

    def half(self, match: re.Match[str]) -> NumberMention | None:
        """ "about half", "half of": 50 percent, approximate (a share said in words)."""
        if not (match["hedge"] or match["of"]):
            return None
        if not match["hedge"] and _NO_SHARE_BEFORE.search(self.folded, 0, match.start()):
            return None
        end = match.end("of") - len(match["of"]) if match["of"] else match.end()
        return self.make(match.start(), end, 50.0, Unit.PERCENT, approximate=True)

    def ordinal_word(self, match: re.Match[str]) -> NumberMention | None:
        word = match["word"].lower()
        if word == "second" and re.search(r"\bper[ \t]+\Z", self.folded[: match.start()], re.I):
            return None
        value = _ORDINAL_WORDS[word]
        if match["tens"]:
            value += 10 * (_TENS_WORDS.index(match["tens"].lower()) + 2)
        return self.make(
            match.start(), match.end(), float(value), None, approximate=False, ordinal=True
        )

    def _prefix(self, start: int) -> tuple[int, Unit | None, bool]:
        """Where the mention starts once currency and "about"/約 before it are taken in."""
        window_start = max(0, start - 20)
        unit: Unit | None = None
        currency = _CURRENCY_PREFIX.search(self.folded, window_start, start)
        if currency:
            unit = Unit.DOLLAR if currency["dollar"] else Unit.YEN
            start = currency.start()
        approx = _APPROX_PREFIX.search(self.folded, max(0, start - 20), start)
        if approx:
            return approx.start(), unit, True
        return start, unit, False

    def _tail(self, end: int, value: float) -> _Tail | None:
        """The scale word, unit and approximate suffix after a number; a half after it
        ("two and a half hours", 2時間半) adds one half of its unit."""
        folded = self.folded
        if half := _AND_A_HALF.match(folded, end):
            value, end = value + 0.5, half.end()
        scale = _EN_SCALE.match(folded, end)
        if scale:
            value *= _EN_SCALE_VALUE[scale[1].lower()]
            end = scale.end()
        unit: Unit | None = None
        rounded = False
        found = _UNIT.match(folded, end)
        if found and found.lastindex and not (scale is None and _names_a_kind(found, folded)):
            unit, end = _UNITS[found.lastindex - 1], found.end()
            if unit in _SPANS and (half := _JA_HALF_AFTER.match(folded, end)):
                value, end = value + 0.5, half.end()
            many = _years_in(found.group(0))
            value *= many
            rounded = many > 1
        if unit is None and folded.startswith("分の", end):
            return None  # 3分の1 is a fraction
        suffix = _APPROX_SUFFIX.match(folded, end)
        if suffix:
            end = suffix.end()
        if not math.isfinite(value):
            return None
        return _Tail(end, value, unit, suffix is not None or rounded)

    def make(
        self,
        start: int,
        end: int,
        value: float,
        unit: Unit | None,
        *,
        approximate: bool = False,
        ordinal: bool = False,
    ) -> NumberMention:
        bound = None
        if not ordinal and unit is not Unit.CALENDAR_YEAR:
            bound = _bound_end(self.folded, start, end, unit)
        at_least = bound is not None
        end = bound if bound is not None else end
        return NumberMention(
            start, end, self.text[start:end], value, unit, approximate, ordinal, at_least
        )


def _names_a_kind(unit: re.Match[str], folded: str) -> bool:
    """Whether a currency word after a number names the kind of the plural noun after it,
    which the number counts ("three yen loans": three loans, not three yen), as WordNet
    reads the noun, or of the word it is joined to by a hyphen ("four yen-loan projects");
    "5 billion yen loans", with a scale word, is an amount."""
    if not unit.lastindex or _UNITS[unit.lastindex - 1] not in (Unit.YEN, Unit.DOLLAR):
        return False
    if _JOINED_AFTER.match(folded, unit.end()):
        return True  # "four yen-loan projects": the currency makes one word with a noun
    noun = _PLURAL_AFTER.match(folded, unit.end())
    if noun is None:
        return False
    from factcheck.languages.en import STOP_WORDS
    from factcheck.languages.wordnet import wordnet

    word = noun[1].lower()
    if word in STOP_WORDS:
        return False  # "10 dollars was …"
    net = wordnet()
    return any(
        base != word and net.commonest_part_of_speech(base) == "noun"
        for base in net.base_forms(word, ("noun",))
    )


_JOINED_AFTER = re.compile(r"-[A-Za-z]")
"""A hyphen and a letter right after a unit: the unit makes one word with what follows."""
_PLURAL_AFTER = re.compile(r"[ \t]+([A-Za-z]+s)(?![A-Za-z])")
"""A word in -s right after a unit: a plural noun the unit may name the kind of."""


def _read_number_words(words: list[str]) -> int | None:
    """The value of English number words ("twenty-five", "two hundred", "ten thousand")."""
    total = 0
    current = 0
    previous = ""  # the kind of the previous word: small, tens or scale
    for word in words:
        if word in _SMALL_WORDS:
            n = _SMALL_WORDS.index(word)
            if previous == "small" or (previous == "tens" and not 1 <= n <= 9):
                return None
            current += n
            previous = "small"
        elif word in _TENS_WORDS:
            if previous in ("small", "tens"):
                return None
            current += 10 * (_TENS_WORDS.index(word) + 2)
            previous = "tens"
        elif word == "hundred":
            if previous == "":
                return None  # "hundred" alone; "a hundred" is not read
            current = current * 100
            previous = "scale"
        elif word in _SCALE_WORDS:
            if previous == "":
                return None
            total += current * _SCALE_WORDS[word]
            current = 0
            previous = "scale"
        else:
            return None
    return total + current
