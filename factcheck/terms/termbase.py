"""The bilingual termbase: official terms, names and key vocabulary, as data.

Takes termbase YAML files (format: docs/termbases.md); gives a `Termbase` that finds concept
mentions (`TermHit`) in text of any language it has forms for. This is what lets an English
claim meet a Japanese sentence: both are reduced to the same concept ids.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from factcheck.claimfiles.textfiles import read_text_file
from factcheck.errors import Location, TermbaseError
from factcheck.lazy_pattern import lazy_compile
from factcheck.severity import Severity

if TYPE_CHECKING:
    # PyYAML is imported where a termbase file is parsed: a run that reads its termbases
    # from the compiled cache (every `lint` after the first) never loads it.
    import yaml

    from factcheck.claimfiles.yamlnodes import NodeReader
    from factcheck.terms.tbx import TbxConcept

BUILTIN = "termbase-diplomatic.yaml"
E = TypeVar("E", bound=enum.Enum)


class NameRole(enum.Enum):
    """What a `name` entry names; attribution and actor checks need to tell them apart."""

    PERSON = "person"
    PLACE = "place"
    COUNTRY = "country"
    OFFICE = "office"
    """An institution: the Prime Minister's Office, the Foreign Ministry."""
    TITLE = "title"
    """A title held by whoever is in office: Prime Minister, President."""


class EntryKind(enum.Enum):
    TERM = "term"
    """An official term: garbling it is flagged."""
    NAME = "name"
    """A person, office or institution."""
    WORD = "word"
    """Key vocabulary, used only to bridge languages."""


@dataclass(frozen=True)
class TermSpec:
    """A self-test of an entry: linting `text` must find exactly `finds` for this entry."""

    text: str
    finds: tuple[str, ...]
    """The surfaces the entry's findings must cover, in text order; empty: no finding."""
    fixed: str | None = None
    """When given, the text `--fix` must turn `text` into."""
    language: str = "en"
    origin: Location | None = None
    """Where the spec is written, for the error when it fails."""


@dataclass(frozen=True)
class TermEntry:
    """One concept with its forms per language."""

    id: str
    kind: EntryKind
    forms: dict[str, tuple[str, ...]]
    """Language → forms, preferred first, then admitted ones."""
    variants: dict[str, tuple[str, ...]]
    """Language → known wrong variants."""
    severity: Severity = Severity.INFO
    issuer: str = ""
    note: str = ""
    reference: str = ""
    weight: float = 1.0
    """How much a mention counts when matching, before rarity is applied."""
    origin: str = ""
    """file:line where the entry is defined."""
    specs: tuple[TermSpec, ...] = ()
    """Self-tests run when the termbase loads."""
    fix: bool = True
    """Whether `--fix` may replace a listed variant by the preferred form without an editor."""
    infer: bool = True
    """Whether the linter infers unlisted near-misses of this entry (terms of warning/error)."""
    role: NameRole | None = None
    """For `name` entries: person, place, country, office or title."""

    def preferred(self, language: str) -> str | None:
        forms = self.forms.get(language)
        return forms[0] if forms else None


@dataclass(frozen=True)
class TermHit:
    """A mention of a concept in a text."""

    entry: TermEntry
    start: int
    end: int
    surface: str
    variant: bool
    """True when the text uses a known wrong variant, not an official form."""


