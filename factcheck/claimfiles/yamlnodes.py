"""YAML with positions: read untrusted YAML files into nodes and typed values with file:line:col.

Takes the path (or the text) of a user's YAML file; gives its root `yaml` node, and readers that
build typed values from nodes, raising the caller's `InputError` subclass at the exact place of
an offending value (building from nodes is also what catches duplicate keys, which PyYAML would
resolve silently). Claim files and termbases arrive in pull requests, so all input is hostile:

- a file is read only if it is a regular file (a FIFO would block) of at most `MAX_FILE_BYTES`,
  and it must be UTF-8;
- the YAML is only *composed*, by a loader with no constructor at all: no tag builds an object;
- aliases are refused (a small file could expand into a huge one, the "billion laughs"), and so
  are explicit tags other than the plain JSON-like ones (``!!python/object``, custom ``!tags``);
- nesting deeper than `MAX_NESTING` is refused, so the recursive composer never exhausts the stack.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NoReturn, Protocol, TypeVar

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from factcheck.claimfiles.textfiles import MAX_FILE_BYTES as MAX_FILE_BYTES
from factcheck.claimfiles.textfiles import decode_text as decode_text
from factcheck.claimfiles.textfiles import read_capped_file as read_capped_file
from factcheck.claimfiles.textfiles import read_capped_file_info as read_capped_file_info
from factcheck.claimfiles.textfiles import read_text_file as read_text_file
from factcheck.claimfiles.textfiles import suggest as suggest
from factcheck.errors import InputError, Location

MAX_NESTING = 16
"""Our files nest six levels deep at most; the cap keeps the recursive composer safe."""

_YAML_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
_SCALAR_KINDS = {
    _YAML_TAG + "null": "an empty value",
    _YAML_TAG + "bool": "true/false",
    _YAML_TAG + "int": "a number",
    _YAML_TAG + "float": "a number",
    _YAML_TAG + "timestamp": "a date",
}


class _HasLineColumn(Protocol):
    line: int
    column: int


# ── composing ─────────────────────────────────────────────────────────────────


def compose_yaml(
    text: str, file: str, error: type[InputError], *, what: str = "", at_alias: bool = False
) -> Node | None:
    """The root node of `text` (None when it holds no document), or `error` at the place it breaks.

    ``what`` names the kind of file in refusals ("… is not allowed in a claim file"). An alias
    is reported where the repeated value is anchored, or with ``at_alias`` where it is used.
    """
    in_what = f" in a {what}" if what else ""
    if _FastNodeComposer is not None and _libyaml_reads_alike(text):
        fast = None
        try:
            fast = _FastNodeComposer(text)
            fast.checks(file, error, in_what, at_alias)
            node: Node | None = fast.get_single_node()
        except Exception:  # noqa: BLE001  # malformed or refused: the reader below says how
            pass
        else:
            if not _libyaml_differs(node):
                return node
        finally:
            if fast is not None:
                fast.dispose()
    loader: _NodeComposer | None = None
    try:
        loader = _NodeComposer(text)
        loader.checks(file, error, in_what, at_alias)
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file, error) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise error(
            f"malformed YAML: character U+{int(exc.character):04X} is not allowed",
            Location(file, line, column),
            "remove the control character, or write it as an escape in a double-quoted string",
        ) from None
    except yaml.YAMLError:
        raise error("malformed YAML", Location(file), "check the file's syntax") from None
    finally:
        if loader is not None:
            loader.dispose()


class _CheckedComposer(Composer):
    """Events → nodes, and nothing more: there is no constructor to turn a tag into an object.

    Refuses aliases, explicit tags other than the plain ones and nesting deeper than
    `MAX_NESTING`, each before composing the node it concerns. The events come from the
    reader it is mixed with: PyYAML's pure-Python one, or libyaml's.
    """

    def checks(self, file: str, error: type[InputError], in_what: str, at_alias: bool) -> None:
        """Set what the refusals say: the file, the error class, "in a claim file", and
        whether an alias is reported where it is used rather than where it is anchored."""
        self._file = file
        self._error = error
        self._in_what = in_what
        self._at_alias = at_alias
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # The reader it is mixed with gives the events (the stubs type neither).
        event: yaml.Event = self.peek_event()  # type: ignore[attr-defined]
        place = _place(self._file, event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            anchored = self.anchors.get(event.anchor)
            if anchored is not None and not self._at_alias:
                place = _place(self._file, anchored.start_mark)
            raise self._error(
                f"YAML alias '*{shown(event.anchor or '')}' is not allowed{self._in_what}",
                place,
                "write the value out in full; aliases are refused so that a file cannot blow up",
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
            raise self._error(
                f"YAML tag '{shown(_written_tag(tag))}' is not allowed{self._in_what}",
                place,
                "remove the tag; these files hold only plain values, lists and mappings",
            )
        if self._depth >= MAX_NESTING:
            raise self._error(
                f"the YAML nests deeper than {MAX_NESTING} levels",
                place,
                "these files nest a few levels deep; check the brackets and indentation",
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _NodeComposer(Reader, Scanner, Parser, _CheckedComposer, Resolver):
    """On PyYAML's pure-Python reader: the reference, whose messages every refusal quotes."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        Resolver.__init__(self)


