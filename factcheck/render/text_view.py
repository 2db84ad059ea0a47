"""The `factcheck text` view: what the tool sees in a page, for editors and debugging.

Takes a `Document`; gives plain text (title, date, language, numbered sentences with their
speaker and section). This goes to a terminal, not into a markdown report: no markdown
escaping, but control characters and bidi overrides from the page are shown as codes.
"""

from __future__ import annotations

from factcheck.model import Document
from factcheck.render.escape import escape_line


def render_text_view(document: Document) -> str:
    published = document.published.isoformat() if document.published else "unknown"
    lines = [
        f"title:     {escape_line(document.title or '(none)')}",
        f"url:       {escape_line(document.url)}",
        f"published: {published}",
        f"language:  {escape_line(document.language)}",
        f"sentences: {len(document.sentences)}",
        "",
    ]
    section = None
    width = len(str(len(document.sentences)))
    for sentence in document.sentences:
        if sentence.section and sentence.section != section:
            section = sentence.section
            lines.append(f"## {escape_line(section)}")
        speaker = f"[{escape_line(sentence.speaker)}] " if sentence.speaker else ""
        lines.append(f"{sentence.index + 1:>{width}}. {speaker}{escape_line(sentence.text)}")
    return "\n".join(lines) + "\n"
