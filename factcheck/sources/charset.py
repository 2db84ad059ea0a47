"""Charset decoding: the bytes of a page body → its text.

Takes the body of an HTML (or plain-text) page as archived, with its Content-Type header, and
gives the text as a `str`. It never fails: the charset comes from what the page declares (header,
byte order mark, <meta>/<?xml?>) when that decodes the body, else from a guess among UTF-8 and the
Japanese encodings (Shift_JIS as cp932, EUC-JP, ISO-2022-JP), and as a last resort from decoding
with replacement characters.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator

__all__ = ["decode_html"]

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Labels browsers treat as a superset encoding, as the WHATWG Encoding Standard does.
_CODEC_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    # A page cannot really be UTF-16 when its <meta> was readable as ASCII.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
# Python codecs that are text encodings to Python but never a web page's charset (WHATWG
# knows none of them); a page naming one is treated like a page naming nothing.
_NOT_PAGE_CHARSETS = frozenset(
    {
        "undefined",
        "unicode-escape",
        "raw-unicode-escape",
        "idna",
        "punycode",
        "utf-7",
        "mbcs",
        "oem",
    }
)
_FALLBACKS: dict[str, tuple[str, ...]] = {"cp932": ("shift_jis_2004",), "euc_jp": ("euc_jis_2004",)}
_WESTERN_SINGLE_BYTE = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})


def decode_html(body: bytes, content_type: str = "") -> str:
    """The text of an HTML (or plain-text) body.

    The charset comes from the Content-Type header, then a byte order mark, then
    <meta charset>/<meta http-equiv>/<?xml encoding?>; a declared charset that does not decode
    the body is skipped. Without one, UTF-8, Shift_JIS (cp932), EUC-JP and ISO-2022-JP are
    tried and the one that decodes cleanly into the most plausible Japanese wins.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace")
    declared = [_codec_for(label) for label in _declared_charsets(body, content_type)]
    for label in declared:
        if label is None:
            continue
        codec = label
        if codec in _WESTERN_SINGLE_BYTE and not body.isascii() and _decodes(body, "utf-8"):
            # Servers default to ISO-8859-1 in headers; UTF-8 bytes prove them wrong.
            codec = "utf-8"
        for candidate in (codec, *_FALLBACKS.get(codec, ())):
            text = _decode_strict(body, candidate)
            if text is not None:
                return text
        log.debug("declared charset %s does not decode the body; guessing", codec)
    guessed = _guess_encoding(body)
    if guessed is not None:
        return guessed
    fallback = next((codec for codec in declared if codec is not None), "utf-8")
    return body.decode(fallback, errors="replace")


def _declared_charsets(body: bytes, content_type: str) -> Iterator[str]:
    header = _CHARSET_PARAM.search(content_type)
    if header:
        yield header.group(1)
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        yield (meta.group(1) or meta.group(2)).decode("ascii", errors="replace")


def _codec_for(label: str) -> str | None:
    """The Python codec for a declared charset, or None for one that cannot decode a page.

    Pages are untrusted: a label may name no codec, a codec that is not a text encoding
    (`rot13`, `base64`) or Python's `undefined`, which raises on any input. Those fall back
    to detection, with a warning.
    """
    label = label.strip().lower()
    label = _CODEC_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
        usable = (
            info._is_text_encoding
            and info.name not in _NOT_PAGE_CHARSETS
            and b"a".decode(info.name) == "a"
        )
    except (LookupError, UnicodeError, TypeError, ValueError):
        usable = False
    if not usable:
        log.warning("the page declares an unknown charset %r; guessing its encoding", label[:40])
        return None
    return info.name


def _decodes(body: bytes, codec: str) -> bool:
    return _decode_strict(body, codec) is not None


def _decode_strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeError, LookupError):
        return None


def _guess_encoding(body: bytes) -> str | None:
    if b"\x1b$" in body:
        # ISO-2022-JP is 7-bit, so it would pass for UTF-8; its escape sequences give it away.
        text = _decode_strict(body, "iso2022_jp")
        if text is not None:
            return text
    text = _decode_strict(body, "utf-8")
    if text is not None:
        return text
    candidates = ["cp932", "euc_jp", "euc_jis_2004", "shift_jis_2004"]
    decoded = [t for t in (_decode_strict(body, codec) for codec in candidates) if t is not None]
    if not decoded:
        return None
    return max(decoded, key=_japanese_plausibility)


def _japanese_plausibility(text: str) -> int:
    """Higher for text that reads like Japanese; wrong decodings give rare characters."""
    score = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            continue
        if 0x3041 <= code <= 0x30FF or 0x3000 <= code <= 0x303F:
            score += 2  # kana and CJK punctuation: frequent in any Japanese text
        elif 0x4E00 <= code <= 0x9FFF or 0xFF01 <= code <= 0xFF5E:
            score += 1
        else:
            score -= 3  # half-width katakana, private use, extension blocks, stray symbols
    return score
