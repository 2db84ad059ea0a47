"""The markdown report, problems first: the summary, then every claim that is not
supported with its correction, then the supported claims one line each, then the details
per claim in <details> blocks, then the sources.

Takes a `Report`; gives markdown. Every string that comes from a page or a claim file is
escaped where markdown would act on it (see escape.py); nothing else is.
"""

from __future__ import annotations

from factcheck.model import AnchorKind, ClaimResult, Match, Report, SourceOutcome, TermFlag
from factcheck.render.escape import escape_code, escape_markdown_block, escape_markdown_text
from factcheck.render.report_view import (
    ORIGIN_WORDS,
    VERDICT_MARK,
    correction_text,
    digest,
    gloss,
    is_reconstruction,
    key_match,
    no_correction,
    origin_words,
    problems,
    source_label,
    summary_line,
    supported,
    verdict_label,
    where,
)

# ORIGIN_WORDS, VERDICT_MARK and summary_line live in report_view (shared with the HTML
# report); they stay importable from here for the other renderers.
__all__ = ["ORIGIN_WORDS", "VERDICT_MARK", "render_markdown", "summary_line"]

e = escape_markdown_text
b = escape_markdown_block


def render_markdown(report: Report) -> str:
    article = report.claim_file.article
    mode = "offline, from the evidence archive" if report.offline else "online"
    trouble = problems(report)
    lines = [
        f"# factcheck report: {e(article.title)}",
        "",
        f"**{e(summary_line(report))}**",
        "",
        f"Claim file {escape_code(report.claim_file.path)}, checked {mode} by factcheck "
        f"{report.tool_version} at {report.generated_at:%Y-%m-%d %H:%M} UTC.",
    ]
    if article.url:
        lines.append(f"Article: {escape_code(article.url)}")
    if any(is_reconstruction(o) for o in report.sources):
        lines.append(
            "⚠ Warning: some sources are **reconstructions** written by the project "
            "(see Sources); check the live page before publishing a correction."
        )
    lines += ["", f"## Problems: {len(trouble)}", ""]
    if not trouble:
        lines += ["None: every claim is supported.", ""]
    for item in trouble:
        lines += _problem(report, item.number, item.result)
    fine = supported(report)
    lines += [f"## Supported: {len(fine)}", ""]
    lines += [_supported_line(item.number, item.result) for item in fine]
    lines += ["", "## Details", ""]
    for number, result in enumerate(report.results, 1):
        lines += _details(number, result)
    lines += ["## Sources", ""]
    lines += _sources_section(report.sources)
    return "\n".join(lines).rstrip() + "\n"


def _problem(report: Report, number: int, result: ClaimResult) -> list[str]:
    lines = [
        f"### {number}. {e(result.claim.id)}: {VERDICT_MARK[result.verdict]} "
        f"{result.verdict.value}",
        f"> {b(result.claim.text)}",
        "",
        f"- **Verdict:** {e(verdict_label(result))}. **Why:** {e(result.reason)}",
    ]
    match = key_match(result)
    if match is not None:
        label = source_label(result)
        lines.append(f"- **{label}** ({e(where(match))}): {e(match.sentence.text)}")
        pairs = gloss(report, result, match)
        if pairs:
            lines.append("  - **Gloss:** " + "; ".join(f"{e(a)} = {e(b)}" for a, b in pairs))
    if result.corrections:
        fixes = "; ".join(e(correction_text(c)) for c in result.corrections)
        lines.append(f"- **Correction:** {fixes}")
    else:
        advice = no_correction(result)
        if advice:
            lines.append(f"- **What to do:** {e(advice)}")
    lines.append("")
    return lines


def _supported_line(number: int, result: ClaimResult) -> str:
    best = result.evidence[0] if result.evidence else None
    source = f" ({e(best.source_id)} sentence {best.sentence.index + 1})" if best else ""
    flags = [f for f in result.term_flags if not f.accepted]
    wording = ""
    if flags:
        wording = "; wording: " + ", ".join(f"“{e(f.found)}” → “{e(f.official)}”" for f in flags)
    return (
        f"- {number}. {e(result.claim.id)}: {VERDICT_MARK[result.verdict]} supported"
        f"{source}: {e(result.claim.text.rstrip('.'))}{wording}"
    )


