"""Who visits whom: a claim that gives the visit to the other party of a meeting."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.checks.check_visit import find_visitor
from factcheck.model import Verdict

HOSTED = {
    "ja": document(
        "h",
        "ja",
        "令和9年4月2日、高市総理大臣は、訪日中のオルセン・ヴァルマー・カーランド共和国首相と"
        "首脳会談を行いました。",
        "両首脳は、再生可能エネルギー分野での協力を進めていくことで一致しました。",
    ),
    "en": document(
        "h",
        "en",
        "On April 2, 2027, Prime Minister Takaichi held a summit meeting with Mr. Olsen Valmar, "
        "Prime Minister of the Republic of Qarland, who is visiting Japan.",
        "The two leaders agreed to advance cooperation in renewable energy.",
    ),
}
VISITING = document(
    "v",
    "ja",
    "令和9年4月2日、カーランドを訪問中の高市総理大臣は、ヴァルマー首相と首脳会談を行いました。",
    "両首脳は、再生可能エネルギー分野での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "Takaichi, on a visit to Qarland, held a summit meeting with Valmar on April 2.",
        "During her visit to Qarland, Takaichi held a summit meeting with Valmar on April 2.",
        "Takaichi held a summit meeting with Valmar during a visit to Qarland on April 2.",
    ],
)
def test_the_host_given_the_visit_is_contradicted(language, text):
    result = check_one(text, HOSTED[language])
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "visit" in result.reason and "Takaichi" in result.reason


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_visitor_the_source_names_is_not_contradicted(language):
    text = "Valmar, on a visit to Japan, held a summit meeting with Takaichi on April 2."
    result = check_one(text, HOSTED[language])
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_visit_the_source_gives_the_claims_visitor_stands():
    right = check_one(
        "Takaichi, on a visit to Qarland, held a summit meeting with Valmar on April 2.", VISITING
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
    swapped = check_one(
        "Valmar, on a visit to Japan, held a summit meeting with Takaichi on April 2.", VISITING
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason


def test_a_claim_naming_no_visitor_or_not_the_sources_visitor_is_not_judged():
    # No visit in the claim: nothing to compare.
    plain = check_one("Takaichi held a summit meeting with Valmar on April 2.", HOSTED["ja"])
    assert plain.verdict is Verdict.SUPPORTED, plain.reason
    # A visitor, but the claim never names the source's visitor: not the same meeting shown.
    other = check_one("Takaichi, on a visit to Qarland, met business leaders.", HOSTED["en"])
    assert other.verdict is not Verdict.CONTRADICTED, other.reason


def test_the_visitor_phrases():
    assert find_visitor("Takaichi, on a visit to Qarland, said so.", "en", claim=True) == "Takaichi"
    assert find_visitor("During his visit to Tokyo, Valmar met Takaichi.", "en", claim=True) == (
        "Valmar"
    )
    assert find_visitor("Takaichi visited Qarland in May.", "en", claim=True) == "Takaichi"
    assert find_visitor("Takaichi met Valmar in Tokyo.", "en", claim=True) is None
    assert find_visitor("ポルトガルを訪問中の高市総理は、首相と会談しました。", "ja") == "高市総理"
    assert find_visitor("高市総理は、首相と会談しました。", "ja") is None


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_host_is_not_the_visitor(language):
    # "X hosted Y": Y is the guest, the one visiting.
    right = check_one("Takaichi hosted Valmar for a summit meeting on April 2.", HOSTED[language])
    assert right.verdict is Verdict.SUPPORTED, right.reason
    swapped = check_one(
        "Valmar hosted Takaichi for a summit meeting in Qarland on April 2.", HOSTED[language]
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason


def test_a_guest_is_read_from_hosted_and_welcomed_but_not_from_a_welcomed_act():
    assert find_visitor("Takaichi hosted Valmar for talks.", "en", claim=True) == "Valmar"
    assert find_visitor("Takaichi welcomed Valmar to Tokyo.", "en", claim=True) == "Valmar"
    assert find_visitor("Takaichi welcomed the agreement.", "en", claim=True) is None
    assert find_visitor("Takaichi hosted a dinner for Valmar.", "en", claim=True) is None
    assert find_visitor("高市総理は、来日したヴァルマー首相と会談した。", "ja", claim=True) == (
        "ヴァルマー首相"
    )


def test_a_capital_is_written_where_the_sentence_s_language_writes_its_name():
    from factcheck.checks.check_visit import Venue, _written

    lima = Venue("Lima", "Peru")
    # A whole word in English, in any case, whatever other letters the sentence holds.
    assert _written(lima, "The envoy’s ferry left LIMA at noon.", "en")
    assert not _written(lima, "The envoy’s ferry left Limassol at noon.", "en")
    assert not _written(lima, "The ferry left Limassol at noon.", "en")
    # In Japanese, by its reading.
    assert _written(lima, "特使はリマを出発した。", "ja")
    assert not _written(lima, "特使はキトを出発した。", "ja")


def test_a_claim_names_a_country_by_a_capital_as_its_language_writes_names():
    from factcheck.checks.check_visit import _places_named

    named = _places_named("The envoy flew on to Buenos Aires after a stop in Lima.", "en")
    assert {"argentina", "peru"} <= named  # a capital of two words stands whole
    assert "argentina" not in _places_named("The envoy flew on to Aires.", "en")
    assert "argentina" in _places_named("特使は「Buenos Aires」を訪れた。", "ja")


COURTESY_CALL = {
    "ja": document(
        "c",
        "ja",
        "令和9年4月2日、高市総理大臣は、オルセン・ヴァルマー・カーランド共和国首相の表敬を受けました。",
        "両者は、再生可能エネルギー分野での協力を進めていくことで一致しました。",
    ),
    "en": document(
        "c",
        "en",
        "On April 2, 2027, Prime Minister Takaichi received a courtesy call from H.E. Mr. Olsen "
        "Valmar, Prime Minister of the Republic of Qarland, who is visiting Japan.",
        "The two agreed to advance cooperation in renewable energy.",
    ),
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_who_paid_a_courtesy_call_on_whom(language):
    # The one who calls on the other is the one visiting; the one who receives the call
    # is the host.
    right = check_one(
        "Valmar paid a 30-minute courtesy call on Takaichi on April 2.", COURTESY_CALL[language]
    )
    assert right.verdict is not Verdict.CONTRADICTED, right.reason
    swapped = check_one(
        "Takaichi paid a courtesy call on Valmar on April 2.", COURTESY_CALL[language]
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "visit" in swapped.reason and "Takaichi" in swapped.reason


def test_the_caller_phrases():
    assert find_visitor("Valmar called on Prime Minister Takaichi.", "en", claim=True) == "Valmar"
    assert find_visitor("Takaichi paid tribute to Valmar.", "en", claim=True) is None
    assert (
        find_visitor("高市総理大臣は、ヴァルマー首相の表敬を受けました。", "ja") == "ヴァルマー首相"
    )
    assert find_visitor("ヴァルマー首相は、4月2日に高市総理を表敬しました。", "ja", claim=True) == (
        "ヴァルマー首相"
    )


# A readout whose lead says its subject is on the visit (written for this test).
ON_VISIT = document(
    "w",
    "ja",
    "茂木外務大臣は、インドを訪問中のところ、5月8日午前、ニューデリーにおいて、アルヴォ・"
    "ヴァルマー・インド外務大臣との間で日インド外相間戦略対話を行いました。",
    "両大臣は、経済協力を一層推進することで一致しました。",
)


def test_the_subject_a_lead_says_is_on_the_visit_is_the_visitor():
    assert find_visitor(ON_VISIT.sentences[0].text, "ja") == "茂木外務大臣"
    result = check_one(
        "Indian Foreign Minister Arvo Valmar, on a visit to Japan, held the strategic dialogue "
        "with Motegi on May 8.",
        ON_VISIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "visitor" in result.reason
    right = check_one(
        "Motegi, on a visit to India, held the strategic dialogue with Valmar on May 8.",
        ON_VISIT,
    )
    assert right.verdict is not Verdict.CONTRADICTED, right.reason


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        # The name in the visitor's own script, in brackets after the Japanese name.
        (
            "高市総理大臣は、総理大臣官邸において、訪日中のオルセン・ヴァルマー・カルランド州首相"
            "（The Honourable Olsen Valmar, Premier of Carland）による表敬を受けたところ、"
            "概要は以下のとおりです。",
            "オルセン・ヴァルマー・カルランド州首相（The Honourable Olsen Valmar, Premier of "
            "Carland）",
        ),
        # A native name or an acronym inside the name.
        (
            "茂木外務大臣は、訪日中のオルセン・ヴァルマー・カルランド国会（ストルティング）議長に"
            "よる表敬を受けました。",
            "オルセン・ヴァルマー・カルランド国会（ストルティング）議長",
        ),
    ],
)
def test_a_bracketed_aside_is_part_of_the_visitors_name(text, visitor):
    assert find_visitor(text, "ja") == visitor


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("来日したヴァルマー大統領に対し、高市総理は歓迎の意を表しました。", "ヴァルマー大統領"),
        (
            "高市総理は、訪日中のヴァルマー・カルランド州首相を歓迎しました。",
            "ヴァルマー・カルランド州首相",
        ),
    ],
)
def test_the_visitors_name_ends_at_its_particle(text, visitor):
    assert find_visitor(text, "ja") == visitor


def test_the_host_given_a_visit_is_contradicted_past_a_bracketed_aside():
    source = document(
        "z",
        "ja",
        "4月14日、高市総理大臣は、総理大臣官邸において、訪日中のオルセン・ヴァルマー・カルランド"
        "州首相（The Honourable Olsen Valmar, Premier of Carland）による表敬を受けたところ、"
        "概要は以下のとおりです。",
        "高市総理から、州首相の訪日を歓迎する旨述べました。",
    )
    swapped = check_one("Takaichi paid a courtesy call on Premier Valmar on April 14.", source)
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    right = check_one("Premier Valmar paid a courtesy call on Takaichi on April 14.", source)
    assert right.verdict is not Verdict.CONTRADICTED, right.reason
