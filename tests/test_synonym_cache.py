"""JMdict synonyms kept between runs: reused when stored, recomputed when missing or damaged,
never read from a file others may write."""

from __future__ import annotations

import os
import sqlite3

import pytest

from factcheck.languages import jmdict as jmdict_module
from factcheck.languages import synonym_cache
from factcheck.languages.jmdict import JMdict


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    synonym_cache.synonym_store.cache_clear()
    yield folder
    synonym_cache.synonym_store.cache_clear()


def _fresh() -> JMdict:
    """A dictionary with an empty in-process cache, as a new process has."""
    return JMdict(jmdict_module.jmdict().path)


def _counting(monkeypatch) -> list[str]:
    runs: list[str] = []
    real = JMdict._synonyms

    def counting(self, english):
        runs.append(english)
        return real(self, english)

    monkeypatch.setattr(JMdict, "_synonyms", counting)
    return runs


def _end_process() -> None:
    store = synonym_cache.synonym_store()
    assert store is not None
    store.store()
    synonym_cache.synonym_store.cache_clear()


def test_a_later_run_reads_the_answer_instead_of_querying_jmdict(cache, monkeypatch):
    runs = _counting(monkeypatch)
    first = _fresh().synonyms("strengthening")
    assert "reinforcement" in first  # the docstring's own example, from the real data
    assert runs == ["strengthening"]
    _end_process()
    assert _fresh().synonyms("strengthening") == first
    assert runs == ["strengthening"]  # read back, not queried
    assert _fresh().synonyms("woman") == _fresh()._synonyms("woman")
    assert runs[1:] == ["woman", "woman"]


def test_a_damaged_answer_is_recomputed(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute('UPDATE synonyms SET synonyms = \'{"not": "a list"}\'')
    runs = _counting(monkeypatch)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]


def test_a_table_others_may_write_is_not_read(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute("UPDATE synonyms SET synonyms = '[\"planted\"]'")
    os.chmod(table, 0o666)
    runs = _counting(monkeypatch)
    assert "planted" not in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]


def test_a_new_build_starts_a_new_table(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    monkeypatch.setattr(synonym_cache, "code_fingerprint", lambda: "f" * 64)
    runs = _counting(monkeypatch)
    _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]
    assert len(list(cache.glob("synonyms-*.sqlite"))) == 2


def test_no_cache_folder_means_no_table(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    synonym_cache.synonym_store.cache_clear()
    try:
        assert synonym_cache.synonym_store() is None
        assert "reinforcement" in _fresh().synonyms("strengthening")
    finally:
        synonym_cache.synonym_store.cache_clear()


def test_the_table_stops_growing_at_its_bound(cache, monkeypatch):
    monkeypatch.setattr(synonym_cache, "MAX_WORDS", 1)
    fresh = _fresh()
    fresh.synonyms("strengthening")
    fresh.synonyms("woman")
    _end_process()
    (table,) = cache.glob("synonyms-*.sqlite")
    with sqlite3.connect(table) as connection:
        assert connection.execute("SELECT count(*) FROM synonyms").fetchone() == (0,)
