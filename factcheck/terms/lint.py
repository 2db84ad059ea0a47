"""Lint an article's official terminology: garbled terms, listed or inferred, with the fix.

Takes article text (plain or markdown) and a termbase; gives `Finding`s with line:column,
the text found, the official wording, the entry, the severity, whether the variant was listed
in the termbase or inferred (`nearmiss`, with its score), and whether an inline marker
accepted it. Also applies the fixes of listed, unambiguous variants and previews them as a
unified diff, and runs termbase `specs`. Format and rules: docs/lint.md.

Nothing here prints or writes: the CLI reads files through `read_article`, renders findings
with `factcheck.render.lint_report` and exits with `lint_exit_code`.
"""

from __future__ import annotations

import bisect
import enum
import re
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from factcheck.claimfiles.textfiles import decode_text, read_text_file
from factcheck.errors import InputError, Location, TermbaseError
from factcheck.severity import Severity
from factcheck.terms.nearmiss import NearMiss, NearMissFinder
from factcheck.terms.termbase import EntryKind, Termbase, TermEntry, TermHit
from factcheck.text.spans import DisjointSpans, SpanIndex

STRONG_SCORE = 90.0
"""An inferred finding scoring at least this keeps its entry's severity; weaker ones drop a
step (error → warning → info), since they are guesses."""

_MARKER = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL)
_ACCEPT = re.compile(r"\s*accept\s+(?P<id>[a-z0-9][a-z0-9-]*)\s+\"(?P<reason>[^\"\n]+)\"\s*")
_MASKED = re.compile(
    r"<!--.*?-->"  # comments, markers included: not article text
    r"|^[ \t]*```.*?^[ \t]*```[^\n]*$"  # fenced code
    r"|`[^`\n]+`"  # inline code
    r"|\bhttps?://[^\s<>\"')\]]+",  # URLs: their words are not prose
    re.DOTALL | re.MULTILINE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LONGEST_WORD = 40
"""Characters looked at before a line's full stop to tell an abbreviation."""
_STOPS = ".!?。！？"
_CLOSERS = "\"'”’」』)]"
"""A line ends a sentence when it ends in one of `_STOPS`, maybe then closing quotes or
brackets (`_CLOSERS`), then spaces or tabs."""
_SEPARATORS = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"
"""Control characters that are neither space (`\\s`) nor word characters nor hyphens:
what `_block_hits` puts between blocks."""
GROUP_CHARACTERS = 65536
"""Blocks are searched for terms in groups of about this many characters (see
`_block_hits`)."""
_STEP_DOWN = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}


class FindingKind(enum.Enum):
    LISTED = "listed"
    """A wrong variant the termbase lists."""
    SPACING = "spacing"
    CALQUE = "calque"
    WORD_ORDER = "word-order"
    WRONG_WORD = "wrong-word"
    PLURAL = "plural"
    UNUSED_ACCEPT = "unused-accept"
    """An accept marker that matches no finding (a stale or misplaced suppression)."""


@dataclass(frozen=True)
class Finding:
    """A garbled official term in an article (or a problem with an accept marker)."""

    path: str
    line: int
    """1-based line of the start."""
    column: int
    """1-based column of the start, in characters."""
    end_line: int
    end_column: int
    """1-based column just past the end."""
    start: int
    """Offset of the found text in the article."""
    end: int
    found: str
    """The text as the article writes it."""
    suggestion: str
    """The official wording (the entry's preferred form in the article's language)."""
    entry_id: str
    severity: Severity
    kind: FindingKind
    listed: bool
    """True for a variant the termbase lists; False for an inferred near-miss."""
    score: float
    """100 for a listed variant; rapidfuzz-based closeness for an inferred one."""
    accepted: str | None = None
    """The reason given by the accept marker, when one accepts this finding."""
    fixable: bool = False
    """Whether `apply_fixes` replaces it: listed, unambiguous, and the entry allows fixes."""
    issuer: str = ""
    reference: str = ""
    """Where the official wording can be checked."""
    note: str = ""


# ── linting ───────────────────────────────────────────────────────────────────


def prepare_lint(termbase: Termbase, language: str) -> None:
    """Build now what linting texts of `language` against `termbase` needs (the near-miss
    index), as `lint_text` otherwise does on its first call: a caller that builds its
    long-lived structures together (the CLI, with the cycle collector paused) calls this."""
    _lint_index(termbase, language)


