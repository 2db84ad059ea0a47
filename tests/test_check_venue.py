"""Where the meeting was, and at whose request: a claim that sets the lead's meeting in another
country, or has it held at the other side's request (factcheck.checks.check_visit)."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.checks.check_visit import find_venues
from factcheck.model import Verdict

HOSTED = document(
    "h",
    "ja",
    "令和9年6月3日、高市総理大臣は、訪日中のアイノ・ヴィルタネン・フィンランド共和国首相と"
    "首脳会談を行いました。",
    "両首脳は、森林資源の持続可能な利用に向けて協力していくことで一致しました。",
)
VISITING = document(
    "v",
    "ja",
    "令和9年6月3日、フィンランドを訪問中の高市総理大臣は、ヴィルタネン首相と首脳会談を行いました。",
    "両首脳は、森林資源の持続可能な利用に向けて協力していくことで一致しました。",
)
CALLED = document(
    "c",
    "ja",
    "本日、午前10時から約20分間、高市総理大臣は、カドリ・タム・エストニア共和国首相と電話会談を"
    "行いました（エストニア側からの申入れによるもの）。",
    "両首脳は、サイバーセキュリティ分野での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize(
    "text",
    [
        "Virtanen received Takaichi in Helsinki on June 3 for a summit meeting.",
        "Takaichi flew to Helsinki on June 3 and held a summit meeting with Virtanen.",
    ],
)
def test_a_meeting_set_in_another_country_than_the_leads_is_contradicted(text):
    result = check_one(text, HOSTED)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Helsinki (Finland)" in result.reason and "Japan" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # The lead's own country.
        "Takaichi held a summit meeting with Virtanen in Tokyo on June 3.",
        # A visit only invited to, not made.
        "Takaichi held a summit meeting with Virtanen on June 3, and Virtanen invited her to "
        "visit Helsinki.",
        # "visiting" before a title names the guest, not a place.
        "Takaichi held a summit meeting with visiting Finnish Prime Minister Virtanen on June 3.",
    ],
)
def test_a_claim_that_keeps_the_leads_country_is_not_contradicted(text):
    result = check_one(text, HOSTED)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_visit_the_source_gives_is_the_claims_country():
    result = check_one(
        "Takaichi flew to Helsinki on June 3 and held a summit meeting with Virtanen.", VISITING
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_call_held_at_the_other_sides_request_is_contradicted():
    swapped = check_one("Takaichi and Tamm spoke by phone at Japan's request.", CALLED)
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "request" in swapped.reason and "エストニア" in swapped.reason
    right = check_one("Takaichi and Tamm spoke by phone at Estonia's request.", CALLED)
    assert right.verdict is not Verdict.CONTRADICTED, right.reason


def test_venues_are_placed_by_general_data():
    def shown(text: str, language: str = "en", **kinds: bool) -> list[str]:
        return [v.shown() for v in find_venues(text, language, claim=True, **kinds)]

    # A capital by WordNet (accents dropped), a country by CLDR.
    assert shown("Sisoulith received her in Vientiane on May 2.") == ["Vientiane (Laos)"]
    assert shown("Boric received her in Santiago on May 2.") == ["Santiago (Chile)"]
    assert shown("Takaichi travelled to Laos.") == ["Laos"]
    # A people's name, a name with a country in it, an unplaceable city: no venue.
    assert shown("Takaichi held talks with visiting Estonian Prime Minister Tamm.") == []
    assert shown("Takaichi travelled to Tartu.") == []
    # A readout's 訪日 "visit to Japan" (JMdict's gloss).
    given = find_venues("訪日中のタム首相と会談", "ja")
    assert [(v.phrase, v.country) for v in given] == [("訪日", "Japan")]
    assert shown("The call was held at the request of Estonia.", request=True) == ["Estonia"]


def test_another_person_of_the_visitors_country_is_contradicted():
    swapped = check_one(
        "Takaichi held a summit meeting with Finnish President Eero Lahti, who was visiting "
        "Japan, on June 3.",
        HOSTED,
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "Eero Lahti" in swapped.reason and "ヴィルタネン" in swapped.reason
    right = check_one(
        "Takaichi held a summit meeting with Finnish Prime Minister Aino Virtanen, who was "
        "visiting Japan, on June 3.",
        HOSTED,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason


HEADED = document(
    "e",
    "en",
    "Japan-Finland Summit Meeting",
    "On June 3, 2027, Prime Minister Takaichi held a summit meeting with H.E. Ms. Aino "
    "Virtanen, Prime Minister of the Republic of Finland, who is visiting Japan.",
    "Prime Minister Takaichi stated that Japan would support sustainable forestry in Finland.",
)


def test_a_venue_is_read_past_a_heading_for_a_claim_naming_the_meetings_people():
    swapped = check_one(
        "Takaichi travelled to Helsinki and held talks with Aino Virtanen on sustainable forestry.",
        HEADED,
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "Helsinki (Finland)" in swapped.reason
    # One name alone does not make the page's meeting the claim's.
    alone = check_one(
        "Takaichi travelled to Helsinki and stated support for sustainable forestry.", HEADED
    )
    assert alone.verdict is not Verdict.CONTRADICTED, alone.reason
