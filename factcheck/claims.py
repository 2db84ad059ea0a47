"""Load claim files: the YAML an editor writes about one article → a checked `ClaimFile`.

Takes the path of a claim file and gives a `ClaimFile` whose keys, ids, references, enum values,
URLs, dates and language tags have all been checked, or raises `ClaimFileError` saying where
(file:line:column), what is wrong and what to do. The format is described in
docs/claim-files.md.

Claim files also arrive in pull requests, so they are untrusted input. The YAML is therefore only
*composed* into nodes by a SafeLoader (no constructor ever runs) and the values are built here from
the nodes. Building from nodes is also what gives every value its line and column and what lets
duplicate keys be caught, which PyYAML would otherwise resolve silently by keeping the last one.
Aliases are refused, so a small file cannot expand into a huge one (the "billion laughs").
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import enum
import re
import stat
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import NoReturn, Protocol, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import ClaimFileError, Location
from factcheck.model import AcceptedTerm, Article, Claim, ClaimFile, SourceKind, SourceSpec, Verdict

__all__ = ["MAX_FILE_BYTES", "load_claims", "read_article_text"]

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Claim files (and the article texts they name) are small; anything larger is refused."""

_MAX_NESTING = 16
"""Claim files nest six levels deep at most; the cap keeps the recursive composer safe."""

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YAML_TAG = "tag:yaml.org,2002:"
# Explicit tags beyond the plain JSON-like ones (!!python/..., !!binary, custom !tags) mean
# nothing in a claim file; refusing them keeps the format simple and obviously safe.
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

_TOP_KEYS = ("version", "article", "sources", "claims")
_ARTICLE_KEYS = ("title", "url", "published", "language", "translated_from", "text")
_SOURCE_KEYS = ("id", "url", "publisher", "language", "kind", "title")
_CLAIM_KEYS = (
    *("id", "text", "sources", "quotes", "speaker", "setting", "expect", "notes"),
    "accept_terms",
)
_TERM_KEYS = ("text", "why")

_MISSING_HINTS = {
    "article": "add an 'article:' mapping with at least a 'title'",
    "sources": "add a 'sources:' list naming the primary sources, each with an 'id' and a 'url'",
    "claims": "add a 'claims:' list, each claim with an 'id', its 'text' and its 'sources'",
    "title": "add the article's headline as 'title:'",
    "id": "add an 'id:' of lowercase letters, digits and hyphens, e.g. 'mofa-ja-call'",
    "url": "add the source's absolute 'url:', e.g. https://www.mofa.go.jp/...",
    "text": "add 'text:' with the claim as the article words it",
    "why": "add 'why:' saying why the deviation is acceptable",
}

_STRING_HINT = "write the value as text; quote it if it starts with '[', '{', '-' or '&'"
_LIST_HINT = "write a list as '[a, b]' or as one '- item' line per entry"

_E = TypeVar("_E", bound=enum.Enum)


class _HasLineColumn(Protocol):
    line: int
    column: int


def load_claims(path: Path) -> ClaimFile:
    """Read, parse and check the claim file at `path`.

    Raises ClaimFileError for every problem: an unreadable, oversized or non-UTF-8 file,
    malformed YAML, or content that does not follow the claim file format.
    """
    file = str(path)
    raw = _read_capped(path, "claim file", Location(file))
    text = _decode(raw, "claim file", file)
    root = _compose(text, file)
    if root is None:
        raise ClaimFileError(
            "the claim file is empty",
            Location(file),
            "a claim file needs an 'article', its 'sources' and its 'claims'",
        )
    return _ClaimFileBuilder(file, path.parent).build(root)