def lint_text(
    text: str, termbase: Termbase, *, language: str = "en", path: str = "<text>"
) -> list[Finding]:
    """The findings of one article, in text order; accepted ones included and marked.

    Raises `InputError` for a malformed `<!-- factcheck: … -->` marker.
    """
    markers = list(_parse_markers(text, path))
    masked = _mask(text)
    index = _lint_index(termbase, language)
    lines = _LineMap(text)
    found: list[tuple[int, int, TermEntry, FindingKind, float, bool]] = []
    for offset, block, base, hits in _block_hits(masked, termbase, index.language):
        if hits or index.near is not None:
            for start, end, entry, kind, score, fixable in _block_findings(
                block, offset - base, hits, index
            ):
                found.append((start + base, end + base, entry, kind, score, fixable))
    findings = [
        _finding(text, lines, path, language, start, end, entry, kind, score, fixable)
        for start, end, entry, kind, score, fixable in sorted(found, key=lambda f: f[:2])
    ]
    return _accept(findings, markers, text, lines, path)


def _block_hits(
    masked: str, termbase: Termbase, language: str, group: int = GROUP_CHARACTERS
) -> Iterator[tuple[int, str, int, list[TermHit]]]:
    """Each block with its offset, and the termbase's hits in it, at their offsets from
    `base` (the block's offset less the returned offset is where the block is among them).

    Blocks are searched in groups of at least `group` characters: one `Termbase.find` over
    a group, with the line break before each block swapped for a character that is neither
    space nor word nor hyphen (one the text does not hold), finds what a search of each
    block would: a form's regex cannot cross it, its word-start and word-end checks see it
    as they see a block's edge, and no key or literal holds it. One search per group instead
    of one per block spares the cost of a search thousands of times in a long article, and
    the group keeps the hits held at once few.
    """
    separator = next((c for c in _SEPARATORS if c not in masked), None)
    pending: list[tuple[int, str]] = []
    size = 0
    for offset, block in _blocks(masked):
        if separator is None:  # the text holds every candidate: search block by block
            yield offset, block, offset, termbase.find(block, language)
            continue
        pending.append((offset, block))
        size += len(block)
        if size >= group:
            yield from _search_group(masked, pending, termbase, language, separator)
            pending, size = [], 0
    if pending:
        yield from _search_group(masked, pending, termbase, language, separator or "")


def _search_group(
    masked: str, blocks: list[tuple[int, str]], termbase: Termbase, language: str, separator: str
) -> Iterator[tuple[int, str, int, list[TermHit]]]:
    base = blocks[0][0]
    parts: list[str] = []
    done = base
    for offset, _ in blocks[1:]:
        parts += [masked[done : offset - 1], separator]
        done = offset
    last, block = blocks[-1]
    parts.append(masked[done : last + len(block)])
    found = termbase.find("".join(parts), language)
    at = 0
    for offset, block in blocks:
        end = offset - base + len(block)
        first = at
        while at < len(found) and found[at].start < end:
            at += 1
        yield offset, block, base, found[first:at]


def _block_findings(
    block: str, offset: int, hits: list[TermHit], index: _LintIndex
) -> Iterator[tuple[int, int, TermEntry, FindingKind, float, bool]]:
    """The findings of one block, at their offsets in the text; `hits` are the termbase's
    hits in it, at theirs."""
    known: dict[str, list[tuple[int, int]]] = {}
    for hit in hits:
        known.setdefault(hit.entry.id, []).append((hit.start - offset, hit.end - offset))
    near = [] if index.near is None else index.near.find(block, known)
    variants = [h for h in hits if h.variant]
    if not variants and not near:
        return  # most blocks: no term, or only correct ones
    official = [h for h in hits if not h.variant]
    # A correct official term or name protects everything inside it ("Pacific" in
    # "Indo-Pacific"), so a fix can never rewrite it; vocabulary ("allian*") protects nothing.
    shields = SpanIndex([h for h in official if h.entry.kind is not EntryKind.WORD])
    listed = _outermost(
        [
            h
            for h in variants
            if not any(s.entry.id != h.entry.id for s in shields.containing(h.start, h.end))
        ]
    )
    if near:
        near = [replace(m, start=m.start + offset, end=m.end + offset) for m in near]
        # An inferred garble of a longer term beats the listed garbles inside it: "Friendly
        # and broad Pacific India" is a garbled FOIP, not a sentence that happens to hold
        # "Pacific India". Any other overlap goes to the listed variant.
        by_place = SpanIndex(listed)
        named = SpanIndex(official)
        near = [
            miss
            for miss in near
            if _keeps(miss, named, shields)
            and all(_contains(miss, hit) for hit in by_place.overlapping(miss.start, miss.end))
        ]
        inferred = SpanIndex(near)
        listed = [
            hit
            for hit in listed
            if not any(_contains(miss, hit) for miss in inferred.containing(hit.start, hit.end))
        ]
    for hit in listed:
        fixable = hit.entry.fix and index.unambiguous(hit.surface) and _has_suggestion(hit, index)
        yield hit.start, hit.end, hit.entry, FindingKind.LISTED, 100.0, fixable
    for miss in near:
        yield miss.start, miss.end, miss.entry, FindingKind(miss.kind.value), miss.score, False


