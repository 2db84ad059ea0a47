"""Title links: per source, which names stand next to which titles (ペトラノフ + 大統領,
"Premier Li"), so that a bare title (大統領, "the Premier") stands for the one person the
source names with it; and the countries a source names its people with («…・エストニア共和国首相»).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.checks.match import IndexedSentence, SourceIndex
from factcheck.checks.speaker_set import NOT_NAMES, Speakers, is_name, script_of
from factcheck.languages import WordClass, every_language, language_for, written_unspaced
from factcheck.languages.countries import countries_in, country_pattern
from factcheck.languages.names import names_agree
from factcheck.terms.termbase import TermHit, is_person, is_title

__all__ = [
    "ADJACENT",
    "TitleHolder",
    "TitleLinks",
]


_HOME_REACH = 120
"""How far before a country's name a designation of its person is read (characters):
"Gen. Tomas Bolenga, Minister of Foreign Affairs of the Republic of " is 67."""


ADJACENT = 1
"""White space between a title and a name for them to count as one designation."""


@dataclass(frozen=True)
class TitleHolder:
    """Someone a source names with a title: a termbase person, or name words the termbase
    does not know ("Premier Li Wei" → {"li", "wei"})."""

    written: str
    """The name as the source writes it ("Li Wei"), or the person's preferred name."""
    persons: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


class TitleLinks:
    """Per source, which names stand next to which titles (ペトラノフ + 大統領)."""

    def __init__(self, index: SourceIndex) -> None:
        self._index = index
        self._links: dict[str, dict[str, set[str]]] = {}
        self._holders: dict[str, dict[tuple[str, str], set[TitleHolder]]] = {}
        self._homes: dict[str, list[tuple[frozenset[str], frozenset[str], frozenset[str]]]] = {}
        self._names: dict[str, frozenset[str]] = {}

    def everywhere(self) -> Mapping[str, set[str]]:
        """The links of every source of the run together."""
        merged: dict[str, set[str]] = defaultdict(set)
        for source_id in self._index.source_ids():
            for title, names in self.of(source_id).items():
                merged[title] |= names
        return merged

    def of(self, source_id: str) -> Mapping[str, set[str]]:
        if source_id not in self._links:
            links: dict[str, set[str]] = defaultdict(set)
            holders: dict[tuple[str, str], set[TitleHolder]] = defaultdict(set)
            for position in self._index.sentences_of([source_id]):
                entry = self._index.sentences[position]
                names = [h for h in entry.facts.terms if is_name(h)]
                for a in names:
                    for b in names:
                        if a.entry.id != b.entry.id and _adjacent(a, b, entry.sentence.text):
                            links[a.entry.id].add(b.entry.id)
                            links[b.entry.id].add(a.entry.id)
                            for title, person in ((a, b), (b, a)):
                                if is_title(title.entry) and is_person(person.entry):
                                    shown = person.entry.preferred("en") or person.entry.id
                                    holders[(title.entry.id, title.surface.lower())].add(
                                        TitleHolder(shown, frozenset({person.entry.id}))
                                    )
                for title in (h for h in names if is_title(h.entry)):
                    unknown = _unknown_holder(title, names, entry)
                    if unknown is not None:
                        holders[(title.entry.id, title.surface.lower())].add(unknown)
            self._links[source_id] = links
            self._holders[source_id] = holders
        return self._links[source_id]

    def spelled(self, source_id: str, speakers: Speakers) -> Speakers:
        """The claim's speaker with the spellings the source gives their names, where the
        source names them with a title in its own script (ボレンガ → "Minister Bolenga"):
        compared with the source's speakers, the name is then the source's, and a clause by
        someone else is someone else's, not a name the tool cannot read."""
        if not speakers.names:
            return speakers
        extra = {
            name
            for name in self._source_names(source_id)
            if name not in speakers.names
            and script_of(name) not in {script_of(n) for n in speakers.names}
            and any(names_agree(own, name) for own in speakers.names)
        }
        return replace(speakers, names=speakers.names | extra) if extra else speakers

    def _source_names(self, source_id: str) -> frozenset[str]:
        """The name words (lower-cased) of the people a source names with a title or as the
        speaker of its sentences, and, in a language written without spaces, the words its
        analyser reads as names (茂木 of «茂木外務大臣», which no katakana pattern reads)."""
        if source_id not in self._names:
            self.of(source_id)
            found = {
                name
                for held in self._holders[source_id].values()
                for holder in held
                for name in holder.names
            }
            for position in self._index.sentences_of([source_id]):
                entry = self._index.sentences[position]
                module = language_for(entry.language)
                if module is not None and written_unspaced(module.code):
                    found |= {
                        t.surface.lower()
                        for t in module.tokens(entry.sentence.text)
                        if t.word_class in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN)
                        and len(t.surface) > 1
                    }
                if entry.sentence.speaker and module is not None:
                    found |= {
                        w.lower()
                        for w in module.speaker_names(entry.sentence.speaker)
                        if w.lower() not in NOT_NAMES
                    }
            self._names[source_id] = frozenset(found)
        return self._names[source_id]

    def homed(self, source_id: str, actual: Speakers, claimed: Speakers) -> Speakers:
        """A source's speaker with the countries the source names them with
        (`Speakers.homes`), where the claim's speaker is a country or its office: only then
        do they count, and only then are they read."""
        if not claimed.countries or actual.both or not (actual.persons or actual.names):
            return actual
        homes: set[str] = set()
        for persons, names, forms in self._homes_of(source_id):
            if actual.persons & persons or any(
                names_agree(a, b) for a in actual.names for b in names
            ):
                homes |= forms
        return replace(actual, homes=frozenset(homes)) if homes else actual

    def _homes_of(
        self, source_id: str
    ) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
        """Per designation of a person with a country in the source: the person's termbase
        concepts, their name words, and the country's forms (`ClausePatterns.home`)."""
        if source_id not in self._homes:
            found: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []
            for position in self._index.sentences_of([source_id]):
                entry = self._index.sentences[position]
                module = language_for(entry.language)
                patterns = module.clause_patterns if module is not None else None
                if module is None or patterns is None or patterns.home is None:
                    continue
                text = entry.sentence.text
                for country in country_pattern().finditer(text):
                    before = text[max(0, country.start() - _HOME_REACH) : country.start()]
                    named = patterns.home.search(before)
                    if named is None:
                        continue
                    start = country.start() - len(before) + named.start("name")
                    end = country.start() - len(before) + named.end("name")
                    persons = frozenset(
                        h.entry.id
                        for h in entry.facts.terms
                        if start <= h.start < end and is_person(h.entry)
                    )
                    names = frozenset(
                        w.lower()
                        for w in module.speaker_names(named.group("name"))
                        if w.lower() not in NOT_NAMES
                    )
                    forms = countries_in(country.group(0))
                    if (persons or names) and forms:
                        found.append((persons, names, forms))
            self._homes[source_id] = found
        return self._homes[source_id]

    def has(self, source_id: str, sentence_index: int) -> bool:
        """Whether the source has a sentence of this number."""
        return self._index.position(source_id, sentence_index) is not None

    def entry(self, source_id: str, sentence_index: int) -> IndexedSentence:
        """A sentence of a source, as the index holds it."""
        return self._index.entry(source_id, sentence_index)

    def sources(self) -> list[str]:
        """The sources of the run."""
        return list(self._index.source_ids())

    def names_someone(self, source_id: str, speakers: Speakers) -> bool:
        """Whether the source names someone with a title by the speaker's name ("Prime
        Minister Anna Korvel", アンナ・コルヴェル・エストニア共和国首相)."""
        self.of(source_id)
        return any(
            holder.persons & speakers.persons
            or any(names_agree(a, b) for a in speakers.names for b in holder.names)
            for held in self._holders[source_id].values()
            for holder in held
        )

    def holders(self, source_id: str, title: str, surface: str) -> set[TitleHolder]:
        """Who a source names with a title (`TitleHolder`): those named with this very
        wording of the title (`surface`, "Premier") when the source has any, else those named
        with any wording of it ("Prime Minister", 首相 …)."""
        self.of(source_id)
        found = self._holders[source_id]
        same = found.get((title, surface.lower()), set())
        if same:
            return _one_per_person(same)
        return _one_per_person(
            {h for (key, _), held in found.items() if key == title for h in held}
        )