def _details(number: int, result: ClaimResult) -> list[str]:
    claim = result.claim
    lines = [
        "<details>",
        f"<summary>{number}. {e(claim.id)}: {result.verdict.value}</summary>",
        "",
        f"**Why:** {e(result.reason)}",
    ]
    if claim.expect:
        mark = "✓ as expected" if result.matches_expectation else "✗ differs"
        lines.append(f"**Expected:** {claim.expect.value} {mark}")
    lines.append(
        "**Sources checked:** " + (", ".join(e(s) for s in result.sources_checked) or "none")
    )
    lines.extend(_flag_line(flag) for flag in result.term_flags)
    if result.details:
        lines += ["", "**How it was judged:**"]
        lines += [f"- {b(detail)}" for detail in result.details]
    if result.evidence:
        lines += ["", "**Evidence:**"]
        for match in result.evidence:
            lines += _evidence_lines(match)
    if claim.notes:
        lines += ["", f"*Editor's note:* {e(claim.notes)}"]
    lines += ["", "</details>", ""]
    return lines


def _flag_line(flag: TermFlag) -> str:
    text = (
        f"**Term flag ({flag.severity.value}):** “{e(flag.found)}” → official wording "
        f"“{e(flag.official)}”"
    )
    if flag.source_form and flag.source_id:
        text += f"; {e(flag.source_id)} writes “{e(flag.source_form)}”"
    if not flag.listed:
        text += f" (inferred, score {flag.score:.0f})"
    if flag.accepted:
        text += f"; accepted by the editor: {e(flag.accepted)}"
    return text


def _evidence_lines(match: Match) -> list[str]:
    scores = f"score {match.score:.0f}, coverage {match.coverage:.2f}"
    if match.wording:
        scores += f", wording {match.wording:.0f}"
    lines = [f"- {b(where(match))} ({scores}):", f"  > {b(match.sentence.text)}"]
    lines.extend(f"  > (sentence {extra.index + 1}) {e(extra.text)}" for extra in match.context)
    pairs = [
        f"{e(anchor.surface)} ↔ {e(form)}" if form != anchor.surface else e(anchor.surface)
        for anchor, form in zip(match.covered, match.source_forms, strict=False)
        if anchor.kind is not AnchorKind.WORD
    ]
    # A word met in another language names the source word and the data that links them:
    # "strengthening ↔ 強化 (JMdict)", "Albanese ↔ アルバニージー (reading)".
    words = [
        f"{e(anchor.surface)} ↔ {e(form)}" if form != anchor.surface else e(anchor.surface)
        for anchor, form in zip(match.covered, match.source_forms, strict=False)
        if anchor.kind is AnchorKind.WORD
    ]
    if pairs:
        lines.append(f"  - anchors matched: {'; '.join(pairs)}")
    if words:
        lines.append(f"  - words matched: {', '.join(words)}")
    missing = [e(a.surface) for a in match.missing]
    if missing:
        lines.append(f"  - not in this sentence: {', '.join(missing)}")
    return lines


def _sources_section(outcomes: tuple[SourceOutcome, ...]) -> list[str]:
    lines = [
        "| id | publisher | URL | captured | SHA-256 (first 12) | origin |",
        "|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for outcome in outcomes:
        spec, capture = outcome.spec, outcome.capture
        captured = f"{capture.fetched_at:%Y-%m-%d %H:%M} UTC" if capture else "—"
        sha = escape_code(digest(outcome)) if capture else "—"
        if capture and capture.note:
            notes.append(f"- {b(spec.id)}: {e(capture.note)}")
        url = escape_code(spec.url) if spec.url else "no URL yet"
        lines.append(
            f"| {e(spec.id)} | {e(spec.publisher)} | {url} | {captured} | {sha} | "
            f"{e(origin_words(outcome))} |"
        )
    lines += ["", "The full SHA-256 of each capture is in the JSON report (`--format json`)."]
    if notes:
        lines += ["", "Capture notes:", *notes]
    return lines