def _keeps(miss: NearMiss, official: SpanIndex[TermHit], shields: SpanIndex[TermHit]) -> bool:
    if shields.holds(miss.start, miss.end):
        return False
    # The official form is right there: "Indo-Pacific India".
    return all(hit.entry.id != miss.entry.id for hit in official.overlapping(miss.start, miss.end))


def _contains(miss: NearMiss, hit: TermHit) -> bool:
    return (
        miss.start <= hit.start
        and hit.end <= miss.end
        and (miss.end - miss.start) > (hit.end - hit.start)
        and miss.entry.id != hit.entry.id
    )


def _outermost(hits: list[TermHit]) -> list[TermHit]:
    ordered = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    taken = DisjointSpans()
    kept: list[TermHit] = []
    for hit in ordered:
        if not taken.overlaps(hit.start, hit.end):
            taken.add(hit.start, hit.end)
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _has_suggestion(hit: TermHit, index: _LintIndex) -> bool:
    return hit.entry.preferred(index.language) is not None


def _finding(
    text: str,
    lines: _LineMap,
    path: str,
    language: str,
    start: int,
    end: int,
    entry: TermEntry,
    kind: FindingKind,
    score: float,
    fixable: bool,
) -> Finding:
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    severity = entry.severity
    if kind is not FindingKind.LISTED and score < STRONG_SCORE:
        severity = _STEP_DOWN.get(severity, severity)
    return Finding(
        path=path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
        found=text[start:end],
        suggestion=entry.preferred(_base(language)) or "",
        entry_id=entry.id,
        severity=severity,
        kind=kind,
        listed=kind is FindingKind.LISTED,
        score=score,
        fixable=fixable,
        issuer=entry.issuer,
        reference=entry.reference,
        note=entry.note,
    )


class _LintIndex:
    """What linting needs beyond the termbase's finder, built once per termbase and language:
    from the entries, or from what `lint_table` compiled for the termbase (`Termbase.compiled`,
    "lint"), the same."""

    def __init__(self, termbase: Termbase, language: str) -> None:
        self.language = language
        table = termbase.compiled(language, "lint")
        if table is not None:
            try:
                self._read(termbase, table)
                return
            except (TypeError, ValueError, KeyError, IndexError):  # not what `table` wrote
                pass
        owners: dict[str, set[str]] = {}
        for entry in termbase.entries:
            for variant in entry.variants.get(language, ()):
                owners.setdefault(_fold(variant), set()).add(entry.id)
        self._owners = owners
        from factcheck.languages import written_unspaced

        self.near = (
            None if written_unspaced(language) else NearMissFinder(termbase.entries, language)
        )

    def _read(self, termbase: Termbase, table: object) -> None:
        from factcheck.terms import tables

        data = tables.mapping(table)
        folded, ids = tables.strings(data["folded"]), tables.string_lists(data["owners"])
        near = data["near"]
        self.near = None if near is None else NearMissFinder.from_table(termbase.entries, near)
        self._owners = dict(zip(folded, map(set, ids), strict=True))

    def table(self, termbase: Termbase) -> dict[str, object]:
        positions = {id(entry): place for place, entry in enumerate(termbase.entries)}
        return {
            "folded": list(self._owners),
            "owners": [sorted(ids) for ids in self._owners.values()],
            "near": None if self.near is None else self.near.table(positions),
        }

    def unambiguous(self, surface: str) -> bool:
        return len(self._owners.get(_fold(surface), ())) == 1


def lint_table(termbase: Termbase, language: str) -> dict[str, object]:
    """What linting texts of `language` against `termbase` needs, as plain data, for a
    `Termbase` of the same entries to be given as compiled ("lint")."""
    return _LintIndex(termbase, language).table(termbase)


