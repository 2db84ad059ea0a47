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
import logging
import re

from factcheck.languages.en import English
from factcheck.languages.interface import Gloss, Language, Script, Token, WordClass
from factcheck.languages.ja import Japanese

__all__ = [
    "Gloss",
    "Language",
    "Script",
    "Token",
    "WordClass",
    "detect_language",
    "language_for",
    "register_language",
    "written_unspaced",
    "registered_languages",
]

log = logging.getLogger(__name__)

_REGISTRY: dict[str, Language] = {}

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
    at import; a plug-in registers its own)."""
    _REGISTRY[language.code] = language


def registered_languages() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


@functools.lru_cache(maxsize=256)
def primary_code(code: str) -> str:
    """ "ja-JP" → "ja", "en_US" → "en"."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def language_for(code: str) -> Language | None:
    """The module for a language code, or None when no module can match that language."""
    return _REGISTRY.get(primary_code(code))


UNSPACED_WITHOUT_MODULE = frozenset({"zh", "ko", "th", "lo", "km", "my"})
"""Languages with no module that are written without spaces between words (or, Korean, with
spaces between phrases rather than words)."""


def written_unspaced(code: str) -> bool:
    """Whether a language is written without spaces between its words: its module says, or,
    for a language without one, `UNSPACED_WITHOUT_MODULE`."""
    module = language_for(code)
    if module is not None:
        return not module.spaced
    return primary_code(code) in UNSPACED_WITHOUT_MODULE


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
        for language in _REGISTRY.values():
            if language.owns(sample) >= OWNED_SCRIPT_SHARE:
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


register_language(English())
register_language(Japanese())
