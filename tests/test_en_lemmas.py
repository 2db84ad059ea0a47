"""The English lemma table gives exactly simplemma's lemmas, without decoding its data."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from factcheck import cache_table
from factcheck.languages import en_lemmas, lemma_table
from factcheck.languages.en_words import _zipf_table


def _forget() -> None:
    """What a new process starts from: nothing looked up or opened yet."""
    en_lemmas._table.cache_clear()
    en_lemmas._lemmatizer.cache_clear()
    cache_table.cache_table.cache_clear()


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no table shipped with the package (an editable install)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache))
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: tmp_path / "no-wheel")
    monkeypatch.setattr(en_lemmas, "_memory", None)
    monkeypatch.setattr(en_lemmas, "_misses", 0)
    _forget()
    yield cache
    _forget()


def _store_answers() -> None:
    """What the process does when it ends: write the pipeline answers it computed."""
    answers = en_lemmas._answers()
    assert answers is not None
    answers.store()


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
    _store_answers()
    (path,) = fresh_cache.glob("lemma-answers-en-*.sqlite")
    with sqlite3.connect(path) as connection:
        rows = dict(connection.execute("SELECT key, value FROM answers").fetchall())
    assert rows == {"indo-pacific": f'"{simplemma.lemmatize("indo-pacific", lang="en")}"'}
    _forget()  # the next process answers from the stored row, without simplemma
    assert en_lemmas.lemma("indo-pacific") == simplemma.lemmatize("indo-pacific", lang="en")
    assert en_lemmas._lemmatizer.cache_info().currsize == 0


def test_without_a_cache_folder_simplemma_runs_as_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: tmp_path / "no-wheel")
    _forget()
    try:
        assert en_lemmas._table() is None
        assert en_lemmas.lemma("deepened") == "deepen"
    finally:
        _forget()


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
    _store_answers()
    _forget()  # a new process: nothing read yet
    en_lemmas.prefetch([*words, "zzqx"])
    table = en_lemmas._table()
    answers = en_lemmas._answers()
    assert table is not None and answers is not None
    queries: list[str] = []
    real_db, real_answers_db = table._db, answers._db

    def counting_db() -> sqlite3.Connection:
        queries.append("query")
        return real_db()

    def counting_answers_db() -> sqlite3.Connection | None:
        queries.append("answers query")
        return real_answers_db()

    monkeypatch.setattr(table, "_db", counting_db)
    monkeypatch.setattr(answers, "_db", counting_answers_db)
    assert {word: en_lemmas.lemma(word) for word in words} == expected
    assert table.get("zzqx") is None and answers.get("zzqx") is None  # absent: known
    assert queries == []


def test_parts_read_ahead_answer_known_without_a_query_each(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.languages.en import closed_parts

    words = ["harbourmaster", "shipbuilding", "cybersecurity", "zzqxwvplk"]
    expected = [closed_parts(word) for word in words]  # builds the table
    _forget()  # a new process: nothing read yet
    en_lemmas.prefetch_known(
        part
        for word in words
        for cut in range(4, len(word) - 3)
        for part in (word[:cut], word[cut:])
    )
    table = en_lemmas._table()
    assert table is not None
    queries: list[str] = []
    real_db = table._db

    def counting_db() -> sqlite3.Connection:
        queries.append("query")
        return real_db()

    monkeypatch.setattr(table, "_db", counting_db)
    assert [closed_parts(word) for word in words] == expected
    assert expected[2] == (("cyber", "security"),)
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

    assert sorted(lemma_table.pairs_of(Plain())) == public


@pytest.fixture(scope="module")
def built_table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A table as the wheel build writes it (hatch_build.py calls the same function)."""
    folder = tmp_path_factory.mktemp("wheel")
    key = lemma_table.source_key(lemma_table.simplemma_dir() or Path())
    path = folder / lemma_table.file_name(key)
    lemma_table.write_table(path)
    return path


def test_a_table_shipped_for_the_installed_simplemma_is_read_and_nothing_built(
    fresh_cache: Path, built_table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: built_table.parent)
    before = built_table.read_bytes()
    words = _sample()[::7]
    assert {w: en_lemmas.lemma(w) for w in words} == {
        w: simplemma.lemmatize(w, lang="en") for w in words
    }
    table = en_lemmas._table()
    assert table is not None and table.shipped and table.path == built_table
    assert not list(fresh_cache.glob("lemmas-en-*"))  # nothing decoded into the cache folder
    _store_answers()
    assert built_table.read_bytes() == before  # the wheel's file is never written


def test_a_shipped_table_works_with_a_cache_folder_that_cannot_be_written_or_none(
    fresh_cache: Path, built_table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: built_table.parent)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    # A folder inside a regular file can be neither made nor written, even by root.
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    assert en_lemmas.lemma("deepened") == "deepen"
    assert en_lemmas.lemma("indo-pacific") == simplemma.lemmatize("indo-pacific", lang="en")
    table = en_lemmas._table()
    assert table is not None and table.shipped
    _forget()
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    assert en_lemmas.lemma("agreements") == "agreement"
    table = en_lemmas._table()
    assert table is not None and table.shipped


def test_without_a_shipped_table_a_cache_folder_that_cannot_be_written_costs_only_time(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    assert en_lemmas._table() is None  # simplemma runs as shipped
    assert en_lemmas.lemma("deepened") == "deepen"


def test_a_shipped_table_of_another_simplemma_or_damaged_is_not_read(
    fresh_cache: Path, built_table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = tmp_path / "other-wheel"
    wheel.mkdir()
    # A table built from other simplemma files carries another key in its name: it is left
    # alone, even though it answers "deepened" differently.
    other = wheel / lemma_table.file_name("0" * 64)
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE lemmas (word TEXT PRIMARY KEY, lemma TEXT)")
        connection.execute("INSERT INTO lemmas VALUES ('deepened', 'wrong')")
    connection.close()
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: wheel)
    assert en_lemmas.lemma("deepened") == "deepen"
    table = en_lemmas._table()
    assert table is not None and not table.shipped and table.path.parent == fresh_cache
    # This simplemma's name, but not a database: the cache folder's table is read instead.
    (wheel / built_table.name).write_bytes(b"not a database")
    _forget()
    assert en_lemmas.lemma("agreements") == "agreement"
    table = en_lemmas._table()
    assert table is not None and not table.shipped
