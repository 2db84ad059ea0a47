"""General word frequencies from wordfreq's small lists, per language: how common a word is
in everyday use, read as a rarity factor (rarer words are better evidence).

Read from the wordfreq package's data files (their "cB" format: buckets of words, one per
centibel) rather than through `import wordfreq`, whose imports (regex, ftfy, langcodes) cost
ten times the 30 ms a list takes, and whose Japanese look-up needs MeCab, which factcheck does
not install: a Japanese word is looked up as Sudachi gives it, whole.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import os

import msgpack

from factcheck.thresholds import RARE_WORD_ZIPF, RARITY_RANGE, RARITY_STEP


@functools.cache
def zipf_table(language: str) -> dict[str, float]:
    """wordfreq's small list of a language as word → Zipf frequency."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise LookupError("the wordfreq package is not installed")
    path = os.path.join(os.path.dirname(spec.origin), "data", f"small_{language}.msgpack.gz")
    with gzip.open(path, "rb") as stream:
        header, *buckets = msgpack.unpack(stream, raw=False)
    if header.get("format") != "cB":
        raise LookupError(f"unknown wordfreq data format in {path}")
    table: dict[str, float] = {}
    for centibels, words in enumerate(buckets):
        for word in words:
            table.setdefault(word, 9.0 - centibels / 100)
    return table


def rarity_from_zipf(zipf: float) -> float:
    """The rarity factor of a word this frequent: 1 at RARE_WORD_ZIPF, RARITY_STEP more for
    each Zipf step rarer, less for each commoner, within RARITY_RANGE."""
    low, high = RARITY_RANGE
    return max(low, min(high, 1.0 + (RARE_WORD_ZIPF - zipf) * RARITY_STEP))