def _one_per_person(holders: set[TitleHolder]) -> set[TitleHolder]:
    """Holders with the ones that name a person more fully in place of their shorter forms
    ("Premier Li" is "Premier Li Wei")."""
    return {
        h
        for h in holders
        if not any(
            o is not h
            and h.persons <= o.persons
            and h.names <= o.names
            and (h.persons, h.names) != (o.persons, o.names)
            for o in holders
        )
    }


def _unknown_holder(
    title: TermHit, names: Sequence[TermHit], entry: IndexedSentence
) -> TitleHolder | None:
    """The name the termbase does not know that a sentence writes next to a title ("Premier
    Li", ペトラノフ大統領); None when the title stands alone or next to a termbase person."""
    text = entry.sentence.text
    module = language_for(entry.language)
    if module is None:
        return None
    # A name after the title ("Premier Li Wei") or before it (ペトラノフ大統領), in any
    # language's convention (`SpeakerPatterns`).
    patterns = [m.speaker_patterns for m in every_language() if m.speaker_patterns is not None]
    after = next(
        (
            found
            for p in patterns
            if p.name_after_title is not None
            and (found := p.name_after_title.match(text, title.end)) is not None
        ),
        None,
    )
    before = next(
        (
            found
            for p in patterns
            if p.name_before_title is not None
            and (found := p.name_before_title.search(text, 0, title.start)) is not None
        ),
        None,
    )
    for found in (after, before):
        if found is None:
            continue
        start, end = found.span("name")
        if any(h is not title and h.start < end and start < h.end for h in names):
            continue  # a name the termbase knows, linked as a person
        words = module.speaker_names(found.group("name"))
        # «シグルド・ハルヴォルセン・ノルウェー王国外務大臣»: the country a designation names
        # is no part of the person's name.
        kept = frozenset(
            w.lower() for w in map(_without_country, words) if w and w.lower() not in NOT_NAMES
        )
        if kept:
            return TitleHolder(found.group("name"), names=kept)
    return None


def _adjacent(a: TermHit, b: TermHit, text: str) -> bool:
    """One designation: nested (高市総理 ⊃ 総理) or side by side ("Prime Minister Takaichi")."""
    nested = a.start <= b.start and b.end <= a.end
    gap = text[a.end : b.start]
    return nested or (0 <= b.start - a.end <= ADJACENT and not gap.strip())


def _without_country(name: str) -> str:
    """A name run written with its country as its last part, before the office (of «シグルド・
    ハルヴォルセン・ノルウェー王国外務大臣», «シグルド・ハルヴォルセン»), without that part. A
    name that is a country's name too ("Prime Minister Tomas Jordan") stays whole."""
    parts = name.split("・")
    if len(parts) > 1 and countries_in(parts[-1]):
        return "・".join(parts[:-1])
    return name
