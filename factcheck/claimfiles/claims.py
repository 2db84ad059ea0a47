"""Load claim files: the YAML an editor writes about one article → a checked `ClaimFile`.

Takes the path of a claim file and gives a `ClaimFile` whose keys, ids, references, enum values,
URLs, dates and language tags have all been checked, or raises `ClaimFileError` saying where
(file:line:column), what is wrong and what to do. The format is described in
docs/claim-files.md.

Claim files also arrive in pull requests, so they are untrusted input: they are read and composed
into nodes by `factcheck.claimfiles.yamlnodes` (size cap, UTF-8, no constructor, no aliases,
no odd tags, bounded nesting), and every value is built here from the nodes, with its line
and column.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse
from pathlib import Path, PureWindowsPath

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.claimfiles.yamlnodes import (
    MAX_FILE_BYTES,
    FieldReader,
    Fields,
    compose_yaml,
    did_you_mean,
    is_null,
    kind_of,
    read_text_file,
    shown,
)
from factcheck.errors import ClaimFileError, Location
from factcheck.model import AcceptedTerm, Article, Claim, ClaimFile, SourceKind, SourceSpec, Verdict
from factcheck.sources.hostnames import host_problem

__all__ = [
    "MAX_FILE_BYTES",
    "article_text_path",
    "load_claims",
    "locate_in_article",
    "read_article_text",
]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TOP_KEYS = ("version", "article", "sources", "claims")
_ARTICLE_KEYS = ("title", "url", "published", "language", "translated_from", "text")
_SOURCE_KEYS = ("id", "url", "publisher", "language", "kind", "title", "discover")
# Checked here for shape only; factcheck/sources/discover.py reads the values.
_DISCOVER_KEYS = ("publisher", "from", "to", "terms")
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


def load_claims(path: Path) -> ClaimFile:
    """Read, parse and check the claim file at `path`.

    Raises ClaimFileError for every problem: an unreadable, oversized or non-UTF-8 file,
    malformed YAML, or content that does not follow the claim file format.
    """
    file = str(path)
    text = read_text_file(path, ClaimFileError, "claim file", with_column=True)
    root = compose_yaml(text, file, ClaimFileError, what="claim file", at_alias=True)
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
    path = article_text_path(claim_file)
    if path is None:
        return None
    text = read_text_file(path, ClaimFileError, "article text file", with_column=True)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_text_path(claim_file: ClaimFile) -> Path | None:
    """The path of the article text file, as the claim file's path leads to it, or None."""
    if claim_file.article.text_path is None:
        return None
    return Path(claim_file.path).parent / claim_file.article.text_path


def locate_in_article(article_text: str, claim_text: str) -> tuple[int, int] | None:
    """The 1-based (line, column) where `claim_text` starts in `article_text`, or None.

    Claim files fold long claims over several lines, so runs of white space count as one
    space on both sides; letter case is ignored when the exact wording is not found.
    """
    words = claim_text.split()
    if not words:
        return None
    # The exact wording is found by a plain search in the text with its white space folded
    # (no pattern to compile per claim); only a miss compiles the case-blind pattern.
    folded, starts = _folded(article_text)
    at = folded.find(" ".join(words))
    if at >= 0:
        start = starts[at]
    else:
        pattern = r"\s+".join(re.escape(word) for word in words)
        found = re.search(pattern, article_text, re.IGNORECASE)
        if found is None:
            return None
        start = found.start()
    before = article_text[:start]
    line = before.count("\n") + 1
    return line, start - (before.rfind("\n") + 1) + 1


@functools.lru_cache(maxsize=8)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """`text` with each run of white space made one space, and where each character of the
    result starts in `text`."""
    out: list[str] = []
    starts: list[int] = []
    for match in _NOT_SPACE_OR_SPACE.finditer(text):
        piece = match.group()
        if piece.isspace():
            out.append(" ")
            starts.append(match.start())
        else:
            out.append(piece)
            starts.extend(range(match.start(), match.end()))
    return "".join(out), tuple(starts)


