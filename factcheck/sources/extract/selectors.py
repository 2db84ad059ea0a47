"""The publisher profiles' CSS selectors, compiled when the wheel is built.

soupsieve compiles a selector with its tokenizer's regular expressions, which it compiles
with IGNORECASE over `[\\x80-\\U0010ffff]`; Python's `re` case-folds such a class one
character at a time, so the first selector a process meets costs about 0.15 s of patterns
(two thirds of a first `verify`'s extraction). The package's own profiles have fixed
selectors, so `hatch_build.py` compiles them once (`write_shipped`) and ships soupsieve's
compiled form as JSON, `factcheck/_built/css-selectors-<key>.json`, keyed by soupsieve's
version and this module's format: a run under the same soupsieve reads a selector back
(`compiled`) instead of parsing it; any other selector, or another soupsieve, an editable
install or a file that does not read back, is compiled by soupsieve as before.

The compiled form is soupsieve's own immutable objects (`soupsieve.css_types`), which compare
equal field by field: tests/test_extract_selectors.py holds every shipped selector read back
equal to soupsieve's compile of it. The file is package data, as trusted as the modules beside
it, yet it is read as data: only the selector classes named in `_CLASSES` are built, from
JSON values, and anything else is a miss.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import soupsieve
from soupsieve import css_types
from soupsieve.__meta__ import __version__ as soupsieve_version

log = logging.getLogger(__name__)

FORMAT = 1
"""The layout of the shipped file; bumped when `_encode` changes."""
SHIPPED_FOLDER = "_built"
MAX_BYTES = 4 * 1024 * 1024
"""A shipped file larger than this is not read (a miss)."""

_CLASSES: dict[str, type[css_types.Immutable]] = {
    cls.__name__: cls
    for cls in (
        css_types.Selector,
        css_types.SelectorTag,
        css_types.SelectorAttribute,
        css_types.SelectorContains,
        css_types.SelectorNth,
        css_types.SelectorLang,
        css_types.SelectorList,
    )
}


_NULL: Any = getattr(css_types.SelectorNull, "null", None)
"""soupsieve's null selector, an enum member in the soupsieve versions that have one."""


class _Unreadable(ValueError):
    """A stored value that is not a compiled selector of this format."""


def shipped_key() -> str:
    """The key of the compiled selectors a run can use: soupsieve's version and `FORMAT`."""
    text = f"css-selectors\0{FORMAT}\0{soupsieve_version}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def file_name(key: str) -> str:
    return f"css-selectors-{key}.json"


def shipped_folder() -> Path:
    """The package's folder of data compiled at build time (absent in a source tree)."""
    return Path(__file__).resolve().parent.parent.parent / SHIPPED_FOLDER


@functools.lru_cache(maxsize=512)
def compiled(selector: str) -> soupsieve.SoupSieve:
    """`soupsieve.compile(selector)`: read back from the wheel's compiled selectors when it
    is one of them, else compiled (raising soupsieve's `SelectorSyntaxError` on a bad one)."""
    stored = _shipped().get(selector)
    if stored is not None:
        try:
            selectors = _decode(stored)
        except (_Unreadable, TypeError, ValueError, RecursionError) as error:
            log.debug("ignoring the shipped compiled selector %r: %s", selector, error)
        else:
            if isinstance(selectors, css_types.SelectorList):
                # As soupsieve.compile(selector) gives it: no namespaces, custom or flags.
                return soupsieve.SoupSieve(selector, selectors, None, None, 0)
    return soupsieve.compile(selector)


@functools.cache
def _shipped() -> dict[str, Any]:
    path = shipped_folder() / file_name(shipped_key())
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError:
        return {}  # none shipped for this soupsieve: an editable install, another version
    if len(data) > MAX_BYTES:
        return {}
    try:
        stored = json.loads(data)
    except (ValueError, RecursionError) as error:
        log.debug("ignoring the shipped compiled selectors %s: %s", path, error)
        return {}
    if not isinstance(stored, dict) or not all(isinstance(key, str) for key in stored):
        return {}
    return stored


def write_shipped(folder: Path, selectors: Iterable[str]) -> Path:
    """Compile `selectors` with soupsieve into `folder` under this soupsieve's key (the
    wheel build's step); the path written."""
    table = {}
    for selector in sorted(set(selectors)):
        if "|" in selector:
            continue  # a namespace prefix: bs4 would pass the page's namespaces
        try:
            table[selector] = _encode(soupsieve.compile(selector).selectors)
        except _Unreadable as error:  # a form this soupsieve has that we do not write
            log.warning("not compiling the selector %r into the wheel: %s", selector, error)
    path = folder / file_name(shipped_key())
    path.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return path


def profile_selectors(profiles: Iterable[Any]) -> list[str]:
    """Every selector text the extraction compiles for these publisher profiles: each title,
    date and main selector, and the drop selectors joined as one
    (`factcheck.sources.extract.profile`)."""
    found: list[str] = []
    for profile in profiles:
        found.extend(profile.title_selectors)
        found.extend(profile.date_selectors)
        found.extend(profile.main_selectors)
        if profile.drop_selectors:
            found.append(", ".join(profile.drop_selectors))
    return found


def _encode(value: Any) -> Any:
    """soupsieve's compiled form as JSON values: an object as its class and the values of
    its fields in their order, a tuple as a tagged list, a pattern as its text and flags."""
    if isinstance(value, css_types.Immutable):
        name = type(value).__name__
        if _CLASSES.get(name) is not type(value):
            raise _Unreadable(f"no encoding for {name}")
        return {"class": name, "fields": [_encode(getattr(value, s)) for s in _fields(value)]}
    if isinstance(value, tuple):
        return {"tuple": [_encode(item) for item in value]}
    if isinstance(value, re.Pattern):
        return {"pattern": value.pattern, "flags": value.flags}
    if value is not None and value is _NULL:
        return {"null": True}
    if value is None or isinstance(value, bool | int | str):
        return value
    raise _Unreadable(f"no encoding for {type(value).__name__}")


def _fields(value: css_types.Immutable) -> tuple[str, ...]:
    return tuple(slot for slot in type(value).__slots__ if slot != "_hash")


def _decode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if not isinstance(value, dict):
        raise _Unreadable(f"unexpected {type(value).__name__}")
    if set(value) == {"class", "fields"}:
        cls = _CLASSES.get(value["class"]) if isinstance(value["class"], str) else None
        fields = value["fields"]
        if cls is None or not isinstance(fields, list):
            raise _Unreadable("not a selector class")
        names = tuple(slot for slot in cls.__slots__ if slot != "_hash")
        if len(fields) != len(names):
            raise _Unreadable(f"{cls.__name__} takes {len(names)} fields")
        return cls(**dict(zip(names, map(_decode, fields), strict=True)))
    if set(value) == {"tuple"} and isinstance(value["tuple"], list):
        return tuple(_decode(item) for item in value["tuple"])
    if set(value) == {"pattern", "flags"}:
        pattern, flags = value["pattern"], value["flags"]
        if not isinstance(pattern, str) or not isinstance(flags, int):
            raise _Unreadable("not a pattern")
        return re.compile(pattern, flags)
    if value == {"null": True} and _NULL is not None:
        return _NULL
    raise _Unreadable("unexpected object")
