"""Charset decoding: declared, sniffed and guessed encodings of page bodies."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.sources.charset import decode_html

JA_PAGE = (
    '<html><head><meta charset="{charset}"><title>会見</title></head><body>'
    "<p>高市総理から、日米同盟の強化は最重要事項である旨を述べました。</p></body></html>"
)


def test_charset_from_header_wins() -> None:
    body = JA_PAGE.format(charset="euc-jp").encode("cp932")
    assert "高市総理" in decode_html(body, "text/html; charset=Shift_JIS")


@pytest.mark.parametrize(
    ("declared", "codec"),
    [("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("utf-8", "utf-8"), ("x-sjis", "cp932")],
)
def test_charset_from_meta(declared: str, codec: str) -> None:
    text = JA_PAGE.format(charset=declared)
    assert decode_html(text.encode(codec)) == text


def test_charset_from_meta_http_equiv_and_xml_declaration() -> None:
    equiv = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'
        "</head><body><p>両首脳は一致しました。</p></body></html>"
    )
    assert decode_html(equiv.encode("euc_jp")) == equiv
    xhtml = '<?xml version="1.0" encoding="Shift_JIS"?><html><body><p>更なる高み</p></body></html>'
    assert decode_html(xhtml.encode("cp932")) == xhtml


def test_byte_order_mark_decides() -> None:
    text = "<p>インド太平洋</p>"
    assert decode_html(codecs.BOM_UTF8 + text.encode("utf-8"), "text/html; charset=cp932") == text
    assert decode_html(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == text


@pytest.mark.parametrize("codec", ["cp932", "euc_jp", "iso2022_jp", "utf-8"])
def test_undeclared_japanese_encodings_are_recognised(codec: str) -> None:
    text = (
        "<html><body><p>高市総理から、「自由で開かれたインド太平洋」の実現に向けて"
        "米国と共に取り組みたい旨を述べました。</p></body></html>"
    )
    assert decode_html(text.encode(codec)) == text


def test_a_declaration_that_does_not_fit_the_bytes_is_skipped() -> None:
    text = JA_PAGE.format(charset="utf-8")
    # Header and meta both claim UTF-8; the bytes are Shift_JIS.
    assert decode_html(text.encode("cp932"), "text/html; charset=utf-8") == text
    assert decode_html(text.encode("cp932"), "text/html; charset=no-such-charset") == text


def test_latin1_header_on_utf8_bytes_gives_utf8() -> None:
    assert decode_html("<p>café</p>".encode(), "text/html; charset=ISO-8859-1") == "<p>café</p>"
    assert decode_html("<p>café</p>".encode("latin-1"), "text/html; charset=ISO-8859-1") == (
        "<p>café</p>"
    )


@given(body=st.binary(max_size=300), label=st.sampled_from(["", "utf-8", "Shift_JIS", "x-bad"]))
def test_decode_html_never_fails(body: bytes, label: str) -> None:
    content_type = f"text/html; charset={label}" if label else ""
    assert isinstance(decode_html(body, content_type), str)


@pytest.mark.parametrize(
    "label",
    ["undefined", "rot13", "base64", "hex_codec", "zlib", "unicode_escape", "utf-7", "x-no"],
)
def test_a_bogus_charset_falls_back_to_detection_with_a_warning(label: str, caplog) -> None:
    body = JA_PAGE.format(charset=label).encode("utf-8")
    with caplog.at_level("WARNING"):
        text = decode_html(body, f"text/html; charset={label}")
    assert "日米同盟の強化" in text
    assert "unknown charset" in caplog.text
