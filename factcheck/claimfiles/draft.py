"""Draft: read an article and propose the claim file an editor would write for it.

Takes the article's text, a termbase, the publisher profiles, lint findings and the
article's metadata; gives a `ClaimDraft`: the check-worthy sentences (or clauses of long
ones) with their place, quotations, speaker and setting; the sentences left out as
commentary; and the candidate sources, as `discover:` requests to the publisher profiles of
the officials and institutions the article names. `factcheck.render.draft_yaml` writes it
as a commented claim file; nothing here reads or writes files.

What makes a sentence check-worthy: a date, a number, a quotation, a statement reported from
a named official (a speech verb after a person or a group of officials), or an official term,
person or institution from the termbase. A sentence carrying commentary markers and nothing
but names or terms is commentary, and is left out (and listed as such).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claimfiles.draft_cues import DraftCues, cues_for
from factcheck.model import SourceKind
from factcheck.sources.publishers import PublisherProfile
from factcheck.terms.lint import Finding
from factcheck.terms.termbase import EntryKind, NameRole, Termbase, TermHit
from factcheck.text.dates import find_dates
from factcheck.text.numbers import find_numbers
from factcheck.text.sentences import split_sentences
from factcheck.thresholds import DRAFT_LONG_CLAUSE_WORDS, DRAFT_WINDOW_DAYS

_QUOTES = re.compile(
    r"\"(?P<a>[^\"\n]{2,300})\"|“(?P<b>[^”\n]{2,300})”|‘(?P<c>[^’\n]{2,300})’|«\s?(?P<d>[^»\n]{2,300}?)\s?»"
    r"|„(?P<e>[^“”\n]{2,300})[“”]|「(?P<f>[^」\n]{1,300})」|『(?P<g>[^』\n]{1,300})』"
    r"|(?<![\w’'])'(?P<h>[^'\n]{2,300}?)'(?![\w’'])"
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_SLUG_WORD = re.compile(r"[a-z0-9]+")


class Worth(enum.Enum):
    """What makes a passage worth checking."""

    DATE = "date"
    NUMBER = "number"
    QUOTE = "quotation"
    STATEMENT = "reported statement"
    TERM = "official term"
    NAME = "named official or institution"


@dataclass(frozen=True)
class DraftOptions:
    """The article's metadata, as given on the command line."""

    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    translated_from: str | None = None
    language: str = "en"
    article_path: str | None = None
    """Where the article text is, relative to the claim file (None: not known)."""


@dataclass(frozen=True)
class DraftClaim:
    id: str
    text: str
    """The passage exactly as the article writes it."""
    line: int
    column: int
    """1-based place of the passage in the article."""
    start: int
    end: int
    worth: tuple[Worth, ...]
    details: tuple[str, ...]
    """What carries the worth: "date October 25", "official Takaichi"."""
    quotes: tuple[str, ...] = ()
    speaker: str | None = None
    setting: SourceKind | None = None
    sources: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    """Lint findings inside the passage."""


class SkipReason(enum.Enum):
    COMMENTARY = "commentary, not drafted"
    NOTHING = "nothing to check (no date, number, quotation, statement or official term)"


@dataclass(frozen=True)
class SkippedPassage:
    text: str
    line: int
    column: int
    reason: SkipReason
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class DraftSource:
    """A candidate source: a publisher profile to search in a date window."""

    id: str
    profile: PublisherProfile
    officials: tuple[str, ...]
    """The officials or institutions named in the article it publishes for."""
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class ClaimDraft:
    options: DraftOptions
    title: str
    title_guessed: bool
    """True when the title was taken from the article's first line or is a placeholder."""
    claims: tuple[DraftClaim, ...]
    skipped: tuple[SkippedPassage, ...]
    sources: tuple[DraftSource, ...]
    officials: tuple[str, ...]
    """Every official key named in the article ("japan/prime-minister", "mofa")."""


@dataclass(frozen=True)
class _Passage:
    start: int
    end: int


