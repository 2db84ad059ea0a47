"""The publisher profiles' CSS selectors compiled at wheel-build time: read back equal to
soupsieve's own compile, used only under the soupsieve they were built with, and never
trusted when the file does not read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soupsieve

from factcheck.sources.extract import selectors
from factcheck.sources.extract.boilerplate import parse_soup
from factcheck.sources.publishers import load_profiles

SHIPPED = sorted(set(selectors.profile_selectors(load_profiles())))

PAGE = (
    "<html><head><title>Site | A title</title></head><body><div id='main'>"
    "<h1>A heading</h1><p class='date'>1 November 2025</p><div class='article'><p>One.</p>"
    "<figure><figcaption>Photo</figcaption></figure><p>Two.</p></div></div>"
    "<main><article><p>Three.</p></article></main><time datetime='2025-11-01'>x</time>"
    "</body></html>"
)


@pytest.fixture
def wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `_built` folder holding what the wheel build writes, standing in for the package's."""
    folder = tmp_path / "_built"
    folder.mkdir()
    selectors.write_shipped(folder, SHIPPED)
    _forget(monkeypatch, folder)
    return folder


def _forget(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(selectors, "shipped_folder", lambda: folder)
    selectors._shipped.cache_clear()
    selectors.compiled.cache_clear()


@pytest.fixture(autouse=True)
def _fresh() -> object:
    yield
    selectors._shipped.cache_clear()
    selectors.compiled.cache_clear()


def _no_compile(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def refuse(pattern: str, *args: object, **kwargs: object) -> soupsieve.SoupSieve:
        asked.append(pattern)
        raise AssertionError(f"compiled {pattern!r}")

    monkeypatch.setattr(selectors.soupsieve, "compile", refuse)
    return asked


def test_the_profiles_have_selectors_to_ship() -> None:
    assert "h1" in SHIPPED and len(SHIPPED) > 10
    assert any(", " in selector for selector in SHIPPED)  # the drop selectors, joined


def test_every_shipped_selector_reads_back_equal_to_soupsieves_compile(
    wheel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = {selector: soupsieve.compile(selector) for selector in SHIPPED}
    _no_compile(monkeypatch)
    for selector in SHIPPED:
        found = selectors.compiled(selector)
        assert found == expected[selector], selector  # field by field, patterns included
        assert found.pattern == selector


def test_read_back_selectors_find_what_soupsieve_finds(wheel: Path) -> None:
    page = parse_soup(PAGE)
    for selector in SHIPPED:
        ours = selectors.compiled(selector)
        assert ours.select(page) == page.select(selector), selector
        assert ours.select_one(page) is page.select_one(selector), selector


def test_a_selector_not_shipped_is_compiled_and_a_bad_one_still_fails(wheel: Path) -> None:
    assert selectors.compiled("div.other > p") == soupsieve.compile("div.other > p")
    with pytest.raises(soupsieve.SelectorSyntaxError):
        selectors.compiled("div[")


def test_a_file_built_under_another_soupsieve_is_not_read(
    wheel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = wheel.glob("css-selectors-*.json")
    path.rename(wheel / selectors.file_name("0" * 32))
    _forget(monkeypatch, wheel)
    asked = []
    real = soupsieve.compile

    def counting(pattern: str, *args: object, **kwargs: object) -> soupsieve.SoupSieve:
        asked.append(pattern)
        return real(pattern)

    monkeypatch.setattr(selectors.soupsieve, "compile", counting)
    assert selectors.compiled("h1") == real("h1")
    assert asked == ["h1"]


def _stored(wheel: Path) -> tuple[Path, dict[str, object]]:
    (path,) = wheel.glob("css-selectors-*.json")
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda table: "not json {",
        lambda table: json.dumps(["h1"]),
        lambda table: json.dumps({"h1": {"class": "Popen", "fields": []}}),
        lambda table: json.dumps({"h1": {"class": "SelectorList", "fields": [1, 2]}}),
        lambda table: json.dumps({"h1": {"class": "SelectorTag", "fields": ["h1", None]}}),
        lambda table: json.dumps({"h1": {"pattern": ["x"], "flags": 0}}),
        lambda table: json.dumps({"h1": {"eval": "1"}}),
        lambda table: json.dumps({"h1": [[[[[[[[[[[[]]]]]]]]]]]]}),
        lambda table: json.dumps({"h1": "x" * 20 + "[" * 10_000 + "]" * 10_000}),
        lambda table: "[" * 100_000,
    ],
)
def test_a_spoiled_file_is_a_miss_never_an_error(
    wheel: Path, monkeypatch: pytest.MonkeyPatch, spoil: object
) -> None:
    path, table = _stored(wheel)
    path.write_text(spoil(table), encoding="utf-8")  # type: ignore[operator]
    _forget(monkeypatch, wheel)
    assert selectors.compiled("h1") == soupsieve.compile("h1")


def test_an_oversized_file_is_not_read(wheel: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, table = _stored(wheel)
    path.write_text(json.dumps(table) + " " * selectors.MAX_BYTES, encoding="utf-8")
    _forget(monkeypatch, wheel)
    assert selectors._shipped() == {}
    assert selectors.compiled("h1") == soupsieve.compile("h1")


def test_a_namespaced_selector_is_never_shipped(tmp_path: Path) -> None:
    path = selectors.write_shipped(tmp_path, ["svg|rect", "h1"])
    assert list(json.loads(path.read_text(encoding="utf-8"))) == ["h1"]
