"""A claim's speaker named by their country and office ("Norway's foreign minister",
ノルウェー外相) meets the minister a readout names with that country in their designation
(«…・ノルウェー王国外務大臣»): the country is no part of the person's name. The readout is
written for this test; the minister is fictional."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one

from factcheck.model import Verdict
from factcheck.sources.extract.page import extract_text

READOUT = "\n\n".join(
    [
        "令和8年5月4日（月曜日）午前10時から約50分間、茂木敏充外務大臣は、訪日中のシグルド・"
        "ハルヴォルセン・ノルウェー王国外務大臣と日・ノルウェー外相会談を行ったところ、概要は"
        "以下のとおりです。",
        "1　冒頭、茂木大臣から、本年の外交関係樹立70周年を祝う旨述べました。",
        "2　ハルヴォルセン大臣からは、北極海航路の開発に日本が参加することへの期待が表明され"
        "ました。",
    ]
)


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        ("ノルウェー外相は、北極海航路の開発への日本の参加に期待を表明した。", "ja"),
        (
            "Norway's foreign minister expressed hope that Japan would take part in "
            "developing the Arctic sea route.",
            "en",
        ),
    ],
)
def test_a_minister_named_by_country_meets_the_one_the_readout_designates(claim, language):
    source = extract_text(READOUT.encode(), "https://example.invalid/r", "text/plain", "ja")
    result = check_one(claim, source, language=language, published=dt.date(2026, 5, 5))
    assert result.verdict is Verdict.SUPPORTED, result.reason
