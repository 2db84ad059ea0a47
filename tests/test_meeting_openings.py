"""A claim that opens with the meeting: who spoke is the subject, checked against the readout.

A part whose source clause names no speaker neither agrees nor differs on who spoke.

A claim often opens with the meeting itself ("X met Y on the 6th and …", 「XはYと会談し、…」):
the readout's date line carries that part and names no speaker. The claim's other part
gives a remark to X which the readout gives to Y. The date line's silence on who spoke is
no agreement with X, so the claim is misattributed, as it is without the opening.

The readouts here are written for this test: a fictional country and people.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one

from factcheck.model import Verdict
from factcheck.sources.extract.page import extract_text

READOUT_JA = "\n\n".join(
    [
        "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のリンド・"
        "エストリア首相と首脳会談を行ったところ、概要は以下のとおりです。",
        "1　冒頭、高市総理から、リンド首相の訪日を歓迎する旨述べました。",
        "2　リンド首相からは、先般の洪水に際しての日本の緊急援助に対し謝意が表明されました。",
        "3　高市総理から、エストリアの港湾整備への協力を継続していく旨述べました。",
        "4　リンド首相から、エストリア国民に対する査証要件の緩和について要請がありました。",
        "5　両首脳は、地域情勢について意見交換を行いました。",
        "6　リンド首相から、高市総理に対し、エストリア訪問の招待がありました。",
        "7　リンド首相から、本年8月の自身の訪日について調整を進めたい旨の発言がありました。",
    ]
)
READOUT_EN = "\n\n".join(
    [
        "On May 6, commencing at 3:00 p.m. for approximately 45 minutes, Ms. TAKAICHI Sanae, "
        "Prime Minister of Japan, held a Japan-Estoria Summit Meeting with H.E. Mr. Aren Lind, "
        "Prime Minister of the Republic of Estoria, who is visiting Japan. The overview is as "
        "follows.",
        "1. At the outset, Prime Minister Takaichi welcomed Prime Minister Lind's visit.",
        "2. Prime Minister Lind expressed his gratitude for Japan's emergency relief after the "
        "recent floods.",
        "3. Prime Minister Takaichi stated that Japan would continue to cooperate on the "
        "development of Estoria's ports.",
        "4. Prime Minister Lind stated that Estoria would welcome more Japanese investment in "
        "its ports.",
    ]
)
PUBLISHED = dt.date(2026, 5, 7)


def _ja(text: str):
    return extract_text(text.encode(), "https://example.invalid/r", "text/plain", "ja")


def _en(text: str):
    return extract_text(text.encode(), "https://example.invalid/r", "text/plain", "en")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The thanks are Lind's; the opening part (the meeting) is the date line's.
        (
            "高市首相は6日、リンド首相と会談し、洪水の際の日本の緊急援助に謝意を表明した。",
            Verdict.MISATTRIBUTED,
        ),
        (
            "高市首相は6日、リンド首相と首脳会談を行い、日本の緊急援助に謝意を示した。",
            Verdict.MISATTRIBUTED,
        ),
        # The same opening with the remark's own speaker: supported.
        (
            "リンド首相は6日、高市首相と会談し、洪水の際の日本の緊急援助に謝意を表明した。",
            Verdict.SUPPORTED,
        ),
        (
            "高市首相は6日、リンド首相と会談し、エストリアの港湾整備への協力を継続する考えを示した。",
            Verdict.SUPPORTED,
        ),
        # One part: the meeting verb joined to what was said (会談して) is not the part's
        # predicate; its subject said it.
        (
            "高市首相は6日、リンド首相と会談して洪水の際の日本の緊急援助に謝意を表明した。",
            Verdict.MISATTRIBUTED,
        ),
        (
            "リンド首相は6日、高市首相と会談して洪水の際の日本の緊急援助に謝意を表明した。",
            Verdict.SUPPORTED,
        ),
        # A part with no subject of its own shares the one the claim opens with (a Japanese
        # topic spans the sentence): the request is Lind's.
        (
            "高市首相は6日、リンド首相と会談し、エストリア国民への査証要件の緩和を求めた。",
            Verdict.MISATTRIBUTED,
        ),
        (
            "リンド首相は6日、高市首相と会談し、エストリア国民への査証要件の緩和を求めた。",
            Verdict.SUPPORTED,
        ),
        # …but not an act the subject received: the invitation is Lind's, as the claim says.
        ("高市首相は6日、リンド首相と会談し、エストリア訪問の招待を受けた。", Verdict.SUPPORTED),
        # The meeting part says who met whom, no one's words; a joint act is both sides'.
        ("高市首相は6日、リンド首相と会談し、地域情勢について意見交換した。", Verdict.SUPPORTED),
        # A second sentence with a speaker of its own («リンド氏は»): the part's words are not
        # all one speaker's, so the opener's are not checked against them.
        (
            "高市首相は6日、リンド首相と会談し、港湾整備への協力を続ける考えを伝えた。"
            "リンド氏は8月の訪日に向け調整を進めたいと述べた。",
            Verdict.SUPPORTED,
        ),
        # An honorific closes a name as a title does (氏).
        ("リンド氏は、洪水の際の日本の緊急援助に謝意を表明した。", Verdict.SUPPORTED),
        ("高市氏は、洪水の際の日本の緊急援助に謝意を表明した。", Verdict.MISATTRIBUTED),
        # A name marked as what is acted on (を) is no subject of the part either.
        ("リンド首相は6日、高市首相と会談し、高市首相をエストリアに招待した。", Verdict.SUPPORTED),
        # A name tied to the noun after it (の) is no subject of the part.
        ("高市首相は6日、リンド首相と会談し、リンド首相の訪日を歓迎した。", Verdict.SUPPORTED),
    ],
)
def test_a_japanese_meeting_opening_does_not_vouch_for_the_remark_s_speaker(claim, expected):
    result = check_one(claim, _ja(READOUT_JA), language="ja", published=PUBLISHED)
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The claim's "<who> said" spans the meeting and names both; the part says who.
        (
            "Takaichi met Lind on Wednesday, and Lind said Japan would continue to cooperate "
            "on the development of Estoria's ports.",
            Verdict.MISATTRIBUTED,
        ),
        (
            "Takaichi met Lind on Wednesday, and Takaichi said Japan would continue to "
            "cooperate on the development of Estoria's ports.",
            Verdict.SUPPORTED,
        ),
        (
            "Takaichi met Lind on Wednesday, and Lind expressed gratitude for Japan's "
            "emergency relief after the floods.",
            Verdict.SUPPORTED,
        ),
        # One part: the one met is no speaker of "said".
        (
            "Takaichi held talks with Lind on Wednesday and said Estoria would welcome more "
            "Japanese investment in its ports.",
            Verdict.MISATTRIBUTED,
        ),
        (
            "Lind held talks with Takaichi on Wednesday and said Japan would continue to "
            "cooperate on the development of Estoria's ports.",
            Verdict.MISATTRIBUTED,
        ),
        (
            "Takaichi held talks with Lind on Wednesday and said Japan would continue to "
            "cooperate on the development of Estoria's ports.",
            Verdict.SUPPORTED,
        ),
        # A part that opens with a verb of speech is said by the subject it is joined to,
        # however long the meeting phrase before it.
        (
            "Takaichi met Estorian Prime Minister Aren Lind on Wednesday and expressed "
            "gratitude for Japan's emergency relief after the recent floods.",
            Verdict.MISATTRIBUTED,
        ),
        (
            "Lind met Japanese Prime Minister Sanae Takaichi on Wednesday and expressed "
            "gratitude for Japan's emergency relief after the recent floods.",
            Verdict.SUPPORTED,
        ),
        # …also after a comma and a grammar word (", where Lind said").
        (
            "Takaichi met Lind on Wednesday, where Lind said Estoria would welcome more "
            "Japanese investment in its ports.",
            Verdict.SUPPORTED,
        ),
        # After the meeting, a subject of its own spoke (a name, or a pronoun the tool cannot
        # resolve), not necessarily the one who met.
        (
            "Takaichi met Lind on Wednesday. Lind expressed gratitude for Japan's emergency "
            "relief after the floods.",
            Verdict.SUPPORTED,
        ),
        (
            "Takaichi met Lind on Wednesday, and he expressed gratitude for Japan's emergency "
            "relief after the floods.",
            Verdict.SUPPORTED,
        ),
        # The date the claim's "<who> said" runs into says when, not who: "Japan" is the
        # Prime Minister's side, as the readout has it.
        (
            "Japan on Wednesday stated that it would continue to cooperate on the development "
            "of Estoria's ports.",
            Verdict.SUPPORTED,
        ),
        (
            "Takaichi on May 6 stated that Japan would continue to cooperate on the "
            "development of Estoria's ports.",
            Verdict.SUPPORTED,
        ),
        (
            "Lind on Wednesday stated that Japan would continue to cooperate on the "
            "development of Estoria's ports.",
            Verdict.MISATTRIBUTED,
        ),
        # A phrase set before the subject and ending in the date leaves the subject after
        # its comma.
        (
            "Meeting Lind on Wednesday, Takaichi stated that Japan would continue to cooperate "
            "on the development of Estoria's ports.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_an_english_meeting_opening_does_not_vouch_for_the_remark_s_speaker(claim, expected):
    result = check_one(claim, _en(READOUT_EN), published=PUBLISHED)
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Takaichi held talks with Lind on Wednesday and said Japan would help.", "Takaichi"),
        ("Takaichi met Lind and said Japan would help.", "Takaichi"),
        ("Takaichi, who met Lind on Wednesday, said Japan would help.", "Takaichi"),
        # A phrase set before the subject is no subject to cut to.
        ("During the call, Takaichi said Japan would help.", "During the call, Takaichi"),
    ],
)
def test_the_one_met_is_not_read_as_a_speaker(text, speaker):
    from pipeline_helpers import TERMBASE, claim

    from factcheck.checks.claim_speakers import claim_speakers

    found = claim_speakers(claim(text), "en", TERMBASE)
    assert found is not None and found.text == speaker
    assert "lind" not in found.names


READOUT_WITH_DOCUMENTS = "\n\n".join(
    [
        "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のリンド・"
        "エストリア首相と首脳会談を行い、両首脳の立会いの下、協力文書計3件の交換が行われました。"
        "概要は以下のとおりです。",
        "1　冒頭、高市総理から、リンド首相の訪日を歓迎する旨述べました。",
        "2　高市総理から、エストリアの港湾整備への協力を継続していく旨述べました。",
        "3　リンド首相からは、協力文書の交換を歓迎する旨の発言がありました。",
    ]
)


def test_a_part_the_opening_carries_whole_is_not_given_to_a_later_speaker():
    # The exchange the leaders attended is the date line's, which carries all of the part;
    # Lind's welcome of it holds some of its words, and less of them.
    result = check_one(
        "高市首相は6日、リンド首相と約45分間会談し、協力文書3件の交換に立ち会った。",
        _ja(READOUT_WITH_DOCUMENTS),
        language="ja",
        speaker="Takaichi",
        published=PUBLISHED,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # The welcome itself is Lind's, not Takaichi's.
    result = check_one(
        "高市首相は6日、リンド首相と会談し、協力文書の交換を歓迎する考えを示した。",
        _ja(READOUT_WITH_DOCUMENTS),
        language="ja",
        speaker="Takaichi",
        published=PUBLISHED,
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
