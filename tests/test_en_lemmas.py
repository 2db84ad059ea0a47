"""The English lemma table gives exactly simplemma's lemmas, without decoding its data."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from factcheck.languages import en_lemmas
from factcheck.languages.en import _zipf_table


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(en_lemmas, "_memory", None)
    monkeypatch.setattr(en_lemmas, "_misses", 0)
    en_lemmas._table.cache_clear()
    en_lemmas._lemmatizer.cache_clear()
    yield tmp_path
    en_lemmas._table.cache_clear()
    en_lemmas._lemmatizer.cache_clear()
    en_lemmas._pending.clear()


def _sample() -> list[str]:
    dictionary = list(DEFAULT_DICTIONARY_FACTORY.get_dictionary("en"))
    words = dictionary[::40] + list(_zipf_table())[::10]
    lowered = [word.lower() for word in words]
    awkward = [
        "takaichi", "kuala", "lumpur", "indo-pacific", "like-minded", "o'clock", "tie-up",
        "japan-u", "one-tenth", "deepened", "congratulations", "2025", "G7", "Ms", "naïve",
        "high-spirited", "rock'n'roll", "agreements", "reaffirmed", "ASEAN",
    ]  # fmt: skip
    return words + lowered + awkward


def test_every_answer_is_simplemmas(fresh_cache: Path) -> None:
    words = _sample()
    got = {word: en_lemmas.lemma(word) for word in words}
    wrong = {w: (got[w], simplemma.lemmatize(w, lang="en")) for w in words}
    wrong = {w: pair for w, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong
    assert len(list(fresh_cache.glob("lemmas-en-*.sqlite"))) == 1


def test_a_plain_word_needs_no_simplemma(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    en_lemmas.lemma("deepened")  # builds the table
    monkeypatch.setitem(sys.modules, "simplemma", None)  # any import of it now fails
    en_lemmas._lemmatizer.cache_clear()
    assert en_lemmas.lemma("deepened") == "deepen"
    assert en_lemmas.lemma("agreements") == "agreement"


def test_pipeline_answers_are_kept_for_the_next_process(fresh_cache: Path) -> None:
    assert en_lemmas.lemma("indo-pacific") == simplemma.lemmatize("indo-pacific", lang="en")
    table = en_lemmas._table()
    assert table is not None
    en_lemmas._store_pending(table.path)  # what the process does when it ends
    with sqlite3.connect(table.path) as connection:
        rows = dict(connection.execute("SELECT word, lemma FROM computed").fetchall())
    assert rows == {"indo-pacific": simplemma.lemmatize("indo-pacific", lang="en")}
    assert table.computed("indo-pacific") == rows["indo-pacific"]


def test_without_a_cache_folder_simplemma_runs_as_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    en_lemmas._table.cache_clear()
    en_lemmas._lemmatizer.cache_clear()
    try:
        assert en_lemmas._table() is None
        assert en_lemmas.lemma("deepened") == "deepen"
    finally:
        en_lemmas._table.cache_clear()
        en_lemmas._lemmatizer.cache_clear()


def test_an_unreadable_table_is_rebuilt(fresh_cache: Path) -> None:
    en_lemmas.lemma("deepened")
    (path,) = fresh_cache.glob("lemmas-en-*.sqlite")
    path.write_bytes(b"not a database")
    en_lemmas._table.cache_clear()
    assert en_lemmas.lemma("agreements") == "agreement"
    assert path.read_bytes()[:15] == b"SQLite format 3"


def test_many_unknown_words_load_the_dictionary_with_the_same_answers(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(en_lemmas, "MISSES_BEFORE_LOADING", 3)
    coined = ["zorbified", "blenting", "quaxes", "frimbled", "glorpings", "snarfed"]
    before = [en_lemmas.lemma(word) for word in coined[:3]]
    assert en_lemmas._memory is None
    after = [en_lemmas.lemma(word) for word in [*coined[3:], "deepened", "Agreements"]]
    assert en_lemmas._memory is not None
    expected = [simplemma.lemmatize(w, lang="en") for w in [*coined, "deepened", "Agreements"]]
    assert before + after == expected


def test_words_read_ahead_give_the_same_answers_without_a_query_each(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = _sample()
    expected = {word: en_lemmas.lemma(word) for word in words}  # builds the table
    table = en_lemmas._table()
    assert table is not None
    en_lemmas._store_pending(table.path)
    en_lemmas._table.cache_clear()  # a new process: nothing read yet
    en_lemmas.prefetch([*words, "zzqx"])
    table = en_lemmas._table()
    assert table is not None
    queries: list[str] = []
    real_db = table._db

    def counting_db() -> sqlite3.Connection:
        queries.append("query")
        return real_db()

    monkeypatch.setattr(table, "_db", counting_db)
    assert {word: en_lemmas.lemma(word) for word in words} == expected
    assert table.get("zzqx") is None and table.computed("zzqx") is None  # absent: known
    assert queries == []


def test_the_table_holds_every_pair_of_simplemmas_dictionary_read_either_way(
    fresh_cache: Path,
) -> None:
    from collections.abc import Mapping

    dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary("en")
    en_lemmas.lemma("deepened")  # builds the table
    (path,) = fresh_cache.glob("lemmas-en-*.sqlite")
    with sqlite3.connect(path) as connection:
        stored = connection.execute("SELECT word, lemma FROM lemmas").fetchall()
    public = sorted((word, dictionary[word]) for word in dictionary)
    assert stored == public

    class Plain(Mapping[str, str]):  # a mapping without simplemma's bytes store
        def __getitem__(self, key: str) -> str:
            return dictionary[key]

        def __iter__(self) -> Iterator[str]:
            return iter(dictionary)

        def __len__(self) -> int:
            return len(dictionary)

    assert sorted(en_lemmas._pairs(Plain())) == public
