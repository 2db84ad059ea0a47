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
    # A name WordNet knows for more than a national capital leaves its country open.
    assert shown("Boric received her in Santiago on May 2.") == []
    assert shown("Takaichi travelled to Laos and met Sisoulith.") == ["Laos"]
    # A bare journey outside the meeting's clause sets no venue.
    assert shown("Takaichi travelled to Laos.") == []
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


def test_a_venue_is_read_past_a_heading_for_a_claim_that_reports_the_meeting():
    swapped = check_one(
        "On June 3, Takaichi travelled to Helsinki and held a summit meeting with Aino Virtanen.",
        HEADED,
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "Helsinki (Finland)" in swapped.reason and "Japan" in swapped.reason
    # A claim whose passage is another sentence reports something else than the meeting.
    elsewhere = check_one(
        "Takaichi travelled to Helsinki and held talks with Aino Virtanen on sustainable forestry.",
        HEADED,
    )
    assert elsewhere.verdict is not Verdict.CONTRADICTED, elsewhere.reason


# Review counter-examples: a place the claim names as a topic, a past or hoped-for visit, or
# another person's travel, is not the meeting's venue.
HOSTED_BODY = document(
    "hb",
    "ja",
    "令和9年6月3日、高市総理大臣は、訪日中のアイノ・ヴィルタネン・フィンランド共和国首相と"
    "首脳会談を行いました。",
    "両首脳は、森林資源の持続可能な利用に向けて協力していくことで一致しました。",
    "ヴィルタネン首相から、高市総理の早期のフィンランド訪問への期待が表明されました。",
)
HEADED_BODY = document(
    "eb",
    "en",
    "Japan-Finland Summit Meeting",
    "On June 3, Prime Minister Takaichi held a summit meeting with H.E. Ms. Aino Virtanen, "
    "Prime Minister of the Republic of Finland, who is visiting Japan.",
    "Prime Minister Virtanen expressed her hope for an early visit to Finland by Prime "
    "Minister Takaichi.",
    "The two leaders welcomed growing Japanese investment in Finland.",
)
TOURISTS = document(
    "t",
    "ja",
    "令和9年5月10日、高市総理大臣は、訪日中のカドリ・タム・エストニア共和国首相と首脳会談を"
    "行いました。",
    "タム首相から、昨年約8,000人の日本人観光客がエストニアを訪れた旨の言及がありました。",
    "両首脳は、サイバーセキュリティ分野での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (HOSTED_BODY, "Virtanen expressed hope for Takaichi's early visit to Finland."),
        (
            HOSTED_BODY,
            "Takaichi held a summit meeting with Aino Virtanen on June 3, and Virtanen expressed "
            "hope for an early visit to Finland by Takaichi.",
        ),
        (
            HOSTED_BODY,
            "Takaichi held a summit meeting with Aino Virtanen on June 3 and thanked her for the "
            "hospitality during her visit to Finland last year.",
        ),
        (
            HOSTED_BODY,
            "Takaichi held a summit meeting with Virtanen on June 3; the two had last met in "
            "Brussels.",
        ),
        (
            HOSTED_BODY,
            "Takaichi held a summit meeting with Virtanen on June 3 and welcomed Japanese "
            "investment in Finland.",
        ),
        (HEADED_BODY, "Virtanen expressed hope for an early visit to Finland by Takaichi."),
        (
            HEADED_BODY,
            "Takaichi and Aino Virtanen welcomed growing Japanese investment in Finland.",
        ),
        (
            HEADED_BODY,
            "Takaichi held a summit meeting with Aino Virtanen, who plans a trip to Washington "
            "next week.",
        ),
        (
            TOURISTS,
            "Tamm told Takaichi that about 8,000 Japanese tourists had visited Estonia last year.",
        ),
        (
            TOURISTS,
            "Takaichi and Tamm agreed to advance cybersecurity cooperation, which Japan has "
            "supported since its experts travelled to Tallinn in 2015.",
        ),
    ],
)
def test_a_place_that_is_a_topic_or_another_visit_is_no_venue(source, text):
    result = check_one(text, source)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_source_venue_is_a_visit_under_way_not_a_past_one():
    # «昨年…を訪問した際», «観光客が…を訪れた»: another visit than the meeting's.
    assert find_venues("昨年フィンランドを訪問した際の歓迎に謝意を述べました。", "ja") == ()
    assert find_venues("日本人観光客がエストニアを訪れた旨の言及がありました。", "ja") == ()
    # A visit under way places the meeting, shown by its country's English name.
    given = find_venues("フィンランドを訪問中の高市総理大臣は", "ja")
    assert [v.shown() for v in given] == ["フィンランド (Finland)"]