def _libyaml_reads_alike(text: str) -> bool:
    """Whether `text` is free of what libyaml reads otherwise than the pure reader (found by
    fuzzing the two against each other): it accepts tabs where the pure reader refuses them,
    and reads a byte order mark inside the text differently. A text with either is read by
    the pure reader alone, so that the same files are read the same way with or without
    libyaml."""
    return "\t" not in text and "\ufeff" not in text


def _libyaml_differs(root: Node | None) -> bool:
    """Whether libyaml's tree may not be the pure reader's (then it reads the text again):
    - an empty plain value (`key:` with nothing after it): libyaml places some elsewhere (in
      a flow mapping, after a `?` key), and a message about an empty value points at it;
    - a plain value with a `?` inside a flow collection (`[a? ]`): the pure reader ends a
      plain value there, as YAML 1.1 says, and refuses what follows."""
    stack = [(root, False)]
    while stack:
        node, in_flow = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.style is None and (node.value == "" or (in_flow and "?" in node.value)):
                return True
        elif isinstance(node, yaml.MappingNode):
            inner = in_flow or bool(node.flow_style)
            for key, value in node.value:
                stack += ((key, inner), (value, inner))
        elif isinstance(node, yaml.SequenceNode):
            inner = in_flow or bool(node.flow_style)
            stack += ((item, inner) for item in node.value)
    return False


def _libyaml_composer() -> type[Any] | None:
    """`_NodeComposer`'s twin on libyaml's reader, when PyYAML was built with libyaml."""
    try:
        from yaml._yaml import CParser  # PyYAML's C extension
    except ImportError:
        return None

    class _LibyamlNodeComposer(_CheckedComposer, CParser, Resolver):
        """The same composer on libyaml's events, several times faster than the
        pure-Python reader on a well-formed file. Whatever it cannot read or refuses is read
        again by `_NodeComposer`, so every message is that reader's."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            Composer.__init__(self)
            Resolver.__init__(self)

        def compose_scalar_node(self, anchor: Any) -> yaml.ScalarNode:
            node: yaml.ScalarNode = super().compose_scalar_node(anchor)
            if node.style == "":  # libyaml's word for a plain scalar; the pure reader's is None
                node.style = None
            return node

    return _LibyamlNodeComposer


_FastNodeComposer = _libyaml_composer()


def _syntax_error(exc: yaml.MarkedYAMLError, file: str, error: type[InputError]) -> InputError:
    problem = exc.problem or exc.context or "the YAML cannot be parsed"
    if "'\\t'" in problem:
        problem = "a tab character cannot be used here"
        hint = "indent YAML with spaces, not tabs"
    else:
        hint = "check the indentation, the colons and the quoting at this place"
    mark = exc.problem_mark or exc.context_mark
    if exc.context and problem.startswith("but "):
        # PyYAML splits "expected X, but found Y" over context and problem.
        message = f"malformed YAML: {exc.context}, {problem}"
    else:
        message = f"malformed YAML: {problem}"
        if exc.context and exc.context_mark and mark and exc.context_mark.line != mark.line:
            message += f" ({exc.context} at line {exc.context_mark.line + 1})"
    return error(message, _place(file, mark), hint)


def _written_tag(tag: str) -> str:
    """A tag the way it is usually written: '!!str' rather than 'tag:yaml.org,2002:str'."""
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


def _place(file: str, mark: _HasLineColumn | None) -> Location:
    if mark is None:
        return Location(file)
    return Location(file, mark.line + 1, mark.column + 1)


# ── describing nodes ──────────────────────────────────────────────────────────


def where(node: Node, file: str) -> Location:
    """The 1-based place of a node."""
    return _place(file, node.start_mark)


def kind_of(node: Node) -> str:
    """A reader's word for what a node is, for "expected X, got Y" messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _SCALAR_KINDS.get(node.tag, "a string")


