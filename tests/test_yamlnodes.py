"""YAML with positions: hardened reading and composing of untrusted files, and typed reads."""

from __future__ import annotations

import enum
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimfiles import yamlnodes
from factcheck.claimfiles.yamlnodes import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    FieldReader,
    compose_yaml,
    is_null,
    kind_of,
    read_text_file,
    shown,
)
from factcheck.errors import InputError, Location, TermbaseError


class ExampleError(InputError):
    """Stands for a caller's own error class (ClaimFileError, TermbaseError …)."""


def compose_error(text: str, *, at_alias: bool = False) -> ExampleError:
    with pytest.raises(ExampleError) as caught:
        compose_yaml(text, "f.yaml", ExampleError, at_alias=at_alias)
    assert caught.value.hint, "every error says what to do"
    return caught.value


def place(error: InputError) -> tuple[int, int]:
    assert error.location is not None and error.location.file == "f.yaml"
    return error.location.line, error.location.column


# ── composing ─────────────────────────────────────────────────────────────────


def test_plain_yaml_gives_nodes_with_resolved_tags() -> None:
    root = compose_yaml("a: 1\nb: [x, ~]\nc: 2025-10-25\nd: !!str 7\n", "f", ExampleError)
    assert isinstance(root, yaml.MappingNode)
    values = {key.value: value for key, value in root.value}
    assert kind_of(values["a"]) == "a number"
    assert kind_of(values["b"]) == "a list"
    assert is_null(values["b"].value[1]) and kind_of(values["b"].value[1]) == "an empty value"
    assert kind_of(values["c"]) == "a date"
    assert kind_of(values["d"]) == "a string"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_a_text_without_content_gives_none(text: str) -> None:
    assert compose_yaml(text, "f.yaml", ExampleError) is None


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        "{a: " * 5_000 + "1" + "}" * 5_000,
        "".join(f"{'  ' * depth}k:\n" for depth in range(2_000)),
        "".join(f"{'  ' * depth}- \n" for depth in range(2_000)),
    ],
    ids=["flow-lists", "flow-mappings", "block-mappings", "block-lists"],
)
def test_deep_nesting_is_an_input_error_not_a_recursion_error(text: str) -> None:
    error = compose_error(text)
    assert f"nests deeper than {MAX_NESTING} levels" in error.message
    # Refused where the cap is crossed, not after reading the 2,000 levels.
    line, column = place(error)
    assert line <= MAX_NESTING + 1
    assert column <= 4 * (MAX_NESTING + 1)


