"""Shard: split the claim files of a run over N CI jobs, each file in exactly one job.

Takes the claim files (as every job is given them) and `I/N`; gives job I's files. Files are
ranked by a SHA-256 of their path, then dealt out in turn, so the shards differ in size by at
most one file, and a job's files depend on the paths alone: not on the order they were
given in, the machine, or Python's per-process hash seed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath


@dataclass(frozen=True)
class Shard:
    """Job `index` (1-based) of `count`."""

    index: int
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    """`I/N` as a Shard; ValueError saying what is wrong otherwise."""
    index_text, sep, count_text = text.strip().partition("/")
    if not sep or not index_text.strip().isdigit() or not count_text.strip().isdigit():
        raise ValueError(f"'{text}' is not I/N (e.g. 2/4 for the second of four jobs)")
    index, count = int(index_text), int(count_text)
    if count < 1 or not 1 <= index <= count:
        raise ValueError(f"'{text}': I must be from 1 to N, and N at least 1")
    return Shard(index, count)


def shard_key(path: PurePath) -> str:
    """The stable hash that places a path: SHA-256 of its POSIX form."""
    return hashlib.sha256(path.as_posix().encode("utf-8")).hexdigest()


def select_shard(paths: Sequence[Path], shard: Shard) -> list[Path]:
    """The paths of this shard, in the order given; duplicates count once."""
    unique = list(dict.fromkeys(paths))
    ranked = sorted(unique, key=lambda p: (shard_key(p), p.as_posix()))
    mine = {p for rank, p in enumerate(ranked) if rank % shard.count == shard.index - 1}
    return [p for p in unique if p in mine]
