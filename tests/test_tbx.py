"""TBX import: v2 (martif) and v3 (TBX-Basic, DCA and DCT), statuses, and errors with places."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import TermbaseError
from factcheck.model import Severity
from factcheck.terms.lint import lint_text
from factcheck.terms.tbx import parse_tbx
from factcheck.terms.termbase import load_termbase

FIXTURES = Path(__file__).parent / "fixtures" / "lint"


def test_tbx_v2_statuses_map_to_forms_and_variants():
    concepts = parse_tbx((FIXTURES / "house-v2.tbx").read_bytes(), "house-v2.tbx")
    forum, ocean = concepts
    assert forum.id == "pacific-islands-forum" and forum.line == 9
    assert forum.forms == {"en": ["Pacific Islands Forum", "PIF"], "ja": ["太平洋諸島フォーラム"]}
    assert forum.deprecated == {"en": ["Pacific Island Forum", "South Pacific Forum"]}
    assert forum.note.startswith("The regional organisation")
    assert forum.reference == "https://example.org/pif"
    assert ocean.forms == {"en": ["Our Ocean Conference"]} and ocean.deprecated == {}


@pytest.mark.parametrize("name", ["house-v3.tbx", "house-v3-dct.tbx"])
def test_tbx_v3_basic_in_both_styles(name):
    (concept,) = parse_tbx((FIXTURES / name).read_bytes(), name)
    assert concept.forms["en"][0] in {"National Security Council", "Reciprocal Access Agreement"}
    assert concept.deprecated["en"] in (["National Safety Council"], ["Mutual Access Agreement"])


def test_admitted_before_preferred_in_file_still_ranks_second():
    data = b"""<martif type="TBX"><text><body><termEntry id="x"><langSet xml:lang="en">
      <tig><term>Second</term>
        <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
      <tig><term>First</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    </langSet></termEntry></body></text></martif>"""
    (concept,) = parse_tbx(data, "x.tbx")
    assert concept.forms == {"en": ["First", "Second"]}


def test_tbx_files_load_into_the_termbase_and_lint():
    termbase = load_termbase([FIXTURES / "house-v2.tbx", FIXTURES / "house-v3.tbx"])
    entry = termbase.get("pacific-islands-forum")
    assert entry is not None and entry.severity is Severity.WARNING
    assert entry.origin == f"{FIXTURES / 'house-v2.tbx'}:9"
    findings = lint_text("The Pacific Island Forum met the National Safety Council.", termbase)
    assert [(f.found, f.suggestion) for f in findings] == [
        ("Pacific Island Forum", "Pacific Islands Forum"),
        ("National Safety Council", "National Security Council"),
    ]
    assert termbase.get("foip") is not None  # the built-in stays


def test_entity_declarations_are_refused():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY boom "Indo-Pacific">
  <!ENTITY ext SYSTEM "file:///etc/hostname">]>
<martif type="TBX"><text><body><termEntry id="x"><langSet xml:lang="en">
  <tig><term>Real term&boom;&ext;</term></tig>
</langSet></termEntry></body></text></martif>"""
    with pytest.raises(TermbaseError, match=r"^x.tbx:1: TBX file declares <!ENTITY>s"):
        parse_tbx(data, "x.tbx")


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        (b"<martif><text>\n<body>\n</text></martif>", "x.tbx:3:", "malformed TBX"),
        (b"<glossary/>", "x.tbx:1:", "root element is <glossary>"),
        (b"<martif><text><body/></text></martif>", "x.tbx:1:", "no <termEntry>"),
        (
            b'<martif><text><body>\n<termEntry id="a"><langSet>\n'
            b"<tig><term>x</term></tig></langSet></termEntry></body></text></martif>",
            "x.tbx:2:",
            "needs an xml:lang",
        ),
        (
            b'<martif><text><body><termEntry id="a"><langSet xml:lang="en">\n<tig><term>x</term>'
            b'\n<termNote type="administrativeStatus">fancyTerm</termNote>'
            b"</tig></langSet></termEntry></body></text></martif>",
            "x.tbx:3:",
            "unknown administrative status 'fancyTerm'",
        ),
        (
            b'<martif><text><body><termEntry id="a"><langSet xml:lang="en">\n<tig><term> </term>'
            b"</tig></langSet></termEntry></body></text></martif>",
            "x.tbx:2:",
            "has no <term> text",
        ),
        (
            b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term>'
            b'<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>'
            b"</langSet></termEntry></body></text></martif>",
            "x.tbx:1:",
            "no preferred or admitted term",
        ),
        (
            b'<martif><text><body><termEntry id="A"><langSet xml:lang="en"><tig><term>x</term>'
            b'</tig></langSet></termEntry>\n<termEntry id="a"><langSet xml:lang="en"><tig>'
            b"<term>y</term></tig></langSet></termEntry></body></text></martif>",
            "x.tbx:2:",
            "duplicate concept id 'a' (first at line 1)",
        ),
    ],
)
def test_bad_tbx_says_where(data, where, words):
    with pytest.raises(TermbaseError) as caught:
        parse_tbx(data, "x.tbx")
    assert str(caught.value).startswith(where)
    assert words in str(caught.value)


def test_missing_tbx_file(tmp_path):
    with pytest.raises(TermbaseError, match="termbase not found"):
        load_termbase([tmp_path / "nope.tbx"])


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_tbx_termbase_that_is_a_fifo_or_dev_zero_is_refused_at_once(tmp_path, kind):
    path = tmp_path / "house.tbx"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer forever
    else:
        path.symlink_to("/dev/zero")  # reading it would fill memory
    with pytest.raises(TermbaseError, match="not a regular file"):
        load_termbase([path])
