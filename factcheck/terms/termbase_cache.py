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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.cache_folder import cache_dir, prune, read_json, write_json

if TYPE_CHECKING:
    from factcheck.severity import Severity
    from factcheck.terms.termbase import EntryKind, NameRole, TermEntry, TermSpec

log = logging.getLogger(__name__)

# What decides the entries and whether their specs pass: the reader of termbases and the
# linter that runs the specs, with everything it calls.
_CODE = (
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
_FORMAT = 2
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
    stored for next time).

    `build` parses the files and runs the specs; it raises when a file is malformed or a
    spec fails, and then nothing is stored.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    key = cache_key(parts)
    path = folder / f"termbase-{key[:32]}{_SUFFIX}"
    entries = _read(path, key)
    if entries is not None:
        return entries
    entries = build()
    _write(folder, path, key, entries)
    return entries


def _read(path: Path, key: str) -> tuple[TermEntry, ...] | None:
    return stored_entries(read_json(path, MAX_CACHE_BYTES, _WHAT), key, path)


def _write(folder: Path, path: Path, key: str, entries: tuple[TermEntry, ...]) -> None:
    if write_json(path, stored_form(key, entries), _WHAT):
        _prune(folder)


def stored_form(key: str, entries: tuple[TermEntry, ...]) -> dict[str, Any]:
    """The JSON value a compiled termbase of `key` is stored as (also in the wheel:
    `factcheck.terms.shipped_termbase`)."""
    return {"key": key, "entries": [_plain(entry) for entry in entries]}


def stored_entries(stored: object, key: str, path: Path) -> tuple[TermEntry, ...] | None:
    """The entries of `stored` (a JSON value `stored_form` gave, read from `path`) when it
    is the compiled termbase of `key`; None for anything else (a miss)."""
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    try:
        return tuple(_entry(item) for item in _list(stored.get("entries")))
    except (ValueError, TypeError, KeyError) as error:  # not what _plain wrote: a cache miss
        log.debug("ignoring the termbase cache %s: %s", path, error)
        return None


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


def _entry(item: object) -> TermEntry:
    """The entry `_plain` stored; TypeError, ValueError or KeyError when a field is not what
    it wrote.

    Read for every entry at every start (a 500-entry termbase: a tenth of a one-article
    `lint` process), so the checks are inlined and the frozen dataclass is filled in one
    step rather than field by field through its `__init__`: the same fields, checked the
    same way, with the same values.
    """
    from factcheck.terms.termbase import TermEntry

    data = _dict(item)
    role = data["role"]
    weight = data["weight"]
    if not isinstance(weight, int | float) or isinstance(weight, bool):
        raise TypeError("weight")
    strings = (data["id"], data["issuer"], data["note"], data["reference"], data["origin"])
    flags = (data["fix"], data["infer"])
    if not all(type(value) is str for value in strings):
        raise TypeError("not a string")
    if not all(type(value) is bool for value in flags):
        raise TypeError("not a boolean")
    specs = data["specs"]
    entry = object.__new__(TermEntry)
    entry.__dict__.update(
        id=strings[0],
        kind=_enums()[0][data["kind"]],
        forms=_forms(data["forms"]),
        variants=_forms(data["variants"]),
        severity=_enums()[1][data["severity"]],
        issuer=strings[1],
        note=strings[2],
        reference=strings[3],
        weight=float(weight),
        origin=strings[4],
        specs=tuple(_spec(spec) for spec in specs) if _list(specs) else (),
        fix=flags[0],
        infer=flags[1],
        role=None if role is None else _enums()[2][role],
    )
    return entry


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


def _forms(item: object) -> dict[str, tuple[str, ...]]:
    forms = {}
    for language, written in _dict(item).items():
        if type(language) is not str or type(written) is not list:
            raise TypeError("not a list of strings")
        if not all(type(form) is str for form in written):
            raise TypeError("not a string")
        forms[language] = tuple(written)
    return forms


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


def _bool(item: object) -> bool:
    if not isinstance(item, bool):
        raise TypeError("not a boolean")
    return item


def _prune(folder: Path) -> None:
    """Keep the `KEEP` most recently written compiled termbases: each new version of
    factcheck or of a termbase leaves the older ones unused."""
    prune(folder, f"termbase-*{_SUFFIX}", KEEP)
    prune(folder, "termbase-*.pickle", 0)  # format 1
