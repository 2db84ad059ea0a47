"""Check attribution: is the statement in the mouth and the setting the claim gives it?

Takes a claim (its `speaker:` and `setting:`, or a speaker read from its text) and the source
sentence that carries the statement; gives an `AttributionCheck` naming who says it in the
source and in which setting (the source's kind: readout of the call, remarks to the press …).

Speakers are compared as termbase concepts. A source often names a speaker by title alone
(「大統領からは、…」); the title is resolved through the same source, where the title stands
next to a name (トランプ大統領 → the President is Trump).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.checks.match import PARTIES, IndexedSentence, SourceIndex
from factcheck.languages import FIELD_LANGUAGE, language_for, primary_code
from factcheck.languages.countries import country_forms, every_country_form
from factcheck.languages.interface import Token, WordClass
from factcheck.languages.names import names_agree
from factcheck.model import Anchor, AnchorKind, Claim, Match, SourceKind
from factcheck.terms.termbase import EntryKind, NameRole, Termbase, TermHit, is_person, is_title
from factcheck.text.clauses import Clause, is_authorship, split_clauses
from factcheck.text.speakers import is_reaction, is_request, names_speaker
from factcheck.thresholds import ATTRIBUTED_CONTENT_SHARE

_BOTH = re.compile(
    # A numbered point of a readout ("3. The two ministers …") opens with its number.
    rf"^\s*(?:\d{{1,2}}[.)]\s+)?(?:the\s+)?(?:two|both)\s+{PARTIES}\b|両首脳|両外相|両大臣|両政府|両国|双方|両者|両氏",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    "the and of for from with who also then later said told reporters press conference "
    "japanese japan korean korea australian malaysian vietnamese american united states "
    "south republic two both leaders side".split()
)
_JOINING = frozenset({WordClass.FUNCTION, WordClass.PROPER_NOUN, WordClass.PERSON_NAME})
"""What may stand between two parties of one subject: the coordinator and more of the
names; no punctuation (「高市総理は、トランプ大統領と…」 is one party and what it does)."""
_LAYER = re.compile(r" \(([^()]+)\)$")
"""The layer a source form names when a word was met across languages: "強化 (JMdict)"."""
# Who asks the questions in a transcript: never the person the claim quotes.
_REPORTER = re.compile(
    r"(?i:q\d*$|question|reporter|journalist|moderator|press\b)|記者|質問者|司会|幹事社"
)
SETTING_WORDS = {
    SourceKind.READOUT: "the call or meeting itself (per its readout)",
    SourceKind.PRESS_REMARKS: "remarks to the press",
    SourceKind.PRESS_CONFERENCE: "a press conference",
    SourceKind.STATEMENT: "a statement",
    SourceKind.OTHER: "another setting",
}
_HOME_REACH = 120
"""How far before a country's name a designation of its person is read (characters):
"Gen. Jeje Odongo, Minister of Foreign Affairs of the Republic of " is 65."""
ADJACENT = 1
"""White space between a title and a name for them to count as one designation."""


@dataclass(frozen=True)
class Speakers:
    """Who speaks: termbase persons, other name words, or "the two leaders"."""

    text: str
    persons: frozenset[str]
    """Termbase concepts of the people named (titles resolved where the source allows)."""
    names: frozenset[str] = frozenset()
    """Lower-cased name words the termbase does not know ("albanese", "アンワル")."""
    both: bool = False
    countries: frozenset[str] = frozenset()
    """When the speaker is a country and no person ("Japan pledged …", "Tokyo"): every form
    of it, lower-cased (japan, japanese, 日本)."""
    homes: frozenset[str] = frozenset()
    """For a source's speaker: every form (lower-cased) of the countries the source names
    them with («アンドリュー・ホルネス・ジャマイカ首相»: jamaica, ジャマイカ …)."""
    phrase: str = ""
    """For a claim's speaker: the words of the claim that name them and the one they speak to
    («Djibouti's President Ismail Omar Guelleh told Takaichi that …» for `speaker: Guelleh`).
    They say who speaks with whom, not what is said."""
    addressee: str = ""
    """The part of `phrase` that names the one spoken to ("Takaichi" of "told Takaichi"): a
    name there is not the speaker's."""

    @property
    def known(self) -> bool:
        return self.both or bool(self.persons or self.names)

    def compatible(self, actual: Speakers) -> bool:
        """Whether a statement the source gives to `actual` may be said to be by `self`.

        When either side names nobody the tool can identify, it has no say: compatible. A
        joint subject ("the two leaders", "Japan and South Africa") meets a joint clause
        (両首脳は, "the two ministers"); where it names its parties, it also meets a clause by
        one of them, and not one by a third party.
        """
        if self.both and (actual.both or not actual.known):
            return True
        if self.countries and not actual.both:
            # A country speaks through its leaders and ministers ("Japan pledged …" for
            # Takaichi's words): only a speaker the source names with another country
            # («…・カーランド共和国大統領») is someone else.
            named = _countries_in(actual.text) | actual.homes
            return not named or bool(named & self.countries)
        if self.both and not (self.persons or self.names):
            return False
        if actual.both or not self.known or not actual.known:
            return True  # one of the two leaders who said it; or nothing to compare
        if self.persons & actual.persons or self.names & actual.names:
            return True
        if any(names_agree(a, b) for a in self.names for b in actual.names):
            return True  # one name in two scripts: Albanese / アルバニージー
        own_words = self.names | self.persons
        if any(word in actual.text.lower() for word in own_words if len(word) > 2):
            return True
        # Two names the termbase does not know, written in different scripts (Carney,
        # カーニー): the tool cannot link them, so it cannot say they are different people.
        return (
            not self.persons
            and not actual.persons
            and bool(self.names and actual.names)
            and {_script(n) for n in self.names}.isdisjoint(_script(n) for n in actual.names)
        )


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    forms = sorted(every_country_form(), key=len, reverse=True)
    return re.compile(
        "|".join(
            rf"(?<![\w]){re.escape(f)}(?![\w])" if f.isascii() else re.escape(f) for f in forms
        ),
        re.IGNORECASE,
    )


def _countries_in(text: str) -> frozenset[str]:
    """Every form (lower-cased) of the countries a text names."""
    found: set[str] = set()
    for match in _country_pattern().finditer(text):
        found |= {f.lower() for f in country_forms(match.group(0))} | {match.group(0).lower()}
    return frozenset(found)


_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_LONGEST_COUNTRY = 6
"""The most words a country's English form has ("Saint Vincent and the Grenadines")."""


def _countries_named(text: str) -> frozenset[str]:
    """`_countries_in` for a short text such as a claim's speaker, by looking its runs of
    words up (and, in another script, its country names), without the pattern of every
    form: a claim's speaker is read for every claim, and that pattern is slow to build."""
    words = [_unowned(w.lower()).rstrip(".") for w in _WORD.findall(text)]
    found: set[str] = set()
    for size in range(1, _LONGEST_COUNTRY + 1):
        for at in range(len(words) - size + 1):
            key = " ".join(words[at : at + size])
            forms = country_forms(key)
            if forms:
                found |= {f.lower() for f in forms} | {key}
    if not text.isascii():
        for form, forms in _other_script_forms().items():
            if form in text:
                found |= {f.lower() for f in forms}
    return frozenset(found)


@functools.cache
def _other_script_forms() -> dict[str, frozenset[str]]:
    """Each country form not in Latin letters (ジャマイカ) → every form of its country."""
    found: dict[str, frozenset[str]] = {}
    for form in every_country_form():
        if form.isascii():
            forms = country_forms(form)
            found.update((other, forms) for other in forms if not other.isascii())
    return found


def _script(word: str) -> str:
    """ "latin" or "other": names can only be compared letter by letter within one script."""
    letters = unicodedata.normalize("NFKD", word)  # Álvarez: A and a combining accent
    latin = all(ch.isascii() or unicodedata.combining(ch) or ch in "’'-" for ch in letters)
    return "latin" if latin else "other"


@dataclass(frozen=True)
class AttributionCheck:
    source_id: str
    sentence_index: int
    source_speaker: Speakers | None
    source_setting: SourceKind
    claim_speaker: Speakers | None
    claim_setting: SourceKind | None
    speaker_differs: bool
    setting_differs: bool
    clause: str = ""
    """The clause of the sentence that carries the statement, when the sentence has several
    speakers; empty when the whole sentence is one clause."""
    frame_only: bool = False
    """Another speaker's clause is the nearest, but it carries less than
    ATTRIBUTED_CONTENT_SHARE of what the claim says: what the passage shares with the claim is
    its frame (the speaker's words, names), not its content. No misattribution, and a part
    the passage covers only in part is not covered (`decide`)."""

    @property
    def differs(self) -> bool:
        return self.speaker_differs or self.setting_differs

    def describe(self) -> str:
        where = f"{self.source_id} sentence {self.sentence_index + 1}"
        if self.clause:
            where += f", clause «{self.clause.strip()}»"
        pieces = []
        if self.speaker_differs and self.source_speaker and self.claim_speaker:
            pieces.append(
                f"the source gives it to {self.source_speaker.text}, not {self.claim_speaker.text}"
            )
        if self.setting_differs and self.claim_setting:
            pieces.append(
                f"it was said in {SETTING_WORDS[self.source_setting]}, not in "
                f"{SETTING_WORDS[self.claim_setting]} where the claim places it"
            )
        if not pieces and self.frame_only and self.source_speaker:
            return (
                f"who said it is not judged here: the passage shares only names with what "
                f"{self.source_speaker.text} says ({where})"
            )
        if not pieces:
            speaker = self.source_speaker.text if self.source_speaker else "no marked speaker"
            return f"attribution agrees: {speaker}, {self.source_setting.value} ({where})"
        return "; ".join(pieces) + f" ({where})"


def claim_speakers(claim: Claim, language: str, termbase: Termbase) -> Speakers | None:
    """Who the claim says spoke: its `speaker:` field, or a "<name> said" opening."""
    text = claim.speaker
    if text is None:
        module = language_for(language)
        match = module.claim_speech.match(claim.text) if module is not None else None
        if match is None or _credits_author(claim.text, match, language):
            return None
        text = match.group("who")
    found = _speakers_of(text, language, termbase, require_person=claim.speaker is None)
    if (
        claim.speaker is not None
        and (found is None or not found.known)
        and primary_code(language) != FIELD_LANGUAGE
    ):
        # The `speaker:` field is written as an English article would write the name, also
        # for a claim in another language ("Lee Jae-myung" for a Japanese claim).
        english = _speakers_of(text, FIELD_LANGUAGE, termbase)
        if english is not None and english.known:
            found = english
    if found is not None:
        opening = _own_speaker(claim.text, language, termbase)
        if opening is not None and (claim.speaker is None or found.compatible(opening)):
            found = replace(found, phrase=opening.phrase, addressee=opening.addressee)
    return found


def part_speakers(
    claim: Claim, part: str, language: str, termbase: Termbase, speakers: Speakers | None
) -> Speakers | None:
    """Who the claim says spoke one of its parts: the part's own speaker where it opens with
    one («Holness thanked Japan for its aid, and Takaichi added that …»: the first part is
    Holness's, the second Takaichi's), else the claim's (`claim_speakers`)."""
    if claim.speaker is None and _meets(part, language):
        return None  # "X spoke with Y by phone": who took part, not who said what
    if part.strip() == claim.text.strip():
        return speakers  # one part: the claim's speaker is its speaker
    own = _own_speaker(part, language, termbase)
    if own is None or (speakers is not None and _same_speaker(speakers, own)):
        return speakers
    return own


def _meets(text: str, language: str) -> bool:
    """Whether a text opens with its subject and a verb of meeting rather than of speech
    ("Takaichi spoke with Holness by phone", 「高市総理は…と電話会談を行った」): the subject
    took part in a meeting, and says nothing the source could give to another."""
    module = language_for(language)
    if module is None or module.clause_patterns is None:
        return False
    meeting = module.clause_patterns.meeting
    match = module.claim_speech.match(text)
    if meeting is None or match is None:
        return False
    found = meeting.search(text, match.end("who"))
    return found is not None and found.start() <= match.end()


def _same_speaker(claimed: Speakers, own: Speakers) -> bool:
    """Whether a part's own speaker is the claim's: compatible, or named by a word of the
    claim's speaker ("Chinh" in "Pham Minh Chinh")."""
    phrase = claimed.phrase
    if claimed.addressee:
        # The one spoken to ("… told Guelleh that") is not who speaks.
        phrase = phrase.replace(claimed.addressee, " ")
    words = f"{claimed.text} {phrase}".lower()
    return claimed.compatible(own) or any(
        _within(name, words) for name in own.names if len(name) > 2
    )


def _own_speaker(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The speaker a text opens with ("<who> said", 「Xは…と述べた」), when it names a person
    or both sides; None for none, a pronoun, or an author ("proposed by X")."""
    module = language_for(language)
    match = module.claim_speech.match(text) if module is not None else None
    if match is None or _credits_author(text, match, language):
        return None
    found = _speakers_of(match.group("who"), language, termbase, require_person=True)
    if found is None or not (found.persons or found.names or found.both):
        return None
    if not found.both and module is not None:
        # "After Frieden noted …, Takaichi said": a clause set before the subject.
        words = module.tokens(match.group("who"))
        if words and words[0].word_class is WordClass.FUNCTION:
            return None
    patterns = module.clause_patterns if module is not None else None
    spoken_to = (
        patterns.addressee.match(text, match.end("who"))
        if patterns is not None and patterns.addressee is not None
        else None
    )
    whom = f" {spoken_to.group('whom')}" if spoken_to is not None else ""
    # "Odongo, on his first trip to Japan, thanked …", "On Tuesday, Premier Li said …": a
    # part set off by commas that names no one says something of its own; only the parts
    # naming the speaker are the frame.
    pieces = match.group("who").split(",")
    if len(pieces) > 1:
        pieces = [
            piece
            for piece in pieces
            if _BOTH.search(piece) or named_people(piece, language, termbase) is not None
        ]
    return replace(found, phrase=" ".join([*pieces, whom]).strip(), addressee=whom.strip())


def _credits_author(text: str, match: re.Match[str], language: str) -> bool:
    """A "<who> <verb>" opening that credits an author ("the vision proposed by Mr. Abe",
    "according to X"), not a speaker."""
    return is_authorship(text[: match.end() + 4], language)


def _speakers_of(
    text: str, language: str, termbase: Termbase, *, require_person: bool = False
) -> Speakers | None:
    if _BOTH.search(text):
        return Speakers(text.strip(), frozenset(), both=True)
    if _REPORTER.match(text.strip()):
        return Speakers(text.strip(), frozenset(), frozenset({"reporter"}))
    hits = [h for h in termbase.find(text, language) if _is_name(h)]
    persons = frozenset(h.entry.id for h in hits if not is_title(h.entry))
    rest = text
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[: hit.start] + " " * (hit.end - hit.start) + rest[hit.end :]
    module = language_for(language)
    found = module.speaker_names(rest) if module is not None else ()
    names = frozenset(word.lower() for word in found if word.lower() not in _NOT_NAMES)
    if not persons and not names and not hits:
        return None if require_person else Speakers(text.strip(), frozenset())
    joint = _parties(text, rest, hits, found, language) >= 2
    return Speakers(
        text.strip(), persons, names, both=joint, countries=_country_only(text, hits, names)
    )


def _country_only(text: str, hits: Sequence[TermHit], names: frozenset[str]) -> frozenset[str]:
    """The forms of the country a speaker text names when it names a country (or its capital,
    for its government) and no one else: "Japan", "Tokyo", "Mozambique"; or a country's
    office and no one by name: "Japan's prime minister", "the Jamaican prime minister"
    (whoever holds it speaks for the country); else empty."""
    places = [h for h in hits if h.entry.role in (NameRole.COUNTRY, NameRole.PLACE)]
    if any(h.entry.role not in (NameRole.COUNTRY, NameRole.PLACE, NameRole.TITLE) for h in hits):
        return frozenset()  # a person: "Prime Minister Takaichi"
    if any(h.entry.role is NameRole.TITLE for h in hits) and _name_after_title(text, hits):
        return frozenset()  # "Prime Minister Montenegro" is a person
    forms = set(_countries_named(text))
    for hit in places:
        forms |= {f.lower() for fs in hit.entry.forms.values() for f in fs}
    if not forms or any(n not in forms and _unowned(n) not in forms for n in names):
        return frozenset()
    return frozenset(forms)


def _unowned(word: str) -> str:
    """A word without its possessive ending ("montenegro's" → "montenegro")."""
    return word.removesuffix("'s").removesuffix("’s")


def _name_after_title(text: str, hits: Sequence[TermHit]) -> bool:
    """Whether a title is followed by more words (a name: "Prime Minister Montenegro"), not
    by the end or by "of" ("Japan's prime minister", "the Prime Minister of Jamaica")."""
    for hit in hits:
        if hit.entry.role is not NameRole.TITLE:
            continue
        after = text[hit.end :].split()
        if after and after[0].lower() not in ("of", "for"):
            return True
    return False


def named_people(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The people a text names: termbase persons, and name words written as names (in
    capitals, or in another script); None when it names none."""
    found = _speakers_of(text, language, termbase, require_person=True)
    if found is None:
        return None
    written = {
        w.lower()
        for w in re.findall(r"[^\W\d_][\w'’-]*", text)
        if not w.isascii() or w[0].isupper()
    }
    names = frozenset(n for n in found.names if n in written or not n.isascii())
    persons = frozenset(p for p in found.persons if _person(termbase, p))
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
    at = 0
    for word in found:
        place = rest.find(word, at)
        if place < 0 or word.lower() in _NOT_NAMES or not (word[0].isupper() or not word.isascii()):
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


def _is_name(hit: TermHit) -> bool:
    return hit.entry.kind is EntryKind.NAME


@dataclass(frozen=True)
class TitleHolder:
    """Someone a source names with a title: a termbase person, or name words the termbase
    does not know ("Premier Li Wei" → {"li", "wei"})."""

    written: str
    """The name as the source writes it ("Li Wei"), or the person's preferred name."""
    persons: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


class TitleLinks:
    """Per source, which names stand next to which titles (トランプ + 大統領)."""

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
                names = [h for h in entry.facts.terms if _is_name(h)]
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
        source names them with a title in its own script (オドンゴ → "Minister Odongo"):
        compared with the source's speakers, the name is then the source's, and a clause by
        someone else is someone else's, not a name the tool cannot read."""
        if not speakers.names:
            return speakers
        extra = {
            name
            for name in self._source_names(source_id)
            if name not in speakers.names
            and _script(name) not in {_script(n) for n in speakers.names}
            and any(names_agree(own, name) for own in speakers.names)
        }
        return replace(speakers, names=speakers.names | extra) if extra else speakers

    def _source_names(self, source_id: str) -> frozenset[str]:
        """The name words (lower-cased) of the people a source names with a title or as the
        speaker of its sentences."""
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
                if entry.sentence.speaker and module is not None:
                    found |= {
                        w.lower()
                        for w in module.speaker_names(entry.sentence.speaker)
                        if w.lower() not in _NOT_NAMES
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
                for country in _country_pattern().finditer(text):
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
                        if w.lower() not in _NOT_NAMES
                    )
                    forms = _countries_in(country.group(0))
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
        Minister Luís Montenegro", ルイス・モンテネグロ・ポルトガル共和国首相)."""
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


_LATIN_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})")
"""Words in capitals right after a title ("Premier Li Wei", "President Ruvalo")."""
_KANA_NAME_BEFORE = re.compile(r"(?P<name>[\u30a1-\u30fa\u30fc・＝]{2,})$")
"""A katakana name right before a title (ミレイ大統領)."""