def is_null(node: Node) -> bool:
    """True for an empty value (``~``, ``null`` or nothing at all)."""
    return isinstance(node, yaml.ScalarNode) and node.tag == _YAML_TAG + "null"


def shown(value: str, limit: int = 60) -> str:
    """A user's value as it may appear inside a one-line message."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ── typed reads ───────────────────────────────────────────────────────────────


class NodeReader:
    """Typed reads from nodes of one file, raising `error` with the node's place."""

    def __init__(self, file: str, error: type[InputError]) -> None:
        self.file = file
        self.error = error

    def fail(self, node: Node, message: str, hint: str = "") -> InputError:
        return self.error(message, where(node, self.file), hint)

    def mapping(
        self, node: Node, what: str, allowed: frozenset[str]
    ) -> dict[str, tuple[Node, Node]]:
        """Keys → (key node, value node); unknown and duplicate keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping, got {kind_of(node)}")
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                raise self.fail(key_node, f"keys in {what} must be strings")
            if key in out:
                first = out[key][0].start_mark.line + 1
                raise self.fail(
                    key_node, f"duplicate key '{key}' in {what} (first at line {first})"
                )
            if allowed and key not in allowed:
                raise self.fail(key_node, f"unknown key '{key}' in {what}", suggest(key, allowed))
            out[key] = (key_node, value_node)
        return out

    def string(self, node: Node, what: str, *, empty_ok: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode) or is_null(node):
            raise self.fail(node, f"{what} must be a string, got {kind_of(node)}")
        text = str(node.value).strip()
        if not text and not empty_ok:
            raise self.fail(node, f"{what} must not be empty")
        return text

    def string_list(self, node: Node, what: str) -> list[str]:
        """A list of strings; a single string is taken as a list of one."""
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            return [self.string(node, what)]
        return [self.string(item, f"an item of {what}") for item in self.sequence(node, what)]

    def sequence(self, node: Node, what: str) -> Iterator[Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list, got {kind_of(node)}")
        yield from node.value

    def number(self, node: Node, what: str) -> float:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith((":int", ":float")):
            return float(node.value)
        raise self.fail(node, f"{what} must be a number, got {kind_of(node)}")


# ── reading records ───────────────────────────────────────────────────────────

Fields = dict[str, Node]
"""A mapping's keys and their value nodes."""

_STRING_HINT = "write the value as text; quote it if it starts with '[', '{', '-' or '&'"
_LIST_HINT = "write a list as '[a, b]' or as one '- item' line per entry"

_E = TypeVar("_E", bound=enum.Enum)


