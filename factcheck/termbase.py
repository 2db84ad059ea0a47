"""The bilingual termbase: official terms, names and key vocabulary, as data.

Takes termbase YAML files (format: docs/termbases.md); gives a `Termbase` that finds concept
mentions (`TermHit`) in text of any language it has forms for. This is what lets an English
claim meet a Japanese sentence: both are reduced to the same concept ids.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml

from factcheck.errors import TermbaseError
from factcheck.model import Severity
from factcheck.yamlnodes import NodeReader, compose_yaml, read_text_file

BUILTIN = "termbase-diplomatic.yaml"
E = TypeVar("E", bound=enum.Enum)


class EntryKind(enum.Enum):
    TERM = "term"
    """An official term: garbling it is flagged."""
    NAME = "name"
    """A person, office or institution."""
    WORD = "word"
    """Key vocabulary, used only to bridge languages."""


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
    {"id", "kind", "variants", "severity", "issuer", "note", "reference", "weight"}
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KIND_WEIGHT = {EntryKind.TERM: 1.5, EntryKind.NAME: 0.7, EntryKind.WORD: 1.0}
_SPACED_SCRIPTS = re.compile(r"[A-Za-z0-9À-ɏ]")


def _form_pattern(form: str) -> re.Pattern[str]:
    """A regex for a form in a space-separated script: word-bounded, runs of space flexible.

    Short all-capital forms (US, PM, SDF) must match case-sensitively, or "us" would be the
    United States.
    """
    wildcard = form.endswith("*")
    body = form[:-1] if wildcard else form
    parts = [re.escape(part) for part in body.split()]
    pattern = r"\s+".join(parts)
    # "*" also works inside a multiword form: "look* forward".
    pattern = pattern.replace(r"\*", r"\w*")
    if wildcard:
        pattern += r"\w*"
    pattern = r"(?<![\w-])" + pattern + (r"(?![\w])" if form[-1].isalnum() or wildcard else "")
    letters = [c for c in body if c.isalpha()]
    strict = len(letters) <= 4 and all(c.isupper() for c in letters)
    return re.compile(pattern, 0 if strict else re.IGNORECASE)


class Termbase:
    """A set of entries with a finder per language."""

    def __init__(self, entries: Sequence[TermEntry]) -> None:
        self.entries = tuple(entries)
        self._by_id = {entry.id: entry for entry in self.entries}
        # (entry, pattern or literal, is_variant) per language, longest forms first.
        self._finders: dict[str, list[tuple[TermEntry, str, re.Pattern[str] | None, bool]]] = {}
        for entry in self.entries:
            for language, forms in entry.forms.items():
                for form in forms:
                    self._add_finder(language, entry, form, variant=False)
            for language, forms in entry.variants.items():
                for form in forms:
                    self._add_finder(language, entry, form, variant=True)
        for finders in self._finders.values():
            finders.sort(key=lambda item: -len(item[1]))

    def _add_finder(self, language: str, entry: TermEntry, form: str, *, variant: bool) -> None:
        spaced = bool(_SPACED_SCRIPTS.search(form))
        pattern = _form_pattern(form) if spaced else None
        self._finders.setdefault(language, []).append((entry, form, pattern, variant))

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> TermEntry | None:
        return self._by_id.get(entry_id)

    def find(self, text: str, language: str) -> list[TermHit]:
        """Every concept mention in `text`, in text order.

        Official forms win over variants at the same place; a hit inside a longer hit of the
        same entry is dropped, while hits of other entries nested in it are kept (a sentence
        naming the Free and Open Indo-Pacific also names the Indo-Pacific).
        """
        finders = self._finders.get(_base_language(language), [])
        hits: list[TermHit] = []
        lowered = text.lower()
        for entry, form, pattern, variant in finders:
            if pattern is None:
                start = text.find(form)
                while start >= 0:
                    hits.append(TermHit(entry, start, start + len(form), form, variant))
                    start = text.find(form, start + len(form))
                continue
            if form.rstrip("*").split()[0].lower()[:3] not in lowered:
                continue  # cheap pre-filter; most forms are absent from most sentences
            hits.extend(
                TermHit(entry, m.start(), m.end(), m.group(0), variant)
                for m in pattern.finditer(text)
            )
        return _drop_shadowed(hits)

    def languages(self) -> set[str]:
        return set(self._finders)


def _drop_shadowed(hits: list[TermHit]) -> list[TermHit]:
    # Longest first, official before variant, so the survivors are the best reading of a place.
    hits.sort(key=lambda h: (h.start - h.end, h.variant, h.start))
    kept: list[TermHit] = []
    for hit in hits:
        shadowed = any(
            other.entry.id == hit.entry.id and other.start <= hit.start and hit.end <= other.end
            for other in kept
        )
        if not shadowed:
            kept.append(hit)
    kept.sort(key=lambda h: (h.start, -h.end))
    return kept


def _base_language(language: str) -> str:
    return language.split("-")[0].lower()


# ── loading ───────────────────────────────────────────────────────────────────


def load_termbase(paths: Iterable[Path] = (), *, builtin: bool = True) -> Termbase:
    """The built-in termbase (unless `builtin=False`) plus the user's files, in order.

    A user entry with the id of an earlier one replaces it, so a newsroom can correct the
    built-in wording.
    """
    entries: dict[str, TermEntry] = {}
    if builtin:
        for entry in _builtin_entries():
            entries[entry.id] = entry
    for path in paths:
        text = read_text_file(path, TermbaseError, "termbase")
        for entry in parse_termbase(text, str(path)):
            entries[entry.id] = entry
    return Termbase(list(entries.values()))


@cache
def _builtin_entries() -> tuple[TermEntry, ...]:
    text = resources.files("factcheck.data").joinpath(BUILTIN).read_text(encoding="utf-8")
    return tuple(parse_termbase(text, f"<built-in {BUILTIN}>"))


def parse_termbase(text: str, file: str) -> list[TermEntry]:
    """The entries of one termbase file; `TermbaseError` with file:line:col on any problem."""
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
        key: read.string(fields[key][1], f"{key} of {what}")
        for key in ("issuer", "note", "reference")
        if key in fields
    }
    return TermEntry(
        id=entry_id,
        kind=kind,
        forms=forms,
        variants=variants,
        severity=severity,
        weight=weight,
        origin=f"{read.file}:{node.start_mark.line + 1}",
        **text_field,
    )


def _enum(read: NodeReader, node: yaml.Node, cls: type[E], what: str) -> E:
    value = read.string(node, what)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise read.fail(
            node, f"{what}: '{value}' is not allowed", f"use one of {allowed}"
        ) from None
