"""How the event was held is a key fact: a claim that says the leaders talked by phone, where
the readout reports a meeting, adds a detail the source does not bear out (partly
supported, the reason naming it); against a phone talk's readout it is supported. The
readouts are written for this test: fictional countries and people."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one

from factcheck.model import Verdict
from factcheck.sources.extract.page import extract_text

MEETING = "\n\n".join(
    [
        "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のリンド・"
        "エストリア首相と首脳会談を行ったところ、概要は以下のとおりです。",
        "1　両首脳は、港湾分野での協力を進めることで一致しました。",
    ]
)
CALL = "\n\n".join(
    [
        "令和8年5月6日（水曜日）午後3時から約20分間、高市総理大臣は、リンド・エストリア首相と"
        "電話会談を行ったところ、概要は以下のとおりです。",
        "1　両首脳は、港湾分野での協力を進めることで一致しました。",
    ]
)
PUBLISHED = dt.date(2026, 5, 7)


def _ja(text: str):
    return extract_text(text.encode(), "https://example.invalid/r", "text/plain", "ja")


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        ("Takaichi and Lind agreed by phone on Wednesday to work together on ports.", "en"),
        ("Takaichi held phone talks with Lind on Wednesday.", "en"),
        ("高市首相は6日、リンド首相と電話会談し、港湾分野での協力で一致した。", "ja"),
    ],
)
def test_a_phone_talk_the_readout_reports_as_a_meeting_is_partly_supported(claim, language):
    result = check_one(claim, _ja(MEETING), language=language, published=PUBLISHED)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "by phone" in result.reason
    supported = check_one(claim, _ja(CALL), language=language, published=PUBLISHED)
    assert supported.verdict is Verdict.SUPPORTED, supported.reason


TOPIC = "\n\n".join(
    [
        "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のリンド・"
        "エストリア首相と首脳会談を行ったところ、概要は以下のとおりです。",
        "1　高市総理から、地震で被害を受けたエストリアの通信回線の復旧を支援する旨述べました。",
        "2　両首脳は、特殊詐欺の取締りで協力することで一致しました。",
    ]
)


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        ("高市首相は、地震で被害を受けたエストリアの電話回線の復旧を支援する考えを示した。", "ja"),
        ("両首脳は、電話詐欺の取り締まりで協力することで一致した。", "ja"),
        ("Takaichi and Lind agreed to work together against fraudulent phone calls.", "en"),
    ],
)
def test_a_telephone_the_claim_talks_about_is_no_mode_of_the_meeting(claim, language):
    # 電話回線, 電話詐欺, "fraudulent phone calls": what was discussed, not how.
    result = check_one(claim, _ja(TOPIC), language=language, published=PUBLISHED)
    assert "by phone" not in result.reason, result.reason