def _unknown_holder(
    title: TermHit, names: Sequence[TermHit], entry: IndexedSentence
) -> TitleHolder | None:
    """The name the termbase does not know that a sentence writes next to a title ("Premier
    Li", ミレイ大統領); None when the title stands alone or next to a termbase person."""
    text = entry.sentence.text
    module = language_for(entry.language)
    if module is None:
        return None
    after = _LATIN_NAME_AFTER.match(text, title.end)
    before = _KANA_NAME_BEFORE.search(text, 0, title.start)
    for found in (after, before):
        if found is None:
            continue
        start, end = found.span("name")
        if any(h is not title and h.start < end and start < h.end for h in names):
            continue  # a name the termbase knows, linked as a person
        words = module.speaker_names(found.group("name"))
        kept = frozenset(w.lower() for w in words if w.lower() not in _NOT_NAMES)
        if kept:
            return TitleHolder(found.group("name"), names=kept)
    return None


def _adjacent(a: TermHit, b: TermHit, text: str) -> bool:
    """One designation: nested (高市総理 ⊃ 総理) or side by side ("President Trump")."""
    nested = a.start <= b.start and b.end <= a.end
    gap = text[a.end : b.start]
    return nested or (0 <= b.start - a.end <= ADJACENT and not gap.strip())


