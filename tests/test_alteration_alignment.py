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
