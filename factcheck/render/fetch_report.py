"""What `factcheck fetch` and `factcheck discover` print: source drift and page candidates.

Takes the sources before and after a fetch (`SourceOutcome`s: capture and extracted text) and
gives, per source, whether it is new, unchanged, changed (with a diff of its sentences),
changed only in its markup, kept from the archive or failed; and renders that as plain
text for a terminal. `render_discovery` does the same for discovery candidates.

Pure: no I/O. Text from pages is untrusted, so control characters (terminal escapes,
bidirectional overrides) are shown as visible escapes, never passed through.
"""

from __future__ import annotations

import difflib
import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, assert_never

from factcheck.model import Capture, CaptureOrigin, Document, SourceOutcome, SourceSpec
from factcheck.render.escape import escape_line

if TYPE_CHECKING:
    from factcheck.sources.discover import DiscoveryResult

DIFF_CONTEXT = 1
DIFF_LINES = 60
"""Longest diff shown per source; the rest is summarised."""


class DriftKind(enum.Enum):
    """What happened to a source's capture during a fetch."""

    NEW = "new"
    """No capture before; one now."""
    CHANGED = "changed"
    """Fetched again; its sentences differ from the last capture's."""
    REFORMATTED = "reformatted"
    """Fetched again; different bytes, same sentences (markup, scripts, a date stamp …)."""
    UNCHANGED = "unchanged"
    """Fetched again; the same bytes."""
    ARCHIVED = "archived"
    """Already archived and not fetched (no --refresh)."""
    FAILED = "failed"
    """Could not be had now."""


@dataclass(frozen=True)
class SourceDrift:
    """One source's fate in a fetch."""

    spec: SourceSpec
    kind: DriftKind
    before: Capture | None = None
    """The newest capture before the fetch."""
    after: Capture | None = None
    """The capture the fetch produced or kept."""
    diff: tuple[str, ...] = ()
    """The extracted sentences removed ("- "), added ("+ ") and around them ("  "), one per
    line; "…" between distant changes (CHANGED only)."""
    problem: str | None = None


def sentence_diff(old: Document, new: Document) -> tuple[str, ...]:
    """The sentences removed (-) and added (+), with one sentence of context ( )."""
    lines = difflib.unified_diff(
        [s.text for s in old.sentences],
        [s.text for s in new.sentences],
        lineterm="",
        n=DIFF_CONTEXT,
    )
    shown_lines: list[str] = []
    for line in lines:
        if line.startswith(("---", "+++")):
            continue  # file headers: there are no files
        if line.startswith("@@"):
            if shown_lines:
                shown_lines.append("…")
            continue
        shown_lines.append(f"{line[:1]} {line[1:]}")
    return tuple(shown_lines)


def compare_sources(
    before: Sequence[SourceOutcome], after: Sequence[SourceOutcome], *, refreshed: bool
) -> tuple[SourceDrift, ...]:
    """Pair each source's outcome after a fetch with its outcome before, and judge the drift."""
    earlier = {outcome.spec.id: outcome for outcome in before}
    return tuple(_judge(earlier.get(now.spec.id), now, refreshed) for now in after)


def _judge(was: SourceOutcome | None, now: SourceOutcome, refreshed: bool) -> SourceDrift:
    old = was.capture if was else None
    new = now.capture
    spec = now.spec
    if new is None:
        return SourceDrift(spec, DriftKind.FAILED, old, None, problem=now.problem)
    if old is None:
        return SourceDrift(spec, DriftKind.NEW, None, new, problem=now.problem)
    if not refreshed and new.sha256 == old.sha256:
        return SourceDrift(spec, DriftKind.ARCHIVED, old, new, problem=now.problem)
    if new.sha256 == old.sha256:
        return SourceDrift(spec, DriftKind.UNCHANGED, old, new, problem=now.problem)
    old_doc = was.document if was else None
    if old_doc is None or now.document is None:
        # Without both texts only the bytes can be compared.
        return SourceDrift(spec, DriftKind.CHANGED, old, new, problem=now.problem)
    diff = sentence_diff(old_doc, now.document)
    kind = DriftKind.CHANGED if diff else DriftKind.REFORMATTED
    return SourceDrift(spec, kind, old, new, diff, now.problem)


# ── rendering ─────────────────────────────────────────────────────────────────


def shown(text: str) -> str:
    """Untrusted text made safe for a terminal: control and bidi characters escaped."""
    return escape_line(text)


