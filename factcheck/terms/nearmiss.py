"""Near-miss inference: garbled official terms that no termbase lists.

Takes text in a language written with spaces and a termbase; gives `NearMiss`es, spans that
look like an official multiword term bent by translation:

- spacing and hyphenation: "Indo Pacific", "Indo - Pacific", "IndoPacific";
- calques, a word swapped for its dictionary equivalent: "India-Pacific", "Liberal and Open
  Indo-Pacific", "Japan-America Alliance" (the equivalents are in `EQUIVALENTS`);
- changed word order: "Pacific Indo", and with calques "Friendly and wide Pacific India";
- a wrong word: a misspelt word of the term ("Indo-Pacifc"), or, when the span is written
  like a name (capitalised or quoted), one word replaced ("Free and Fair Indo-Pacific");
- plural drift of a singular institution: "Japan-US alliances", "alliances between Japan
  and the U.S." (there is one Japan-U.S. Alliance).

Only terms (`kind: term`) of severity warning or error with `infer: true` are inferred; a
term of severity info is vocabulary whose plural or paraphrase is normal prose. Candidates
must be adjacent words (no sentence punctuation inside), and are scored with rapidfuzz: the
mean of the similarity of the words as written and of their canonical (calque-folded) forms.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import attrgetter
from typing import Any, NamedTuple, overload

from factcheck.severity import Severity
from factcheck.terms.termbase import EntryKind, TermEntry
from factcheck.text.spans import DisjointSpans, Place, SpanIndex

MIN_SCORE = 70.0
"""Candidates scoring below this are dropped."""
TYPO_SIMILARITY = 75.0
"""Two different words this similar (rapidfuzz ratio) count as one misspelt."""

EQUIVALENTS: dict[str, str] = {
    # word-for-word translations seen for the parts of official terms → the official word
    "india": "indo",
    "indian": "indo",
    "america": "us",
    "american": "us",
    "usa": "us",
    "japanese": "japan",
    "defence": "defense",
    "army": "forces",
    "military": "forces",
    "friendly": "free",
    "liberal": "free",
    "freedom": "free",
    "wide": "open",
    "broad": "open",
    "opened": "open",
    "openness": "open",
    "kidnapping": "abductions",
    "kidnappings": "abductions",
    "abduction": "abductions",
    "problem": "issue",
    "matter": "issue",
}
"""Calque table: a word a translation puts in place of the word an official term uses."""

_WRITTEN_AS: dict[str, tuple[str, ...]] = {}
"""Canonical word → the written words `EQUIVALENTS` maps to it."""
for _word, _canon in EQUIVALENTS.items():
    _WRITTEN_AS[_canon] = (*_WRITTEN_AS.get(_canon, ()), _word)

_FUNCTION_WORDS = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "s"})
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)?")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# `_TOKEN_SPLIT` on lowercased ASCII text holding no apostrophe and no dotted abbreviation:
# its first branch needs "x.y.", its second's tail an apostrophe, and what is left of a
# letter or digit other than "_" is [a-z0-9]. Half the time of the general pattern.
_PLAIN_SPLIT = re.compile(r"([a-z0-9]+)")
# In every lowercased text holding a dotted abbreviation; opening with a literal, it is cheap.
_DOTTED = re.compile(r"\.[a-z]\.")
_JOINABLE_GAP = re.compile(r"[ \t]*\n?[ \t]*(?:[-‐‑–—][ \t]*\n?[ \t]*)?")
# A character no window of adjacent words holds: neither a letter or digit of a word, nor an
# apostrophe inside one, nor what `_JOINABLE_GAP` allows between two.
_NOT_IN_WINDOW = re.compile(r"[^\w' \t\n\-‐‑–—]|_")
_HOLDER_CUES = frozenset(
    {
        "both",
        "all",
        "several",
        "many",
        "other",
        "others",
        "each",
        "various",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "countries",
        "members",
        "nations",
        "allies",
        "partners",
        "states",
        "governments",
        "capitals",
        "neighbors",
        "neighbours",
    }
)
_FEW = 8
"""Up to this many known spans of an entry are compared one by one; more are indexed."""
_QUOTES = frozenset("\"'“”‘’«»「」")


_Check = tuple[str, tuple[str, ...] | None]
"""What a trigger word opens a search for: an entry's id, and the company of its form."""


