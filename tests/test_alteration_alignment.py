"""An alteration (a changed quote, a changed figure) must not cost the claim its passage: the
claim is judged on what the alteration cannot touch, and the check that names the alteration
runs there. A topic the source never mentions stays not found."""

from __future__ import annotations

from pipeline_helpers import check_one, document

from factcheck.model import Verdict

# A readout in MOFA's English layout, written for this test (a made-up country).
CALL = document(
    "u",
    "en",
    "On June 3, from 4:00 p.m. for about 40 minutes, Prime Minister Takaichi held a telephone "
    "call with President Kuanyshev of Kestria.",
    "The two leaders confirmed that they would work together with the G7 toward a just and "
    "lasting peace.",
    "President Kuanyshev expressed his appreciation for Japan's support for the reconstruction "
    "of the power grid.",
    "Prime Minister Takaichi stated that Japan would continue to stand by the people of Kestria.",
)


def test_an_altered_quote_in_a_paraphrased_frame_is_misquoted_not_lost():
    # "vowed to cooperate with the G7" words the passage otherwise; with the quote's words
    # missing too the passage covers too little, but without them it is where the claim stands.
    result = check_one(
        'The leaders vowed to cooperate with the G7 on "a swift and unconditional ceasefire".', CALL
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "sentence 2" in result.reason


def test_the_faithful_quote_in_the_same_frame_is_supported():
    result = check_one(
        'The leaders vowed to cooperate with the G7 toward "a just and lasting peace".', CALL
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_quote_on_a_topic_the_source_never_mentions_stays_not_found():
    # The people are the call's, the topic (an airport) is nowhere: what the passage shares
    # with the claim outside its quote are names, which say nothing of the claim.
    result = check_one(
        'Takaichi and Kuanyshev vowed to "fully fund" a new airport for the capital.', CALL
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


# A summit readout, written for this test: the lead dates the summit; a later item dates a
# visit the day before, right next to an item on what the leaders agreed.
SUMMIT = document(
    "u",
    "en",
    "On May 3, 2027, from 11:00 a.m. for about an hour, Prime Minister Takaichi held a summit "
    "meeting with President Ruiz of Peru in Lima.",
    "Following the summit meeting, President Ruiz hosted a luncheon.",
    "Prime Minister Takaichi stated that Japan would continue to support vocational training "
    "for young people.",
    "President Ruiz expressed his gratitude for Japan's support for the mining sector.",
    "On May 2, Prime Minister Takaichi toured a water treatment plant in Lima built with "
    "Japanese grant aid.",
    "The two leaders confirmed that they would cooperate on reform of the United Nations "
    "Security Council.",
)


def test_a_date_borrowed_from_the_neighbouring_sentence_is_not_the_events():
    # The visit's day stands next to what the leaders agreed: the two sentences make no
    # passage, and the summit's day (the lead's) contradicts the claim's.
    result = check_one(
        "Takaichi and Ruiz held their summit on May 2, agreeing to cooperate on UN Security "
        "Council reform.",
        SUMMIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "May 3, 2027" in result.reason


def test_the_events_own_date_with_the_same_content_is_supported():
    result = check_one(
        "On May 3, Takaichi and Ruiz agreed to cooperate on UN Security Council reform.", SUMMIT
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_leads_date_still_dates_what_follows_it():
    # The lead's neighbour reports the same event ("Following the summit meeting"): the lead's
    # date and the neighbour's luncheon still make one passage.
    result = check_one("On May 3, Ruiz hosted a luncheon for Takaichi after their summit.", SUMMIT)
    assert result.verdict is Verdict.SUPPORTED, result.reason