def describe_capture(capture: Capture) -> str:
    """ "live, 2026-05-01 09:00 UTC", "Internet Archive copy of 2025-10-27" …"""
    when = f"{capture.fetched_at:%Y-%m-%d %H:%M} UTC"
    match capture.origin:
        case CaptureOrigin.LIVE:
            return f"fetched live {when}"
        case CaptureOrigin.ARCHIVE:
            return f"archived {when}"
        case CaptureOrigin.WAYBACK:
            return f"Internet Archive copy taken {when}"
        case CaptureOrigin.RECONSTRUCTION:
            return f"reconstruction dated {when}"
        case CaptureOrigin.SAVED:
            return f"saved copy of {when}"
        case CaptureOrigin.IMPORTED:
            return f"imported WARC capture of {when}"
        case _:
            assert_never(capture.origin)


def fetch_summary_line(drifts: Sequence[SourceDrift]) -> str:
    counts = Counter(d.kind for d in drifts)
    parts = [f"{counts[kind]} {kind.value}" for kind in DriftKind if counts[kind]]
    noun = "source" if len(drifts) == 1 else "sources"
    return f"{len(drifts)} {noun}: " + (", ".join(parts) or "none")


NO_URL = "(no URL yet)"


def render_fetch_report(claim_file: str, drifts: Sequence[SourceDrift]) -> str:
    """Plain text: a summary, then one block per source, changed ones with their diff."""
    lines = [f"{shown(claim_file)}: {fetch_summary_line(drifts)}"]
    width = max((len(d.spec.id) for d in drifts), default=0)
    for drift in drifts:
        lines.append(
            f"  {drift.kind.value:<11} {drift.spec.id:<{width}}  {shown(drift.spec.url or NO_URL)}"
        )
        lines.extend(f"      {line}" for line in _details(drift))
    return "\n".join(lines) + "\n"


def _details(drift: SourceDrift) -> list[str]:
    details: list[str] = []
    before, after = drift.before, drift.after
    if drift.kind is DriftKind.FAILED:
        details.append(f"could not be had: {shown(drift.problem or 'unknown reason')}")
        if before is not None:
            details.append(f"the archive still holds the {describe_capture(before)}")
        return details
    if after is not None:
        if before is not None and drift.kind is not DriftKind.ARCHIVED:
            details.append(f"was {describe_capture(before)}; now {describe_capture(after)}")
        else:
            details.append(describe_capture(after))
        if after.origin is CaptureOrigin.WAYBACK and after.note:
            details.append(shown(after.note))
    if drift.kind is DriftKind.ARCHIVED:
        details.append("not fetched: pass --refresh to check it for changes")
    if drift.kind is DriftKind.REFORMATTED:
        details.append("the bytes differ but the extracted sentences are the same")
    if drift.kind is DriftKind.CHANGED and not drift.diff:
        details.append("the bytes differ; the text of one side could not be extracted")
    if drift.problem:
        details.append(f"note: {shown(drift.problem)}")
    diff = [shown(line) for line in drift.diff]
    if len(diff) > DIFF_LINES:
        hidden = len(diff) - DIFF_LINES
        diff = [*diff[:DIFF_LINES], f"… {hidden} more diff lines"]
    details.extend(diff)
    return details


def render_discovery(results: Sequence[DiscoveryResult]) -> str:
    """Plain text: per source to discover, its ranked candidates with the reasons."""
    lines: list[str] = []
    for result in results:
        target = result.target
        window = f"{target.start:%Y-%m-%d} – {target.end:%Y-%m-%d}"
        lines.append(
            f"{target.source_id}: {shown(target.publisher)}, {window}"
            f" — {len(result.candidates)} candidate{'s' if len(result.candidates) != 1 else ''}"
        )
        lines.extend(f"    ! {shown(problem)}" for problem in result.problems)
        if not result.candidates:
            lines.append("    no candidate found")
        for rank, candidate in enumerate(result.candidates, 1):
            day = f"{candidate.published:%Y-%m-%d}" if candidate.published else "no date"
            title = shown(candidate.title or "(no title)")
            lines.append(f"  {rank:>2}. {candidate.score:4.2f}  {day}  {title}")
            lines.append(f"      {shown(candidate.url)}")
            if candidate.reasons:
                lines.append(f"      {shown('; '.join(candidate.reasons))}")
    return "\n".join(lines) + ("\n" if lines else "")