def test_a_country_is_one_region_however_the_data_writes_it():
    # JMdict's glosses of 韓国 name China too: a visit to Seoul is no visit to China.
    seoul = find_venues("Takaichi travelled to Seoul and met Lee.", "en", claim=True)
    beijing = find_venues("Takaichi travelled to Beijing and met Li.", "en", claim=True)
    visiting = find_venues("中国を訪問中の高市総理大臣は", "ja")
    assert [v.country for v in seoul] == ["South Korea"]
    assert [v.country for v in beijing] == [v.country for v in visiting] == ["China"]


EXPERTS = document(
    "x",
    "ja",
    "本日、午前10時から約20分間、高市総理大臣は、カドリ・タム・エストニア共和国首相と電話会談を"
    "行いました（日本側からの申入れによるもの）。",
    "高市総理から、エストニア側からの要請を受け、日本政府としてサイバー防衛の専門家を派遣する旨"
    "伝達しました。",
)


@pytest.mark.parametrize(
    "text",
    [
        "Takaichi and Tamm spoke by phone at Japan's request, and Takaichi said Japan would send "
        "cyber defence experts.",
        "Takaichi told Tamm that Japan would send cyber defence experts at Estonia's request.",
    ],
)
def test_a_request_for_something_else_is_not_the_calls(text):
    result = check_one(text, EXPERTS)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_english_names_a_requesting_side_by_its_people():
    def sides(text: str) -> list[str]:
        return [v.country for v in find_venues(text, "en", request=True)]

    assert sides("The call was held at the request of the Japanese side.") == ["Japan"]
    assert sides("At Estonia's request, the two leaders spoke by phone.") == ["Estonia"]
    assert sides("The call took place at the Japanese government's request.") == ["Japan"]
    # Passive: "a call requested by the Japanese side".
    assert sides("They spoke by phone in a call requested by the Japanese side.") == ["Japan"]
    # Set off at the end of the lead, after the other party's title: the call's request.
    assert sides(
        "Motegi held a telephone talk with Mr. Arvo Tamm, Minister for Foreign Affairs of "
        "the Republic of Estonia, at the request of the Estonian side."
    ) == ["Estonia"]
    # A request for something else, set off the same way, is not the call's.
    assert sides("Motegi said Japan would send experts, at the request of Estonia.") == []


# A call requested by the other leader, whom the readout names only by name and office in
# its request; the lead names them with their country.
ASKED_BY_LEADER = document(
    "a",
    "ja",
    "本日、午前10時から約20分間、高市総理大臣は、カドリ・タム・エストニア共和国首相と電話会談を"
    "行いました（タム首相からの申入れによるもの）。",
    "両首脳は、サイバーセキュリティ分野での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize(
    ("text", "contradicted"),
    [
        (
            "The 20-minute phone talks between Takaichi and Tamm took place at the Japanese "
            "government's request.",
            True,
        ),
        ("Takaichi and Tamm spoke by phone at Japan's request.", True),
        (
            "The 20-minute phone talks between Takaichi and Tamm took place at Estonia's request.",
            False,
        ),
    ],
)
def test_a_leader_who_asked_for_the_call_speaks_for_the_country_the_lead_gives(text, contradicted):
    result = check_one(text, ASKED_BY_LEADER)
    assert (result.verdict is Verdict.CONTRADICTED) is contradicted, result.reason


