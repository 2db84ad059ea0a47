"""The termbase's finders and the linter's index, stored compiled in the termbase cache: read
back they are the same as built from the entries, and a table that is not what was written is
never used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.terms import termbase as termbase_module
from factcheck.terms import termbase_cache
from factcheck.terms.lint import _LintIndex, lint_table, lint_text
from factcheck.terms.nearmiss import NearMissFinder
from factcheck.terms.termbase import Termbase, _LanguageFinders, load_termbase

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "takaichi-trump-call.article.txt"
HOUSE = Path(__file__).parent / "fixtures" / "lint" / "house.yaml"
TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "The India - Pacific and the Japan-US alliances. 日米同盟と自由で開かれたインド太平洋。",
    "Friendly and wide Pacific India; the Quad's FOIP; ſ Kelvin \u212a; U.S.-Japan Alliance.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def _roundtrip(termbase: Termbase) -> dict:
    """The compiled tables as the cache file holds them: through JSON."""
    tables = termbase.compiled_tables()
    for language, parts in tables.items():
        parts["lint"] = lint_table(termbase, language)
    return json.loads(json.dumps(tables, ensure_ascii=False))


def _automaton(automaton) -> list:
    return sorted(automaton.items()) if automaton is not None else []


def _finder_state(finders: _LanguageFinders) -> tuple:
    return (
        finders.finders,
        finders.scanned,
        finders.keys,
        finders.literals.keys,
        finders.ascii_literals,
        finders._written,
        _automaton(finders.starts),
        finders.candidates({"indo", "pacific", "japan", "free"}),
    )


def _near_state(near: NearMissFinder) -> tuple:
    return (
        list(near.forms),
        # sets as they iterate: the order candidates are tried in
        [(word, list(indexes)) for word, indexes in near.by_word.items()],
        near.joined,
        [(word, list(indexes)) for word, indexes in near.plural_heads.items()],
        near._official(),
        near.triggers,
        _automaton(near._trigger_scan),
    )


@pytest.mark.parametrize("house", [False, True])
def test_tables_read_back_are_the_finders_and_index_built_from_the_entries(house):
    termbase = load_termbase([HOUSE] if house else [], check_specs=False)
    fresh = Termbase(termbase.entries)
    stored = Termbase(termbase.entries, _roundtrip(fresh))
    assert set(stored._compiled) == {"en", "ja"}
    for language in ("en", "ja"):
        assert stored.compiled(language, "finders") is not None
        read = _LanguageFinders.from_table(stored.entries, stored.compiled(language, "finders"))
        assert _finder_state(read) == _finder_state(fresh._language(language))
    near = stored.compiled("en", "lint")["near"]
    built = _LintIndex(fresh, "en")
    assert _near_state(NearMissFinder.from_table(stored.entries, near)) == _near_state(built.near)
    assert stored.compiled("ja", "lint")["near"] is None
    for text in TEXTS:
        for language in ("en", "ja"):
            assert lint_text(text, stored, language=language) == lint_text(
                text, fresh, language=language
            )
            assert stored.find(text, language) == fresh.find(text, language)


def _spoils():
    def finders(change):
        return lambda tables: change(tables["en"]["finders"])

    def near(change):
        return lambda tables: change(tables["en"]["lint"]["near"])

    return [
        finders(lambda table: table.update(places=[10**6] * len(table["places"]))),
        finders(lambda table: table.update(places=[-1] * len(table["places"]))),
        finders(lambda table: table["forms"].pop()),
        finders(lambda table: table.update(spaced=[1] * len(table["spaced"]))),
        finders(lambda table: table.update(keyed=[[]] * len(table["keyed"]))),
        finders(lambda table: table.update(keyed=[[10**6]] * len(table["keyed"]))),
        finders(lambda table: table.update(written="not a list")),
        finders(lambda table: table.pop("scanned")),
        finders(lambda table: table.update(ascii_literals="yes")),
        near(lambda table: table.update(places=[10**6] * len(table["places"]))),
        near(lambda table: table.update(raw=[[1, 2]] * len(table["raw"]))),
        near(lambda table: table.update(seeded=[[10**6]] * len(table["seeded"]))),
        near(lambda table: table.update(checks=[[10**6]] * len(table["checks"]))),
        near(lambda table: table.update(companies=[7] * len(table["companies"]))),
        near(lambda table: table["triggers"].pop()),
        near(lambda table: table.pop("official_raw")),
        lambda tables: tables["en"]["lint"].update(folded="ab", owners=[["x"], ["y"]]),
        lambda tables: tables["en"]["lint"].update(owners=[[1]] * 3),
        lambda tables: tables["en"].update(lint=[]),
        lambda tables: tables["en"].update(finders=None),
    ]


@pytest.mark.parametrize("spoil", _spoils())
def test_a_spoiled_table_is_not_used(spoil):
    termbase = load_termbase([HOUSE], check_specs=False)
    fresh = Termbase(termbase.entries)
    tables = _roundtrip(fresh)
    spoil(tables)
    stored = Termbase(termbase.entries, tables)
    for text in TEXTS:
        assert lint_text(text, stored) == lint_text(text, fresh)
        assert stored.find(text, "en") == fresh.find(text, "en")


def _stored(cache):
    (path,) = cache.glob("termbase-*.json")
    return path, json.loads(path.read_text("utf-8"))


def test_the_cache_file_holds_the_tables_and_a_later_start_uses_them(cache, monkeypatch):
    termbase_module._checked_builtin.cache_clear()  # built by this process for another folder
    built = load_termbase()
    path, stored = _stored(cache)
    assert set(stored["compiled"]) == {"en", "ja"}
    expected = [lint_text(text, Termbase(built.entries)) for text in TEXTS]
    termbase_module._checked_builtin.cache_clear()
    monkeypatch.setattr(
        _LanguageFinders, "__init__", lambda *args: pytest.fail("finders built, not read")
    )
    monkeypatch.setattr(
        NearMissFinder, "__init__", lambda *args: pytest.fail("index built, not read")
    )
    again = load_termbase()
    assert again is not built
    assert [lint_text(text, again) for text in TEXTS] == expected
    termbase_module._checked_builtin.cache_clear()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda stored: stored.pop("compiled"),
        lambda stored: stored.update(compiled=[]),
        lambda stored: stored["compiled"].update(en={"finders": {}}),
        lambda stored: stored["compiled"].update(en={"finders": [], "lint": {}}),
        lambda stored: stored["compiled"].update(en={"finders": {}, "lint": {}, "more": {}}),
    ],
)
def test_a_cache_file_whose_tables_are_malformed_is_rebuilt(cache, monkeypatch, spoil):
    built = termbase_module._checked_builtin_entries()
    path, stored = _stored(cache)
    spoil(stored)
    path.write_text(json.dumps(stored), "utf-8")
    runs = []
    real = termbase_module._run_specs
    monkeypatch.setattr(termbase_module, "_run_specs", lambda t: (runs.append(1), real(t)))
    assert termbase_module._checked_builtin_entries() == built
    assert len(runs) == 1
    assert "en" in _stored(cache)[1]["compiled"]  # written again, whole


def test_the_key_covers_the_code_that_reads_the_tables():
    assert "terms/termbase_cache" in termbase_cache._CODE


def test_the_termbase_shipped_in_the_wheel_carries_its_tables(tmp_path, cache, monkeypatch):
    from factcheck.terms import shipped_termbase

    folder = tmp_path / "_built"
    folder.mkdir()
    shipped_termbase.write_compiled(folder)
    monkeypatch.setattr(shipped_termbase, "shipped_folder", lambda: folder)
    expected = [lint_text(text, Termbase(termbase_module.compile_builtin())) for text in TEXTS]
    monkeypatch.setattr(
        _LanguageFinders, "__init__", lambda *args: pytest.fail("finders built, not read")
    )
    monkeypatch.setattr(
        NearMissFinder, "__init__", lambda *args: pytest.fail("index built, not read")
    )
    shipped = termbase_module._checked_builtin_termbase()
    assert set(shipped._compiled) == {"en", "ja"}
    assert [lint_text(text, shipped) for text in TEXTS] == expected
    assert not cache.exists() or not list(cache.iterdir())  # nothing compiled here