_NOT_SPACE_OR_SPACE = re.compile(r"\S+|\s+")


# ── building values from nodes ────────────────────────────────────────────────


class _ClaimFileBuilder(FieldReader):
    """Builds a ClaimFile from composed nodes, failing on the first problem found."""

    def __init__(self, file: str, base_dir: Path) -> None:
        super().__init__(file, ClaimFileError, "the claim file", _MISSING_HINTS)
        self.base_dir = base_dir

    def build(self, root: Node) -> ClaimFile:
        if not isinstance(root, MappingNode):
            self.fail(
                root,
                f"a claim file must be a mapping with 'article', 'sources' and 'claims', "
                f"got {kind_of(root)}",
                "see docs/claim-files.md for the format",
            )
        fields = self.fields(root, "the claim file", _TOP_KEYS, at_top=True)
        if "version" in fields:
            self.check_version(fields["version"])
        article = self.article(self.require(fields, "article", root, "the claim file"))
        sources = self.sources(self.require(fields, "sources", root, "the claim file"))
        claims = self.claims(self.require(fields, "claims", root, "the claim file"), sources)
        return ClaimFile(path=self.file, article=article, sources=sources, claims=claims)

    def identifier(self, fields: Fields, item: Node, where: str) -> tuple[Node, str]:
        node = self.require(fields, "id", item, where)
        value = self.text(node, "id", where)
        if not _ID.fullmatch(value):
            self.fail(
                node,
                f"'id' in {where}: '{shown(value)}' is not a valid id",
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
            self.fail(node, f"'url' in {where}: '{shown(value)}' is not a valid URL", hint)
        if parts.scheme not in ("http", "https") or not host:
            self.fail(
                node, f"'url' in {where}: '{shown(value)}' is not an absolute http(s) URL", hint
            )
        if parts.username is not None or parts.password is not None:
            self.fail(
                node,
                f"'url' in {where} must not contain a user name or password",
                "remove the 'user:password@' part; claim files are public",
            )
        problem = host_problem(host)
        if problem is not None:
            self.fail(node, f"'url' in {where}: {problem}", "check the URL's host name")
        return value

    def language(self, fields: Fields, key: str, where: str) -> str | None:
        node = fields.get(key)
        if node is None or is_null(node):
            return None
        value = self.text(node, key, where)
        if not _LANGUAGE.fullmatch(value):
            self.fail(
                node,
                f"'{key}' in {where}: '{shown(value)}' is not a language tag",
                "use a BCP 47 tag such as 'en', 'ja', 'vi' or 'en-US'",
            )
        # Normalise case so that 'JA' and 'ja' compare equal downstream.
        primary, *rest = value.split("-")
        subtags = [part.title() if len(part) == 4 else part.upper() for part in rest]
        return "-".join([primary.lower(), *subtags])

    # ── sections ──

    def check_version(self, node: Node) -> None:
        if not isinstance(node, ScalarNode) or node.value.strip() != "1":
            written = shown(node.value) if isinstance(node, ScalarNode) else kind_of(node)
            self.fail(
                node,
                f"unsupported claim file version '{written}'",
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
    def given(fields: Fields, key: str) -> bool:
        return key in fields and not is_null(fields[key])

    def published(self, fields: Fields) -> dt.date | None:
        node = fields.get("published")
        if node is None or is_null(node):
            return None
        value = self.text(node, "published", "article")
        hint = "write an ISO date, YYYY-MM-DD, e.g. 2025-10-26"
        if not _ISO_DATE.fullmatch(value):
            self.fail(node, f"'published' in article: '{shown(value)}' is not a date", hint)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(node, f"'published' in article: '{shown(value)}' is not a valid date", hint)

    def check_text_path(self, node: Node, value: str) -> None:
        hint = "give the article text's path relative to the claim file, e.g. 'article.txt'"
        if "\0" in value or Path(value).is_absolute() or PureWindowsPath(value).anchor:
            self.fail(
                node,
                f"'text' in article must be a path relative to the claim file, "
                f"got '{shown(value)}'",
                hint,
            )
        try:
            base = self.base_dir.resolve()
            target = (base / value).resolve()
        except (OSError, RuntimeError):
            self.fail(node, f"article text file '{shown(value)}' cannot be resolved", hint)
        if not target.is_relative_to(base):
            self.fail(
                node,
                f"article text file '{shown(value)}' lies outside the claim file's directory",
                "keep the article text next to the claim file or in a folder below it",
            )
        if not target.is_file():
            self.fail(
                node,
                f"article text file '{shown(value)}' not found",
                f"looked for {self.base_dir / value}; the path is relative to the claim file",
            )

    def unique(self, id_node: Node, value: str, what: str, first_line: dict[str, int]) -> None:
        """Refuse an id already used by another item of the same list; remember this one."""
        if value in first_line:
            self.fail(
                id_node,
                f"duplicate {what} id '{shown(value)}' (first defined at line {first_line[value]})",
                f"give each {what} its own id",
            )
        first_line[value] = id_node.start_mark.line + 1

    def sources(self, node: Node) -> tuple[SourceSpec, ...]:
        specs: list[SourceSpec] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(
            self.items(node, "sources", "the claim file", "sources", _MISSING_HINTS["sources"]), 1
        ):
            where = self.item_name("source", item, index)
            fields = self.fields(item, where, _SOURCE_KEYS)
            id_node, source_id = self.identifier(fields, item, where)
            self.unique(id_node, source_id, "source", first_line)
            discover = self.given(fields, "discover")
            if discover:
                self.fields(fields["discover"], f"'discover' in {where}", _DISCOVER_KEYS)
            # A source still to be found by `factcheck discover` may have no URL yet.
            url = (
                None
                if discover and not self.given(fields, "url")
                else self.url(self.require(fields, "url", item, where), where)
            )
            specs.append(
                SourceSpec(
                    id=source_id,
                    url=url,
                    discover=discover,
                    publisher=self.optional_text(fields, "publisher", where) or "",
                    language=self.language(fields, "language", where) or "en",
                    kind=self.choice(fields, "kind", where, SourceKind) or SourceKind.OTHER,
                    title=self.optional_text(fields, "title", where),
                    location=self.place(item),
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
            self.unique(id_node, claim_id, "claim", first_line)
            line = item.start_mark.line + 1
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
                    location=self.place(item),
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
        self, fields: Fields, item: Node, where: str, defined: list[str]
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
                    f"{where} refers to undefined source '{shown(ref)}'"
                    f"{did_you_mean(ref, defined)}",
                    f"defined sources: {', '.join(defined)}",
                )
            if ref in refs:
                self.fail(ref_node, f"{where} lists source '{shown(ref)}' twice", "list it once")
            refs.append(ref)
        return tuple(refs)

    def quotes(self, fields: Fields, where: str, text: str, line: int) -> tuple[str, ...]:
        node = fields.get("quotes")
        if node is None or is_null(node):
            return ()
        # Compare with whitespace collapsed: folded YAML strings wrap lines differently.
        flat_text = " ".join(text.split())
        quotes = []
        for quote_node, quote in self.strings(node, "quotes", where):
            if " ".join(quote.split()) not in flat_text:
                self.fail(
                    quote_node,
                    f"quote '{shown(quote)}' does not occur in the text of {where} (line {line})",
                    "copy the quoted words exactly as the claim's text has them",
                )
            quotes.append(quote)
        return tuple(quotes)

    def accepted_terms(self, fields: Fields, where: str) -> tuple[AcceptedTerm, ...]:
        node = fields.get("accept_terms")
        if node is None or is_null(node):
            return ()
        if not isinstance(node, SequenceNode):
            self.fail(
                node,
                f"'accept_terms' in {where}: expected a list of mappings, got {kind_of(node)}",
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