_ENTRY_KEYS = frozenset(
    {
        "id",
        "kind",
        "variants",
        "severity",
        "issuer",
        "note",
        "reference",
        "weight",
        "specs",
        "fix",
        "infer",
        "role",
    }
)
_SPEC_KEYS = frozenset({"text", "finds", "fixed", "language"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KIND_WEIGHT = {EntryKind.TERM: 1.5, EntryKind.NAME: 0.7, EntryKind.WORD: 1.0}
_SPACED_SCRIPTS = lazy_compile(r"[A-Za-z0-9À-ɏ]")


def _form_pattern(form: str) -> re.Pattern[str]:
    """A regex for a form in a space-separated script: word-bounded, runs of space flexible.

    Short all-capital forms (US, PM, SDF) must match case-sensitively, or "us" would be the
    United States.
    """
    wildcard = form.endswith("*")
    body = form[:-1] if wildcard else form
    parts = [re.escape(part) for part in body.split()]
    if parts and not parts[0].startswith(r"\*"):
        # The word-start check goes after the first character, as a two-character
        # lookbehind: it means the same ("no letter, digit, _ or - before the form"; at the
        # start of the text a two-character lookbehind cannot match, so its negation holds),
        # but a pattern that opens with a literal lets the regex engine jump from one
        # occurrence of that character to the next instead of trying every position.
        first = re.escape(body.split()[0][0])  # re.escape works character by character
        parts[0] = first + _WORD_START_AFTER_FIRST + parts[0][len(first) :]
        pattern = r"\s+".join(parts)
    else:
        pattern = rf"(?<!{_SPACED_WORD})(?<!-)" + r"\s+".join(parts)
    # "*" also works inside a multiword form: "look* forward".
    pattern = pattern.replace(r"\*", r"\w*")
    if wildcard:
        pattern += r"\w*"
    pattern += rf"(?!{_SPACED_WORD})" if form[-1].isalnum() or wildcard else ""
    letters = [c for c in body if c.isalpha()]
    strict = len(letters) <= 4 and all(c.isupper() for c in letters)
    return re.compile(pattern, 0 if strict else re.IGNORECASE)


def _plain_form(form: str) -> tuple[tuple[str, ...], bool] | None:
    """A spaced form's words and whether they match case-sensitively, when its regex
    (`_form_pattern`) says no more than "these words, runs of space between them": no
    wildcard, no character whose case folding is risky or changes its length, and a letter
    or digit at both ends (the word-start check is then `_scan_keyed`'s own, and the
    word-end check always there). None for any other form.
    """
    if "*" in form or _FOLD_RISKY.search(form) or len(form.lower()) != len(form):
        return None
    if not (form[0].isalnum() and form[-1].isalnum()):
        return None
    letters = [c for c in form if c.isalpha()]
    strict = len(letters) <= 4 and all(c.isupper() for c in letters)
    words = form.split()
    return (tuple(words) if strict else tuple(word.lower() for word in words)), strict


def _match_plain(words: tuple[str, ...], text: str, start: int) -> int | None:
    """Where a plain form's match starting at `start` ends, or None: what its regex's
    `match(text, start)` gives once the word-start check has passed. For a case-insensitive
    form `text` is the lowercased text (the caller checked that lowering keeps every
    character in place and folds as the regex engine does)."""
    at = start
    for number, word in enumerate(words):
        if number:
            space = _SPACES.match(text, at)
            if space is None:
                return None
            at = space.end()
        if not text.startswith(word, at):
            return None
        at += len(word)
    if at < len(text) and (text[at].isalnum() or text[at] == "_") and not _unspaced(text[at]):
        return None
    return at


_SPACES = re.compile(r"\s+")
_UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
"""Kana and kanji (CJK ideographs, half-width katakana): letters of a script written without
spaces, so no word boundary: a Latin form touching them stands alone (LNG開発, ASEAN関連首脳
会議, G7各国)."""
_SPACED_WORD = rf"(?-i:[^\W{_UNSPACED_LETTERS}])"
"""A word character of a spaced script: what may not stand right before or after a form.
Case-sensitive in scope: a word character is one in either case, and a class with wide
ranges compiled under IGNORECASE folds every character of them (about 12 ms a form, against
3.5 ms so)."""
_UNSPACED_CHAR = lazy_compile(rf"[{_UNSPACED_LETTERS}]")
_WORD_START_AFTER_FIRST = rf"(?<!{_SPACED_WORD}.)(?<!-.)"


def _unspaced(char: str) -> bool:
    """Whether a character is a letter of a script written without spaces (kana, kanji)."""
    return _UNSPACED_CHAR.match(char) is not None


_WORD = lazy_compile(rf"[^\W_{_UNSPACED_LETTERS}]+|[{_UNSPACED_LETTERS}]+")
"""A word: a run of letters and digits of one kind, spaced or unspaced (LNG開発: LNG, 開発)."""
FOLD_RISKY = (
    "\u00b5\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1\u03a3"
    "\u03a6\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0"
    "\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432"
    "\u0434\u043e\u0441\u0442\u044a\u0462\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86"
    "\u1c87\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06"
)
"""The characters on which a case-insensitive regex and `str.lower` disagree: those the
regex engine folds together with another lowercase letter (µ with μ, ſ with s, ı with i,
the Greek and old Cyrillic letter variants), and those whose lowercase is one of them.
Outside these (and characters whose lowercase is longer, like İ), a form matches
case-insensitively exactly where the lowercased text holds the lowercased form.
`tests/test_termbase.py` derives this set again from the running Python's tables."""
_FOLD_RISKY = re.compile(f"[{FOLD_RISKY}]")

# A finder: (entry, form, spaced, is_variant). A spaced form (one holding a letter or digit
# of a space-separated script) is found by a regex, compiled when first needed; an unspaced
# one (Japanese, Chinese) is a literal.
_Finder = tuple[TermEntry, str, bool, bool]
_Fallback = tuple[frozenset[int], dict[str, tuple[int, ...]], dict[str, list[tuple[str, int]]]]


class _LanguageFinders:
    """The finders of one language, with one automaton that finds where any can match.

    Running every form's regex (or `str.find`) over every text is what made matching slow with
    large termbases and long texts. One Aho-Corasick scan of the lowercased text finds every
    place where a spaced form's first chunk of letters starts (its "key"), and one scan of
    the text finds every unspaced literal; only the regexes keyed there are tried, only there.
    """

    def __init__(self, finders: list[_Finder]) -> None:
        # Longer forms first: of two entries found at one place, that orders the hits.
        rows = sorted(finders, key=lambda item: -len(item[1]))
        scanned: list[int] = []
        keys: dict[str, list[int]] = {}
        literals: dict[str, list[int]] = {}
        ascii_literals = False
        for index, (_, form, spaced, _) in enumerate(rows):
            if not spaced:
                literals.setdefault(form, []).append(index)
                ascii_literals |= form.isascii()
                continue
            key = _key(form)
            if key is None:
                scanned.append(index)
            else:
                keys.setdefault(key, []).append(index)
        written = ["\0" + _boundaries(key) for key in keys]
        self._assemble(rows, scanned, keys, literals, ascii_literals, written)

    def _assemble(
        self,
        rows: list[_Finder],
        scanned: list[int],
        keys: dict[str, list[int]],
        literals: dict[str, list[int]],
        ascii_literals: bool,
        written: list[str],
    ) -> None:
        self.finders = rows
        self._patterns: list[re.Pattern[str] | None] = [None] * len(rows)
        self._plain: list[tuple[tuple[str, ...], bool] | None | bool] = [False] * len(rows)
        self.scanned = scanned
        """Spaced finders without a key: their regex runs over the whole text."""
        self.keys = keys
        """Lowercased first chunk of a spaced form → the finders opening with it (found
        through `starts`)."""
        self.literals = _Automaton(literals)
        """Unspaced form → its finders (one per entry and kind that lists it)."""
        self.ascii_literals = ascii_literals
        self._written = written
        """Each key of `keyed` as it reads in `_boundaries` of a text, after a NUL."""
        self.starts = _word_start_automaton(keys, written)
        self._fallback: _Fallback | None = None

    def table(self, positions: dict[int, int]) -> dict[str, Any]:
        """These finders as plain data, flat lists (`from_table` reads it back): each
        finder's entry as its place in the termbase (`positions`: `id` of an entry → place)."""
        rows = self.finders
        return {
            "places": [positions[id(row[0])] for row in rows],
            "forms": [row[1] for row in rows],
            "spaced": [row[2] for row in rows],
            "variants": [row[3] for row in rows],
            "scanned": self.scanned,
            "keys": list(self.keys),
            "keyed": list(self.keys.values()),
            "written": self._written,
            "literals": list(self.literals.keys),
            "literal_rows": list(self.literals.keys.values()),
            "ascii_literals": self.ascii_literals,
        }

    @classmethod
    def from_table(cls, entries: Sequence[TermEntry], table: object) -> _LanguageFinders:
        """The finders `table` stored, the same as those built from the entries; TypeError,
        ValueError, KeyError or IndexError when it is not what `table` wrote.

        Every list is checked whole (the types of its items, the range of its indexes) by
        built-in functions, not item by item in Python: that would cost about as much as
        building the finders."""
        from factcheck.terms import tables

        data = tables.mapping(table)
        places = tables.indexes(data["places"], len(entries))
        forms = tables.strings(data["forms"])
        spaced = tables.of_kind(data["spaced"], bool)
        variants = tables.of_kind(data["variants"], bool)
        rows = list(zip(map(entries.__getitem__, places), forms, spaced, variants, strict=True))
        size = len(rows)
        keys, written = tables.strings(data["keys"]), tables.strings(data["written"])
        literals = tables.strings(data["literals"])
        if len(written) != len(keys):
            raise ValueError("written keys")
        finders = object.__new__(cls)
        finders._assemble(
            rows,
            tables.indexes(data["scanned"], size),
            dict(zip(keys, tables.index_lists(data["keyed"], size, empty=False), strict=True)),
            dict(
                zip(
                    literals,
                    tables.index_lists(data["literal_rows"], size, empty=False),
                    strict=True,
                )
            ),
            tables.flag(data["ascii_literals"]),
            written,
        )
        return finders

    def _fallback_index(self) -> _Fallback:
        """What `candidates` looks finders up by (the fallback for texts whose case folding
        is unusual), made when first needed: the finders tried in every text; the spaced
        ones by their first word; those opening with a wildcard word, by its first three
        letters."""
        if self._fallback is not None:
            return self._fallback
        unconditional: list[int] = []
        by_word: dict[str, list[int]] = {}
        by_prefix: dict[str, list[tuple[str, int]]] = {}
        for index, (_, form, spaced, _) in enumerate(self.finders):
            if not spaced:
                unconditional.append(index)
                continue
            lowered = form.lower()
            first = _WORD.search(lowered)
            if first is None:  # pragma: no cover - spaced forms always hold a letter or digit
                unconditional.append(index)
            elif lowered[first.end() : first.end() + 1] == "*":
                word = first.group(0)
                if len(word) < 3:
                    unconditional.append(index)
                else:
                    by_prefix.setdefault(word[:3], []).append((word, index))
            else:
                by_word.setdefault(first.group(0), []).append(index)
        self._fallback = (
            frozenset(unconditional),
            {word: tuple(indexes) for word, indexes in by_word.items()},
            by_prefix,
        )
        return self._fallback

    def plain(self, index: int) -> tuple[tuple[str, ...], bool] | None:
        """A spaced finder's words when a plain comparison replaces its regex in
        `_scan_keyed` (compiling hundreds of regexes took longer than linting a long article
        with them); worked out when first needed, like the regex."""
        plain = self._plain[index]
        if plain is False:
            _, form, spaced, _ = self.finders[index]
            plain = self._plain[index] = _plain_form(form) if spaced else None
        assert not isinstance(plain, bool)
        return plain

    def pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = _form_pattern(self.finders[index][1])
        return pattern

    def candidates(self, words: AbstractSet[str]) -> list[int]:
        """The finders that can match a text with these lowercased words, in finder order."""
        unconditional, by_word, by_prefix = self._fallback_index()
        chosen = set(unconditional)
        # Set intersections run in C: only the words that open some form cost a lookup.
        for word in by_word.keys() & words:
            chosen.update(by_word[word])
        if by_prefix:
            matched = by_prefix.keys() & {word[:3] for word in words}
            opening: dict[str, list[str]] = {}
            if matched:
                for word in words:
                    if word[:3] in matched:
                        opening.setdefault(word[:3], []).append(word)
            for prefix in matched:
                chosen.update(
                    index
                    for key, index in by_prefix[prefix]
                    if len(key) == 3 or any(word.startswith(key) for word in opening[prefix])
                )
        return sorted(chosen)


class _Automaton:
    """An Aho-Corasick automaton from keys to the finder indexes filed under them."""

    def __init__(self, keys: dict[str, list[int]]) -> None:
        self.keys = keys
        self._automaton: Any = None
        self.joinable = True
        """No key holds a line break: texts joined by line breaks can be scanned at once."""
        if not keys:
            return
        import ahocorasick  # a C extension: cheap, but only needed once there are forms

        automaton = ahocorasick.Automaton()
        for key, indexes in keys.items():
            automaton.add_word(key, (len(key), tuple(indexes)))
        automaton.make_automaton()
        self._automaton = automaton
        self.joinable = not any("\n" in key for key in keys)

    @property
    def empty(self) -> bool:
        return self._automaton is None

    def matches(self, text: str) -> Iterable[tuple[int, tuple[int, tuple[int, ...]]]]:
        """The automaton's own iterator: (last index, (key length, finder indexes))."""
        if self._automaton is None:
            return ()
        return self._automaton.iter(text)  # type: ignore[no-any-return]


def _key(form: str) -> str | None:
    """The lowercased text every match of a spaced form starts with, when there is one.

    That is the form's first chunk up to a space or a wildcard, lowercased: a match starts
    with it in the lowercased text, when lowering keeps every character in place (`find`
    checks that of the text; here, of the form).
    """
    chunk = form.split()[0].split("*")[0]
    lowered = chunk.lower()
    if not chunk or len(lowered) != len(chunk) or _FOLD_RISKY.search(chunk):
        return None
    if not chunk[0].isalnum():
        return None  # the regex's word-start check then sits before it: keep it simple
    return lowered


class Termbase:
    """A set of entries with a finder per language.

    A language's finder is built when a text of that language is first searched: from the
    entries, or from `compiled`, the plain data `compiled_tables` gave for the same entries
    (read back from the cache folder). `compiled` holds, per language, the finder's table
    under "finders" and what other modules compiled for it (the linter's, under "lint").
    """

    def __init__(
        self, entries: Sequence[TermEntry], compiled: dict[str, Any] | None = None
    ) -> None:
        self.entries = tuple(entries)
        self._by_id = {entry.id: entry for entry in self.entries}
        self._compiled = compiled or {}
        self._finders: dict[str, _LanguageFinders | None] = {}

    def _language(self, language: str) -> _LanguageFinders | None:
        """The finders of a language (its base code), built when first needed."""
        try:
            return self._finders[language]
        except KeyError:
            pass
        finders = None
        table = self.compiled(language, "finders")
        if table is not None:
            try:
                finders = _LanguageFinders.from_table(self.entries, table)
            except (TypeError, ValueError, KeyError, IndexError):  # not what `table` wrote
                finders = None
        if finders is None:
            group = [
                _finder(entry, form, variant=variant)
                for entry in self.entries
                for variant, forms in (
                    (False, entry.forms.get(language, ())),
                    (True, entry.variants.get(language, ())),
                )
                for form in forms
            ]
            finders = _LanguageFinders(group) if group else None
        self._finders[language] = finders
        return finders

    def compiled(self, language: str, part: str) -> object | None:
        """What was compiled as `part` for `language`, as plain data (unchecked), if any."""
        tables = self._compiled.get(language)
        return tables.get(part) if isinstance(tables, dict) else None

    def compiled_tables(self) -> dict[str, dict[str, Any]]:
        """The finder of every language as plain data, for `Termbase(entries, compiled)`."""
        positions = {id(entry): place for place, entry in enumerate(self.entries)}
        tables = {}
        for language in sorted(self.languages()):
            if language != _base_language(language):
                continue  # never searched: a text's language is looked up by its base
            finders = self._language(language)
            if finders is not None:
                tables[language] = {"finders": finders.table(positions)}
        return tables

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> TermEntry | None:
        return self._by_id.get(entry_id)

    def find(
        self, text: str, language: str, *, words: AbstractSet[str] | None = None
    ) -> list[TermHit]:
        """Every concept mention in `text`, in text order.

        Official forms win over variants at the same place; a hit inside a longer hit of the
        same entry is dropped, while hits of other entries nested in it are kept (a sentence
        naming the Free and Open Indo-Pacific also names the Indo-Pacific). `words` are
        `text_words(text)`, when the caller has them already.
        """
        return self._find([text], language, words)[0]

    def find_each(self, texts: Sequence[str], language: str) -> list[list[TermHit]]:
        """`find` of each text, in order: the same hits, from one automaton scan of all the
        texts for the spaced forms' keys and one for the literals, rather than two scans
        (and their Python set-up) per text. A source index asks this of every sentence of a
        document at once; most sentences hold no term and then cost nothing past the scans.
        """
        return self._find(texts, language, None)

    def _find(
        self, texts: Sequence[str], language: str, words: AbstractSet[str] | None
    ) -> list[list[TermHit]]:
        finders = self._language(_base_language(language))
        if finders is None:
            return [[] for _ in texts]
        found: list[list[tuple[int, int, int]]] = [[] for _ in texts]  # start, end, finder
        lowered = [text.lower() for text in texts]
        keyed: list[int] = []
        literal: list[int] = []
        for number, text in enumerate(texts):
            low = lowered[number]
            plain = text.isascii()
            # Offsets in the lowercased text are offsets in the text, and a case-insensitive
            # match starts where the lowercased text holds the form's lowercased key.
            if plain or (len(low) == len(text) and not _FOLD_RISKY.search(text)):
                keyed.append(number)
                indexes: Iterable[int] = finders.scanned
            else:
                # Where lowering moves or folds characters differently from the regex
                # engine, the keys cannot be trusted: every form whose first word the text
                # holds is searched for over the whole text.
                held = words if words is not None else set(_WORD.findall(low))
                indexes = [i for i in finders.candidates(held) if finders.finders[i][2]]
            for index in indexes:
                found[number].extend(
                    (m.start(), m.end(), index) for m in finders.pattern(index).finditer(text)
                )
            if finders.ascii_literals or not plain:
                literal.append(number)
        _scan_keyed(finders, texts, lowered, keyed, found)
        _scan_literals(finders, texts, literal, found)
        return [
            _drop_shadowed(text, hits, finders) if hits else []
            for text, hits in zip(texts, found, strict=True)
        ]

    def languages(self) -> set[str]:
        """The languages the entries have forms or variants in."""
        return {
            language
            for entry in self.entries
            for written in (entry.forms, entry.variants)
            for language, forms in written.items()
            if forms
        }


def text_words(text: str) -> set[str]:
    """The words `Termbase.find` looks forms up by: the runs of letters and digits of the
    lowercased text."""
    return set(_WORD.findall(text.lower()))


def _finder(entry: TermEntry, form: str, *, variant: bool) -> _Finder:
    return (entry, form, bool(_SPACED_SCRIPTS.search(form)), variant)


def _each_text(
    automaton: _Automaton, texts: Sequence[str], chosen: list[int]
) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """(text number, start in that text, finder indexes) of every occurrence of every key
    of `automaton` in the chosen texts, overlapping ones too, in order of text and then of
    their end: one scan of the texts joined by line breaks, which no key holds (so no
    occurrence spans two texts)."""
    if not chosen or automaton.empty:
        return
    if len(chosen) == 1 or not automaton.joinable:
        for number in chosen:
            for last, (length, indexes) in automaton.matches(texts[number]):
                yield number, last - length + 1, indexes
        return
    joined = "\n".join([texts[number] for number in chosen])
    ends = list(itertools.accumulate(len(texts[number]) + 1 for number in chosen))
    at = 0  # the place in `chosen` of the text the last occurrence was in
    base = 0  # where that text starts in `joined`
    bound = ends[0]
    for last, (length, indexes) in automaton.matches(joined):
        if last >= bound:
            at = bisect.bisect_right(ends, last, at)
            base, bound = ends[at - 1], ends[at]
        yield chosen[at], last - length + 1 - base, indexes


def _scan_literals(
    finders: _LanguageFinders,
    texts: Sequence[str],
    chosen: list[int],
    found: list[list[tuple[int, int, int]]],
) -> None:
    """Every unspaced literal of the chosen texts, as `finditer` would find each: one
    finder's matches do not overlap, the next is sought from the end of the last."""
    rows = finders.finders
    ends: dict[int, int] = {}
    current = -1
    for number, start, indexes in _each_text(finders.literals, texts, chosen):
        if number != current:
            current, ends = number, {}
        for index in indexes:
            if start < ends.get(index, 0):
                continue
            end = ends[index] = start + len(rows[index][1])
            found[number].append((start, end, index))


def _scan_keyed(
    finders: _LanguageFinders,
    texts: Sequence[str],
    lowered: list[str],
    chosen: list[int],
    found: list[list[tuple[int, int, int]]],
) -> None:
    """Try each spaced finder where its key occurs at a word start in the chosen texts
    (whose lowercased forms are `lowered`), as `finditer` would.

    A key starts with a letter or digit, and every form's regex refuses to start right
    after a word character or a hyphen; most occurrences of a short key ("us", "un") are
    inside longer words. So the scan is of the texts joined, each after a NUL, with every
    character that may stand before a match (`_boundaries`) made a NUL too, for the keys
    written the same way after a NUL (`_word_start_automaton`): only places at a word start
    come out of it, and each is checked against the text's own lowercased key.
    """
    if not chosen or finders.starts is None:
        return
    begins = list(itertools.accumulate((len(lowered[n]) + 1 for n in chosen), initial=1))
    scanned = _boundaries("\0" + "\0".join([lowered[n] for n in chosen]))
    ends: dict[int, int] = {}
    current = -1
    text = ""
    at = 0
    plains = finders._plain  # looked up here: a method call per try was a tenth of the scan
    for last, (length, options) in finders.starts.iter(scanned):
        start = last - length + 2  # the key's first character, after the NUL
        if not begins[at] <= start < begins[at + 1]:
            # Hits come in order of their end; one crossing into the next text (a key
            # holding a boundary character) may start in an earlier text than the last.
            at = bisect.bisect_right(begins, start) - 1
        number = chosen[at]
        low = lowered[number]
        start -= begins[at]
        for key, indexes in options:
            if not low.startswith(key, start):
                continue  # a key whose other characters were made NULs too, or across texts
            if number != current:  # hits inside a text come text after text
                current, ends, text = number, {}, texts[number]
            for index in indexes:
                if start < ends.get(index, 0):
                    continue
                plain = plains[index]
                if plain is False:
                    plain = finders.plain(index)
                if plain is not None:
                    words, strict = plain
                    end = _match_plain(words, text if strict else low, start)
                else:
                    matched = finders.pattern(index).match(text, start)
                    end = None if matched is None else matched.end()
                if end is not None:
                    ends[index] = end
                    found[number].append((start, end, index))


_BOUNDARY_TABLE = {
    point: 0 for point in range(128) if not (chr(point).isalnum() or chr(point) in "_-")
}
"""ASCII characters a form's match may start right after (neither a word character nor a
hyphen), to NUL."""


def _boundaries(text: str) -> str:
    """The text with every character a match may start right after made a NUL (the same
    length). `tests/test_termbase.py` holds that lowering a character that keeps its length
    and folds as the regex engine does never changes which side it is on."""
    table: dict[int, int] = _BOUNDARY_TABLE
    if not text.isascii():
        table = dict(table)
        for char in set(text):
            if ord(char) > 127 and (not char.isalnum() or _unspaced(char)):
                table[ord(char)] = 0
    return text.translate(table)


def _word_start_automaton(keys: dict[str, list[int]], written: list[str]) -> Any:
    """The keys (with their finder indexes) as they read in `_boundaries` of a text, after a
    NUL (`written`, in the keys' order): each way of reading to (its length, the keys
    written so with their finder indexes)."""
    if not keys:
        return None
    import ahocorasick

    options: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for (key, indexes), scanned in zip(keys.items(), written, strict=True):
        options.setdefault(scanned, []).append((key, tuple(indexes)))
    automaton = ahocorasick.Automaton()
    for scanned, keyed in options.items():
        automaton.add_word(scanned, (len(scanned), tuple(keyed)))
    automaton.make_automaton()
    return automaton


def _drop_shadowed(
    text: str, found: list[tuple[int, int, int]], finders: _LanguageFinders
) -> list[TermHit]:
    """The hits, in text order, without those inside a longer (or, at the same place, an
    official rather than a variant) hit of the same entry.

    One sweep in order of start, longest first: a hit lies inside an earlier one of its
    entry exactly when that entry's hits so far reach as far as it does. (Comparing each hit
    with every kept one was quadratic on long paragraphs.)
    """
    rows = finders.finders
    found.sort(key=lambda hit: (hit[0], -hit[1], rows[hit[2]][3], hit[2]))
    reach: dict[str, int] = {}
    kept: list[TermHit] = []
    for start, end, index in found:
        entry, _, _, variant = rows[index]
        if reach.get(entry.id, -1) >= end:
            continue
        reach[entry.id] = end
        kept.append(TermHit(entry, start, end, text[start:end], variant))
    return kept


def _base_language(language: str) -> str:
    return language.split("-")[0].lower()


# ── loading ───────────────────────────────────────────────────────────────────


TBX_SUFFIXES = frozenset({".tbx", ".xml"})


def load_termbase(
    paths: Iterable[Path] = (), *, builtin: bool = True, check_specs: bool = True
) -> Termbase:
    """The built-in termbase (unless `builtin=False`) plus the user's files, in order.

    A user entry with the id of an earlier one replaces it, so a newsroom can correct the
    built-in wording. Files ending in .tbx or .xml are read as TBX (v2 martif or v3
    TBX-Basic), the rest as YAML. Every entry's `specs` run on the merged termbase (unless
    `check_specs=False`); the first failing one raises `TermbaseError` at its file:line.
    """
    paths = list(paths)
    if builtin and not paths and check_specs:
        return _checked_builtin()
    sources = [(path, _read_termbase_source(path)) for path in paths]

    def build() -> tuple[TermEntry, ...]:
        entries: dict[str, TermEntry] = {}
        if builtin:
            for entry in _builtin_entries():
                entries[entry.id] = entry
        for path, data in sources:
            for entry in _parse_termbase_source(path, data):
                entries[entry.id] = entry
        merged = tuple(entries.values())
        if check_specs:
            _run_specs(Termbase(merged))
        return merged

    if not check_specs:
        return Termbase(build())
    # The merged termbase whose specs passed is compiled once per content, like the
    # built-in one: what identifies it is every file's path (entries say where they come
    # from) and content, and whether the built-in one is under them.
    from factcheck.terms.termbase_cache import cached_termbase

    parts: list[str | bytes] = [_builtin_text() if builtin else "no built-in termbase"]
    for path, data in sources:
        parts += [str(path), data]
    return cached_termbase(parts, build)


def _read_termbase_source(path: Path) -> str | bytes:
    """A termbase file's content: bytes for TBX (XML declares its encoding), else text."""
    if path.suffix.lower() in TBX_SUFFIXES:
        from factcheck.terms.tbx import read_tbx_file  # lxml only for a TBX file

        return read_tbx_file(path)
    return read_text_file(path, TermbaseError, "termbase")


def _parse_termbase_source(path: Path, data: str | bytes) -> list[TermEntry]:
    if isinstance(data, bytes):
        from factcheck.terms.tbx import parse_tbx

        return [_entry_from_tbx(concept) for concept in parse_tbx(data, str(path))]
    return parse_termbase(data, str(path))


def _run_specs(termbase: Termbase) -> None:
    # The linter lives above the termbase (it imports this module), so it is imported here,
    # at the one place a loaded termbase is handed to it.
    from factcheck.terms.lint import check_specs

    check_specs(termbase)


@cache
def _checked_builtin() -> Termbase:
    return _checked_builtin_termbase()


def _checked_builtin_entries() -> tuple[TermEntry, ...]:
    """The built-in entries, their specs passed (see `_checked_builtin_termbase`)."""
    return _checked_builtin_termbase().entries


def _checked_builtin_termbase() -> Termbase:
    """The built-in termbase, its specs passed: as compiled into the wheel when it was built
    for this code, else from the compiled cache when it has it."""
    from factcheck.terms.shipped_termbase import shipped_termbase
    from factcheck.terms.termbase_cache import cached_termbase

    parts = [_builtin_text()]
    shipped = shipped_termbase(parts)
    if shipped is not None:
        return shipped
    return cached_termbase(parts, compile_builtin)


def compile_builtin() -> tuple[TermEntry, ...]:
    """The built-in entries, parsed and their specs run (`TermbaseError` when one fails)."""
    entries = _builtin_entries()
    _run_specs(Termbase(entries))
    return entries


@cache
def _builtin_entries() -> tuple[TermEntry, ...]:
    return tuple(parse_termbase(_builtin_text(), f"<built-in {BUILTIN}>"))


@cache
def _builtin_text() -> str:
    from importlib import resources  # its import is a few ms; lint of a user's termbase skips it

    return resources.files("factcheck.data").joinpath(BUILTIN).read_text(encoding="utf-8")


def _entry_from_tbx(concept: TbxConcept) -> TermEntry:
    return TermEntry(
        id=concept.id,
        kind=EntryKind.TERM,
        forms={language: tuple(forms) for language, forms in concept.forms.items()},
        variants={language: tuple(forms) for language, forms in concept.deprecated.items()},
        severity=Severity.WARNING if concept.deprecated else Severity.INFO,
        note=concept.note,
        reference=concept.reference,
        weight=_KIND_WEIGHT[EntryKind.TERM],
        origin=f"{concept.file}:{concept.line}",
    )


def parse_termbase(text: str, file: str) -> list[TermEntry]:
    """The entries of one termbase file; `TermbaseError` with file:line:col on any problem."""
    from factcheck.claimfiles.yamlnodes import NodeReader, compose_yaml

    read = NodeReader(file, TermbaseError)
    root = compose_yaml(text, file, TermbaseError)
    if root is None:
        raise TermbaseError("termbase is empty", None, "see docs/termbases.md")
    top = read.mapping(root, "the termbase", frozenset({"version", "name", "entries"}))
    if "version" in top and read.string(top["version"][1], "version") != "1":
        raise read.fail(top["version"][1], "unknown termbase version", "only version 1 exists")
    if "entries" not in top:
        raise read.fail(root, "the termbase has no 'entries' list")
    entries: list[TermEntry] = []
    seen: dict[str, int] = {}
    for node in read.sequence(top["entries"][1], "entries"):
        entry = _parse_entry(read, node)
        if entry.id in seen:
            raise read.fail(
                node, f"duplicate entry id '{entry.id}' (first at line {seen[entry.id]})"
            )
        seen[entry.id] = node.start_mark.line + 1
        entries.append(entry)
    return entries


def _parse_entry(read: NodeReader, node: yaml.Node) -> TermEntry:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise read.fail(node, "an entry must be a mapping")
    language_keys = {
        key.value
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
        and _LANGUAGE.match(str(key.value))
        and key.value not in _ENTRY_KEYS  # "id" is also Indonesian; the field wins
    }
    fields = read.mapping(node, "an entry", _ENTRY_KEYS | language_keys)
    if "id" not in fields:
        raise read.fail(node, "an entry needs an 'id'")
    entry_id = read.string(fields["id"][1], "id")
    if not _ID.match(entry_id):
        raise read.fail(fields["id"][1], f"bad entry id '{entry_id}'", "use a-z, 0-9 and '-'")
    what = f"entry '{entry_id}'"
    kind = EntryKind.TERM
    if "kind" in fields:
        kind = _enum(read, fields["kind"][1], EntryKind, f"kind of {what}")
    forms = {
        language: tuple(read.string_list(fields[language][1], f"{language} forms of {what}"))
        for language in sorted(language_keys)
    }
    if not forms:
        raise read.fail(node, f"{what} has no forms", "add e.g. 'en: [Indo-Pacific]'")
    variants: dict[str, tuple[str, ...]] = {}
    if "variants" in fields:
        vnode = fields["variants"][1]
        vfields = read.mapping(vnode, f"variants of {what}", frozenset())
        for language, (key_node, value_node) in vfields.items():
            if not _LANGUAGE.match(language):
                raise read.fail(key_node, f"'{language}' is not a language code")
            variants[language] = tuple(read.string_list(value_node, f"variants of {what}"))
    severity = Severity.INFO
    if "severity" in fields:
        severity = _enum(read, fields["severity"][1], Severity, f"severity of {what}")
    weight = _KIND_WEIGHT[kind]
    if "weight" in fields:
        weight = read.number(fields["weight"][1], f"weight of {what}")
    text_field = {
        key: read.string(fields[key][1], f"{key} of {what}") if key in fields else ""
        for key in ("issuer", "note", "reference")
    }
    role = None
    if "role" in fields:
        if kind is not EntryKind.NAME:
            raise read.fail(
                fields["role"][0], f"only name entries have a role ({what} is a {kind.value})"
            )
        role = _enum(read, fields["role"][1], NameRole, f"role of {what}")
    switches = {
        key: _boolean(read, fields[key][1], f"{key} of {what}") if key in fields else True
        for key in ("fix", "infer")
    }
    specs: tuple[TermSpec, ...] = ()
    if "specs" in fields:
        specs = tuple(
            _parse_spec(read, spec, what, forms)
            for spec in read.sequence(fields["specs"][1], f"specs of {what}")
        )
    return TermEntry(
        id=entry_id,
        kind=kind,
        forms=forms,
        variants=variants,
        severity=severity,
        weight=weight,
        origin=f"{read.file}:{node.start_mark.line + 1}",
        specs=specs,
        issuer=text_field["issuer"],
        note=text_field["note"],
        reference=text_field["reference"],
        fix=switches["fix"],
        infer=switches["infer"],
        role=role,
    )


def is_person(entry: TermEntry) -> bool:
    """Whether the entry names a person (not a title, office, place or country)."""
    return entry.kind is EntryKind.NAME and entry.role is NameRole.PERSON


def is_title(entry: TermEntry) -> bool:
    return entry.kind is EntryKind.NAME and entry.role is NameRole.TITLE


def _parse_spec(
    read: NodeReader, node: yaml.Node, what: str, forms: dict[str, tuple[str, ...]]
) -> TermSpec:
    import yaml

    from factcheck.claimfiles.yamlnodes import where

    fields = read.mapping(node, f"a spec of {what}", _SPEC_KEYS)
    if "text" not in fields or "finds" not in fields:
        raise read.fail(
            node, f"a spec of {what} needs 'text' and 'finds'", "finds: none when it finds nothing"
        )
    text = read.string(fields["text"][1], f"text of a spec of {what}")
    finds_node = fields["finds"][1]
    finds: tuple[str, ...] = ()
    is_null = isinstance(finds_node, yaml.ScalarNode) and finds_node.tag.endswith(":null")
    if not is_null:
        finds = tuple(read.string_list(finds_node, f"finds of a spec of {what}"))
        if finds == ("none",):
            finds = ()
    fixed = None
    if "fixed" in fields:
        fixed = read.string(fields["fixed"][1], f"fixed of a spec of {what}")
    language = "en" if "en" in forms or not forms else sorted(forms)[0]
    if "language" in fields:
        language = read.string(fields["language"][1], f"language of a spec of {what}")
        if not _LANGUAGE.match(language):
            raise read.fail(fields["language"][1], f"'{language}' is not a language code")
    return TermSpec(text, finds, fixed, language, where(node, read.file))


def _boolean(read: NodeReader, node: yaml.Node, what: str) -> bool:
    import yaml

    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool"):
        return str(node.value).lower() in {"true", "yes", "on"}
    raise read.fail(node, f"{what} must be true or false")


def _enum(read: NodeReader, node: yaml.Node, cls: type[E], what: str) -> E:
    value = read.string(node, what)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise read.fail(
            node, f"{what}: '{value}' is not allowed", f"use one of {allowed}"
        ) from None
