"""The shapes of plain words (`analyse.WordShape`: lemma, glosses, name) kept between runs,
read ahead in batches.

A source index of a language read word by word (`PlainWords`: English) works out each new
word's shape once per process: its lemma (the lemma table and simplemma's answers), its
class, its glosses (its own pivot, the two words a closed compound splits into, JMdict
synonyms). That is a dozen look-ups in four tables a word, about 40 µs; a large index meets
tens of thousands of words. A shape depends only on the word, whether it opens its text,
the code and the installed data, so it is kept in the cache folder's `shapes-<language>`
answer table (`factcheck.cache_table`, named by the code fingerprint), and a later run
reads the shapes of all its new words in a few queries.

A stored value is read back only when every field has the type it was written with; any
other value (a damaged or planted row) is no answer, and the shape is worked out again.
"""

from __future__ import annotations

from factcheck.cache_table import CacheTable, cache_table
from factcheck.languages.interface import BridgeKind, Gloss
from factcheck.text.analyse import NameMention, WordShape

_BRIDGES = {kind.value: kind for kind in BridgeKind}


def table(language: str) -> CacheTable | None:
    """The table of shapes of one language's plain words (None without a cache folder)."""
    return cache_table(f"shapes-{language}")


def key(surface: str, opens: bool) -> str:
    """A word's key: whether it opens its text (a capital means less there), then the word."""
    return f"{'^' if opens else '.'}{surface}"


def stored(found: CacheTable, surface: str, opens: bool) -> WordShape | None:
    """The shape stored for a word, or None when there is none fit to use."""
    return decode(surface, found.get(key(surface, opens)))


def keep(found: CacheTable, surface: str, opens: bool, shape: WordShape) -> None:
    """Queue a shape worked out in this process, stored when it ends."""
    found.put(key(surface, opens), encode(shape))


def encode(shape: WordShape) -> list[object]:
    """A shape as JSON data: [normal, glosses, name's reading or None]; its surface is the
    key's."""
    glosses = [
        [gloss.pivot, gloss.text, gloss.layer, gloss.whole, gloss.bridge.value]
        for gloss in shape.glosses
    ]
    return [shape.normal, glosses, None if shape.name is None else shape.name.reading]


def decode(surface: str, value: object) -> WordShape | None:
    """The shape `encode` wrote for the word `surface`, or None for any other value."""
    if not isinstance(value, list) or len(value) != 3:
        return None
    normal, rows, reading = value
    if not (normal is None or type(normal) is str) or not isinstance(rows, list):
        return None
    if not (reading is None or type(reading) is str):
        return None
    glosses = []
    for row in rows:
        if not _gloss_row(row):
            return None
        pivot, text, layer, whole, bridge = row
        glosses.append(Gloss(pivot, text, layer, whole, _BRIDGES[bridge]))
    if normal is None and glosses:
        return None
    name = None if reading is None else NameMention(surface, reading)
    return WordShape(surface, normal, tuple(glosses), name)


def _gloss_row(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 5
        and type(row[0]) is str
        and type(row[1]) is str
        and type(row[2]) is str
        and type(row[3]) is bool
        and type(row[4]) is str
        and row[4] in _BRIDGES
    )
