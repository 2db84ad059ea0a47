"""The markdown report: a summary line, a table of claims, then each claim explained.

Takes a `Report`; gives markdown. Every string that comes from a page or a claim file is
escaped (see escape.py).
"""

from __future__ import annotations

from collections import Counter

from factcheck.model import (
    AnchorKind,
    CaptureOrigin,
    ClaimResult,
    Match,
    Report,
    SourceOutcome,
    TermFlag,
    Verdict,
)
from factcheck.render.escape import escape_code, escape_markdown

VERDICT_MARK = {
    Verdict.SUPPORTED: "✅",
    Verdict.PARTLY_SUPPORTED: "◐",
    Verdict.MISQUOTED: "❝✗",
    Verdict.MISATTRIBUTED: "↪",
    Verdict.CONTRADICTED: "❌",
    Verdict.NOT_FOUND: "∅",
    Verdict.UNVERIFIABLE: "？",
}
CELL_CHARS = 90
ORIGIN_WORDS = {
    CaptureOrigin.LIVE: "fetched live",
    CaptureOrigin.ARCHIVE: "archived capture",
    CaptureOrigin.WAYBACK: "Internet Archive copy",
    CaptureOrigin.RECONSTRUCTION: "⚠ **reconstruction**",
    CaptureOrigin.SAVED: "saved copy",
    CaptureOrigin.IMPORTED: "imported WARC",
}


def summary_line(report: Report) -> str:
    """One line: how many claims, per verdict, term flags and unexpected outcomes."""
    counts = Counter(r.verdict for r in report.results)
    parts = [f"{counts[v]} {v.value}" for v in Verdict if counts[v]]
    flags = sum(1 for r in report.results for f in r.term_flags if not f.accepted)
    unexpected = [r.claim.id for r in report.results if not r.matches_expectation]
    line = f"{len(report.results)} claims: " + ", ".join(parts or ["none"])
    line += f"; {flags} term flag{'s' if flags != 1 else ''}"
    if unexpected:
        line += "; differs from expect: " + ", ".join(unexpected)
    return line


def render_markdown(report: Report) -> str:
    article = report.claim_file.article
    mode = "offline, from the evidence archive" if report.offline else "online"
    lines = [
        f"# factcheck report: {escape_markdown(article.title)}",
        "",
        f"**{escape_markdown(summary_line(report))}**",
        "",
        f"Claim file {escape_code(report.claim_file.path)}, checked {mode} by factcheck "
        f"{report.tool_version} at {report.generated_at:%Y-%m-%d %H:%M} UTC.",
    ]
    if article.url:
        lines.append(f"Article: {escape_code(article.url)}")
    if any(_is_reconstruction(o) for o in report.sources):
        lines += [
            "",
            "> ⚠ Some sources are **reconstructions** (marked below): pages written in the "
            "project's own words to stand in for the publisher's page. Check the live page "
            "before publishing a correction.",
        ]
    lines += ["", "| # | claim | verdict | evidence | source |", "|---|---|---|---|---|"]
    for number, result in enumerate(report.results, 1):
        lines.append(_table_row(number, result))
    lines += ["", "## Claims", ""]
    for number, result in enumerate(report.results, 1):
        lines += _claim_section(number, result)
    lines += ["## Sources", ""]
    lines += _sources_section(report.sources)
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    short = text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"
    return escape_markdown(short)


def _table_row(number: int, result: ClaimResult) -> str:
    verdict = f"{VERDICT_MARK[result.verdict]} {result.verdict.value}"
    if not result.matches_expectation and result.claim.expect:
        verdict += f" (expected {result.claim.expect.value})"
    best = result.evidence[0] if result.evidence else None
    evidence = _cell(best.sentence.text) if best else "—"
    source = escape_markdown(best.source_id) if best else "—"
    claim = f"{escape_markdown(result.claim.id)}: {_cell(result.claim.text)}"
    return f"| {number} | {claim} | {verdict} | {evidence} | {source} |"