class _TriggerScan:
    """The trigger words in one automaton, with each word's checks by its place.

    ahocorasick_rs's contiguous NFA scans a text in about two thirds of pyahocorasick's
    time; its DFA scans faster still, but building it for a 500-entry termbase costs about
    a tenth of a one-article lint process, at every start."""

    def __init__(self, words: list[str], checks: list[tuple[_Check, ...] | None]) -> None:
        import ahocorasick_rs

        self.words = words
        self.checks = checks
        self.automaton = ahocorasick_rs.AhoCorasick(
            words, implementation=ahocorasick_rs.Implementation.ContiguousNFA
        )

    def items(self) -> list[tuple[str, tuple[_Check, ...] | None]]:
        """Each trigger word with its checks."""
        return list(zip(self.words, self.checks, strict=True))


class NearMissKind(enum.Enum):
    SPACING = "spacing"
    """The term's words, spaced or hyphenated differently."""
    CALQUE = "calque"
    """A word of the term replaced by a dictionary equivalent."""
    WORD_ORDER = "word-order"
    """The term's words (or their equivalents) in another order."""
    WRONG_WORD = "wrong-word"
    """A word of the term misspelt, or replaced inside a name-like span."""
    PLURAL = "plural"
    """A singular institution written in the plural."""


@dataclass(frozen=True)
class NearMiss:
    """An unlisted span that looks like a garbled official term."""

    entry: TermEntry
    start: int
    end: int
    surface: str
    kind: NearMissKind
    score: float
    """0–100: how close the span is to `form` (see the module docstring)."""
    form: str
    """The official or admitted form it resembles."""


class _Token(NamedTuple):
    # Internal records, made for every word a window looks at and every form at every start:
    # named tuples, which cost a fraction of a frozen dataclass to define at import.
    start: int
    end: int
    raw: str
    """Lowercased, dots removed: "U.S." → "us"."""
    canon: str
    """`raw` through the calque table."""
    capitalised: bool


class _Form(NamedTuple):
    entry: TermEntry
    text: str
    raw: tuple[str, ...]
    canon: tuple[str, ...]
    separators: tuple[str, ...]
    """What stands between the words in the form: "-" or " "."""
    words: frozenset[str]
    content: frozenset[str]
    """Canonical words other than function words."""


class _StoredForms(Sequence[_Form]):
    """The forms of a `NearMissFinder` read back from its table, each made when first asked
    for: a text needs few of a termbase's forms."""

    def __init__(
        self,
        entries: Sequence[TermEntry],
        places: list[int],
        texts: list[str],
        raws: list[list[str]],
        separators: list[list[str]],
    ) -> None:
        if not len(places) == len(texts) == len(raws) == len(separators):
            raise ValueError("forms")
        self._rows = (entries, places, texts, raws, separators)
        self._made: list[_Form | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> _Form: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Form]: ...

    def __getitem__(self, index: int | slice) -> _Form | list[_Form]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        form = self._made[index]
        if form is None:
            entries, places, texts, raws, separators = self._rows
            raw = tuple(raws[index])
            canon = tuple(map(EQUIVALENTS.get, raw, raw))
            form = self._made[index] = _Form(
                entries[places[index]],
                texts[index],
                raw,
                canon,
                tuple(separators[index]),
                frozenset(canon),
                frozenset(word for word in canon if word not in _FUNCTION_WORDS),
            )
        return form


def inferable(entry: TermEntry) -> bool:
    """Whether near-misses of this entry are inferred."""
    return (
        entry.infer
        and entry.kind is EntryKind.TERM
        and (entry.severity is Severity.ERROR or entry.severity is Severity.WARNING)
    )