def draft_claims(
    text: str,
    termbase: Termbase,
    profiles: Sequence[PublisherProfile],
    findings: Sequence[Finding],
    options: DraftOptions,
) -> ClaimDraft:
    """The claim file an editor would start from, for `text`."""
    language = options.language
    cues = cues_for(language)
    lines = _LineMap(text)
    hits = termbase.find(text, language)
    people = _person_offices(text, hits)
    year = options.published.year if options.published else None
    passages = [
        (number, piece)
        for number, (start, end) in enumerate(split_sentences(text, language))
        for piece in _clauses(text, start, end, language, cues)
    ]
    claims: list[DraftClaim] = []
    skipped: list[SkippedPassage] = []
    claim_officials: list[tuple[str, ...]] = []
    used_ids: set[str] = set()
    statement: tuple[int, DraftClaim] | None = None
    for sentence, passage in passages:
        body = text[passage.start : passage.end]
        inside = [f for f in findings if passage.start <= f.start < passage.end]
        here = [h for h in hits if passage.start <= h.start and h.end <= passage.end]
        local = [
            dataclasses.replace(h, start=h.start - passage.start, end=h.end - passage.start)
            for h in here
        ]
        worth, details = _worth(body, local, language, year, cues)
        speaker, setting = _speaker(body, local, cues), _setting(body, cues)
        if statement and statement[0] == sentence and Worth.STATEMENT not in worth:
            # A later clause of a reported statement is part of what was reported.
            reported = statement[1]
            worth = tuple(w for w in Worth if w in worth or w is Worth.STATEMENT)
            details += (f"continues the statement of line {reported.line}",)
            speaker, setting = speaker or reported.speaker, setting or reported.setting
        line, column = lines.position(passage.start)
        commentary = cues is not None and any(p.search(body) for p in cues.commentary)
        strong = {Worth.DATE, Worth.NUMBER, Worth.QUOTE, Worth.STATEMENT} & set(worth)
        if not worth or (commentary and not strong):
            reason = SkipReason.COMMENTARY if commentary else SkipReason.NOTHING
            skipped.append(SkippedPassage(body, line, column, reason, tuple(inside)))
            continue
        claim = DraftClaim(
            id=_claim_id(body, _quotes(body), cues, used_ids),
            text=body,
            line=line,
            column=column,
            start=passage.start,
            end=passage.end,
            worth=worth,
            details=details,
            quotes=_quotes(body),
            speaker=speaker,
            setting=setting,
            findings=tuple(inside),
        )
        claims.append(claim)
        claim_officials.append(_officials(here, hits, people, text))
        if Worth.STATEMENT in worth and not (statement and statement[0] == sentence):
            statement = (sentence, claim)
    all_officials = tuple(
        dict.fromkeys(k for h in hits for k in _officials([h], hits, people, text))
    )
    window = _window(text, language, options.published)
    sources = _sources(profiles, all_officials, window)
    every = tuple(s.id for s in sources)
    claims = [
        _with_sources(claim, officials, sources, every)
        for claim, officials in zip(claims, claim_officials, strict=True)
    ]
    title, guessed = _title(text, options.title)
    return ClaimDraft(
        options, title, guessed, tuple(claims), tuple(skipped), sources, all_officials
    )


# ── passages ──────────────────────────────────────────────────────────────────


