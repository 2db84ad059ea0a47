"""Speaker names: who a phrase that names a speaker names, as a `Speakers` set.

Reads a speaker phrase of a claim or a source ("Thai Prime Minister Anutin Charnvirakul",
「高市総理とゼレンスキー大統領」, 茂木外相, "the two leaders", "Q") into the termbase persons it
names, the name words no termbase knows, both sides, or a country, and counts how many
parties it joins into one subject. Used by the claim side (`claim_speakers`) and the source
side (`who_speaks`) alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from factcheck.checks.speaker_set import NOT_NAMES, Speakers, is_name
from factcheck.languages import every_language, language_for
from factcheck.languages.countries import capital_country_forms, countries_named, unowned
from factcheck.languages.interface import SpeakerPatterns, Token, WordClass
from factcheck.terms.termbase import NameRole, Termbase, TermHit, is_person, is_title
from factcheck.text.clauses import is_authorship

__all__ = [
    "credits_author",
    "named_people",
    "names_both",
    "person_concept",
    "speakers_of",
    "within",
]


_JOINING = frozenset({WordClass.FUNCTION, WordClass.PROPER_NOUN, WordClass.PERSON_NAME})
"""What may stand between two parties of one subject: the coordinator and more of the
names; no punctuation (「高市総理は、トランプ大統領と…」 is one party and what it does)."""


def credits_author(text: str, match: re.Match[str], language: str) -> bool:
    """A "<who> <verb>" opening that credits an author ("the vision proposed by Mr. Abe",
    "according to X"), not a speaker."""
    return is_authorship(text[: match.end() + 4], language)


def speakers_of(
    text: str, language: str, termbase: Termbase, *, require_person: bool = False
) -> Speakers | None:
    if names_both(text):
        return Speakers(text.strip(), frozenset(), both=True)
    if _asks_questions(text.strip()):
        return Speakers(text.strip(), frozenset(), frozenset({"reporter"}))
    hits = [h for h in termbase.find(text, language) if is_name(h)]
    persons = frozenset(h.entry.id for h in hits if not is_title(h.entry))
    rest = text
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[: hit.start] + " " * (hit.end - hit.start) + rest[hit.end :]
    module = language_for(language)
    found = module.speaker_names(rest) if module is not None else ()
    names = frozenset(word.lower() for word in found if word.lower() not in NOT_NAMES)
    if not persons and not names and not hits:
        return None if require_person else Speakers(text.strip(), frozenset())
    joint = _parties(text, rest, hits, found, language) >= 2
    return Speakers(
        text.strip(),
        persons,
        names,
        both=joint,
        countries=_country_only(text, hits, names, language),
    )


def _country_only(
    text: str, hits: Sequence[TermHit], names: frozenset[str], language: str
) -> frozenset[str]:
    """The forms of the country a speaker text names when it names a country (or its capital,
    for its government) and no one else: "Japan", "Tokyo", "Mozambique"; or a country's
    office and no one by name: "Japan's prime minister", "the Jamaican prime minister",
    "Norland's top diplomat" (whoever holds it speaks for the country); else empty."""
    places = [h for h in hits if h.entry.role in (NameRole.COUNTRY, NameRole.PLACE)]
    if any(h.entry.role not in (NameRole.COUNTRY, NameRole.PLACE, NameRole.TITLE) for h in hits):
        return frozenset()  # a person: "Prime Minister Takaichi"
    if any(h.entry.role is NameRole.TITLE for h in hits) and _name_after_title(
        text, hits, language
    ):
        return frozenset()  # "Prime Minister Montenegro" is a person
    forms = set(countries_named(text))
    for hit in places:
        forms |= {f.lower() for fs in hit.entry.forms.values() for f in fs}
        # A capital speaks for its country's government: "Tokyo" is Japan's.
        forms |= {f.lower() for f in capital_country_forms(text[hit.start : hit.end])}
    # A word in small letters names no one ("Norland's top diplomat": an office).
    written = _written_as_names(text, language)
    names = frozenset(n for n in names if n in written)
    if not forms or any(n not in forms and unowned(n) not in forms for n in names):
        return frozenset()
    return frozenset(forms)


def _name_after_title(text: str, hits: Sequence[TermHit], language: str) -> bool:
    """Whether a title is followed by more words (a name: "Prime Minister Montenegro"), not
    by the end or by the phrase it heads (`KeyFactPatterns.of_after`: "Japan's prime
    minister", "the Prime Minister of Jamaica")."""
    module = language_for(language)
    patterns = module.key_fact_patterns if module is not None else None
    of_after = patterns.of_after if patterns is not None else None
    for hit in hits:
        if hit.entry.role is not NameRole.TITLE:
            continue
        if text[hit.end :].strip() and not (of_after is not None and of_after.match(text, hit.end)):
            return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _name_mark(language: str) -> re.Pattern[str] | None:
    """How the language marks a word written as a name (`SpeakerPatterns.name_word`: in Latin
    letters a capital opens it; a word in kana or kanji may always be one), or None."""
    module = language_for(language)
    patterns = module.speaker_patterns if module is not None else None
    return patterns.name_word if patterns is not None else None


def _marked(word: str, mark: re.Pattern[str] | None) -> bool:
    """Whether a word is written as a name by the mark (`_name_mark`); any word without one."""
    return mark is None or mark.match(word) is not None


def _written_as_names(text: str, language: str) -> frozenset[str]:
    """The words of a text (lowered) written as names (`_name_mark`: in Latin letters, one
    opening with a capital); every word where the language marks none."""
    mark = _name_mark(language)
    return frozenset(w.lower() for w in _WORD.findall(text) if _marked(w, mark))


def named_people(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The people a text names: termbase persons, and name words written as names (in
    capitals, or in a script the language's mark always admits, kana or kanji); None when it
    names none."""
    found = speakers_of(text, language, termbase, require_person=True)
    if found is None:
        return None
    written = _written_as_names(text, language)
    # A name word is lowered: only a script without capitals still shows it is one.
    mark = _name_mark(language)
    names = frozenset(n for n in found.names if n in written or _marked(n, mark))
    persons = frozenset(p for p in found.persons if person_concept(termbase, p))
    return replace(found, persons=persons, names=names) if persons or names else None


def _parties(
    text: str, rest: str, hits: list[TermHit], found: tuple[str, ...], language: str
) -> int:
    """How many parties a speaker text names side by side: "Japan and South Africa",
    「高市総理とゼレンスキー大統領」 are two, the subject of a joint act; "Thai Prime Minister
    Anutin Charnvirakul" is one. Two names are two parties where the language's coordinator
    ("and", と) and nothing else stands between them ("Takaichi, in talks with Trump," and
    "Takaichi on Tuesday" are one)."""
    spans = [(h.start, h.end, not is_title(h.entry)) for h in hits]
    mark = _name_mark(language)
    at = 0
    for word in found:
        place = rest.find(word, at)
        if place < 0 or word.lower() in NOT_NAMES or not _marked(word, mark):
            continue
        spans.append((place, place + len(word), True))
        at = place + len(word)
    spans.sort()
    module = language_for(language)
    if module is None or not spans:
        return 0
    coordinator = module.clause_patterns.coordinator if module.clause_patterns else None
    parties = 0
    named = False
    end = spans[0][0]
    for start, stop, person in spans:
        between = module.tokens(text[end:start])
        joins = [t for t in between if t.word_class is WordClass.FUNCTION]
        if (
            len(joins) == 1
            and coordinator is not None
            and coordinator.fullmatch(joins[0].surface)
            and {t.word_class for t in between} <= _JOINING
        ):
            parties += named
            named = False
        named = named or person
        end = max(end, stop)
    parties += named
    if parties and coordinator is not None:
        # A name joined to a pronoun ("Prime Minister Takaichi and I", 「高市総理と私」, "we
        # and X"): the pronoun is a party the sentence does not name, the page's speaker.
        after = module.tokens(text[end:])
        before = module.tokens(text[: spans[0][0]])
        if _joins_pronoun(after, coordinator) or _joins_pronoun(before[::-1], coordinator):
            parties += 1
    return parties


def _joins_pronoun(tokens: Sequence[Token], coordinator: re.Pattern[str]) -> bool:
    """Whether words next to a name, read away from it, are the coordinator and then only
    grammar words (a pronoun, a particle): "and I", と私は; read backwards, "We and"."""
    if len(tokens) < 2 or not coordinator.fullmatch(tokens[0].surface):
        return False
    rest = tokens[1:]
    return all(t.word_class is WordClass.FUNCTION for t in rest) and any(
        not coordinator.fullmatch(t.surface) for t in rest
    )


def person_concept(termbase: Termbase, concept: str) -> bool:
    entry = termbase.get(concept)
    return entry is not None and is_person(entry)


_NOT_WORD = re.compile(r"[\W_]+")


def within(surface: str, phrase: str) -> bool:
    """Whether a claim's word stands in a (lower-cased) phrase: as whole words where it is
    written in Latin letters ("port" is not in "portugal"), anywhere in other scripts."""
    word = surface.lower()
    if not word.isascii():
        return word in phrase
    return f" {_NOT_WORD.sub(' ', word)} " in f" {_NOT_WORD.sub(' ', phrase)} "


def _speaker_pattern(
    pick: Callable[[SpeakerPatterns], re.Pattern[str] | None],
) -> Iterator[re.Pattern[str]]:
    """One kind of speaker pattern (`SpeakerPatterns`), in the words of every language."""
    for module in every_language():
        patterns = module.speaker_patterns
        pattern = pick(patterns) if patterns is not None else None
        if pattern is not None:
            yield pattern


def names_both(text: str) -> bool:
    """Whether a speaker's text names the two sides together ("the two leaders", 両首脳), in
    the words of any language (`SpeakerPatterns.both`): a joint subject."""
    return any(both.search(text) for both in _speaker_pattern(lambda p: p.both))


def _asks_questions(label: str) -> bool:
    """Whether a speaker label names the one who asks the questions of a transcript ("Q",
    記者), in any language's convention (`SpeakerPatterns.reporter`): never the person the
    claim quotes."""
    return any(asker.match(label) for asker in _speaker_pattern(lambda p: p.reporter))