class NearMissFinder:
    """The inferable forms of a termbase in one language, indexed by their words."""

    def __init__(self, entries: Sequence[TermEntry], language: str) -> None:
        self.forms: Sequence[_Form] = []
        self.by_word: dict[str, set[int]] = {}
        self.joined: dict[str, int] = {}
        self.plural_heads: dict[str, set[int]] = {}
        self.official: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        self._stored_official: tuple[list[list[str]], list[list[str]]] | None = None
        for entry in entries:
            if entry.kind is not EntryKind.TERM:
                continue  # only terms are official forms, and only terms are inferred
            made = [_make_form(entry, text) for text in entry.forms.get(language, ())]
            forms = [form for form in made if form is not None]
            for form in forms:
                self.official.add((form.raw, form.separators))
            if not inferable(entry):
                continue
            for form in forms:
                index = len(self.forms)
                self.forms.append(form)
                self.joined.setdefault("".join(form.raw), index)
                head = form.canon[-1]
                if not head.endswith("s"):
                    for plural in (head + "s", head + "es"):
                        self.plural_heads.setdefault(plural, set()).add(index)
        # A candidate window holds all of a form's words but one, so it holds at least one of
        # any two of them: filing each form under its two rarest words finds every candidate
        # while common words ("Council", "Japan") no longer open windows for every form.
        frequency = Counter(word for form in self.forms for word in form.content)
        for index, form in enumerate(self.forms):
            if len(form.content) >= 2:
                seeds = sorted(form.content, key=lambda word: (frequency[word], word))[:2]
            else:
                seeds = sorted(form.words)
            for word in seeds:
                self.by_word.setdefault(word, set()).add(index)
        wanted = frozenset(self.by_word) | frozenset(self.plural_heads)
        # The written words that open a search: a word whose canonical form is wanted, or
        # one that runs a form's words together ("indopacific"). Matching them as written
        # spares folding every word of every paragraph.
        self.triggers = (
            frozenset(word for word in wanted if word not in EQUIVALENTS)
            | frozenset(word for word, canon in EQUIVALENTS.items() if canon in wanted)
            | frozenset(self.joined)
        )
        self._trigger_scan: _TriggerScan | None = None
        if self.triggers:
            ids = [form.entry.id for form in self.forms]
            # Each form's check as a window opener, made once, not once per trigger word.
            opens = [(ids[index], self._company(index)) for index in range(len(self.forms))]
            no_words: tuple[int, ...] = ()
            words: list[str] = []
            all_checks: list[tuple[_Check, ...] | None] = []
            for word in sorted(self.triggers):
                canon = EQUIVALENTS.get(word, word)
                opened = {opens[index] for index in self.by_word.get(canon, no_words)}
                heads = self.plural_heads.get(canon)
                if heads:
                    opened.update((ids[index], None) for index in heads)
                # None: the word runs a form together, a search `_loud` cannot rule out.
                # (One check needs no order: `str` of each is most of the loop's time.)
                checks = (
                    None
                    if word in self.joined
                    else tuple(opened)
                    if len(opened) < 2
                    else tuple(sorted(opened, key=str))
                )
                words.append(word)
                all_checks.append(checks)
            self._trigger_scan = _TriggerScan(words, all_checks)

    def table(self, positions: dict[int, int]) -> dict[str, Any]:
        """This index as plain data, flat lists (`from_table` reads it back): each form's
        entry as its place in the termbase (`positions`: `id` of an entry → place); a set as
        its items in the order they were added, so that it iterates as this one does."""
        forms = self.forms
        companies = [self._company(index) for index in range(len(forms))]
        # A trigger's checks, each as the place of an equal one in `opens`: (entry id, the
        # company of a form) for the form's place, (entry id, None) for the place plus the
        # number of forms.
        opens = [(form.entry.id, company) for form, company in zip(forms, companies, strict=True)]
        opens += [(form.entry.id, None) for form in forms]
        place_of: dict[tuple[str, tuple[str, ...] | None], int] = {}
        for place, check in enumerate(opens):
            place_of.setdefault(check, place)
        scan = self._trigger_scan
        triggers = scan.items() if scan is not None else []
        return {
            "places": [positions[id(form.entry)] for form in forms],
            "texts": [form.text for form in forms],
            "raw": [form.raw for form in forms],
            "separators": [form.separators for form in forms],
            "companies": companies,
            "seeds": list(self.by_word),
            "seeded": [sorted(indexes) for indexes in self.by_word.values()],
            "joined": list(self.joined),
            "joined_forms": list(self.joined.values()),
            "plurals": list(self.plural_heads),
            "plural_forms": [sorted(indexes) for indexes in self.plural_heads.values()],
            "official_raw": [raw for raw, _ in self._official()],
            "official_separators": [separators for _, separators in self._official()],
            "triggers": [word for word, _ in triggers],
            "checks": [
                None if checks is None else [place_of[check] for check in checks]
                for _, checks in triggers
            ],
        }

    @classmethod
    def from_table(cls, entries: Sequence[TermEntry], table: object) -> NearMissFinder:
        """The index `table` stored, the same as `NearMissFinder(entries, language)` would
        build; TypeError, ValueError, KeyError or IndexError when it is not what `table`
        wrote. Lists are checked whole, by built-in functions (see
        `termbase._LanguageFinders.from_table`)."""
        from factcheck.terms import tables

        data = tables.mapping(table)
        places = tables.indexes(data["places"], len(entries))
        forms = _StoredForms(
            entries,
            places,
            tables.strings(data["texts"]),
            tables.string_lists(data["raw"]),
            tables.string_lists(data["separators"]),
        )
        size = len(forms)
        finder = object.__new__(cls)
        finder.forms = forms
        finder.by_word = dict(
            zip(
                tables.strings(data["seeds"]),
                map(set, tables.index_lists(data["seeded"], size)),
                strict=True,
            )
        )
        finder.joined = dict(
            zip(
                tables.strings(data["joined"]),
                tables.indexes(data["joined_forms"], size),
                strict=True,
            )
        )
        finder.plural_heads = dict(
            zip(
                tables.strings(data["plurals"]),
                map(set, tables.index_lists(data["plural_forms"], size)),
                strict=True,
            )
        )
        official = (
            tables.string_lists(data["official_raw"]),
            tables.string_lists(data["official_separators"]),
        )
        if len(official[0]) != len(official[1]):
            raise ValueError("official forms")
        finder.official = set()
        finder._stored_official = official
        companies = tables.items(data["companies"])
        if len(companies) != size or not set(map(type, companies)) <= {list, type(None)}:
            raise TypeError("companies")
        tables.string_lists([company for company in companies if company is not None])
        ids = list(map(attrgetter("id"), map(entries.__getitem__, places)))
        opens = [
            (entry_id, None if company is None else tuple(company))
            for entry_id, company in zip(ids, companies, strict=True)
        ]
        opens += [(entry_id, None) for entry_id in ids]
        checks = tables.items(data["checks"])
        if not set(map(type, checks)) <= {list, type(None)}:
            raise TypeError("checks")
        tables.indexes(
            list(chain.from_iterable(item for item in checks if item is not None)), len(opens)
        )
        words = tables.strings(data["triggers"])
        finder.triggers = frozenset(words)
        finder._trigger_scan = None
        if words:
            finder._trigger_scan = _TriggerScan(
                words,
                [None if item is None else tuple(map(opens.__getitem__, item)) for item in checks],
            )
        return finder

    def find(
        self,
        text: str,
        known: Mapping[str, Sequence[tuple[int, int]]] | None = None,
        tokens: Tokens | None = None,
    ) -> list[NearMiss]:
        """Candidate near-misses in `text`, overlapping ones resolved (longest, best first).

        `known` maps an entry id to spans where the text already names that entry (its
        official form or a listed variant); no candidate of the entry is tried around a word
        inside them, since the known mention wins there anyway. `tokens` are `Tokens(text)`
        when the caller has made them already.
        """
        known = known or {}
        places: dict[str, SpanIndex[Place]] = {}

        def within(entry_id: str, start: int, end: int) -> bool:
            spans = known.get(entry_id, ())
            if len(spans) <= _FEW:
                for a, b in spans:  # a loop, not `any` of a generator: called very often
                    if a <= start and end <= b:
                        return True
                return False
            if entry_id not in places:
                places[entry_id] = SpanIndex([Place(*span) for span in spans])
            return places[entry_id].holds(start, end)

        loud = None
        if tokens is None:
            loud = self._loud(text, within)
            if loud is not None and not loud:
                return []
            tokens = Tokens(text)
        positions = tokens.positions(self.triggers)
        if loud is not None:
            # Words `_loud` cleared find nothing: no window over them is a candidate.
            spans = tokens.spans
            positions = [position for position in positions if spans[position][0] in loud]

        found: list[NearMiss] = []
        tried: set[tuple[int, int]] = set()
        canon_words = tokens.canon
        for position in positions:
            canon = tokens.canon[position]
            plural = self.plural_heads.get(canon, ())
            joined = self.joined.get(tokens.raw[position])
            start, end = tokens.spans[position]
            for index in self.by_word.get(canon, ()):
                form = self.forms[index]
                if within(form.entry.id, start, end):
                    continue
                size = len(form.raw)
                lowest = max(0, position - size + 1)
                # Which words around hold a word of the form, counted once for all the
                # windows over this word: most share only this one word with the form.
                inside = [word in form.words for word in canon_words[lowest : position + size]]
                for first in range(lowest, position + 1):
                    if (index, first) not in tried:
                        tried.add((index, first))
                        held = inside[first - lowest : first - lowest + size]
                        if len(held) < size or sum(held) < size - 1:
                            continue
                        found.extend(
                            miss
                            for miss in _window(text, tokens, first, form)
                            if not self._moved_block(text, tokens[first : first + size], miss)
                        )
            for index in plural:
                if within(self.forms[index].entry.id, start, end):
                    continue
                found.extend(self._plurals(text, tokens, position, self.forms[index]))
            if joined is not None:
                token = tokens[position]
                form = self.forms[joined]
                found.append(_near_miss(text, form, token.start, token.end, NearMissKind.SPACING))
        return _resolve_overlaps([miss for miss in found if miss.score >= MIN_SCORE])

    def _official(self) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Every official form's words and separators (of every term, inferable or not)."""
        if self._stored_official is not None:
            raws, separators = self._stored_official
            self.official = set(zip(map(tuple, raws), map(tuple, separators), strict=True))
            self._stored_official = None
        return self.official

    def _company(self, index: int) -> tuple[str, ...] | None:
        """The words as written (lowercased) that stand for a word of a form of three or
        more different words, or None for a shorter form or one repeating a word.

        A window over such a form needs two of its words; when the trigger word is the only
        one of these in the stretch of text a window over it could cover (adjacent words),
        no window over the form can be a candidate.
        """
        form = self.forms[index]
        if len(form.raw) < 3 or len(set(form.canon)) < len(form.canon):
            return None
        written = set(form.words).union(*(_WRITTEN_AS.get(canon, ()) for canon in form.words))
        return tuple(sorted(word for word in written if EQUIVALENTS.get(word, word) in form.words))

    def _loud(self, text: str, within: Callable[[str, int, int], bool]) -> set[int] | None:
        """Where the words start that `find` must search from in `text`, told without
        splitting it into words; empty when it would find nothing. A word that opens a search
        need not be searched from when it lies inside a known mention of each entry it would
        open a search for, or is the only word of the form it would try among the words
        adjacent to it (see `_company`): no window over it can be a candidate.

        Most blocks of an article hold no trigger word, or hold one only inside the term
        the termbase found there; telling so from one automaton scan spares splitting them
        into words, which was most of the linter's time, and in the other blocks it spares
        trying every window around every such word. Only texts whose words are their
        lowercased letters as written are told apart here (no dotted abbreviation, no
        change of length in lowering, no Kelvin sign); for the rest the answer is None:
        search from every trigger word.
        """
        loud: set[int] = set()
        if self._trigger_scan is None:
            return loud
        lowered = text.lower()
        if len(lowered) != len(text) or "\u212a" in text or _DOTTED.search(lowered):
            return None
        # "’" and "'" are one apostrophe to `_unify`, and one class to `_TOKEN`.
        lowered = lowered.replace("’", "'")
        size = len(lowered)
        every_checks = self._trigger_scan.checks
        for number, start, last in self._trigger_scan.automaton.find_matches_as_indexes(
            lowered, overlapping=True
        ):
            checks = every_checks[number]
            last -= 1
            # A word starts after a character that is not a letter or digit.
            if start and lowered[start - 1].isalnum():
                continue
            end = last + 1
            after = lowered[end] if end < size else " "
            if after.isalnum() or after == "'":
                # The word goes on ("japan's", "usa"): `_TOKEN` matches from here the word
                # `Tokens` makes, and that may still be this trigger ("japan's" is "japan").
                match = _TOKEN.match(lowered, start)
                if match is None:  # pragma: no cover - a trigger starts with a letter or digit
                    continue
                word = match.group(0)
                if (word if word.isalnum() else _unify(word)) != lowered[start : last + 1]:
                    continue
                end = match.end()
            if checks is None:
                loud.add(start)
                continue
            for entry_id, company in checks:
                if within(entry_id, start, end):
                    continue
                if company is None:
                    loud.add(start)
                    break
                if not _alone(lowered, company, start):
                    loud.add(start)
                    break
        return loud

    def _moved_block(self, text: str, window: list[_Token], miss: NearMiss) -> bool:
        """A word-order candidate holding a correctly written term ("keep the Indo-Pacific
        free and open") moved that term as a block: syntax, not a garbled "Free and Open
        Indo-Pacific"."""
        if miss.kind is not NearMissKind.WORD_ORDER:
            return False
        for size in range(2, len(window)):
            for first in range(len(window) - size + 1):
                part = window[first : first + size]
                if (tuple(t.raw for t in part), _gaps(text, part)) in self._official():
                    return True
        return False

    def _plurals(self, text: str, tokens: Tokens, position: int, form: _Form) -> list[NearMiss]:
        modifiers = Counter(form.canon[:-1])
        if not modifiers:
            return []
        size = len(form.raw)
        # "Japan-US alliances": the modifiers, in any order, right before the plural head.
        before = tokens[max(0, position - size + 1) : position + 1]
        if len(before) == size and _joined(text, before):
            if Counter(t.canon for t in before[:-1]) == modifiers:
                return [_plural(text, form, before[0], before[-1])]
        if len(modifiers) != 2:
            return []
        # "alliances between Japan and the US": one alliance joins the two parties.
        after = tokens[position : position + 7]
        if len(after) >= 5 and after[1].raw == "between" and after[3].raw == "and":
            for length in (5, 6, 7):
                span = after[:length]
                if len(span) == length and _parties(span[2:]) == modifiers:
                    if _plain_gaps(text, span):
                        return [_plural(text, form, span[0], span[-1])]
        # "alliances with the US" and "the bilateral alliances" are plural drift only when
        # the paragraph is about the two parties and the sentence names no several holders
        # ("Three of the four members have alliances with the United States" is right).
        if _several_holders(text, tokens, position):
            return []
        first, last = _line_tokens(text, tokens, position)
        mentioned = Counter({word for word in tokens.canon[first:last] if word in modifiers})
        explicit = len(after) > 1 and after[1].raw in {"with", "between", "among"}
        if position > 0 and tokens[position - 1].raw == "bilateral" and not explicit:
            if mentioned == modifiers and _plain_gaps(text, tokens[position - 1 : position + 1]):
                return [_plural(text, form, tokens[position - 1], tokens[position])]
        if len(after) >= 3 and after[1].raw == "with":
            for length in (3, 4, 5):
                span = after[:length]
                party = _parties(span[2:])
                if (
                    len(span) == length
                    and span[2].raw not in {"a", "an"}
                    and sum(party.values()) == 1
                    and not party - modifiers
                    and mentioned == modifiers
                    and _plain_gaps(text, span)
                    and not _list_follows(text, tokens, position + length - 1)
                ):
                    return [_plural(text, form, span[0], span[-1])]
        return []