def _clauses(
    text: str, start: int, end: int, language: str, cues: DraftCues | None
) -> list[_Passage]:
    """A sentence, or its clauses when it is long: each opener after a comma starts a new
    clause, and so does an "and" between two dated predicates."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if cues is None or len(_WORD.findall(text[start:end])) < DRAFT_LONG_CLAUSE_WORDS:
        return [_Passage(start, end)]
    openers = "|".join(sorted(cues.clause_openers))
    # (end of the clause before, start of the next)
    cuts = [
        (start + match.start(), start + match.end())
        for match in re.finditer(rf",\s+(?=(?:{openers})\b)", text[start:end], re.IGNORECASE)
    ]
    dates = find_dates(text[start:end], language)
    for first, second in zip(dates, dates[1:], strict=False):
        gap = text[start + first.end : start + second.start]
        joint = re.search(r"\s+and\s+", gap)
        if joint and not any(c.isdigit() for c in gap[: joint.start()]):
            cuts.append((start + first.end + joint.start(), start + first.end + joint.end()))
    pieces: list[_Passage] = []
    position = start
    for cut_end, cut_next in sorted(cuts):
        if len(_WORD.findall(text[position:cut_end])) >= 4:
            pieces.append(_Passage(position, cut_end))
            position = cut_next
    pieces.append(_Passage(position, end))
    return pieces


def _worth(
    body: str, hits: Sequence[TermHit], language: str, year: int | None, cues: DraftCues | None
) -> tuple[tuple[Worth, ...], tuple[str, ...]]:
    found: dict[Worth, list[str]] = {}
    dates = find_dates(body, language, year)
    for date in dates:
        found.setdefault(Worth.DATE, []).append(date.surface)
    for number in find_numbers(body, language, dates=dates):
        # "the two leaders", "her first call": small counting words carry no figure to check.
        if number.value >= 10 or any(c.isdigit() for c in number.surface):
            found.setdefault(Worth.NUMBER, []).append(number.surface)
    for quote in _quotes(body):
        found.setdefault(Worth.QUOTE, []).append(quote)
    if cues is not None and _statement_verb(body, hits, cues):
        found.setdefault(Worth.STATEMENT, []).append(_statement_verb(body, hits, cues) or "")
    for hit in hits:
        if hit.entry.kind is EntryKind.TERM:
            found.setdefault(Worth.TERM, []).append(hit.surface)
        elif hit.entry.kind is EntryKind.NAME and hit.entry.role in {
            NameRole.PERSON,
            NameRole.OFFICE,
        }:
            found.setdefault(Worth.NAME, []).append(hit.surface)
    worth = tuple(w for w in Worth if w in found)
    details = tuple(
        f"{w.value} {', '.join(dict.fromkeys(found[w]))}" for w in worth if w is not Worth.STATEMENT
    )
    if Worth.STATEMENT in found:
        details += (f"statement: {found[Worth.STATEMENT][0]}",)
    return worth, details


def _quotes(body: str) -> tuple[str, ...]:
    out = []
    for match in _QUOTES.finditer(body):
        inner = next(g for g in match.groups() if g is not None).strip()
        if inner and inner in body:
            out.append(inner)
    return tuple(dict.fromkeys(out))


# ── speaker and setting ───────────────────────────────────────────────────────


def _subjects(body: str, cues: DraftCues) -> list[tuple[str, str]]:
    """Candidate subjects with the verb after each (past adverbs and reporting hedges): at
    the start, and after an opening phrase that ends in a comma."""
    dateline = cues.dateline.match(body)
    starts = [dateline.end() if dateline else 0]
    comma = body.find(", ", starts[0])
    if 0 < comma < len(body) // 2:
        starts.append(comma + 2)
    out: list[tuple[str, str]] = []
    for start in starts:
        tokens = body[start:].split()
        lowered = [t.lower() for t in tokens]
        group = next(
            (n for n in (3, 2) if " ".join(lowered[:n]) in cues.groups and len(tokens) > n), 0
        )
        if group:
            out.append((cues.group_speaker, _verb_after(" ".join(tokens[group:]), cues)))
            continue
        name: list[str] = []
        for token in tokens:
            bare = token.strip(",;:")
            if not name and bare in cues.honorifics:
                name.append(bare)
            elif _NAME_WORD.fullmatch(bare) and bare.lower() not in cues.stop_words:
                name.append(bare)
            else:
                break
        if any(w not in cues.honorifics for w in name) and len(name) < len(tokens):
            out.append((" ".join(name), _verb_after(" ".join(tokens[len(name) :]), cues)))
    return out


def _verb_after(rest: str, cues: DraftCues) -> str:
    text = rest.lower()
    for hedge in cues.hedges:
        text = text.replace(hedge, " ")
    words = [w for w in text.split() if w not in {"also", "then", "later", "again", "further"}]
    return words[0].strip(",;:") if words else ""


def _statement_verb(body: str, hits: Sequence[TermHit], cues: DraftCues) -> str | None:
    """The reported statement: "<person> <speech verb>" as the subject, or "<person>
    <verb>ing" anywhere ("began with President Trump congratulating")."""
    for subject, verb in _subjects(body, cues):
        if verb in cues.speech_verbs and _is_person(subject, hits, cues):
            return f"{subject} {verb}"
    for hit in hits:
        if hit.entry.role is NameRole.PERSON:
            after = body[hit.end :].split()
            if after and after[0].endswith("ing") and after[0] in cues.speech_verbs:
                return f"{hit.surface} {after[0]}"
    return None


def _is_person(subject: str, hits: Sequence[TermHit], cues: DraftCues) -> bool:
    """A group of officials, an honorific and a name, a person the termbase knows, or a
    proper name of two words or more that names no institution ("Finance Minister Kato")."""
    if subject == cues.group_speaker:
        return True
    words = subject.split()
    if words and words[0] in cues.honorifics:
        return True
    inside = [h for h in hits if h.surface in subject]
    if any(h.entry.role is NameRole.PERSON for h in inside):
        return True
    return len(words) >= 2 and not any(h.entry.role is NameRole.OFFICE for h in inside)


def _speaker(body: str, hits: Sequence[TermHit], cues: DraftCues | None) -> str | None:
    """Who the passage says made the statement: its subject before a speech verb (or any
    verb, for a group of officials), or a named person before a speech verb in -ing."""
    if cues is None:
        return None
    for subject, verb in _subjects(body, cues):
        if subject == cues.group_speaker and verb not in cues.copulas:
            return subject
        if verb in cues.speech_verbs and _is_person(subject, hits, cues):
            return _short_name(subject, hits, cues)
    for hit in hits:
        if hit.entry.role is NameRole.PERSON:
            after = body[hit.end :].split()
            if after and after[0].endswith("ing") and after[0] in cues.speech_verbs:
                return _short_name(hit.surface, hits, cues)
    return None


def _short_name(subject: str, hits: Sequence[TermHit], cues: DraftCues) -> str:
    """The name as a claim file writes a speaker: the termbase's shortest English form of
    the person, else the last word of the name without honorific or title."""
    for hit in hits:
        if hit.entry.role is NameRole.PERSON and hit.surface in subject:
            forms = hit.entry.forms.get("en") or (hit.surface,)
            return min(forms, key=len)
    words = [w for w in subject.split() if w not in cues.honorifics]
    return words[-1] if words else subject


