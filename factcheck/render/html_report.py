"""The HTML report: one self-contained page, problems first, for reading and printing.

Takes a `Report`; gives HTML with the same content as the markdown report. No JavaScript,
no remote fonts or assets (the styles are inline); details collapse with <details>; each
problem shows the article's sentence beside the source's. Every string from a page or a
claim file is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from factcheck.model import AnchorKind, ClaimResult, Match, Report, Verdict
from factcheck.render.escape import escape_terminal
from factcheck.render.report_view import (
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


def h(text: str) -> str:
    """Text for HTML: tags and quotes escaped, control and bidi characters shown as codes."""
    return html.escape(escape_terminal(text), quote=True)


_STYLE = """
*{box-sizing:border-box}
body{font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",
"IPAGothic",sans-serif;margin:0 auto;padding:8px 16px;max-width:1240px;color:#1a1a1a;
overflow-wrap:anywhere}
h1{font-size:17px;margin:0 0 2px}
h2{font-size:15px;margin:10px 0 4px;border-bottom:1px solid #ccc}
p{margin:2px 0}.summary{font-weight:600}.meta{color:#555;font-size:12px}
.warn{background:#fff4d6;border-left:4px solid #d9a400;padding:1px 6px;font-size:12px}
.problem{border:1px solid #d0d0d0;border-left:5px solid #b3261e;border-radius:4px;
padding:4px 8px;margin:6px 0;break-inside:avoid}
.problem h3{font-size:14px;margin:0 0 2px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.pair>div{min-width:0}
.label{font-size:11px;color:#555}
blockquote{margin:1px 0;padding:1px 6px;border-left:3px solid #999;background:#f7f7f7}
.fix{background:#e8f4ea;padding:2px 6px;margin-top:3px}
.why{font-size:12px;color:#333}.gloss{font-size:12px;color:#333}
ul.fine{padding-left:20px;margin:4px 0}ul.fine li{margin:2px 0}
details{border:1px solid #e0e0e0;border-radius:4px;padding:2px 8px;margin:4px 0}
summary{cursor:pointer;font-weight:600}
table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:12px}
td,th{border:1px solid #ccc;padding:3px 5px;text-align:left;vertical-align:top}
code{font-size:12px;overflow-wrap:anywhere}
@media (max-width:700px){.pair{grid-template-columns:1fr}}
@media print{body{max-width:none;font-size:10pt}.problem{border-color:#000}
details::details-content{content-visibility:visible;display:block}}
"""


def render_html(report: Report) -> str:
    return render_html_reports([report])


def render_html_reports(reports: Sequence[Report]) -> str:
    """One page for one or more claim files' reports, one after the other."""
    titles = [r.claim_file.article.title for r in reports]
    title = titles[0] if len(titles) == 1 else f"{len(titles)} claim files"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>factcheck report: {h(title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
    ]
    for number, report in enumerate(reports):
        if number:
            out.append("<hr>")
        out += _body(report, number)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _body(report: Report, index: int) -> list[str]:
    article = report.claim_file.article
    mode = "offline, from the evidence archive" if report.offline else "online"
    trouble = problems(report)
    prefix = f"r{index}-" if index else ""
    out = [
        f"<h1>factcheck report: {h(article.title)}</h1>",
        f'<p class="summary">{h(summary_line(report))}</p>',
        f'<p class="meta">Claim file <code>{h(report.claim_file.path)}</code>, checked {mode} '
        f"by factcheck {h(report.tool_version)} at {report.generated_at:%Y-%m-%d %H:%M} UTC.</p>",
    ]
    if article.url:
        out.append(f'<p class="meta">Article: <code>{h(article.url)}</code></p>')
    if any(is_reconstruction(o) for o in report.sources):
        out.append(
            '<p class="warn">⚠ Warning: some sources are <strong>reconstructions</strong> '
            "written by the project (see Sources); check the live page before publishing a "
            "correction.</p>"
        )
    out.append(f"<h2>Problems: {len(trouble)}</h2>")
    if not trouble:
        out.append("<p>None: every claim is supported.</p>")
    out += [_problem(report, item.number, item.result, prefix) for item in trouble]
    fine = supported(report)
    out.append(f"<h2>Supported: {len(fine)}</h2>")
    out.append('<ul class="fine">')
    out += [_supported(item.number, item.result) for item in fine]
    out += ["</ul>", "<h2>Details</h2>"]
    out += [_details(n, r) for n, r in enumerate(report.results, 1)]
    out += ["<h2>Sources</h2>", _sources(report)]
    return out


def _problem(report: Report, number: int, result: ClaimResult, prefix: str = "") -> str:
    match = key_match(result)
    source = (
        '<div><div class="label">Source</div>'
        "<p>no sentence of the sources checked comes near it</p></div>"
    )
    if match is not None:
        pairs = gloss(report, result, match)
        glossed = (
            '<div class="gloss">Gloss: '
            + "; ".join(f"{h(a)} = {h(b)}" for a, b in pairs)
            + "</div>"
            if pairs
            else ""
        )
        source = (
            f'<div><div class="label">{source_label(result)} ({h(where(match))})</div>'
            f"<blockquote>{h(match.sentence.text)}</blockquote>{glossed}</div>"
        )
    fixes = [h(correction_text(c)) for c in result.corrections]
    if fixes:
        fix = '<div class="fix"><strong>Correction:</strong> ' + "<br>".join(fixes) + "</div>"
    else:
        advice = no_correction(result)
        fix = f'<div class="fix"><strong>What to do:</strong> {h(advice)}</div>' if advice else ""
    return (
        f'<section class="problem" id="{prefix}claim-{number}">'
        f"<h3>{number}. {h(result.claim.id)}: {h(verdict_label(result))}</h3>"
        f'<div class="pair"><div><div class="label">Article</div>'
        f"<blockquote>{h(result.claim.text)}</blockquote></div>{source}</div>"
        f'{fix}<p class="why"><strong>Why:</strong> {h(result.reason)}</p></section>'
    )


def _supported(number: int, result: ClaimResult) -> str:
    best = result.evidence[0] if result.evidence else None
    where_ = f" ({h(best.source_id)} sentence {best.sentence.index + 1})" if best else ""
    flags = [f for f in result.term_flags if not f.accepted]
    wording = (
        "; wording: " + ", ".join(f"“{h(f.found)}” → “{h(f.official)}”" for f in flags)
        if flags
        else ""
    )
    return (
        f"<li>{number}. {h(result.claim.id)}: {VERDICT_MARK[Verdict.SUPPORTED]} supported"
        f"{where_}: {h(result.claim.text.rstrip('.'))}{wording}</li>"
    )


def _details(number: int, result: ClaimResult) -> str:
    claim = result.claim
    parts = [
        f"<details><summary>{number}. {h(claim.id)}: {h(result.verdict.value)}</summary>",
        f"<p><strong>Why:</strong> {h(result.reason)}</p>",
    ]
    if claim.expect:
        mark = "✓ as expected" if result.matches_expectation else "✗ differs"
        parts.append(f"<p><strong>Expected:</strong> {h(claim.expect.value)} {mark}</p>")
    checked = ", ".join(h(s) for s in result.sources_checked) or "none"
    parts.append(f"<p><strong>Sources checked:</strong> {checked}</p>")
    parts += [
        f"<p><strong>Term flag ({h(f.severity.value)}):</strong> “{h(f.found)}” → official "
        f"wording “{h(f.official)}”</p>"
        for f in result.term_flags
    ]
    if result.details:
        parts.append(
            "<p><strong>How it was judged:</strong></p><ul>"
            + "".join(f"<li>{h(d)}</li>" for d in result.details)
            + "</ul>"
        )
    if result.evidence:
        parts.append("<p><strong>Evidence:</strong></p><ul>")
        parts += [_evidence(m) for m in result.evidence]
        parts.append("</ul>")
    if claim.notes:
        parts.append(f"<p><em>Editor's note:</em> {h(claim.notes)}</p>")
    parts.append("</details>")
    return "\n".join(parts)


def _evidence(match: Match) -> str:
    scores = f"score {match.score:.0f}, coverage {match.coverage:.2f}"
    if match.wording:
        scores += f", wording {match.wording:.0f}"
    anchors = "; ".join(
        f"{h(a.surface)} ↔ {h(form)}" if form != a.surface else h(a.surface)
        for a, form in zip(match.covered, match.source_forms, strict=False)
        if a.kind is not AnchorKind.WORD
    )
    # A word met in another language names the data that links them: "強化 (JMdict)".
    words = ", ".join(
        f"{h(a.surface)} ↔ {h(form)}" if form != a.surface else h(a.surface)
        for a, form in zip(match.covered, match.source_forms, strict=False)
        if a.kind is AnchorKind.WORD
    )
    missing = ", ".join(h(a.surface) for a in match.missing)
    extra = "".join(
        f"<blockquote>(sentence {s.index + 1}) {h(s.text)}</blockquote>" for s in match.context
    )
    return (
        f"<li>{h(where(match))} ({scores})<blockquote>{h(match.sentence.text)}</blockquote>"
        f"{extra}"
        + (f"<div>anchors matched: {anchors}</div>" if anchors else "")
        + (f"<div>words matched: {words}</div>" if words else "")
        + (f"<div>not in this sentence: {missing}</div>" if missing else "")
        + "</li>"
    )


def _sources(report: Report) -> str:
    rows = [
        '<table><colgroup><col style="width:13%"><col style="width:17%">'
        '<col style="width:30%"><col style="width:13%"><col style="width:12%">'
        '<col style="width:15%"></colgroup><thead><tr><th>id</th><th>publisher</th>'
        "<th>URL</th><th>captured</th><th>SHA-256 (first 12)</th><th>origin</th></tr>"
        "</thead><tbody>"
    ]
    for outcome in report.sources:
        spec, capture = outcome.spec, outcome.capture
        captured = f"{capture.fetched_at:%Y-%m-%d %H:%M} UTC" if capture else "—"
        url = f"<code>{h(spec.url)}</code>" if spec.url else "no URL yet"
        rows.append(
            f"<tr><td>{h(spec.id)}</td><td>{h(spec.publisher)}</td><td>{url}</td>"
            f"<td>{captured}</td><td><code>{h(digest(outcome)) or '—'}</code></td>"
            f"<td>{h(origin_words(outcome))}</td></tr>"
        )
    rows.append("</tbody></table>")
    rows.append('<p class="meta">The full SHA-256 of each capture is in the JSON report.</p>')
    notes = [
        f"<li>{h(o.spec.id)}: {h(o.capture.note)}</li>"
        for o in report.sources
        if o.capture and o.capture.note
    ]
    if notes:
        rows.append("<p>Capture notes:</p><ul>" + "".join(notes) + "</ul>")
    return "\n".join(rows)
