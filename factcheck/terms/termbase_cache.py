"""Compiled termbases, cached in the user's cache folder, keyed by content hash.

Parsing the built-in termbase (a pure-Python YAML composer) and running every entry's
`specs` through the linter took about as long as the rest of a `verify` of the seed. Both
depend only on the termbase's text and on the code that reads and lints it, so they are done
once: the entries that passed their specs are stored as JSON under a key hashed from that
text, the code's version and the modules that decide what a spec finds. The same goes for a
merged termbase of the user's files (with or without the built-in one), keyed by their paths
and contents. A later start with the same key reads the JSON back into entries and runs no
spec; any change of text or code gives a new key and a new build.

The folder is `$FACTCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/factcheck`, else
`~/.cache/factcheck`; an empty `FACTCHECK_CACHE_DIR` turns the cache off. A cache folder can
be shared or restored from elsewhere (a CI cache), so reading it never runs code: the files
hold plain data (strings, numbers, lists), checked field by field as they are read back, and
a folder or file that is not the user's own, or that others may write, is not used at all.
A file that cannot be read back (truncated, from another version, malformed) is ignored and
rebuilt, and a folder that cannot be written only costs the time of a build.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import sys
from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.cache_folder import cache_dir, prune, read_json, write_json

if TYPE_CHECKING:
    from factcheck.severity import Severity
    from factcheck.terms.termbase import EntryKind, NameRole, Termbase, TermEntry, TermSpec

log = logging.getLogger(__name__)

# What decides the entries and whether their specs pass: the reader of termbases and the
# linter that runs the specs, with everything it calls.
_CODE = (
    "terms/termbase_cache",
    "terms/termbase",
    "claimfiles/yamlnodes",
    "claimfiles/textfiles",
    "terms/lint",
    "terms/nearmiss",
    "text/spans",
    "model",
    "severity",
    "errors",
)
_FORMAT = 3
_SUFFIX = ".json"
KEEP = 16
"""Compiled termbases kept in the folder."""
MAX_CACHE_BYTES = 256 * 1024 * 1024
"""A stored termbase larger than this is not read back (a miss: it is rebuilt)."""
_WHAT = "termbase cache"


def cache_key(parts: Sequence[str | bytes]) -> str:
    """The hash of a termbase's content (its files' texts, with whatever else tells it
    apart), this version of factcheck and of Python, and the source of the modules that
    read and lint it."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}\0{__version__}\0{sys.version}\0".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(f"{'s' if isinstance(part, str) else 'b'}{len(data)}:".encode())
        digest.update(data)
    # The package's folder from this module's own path: `importlib.resources.files` loads
    # its zip and namespace readers, a few milliseconds of every start, for plain files.
    package = Path(__file__).resolve().parent.parent
    for name in _CODE:
        digest.update(b"\0" + package.joinpath(*f"{name}.py".split("/")).read_bytes())
    return digest.hexdigest()


def cached_entries(
    parts: Sequence[str | bytes], build: Callable[[], tuple[TermEntry, ...]]
) -> tuple[TermEntry, ...]:
    """The entries cached for the termbase made of `parts`, or those `build` gives (then
    stored for next time, compiled as `cached_termbase` stores them)."""
    return cached_termbase(parts, build).entries


def cached_termbase(
    parts: Sequence[str | bytes], build: Callable[[], tuple[TermEntry, ...]]
) -> Termbase:
    """The termbase cached for `parts`, or the one made of the entries `build` gives (then
    stored for next time).

    `build` parses the files and runs the specs; it raises when a file is malformed or a
    spec fails, and then nothing is stored. What is stored is the entries and, compiled
    from them, the termbase's finders and the linter's index of each language (plain data:
    `Termbase.compiled_tables`, `lint.lint_table`), so that a later start builds neither:
    about two thirds of the time of linting one article with a 500-entry termbase went to
    building them. They are read back as they are used; a table that is not what was
    written is not used (the finder or index is built from the entries instead).
    """
    from factcheck.terms.termbase import Termbase

    folder = cache_dir()
    if folder is None:
        return Termbase(build())
    key = cache_key(parts)
    path = folder / f"termbase-{key[:32]}{_SUFFIX}"
    stored = _read_stored(path, key)
    if stored is not None:
        return Termbase(*stored)
    termbase = Termbase(build())
    _write(folder, path, key, termbase)
    return termbase