def _setting(body: str, cues: DraftCues | None) -> SourceKind | None:
    if cues is None:
        return None
    for pattern, kind in cues.settings:
        if pattern.search(body):
            return kind
    return None


# ── officials and sources ─────────────────────────────────────────────────────


def _person_offices(text: str, hits: Sequence[TermHit]) -> dict[str, str]:
    """Person entry id → official key, read from the article's own "US President Donald
    Trump", "Japanese Prime Minister Sanae Takaichi"."""
    out: dict[str, str] = {}
    for before, title, person in zip(hits, hits[1:], hits[2:], strict=False):
        if (
            title.entry.role is NameRole.TITLE
            and person.entry.role is NameRole.PERSON
            and _adjacent(text, title, person)
        ):
            key = _title_key(text, before, title)
            if key and person.entry.id not in out:
                out[person.entry.id] = key
    return out


def _adjacent(text: str, first: TermHit, second: TermHit) -> bool:
    gap = text[first.end : second.start]
    return len(gap) <= 4 and not gap.strip(" '’s")


def _title_key(text: str, before: TermHit | None, title: TermHit) -> str | None:
    if before is not None and before.entry.role is NameRole.COUNTRY:
        gap = text[before.end : title.start]
        if len(gap) <= 4 and not gap.strip(" '’s"):
            return f"{before.entry.id}/{title.entry.id}"
    return None


def _officials(
    here: Sequence[TermHit], every: Sequence[TermHit], people: dict[str, str], text: str
) -> tuple[str, ...]:
    keys: list[str] = []
    for hit in here:
        role = hit.entry.role
        if role is NameRole.OFFICE:
            keys.append(hit.entry.id)
        elif role is NameRole.PERSON and hit.entry.id in people:
            keys.append(people[hit.entry.id])
        elif role is NameRole.TITLE:
            position = every.index(hit) if hit in every else -1
            before = every[position - 1] if position > 0 else None
            key = _title_key(text, before, hit)
            if key:
                keys.append(key)
    return tuple(dict.fromkeys(keys))


def _window(text: str, language: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days the sources may be dated: from the earliest to the latest date the article
    names near its publication (at most DRAFT_WINDOW_DAYS either side), and at least the
    week up to publication."""
    if published is None:
        return None
    start, end = published - dt.timedelta(days=7), published
    limit = dt.timedelta(days=DRAFT_WINDOW_DAYS)
    for mention in find_dates(text, language, published.year):
        if mention.year and mention.month and mention.day:
            try:
                day = dt.date(mention.year, mention.month, mention.day)
            except ValueError:
                continue
            if abs(day - published) <= limit:
                start, end = min(start, day), max(end, day)
    return start, end


def _sources(
    profiles: Sequence[PublisherProfile],
    officials: Sequence[str],
    window: tuple[dt.date, dt.date] | None,
) -> tuple[DraftSource, ...]:
    out = []
    for profile in profiles:
        serves = tuple(k for k in officials if k in profile.officials)
        if serves:
            start, end = window if window else (None, None)
            out.append(DraftSource(profile.id, profile, serves, start, end))
    return tuple(out)


def _with_sources(
    claim: DraftClaim,
    officials: Sequence[str],
    sources: Sequence[DraftSource],
    every: tuple[str, ...],
) -> DraftClaim:
    mine = tuple(s.id for s in sources if set(officials) & set(s.officials))
    return dataclasses.replace(claim, sources=mine or every)


# ── ids, title, places ────────────────────────────────────────────────────────


def _claim_id(body: str, quotes: Sequence[str], cues: DraftCues | None, used: set[str]) -> str:
    """A slug of the first quotation, else of the first content words."""
    named = quotes[0] if quotes else body
    folded = unicodedata.normalize("NFKD", named).encode("ascii", "ignore").decode().lower()
    stop = cues.stop_words if cues else frozenset()
    words = [w for w in _SLUG_WORD.findall(folded) if w not in stop and not w.isdigit()]
    base = "-".join(words[:4] if quotes else words[:3]) or "claim"
    claim_id, number = base, 2
    while claim_id in used:
        claim_id, number = f"{base}-{number}", number + 1
    used.add(claim_id)
    return claim_id


def _title(text: str, given: str | None) -> tuple[str, bool]:
    if given and given.strip():
        return " ".join(given.split()), False
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first and len(first.split()) <= 16 and not first.endswith((".", "!", "?", ":")):
        return first.lstrip("# ").strip(), True
    return "TITLE OF THE ARTICLE (write the headline here)", True


class _LineMap:
    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
