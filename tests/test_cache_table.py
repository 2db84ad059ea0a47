"""Slow look-ups kept between runs (JMdict synonyms, Sudachi's morphemes): reused when
stored, recomputed when missing or damaged, never read from a file others may write."""

from __future__ import annotations

import os
import sqlite3

import pytest

from factcheck import cache_table
from factcheck.languages import ja_lexicon, ja_morphology
from factcheck.languages import jmdict as jmdict_module
from factcheck.languages.jmdict import JMdict


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    cache_table.cache_table.cache_clear()
    yield folder
    cache_table.cache_table.cache_clear()


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
    for kind in ("synonyms-en", "morphemes-ja", "glosses-ja", "rarity-en"):
        table = cache_table.cache_table(kind)
        assert table is not None
        table.store()
    cache_table.cache_table.cache_clear()


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
    (table,) = cache.glob("synonyms-en-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute('UPDATE answers SET value = \'{"not": "a list"}\'')
    runs = _counting(monkeypatch)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]


def _damage(table, damage: str) -> None:
    """Leave `table` as a system crash may: empty, cut short, garbled, or without its table."""
    if damage == "empty":
        table.write_bytes(b"")
    elif damage == "truncated":
        table.write_bytes(table.read_bytes()[:700])
    elif damage == "garbage":
        table.write_bytes(b"not a database, " * 512)
    else:
        table.unlink()
        sqlite3.connect(table).execute("CREATE TABLE other (x)").connection.close()


def _answers(table) -> int:
    with sqlite3.connect(f"file:{table}?mode=ro", uri=True) as connection:
        count: int = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
    connection.close()
    return count


DAMAGE = ["empty", "truncated", "garbage", "no table"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_table_file_is_replaced_and_answers_again(cache, monkeypatch, damage):
    # Tables are written without waiting for the disk: one a system crash left damaged costs
    # its answers once, never the run, and is not left to fail every later run.
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    _damage(table, damage)
    runs = _counting(monkeypatch)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]
    assert _answers(table) == 0  # replaced by an empty table at the first read
    jmdict_module.prefetch_synonyms(["woman"])
    assert cache_table.cache_table("synonyms-en").get("woman") is None
    _end_process()  # this run's answers go into the new table
    assert _answers(table) == 1
    assert "reinforcement" in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]  # the next run reads it back


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_table_found_damaged_when_storing_is_replaced_and_takes_the_answers(
    cache, monkeypatch, damage
):
    _fresh().synonyms("strengthening")
    (table,) = cache.glob("synonyms-en-*.sqlite")
    _damage(table, damage)
    table.with_name(table.name + "-journal").write_bytes(b"left by the crash" * 64)
    _end_process()
    assert not table.with_name(table.name + "-journal").exists()
    assert _answers(table) == 1
    runs = _counting(monkeypatch)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    assert runs == []


