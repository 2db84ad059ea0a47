"""Extracted documents, cached in the user's cache folder, keyed by what they are made from.

Extracting a page (parsing its HTML, finding its publisher's layout, splitting sentences,
telling speakers apart) or a PDF takes longer than the rest of an offline `verify` of a
small claim file, and its result depends only on the capture's bytes, its URL and headers,
the language the claim file gives, and the code and data that read them. So the `Document`
is stored as JSON under a key hashed from all of those: the SHA-256 of the body (computed
here, not taken from the archive), the URL, content type and language, this version of
factcheck, the source text of every module of the package and its data files, and the
names (with versions) of the packages installed beside it. Any change of input, code or
installed package gives another key and a fresh extraction.

The capture itself is still read from the archive and its digest checked on every run
(`factcheck.sources.archive.evidence`): only the extraction is skipped. An entry is plain data
checked field by field as it is read back (offsets inside the text, dates that parse); one
that does not check out is ignored and rebuilt. Folder and trust rules: `factcheck.cache_folder`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck import cache_folder
from factcheck.cache_folder import cache_dir, prune, read_json, write_json
from factcheck.model import Capture, Document, Sentence

log = logging.getLogger(__name__)

_FORMAT = 1
_PREFIX = "document-"
_SUFFIX = ".json"
KEEP = 512
"""Extracted documents kept in the cache folder (the most recently written)."""
MAX_ENTRY_BYTES = 256 * 1024 * 1024
"""A cache file larger than this is not read (a capture body is at most 64 MiB)."""


def cached_document(
    capture: Capture, language_hint: str | None, extract: Callable[[], Document]
) -> Document:
    """The document extracted from `capture` (with `language_hint`, the claim file's language
    for the source): from the cache when an entry with the same key checks out, else
    `extract()`, then stored. An error `extract` raises goes through, and nothing is stored."""
    folder = cache_dir()
    if folder is None:
        return extract()
    key = document_key(capture, language_hint)
    path = folder / f"{_PREFIX}{key[:40]}{_SUFFIX}"
    document = _read(path, key)
    if document is not None:
        log.debug("extraction of %s read from the cache", capture.final_url)
        return document
    document = extract()
    if write_json(path, {"format": _FORMAT, "key": key, "document": _plain(document)}):
        prune(folder, f"{_PREFIX}*{_SUFFIX}", KEEP)
    return document


def document_key(capture: Capture, language_hint: str | None) -> str:
    """The hash of everything an extraction of `capture` depends on."""
    digest = hashlib.sha256()
    for part in (
        str(_FORMAT),
        hashlib.sha256(capture.body).hexdigest(),
        capture.final_url,
        capture.content_type,
        _header(capture, "content-language"),
        language_hint or "",
        cache_folder.code_fingerprint(),
    ):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def _header(capture: Capture, name: str) -> str:
    return next((value for key, value in capture.headers if key.lower() == name), "")


# ── documents as plain data ──────────────────────────────────────────────────────────


def _plain(document: Document) -> dict[str, Any]:
    # A sentence's text is its slice of the document's text, so only offsets are stored.
    return {
        "url": document.url,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "language": document.language,
        "text": document.text,
        "sentences": [[s.start, s.end, s.speaker, s.section] for s in document.sentences],
    }


def _read(path: Path, key: str) -> Document | None:
    stored = read_json(path, MAX_ENTRY_BYTES)
    if stored is None:
        return None
    try:
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        if stored.get("format") != _FORMAT:
            return None
        return _document(stored["document"])
    except (TypeError, ValueError, KeyError) as error:
        log.debug("ignoring the cached document %s: %s", path, error)
        return None


def _document(item: object) -> Document:
    """The document `_plain` stored; TypeError or ValueError when a field is not what it
    wrote."""
    if not isinstance(item, dict):
        raise TypeError("not an object")
    text = _str(item["text"])
    published = item["published"]
    sentences = []
    rows = item["sentences"]
    if not isinstance(rows, list):
        raise TypeError("sentences")
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != 4:
            raise TypeError("sentence")
        start, end, speaker, section = row
        if not (
            isinstance(start, int)
            and isinstance(end, int)
            and not isinstance(start, bool)
            and not isinstance(end, bool)
            and 0 <= start <= end <= len(text)
        ):
            raise ValueError("sentence offsets")
        sentences.append(
            Sentence(
                index=index,
                text=text[start:end],
                start=start,
                end=end,
                speaker=None if speaker is None else _str(speaker),
                section=None if section is None else _str(section),
            )
        )
    return Document(
        url=_str(item["url"]),
        title=_str(item["title"]),
        published=None if published is None else dt.date.fromisoformat(_str(published)),
        language=_str(item["language"]),
        text=text,
        sentences=tuple(sentences),
    )


def _str(item: object) -> str:
    if not isinstance(item, str):
        raise TypeError("not a string")
    return item