def sentence_speakers(
    entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers | None:
    """Who says the sentence: a speaker reported inside it, else its speaker label.

    A speaker is reported where the sentence opens with one (「大統領からは、…」, "President
    Trump said …") or where its subject is the one who says something («大統領は…とおっしゃ
    いました»): inside a transcript, the words are then that person's, not the label's. What
    stands before the reporting verb must have a speaker's shape (`names_speaker`): a
    sentence whose adjective looks like a reporting verb ("partner in meeting shared
    challenges") stays with its label.
    """
    text = entry.sentence.text
    module = language_for(entry.language)
    candidates = []
    for pattern in (module.reported_speech, module.claim_speech) if module else ():
        reported = pattern.match(text)
        if reported is None or _credits_author(text, reported, entry.language):
            continue
        who = reported.group("who")
        if module is not None and module.speaker_ends(who) and names_speaker(who):
            candidates.append(who)
            break
    if entry.sentence.speaker:
        candidates.append(entry.sentence.speaker)
    for candidate in candidates:
        speakers = _speakers_of(candidate, entry.language, termbase, require_person=True)
        if speakers is None:
            continue
        if not speakers.persons and not speakers.names and not speakers.both:
            speakers = _resolve_title(speakers, candidate, entry, termbase, links)
        return speakers
    return None


def _resolve_title(
    speakers: Speakers, text: str, entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers:
    """A bare title (大統領, "the Premier") stands for the one person a source names with
    it: the same source if it does, else the other sources of the run (they report the same
    event). A title the source gives to two people ("Prime Minister Takaichi" and "Premier
    Li": one title in the termbase) stands for neither; a name the termbase does not know
    counts as a holder as much as one it knows."""
    titles = [(h.entry.id, h.surface) for h in termbase.find(text, entry.language) if _is_name(h)]
    sources = [entry.source_id] + [s for s in links.sources() if s != entry.source_id]
    for scope, where in ((sources[:1], "this source"), (sources, "the sources")):
        held: set[TitleHolder] = set()
        for title, surface in titles:
            for source_id in scope:
                held |= links.holders(source_id, title, surface)
        if len(held) != 1:
            if held:
                return speakers  # two holders: the title alone names neither
            continue
        (holder,) = held
        persons = frozenset(p for p in holder.persons if _person(termbase, p))
        if persons or holder.names:
            shown = f"{speakers.text} (= {holder.written} in {where})"
            return Speakers(shown, persons, holder.names)
    return speakers


def _person(termbase: Termbase, concept: str) -> bool:
    entry = termbase.get(concept)
    return entry is not None and is_person(entry)


def check_attribution(
    claim: Claim,
    speakers: Speakers | None,
    entry: IndexedSentence,
    source_kind: SourceKind,
    termbase: Termbase,
    links: TitleLinks,
    match: Match | None = None,
    context: Sequence[IndexedSentence] = (),
    language: str | None = None,
    quoted: Sequence[tuple[int, str]] = (),
    others: Sequence[tuple[Match, Sequence[IndexedSentence]]] = (),
    part: str | None = None,
) -> AttributionCheck | None:
    """Compare the claim's speaker and setting with the clause that carries the statement.

    A sentence with several speakers (「Xから、…旨述べ、Yからも、…」, "X said …, and Y added
    …") is cut into clauses; the clause holding most of what `match` covers is the one whose
    speaker counts. When the match is a passage (`entry` and the adjacent sentences of
    `context`, `Match.context`), the clauses of every sentence of it compete: the statement
    may stand in the neighbour's second clause. Without `match`, the sentence's first clause
    counts. `language` is the claim's: its proper nouns name the statement's topic. `quoted`
    are the spans of the source (sentence index, text) that the claim's quotes render
    faithfully: the one clause that holds them is the one whose speaker said them, whatever
    else the match covers. `others` are the part's next candidates (each a match and its
    passage, best first): where the best match names no speaker (a date line: the leaders and
    the meeting), the first of them whose clause carries more of the claim's content, and at
    least ATTRIBUTED_CONTENT_SHARE, in another speaker's words makes the claim misattributed.
    `part` is the text of the claim's part the match is for (the whole claim when None): a
    reaction it reports is sought near the content (`_reaction_clause`).

    The speaker is judged only when that clause carries the claim's content: at least
    ATTRIBUTED_CONTENT_SHARE of the weight of what the claim says (its anchors other than its
    speaker and the countries and titles every clause names). A clause that merely shares a
    word with a claim about something else says nothing about who said the claim.
    """
    if speakers is None and claim.setting is None:
        return None
    if (
        speakers is not None
        and speakers.countries
        and links.names_someone(entry.source_id, speakers)
    ):
        # "Montenegro": a country's name, and the surname of a leader the source names.
        speakers = replace(speakers, countries=frozenset())
    if speakers is not None:
        speakers = links.spelled(entry.source_id, speakers)
    aligned = match is not None and match.sentence.index == entry.sentence.index
    passage = [entry, *context] if aligned else [entry]
    names = _proper_nouns(claim.text, language) if language is not None else frozenset()
    chosen = _covering_clause(
        passage, speakers, match if aligned else None, termbase, links, names, quoted
    )
    if speakers is not None and aligned and (chosen.speakers is None or not chosen.speakers.known):
        # The best match names no speaker (a date line: the leaders and the meeting) and
        # another candidate carries more of what the claim says, in a clause someone else
        # says: the speaker is judged where the content is.
        for other_match, other_passage in others:
            candidate = _covering_clause(
                other_passage, speakers, other_match, termbase, links, names, quoted
            )
            if (
                candidate.share >= ATTRIBUTED_CONTENT_SHARE
                and candidate.speakers is not None
                and candidate.speakers.known
                and not speakers.compatible(
                    links.homed(candidate.entry.source_id, candidate.speakers, speakers)
                )
            ):
                chosen = candidate
                break
    other = bool(
        speakers is not None
        and chosen.speakers is not None
        and not speakers.compatible(links.homed(chosen.entry.source_id, chosen.speakers, speakers))
    )
    said = part if part is not None else claim.text
    claim_language = language or entry.language
    if other and speakers is not None and is_reaction(said, claim_language):
        reaction = _reaction_clause(chosen, passage, speakers, termbase, links)
        if reaction is not None:
            chosen, other = reaction, False
    elif other and speakers is not None and match is not None:
        if not is_request(said, claim_language):
            answer = _answer_clause(chosen, speakers, match, termbase, links, names)
            if answer is not None:
                chosen, other = answer, False
    frame_only = other and match is not None and chosen.share < ATTRIBUTED_CONTENT_SHARE
    speaker_differs = other and not frame_only
    setting_differs = (
        claim.setting is not None
        and source_kind is not SourceKind.OTHER  # a source of unknown kind says nothing
        and claim.setting is not source_kind
    )
    return AttributionCheck(
        chosen.entry.source_id,
        chosen.entry.sentence.index,
        chosen.speakers,
        source_kind,
        speakers,
        claim.setting,
        speaker_differs,
        setting_differs,
        chosen.clause.text if chosen.several else "",
        frame_only,
    )


def _reaction_clause(
    content: _Candidate,
    passage: Sequence[IndexedSentence],
    claimed: Speakers,
    termbase: Termbase,
    links: TitleLinks,
) -> _Candidate | None:
    """The clause where the claim's speaker reacts to the content another speaker gave:
    a clause by the claim's speaker that reports a reaction (welcomed, praised, 歓迎 …), in
    the content's sentence, the passage, or the sentence before or after it. None when the
    content clause is a reaction itself (then that speaker's reaction is the one the source
    reports) or no such clause is near."""
    # The verb that reports the speech is read with the clause ("A welcomed this").
    if is_reaction(content.clause.text, content.entry.language):
        return None
    source, at = content.entry.source_id, content.entry.sentence.index
    near = [content.entry, *passage]
    near += [links.entry(source, n) for n in (at - 1, at + 1) if n >= 0 and links.has(source, n)]
    seen: set[int] = set()
    for entry in near:
        if entry.sentence.index in seen or entry.source_id != source:
            continue
        seen.add(entry.sentence.index)
        clauses = split_clauses(entry.sentence.text, entry.language)
        for clause in clauses:
            actual = clause_speakers(clause, entry, termbase, links)
            if (
                actual is not None
                and actual.known
                and claimed.compatible(actual)
                and is_reaction(clause.text, entry.language)
            ):
                return _Candidate(entry, clause, actual, len(clauses) > 1)
    return None


def _answer_clause(
    content: _Candidate,
    claimed: Speakers,
    match: Match,
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str],
) -> _Candidate | None:
    """The clause where the claim's speaker answers the other speaker's clause that holds
    the content, when that clause reacts to, or asks for, what the claim's speaker does
    («Aから、日本の支援に謝意が表明され、高市総理から、引き続き支援していく旨述べました»: the
    support is Japan's, A only thanks for it): a later clause of the same sentence by the
    claim's speaker that carries at least ATTRIBUTED_CONTENT_SHARE of the claim's content
    too. None when the content clause neither reacts nor asks, or no such clause follows (a
    claim that reports the reaction itself, "Takaichi said Qarland valued Japan's help", is
    the reacting speaker's)."""
    language = content.entry.language
    if not (
        is_reaction(content.clause.text, language) or is_request(content.clause.text, language)
    ):
        return None
    clauses = split_clauses(content.entry.sentence.text, language)
    found = [
        _Candidate(
            content.entry,
            c,
            clause_speakers(c, content.entry, termbase, links),
            len(clauses) > 1,
        )
        for c in clauses
    ]
    _, carried, total = _carried(found, match, termbase, claimed, topic_names)
    for candidate, weight in zip(found, carried, strict=True):
        actual = candidate.speakers
        if (
            candidate.clause.start > content.clause.start
            and actual is not None
            and actual.known
            and claimed.compatible(actual)
            and total
            and weight / total >= ATTRIBUTED_CONTENT_SHARE
        ):
            return replace(candidate, share=weight / total)
    return None


def clause_speakers(
    clause: Clause,
    entry: IndexedSentence,
    termbase: Termbase,
    links: TitleLinks,
) -> Speakers | None:
    """Who says one clause: its own opening speaker, both sides for a joint act, no one for
    the report of the meeting itself, else the sentence's speaker."""
    if clause.joint:
        return Speakers(clause.speaker or clause.text.strip(), frozenset(), both=True)
    if clause.meeting and clause.speaker is None:
        return None  # who met whom: the people of the meeting, no one's words
    if clause.speaker is None:
        return sentence_speakers(entry, termbase, links)
    speakers = _speakers_of(clause.speaker, entry.language, termbase, require_person=True)
    if speakers is not None and not (speakers.persons or speakers.names or speakers.both):
        speakers = _resolve_title(speakers, clause.speaker, entry, termbase, links)
    return speakers


@dataclass(frozen=True)
class _Candidate:
    """One clause of the matched passage, with its speaker and how much of the claim it
    carries."""

    entry: IndexedSentence
    clause: Clause
    speakers: Speakers | None
    several: bool
    """Its sentence has more than one clause."""
    share: float = 1.0
    """The share of the claim's content weight the clause carries."""
    topic: str = ""
    """The topic the clause's content opens with (`ClausePatterns.topic`, «…開発事業は»),
    lower-cased; empty when it opens with none."""


def _covering_clause(
    passage: Sequence[IndexedSentence],
    claimed: Speakers | None,
    match: Match | None,
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str] = frozenset(),
    quoted: Sequence[tuple[int, str]] = (),
) -> _Candidate:
    """The clause of the passage that carries most of the matched statement, with its speaker.

    Only what each clause says counts, not the phrase naming its speaker; the claim's own
    speaker does not count either (it would pull towards that speaker's clause). When clauses
    tie, one whose speaker agrees with the claim's is taken, so a tie never makes a
    misattribution; then the matched sentence before its neighbours.

    The clause's `share` is the weight of the claim's content it carries over the weight of
    all the claim's content: names of what the statement is about (a place, a project: the
    claim's proper nouns, `topic_names`) place it among the clauses, but are not what it says.
    """
    found: list[_Candidate] = []
    for entry in passage:
        clauses = split_clauses(entry.sentence.text, entry.language)
        found += [
            _Candidate(
                entry,
                c,
                clause_speakers(c, entry, termbase, links),
                len(clauses) > 1,
                topic=_topic(c, entry.language),
            )
            for c in clauses
        ]
    if match is None:
        return found[0]
    # A question in a transcript states nothing: a neighbour that is the reporter's question
    # («【記者】電話会談はいかがでしたか。») never carries the statement.
    found = [c for c in found if not _asks(c.speakers)] or found
    scores, content, total = _carried(found, match, termbase, claimed, topic_names)
    top = max(scores)
    best = [i for i, score in enumerate(scores) if score == top]
    chosen = best[0]
    for i in best:
        actual = found[i].speakers
        if claimed is None or actual is None or claimed.compatible(actual):
            chosen = i
            break
    # The words the claim quotes, where one clause alone holds them, name their speaker.
    holders = [
        i
        for i, c in enumerate(found)
        if any(
            at == c.entry.sentence.index and span and span in c.clause.content
            for at, span in quoted
        )
    ]
    if len(found) > 1 and len(holders) == 1:
        chosen = holders[0]
    return replace(found[chosen], share=content[chosen] / total if total else 0.0)


