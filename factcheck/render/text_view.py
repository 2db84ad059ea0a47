"""The `factcheck text` view: what the tool sees in a page, for editors and debugging.

Takes a `Document`; gives plain text (title, date, language, numbered sentences with their
speaker and section). This goes to a terminal, not into a markdown report, so no escaping.
"""

from __future__ import annotations

from factcheck.model import Document


def render_text_view(document: Document) -> str:
    published = document.published.isoformat() if document.published else "unknown"
    lines = [
        f"title:     {document.title or '(none)'}",
        f"url:       {document.url}",
        f"published: {published}",
        f"language:  {document.language}",
        f"sentences: {len(document.sentences)}",
        "",
    ]
    section = None
    width = len(str(len(document.sentences)))
    for sentence in document.sentences:
        if sentence.section and sentence.section != section:
            section = sentence.section
            lines.append(f"## {section}")
        speaker = f"[{sentence.speaker}] " if sentence.speaker else ""
        lines.append(f"{sentence.index + 1:>{width}}. {speaker}{sentence.text}")
    return "\n".join(lines) + "\n"
