"""Plain words' shapes kept between runs (`factcheck.text.shape_table`): read back equal to
the shapes worked out, in a few queries; a damaged or planted row is worked out again."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck import cache_table
from factcheck.languages.interface import BridgeKind, Gloss
from factcheck.text import analyse, shape_table
from factcheck.text.analyse import NameMention, WordShape

TEXTS = [
    "Valparaiso expanded its desalination plant, the harbour authority said on Monday.",
    "Engineers from Tromsø trained port staff in cybersecurity and shipbuilding.",
    "The two governments signed a fisheries memorandum in Valparaiso.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    cache_table.cache_table.cache_clear()
    analyse._plain.clear()
    yield folder
    cache_table.cache_table.cache_clear()
    analyse._plain.clear()


def _end_process() -> None:
    table = shape_table.table("en")
    assert table is not None
    table.store()
    cache_table.cache_table.cache_clear()
    analyse._plain.clear()


def _fields(shapes: list[tuple[WordShape, ...]]) -> list[list[object]]:
    return [
        [(s.surface, s.normal, s.glosses, s.name, s.kept, s.read_name) for s in text]
        for text in shapes
    ]


def _counting(monkeypatch) -> list[str]:
    worked: list[str] = []
    real = analyse._shape

    def counting(module, token):
        worked.append(token.surface)
        return real(module, token)

    monkeypatch.setattr(analyse, "_shape", counting)
    return worked


def test_a_later_run_reads_the_shapes_back_equal_without_working_them_out(cache, monkeypatch):
    first = analyse._plain_shapes_each(TEXTS, "en")
    assert first is not None
    words = {s.normal for text in first for s in text}
    assert {"desalination", "cybersecurity", "valparaiso"} <= words
    _end_process()
    worked = _counting(monkeypatch)
    again = analyse._plain_shapes_each(TEXTS, "en")
    assert again is not None
    assert _fields(again) == _fields(first)
    assert worked == []


def test_the_shapes_are_read_in_a_few_queries(cache, monkeypatch):
    analyse._plain_shapes_each(TEXTS, "en")
    _end_process()
    table = shape_table.table("en")
    assert table is not None
    queries: list[str] = []
    real = table._db

    def counting():
        connection = real()

        class Counted:
            def execute(self, sql, *args):
                queries.append(sql)
                return connection.execute(sql, *args)

        return Counted()

    monkeypatch.setattr(table, "_db", counting)
    analyse._plain_shapes_each(TEXTS, "en")
    assert 0 < len(queries) <= 2


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[1, 2]",
        '{"normal": "x"}',
        '["plant", [["plant", "plant", "lemma", "yes", "near-synonym"]], null]',
        '["plant", [["plant", "plant", "lemma", true, "cousin"]], null]',
        '["plant", [["plant", "plant", "lemma", true]], null]',
        '[null, [["plant", "plant", "lemma", true, "kin"]], null]',
        '["plant", [], 7]',
    ],
)
def test_a_damaged_shape_is_worked_out_again(cache, monkeypatch, stored):
    first = analyse._plain_shapes_each(TEXTS, "en")
    _end_process()
    (path,) = cache.glob("shapes-en-*.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE answers SET value = ?", (stored,))
    worked = _counting(monkeypatch)
    again = analyse._plain_shapes_each(TEXTS, "en")
    assert again is not None and first is not None
    assert _fields(again) == _fields(first)
    assert "desalination" in worked


def test_a_shape_encodes_and_decodes_field_by_field():
    shape = WordShape(
        "Harbour",
        "harbour",
        (
            Gloss("harbour", "harbour", "lemma"),
            Gloss("port", "port", "JMdict synonym", False, BridgeKind.KIN),
        ),
        NameMention("Harbour", ""),
    )
    back = shape_table.decode("Harbour", shape_table.encode(shape))
    assert back is not None
    assert (back.surface, back.normal, back.glosses, back.name, back.kept) == (
        shape.surface,
        shape.normal,
        shape.glosses,
        shape.name,
        shape.kept,
    )
    bare = WordShape("of", None, (), None)
    back = shape_table.decode("of", shape_table.encode(bare))
    assert back is not None and (back.normal, back.glosses, back.name, back.kept) == (
        None,
        (),
        None,
        False,
    )