def _compile(termbase: Termbase) -> dict[str, dict[str, Any]]:
    """What `Termbase(entries, compiled)` reads back: each language's finder and lint
    index, as plain data."""
    from factcheck.terms.lint import lint_table

    compiled = termbase.compiled_tables()
    for language, tables in compiled.items():
        tables["lint"] = lint_table(termbase, language)
    return compiled


def _read(path: Path, key: str) -> tuple[TermEntry, ...] | None:
    stored = _read_stored(path, key)
    return None if stored is None else stored[0]


def _read_stored(
    path: Path, key: str
) -> tuple[tuple[TermEntry, ...], dict[str, dict[str, Any]]] | None:
    return stored_termbase(read_json(path, MAX_CACHE_BYTES, _WHAT), key, path)


def _write(folder: Path, path: Path, key: str, termbase: Termbase) -> None:
    if write_json(path, stored_form(key, termbase.entries, termbase), _WHAT):
        _prune(folder)


def stored_form(
    key: str, entries: tuple[TermEntry, ...], termbase: Termbase | None = None
) -> dict[str, Any]:
    """The JSON value a compiled termbase of `key` is stored as (also in the wheel:
    `factcheck.terms.shipped_termbase`): the entries and the tables compiled from them
    (from `termbase`, a `Termbase` of those entries, when the caller has one)."""
    from factcheck.terms.termbase import Termbase

    return {
        "key": key,
        "entries": [_plain(entry) for entry in entries],
        "compiled": _compile(termbase if termbase is not None else Termbase(entries)),
    }


_TABLES = frozenset({"finders", "lint"})


def stored_entries(stored: object, key: str, path: Path) -> tuple[TermEntry, ...] | None:
    """The entries of `stored` (a JSON value `stored_form` gave, read from `path`) when it
    is the compiled termbase of `key`; None for anything else (a miss)."""
    termbase = stored_termbase(stored, key, path)
    return None if termbase is None else termbase[0]


def stored_termbase(
    stored: object, key: str, path: Path
) -> tuple[tuple[TermEntry, ...], dict[str, dict[str, Any]]] | None:
    """The entries and compiled tables of `stored` (as `stored_entries`), for
    `Termbase(entries, compiled)`; None for anything else (a miss)."""
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    try:
        entries = _entries(stored.get("entries"))
        compiled = _dict(stored.get("compiled"))
        for language, tables in compiled.items():
            # The tables' own fields are checked as they are read back, when first used.
            if type(language) is not str or _dict(tables).keys() != _TABLES:
                raise ValueError("compiled tables")
            if not all(type(table) is dict for table in tables.values()):
                raise TypeError("compiled tables")
    except (ValueError, TypeError, KeyError) as error:  # not what _write wrote: a cache miss
        log.debug("ignoring the termbase cache %s: %s", path, error)
        return None
    return entries, compiled


# ── entries as plain data ──────────────────────────────────────────────────────────────


def _plain(entry: TermEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "forms": {language: list(forms) for language, forms in entry.forms.items()},
        "variants": {language: list(forms) for language, forms in entry.variants.items()},
        "severity": entry.severity.value,
        "issuer": entry.issuer,
        "note": entry.note,
        "reference": entry.reference,
        "weight": entry.weight,
        "origin": entry.origin,
        "specs": [_plain_spec(spec) for spec in entry.specs],
        "fix": entry.fix,
        "infer": entry.infer,
        "role": entry.role.value if entry.role is not None else None,
    }


def _plain_spec(spec: TermSpec) -> dict[str, Any]:
    origin = spec.origin
    return {
        "text": spec.text,
        "finds": list(spec.finds),
        "fixed": spec.fixed,
        "language": spec.language,
        "origin": [origin.file, origin.line, origin.column] if origin is not None else None,
    }


_FIELDS = (
    "id",
    "kind",
    "forms",
    "variants",
    "severity",
    "issuer",
    "note",
    "reference",
    "weight",
    "origin",
    "specs",
    "fix",
    "infer",
    "role",
)
"""A stored entry's fields, in `TermEntry`'s order."""