def _asks(speakers: Speakers | None) -> bool:
    """Whether the speaker is the one who asks the questions of a transcript."""
    return speakers is not None and speakers.names == frozenset({"reporter"})


def _carried(
    candidates: Sequence[_Candidate],
    match: Match,
    termbase: Termbase,
    claimed: Speakers | None = None,
    topic_names: frozenset[str] = frozenset(),
) -> tuple[list[float], list[float], float]:
    """Per clause, the weight of the match's covered anchors that its content holds (the
    clause after the phrase naming its speaker), and the weight of the claim's content in all
    (covered or not). An anchor found in several clauses is shared among them. A term is
    placed by every place the sentence names it, other anchors by their wording. Of names,
    only people the termbase knows count, and not the claim's own speaker: a person the claim
    names as the one spoken of («高市総理のタイ訪問») counts, the one it names as speaking does
    not, nor do the words of the claim's speaker phrase ("the two prime ministers"). A second
    speaker's name that the lexicon glosses («モンテネグロ首相からも、»: "Montenegro") stands
    in the phrase naming the speaker, so it counts for no clause; the same word in a clause's
    content («高市総理のタイ訪問») does. A name of the topic (a proper noun of the claim) also
    counts for a later clause that continues its clause's topic («Yからも、», "Y also";
    `_continued`), and so does any anchor that stands in the topic a clause opens with
    («Xから、北部の開発事業は…旨述べ、Yからも、同事業の…»: the project is both clauses').

    Returns the clauses' scores; per clause, the weight of the claim's content it carries
    (without its topic's names), read in the whole clause: the verb that reports the speech
    ("Halbert welcomed the visit") is what the claim says too; and the weight of the claim's
    content in all."""
    own = (claimed.persons | claimed.names) if claimed is not None else frozenset()
    phrase = f"{claimed.text} {claimed.phrase}".lower() if claimed is not None else ""
    scores = [0.0] * len(candidates)
    content = [0.0] * len(candidates)
    total = 0.0
    for anchor in (*match.covered, *match.missing):
        if _frame(anchor, termbase, own, phrase, topic_names) is None:
            total += anchor.weight
    for anchor, form in zip(match.covered, match.source_forms, strict=False):
        kind = _frame(anchor, termbase, own, phrase, topic_names)
        if kind == "frame":
            continue
        holders = _holders(anchor, form, candidates, whole=False)
        if kind == "topic":
            holders = _continued(candidates, holders)
        else:
            # What the clause's topic names, a later clause continuing it names too.
            topical = [i for i in holders if _in_topic(anchor, form, candidates[i])]
            holders = sorted(set(holders) | set(_continued(candidates, topical)))
        for i in holders:
            scores[i] += anchor.weight / len(holders)
        if kind is None:
            holders = _holders(anchor, form, candidates, whole=True)
            for i in holders:
                content[i] += anchor.weight / len(holders)
    return scores, content, total


