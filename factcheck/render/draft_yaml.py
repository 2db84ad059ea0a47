"""The drafted claim file: commented YAML an editor finishes by hand.

Takes a `ClaimDraft`; gives YAML that `factcheck.claimfiles.claims.load_claims` reads as it stands.
Every value from the article is written as a quoted or folded scalar, never as bare YAML,
so an article cannot inject keys; comments carry what the editor should look at (where each
claim is, what makes it worth checking, term flags) and the passages left out.
"""

from __future__ import annotations

import json
import re
import textwrap

from factcheck.claimfiles.draft import ClaimDraft, DraftClaim, DraftSource, SkippedPassage
from factcheck.render.escape import escape_terminal
from factcheck.terms.lint import Finding

WIDTH = 92
PLACEHOLDER_SOURCE = "source-1"
"""The source a draft names when no publisher profile fits, for the editor to fill in."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def render_draft(draft: ClaimDraft) -> str:
    options = draft.options
    out = [
        "# Claim file drafted by `factcheck draft`: check every claim against the article,",
        "# delete what is not worth checking, then run `factcheck discover --write` on this",
        "# file to find the sources' pages, and `factcheck verify` (see docs/tutorial.md).",
        "# Format: docs/claim-files.md.",
        "version: 1",
        "article:",
    ]
    title_note = "  # taken from the article's first line: check it" if draft.title_guessed else ""
    out.append(f"  title: {_quoted(draft.title)}{title_note}")
    out += _article_field("url", options.url and _quoted(options.url))
    out += _article_field(
        "published",
        options.published.isoformat() if options.published else None,
        "YYYY-MM-DD  (give --published: it sets the sources' window)",
    )
    out += _article_field("language", _quoted(options.language))
    out += _article_field(
        "translated_from", options.translated_from and _quoted(options.translated_from)
    )
    out += _article_field(
        "text",
        options.article_path and _quoted(options.article_path),
        "the article's file, relative to this claim file",
    )
    out += ["", "sources:"]
    if not draft.sources:
        out += [
            "  # No publisher profile speaks for the officials this article names; add a",
            "  # source by hand (id, url, publisher, language, kind).",
            f"  - id: {PLACEHOLDER_SOURCE}",
            "    url: https://example.org/replace-with-the-source-page",
        ]
    for source in draft.sources:
        out += _source_lines(source)
    out += ["", "claims:"]
    for claim in draft.claims:
        out += _claim_lines(claim)
    if not draft.claims:
        out.append("  # No check-worthy passage was found; write the claims by hand.")
    if draft.skipped:
        out += ["", "# Passages not drafted (add any that should be checked):"]
        out += [line for passage in draft.skipped for line in _skipped_lines(passage)]
    return "\n".join(out) + "\n"


def _article_field(key: str, value: str | None, missing: str | None = None) -> list[str]:
    """The line `key: value` under `article:`; where there is no value, the line commented
    out with `missing` as a hint, or nothing when there is no hint."""
    if value:
        return [f"  {key}: {value}"]
    return [f"  # {key}: {missing}"] if missing else []


def _source_lines(source: DraftSource) -> list[str]:
    profile = source.profile
    publisher = profile.names[0] if profile.names else profile.name
    lines = [
        f"  # {_comment(profile.name)}: for {', '.join(source.officials)}",
        f"  - id: {source.id}",
        f"    publisher: {_quoted(publisher)}",
        f"    language: {_quoted(profile.language)}",
        "    # kind: readout  (readout, press-remarks, press-conference, statement or other)",
        "    discover:",
        f"      publisher: {source.profile.id}",
    ]
    if source.start and source.end:
        lines += [f"      from: {source.start.isoformat()}", f"      to: {source.end.isoformat()}"]
    else:
        lines.append("      # from: YYYY-MM-DD  to: YYYY-MM-DD  (the days the page may be dated)")
    return lines


def _claim_lines(claim: DraftClaim) -> list[str]:
    lines = [
        "",
        f"  # line {claim.line}, column {claim.column}: {_comment('; '.join(claim.details))}",
    ]
    lines += [f"  # {_flag(f)}" for f in claim.findings]
    lines += [f"  - id: {claim.id}", *_text_lines(claim.text)]
    lines.append(f"    sources: [{', '.join(claim.sources or (PLACEHOLDER_SOURCE,))}]")
    if claim.quotes:
        lines.append(f"    quotes: [{', '.join(_quoted(q) for q in claim.quotes)}]")
    if claim.speaker:
        lines.append(f"    speaker: {_quoted(claim.speaker)}")
    if claim.setting:
        lines.append(f"    setting: {claim.setting.value}")
    lines.append("    # expect: supported  (record the verdict once an editor has checked it)")
    return lines


def _text_lines(text: str) -> list[str]:
    """The exact text: folded when folding gives it back unchanged, else double-quoted."""
    foldable = (
        " " * 2 not in text
        and text == text.strip()
        and not _CONTROL.search(text)
        and "\t" not in text
        and not text.startswith(("#", "-", "'", '"'))
    )
    if not foldable:
        return [f"    text: {_quoted(text)}"]
    wrapped = textwrap.wrap(
        text, WIDTH - 6, break_long_words=False, break_on_hyphens=False, drop_whitespace=True
    )
    if " ".join(wrapped) != text:
        return [f"    text: {_quoted(text)}"]
    return ["    text: >-", *(f"      {line}" for line in wrapped)]


def _flag(finding: Finding) -> str:
    state = f", accepted: {finding.accepted}" if finding.accepted else ""
    how = "listed variant" if finding.listed else f"inferred, score {finding.score:.0f}"
    return _comment(
        f"term flag ({finding.severity.value}): “{finding.found}” → official “"
        f"{finding.suggestion}” ({finding.entry_id}, {how}{state})"
    )


def _skipped_lines(passage: SkippedPassage) -> list[str]:
    head = f"# line {passage.line}, column {passage.column}: {passage.reason.value}:"
    body = textwrap.wrap(_comment(passage.text), WIDTH - 4)
    lines = [head, *(f"#   {line}" for line in body)]
    lines += [f"#   {_flag(f)}" for f in passage.findings]
    return lines


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    quoted = json.dumps(value, ensure_ascii=False)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, no control characters."""
    return " ".join(escape_terminal(_CONTROL.sub(" ", text)).split())
