"""PDF sources (factcheck.sources.pdf): pages → paragraphs → sentences; PDFs are made here
with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from conftest import Reply
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from factcheck.errors import SourceError
from factcheck.model import SourceKind, SourceSpec
from factcheck.sources.fetch import FetchPolicy, fetch_source
from factcheck.sources.pdf import extract_pdf, is_pdf, reflow_page
from factcheck.verify import _outcome

URL = "https://www.example.org/statement.pdf"


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF whose pages show the given lines in Helvetica; "" is an empty line (a gap)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(width=612, height=792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        shown = b" ".join(
            b"T*" if not line else b"(" + line.encode("latin-1") + b") Tj T*" for line in lines
        )
        stream = StreamObject()
        stream.set_data(b"BT /F1 11 Tf 72 740 Td 14 TL " + shown + b" ET")
        page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


STATEMENT = [
    [
        "Press Conference by the Prime Minister",
        "",
        "October 21, 2025",
        "",
        "The Prime Minister said that strengthening the alli-",
        "ance with the United States is the top priority of the foreign",
        "and security policy of Japan.",
        "She will meet the President next week.",
        "",
        "1. The leaders agreed to work for a Free and Open Indo-Pacific.",
    ],
    [
        "2. They will meet in Tokyo on October 28.",
        "3",
    ],
]


def test_pdf_text_becomes_sentences_with_title_and_date():
    document = extract_pdf(make_pdf(STATEMENT), URL, "en")
    texts = [s.text for s in document.sentences]
    assert document.title == "Press Conference by the Prime Minister"
    assert document.published == dt.date(2025, 10, 21)
    assert document.language == "en"
    # The line-end hyphen is undone, the three lines are one sentence.
    assert (
        "The Prime Minister said that strengthening the alliance with the United States is "
        "the top priority of the foreign and security policy of Japan." in texts
    )
    assert "She will meet the President next week." in texts
    # List numbers stay out of the sentences; the page number is gone.
    assert "The leaders agreed to work for a Free and Open Indo-Pacific." in texts
    assert "They will meet in Tokyo on October 28." in texts
    assert not any(text.strip() == "3" for text in texts)
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text


def test_metadata_title_wins():
    document = extract_pdf(make_pdf(STATEMENT, title="Statement of 21 October"), URL, "en")
    assert document.title == "Statement of 21 October"


def test_reflow_joins_lines_and_breaks_at_gaps_short_lines_and_list_items():
    page = "\n".join(
        [
            "A long first line of a paragraph that goes on and on and",
            "ends here.",
            "(2) a list item that is long enough to fill the width of a line",
            "",
            "After a gap, a new paragraph begins with a long line of words.",
        ]
    )
    assert reflow_page(page) == [
        "A long first line of a paragraph that goes on and on and\nends here.",
        "(2) a list item that is long enough to fill the width of a line",
        "After a gap, a new paragraph begins with a long line of words.",
    ]


def test_is_pdf_by_type_or_signature():
    assert is_pdf(b"", "application/pdf; qs=0.5")
    assert is_pdf(b"%PDF-1.7\n...", "application/octet-stream")
    assert not is_pdf(b"<html>", "text/html")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"%PDF-1.4\nnot really a pdf", "cannot be read"),
        (b"", "cannot be read"),
        (make_pdf([[""]]), "no text layer"),
    ],
)
def test_unreadable_pdfs_are_source_errors(body, reason):
    with pytest.raises(SourceError, match=reason):
        extract_pdf(body, URL)


@given(st.binary(max_size=300))
def test_any_bytes_give_a_document_or_a_source_error(data):
    try:
        extract_pdf(b"%PDF-1.4\n" + data, URL)
    except SourceError:
        pass


def test_a_fetched_pdf_source_is_extracted(local_server):
    url = local_server.add(
        "/s.pdf", Reply(body=make_pdf(STATEMENT), content_type="application/pdf")
    )
    capture = fetch_source(url, FetchPolicy(allow_private=True)).capture
    spec = SourceSpec(id="pm", url=url, language="en", kind=SourceKind.PRESS_CONFERENCE)
    outcome = _outcome(spec, lambda _spec: capture)
    assert outcome.problem is None and outcome.document is not None
    assert any("top priority" in s.text for s in outcome.document.sentences)