class FieldReader:
    """Typed reads of records (mappings of known keys), raising `error` at the first problem.

    Messages name the key and what holds it ("'title' in article: expected a string, got a
    list"); ``within`` is that holder as the message shows it ("article", "claim 'call-date'").
    ``hints`` says, per key, what to do when the key is missing or empty.
    """

    def __init__(
        self,
        file: str,
        error: type[InputError],
        document: str,
        hints: Mapping[str, str] | None = None,
    ) -> None:
        self.file = file
        self.error = error
        self.document = document
        """How messages name the whole file: "the claim file"."""
        self.hints: Mapping[str, str] = hints or {}

    def place(self, node: Node) -> Location:
        return where(node, self.file)

    def fail(self, node: Node, message: str, hint: str = "") -> NoReturn:
        raise self.error(message, self.place(node), hint)

    def fields(
        self, node: Node, within: str, known: Sequence[str], *, at_top: bool = False
    ) -> Fields:
        """The key → value nodes of a mapping, refusing duplicate and unknown keys."""
        if not isinstance(node, MappingNode):
            self.fail(
                node,
                f"{within}: expected a mapping, got {kind_of(node)}",
                "write its keys as 'name: value' lines, indented below it",
            )
        in_where = f"at the top level of {self.document}" if at_top else f"in {within}"
        fields: Fields = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or is_null(key_node):
                self.fail(
                    key_node,
                    f"a key {in_where} must be a name, got {kind_of(key_node)}",
                    f"allowed keys: {', '.join(known)}",
                )
            key = key_node.value
            if key in fields:
                self.fail(
                    key_node,
                    f"duplicate key '{shown(key)}' {in_where} (first at line {first_line[key]})",
                    "keep only one; YAML would silently use the last",
                )
            if key not in known:
                self.fail(
                    key_node,
                    f"unknown key '{shown(key)}' {in_where}{did_you_mean(key, known)}",
                    f"allowed keys: {', '.join(known)}",
                )
            fields[key] = value_node
            first_line[key] = key_node.start_mark.line + 1
        return fields

    def require(self, fields: Fields, key: str, parent: Node, within: str, hint: str = "") -> Node:
        if key not in fields:
            self.fail(parent, f"{within} has no '{key}'", hint or self.hints.get(key, ""))
        return fields[key]

    def text(self, node: Node, key: str, within: str) -> str:
        """A required, non-empty string value (surrounding whitespace removed)."""
        if not is_null(node) and not isinstance(node, ScalarNode):
            self.fail(
                node, f"'{key}' in {within}: expected a string, got {kind_of(node)}", _STRING_HINT
            )
        value = "" if is_null(node) else str(node.value).strip()
        if not value:
            self.fail(node, f"'{key}' in {within} is empty", self.hints.get(key, ""))
        return value

    def optional_text(self, fields: Fields, key: str, within: str) -> str | None:
        """An optional string value; absent, null and blank all give None."""
        node = fields.get(key)
        if node is None or is_null(node):
            return None
        if not isinstance(node, ScalarNode):
            self.fail(
                node, f"'{key}' in {within}: expected a string, got {kind_of(node)}", _STRING_HINT
            )
        return str(node.value).strip() or None

    def items(self, node: Node, key: str, within: str, expected: str, empty: str) -> list[Node]:
        """The items of a required, non-empty list."""
        if is_null(node):
            self.fail(node, f"'{key}' in {within} is empty", empty)
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'{key}' in {within}: expected a list of {expected}, got {kind_of(node)}",
                _LIST_HINT,
            )
        if not node.value:
            self.fail(node, f"'{key}' in {within} is empty", empty)
        return list(node.value)

    def strings(self, node: Node, key: str, within: str) -> list[tuple[Node, str]]:
        """A list of non-empty strings, each with its node (for locations)."""
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'{key}' in {within}: expected a list of strings, got {kind_of(node)}",
                _LIST_HINT,
            )
        result: list[tuple[Node, str]] = []
        for item in node.value:
            if not isinstance(item, ScalarNode) or is_null(item):
                self.fail(
                    item,
                    f"'{key}' in {within}: expected a list of strings, got {kind_of(item)} in it",
                    "make every entry a plain string; quote it if it contains ': ' or brackets",
                )
            value = str(item.value).strip()
            if not value:
                self.fail(item, f"'{key}' in {within} contains an empty string", "remove it")
            result.append((item, value))
        return result

    def choice(self, fields: Fields, key: str, within: str, kind: type[_E]) -> _E | None:
        """An optional enum value given by its string value."""
        node = fields.get(key)
        if node is None or is_null(node):
            return None
        value = self.text(node, key, within)
        allowed = [member.value for member in kind]
        if value not in allowed:
            self.fail(
                node,
                f"'{key}' in {within}: unknown value '{shown(value)}'"
                f"{did_you_mean(value, allowed)}",
                f"allowed values: {', '.join(allowed)}",
            )
        return kind(value)


def did_you_mean(value: str, choices: Sequence[str]) -> str:
    """ "; did you mean 'x'?" for a value close to one of ``choices``, else ""."""
    if len(value) > 100:  # no sensible suggestion, and difflib is quadratic
        return ""
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