def _claim_section(number: int, result: ClaimResult) -> list[str]:
    claim = result.claim
    lines = [
        f"### {number}. {escape_markdown(claim.id)}: {result.verdict.value}",
        "",
        f"> {escape_markdown(claim.text)}",
        "",
        f"**Why:** {escape_markdown(result.reason)}",
    ]
    if claim.expect:
        mark = "✓" if result.matches_expectation else "✗ differs"
        lines.append(f"**Expected:** {claim.expect.value} {mark}")
    lines.append(
        "**Sources checked:** "
        + (", ".join(escape_markdown(s) for s in result.sources_checked) or "none")
    )
    lines.extend(_flag_line(flag) for flag in result.term_flags)
    if result.details:
        lines += ["", "**How it was judged:**"]
        lines += [f"- {escape_markdown(detail)}" for detail in result.details]
    if result.evidence:
        lines += ["", "**Evidence:**"]
        for match in result.evidence:
            lines += _evidence_lines(match)
    if claim.notes:
        lines += ["", f"*Editor's note:* {escape_markdown(claim.notes)}"]
    lines.append("")
    return lines


def _flag_line(flag: TermFlag) -> str:
    text = (
        f"**Term flag ({flag.severity.value}):** “{escape_markdown(flag.found)}” → official "
        f"wording “{escape_markdown(flag.official)}”"
    )
    if flag.source_form and flag.source_id:
        text += f"; {escape_markdown(flag.source_id)} writes “{escape_markdown(flag.source_form)}”"
    if not flag.listed:
        text += f" (inferred, score {flag.score:.0f})"
    if flag.accepted:
        text += f" — accepted by the editor: {escape_markdown(flag.accepted)}"
    return text


def _evidence_lines(match: Match) -> list[str]:
    sentence = match.sentence
    speaker = f", speaker {escape_markdown(sentence.speaker)}" if sentence.speaker else ""
    scores = f"score {match.score:.0f}, coverage {match.coverage:.2f}"
    if match.wording:
        scores += f", wording {match.wording:.0f}"
    lines = [
        f"- {escape_markdown(match.source_id)}, sentence {sentence.index + 1}{speaker} ({scores}):",
        f"  > {escape_markdown(sentence.text)}",
    ]
    lines.extend(
        f"  > (sentence {extra.index + 1}) {escape_markdown(extra.text)}" for extra in match.context
    )
    pairs = [
        f"{escape_markdown(anchor.surface)} ↔ {escape_markdown(form)}"
        if form != anchor.surface
        else escape_markdown(anchor.surface)
        for anchor, form in zip(match.covered, match.source_forms, strict=False)
        if anchor.kind is not AnchorKind.WORD
    ]
    # A word met in another language names the source word and the data that links them:
    # "strengthening ↔ 強化 (JMdict)", "Albanese ↔ アルバニージー (reading)".
    words = [
        f"{escape_markdown(anchor.surface)} ↔ {escape_markdown(form)}"
        if form != anchor.surface
        else escape_markdown(anchor.surface)
        for anchor, form in zip(match.covered, match.source_forms, strict=False)
        if anchor.kind is AnchorKind.WORD
    ]
    if pairs:
        lines.append(f"  - anchors matched: {'; '.join(pairs)}")
    if words:
        lines.append(f"  - words matched: {', '.join(words)}")
    missing = [escape_markdown(a.surface) for a in match.missing]
    if missing:
        lines.append(f"  - not in this sentence: {', '.join(missing)}")
    return lines


def _is_reconstruction(outcome: SourceOutcome) -> bool:
    return outcome.capture is not None and outcome.capture.origin is CaptureOrigin.RECONSTRUCTION


def _sources_section(outcomes: tuple[SourceOutcome, ...]) -> list[str]:
    lines = [
        "| id | publisher | URL | captured | SHA-256 | origin |",
        "|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for outcome in outcomes:
        spec, capture = outcome.spec, outcome.capture
        if capture is None:
            captured = sha = "—"
            origin = f"unavailable: {escape_markdown(outcome.problem or 'unknown')}"
        else:
            captured = f"{capture.fetched_at:%Y-%m-%d %H:%M} UTC"
            sha = escape_code(capture.sha256)
            origin = ORIGIN_WORDS[capture.origin]
            if capture.origin is CaptureOrigin.WAYBACK:
                origin += f" taken {capture.fetched_at:%Y-%m-%d}"
            if outcome.problem:
                origin += f"; {escape_markdown(outcome.problem)}"
            if capture.note:
                notes.append(f"- {escape_markdown(spec.id)}: {escape_markdown(capture.note)}")
        url = escape_code(spec.url) if spec.url else "no URL yet"
        lines.append(
            f"| {escape_markdown(spec.id)} | {escape_markdown(spec.publisher)} | "
            f"{url} | {captured} | {sha} | {origin} |"
        )
    if notes:
        lines += ["", "Capture notes:", *notes]
    return lines
