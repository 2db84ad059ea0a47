"""YAML with positions: parse untrusted YAML into nodes and read typed values with file:line:col.

Takes YAML text; gives `yaml` nodes plus small readers that raise the caller's `InputError`
subclass with the exact place of the offending value. Only the safe composer is used; aliases
are refused (they buy nothing in our files and open the door to "billion laughs").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from factcheck.errors import InputError, Location

MAX_FILE_BYTES = 5 * 1024 * 1024


def read_text_file(path: Path, error: type[InputError], what: str) -> str:
    """The text of a small UTF-8 file, or `error` saying why it cannot be read."""
    where = Location(str(path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise error(
                f"{what} is {size} bytes, more than the {MAX_FILE_BYTES} allowed",
                where,
                "split it into smaller files",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{what} not found", where, "check the path") from None
    except IsADirectoryError:
        raise error(f"{what} is a directory, not a file", where) from None
    except OSError as exc:
        raise error(f"cannot read {what}: {exc.strerror}", where) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{what} is not UTF-8", Location(str(path), line), "save it as UTF-8") from None


def compose_yaml(text: str, file: str, error: type[InputError]) -> yaml.Node | None:
    """The root node of `text`, or `error` at the place the YAML breaks."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        problem = exc.problem or exc.context or "malformed YAML"
        raise error(f"malformed YAML: {problem}", where, "fix the YAML syntax") from None
    except yaml.YAMLError as exc:
        raise error(f"malformed YAML: {exc}", Location(file)) from None
    if root is not None:
        _refuse_aliases(root, file, error)
    return root


def _refuse_aliases(root: yaml.Node, file: str, error: type[InputError]) -> None:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise error(
                "YAML aliases (*name) are not allowed",
                where(node, file),
                "write the value out in full",
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def where(node: yaml.Node, file: str) -> Location:
    """The 1-based place of a node."""
    return Location(file, node.start_mark.line + 1, node.start_mark.column + 1)


def kind_of(node: yaml.Node) -> str:
    """A reader's word for what a node is, for "expected X, got Y" messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "nothing"
    if node.tag.endswith((":int", ":float")):
        return "a number"
    if node.tag.endswith(":bool"):
        return "true/false"
    return "a string"


class NodeReader:
    """Typed reads from nodes of one file, raising `error` with the node's place."""

    def __init__(self, file: str, error: type[InputError]) -> None:
        self.file = file
        self.error = error

    def fail(self, node: yaml.Node, message: str, hint: str = "") -> InputError:
        return self.error(message, where(node, self.file), hint)

    def mapping(
        self, node: yaml.Node, what: str, allowed: frozenset[str]
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Keys → (key node, value node); unknown and duplicate keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping, got {kind_of(node)}")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
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

    def string(self, node: yaml.Node, what: str, *, empty_ok: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null"):
            raise self.fail(node, f"{what} must be a string, got {kind_of(node)}")
        text = str(node.value).strip()
        if not text and not empty_ok:
            raise self.fail(node, f"{what} must not be empty")
        return text

    def string_list(self, node: yaml.Node, what: str) -> list[str]:
        """A list of strings; a single string is taken as a list of one."""
        if isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null"):
            return [self.string(node, what)]
        return [self.string(item, f"an item of {what}") for item in self.sequence(node, what)]

    def sequence(self, node: yaml.Node, what: str) -> Iterator[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list, got {kind_of(node)}")
        yield from node.value

    def number(self, node: yaml.Node, what: str) -> float:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith((":int", ":float")):
            return float(node.value)
        raise self.fail(node, f"{what} must be a number, got {kind_of(node)}")


def suggest(word: str, choices: frozenset[str]) -> str:
    """ "did you mean …?" for a misspelt key, or the list of allowed keys."""
    from rapidfuzz import process

    best = process.extractOne(word, sorted(choices), score_cutoff=60)
    if best:
        return f"did you mean '{best[0]}'?"
    return "allowed keys: " + ", ".join(sorted(choices))
