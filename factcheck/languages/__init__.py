"""Languages: one module per language behind one protocol (`interface.Language`), a registry,
and detection.

    language_for("ja")  → the Japanese module, or None when no module matches that language
    detect_language(text, declared) → the code the text is written in

Detection trusts a page's declared language unless the script says otherwise (kana is only
Japanese, Hangul only Korean); undeclared text goes to py3langid, loaded on first use. A text in
a language with no module keeps its own code: its claims are `unverifiable` ("no matcher for
language ko"), never read as English or Japanese.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from factcheck.languages.interface import Gloss, Language, Script, Token, WordClass

__all__ = [
    "Gloss",
    "Language",
    "Script",
    "Token",
    "WordClass",
    "detect_language",
    "every_language",
    "key_fact_pattern",
    "language_for",
    "register_language",
    "written_unspaced",
    "registered_languages",
]

log = logging.getLogger(__name__)

_INTERFACE = frozenset({"Gloss", "Language", "Script", "Token", "WordClass"})


def __getattr__(name: str) -> Any:
    """The protocol's types, from `interface` when first asked for: `lint` asks the registry
    only whether a language is spaced, and needs none of them."""
    if name in _INTERFACE:
        from factcheck.languages import interface

        return getattr(interface, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class _BuiltIn:
    """A built-in language module not imported yet: where its class is, and whether the
    language is written with spaces (the one question `lint` asks, answered without loading
    the module's patterns and word lists)."""

    module: str
    name: str
    spaced: bool


_BUILT_IN = {
    "en": _BuiltIn("factcheck.languages.en", "English", spaced=True),
    "ja": _BuiltIn("factcheck.languages.ja", "Japanese", spaced=False),
}
"""The language modules that come with factcheck (tests hold `spaced` to the module's own)."""

_REGISTRY: dict[str, Language | _BuiltIn] = dict(_BUILT_IN)
"""Code → module; a built-in one is imported on first use and replaces its entry here."""

FIELD_LANGUAGE = "en"
"""The language a claim file's own fields (`speaker:`) are written in."""

_SAMPLE = 4000
"""Characters of a text enough to tell its language."""
OWNED_SCRIPT_SHARE = 0.2
"""A text whose letters are at least this share in a script one language owns is in it."""


@functools.cache
def _letters_and_hangul() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Letters, and Hangul: compiled on first use, since only a text not read before needs its
    language told."""
    return re.compile(r"[^\W\d_]"), re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")


def register_language(language: Language) -> None:
    """Make a language module available to the pipeline (the built-in ones are registered
    at import and loaded on first use; a plug-in registers its own)."""
    _REGISTRY[language.code] = language


def _loaded(code: str) -> Language | None:
    """The module registered for a primary code, imported now if it was not yet."""
    entry = _REGISTRY.get(code)
    if isinstance(entry, _BuiltIn):
        # Replacing the value keeps the key's place: detection asks in registration order.
        entry = _REGISTRY[code] = getattr(importlib.import_module(entry.module), entry.name)()
    return entry


def registered_languages() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


def every_language() -> tuple[Language, ...]:
    """Every registered language module, the built-in ones imported now: for what a text may
    write in another language's convention than its own (a speaker label, "Q" or 記者).

    The same tuple while the registry holds the same modules (callers may keep what they
    derive from it, keyed by its identity); a language registered or taken out gives a new
    one."""
    global _every
    held = tuple(_REGISTRY.values())
    if _every is None or _every[0] != held:
        found = tuple(m for code in registered_languages() if (m := _loaded(code)) is not None)
        _every = (tuple(_REGISTRY.values()), found)  # the built-in ones are loaded now
    return _every[1]


_every: tuple[tuple[object, ...], tuple[Language, ...]] | None = None
"""The registry's modules when `every_language` last read it, and its answer."""


@functools.lru_cache(maxsize=256)
def primary_code(code: str) -> str:
    """ "ja-JP" → "ja", "en_US" → "en"."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def language_for(code: str) -> Language | None:
    """The module for a language code, or None when no module can match that language."""
    return _loaded(primary_code(code))


UNSPACED_WITHOUT_MODULE = frozenset({"zh", "ko", "th", "lo", "km", "my"})
"""Languages with no module that are written without spaces between words (or, Korean, with
spaces between phrases rather than words)."""


def written_unspaced(code: str) -> bool:
    """Whether a language is written without spaces between its words: its module says, or,
    for a language without one, `UNSPACED_WITHOUT_MODULE`."""
    primary = primary_code(code)
    entry = _REGISTRY.get(primary)
    if entry is not None:
        return not entry.spaced
    return primary in UNSPACED_WITHOUT_MODULE


def key_fact_pattern(code: str, name: str) -> re.Pattern[str] | None:
    """One of a language's `KeyFactPatterns` by its field's name ("anniversary",
    "membership"), None when the language has no module, no such patterns or not that one."""
    language = language_for(code)
    patterns = language.key_fact_patterns if language is not None else None
    found = getattr(patterns, name) if patterns is not None else None
    return cast("re.Pattern[str] | None", found)


def require_language(code: str) -> Language:
    """The module for a language code the caller knows is registered."""
    language = language_for(code)
    if language is None:
        raise LookupError(f"no matcher for language {code}")
    return language


@functools.cache
def _identifier() -> object:
    import py3langid  # ~1 s to load its model: only on need

    return py3langid


def detect_language(text: str, declared: str | None = None) -> str:
    """The language code a text is written in.

    A script only one language writes (kana, Hangul) decides; otherwise the declared language
    stands; otherwise py3langid decides.
    """
    sample = text[:_SAMPLE]
    letter, hangul = _letters_and_hangul()
    letters = len(letter.findall(sample))
    if letters:
        for code in list(_REGISTRY):
            language = _loaded(code)
            if language is not None and language.owns(sample) >= OWNED_SCRIPT_SHARE:
                return language.code
        if len(hangul.findall(sample)) >= OWNED_SCRIPT_SHARE * letters:
            return "ko"
    if declared:
        return primary_code(declared)
    if not letters:
        return "und"
    code, _ = _identifier().classify(sample)  # type: ignore[attr-defined]
    log.info("detected language %s", code)
    return str(code)
