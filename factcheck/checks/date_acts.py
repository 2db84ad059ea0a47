"""Date acts: which act of a claim a date it writes dates.

Takes a claim's text and one of its dates; gives the stretch of the claim between commas the
date stands in, and whether that stretch is the claim's main clause. A date in a phrase set
off by commas that reports an act of its own ("After arriving in Windhoek on November 17,
Takaichi agreed …", "Støre, who toured a shipyard on March 8, held talks …") dates that act,
not the event the claim reports; a date alone opening the claim ("On May 2, Takaichi held
talks …") dates the clause after it. factcheck.checks.check_values and check_event compare
such a date with the source's day for that act, not with the meeting's.
"""

from __future__ import annotations

import functools

from factcheck.checks.match import SourceIndex
from factcheck.languages import language_for
from factcheck.text.dates import DateMention

__all__ = [
    "date_stretch",
    "dated_sentence",
    "dates_own_act",
    "own_act_sentence",
    "reports_gathering",
]

STRETCH_MARKS = (",", "、", ";", "，")
"""The marks that end a stretch of a claim where a date belongs to the verb beside it."""
OPENING_DATE_CHARS = 4
"""The most characters besides the date a stretch that opens a claim may hold and still be a
date alone ("On", 「に」): it dates the clause after it."""


@functools.lru_cache(maxsize=4096)
def date_stretch(text: str, surface: str, language: str) -> tuple[str, bool] | None:
    """The stretch of a claim that a date written `surface` stands in (between commas, or
    the joints of predicates its language marks: "toured a market on May 2 and held talks"),
    and whether it is the claim's main clause: the whole text, the last stretch after an
    opening phrase ("After arriving …, Takaichi agreed … on November 18."), or a date alone
    opening the text with the clause after it («5月2日、高市総理は…»). None when the text
    does not write the date."""
    at = text.find(surface)
    if at < 0:
        return None
    module = language_for(language)
    patterns = module.clause_patterns if module is not None else None
    joint = patterns.date_joint if patterns is not None else None
    cuts = [(i, i + 1) for i, ch in enumerate(text) if ch in STRETCH_MARKS]
    if joint is not None:
        cuts += [m.span() for m in joint.finditer(text)]
    cuts.sort()
    after = at + len(surface)
    start = max((e for s, e in cuts if e <= at), default=0)
    end = min((s for s, e in cuts if s >= after), default=len(text))
    rest = (text[start:at] + text[after:end]).strip()
    if len(rest) <= OPENING_DATE_CHARS and end < len(text):
        # A date alone between commas ("On May 2, …", "Takaichi, on May 2, held …") dates
        # the clause after it.
        end = min((s for s, e in cuts if s > end), default=len(text))
        return text[start:end], True
    words = module.relative_words if module is not None else None
    slot = words.event_day if words is not None else None
    if slot is not None and any(m.start() <= at < m.end() for m in slot.finditer(text)):
        # The day a news sentence dates what it reports by, in the slot after the subject
        # («高市首相は6日、…会談した»): the main clause's.
        return text[start:end], True
    return text[start:end], end >= len(text.rstrip()) - 1


def own_act_sentence(
    date: DateMention, text: str, language: str, source_id: str, index: SourceIndex
) -> int | None:
    """The sentence of the source that dates a claim's date as an act of its own, not the
    event, or None: the date stands in a stretch that is not the claim's main clause and
    names no meeting (`reports_gathering`), and that sentence gives its day (11月17日に
    ウィントフックに到着し)."""
    stretch = date_stretch(text, date.surface, language)
    if stretch is None or stretch[1] or reports_gathering(stretch[0], language):
        return None
    return dated_sentence(date, source_id, index)


def dates_own_act(
    date: DateMention, text: str, language: str, source_id: str, index: SourceIndex
) -> bool:
    """Whether the source dates a claim's date as an act of its own (`own_act_sentence`)."""
    return own_act_sentence(date, text, language, source_id, index) is not None


def dated_sentence(date: DateMention, source_id: str, index: SourceIndex) -> int | None:
    """The first sentence of the source (its index) that gives a day within `date`'s."""
    for position in sorted(index.sentences_of((source_id,))):
        entry = index.sentences[position]
        if any(carried.covers(date) for carried in entry.facts.dates):
            return entry.sentence.index
    return None


def reports_gathering(text: str, language: str) -> bool:
    """Whether a text reports a meeting, talk or gathering of any kind, as its language
    writes one (`ClausePatterns.gathering`); True where the language does not say."""
    module = language_for(language)
    patterns = module.clause_patterns if module is not None else None
    gathering = patterns.gathering if patterns is not None else None
    return gathering is None or gathering.search(text) is not None
