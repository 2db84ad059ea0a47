"""JSON output: `dump_json_records` writes the same text as `dump_json` (the standard library's
indented encoder, then controls and bidi overrides as codes), byte for byte, for any records.

The lint JSON of a long text goes through `dump_json_records`; a tool reading it, or a diff
of two runs, must see exactly what the indented encoder wrote before.
"""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.render.escape import dump_json, dump_json_records
from factcheck.render.lint_report import render_lint_json
from factcheck.terms.lint import lint_text
from factcheck.terms.termbase import load_termbase

# Characters the escaping and the layout care about: quotes, backslashes, braces and the
# separators' own characters, C0 and C1 controls, DEL, bidi overrides, astral characters.
AWKWARD = st.sampled_from(
    [*'"\\{}[],: \n\t\r', "\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u2028"]
    + ["},\n      {", "😀", "東京", "é"]
)
TEXT = st.one_of(st.text(max_size=12), st.lists(AWKWARD, max_size=6).map("".join))
SCALAR = st.one_of(
    TEXT,
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
RECORD = st.dictionaries(TEXT, SCALAR, min_size=1, max_size=6)
DOCUMENT = st.dictionaries(
    TEXT.filter(lambda key: key != "findings"),
    st.one_of(SCALAR, st.dictionaries(TEXT, SCALAR, max_size=3)),
    max_size=4,
)


def reference(value: object) -> str:
    """What `dump_json` wrote before it had a fast path: every character tested in turn."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if not text.isascii():
        text = "".join(f"\\u{ord(char):04x}" if unsafe(char) else char for char in text)
    return text + "\n"


def unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in "\t\n"
    return category == "Cf" and unicodedata.bidirectional(char) in {
        "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
    }  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(DOCUMENT, st.lists(RECORD, max_size=5))
def test_records_are_written_as_the_indented_encoder_writes_them(document, records) -> None:
    expected = reference({**document, "findings": records})
    assert dump_json_records(document, "findings", records) == expected
    assert dump_json({**document, "findings": records}) == expected


@settings(max_examples=100, deadline=None)
@given(DOCUMENT, st.lists(st.one_of(RECORD, st.just({})), max_size=4))
def test_records_that_are_not_flat_are_written_the_same(document, records) -> None:
    nested = [*records, {"inner": [1, {"a": None}]}, {"list": []}]
    expected = reference({**document, "findings": nested})
    assert dump_json_records(document, "findings", nested) == expected


def test_the_lint_json_of_an_article_reads_as_before() -> None:
    text = (
        "Leaders backed a free and open India-Pacific.\n\n"
        "The Japan-US alliances were \u202ediscussed\x7f with \x1b the Indo Pacific.\n"
    )
    findings = lint_text(text, load_termbase(), path="a\u202e.md")
    assert len(findings) >= 2
    output = render_lint_json(findings)
    document = json.loads(output)
    assert output == reference(document)
    assert "\\u202e" in output