def _holders(
    anchor: Anchor, form: str, candidates: Sequence[_Candidate], *, whole: bool
) -> list[int]:
    """The clauses that hold a covered anchor: in their content, or with `whole` anywhere in
    them (the phrase naming the speaker included)."""
    texts = [(c.clause.text if whole else c.clause.content).lower() for c in candidates]
    if anchor.kind is AnchorKind.TERM:
        return [
            i
            for i, c in enumerate(candidates)
            if any(
                c.clause.start + (0 if whole else c.clause.body) <= h.start < c.clause.end
                for h in c.entry.facts.terms
                if h.entry.id == anchor.key
            )
        ]
    # A word met across languages shows its layer ("留学生 (JMdict)").
    layer = _LAYER.search(form)
    written = form[: layer.start()] if layer is not None else form
    holders = [i for i, text in enumerate(texts) if written and written.lower() in text]
    if layer is not None and anchor.pivots:
        # Every word of the sentence that means it (交流 as well as 留学生 for "exchanges"),
        # wherever the sentence writes it.
        holders = [
            i
            for i, (c, text) in enumerate(zip(candidates, texts, strict=True))
            if any(
                k.surface.lower() in text for k in c.entry.facts.links if k.pivot in anchor.pivots
            )
        ] or holders
    return holders