def test_a_capital_the_source_writes_in_its_own_script_is_a_topic():
    forum = document(
        "f",
        "ja",
        "令和9年6月3日、高市総理大臣は、訪日中のアイノ・ヴィルタネン・フィンランド共和国首相と"
        "首脳会談を行いました。",
        "両首脳は、来年ヘルシンキで開催される森林フォーラムに向けて協力していくことで一致しました。",
    )
    result = check_one(
        "Takaichi held a summit meeting with Aino Virtanen on June 3 and flew to Helsinki.", forum
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


TOURED = document(
    "tr",
    "ja",
    "茂木外務大臣は、ガーナを訪問中のところ、現地時間3月12日、アクラにおいて、アドジェイ・ガーナ"
    "共和国外務大臣と外相会談を行いました。",
    "両外相は、カカオ産業での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize(
    "claim",
    [
        # A journey before or after the meeting, or another stop of the tour (review 12b, 1).
        "Motegi held talks with Adjei on March 12, before Motegi flew to Nairobi.",
        "Motegi, who visited Nairobi before coming to Accra, held talks with Adjei.",
        "Motegi, who is on a visit to Kenya and Ghana, held talks with Adjei.",
        "Motegi held talks with Adjei on March 12, and Motegi then headed to Nairobi.",
        "Motegi met Adjei on March 12, a week after Motegi visited Kenya.",
        "Motegi, who met Ruto in Nairobi the day before, held talks with Adjei.",
        "Motegi, who visited Kenya before Ghana, held talks with Adjei on March 12.",
        "Motegi flew to Kenya after meeting Adjei in Accra on March 12.",
        # A capital's name as part of another place's, a capital's name elsewhere (3).
        "Motegi, who visited Victoria Falls, held talks with Adjei on March 12.",
        "Motegi met Adjei on March 12 after he visited Tripoli.",
        "Motegi met Adjei in Kingston on March 12.",
    ],
)
def test_a_trip_beside_the_meeting_is_no_other_venue(claim: str) -> None:
    found = check_one(claim, TOURED)
    assert found.verdict is not Verdict.CONTRADICTED, found.reason


def test_a_journey_in_the_meeting_clause_still_sets_its_venue():
    swapped = check_one("On March 12, Motegi travelled to Nairobi and met Adjei.", TOURED)
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason
    assert "Nairobi (Kenya)" in swapped.reason


ASKED = document(
    "as",
    "ja",
    "本日、午前9時から約15分間、高市総理大臣は、ラウリ・サルミ・フィンランド共和国首相と電話会談を"
    "行いました（日本側からの申入れによるもの）。",
    "高市総理から、ウクライナ側からの要請を受け、日本政府として地雷除去の専門家を派遣する旨"
    "伝達しました。",
)


def test_a_request_the_body_reports_for_something_else_is_no_conflict():
    # The side's request past the lead, worded as 要請 (review 12b, 2).
    found = check_one(
        "Takaichi and Salmi spoke by phone, and Takaichi said Japan would send demining "
        "experts at Ukraine's request.",
        ASKED,
    )
    assert found.verdict is not Verdict.CONTRADICTED, found.reason
    # In the call's clause, but the body gives that side's 要請: it may be the one meant.
    fronted = check_one(
        "At Ukraine's request, Takaichi and Salmi spoke by phone about demining experts.", ASKED
    )
    assert fronted.verdict is not Verdict.CONTRADICTED, fronted.reason
    # A side the body never gives as requesting, in the call's own clause: contradicted.
    swapped = check_one("At Finland's request, Takaichi and Salmi spoke by phone.", ASKED)
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.reason


JOKO = document(
    "jk",
    "ja",
    "11月1日、高市総理大臣は、訪日中のマテウス・ブランコ・アンゴラ共和国大統領と首脳会談を行いました。",
    "両首脳は、経済関係を一層強化していくことで一致しました。",
)


def test_a_visitor_by_one_name_word_may_be_a_nickname():
    # One word the source's name does not spell (a short form): no other person (review 12b, 4).
    found = check_one(
        "Takaichi held a summit with Angolan President Mabra, who was visiting Japan.", JOKO
    )
    assert found.verdict is not Verdict.CONTRADICTED, found.reason
    other = check_one(
        "Takaichi held a summit with Angolan President Tomas Quissanga, who was visiting Japan.",
        JOKO,
    )
    assert other.verdict is Verdict.CONTRADICTED, other.reason


def test_a_japanese_place_is_a_country_only_as_the_phrase_s_end():
    from factcheck.languages.countries import place_country

    # A country's name inside another place's, or another word's (review 12b, 5).
    assert place_country("米国ジョージア州") is None
    assert place_country("パプアニューギニア") == ("パプアニューギニア", "Papua New Guinea")
    assert place_country("ニューギニア") is None
    assert place_country("インド太平洋") is None
    assert place_country("ラオス人民民主共和国") == ("ラオス", "Laos")
    assert place_country("昨年フィンランド") == ("フィンランド", "Finland")
    given = find_venues("米国ジョージア州を訪問中の茂木外務大臣は", "ja")
    assert given == ()


GUYANA_HOSTED = document(
    "g",
    "ja",
    "令和8年10月20日、高市総理大臣は、訪日中のモハメド・ラウル・ガイアナ共和国大統領と"
    "首脳会談を行いました。",
    "両首脳は、エネルギー分野での協力を進めていくことで一致しました。",
)


def test_a_capital_that_is_also_another_place_counts_where_the_source_names_its_country():
    # WordNet's Georgetown is Guyana's capital and a part of Washington: a claim about the
    # meeting with Guyana's president, whose source names Guyana, means the capital.
    result = check_one(
        "Takaichi travelled to Georgetown for talks with President Raul on energy cooperation.",
        GUYANA_HOSTED,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Georgetown (Guyana)" in result.reason
    # The same name is no place of the meeting for a page that does not name Guyana.
    assert find_venues("Takaichi travelled to Georgetown for talks.", "en", claim=True) == ()


def test_a_trip_whose_next_clause_holds_the_meeting_sets_the_meeting():
    # "…travelled to Helsinki, where she held a summit meeting": the meeting happened there.
    result = check_one(
        "Takaichi travelled to Helsinki on June 3, where she held a summit meeting with Virtanen.",
        HOSTED,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    # A trip followed by a clause of something else sets nothing.
    assert (
        find_venues("Takaichi travelled to Helsinki, where she toured a sauna.", "en", claim=True)
        == ()
    )


def test_a_claim_that_makes_the_host_the_one_touring_is_a_visit_swap_not_a_venue():
    # The claim makes Adjei the one visiting Kenya and Ghana; the lead has Motegi visiting
    # Ghana (「茂木外務大臣は、ガーナを訪問中のところ」): the visitor is swapped, and Ghana,
    # which the claim names, is no other venue.
    result = check_one(
        "Motegi held talks with Adjei, who is visiting Kenya and Ghana this week.", TOURED
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "visitor" in result.reason and "茂木外務大臣" in result.reason, result.reason


HELD_IN = document(
    "w",
    "en",
    "On May 19, commencing at 10:00 a.m. (local time) for approximately 70 minutes, Mr. "
    "MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, who is visiting Europe, held a "
    "Japan-Poland Foreign Ministers' Meeting with H.E. Mr. Arvid Halvar, Minister of Foreign "
    "Affairs of the Republic of Poland, in Warsaw.",
    "The two ministers agreed to strengthen cooperation in the fields of energy and defence.",
)


def test_an_english_readout_sets_its_meeting_where_the_meeting_clause_ends():
    (venue,) = find_venues(HELD_IN.sentences[0].text, "en")
    assert (venue.phrase, venue.country) == ("Warsaw", "Poland")
    result = check_one(
        "Polish Foreign Minister Arvid Halvar, on a visit to Tokyo, met Motegi on May 19 for "
        "talks on energy and defence.",
        HELD_IN,
    )
    # "Polish" names the minister's country, not a place the claim sets anything in.
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Tokyo (Japan)" in result.reason and "Warsaw" in result.reason
    kept = check_one("Motegi met Halvar in Warsaw on May 19 for talks on energy.", HELD_IN)
    assert kept.verdict is not Verdict.CONTRADICTED, kept.reason


def test_a_participle_that_opens_the_claim_sets_its_meeting():
    claim = "Visiting Helsinki on June 3, Takaichi held a summit meeting with Virtanen."
    (venue,) = find_venues(claim, "en", claim=True)
    assert (venue.phrase, venue.country) == ("Helsinki", "Finland")
    result = check_one(claim, HOSTED)
    # Takaichi, whom the participle is said of, as the visitor: the source's visitor is
    # Virtanen.
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Takaichi making the visit" in result.reason


# A readout in MOFA's layout (written for this test; the people are fictional): the title
# names the meeting as the lead does, and the lead says who was visiting.
TITLED = document(
    "t",
    "ja",
    "茂木外務大臣とアルメイダ・アフリカ連合（AU）委員会委員長との会談及びワーキング・ランチ",
    "本日、茂木外務大臣は、東京において、訪日中のアルメイダ・アフリカ連合（AU）委員会委員長と"
    "会談を行い、引き続き、ワーキング・ランチを主催しました。",
    "両者は、アフリカの持続可能な開発について議論しました。",
)


def test_a_journey_to_an_institution_in_another_country_is_contradicted():
    # The title aligns with the claim as well as the lead: both report the one meeting.
    result = check_one(
        "Motegi travelled to AU headquarters in Addis Ababa for talks and a working lunch with "
        "Commission Chairperson Almeida.",
        TITLED,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Addis Ababa (Ethiopia)" in result.reason


def test_an_institution_before_a_place_is_read_for_the_place():
    (venue,) = find_venues(
        "Motegi travelled to AU headquarters in Addis Ababa for talks.", "en", claim=True
    )
    assert venue.shown() == "Addis Ababa (Ethiopia)"
    # A place the journey did not go to ("in" a later clause) is not the trip's.
    assert find_venues("Motegi travelled to talks, and in Accra later.", "en", claim=True) == ()