def test_a_damaged_file_that_is_not_ours_alone_or_a_link_is_left_alone(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    elsewhere = cache / "elsewhere.sqlite"
    elsewhere.write_bytes(b"not a database, " * 512)
    table.unlink()
    table.symlink_to(elsewhere)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    _end_process()
    assert table.is_symlink()
    assert elsewhere.read_bytes() == b"not a database, " * 512
    table.unlink()
    table.write_bytes(b"not a database, " * 512)
    os.chmod(table, 0o666)
    assert "reinforcement" in _fresh().synonyms("strengthening")
    _end_process()
    assert table.read_bytes() == b"not a database, " * 512


def test_a_table_another_process_has_just_replaced_is_kept(cache):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    seen = cache_table._identity(table)
    newer = cache / "newer.sqlite"
    cache_table._create(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("INSERT INTO answers VALUES ('woman', '[\"female\"]')")
    connection.close()
    os.replace(newer, table)
    assert cache_table._replace_damaged(table, seen)
    with sqlite3.connect(table) as connection:
        assert connection.execute("SELECT key FROM answers").fetchall() == [("woman",)]
    connection.close()


def test_a_busy_table_is_not_taken_for_a_damaged_one(cache):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    seen = cache_table._identity(table)
    holder = sqlite3.connect(table, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        reader = sqlite3.connect(f"file:{table}?mode=ro", uri=True, timeout=0)
        with pytest.raises(sqlite3.OperationalError) as busy:
            reader.execute("SELECT value FROM answers").fetchall()
        reader.close()
        assert not cache_table._damaged(busy.value)
        answers = cache_table.cache_table("synonyms-en")
        assert answers is not None
        answers.put("woman", ["female"])
        answers.store()  # gives up after its timeout
    finally:
        holder.rollback()
        holder.close()
    assert cache_table._identity(table) == seen
    assert _answers(table) == 1


def test_a_table_others_may_write_is_not_read(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute("UPDATE answers SET value = '[\"planted\"]'")
    os.chmod(table, 0o666)
    runs = _counting(monkeypatch)
    assert "planted" not in _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]


def test_a_new_build_starts_a_new_table(cache, monkeypatch):
    _fresh().synonyms("strengthening")
    _end_process()
    monkeypatch.setattr(cache_table, "code_fingerprint", lambda: "f" * 64)
    runs = _counting(monkeypatch)
    _fresh().synonyms("strengthening")
    assert runs == ["strengthening"]
    assert len(list(cache.glob("synonyms-en-*.sqlite"))) == 2


def test_no_cache_folder_means_no_table(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    cache_table.cache_table.cache_clear()
    try:
        assert cache_table.cache_table("synonyms-en") is None
        assert "reinforcement" in _fresh().synonyms("strengthening")
    finally:
        cache_table.cache_table.cache_clear()


def test_the_table_stops_growing_at_its_bound(cache, monkeypatch):
    monkeypatch.setattr(cache_table, "MAX_BYTES", 1)
    fresh = _fresh()
    fresh.synonyms("strengthening")
    fresh.synonyms("woman")
    _end_process()
    (table,) = cache.glob("synonyms-en-*.sqlite")
    with sqlite3.connect(table) as connection:
        assert connection.execute("SELECT count(*) FROM answers").fetchone() == (0,)


SENTENCE = "高市総理は、日米同盟を更なる高みに引き上げたいと述べました。"


def _counting_sudachi(monkeypatch) -> list[str]:
    runs: list[str] = []
    real = ja_morphology._sudachi_morphemes

    def counting(text):
        runs.append(text)
        return real(text)

    monkeypatch.setattr(ja_morphology, "_sudachi_morphemes", counting)
    return runs


def test_a_sentence_analysed_before_is_not_given_to_sudachi_again(cache, monkeypatch):
    runs = _counting_sudachi(monkeypatch)
    first = ja_morphology._morphemes.__wrapped__(SENTENCE)
    assert runs == [SENTENCE]
    assert [m[3] for m in first if m[0] == "引き上げ"] == ["引き上げる"]
    _end_process()
    again = ja_morphology._morphemes.__wrapped__(SENTENCE)
    assert runs == [SENTENCE]  # read back
    assert again == first
    assert ja_morphology._analyse.__wrapped__(SENTENCE) == ja_morphology._analyse(SENTENCE)


@pytest.mark.parametrize(
    "stored",
    [
        '"not a list"',
        '[["高市", 0, 2, "高市", "高市", "タカイチ"]]',
        '[["安倍", 0, 2, "安倍", "安倍", "アベ", ["名詞", "固有名詞", "人名"]]]',
        '[["高市", 0, 99, "高市", "高市", "タカイチ", ["名詞", "固有名詞", "人名"]]]',
        '[["高市", 0, 2, 5, "高市", "タカイチ", ["名詞", "固有名詞", "人名"]]]',
        '[["高市", true, 2, "高市", "高市", "タカイチ", ["名詞", "固有名詞", "人名"]]]',
    ],
)
def test_stored_morphemes_that_do_not_fit_the_sentence_are_not_used(cache, monkeypatch, stored):
    ja_morphology._morphemes.__wrapped__(SENTENCE)
    _end_process()
    (table,) = cache.glob("morphemes-ja-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute("UPDATE answers SET value = ?", (stored,))
    runs = _counting_sudachi(monkeypatch)
    assert ja_morphology._morphemes.__wrapped__(SENTENCE) == ja_morphology._sudachi_morphemes(
        SENTENCE
    )
    assert runs[0] == SENTENCE


def test_japanese_glosses_and_english_rarity_are_read_back_equal(cache, monkeypatch):
    from factcheck.languages import en, en_words

    glosses = ja_lexicon.glosses_of.__wrapped__("深化", "深化")
    assert "deepen" in {gloss.pivot for gloss in glosses}
    rarity = en.rarity_of.__wrapped__("frigate")
    _end_process()
    calls: list[str] = []
    monkeypatch.setattr(ja_lexicon, "_glosses_of", lambda *a: calls.append("glosses") or ())
    monkeypatch.setattr(en_words, "_rarity_of", lambda *a: calls.append("rarity") or 1.0)
    assert ja_lexicon.glosses_of.__wrapped__("深化", "深化") == glosses
    assert en.rarity_of.__wrapped__("frigate") == rarity
    assert calls == []


def test_a_gloss_read_back_still_says_whether_it_is_a_whole_gloss(cache, monkeypatch):
    # 前半 "first half": "first" is one word of a phrase, which qualifiers must not take.
    glosses = ja_lexicon.glosses_of.__wrapped__("前半", "前半")
    assert any(not gloss.whole for gloss in glosses)
    _end_process()
    monkeypatch.setattr(ja_lexicon, "_glosses_of", lambda *a: ())
    assert ja_lexicon.glosses_of.__wrapped__("前半", "前半") == glosses


@pytest.mark.parametrize("stored", ["true", "1e9", '"rare"', "null"])
def test_a_rarity_outside_its_range_or_not_a_number_is_recomputed(cache, stored):
    from factcheck.languages import en, en_words

    rarity = en.rarity_of.__wrapped__("frigate")
    _end_process()
    (table,) = cache.glob("rarity-en-*.sqlite")
    with sqlite3.connect(table) as connection:
        connection.execute("UPDATE answers SET value = ?", (stored,))
    assert en.rarity_of.__wrapped__("frigate") == rarity == en_words._rarity_of("frigate")


def test_answers_read_ahead_are_those_a_query_gives(cache, monkeypatch):
    words = ["strengthening", "woman", "alliance"]
    for word in words:
        _fresh().synonyms(word)
    _end_process()
    table = cache_table.cache_table("synonyms-en")
    assert table is not None
    one_by_one = {word: table.get(word) for word in [*words, "never-asked"]}
    cache_table.cache_table.cache_clear()
    jmdict_module.prefetch_synonyms([*words, "never-asked"])
    ahead = cache_table.cache_table("synonyms-en")
    assert ahead is not None
    monkeypatch.setattr(ahead, "_db", lambda: pytest.fail("read ahead: no query"))
    assert {word: ahead.get(word) for word in one_by_one} == one_by_one
    assert one_by_one["never-asked"] is None
    assert isinstance(one_by_one["strengthening"], list)