def _topic(clause: Clause, language: str) -> str:
    """The topic a clause's content opens with, lower-cased ("" if none)."""
    module = language_for(language)
    pattern = module.clause_patterns.topic if module and module.clause_patterns else None
    found = pattern.match(clause.content) if pattern is not None else None
    return found.group(0).lower() if found else ""


def _in_topic(anchor: Anchor, form: str, candidate: _Candidate) -> bool:
    """Whether a covered anchor stands in the topic its clause opens with."""
    if not candidate.topic:
        return False
    layer = _LAYER.search(form)
    written = (form[: layer.start()] if layer is not None else form).lower()
    if written and written in candidate.topic:
        return True
    return bool(anchor.pivots) and any(
        k.surface.lower() in candidate.topic
        for k in candidate.entry.facts.links
        if k.pivot in anchor.pivots
    )


def _continued(candidates: Sequence[_Candidate], holders: list[int]) -> list[int]:
    """The clauses holding a name of the claim's topic, with each later clause of the same
    sentence that continues their topic («Xから、カーボ・デルガード州の事業は…旨述べ、Yからも、
    同事業の…»): the name belongs to both, so it places the statement in neither, and what is
    said of the topic decides."""
    held = set(holders)
    for i in sorted(holders):
        for j in range(i + 1, len(candidates)):
            if candidates[j].entry is not candidates[i].entry or not candidates[j].clause.continues:
                break
            held.add(j)
    return sorted(held)


