"""`verify --shard I/N`: every claim file in exactly one shard, shards balanced, stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.shard import Shard, parse_shard, select_shard, shard_key

names = st.lists(
    st.text(st.characters(categories=("L", "N"), include_characters="-_./"), min_size=1),
    max_size=60,
)


@given(names, st.integers(min_value=1, max_value=9))
def test_shards_cover_every_file_once_and_differ_by_at_most_one(raw, count):
    paths = [Path(name) for name in raw]
    shards = [select_shard(paths, Shard(i, count)) for i in range(1, count + 1)]
    chosen = [p for shard in shards for p in shard]
    assert sorted(chosen) == sorted(set(paths))
    sizes = [len(shard) for shard in shards]
    assert max(sizes) - min(sizes) <= 1


@given(names, st.randoms())
def test_a_shard_does_not_depend_on_the_order_files_are_given_in(raw, random):
    paths = [Path(name) for name in raw]
    shuffled = list(paths)
    random.shuffle(shuffled)
    for index in (1, 2, 3):
        assert set(select_shard(paths, Shard(index, 3))) == set(
            select_shard(shuffled, Shard(index, 3))
        )


def test_the_hash_is_stable_across_runs_and_machines():
    # SHA-256 of the POSIX path: pinned, so that a Python upgrade or a hash seed cannot move
    # files between shards (a file in no shard would go unchecked).
    assert shard_key(Path("claims/a.yaml")) == (
        "7d1a640f32e33491be509ebbc06e625a7800d1a3df47aa71b7ed51bde32b3e41"
    )


@pytest.mark.parametrize(("text", "expected"), [("1/1", Shard(1, 1)), (" 2/4 ", Shard(2, 4))])
def test_parse_shard(text, expected):
    assert parse_shard(text) == expected
    assert str(expected) == text.strip()


@pytest.mark.parametrize("text", ["", "1", "0/4", "5/4", "1/0", "a/b", "-1/2", "1/2/3", "1.5/2"])
def test_parse_shard_refuses_what_is_not_i_of_n(text):
    with pytest.raises(ValueError, match="I/N|1 to N"):
        parse_shard(text)