def test_nesting_up_to_the_cap_is_fine() -> None:
    root = compose_yaml("[" * MAX_NESTING + "]" * MAX_NESTING, "f.yaml", ExampleError)
    assert isinstance(root, yaml.SequenceNode)
    error = compose_error("[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1))
    assert place(error) == (1, MAX_NESTING + 1)


def test_aliases_are_refused_where_anchored_or_where_used() -> None:
    text = "x: &a [1]\ny: *a\n"
    at_anchor = compose_error(text)
    assert place(at_anchor) == (1, 4)
    assert "alias '*a' is not allowed" in at_anchor.message
    assert "write the value out in full" in at_anchor.hint
    at_alias = compose_error(text, at_alias=True)
    assert place(at_alias) == (2, 4)
    with pytest.raises(ExampleError, match=r"^f.yaml:2:4: YAML alias '\*a' is not allowed in a "):
        compose_yaml(text, "f.yaml", ExampleError, what="claim file", at_alias=True)
    # An alias to nothing is still an alias, reported where it stands.
    assert place(compose_error("x: *nowhere\n")) == (1, 4)


def test_billion_laughs_is_refused_at_the_first_alias_quickly() -> None:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    error = compose_error("\n".join(lines), at_alias=True)
    # Refused at the first alias, before anything is expanded.
    assert place(error) == (2, 10)


@pytest.mark.parametrize(
    ("text", "shown_tag"),
    [
        ("x: !!python/object/apply:os.system [echo hi]\n", "!!python/object/apply:os.system"),
        ("x: !!python/name:os.system\n", "!!python/name:os.system"),
        ("x: !!binary aGk=\n", "!!binary"),
        ("x: !!set {a, b}\n", "!!set"),
        ("x: !custom 1\n", "!custom"),
    ],
)
def test_non_standard_tags_are_refused_before_anything_is_built(text: str, shown_tag: str) -> None:
    error = compose_error(text)
    assert f"YAML tag '{shown_tag}' is not allowed" in error.message
    assert place(error) == (1, 4)


@pytest.mark.parametrize(
    ("text", "line", "column", "words", "hint"),
    [
        ("a:\n\tb: 1\n", 2, 1, "tab character", "spaces, not tabs"),
        ("a: b: c\n", 1, 5, "mapping values are not allowed", "indentation"),
        ("a: [1, 2\nb: 3\n", 2, 2, "(while parsing a flow sequence at line 1)", "quoting"),
        ("a: 1\n---\nb: 2\n", 2, 1, "expected a single document in the stream, but found", ""),
        ("a: x\x07y\n", 1, 5, "character U+0007 is not allowed", "control character"),
        ("a: &x 1\nb: &x 2\n", 2, 4, "found duplicate anchor", ""),
    ],
)
def test_syntax_errors_say_where_and_what(
    text: str, line: int, column: int, words: str, hint: str
) -> None:
    error = compose_error(text)
    assert place(error) == (line, column)
    assert error.message.startswith("malformed YAML: ")
    assert words in error.message
    assert hint in error.hint


_YAMLISH = st.sampled_from(
    ["a", ": ", "- ", "\n", "  ", "\t", "[", "]", "{", "}", ",", "&x ", "*x", "!!str ", "!t "]
    + ["!!python/object:x ", "? ", "---\n", "...\n", "'", '"', "#", "|\n", ">\n", "~", "1", "\x07"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.text(max_size=200), st.lists(_YAMLISH, max_size=60).map("".join)),
    at_alias=st.booleans(),
)
def test_any_text_gives_a_node_none_or_the_given_error(text: str, at_alias: bool) -> None:
    try:
        root = compose_yaml(text, "fuzz.yaml", TermbaseError, at_alias=at_alias)
    except TermbaseError as error:
        assert error.location is not None and error.location.file == "fuzz.yaml"
        assert "\n" not in str(error)
        return
    assert root is None or isinstance(root, yaml.Node)


# ── reading files ─────────────────────────────────────────────────────────────


def read_error(path: Path, *, with_column: bool = False) -> ExampleError:
    with pytest.raises(ExampleError) as caught:
        read_text_file(path, ExampleError, "claim file", with_column=with_column)
    return caught.value


def test_a_utf8_file_is_read_without_its_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: \xe6\x97\xa5\n")
    assert read_text_file(path, ExampleError, "claim file") == "a: 日\n"


def test_bytes_that_are_not_utf8_are_placed_at_their_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes("a: 日本\nb: caf".encode() + b"\xe9\n")
    line_only = read_error(path)
    assert line_only.location == Location(str(path), 2)
    assert line_only.message == "claim file is not UTF-8 (byte 0xe9 is not valid UTF-8)"
    assert "UTF-8" in line_only.hint
    assert read_error(path, with_column=True).location == Location(str(path), 2, 7)
    # Columns count characters, not bytes, and the BOM does not count.
    path.write_bytes(b"\xef\xbb\xbf" + "日本: ".encode() + b"\xff")
    assert read_error(path, with_column=True).location == Location(str(path), 1, 5)


def test_missing_directory_and_special_files_are_refused(tmp_path: Path) -> None:
    missing = read_error(tmp_path / "nope.yaml")
    assert str(missing) == f"{tmp_path / 'nope.yaml'}: claim file not found (check the path)"
    assert read_error(tmp_path).message == "the claim file is a directory"
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.yaml"
        os.mkfifo(fifo)  # reading it would block forever
        assert read_error(fifo).message == "the claim file is not a regular file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_swapped_in_after_a_check_of_the_path_does_not_hang_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever the path looked like a moment before, what is read is what was opened.
    regular = tmp_path / "regular.yaml"
    regular.write_text("a: 1\n")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    looks_regular = regular.stat()
    real_stat = Path.stat

    def stale_stat(self: Path, **kwargs: object) -> os.stat_result:
        return looks_regular if self == fifo else real_stat(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stale_stat)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(read_error(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the read, then fail
        with fifo.open("w"):
            pass
        reader.join(timeout=20)
        pytest.fail("the read of a FIFO blocked")
    (error,) = outcome
    assert isinstance(error, InputError)
    assert error.message == "the claim file is not a regular file"


def test_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES)
    assert len(read_text_file(path, ExampleError, "claim file")) == MAX_FILE_BYTES
    with path.open("ab") as stream:
        stream.write(b"x")
    error = read_error(path)
    assert error.message == "the claim file is 5,242,881 bytes; the limit is 5 MB"
    assert error.location == Location(str(path))


# ── describing nodes and reading records ──────────────────────────────────────


def test_shown_flattens_and_shortens_values() -> None:
    assert shown("a\n  b") == "a b"
    assert shown("x" * 100, 10) == "x" * 9 + "…"


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


def reader_error(text: str, read: Callable[[FieldReader, yaml.Node], object]) -> ExampleError:
    root = compose_yaml(text, "f.yaml", ExampleError)
    assert root is not None
    reader = FieldReader("f.yaml", ExampleError, "the palette", {"name": "add 'name: <name>'"})
    with pytest.raises(ExampleError) as caught:
        read(reader, root)
    return caught.value


def test_field_reader_names_the_key_its_owner_and_the_fix() -> None:
    top = reader_error("nmae: x\n", lambda r, n: r.fields(n, "x", ("name",), at_top=True))
    assert top.message == "unknown key 'nmae' at the top level of the palette; did you mean 'name'?"
    assert (place(top), top.hint) == ((1, 1), "allowed keys: name")
    dup = reader_error("name: x\nname: y\n", lambda r, n: r.fields(n, "the palette", ("name",)))
    assert dup.message == "duplicate key 'name' in the palette (first at line 1)"
    missing = reader_error(
        "{}", lambda r, n: r.require(r.fields(n, "colour", ()), "name", n, "colour")
    )
    assert (missing.message, missing.hint) == ("colour has no 'name'", "add 'name: <name>'")
    empty = reader_error("name: ' '\n", lambda r, n: r.text(n.value[0][1], "name", "colour"))
    assert (empty.message, place(empty)) == ("'name' in colour is empty", (1, 7))
    colour = reader_error(
        "c: gren\n", lambda r, n: r.choice(r.fields(n, "colour", ("c",)), "c", "colour", Colour)
    )
    assert colour.message == "'c' in colour: unknown value 'gren'; did you mean 'green'?"
    assert colour.hint == "allowed values: red, green"
    strings = reader_error("[a, [b]]", lambda r, n: r.strings(n, "tags", "colour"))
    assert strings.message == "'tags' in colour: expected a list of strings, got a list in it"
    assert place(strings) == (1, 5)


# ── libyaml's reader, when PyYAML has it ──────────────────────────────────────


def _tree(node: yaml.Node | None) -> object:
    """What a reader of nodes looks at: kind, tag, value, where it starts, and style (no
    factcheck reader looks at where a node ends: the two readers differ there at the end of a
    file without a final line break)."""
    if node is None:
        return None
    value: object = node.value
    if isinstance(node, yaml.MappingNode):
        value = [(_tree(key), _tree(item)) for key, item in node.value]
    elif isinstance(node, yaml.SequenceNode):
        value = [_tree(item) for item in node.value]
    marks = (node.start_mark.line, node.start_mark.column)
    # An indentless list is flow_style None to the pure reader and False to libyaml's.
    style = node.style if isinstance(node, yaml.ScalarNode) else bool(node.flow_style)
    return (type(node).__name__, node.tag, value, marks, style)


def _pure(text: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(yamlnodes, "_FastNodeComposer", None)
        return _tree(compose_yaml(text, "f.yaml", TermbaseError))


_PACKAGE = Path(yamlnodes.__file__).resolve().parent.parent
_REPO = _PACKAGE.parent


@pytest.mark.skipif(yamlnodes._FastNodeComposer is None, reason="PyYAML built without libyaml")
@pytest.mark.parametrize(
    "path",
    [
        *sorted((_PACKAGE / "data").rglob("*.yaml")),
        *sorted((_REPO / "claims").glob("*.yaml")),
        *sorted((_REPO / "tests" / "fixtures" / "eval" / "dev").glob("*.yaml"))[:10],
    ],
    ids=lambda path: path.name,
)
def test_libyamls_reader_gives_the_pure_readers_nodes(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text("utf-8")
    assert _tree(compose_yaml(text, "f.yaml", TermbaseError)) == _pure(text, monkeypatch)


@pytest.mark.skipif(yamlnodes._FastNodeComposer is None, reason="PyYAML built without libyaml")
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200), st.lists(_YAMLISH, max_size=60).map("".join)))
def test_any_text_gives_the_pure_readers_nodes_or_its_error(text: str) -> None:
    def outcome(fast: object) -> object:
        saved = yamlnodes._FastNodeComposer
        yamlnodes._FastNodeComposer = fast
        try:
            return _tree(compose_yaml(text, "f.yaml", TermbaseError))
        except TermbaseError as error:
            return (error.message, error.location, error.hint)
        finally:
            yamlnodes._FastNodeComposer = saved

    assert outcome(yamlnodes._FastNodeComposer) == outcome(None)