def _alone(lowered: str, company: tuple[str, ...], start: int) -> bool:
    """Whether no word of `company` stands in `lowered` among the words adjacent to the
    trigger word at `start` but where it starts (what starts there is part of the trigger
    word itself). The words of a window are adjacent (`_joined`): a window holding both
    holds no character of `_NOT_IN_WINDOW` between them."""
    for word in company:
        at = lowered.find(word)
        while at >= 0:
            if (
                at != start
                and _NOT_IN_WINDOW.search(lowered, min(at, start), max(at, start)) is None
            ):
                return False
            at = lowered.find(word, at + 1)
    return True


def _plural(text: str, form: _Form, first: _Token, last: _Token) -> NearMiss:
    return _near_miss(text, form, first.start, last.end, NearMissKind.PLURAL)


def _several_holders(text: str, tokens: Tokens, position: int) -> bool:
    """Whether the sentence around `position` names several holders of the plural thing.

    Cues: a count or collective word ("three", "members", "allies"), or two capitalised
    names joined by "and" ("Japan and South Korea have alliances with the US").
    """
    at = tokens[position].start
    line_start, line_end = _line(text, at)
    start = max(text.rfind(". ", line_start, at), line_start)
    stop = text.find(". ", at, line_end)
    stop = line_end if stop < 0 else stop + 1
    first = bisect.bisect_left(tokens.spans, (start, 0))
    last = bisect.bisect_right(tokens.spans, (stop, 0))
    sentence = tokens[first:last]
    if any(t.raw in _HOLDER_CUES or t.raw.isdigit() for t in sentence):
        return True
    return any(
        a.capitalised and b.raw == "and" and c.capitalised
        for a, b, c in zip(sentence, sentence[1:], sentence[2:], strict=False)
    )