def read_article_text(claim_file: ClaimFile) -> str | None:
    """The text of the article the claim file names under `article.text`, or None if it names none.

    Line endings are normalised to "\\n". Raises ClaimFileError if the file cannot be read.
    """
    if claim_file.article.text_path is None:
        return None
    path = Path(claim_file.path).parent / claim_file.article.text_path
    raw = _read_capped(path, "article text file", Location(str(path)))
    text = _decode(raw, "article text file", str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ── reading and composing ─────────────────────────────────────────────────────


def _read_capped(path: Path, noun: str, where: Location) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ClaimFileError(f"{noun} not found", where, "check the path") from None
    except (OSError, ValueError) as err:
        raise ClaimFileError(f"cannot read the {noun}: {_os_reason(err)}", where) from None
    if stat.S_ISDIR(info.st_mode):
        raise ClaimFileError(f"the {noun} is a directory", where, "give the path of a file")
    if not stat.S_ISREG(info.st_mode):
        raise ClaimFileError(f"the {noun} is not a regular file", where, "give a plain file")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(noun, info.st_size, where)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise ClaimFileError(f"cannot read the {noun}: {_os_reason(err)}", where) from None
    if len(raw) > MAX_FILE_BYTES:  # grew after stat
        raise _too_large(noun, len(raw), where)
    return raw


def _too_large(noun: str, size: int, where: Location) -> ClaimFileError:
    return ClaimFileError(
        f"the {noun} is {size:,} bytes; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB",
        where,
        f"{noun}s are small text files; check that this is the right file",
    )


def _os_reason(err: OSError | ValueError) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return "the path is not usable"


def _decode(raw: bytes, noun: str, file: str) -> str:
    # A BOM is invisible in editors; dropping it keeps columns on line 1 as the editor shows them.
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ClaimFileError(
            f"the {noun} is not valid UTF-8 (byte 0x{raw[err.start]:02x})",
            Location(file, line, column),
            "save the file with UTF-8 encoding",
        ) from None


class _NodeLoader(yaml.SafeLoader):
    """A SafeLoader used only to compose nodes; refuses aliases, odd tags and deep nesting."""

    def __init__(self, text: str, file: str) -> None:
        super().__init__(text)
        self._file = file
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # stub lacks types
        where = _at(self._file, event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            raise ClaimFileError(
                f"YAML alias '*{_shown(event.anchor or '')}' is not allowed in a claim file",
                where,
                "write the value out in full; aliases are refused so that a file cannot blow up",
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
            raise ClaimFileError(
                f"YAML tag '{_shown(_written_tag(tag))}' is not allowed in a claim file",
                where,
                "remove the tag; claim files hold only strings, lists and mappings",
            )
        if self._depth >= _MAX_NESTING:
            raise ClaimFileError(
                f"the YAML nests deeper than {_MAX_NESTING} levels",
                where,
                "claim files nest a few levels deep; check the brackets and indentation",
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _compose(text: str, file: str) -> Node | None:
    loader: _NodeLoader | None = None
    try:
        loader = _NodeLoader(text, file)
        return loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        raise _yaml_error(err, file) from None
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        column = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        raise ClaimFileError(
            f"malformed YAML: character U+{int(err.character):04X} is not allowed",
            Location(file, line, column),
            "remove the control character, or write it as an escape in a double-quoted string",
        ) from None
    except yaml.YAMLError:
        raise ClaimFileError("malformed YAML", Location(file), "check the file's syntax") from None
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_error(err: yaml.MarkedYAMLError, file: str) -> ClaimFileError:
    problem = err.problem or err.context or "the YAML cannot be parsed"
    if "'\\t'" in problem:
        problem = "a tab character cannot be used here"
        hint = "indent YAML with spaces, not tabs"
    else:
        hint = "check the indentation, the colons and the quoting at this place"
    mark = err.problem_mark or err.context_mark
    if err.context and problem.startswith("but "):
        # PyYAML splits "expected X, but found Y" over context and problem.
        message = f"malformed YAML: {err.context}, {problem}"
    else:
        message = f"malformed YAML: {problem}"
        if err.context and err.context_mark and mark and err.context_mark.line != mark.line:
            message += f" ({err.context} at line {err.context_mark.line + 1})"
    return ClaimFileError(message, _at(file, mark), hint)


def _written_tag(tag: str) -> str:
    """A tag the way it is usually written: '!!str' rather than 'tag:yaml.org,2002:str'."""
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


def _at(file: str, mark: _HasLineColumn | None) -> Location:
    if mark is None:
        return Location(file)
    return Location(file, mark.line + 1, mark.column + 1)


def _shown(value: str, limit: int = 60) -> str:
    """A user's value as it may appear inside a one-line message."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _SCALAR_KINDS.get(node.tag, "a string")


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _YAML_TAG + "null"


def _did_you_mean(value: str, choices: Sequence[str]) -> str:
    if len(value) > 100:  # no sensible suggestion, and difflib is quadratic
        return ""
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


# ── building values from nodes ────────────────────────────────────────────────

_Fields = dict[str, Node]


@dataclass
class _ClaimFileBuilder:
    """Builds a ClaimFile from composed nodes, failing on the first problem found."""

    file: str
    base_dir: Path

    def fail(self, node: Node, message: str, hint: str = "") -> NoReturn:
        raise ClaimFileError(message, _at(self.file, node.start_mark), hint)

    def build(self, root: Node) -> ClaimFile:
        if not isinstance(root, MappingNode):
            self.fail(
                root,
                f"a claim file must be a mapping with 'article', 'sources' and 'claims', "
                f"got {_kind(root)}",
                "see docs/claim-files.md for the format",
            )
        fields = self.fields(root, "the claim file", _TOP_KEYS, at_top=True)
        if "version" in fields:
            self.check_version(fields["version"])
        article = self.article(self.require(fields, "article", root, "the claim file"))
        sources = self.sources(self.require(fields, "sources", root, "the claim file"))
        claims = self.claims(self.require(fields, "claims", root, "the claim file"), sources)
        return ClaimFile(path=self.file, article=article, sources=sources, claims=claims)

    # ── mappings and scalars ──

    def fields(
        self, node: Node, where: str, known: Sequence[str], *, at_top: bool = False
    ) -> _Fields:
        """The key → value nodes of a mapping, refusing duplicate and unknown keys."""
        if not isinstance(node, MappingNode):
            self.fail(
                node,
                f"{where}: expected a mapping, got {_kind(node)}",
                "write its keys as 'name: value' lines, indented below it",
            )
        in_where = "at the top level of the claim file" if at_top else f"in {where}"
        fields: _Fields = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or _is_null(key_node):
                self.fail(
                    key_node,
                    f"a key {in_where} must be a name, got {_kind(key_node)}",
                    f"allowed keys: {', '.join(known)}",
                )
            key = key_node.value
            if key in fields:
                self.fail(
                    key_node,
                    f"duplicate key '{_shown(key)}' {in_where} (first at line {first_line[key]})",
                    "keep only one; YAML would silently use the last",
                )
            if key not in known:
                self.fail(
                    key_node,
                    f"unknown key '{_shown(key)}' {in_where}{_did_you_mean(key, known)}",
                    f"allowed keys: {', '.join(known)}",
                )
            fields[key] = value_node
            first_line[key] = key_node.start_mark.line + 1
        return fields

    def require(self, fields: _Fields, key: str, owner: Node, where: str, hint: str = "") -> Node:
        if key not in fields:
            self.fail(owner, f"{where} has no '{key}'", hint or _MISSING_HINTS.get(key, ""))
        return fields[key]

    def text(self, node: Node, key: str, where: str) -> str:
        """A required, non-empty string value (surrounding whitespace removed)."""
        if not _is_null(node) and not isinstance(node, ScalarNode):
            self.fail(
                node, f"'{key}' in {where}: expected a string, got {_kind(node)}", _STRING_HINT
            )
        value = "" if _is_null(node) else str(node.value).strip()
        if not value:
            self.fail(node, f"'{key}' in {where} is empty", _MISSING_HINTS.get(key, ""))
        return value

    def optional_text(self, fields: _Fields, key: str, where: str) -> str | None:
        """An optional string value; absent, null and blank all give None."""
        node = fields.get(key)
        if node is None or _is_null(node):
            return None
        if not isinstance(node, ScalarNode):
            self.fail(
                node, f"'{key}' in {where}: expected a string, got {_kind(node)}", _STRING_HINT
            )
        return str(node.value).strip() or None

    def items(self, node: Node, key: str, where: str, expected: str, empty: str) -> list[Node]:
        """The items of a required, non-empty list."""
        if _is_null(node):
            self.fail(node, f"'{key}' in {where} is empty", empty)
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'{key}' in {where}: expected a list of {expected}, got {_kind(node)}",
                _LIST_HINT,
            )
        if not node.value:
            self.fail(node, f"'{key}' in {where} is empty", empty)
        return list(node.value)

    def strings(self, node: Node, key: str, where: str) -> list[tuple[Node, str]]:
        """A list of non-empty strings, each with its node (for locations)."""
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'{key}' in {where}: expected a list of strings, got {_kind(node)}",
                _LIST_HINT,
            )
        result: list[tuple[Node, str]] = []
        for item in node.value:
            if not isinstance(item, ScalarNode) or _is_null(item):
                self.fail(
                    item,
                    f"'{key}' in {where}: expected a list of strings, got {_kind(item)} in it",
                    "make every entry a plain string; quote it if it contains ': ' or brackets",
                )
            value = str(item.value).strip()
            if not value:
                self.fail(item, f"'{key}' in {where} contains an empty string", "remove it")
            result.append((item, value))
        return result

    def choice(self, fields: _Fields, key: str, where: str, kind: type[_E]) -> _E | None:
        """An optional enum value given by its string value."""
        node = fields.get(key)
        if node is None or _is_null(node):
            return None
        value = self.text(node, key, where)
        allowed = [member.value for member in kind]
        if value not in allowed:
            self.fail(
                node,
                f"'{key}' in {where}: unknown value '{_shown(value)}'"
                f"{_did_you_mean(value, allowed)}",
                f"allowed values: {', '.join(allowed)}",
            )
        return kind(value)

    def identifier(self, fields: _Fields, item: Node, where: str) -> tuple[Node, str]:
        node = self.require(fields, "id", item, where)
        value = self.text(node, "id", where)
        if not _ID.fullmatch(value):
            self.fail(
                node,
                f"'id' in {where}: '{_shown(value)}' is not a valid id",
                "ids use lowercase letters, digits and hyphens and start with a letter or digit, "
                "e.g. 'mofa-ja-call'",
            )
        return node, value

    def url(self, node: Node, where: str) -> str:
        value = self.text(node, "url", where)
        hint = "give an absolute http(s) URL, e.g. https://www.mofa.go.jp/..."
        if any(char.isspace() or not char.isprintable() for char in value):
            self.fail(node, f"'url' in {where} contains spaces or control characters", hint)
        try:
            parts = urllib.parse.urlsplit(value)
            host = parts.hostname
            parts.port  # noqa: B018 -- raises ValueError for a malformed port
        except ValueError:
            self.fail(node, f"'url' in {where}: '{_shown(value)}' is not a valid URL", hint)
        if parts.scheme not in ("http", "https") or not host:
            self.fail(
                node, f"'url' in {where}: '{_shown(value)}' is not an absolute http(s) URL", hint
            )
        if parts.username is not None or parts.password is not None:
            self.fail(
                node,
                f"'url' in {where} must not contain a user name or password",
                "remove the 'user:password@' part; claim files are public",
            )
        return value

    def language(self, fields: _Fields, key: str, where: str) -> str | None:
        node = fields.get(key)
        if node is None or _is_null(node):
            return None
        value = self.text(node, key, where)
        if not _LANGUAGE.fullmatch(value):
            self.fail(
                node,
                f"'{key}' in {where}: '{_shown(value)}' is not a language tag",
                "use a BCP 47 tag such as 'en', 'ja', 'vi' or 'en-US'",
            )
        # Normalise case so that 'JA' and 'ja' compare equal downstream.
        primary, *rest = value.split("-")
        subtags = [part.title() if len(part) == 4 else part.upper() for part in rest]
        return "-".join([primary.lower(), *subtags])

    # ── sections ──

    def check_version(self, node: Node) -> None:
        if not isinstance(node, ScalarNode) or node.value.strip() != "1":
            shown = _shown(node.value) if isinstance(node, ScalarNode) else _kind(node)
            self.fail(
                node,
                f"unsupported claim file version '{shown}'",
                "only version 1 is known; set 'version: 1' or leave it out",
            )

    def article(self, node: Node) -> Article:
        fields = self.fields(node, "article", _ARTICLE_KEYS)
        title = self.text(self.require(fields, "title", node, "article"), "title", "article")
        url = self.url(fields["url"], "article") if self.given(fields, "url") else None
        text_path = self.optional_text(fields, "text", "article")
        if text_path is not None:
            self.check_text_path(fields["text"], text_path)
        return Article(
            title=title,
            url=url,
            published=self.published(fields),
            language=self.language(fields, "language", "article") or "en",
            translated_from=self.language(fields, "translated_from", "article"),
            text_path=text_path,
        )

    @staticmethod
    def given(fields: _Fields, key: str) -> bool:
        return key in fields and not _is_null(fields[key])

    def published(self, fields: _Fields) -> dt.date | None:
        node = fields.get("published")
        if node is None or _is_null(node):
            return None
        value = self.text(node, "published", "article")
        hint = "write an ISO date, YYYY-MM-DD, e.g. 2025-10-26"
        if not _ISO_DATE.fullmatch(value):
            self.fail(node, f"'published' in article: '{_shown(value)}' is not a date", hint)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(node, f"'published' in article: '{_shown(value)}' is not a valid date", hint)

    def check_text_path(self, node: Node, value: str) -> None:
        hint = "give the article text's path relative to the claim file, e.g. 'article.txt'"
        if "\0" in value or Path(value).is_absolute() or PureWindowsPath(value).anchor:
            self.fail(
                node,
                f"'text' in article must be a path relative to the claim file, "
                f"got '{_shown(value)}'",
                hint,
            )
        try:
            base = self.base_dir.resolve()
            target = (base / value).resolve()
        except (OSError, RuntimeError):
            self.fail(node, f"article text file '{_shown(value)}' cannot be resolved", hint)
        if not target.is_relative_to(base):
            self.fail(
                node,
                f"article text file '{_shown(value)}' lies outside the claim file's directory",
                "keep the article text next to the claim file or in a folder below it",
            )
        if not target.is_file():
            self.fail(
                node,
                f"article text file '{_shown(value)}' not found",
                f"looked for {self.base_dir / value}; the path is relative to the claim file",
            )

    def sources(self, node: Node) -> tuple[SourceSpec, ...]:
        specs: list[SourceSpec] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(
            self.items(node, "sources", "the claim file", "sources", _MISSING_HINTS["sources"]), 1
        ):
            where = self.item_name("source", item, index)
            fields = self.fields(item, where, _SOURCE_KEYS)
            id_node, source_id = self.identifier(fields, item, where)
            if source_id in first_line:
                self.fail(
                    id_node,
                    f"duplicate source id '{_shown(source_id)}' (first defined at line "
                    f"{first_line[source_id]})",
                    "give each source its own id",
                )
            first_line[source_id] = id_node.start_mark.line + 1
            specs.append(
                SourceSpec(
                    id=source_id,
                    url=self.url(self.require(fields, "url", item, where), where),
                    publisher=self.optional_text(fields, "publisher", where) or "",
                    language=self.language(fields, "language", where) or "en",
                    kind=self.choice(fields, "kind", where, SourceKind) or SourceKind.OTHER,
                    title=self.optional_text(fields, "title", where),
                    location=_at(self.file, item.start_mark),
                )
            )
        return tuple(specs)

    def claims(self, node: Node, sources: tuple[SourceSpec, ...]) -> tuple[Claim, ...]:
        defined = [spec.id for spec in sources]
        claims: list[Claim] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(
            self.items(node, "claims", "the claim file", "claims", _MISSING_HINTS["claims"]), 1
        ):
            where = self.item_name("claim", item, index)
            fields = self.fields(item, where, _CLAIM_KEYS)
            id_node, claim_id = self.identifier(fields, item, where)
            if claim_id in first_line:
                self.fail(
                    id_node,
                    f"duplicate claim id '{_shown(claim_id)}' (first defined at line "
                    f"{first_line[claim_id]})",
                    "give each claim its own id",
                )
            line = item.start_mark.line + 1
            first_line[claim_id] = id_node.start_mark.line + 1
            text = self.text(self.require(fields, "text", item, where), "text", where)
            claims.append(
                Claim(
                    id=claim_id,
                    text=text,
                    sources=self.claim_sources(fields, item, where, defined),
                    quotes=self.quotes(fields, where, text, line),
                    speaker=self.optional_text(fields, "speaker", where),
                    setting=self.choice(fields, "setting", where, SourceKind),
                    expect=self.choice(fields, "expect", where, Verdict),
                    notes=self.optional_text(fields, "notes", where) or "",
                    accepted_terms=self.accepted_terms(fields, where),
                    location=_at(self.file, item.start_mark),
                )
            )
        return tuple(claims)

    @staticmethod
    def item_name(noun: str, item: Node, index: int) -> str:
        """How messages name a list item: by its id when it has a usable one, else by number."""
        if isinstance(item, MappingNode):
            for key, value in item.value:
                if (
                    isinstance(key, ScalarNode)
                    and key.value == "id"
                    and isinstance(value, ScalarNode)
                    and _ID.fullmatch(value.value.strip())
                ):
                    return f"{noun} '{value.value.strip()}'"
        return f"{noun} #{index}"

    def claim_sources(
        self, fields: _Fields, item: Node, where: str, defined: list[str]
    ) -> tuple[str, ...]:
        node = self.require(
            fields, "sources", item, where, "add 'sources: [<source id>, ...]' naming its sources"
        )
        self.items(node, "sources", where, "source ids", "list the ids of the sources it rests on")
        refs: list[str] = []
        for ref_node, ref in self.strings(node, "sources", where):
            if ref not in defined:
                self.fail(
                    ref_node,
                    f"{where} refers to undefined source '{_shown(ref)}'"
                    f"{_did_you_mean(ref, defined)}",
                    f"defined sources: {', '.join(defined)}",
                )
            if ref in refs:
                self.fail(ref_node, f"{where} lists source '{_shown(ref)}' twice", "list it once")
            refs.append(ref)
        return tuple(refs)

    def quotes(self, fields: _Fields, where: str, text: str, line: int) -> tuple[str, ...]:
        node = fields.get("quotes")
        if node is None or _is_null(node):
            return ()
        # Compare with whitespace collapsed: folded YAML strings wrap lines differently.
        flat_text = " ".join(text.split())
        quotes = []
        for quote_node, quote in self.strings(node, "quotes", where):
            if " ".join(quote.split()) not in flat_text:
                self.fail(
                    quote_node,
                    f"quote '{_shown(quote)}' does not occur in the text of {where} (line {line})",
                    "copy the quoted words exactly as the claim's text has them",
                )
            quotes.append(quote)
        return tuple(quotes)

    def accepted_terms(self, fields: _Fields, where: str) -> tuple[AcceptedTerm, ...]:
        node = fields.get("accept_terms")
        if node is None or _is_null(node):
            return ()
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'accept_terms' in {where}: expected a list of mappings, got {_kind(node)}",
                "write each entry as '- text: ...' with a 'why: ...' below it",
            )
        terms = []
        for index, item in enumerate(node.value, 1):
            term_where = f"accept_terms #{index} of {where}"
            term_fields = self.fields(item, term_where, _TERM_KEYS)
            text_node = self.require(
                term_fields, "text", item, term_where, "add 'text:' with the accepted wording"
            )
            why_node = self.require(term_fields, "why", item, term_where)
            terms.append(
                AcceptedTerm(
                    text=self.text(text_node, "text", term_where),
                    justification=self.text(why_node, "why", term_where),
                )
            )
        return tuple(terms)