def _entries(value: object) -> tuple[TermEntry, ...]:
    """The entries `_plain` stored; TypeError, ValueError or KeyError when a field is not
    what it wrote.

    Read at every start (a 500-entry termbase: about a twentieth of a one-article `lint`
    process), so each field is checked for all entries at once, by built-in functions over
    the column of its values (see `factcheck.terms.tables`), and each frozen dataclass is
    filled in one step rather than field by field through its `__init__`: the same fields,
    checked the same way, with the same values.
    """
    from factcheck.terms import tables
    from factcheck.terms.termbase import TermEntry

    rows = tables.of_kind(value, dict)
    if not rows:
        return ()
    columns = list(zip(*map(itemgetter(*_FIELDS), rows), strict=True))
    (ids, kinds, forms, variants, severities, issuers, notes, references, weights) = columns[:9]
    origins, specs, fixes, infers, roles = columns[9:]
    for strings in (ids, issuers, notes, references, origins):
        tables.strings(list(strings))
    tables.of_kind(list(weights), int, float)
    tables.of_kind(list(fixes + infers), bool)
    tables.of_kind(list(specs), list)
    kind_of, severity_of, role_of = _enums()
    values = zip(
        ids,
        map(kind_of.__getitem__, kinds),
        _forms_column(forms),
        _forms_column(variants),
        map(severity_of.__getitem__, severities),
        issuers,
        notes,
        references,
        map(float, weights),
        origins,
        [tuple(map(_spec, written)) if written else () for written in specs],
        fixes,
        infers,
        map({None: None, **role_of}.__getitem__, roles),
        strict=True,
    )
    entries = []
    new = object.__new__
    for row in values:
        entry = new(TermEntry)
        entry.__dict__.update(zip(_FIELDS, row, strict=True))
        entries.append(entry)
    return tuple(entries)


def _forms_column(column: tuple[object, ...]) -> list[dict[str, tuple[str, ...]]]:
    """Each entry's forms (language → list of strings), with tuples for lists."""
    from factcheck.terms import tables

    written = tables.of_kind(list(column), dict)
    lists = tables.of_kind(list(chain.from_iterable(map(dict.values, written))), list)
    tables.strings(list(chain.from_iterable(lists)))
    return [dict(zip(forms, map(tuple, forms.values()), strict=True)) for forms in written]


@functools.cache
def _enums() -> tuple[dict[Any, EntryKind], dict[Any, Severity], dict[Any, NameRole]]:
    """Each enum's members by value: a dict look-up rather than the enum's call."""
    from factcheck.severity import Severity
    from factcheck.terms.termbase import EntryKind, NameRole

    return (
        {kind.value: kind for kind in EntryKind},
        {severity.value: severity for severity in Severity},
        {role.value: role for role in NameRole},
    )


def _spec(item: object) -> TermSpec:
    from factcheck.errors import Location
    from factcheck.terms.termbase import TermSpec

    data = _dict(item)
    fixed, origin = data["fixed"], data["origin"]
    where = None
    if origin is not None:
        file, line, column = _list(origin)
        if not isinstance(line, int) or not isinstance(column, int):
            raise TypeError("origin")
        where = Location(_str(file), line, column)
    return TermSpec(
        text=_str(data["text"]),
        finds=tuple(_str(found) for found in _list(data["finds"])),
        fixed=None if fixed is None else _str(fixed),
        language=_str(data["language"]),
        origin=where,
    )


def _dict(item: object) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise TypeError("not an object")
    return item


def _list(item: object) -> list[Any]:
    if not isinstance(item, list):
        raise TypeError("not a list")
    return item


def _str(item: object) -> str:
    if not isinstance(item, str):
        raise TypeError("not a string")
    return item


def _prune(folder: Path) -> None:
    """Keep the `KEEP` most recently written compiled termbases: each new version of
    factcheck or of a termbase leaves the older ones unused."""
    prune(folder, f"termbase-*{_SUFFIX}", KEEP)
    prune(folder, "termbase-*.pickle", 0)  # format 1