def _frame(
    anchor: Anchor,
    termbase: Termbase,
    own: frozenset[str],
    phrase: str,
    topic_names: frozenset[str] = frozenset(),
) -> str | None:
    """Whether an anchor of the claim is part of its frame ("frame": the claim's speaker, a
    title or a country, named in every clause of a readout), the name of its topic ("topic":
    a proper noun of the claim the termbase does not know, `topic_names`), or what it says
    (None)."""
    if anchor.kind is AnchorKind.TERM:
        term = termbase.get(anchor.key)
        if (
            term is not None
            and term.kind is EntryKind.NAME
            and (anchor.key in own or not is_person(term))
        ):
            return "frame"
        return None
    if anchor.key.lower() in own or (len(anchor.surface) > 1 and _within(anchor.surface, phrase)):
        return "frame"  # the claim's speaker, in any script, or a word of its speaker phrase
    if anchor.kind is AnchorKind.WORD and anchor.surface.lower() in topic_names:
        return "topic"
    return None


_NOT_WORD = re.compile(r"[\W_]+")


def _within(surface: str, phrase: str) -> bool:
    """Whether a claim's word stands in a (lower-cased) phrase: as whole words where it is
    written in Latin letters ("port" is not in "portugal"), anywhere in other scripts."""
    word = surface.lower()
    if not word.isascii():
        return word in phrase
    return f" {_NOT_WORD.sub(' ', word)} " in f" {_NOT_WORD.sub(' ', phrase)} "


def _proper_nouns(text: str, language: str) -> frozenset[str]:
    """The words of a claim its language's analyser reads as proper nouns or names
    (lower-cased)."""
    module = language_for(language)
    if module is None:
        return frozenset()
    return frozenset(
        t.surface.lower()
        for t in module.tokens(text)
        if t.word_class in (WordClass.PROPER_NOUN, WordClass.PERSON_NAME)
    )