def _line(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding offset `at`.

    A line is the widest context a rule reads (the paragraph it is about, the sentence it
    counts holders in): a paragraph-per-line article and the same article with blank lines
    between paragraphs then give the same findings, and no rule rereads a whole long block.
    """
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _line_tokens(text: str, tokens: Tokens, position: int) -> tuple[int, int]:
    """The range of token indexes on the line of token `position`."""
    start, end = _line(text, tokens.spans[position][0])
    return (
        bisect.bisect_left(tokens.spans, (start, 0)),
        bisect.bisect_left(tokens.spans, (end, 0)),
    )


def _list_follows(text: str, tokens: Sequence[_Token], last: int) -> bool:
    """Whether more names follow a span's last word: "with Japan, Australia and India"."""
    if last + 1 >= len(tokens):
        return False
    gap = text[tokens[last].end : tokens[last + 1].start]
    return "," in gap or tokens[last + 1].raw in {"and", "or"}


def _parties(tokens: list[_Token]) -> Counter[str]:
    words = [t.canon for t in tokens if t.raw not in _FUNCTION_WORDS]
    text = " ".join(words).replace("united states", "us").replace("united kingdom", "uk")
    return Counter(text.split())


def _window(text: str, tokens: Tokens, first: int, form: _Form) -> list[NearMiss]:
    size = len(form.raw)
    canon = tokens.canon[first : first + size]
    # Cheap rejections first, on plain lists: most windows around a word of a term share
    # one word with it, or are the official form itself.
    if len(canon) < size or sum(word in form.words for word in canon) < size - 1:
        return []
    spans = tokens.spans[first : first + size]
    if tuple(tokens.raw[first : first + size]) == form.raw:
        gaps = tuple(text[a[1] : b[0]] for a, b in zip(spans, spans[1:], strict=False))
        if tuple(" " if gap.isspace() else gap for gap in gaps) == form.separators:
            return []
    window = tokens[first : first + size]
    if not _joined(text, window):
        return []
    kind = _classify(text, window, form)
    if kind is None:
        return []
    return [_near_miss(text, form, window[0].start, window[-1].end, kind)]


def _make_form(entry: TermEntry, text: str) -> _Form | None:
    if "*" in text:
        return None
    # The words' lists, not a `_Token` each: a termbase's forms are made at every start.
    tokens = Tokens(text)
    if len(tokens) < 2:
        return None
    pieces = tokens._pieces
    if pieces is not None:
        # The split's pieces alternate gap, word, gap …: the gaps between words (lowercased,
        # which keeps a hyphen a hyphen and nothing else one) are every other piece.
        gaps = pieces[2:-1:2]
    else:
        spans = tokens.spans
        gaps = [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    separators = tuple(["-" if "-" in gap else " " for gap in gaps])
    canon = tuple(tokens.canon)
    return _Form(
        entry=entry,
        text=text,
        raw=tuple(tokens.raw),
        canon=canon,
        separators=separators,
        words=frozenset(canon),
        content=frozenset(word for word in canon if word not in _FUNCTION_WORDS),
    )


def _tokenize(text: str) -> list[_Token]:
    tokens = Tokens(text)
    return [tokens[i] for i in range(len(tokens))]


def _normalise(word: str) -> str:
    if word.isalnum():
        return word.lower()
    return _unify(word.lower())


def _unify(word: str) -> str:
    """A lowercased word without dots, with one apostrophe and no possessive: "u.s." → "us"."""
    return word.replace(".", "").replace("’", "'").removesuffix("'s")


class Tokens(Sequence[_Token]):
    """The words of a text, built lazily: most words are only ever looked up in a set.

    Making a `_Token` for every word of every paragraph was most of the linter's time. One
    `split` gives the words and, through the lengths of the pieces between them, their
    offsets; words are normalised only when the text holds an apostrophe or a dotted
    abbreviation, canonical words and offsets only when a window needs them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._canon: list[str] | None = None
        self._spans: list[tuple[int, int]] | None = None
        self._pieces: list[str] | None = None
        self._made: dict[int, _Token] = {}
        lowered = text.lower()
        # Lowering must keep every offset and every word boundary for the words of the
        # lowered text to stand for the text's: the Kelvin sign is the one character whose
        # lowercase ("k") is an ASCII letter when it is not one, which a dotted
        # abbreviation ("K.S.") would join differently.
        if len(lowered) != len(text):
            self.raw = [_normalise(word) for word in _TOKEN.findall(text)]
            return
        if "\u212a" in text:
            self._spans = [match.span() for match in _TOKEN.finditer(text)]
            self.raw = [_unify(lowered[start:end]) for start, end in self._spans]
            return
        self._odd: dict[str, str] = {}
        """The words holding a dot or an apostrophe, as written (lowercased) → normalised."""
        odd = "'" in lowered or "’" in lowered or _DOTTED.search(lowered) is not None
        split = _PLAIN_SPLIT if not odd and lowered.isascii() else _TOKEN_SPLIT
        pieces = split.split(lowered)
        self._pieces = pieces
        words = pieces[1::2]
        if odd:
            self._odd = {word: _unify(word) for word in set(words) if not word.isalnum()}
            if self._odd:
                words = list(map(self._odd.get, words, words))
        self.raw = words

    @property
    def canon(self) -> list[str]:
        if self._canon is None:
            self._canon = list(map(EQUIVALENTS.get, self.raw, self.raw))
        return self._canon

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            if self._pieces is None:
                self._spans = [match.span() for match in _TOKEN.finditer(self.text)]
            else:
                # pieces alternate gap, word, gap, …, gap: running totals of their lengths
                # are where each word starts and ends.
                ends = list(accumulate(map(len, self._pieces)))
                self._spans = list(zip(ends[0:-1:2], ends[1::2], strict=True))
        return self._spans

    def positions(self, words: frozenset[str]) -> list[int]:
        """The indexes of the words whose (normalised) form is in `words`, in order."""
        raw = self.raw
        found: list[int] = []
        for word in words.intersection(raw):
            index = raw.index(word)
            while True:
                found.append(index)
                try:
                    index = raw.index(word, index + 1)
                except ValueError:
                    break
        found.sort()
        return found

    def __len__(self) -> int:
        return len(self.raw)

    @overload
    def __getitem__(self, index: int) -> _Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Token]: ...

    def __getitem__(self, index: int | slice) -> _Token | list[_Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        token = self._made.get(index)
        if token is None:
            start, end = self.spans[index]
            token = _Token(
                start, end, self.raw[index], self.canon[index], self.text[start].isupper()
            )
            self._made[index] = token
        return token


def _joined(text: str, window: list[_Token]) -> bool:
    """Adjacent words: only spaces, one line break or a dash between them."""
    return all(
        _JOINABLE_GAP.fullmatch(text, a.end, b.start) is not None
        for a, b in zip(window, window[1:], strict=False)
    )


def _plain_gaps(text: str, window: list[_Token]) -> bool:
    return all(text[a.end : b.start].isspace() for a, b in zip(window, window[1:], strict=False))


def _classify(text: str, window: list[_Token], form: _Form) -> NearMissKind | None:
    raw = tuple(t.raw for t in window)
    canon = tuple(t.canon for t in window)
    if raw == form.raw:
        return None if _same_separators(text, window, form) else NearMissKind.SPACING
    if canon == form.canon:
        return NearMissKind.CALQUE
    if Counter(canon) == Counter(form.canon):
        return NearMissKind.WORD_ORDER
    return NearMissKind.WRONG_WORD if _one_word_off(text, window, form) else None


def _same_separators(text: str, window: list[_Token], form: _Form) -> bool:
    return _gaps(text, window) == form.separators


def _gaps(text: str, window: list[_Token]) -> tuple[str, ...]:
    return tuple(
        " " if gap.isspace() else gap
        for gap in (text[a.end : b.start] for a, b in zip(window, window[1:], strict=False))
    )


def _one_word_off(text: str, window: list[_Token], form: _Form) -> bool:
    """One word differs, in place: misspelt, or replaced inside a name-like span of a long term.

    A replaced word must sit inside the term, not at its edge: both neighbours then anchor
    the span, while a changed edge word is usually just the next word of the sentence.
    """
    differ = [i for i, t in enumerate(window) if t.canon != form.canon[i]]
    if len(differ) != 1:
        return False
    (i,) = differ
    got, wanted = window[i].canon, form.canon[i]
    if wanted in _FUNCTION_WORDS or got in _FUNCTION_WORDS:
        return False
    if got in {wanted + "s", wanted + "es"} or wanted in {got + "s", got + "es"}:
        return False  # number, not a wrong word: "Ground Self-Defense Force" is correct
    if _fuzz().ratio(got, wanted) >= TYPO_SIMILARITY:
        return True
    inner = 0 < i < len(window) - 1
    return inner and len(form.content) >= 3 and _name_like(text, window)


def _name_like(text: str, window: list[_Token]) -> bool:
    """Written as a name: every content word capitalised, or the span stands in quotes."""
    quoted = (
        window[0].start > 0
        and text[window[0].start - 1] in _QUOTES
        and window[-1].end < len(text)
        and text[window[-1].end] in _QUOTES
    )
    content = [t for t in window if t.raw not in _FUNCTION_WORDS]
    return quoted or all(t.capitalised for t in content)


def _fuzz() -> Any:
    """rapidfuzz's `fuzz`, imported when a candidate is first scored: most articles give the
    linter none, and its import is a noticeable part of a short run's start-up."""
    from rapidfuzz import fuzz

    return fuzz


def _near_miss(text: str, form: _Form, start: int, end: int, kind: NearMissKind) -> NearMiss:
    fuzz = _fuzz()
    surface = text[start:end]
    words = [t.raw for t in _tokenize(surface)]
    canon = [EQUIVALENTS.get(w, w) for w in words]
    if kind is NearMissKind.PLURAL:
        # The rules found every part of the term (in the span or its paragraph); what is off
        # is the number of the head word, so that is what the score measures.
        head = form.canon[-1]
        plural = next((w for w in canon if w in {head + "s", head + "es"}), head + "s")
        score = round(fuzz.ratio(plural, head), 1)
        return NearMiss(form.entry, start, end, surface, kind, score, form.text)
    written = fuzz.token_sort_ratio(" ".join(words), " ".join(form.raw))
    folded = fuzz.token_sort_ratio(" ".join(canon), " ".join(form.canon))
    if kind is NearMissKind.SPACING:
        # The words are right; only the separators differ.
        written = fuzz.ratio(" ".join(surface.lower().split()), form.text.lower())
        folded = 100.0
    return NearMiss(
        form.entry, start, end, surface, kind, round((written + folded) / 2, 1), form.text
    )


def _resolve_overlaps(found: list[NearMiss]) -> list[NearMiss]:
    found.sort(key=lambda m: (m.start - m.end, -m.score, m.start))
    taken = DisjointSpans()
    kept: list[NearMiss] = []
    for miss in found:
        if not taken.overlaps(miss.start, miss.end):
            taken.add(miss.start, miss.end)
            kept.append(miss)
    kept.sort(key=lambda m: m.start)
    return kept