_INDEXES: weakref.WeakKeyDictionary[Termbase, dict[str, _LintIndex]] = weakref.WeakKeyDictionary()


def _lint_index(termbase: Termbase, language: str) -> _LintIndex:
    language = _base(language)
    per_language = _INDEXES.setdefault(termbase, {})
    if language not in per_language:
        per_language[language] = _LintIndex(termbase, language)
    return per_language[language]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _mask(text: str) -> str:
    """The text with comments, code and URLs blanked out, offsets and line breaks kept."""
    # `_MASKED` opens with no literal, so the regex engine tries it at every character; but
    # each of its kinds needs "<!--", a backtick or "http", and a fenced block starts at
    # the beginning of its line. Masking can start at the line of the first of these (a
    # line start is a line start, and a word boundary, in the slice as in the text).
    found = [at for at in (text.find("<!--"), text.find("`"), text.find("http")) if at >= 0]
    if not found:
        return text
    start = text.rfind("\n", 0, min(found)) + 1
    return text[:start] + _MASKED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text[start:])


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Blocks with their offsets: paragraphs, cut further after each line that ends a
    sentence.

    A term never spans a blank line, nor a line break after a sentence's end: an article
    written one paragraph per line (the seed's layout) is then linted line by line, as the
    same article with blank lines is, and no block is longer than its longest paragraph.
    A line ending in an abbreviation ("the U.S.", "Mr.") may go on with the sentence, so
    it does not end a block.
    """
    for offset, paragraph in _paragraphs(text):
        start = 0
        line = 0
        # Each line break, and whether the line before it ends a sentence (`_CLOSERS`):
        # found from the break back, not by trying the pattern at every character.
        newline = paragraph.find("\n")
        while newline >= 0:
            core = paragraph[line:newline].rstrip(" \t").rstrip(_CLOSERS)
            stop = line + len(core) - 1
            if core and core[-1] in _STOPS and not _abbreviation_before(paragraph, stop):
                yield offset + start, paragraph[start:newline]
                start = newline + 1
            line = newline + 1
            newline = paragraph.find("\n", line)
        if start < len(paragraph):
            yield offset + start, paragraph[start:]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs with their offsets: the text between blank lines."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation: a short word ("Mr.", "St.")
    or one with a dot inside ("U.S.")."""
    if text[stop] != ".":
        return False
    # The word is sought in the few characters before the stop, never in the whole text
    # before it (that made a long paragraph-per-line article quadratic).
    before = text[max(0, stop - _LONGEST_WORD) : stop]
    word = "" if before[-1:].isspace() or not before.split() else before.split()[-1]
    return len(word) <= 3 or "." in word


class _LineMap:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


# ── accept markers ────────────────────────────────────────────────────────────


class _Marker(NamedTuple):
    entry_id: str
    reason: str
    start: int
    end: int
    line: int
    """1-based line whose findings it accepts."""


def _parse_markers(text: str, path: str) -> Iterator[_Marker]:
    if "<!--" not in text:
        return  # every marker opens so; most articles hold none
    lines = _LineMap(text)
    line_texts = text.split("\n")
    without_markers = [_MARKER.sub("", line).strip() for line in line_texts]
    for match in _MARKER.finditer(text):
        accept = _ACCEPT.fullmatch(match.group("body"))
        line, column = lines.position(match.start())
        if accept is None:
            raise InputError(
                "malformed factcheck marker",
                Location(path, line, column),
                'write <!-- factcheck: accept ENTRY-ID "reason" -->',
            )
        end_line, _ = lines.position(match.end())
        target = line if without_markers[line - 1] else _next_text_line(without_markers, end_line)
        yield _Marker(
            accept.group("id"), accept.group("reason").strip(), match.start(), match.end(), target
        )


def _next_text_line(lines: list[str], after: int) -> int:
    for number in range(after + 1, len(lines) + 1):
        if lines[number - 1]:
            return number
    return after


def _accept(
    findings: list[Finding], markers: list[_Marker], text: str, lines: _LineMap, path: str
) -> list[Finding]:
    """Each marker accepts the first not yet accepted finding of its entry on its line."""
    out = list(findings)
    for marker in markers:
        for i, finding in enumerate(out):
            if (
                finding.entry_id == marker.entry_id
                and finding.line == marker.line
                and finding.accepted is None
                and finding.kind is not FindingKind.UNUSED_ACCEPT
            ):
                out[i] = replace(finding, accepted=marker.reason, fixable=False)
                break
        else:
            line, column = lines.position(marker.start)
            end_line, end_column = lines.position(marker.end)
            out.append(
                Finding(
                    path=path,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    start=marker.start,
                    end=marker.end,
                    found=text[marker.start : marker.end],
                    suggestion="",
                    entry_id=marker.entry_id,
                    severity=Severity.WARNING,
                    kind=FindingKind.UNUSED_ACCEPT,
                    listed=False,
                    score=0.0,
                    note=f"no finding of '{marker.entry_id}' on line {marker.line} to accept",
                )
            )
    out.sort(key=lambda f: (f.start, f.end))
    return out


# ── fixes ─────────────────────────────────────────────────────────────────────


def apply_fixes(text: str, findings: Sequence[Finding]) -> str:
    """`text` with every fixable, unaccepted finding replaced by its suggestion.

    Findings that no longer match the text (stale) or overlap an earlier one are skipped,
    so the result never depends on the order of `findings`.
    """
    chosen: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if not finding.fixable or finding.accepted is not None or not finding.suggestion:
            continue
        if text[finding.start : finding.end] != finding.found:
            continue
        if chosen and finding.start < chosen[-1].end:
            continue
        chosen.append(finding)
    parts: list[str] = []
    position = 0
    for finding in chosen:
        parts.append(text[position : finding.start])
        parts.append(finding.suggestion)
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def diff_fixes(text: str, fixed: str, path: str) -> str:
    """A unified diff from `text` to `fixed`, empty when they are equal."""
    import difflib  # only --diff needs it

    diff = difflib.unified_diff(
        text.splitlines(keepends=True),
        fixed.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in diff)


# ── exit codes, files, specs ──────────────────────────────────────────────────


def lint_exit_code(findings: Sequence[Finding]) -> int:
    """1 when an error-level finding is not accepted, else 0 (bad input is the CLI's 2)."""
    failed = any(f.severity is Severity.ERROR and f.accepted is None for f in findings)
    return 1 if failed else 0


MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The default size limit of an article: a long feature is a few hundred kilobytes."""


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The text of an article file; `InputError` (exit 2) when it cannot be read as UTF-8
    or is over `max_bytes`."""
    return read_text_file(
        path, InputError, "article", max_bytes=max_bytes, raise_hint="raise it with --max-bytes"
    )


def decode_article(data: bytes, name: str, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The text of an article given as bytes (from standard input), named `name` in messages.

    The caller reads at most one byte past `max_bytes` (standard input has no size to ask
    for), so an article over the limit is said to be over it, not to be that long.
    """
    if len(data) > max_bytes:
        megabytes, rest = divmod(max_bytes, 1024 * 1024)
        limit = f"{megabytes} MB" if megabytes and not rest else f"{max_bytes:,} bytes"
        raise InputError(
            f"the article is over the limit of {limit}",
            Location(name),
            "check that this is the right input, or raise the limit with --max-bytes",
        )
    return decode_text(data, name, InputError, "article", max_bytes=max_bytes)


def check_specs(termbase: Termbase) -> None:
    """Run every entry's `specs`; `TermbaseError` at the first failing spec's file:line."""
    for entry in termbase.entries:
        for spec in entry.specs:
            findings = lint_text(spec.text, termbase, language=spec.language)
            mine = tuple(
                f.found
                for f in findings
                if f.entry_id == entry.id
                and f.accepted is None
                and f.kind is not FindingKind.UNUSED_ACCEPT
            )
            if mine != spec.finds:
                expected = ", ".join(f'"{s}"' for s in spec.finds) or "nothing"
                got = ", ".join(f'"{s}"' for s in mine) or "nothing"
                raise TermbaseError(
                    f"spec of entry '{entry.id}' fails: expected to find {expected}, "
                    f"lint finds {got}",
                    spec.origin,
                    "fix the entry's forms or variants, or the spec",
                )
            if spec.fixed is not None:
                fixed = apply_fixes(spec.text, findings)
                if fixed != spec.fixed:
                    raise TermbaseError(
                        f"spec of entry '{entry.id}' fails: --fix gives \"{fixed}\", "
                        f'expected "{spec.fixed}"',
                        spec.origin,
                        "fix the entry's preferred form or the spec",
                    )
