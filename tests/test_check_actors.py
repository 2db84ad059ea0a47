"""Actors: another person in the passage that reports the claim's event contradicts it."""

from __future__ import annotations

import datetime as dt

from pipeline_helpers import check_one, document

from factcheck.model import Verdict

# A readout in MOFA's layout (written for this test): a meeting on the margins of a summit.
MARGINS = document(
    "u",
    "ja",
    "11月4日（火）午後3時から約20分間、ASEAN関連首脳会議に出席するためフィリピンを訪問中の"
    "高市総理大臣は、アルバニージー豪州首相と日豪首脳会談を行いました。",
    "両首脳は、液化水素の供給網に向けた協力を確認しました。",
)


def test_a_claim_that_swaps_the_person_met_is_contradicted():
    # The swapped person brings his country and title along: the passage is still the one
    # that reports the meeting (its day, the summit).
    result = check_one(
        "On the sidelines of the ASEAN summits on November 4, Takaichi held talks with "
        "Indonesian President Prabowo.",
        MARGINS,
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "Prabowo" in result.reason


def test_the_right_person_is_no_contradiction():
    result = check_one(
        "On the sidelines of the ASEAN summits on November 4, Takaichi held talks with "
        "Australian Prime Minister Albanese.",
        MARGINS,
    )
    assert result.verdict is not Verdict.CONTRADICTED


def test_another_person_in_a_passage_of_another_day_is_no_contradiction():
    # The passage names another person, but not on the claim's day: not the claim's event.
    result = check_one(
        "On the sidelines of the ASEAN summits on November 6, Takaichi held talks with "
        "Indonesian President Prabowo.",
        MARGINS,
    )
    assert result.verdict is not Verdict.CONTRADICTED or "Prabowo" not in result.reason


# An English readout's schedule paragraph (written for this test).
SCHEDULE = document(
    "s",
    "en",
    "During her stay in Japan from September 7 to 11, Prime Minister Valmar is scheduled to "
    "hold a meeting with Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, and to visit "
    "Kyoto.",
)


def test_a_place_the_passage_lacks_is_no_other_person():
    # Hiroshima (a place, as WordNet files it) is not the claim's stand-in for Toshimitsu (a
    # person): the claim adds a place, it swaps no one.
    added = check_one(
        "Valmar, who is in Japan from Sept. 7 to 11, is also scheduled to travel to Kyoto and "
        "Hiroshima during her stay.",
        SCHEDULE,
    )
    assert added.verdict is Verdict.PARTLY_SUPPORTED, added.reason
    # A place for a place still is: Osaka where the passage names Kyoto.
    swapped = check_one(
        "Valmar, who is in Japan from Sept. 7 to 11, is also scheduled to visit Osaka.",
        SCHEDULE,
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "Osaka" in swapped.reason


# An English readout of a phone call (written for this test, in our own words).
CALL = document(
    "c",
    "en",
    "On July 14, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a "
    "telephone talk with Mr. Arvo Valmar, Minister of Foreign Affairs of Ostmark.",
    "The two ministers agreed to hold an in-person meeting on the margins of the high-level "
    "week of the United Nations General Assembly in New York in September.",
)


def test_a_name_the_claim_writes_as_its_initials_is_no_other_actor():
    # "UN" is the claim's "United Nations": the passage names nobody the claim does not.
    result = check_one(
        "Motegi and Valmar agreed to meet face to face in New York during the UN General "
        "Assembly's high-level week in September and to issue a joint statement there.",
        CALL,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# A readout in MOFA's English layout (written for this test; the people are fictional).
COURTESY = document(
    "u",
    "en",
    "Courtesy Call on Prime Minister Takaichi by Mr. Omar Haddad, United Nations High "
    "Commissioner for Refugees",
    "March 3, 2026",
    "On March 3, for about 25 minutes, Prime Minister Takaichi received a courtesy call from "
    "Mr. Omar Haddad, United Nations High Commissioner for Refugees, who is visiting Japan.",
    "1. At the outset, Prime Minister Takaichi welcomed High Commissioner Haddad's visit to "
    "Japan, the first since he took office in January this year.",
    "2. High Commissioner Haddad thanked Japan for its long-standing support.",
)


def test_a_title_or_given_name_before_a_shared_surname_names_one_person():
    # "Omar Haddad" against "High Commissioner Haddad" in the passage: one person, written
    # two ways (the given name is the lead's).
    result = check_one(
        "On Tuesday, Takaichi received UN refugee chief Omar Haddad, who is making his first "
        "visit to Japan since taking office in January.",
        COURTESY,
        published=dt.date(2026, 3, 4),
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_another_surname_after_the_same_title_is_still_another_person():
    result = check_one(
        "On Tuesday, Takaichi received UN refugee chief Omar Farouk, who is making his first "
        "visit to Japan since taking office in January.",
        COURTESY,
        published=dt.date(2026, 3, 4),
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Farouk" in result.reason
