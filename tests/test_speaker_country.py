"""Speaker countries: a readout clause said by a country's official stands for the country
acting ("Japan will keep helping Tonga …, Takaichi said"), and only that country's."""

from __future__ import annotations

from pipeline_helpers import TERMBASE, check_one, document, index_of
from pipeline_helpers import claim as claim_of

from factcheck.checks.match import anchor_sentences
from factcheck.checks.speaker_country import SpeakerCountries
from factcheck.checks.title_links import TitleLinks
from factcheck.languages.countries import country_key
from factcheck.model import Verdict
from factcheck.text.analyse import analyse_claim

# A readout in Japanese as MOFA writes one (our own words): the guest is named with their
# country in the lead, the host by title alone; later items give each side's words.
READOUT_JA = document(
    "https://example.invalid/ja",
    "ja",
    "12月2日、高市総理大臣は、来日中のサイモニ・ファカフォヌア・トンガ王国首相と首脳会談を"
    "行いました。",
    "冒頭、高市総理から、ファカフォヌア首相の訪日を歓迎する旨述べました。",
    "高市総理から、トンガの港湾の防災機能の強化に向け、無償資金協力を引き続き行っていく旨"
    "述べました。",
    "ファカフォヌア首相から、日本からの支援に謝意が表明されました。",
    "ファカフォヌア首相から、漁業の振興に期待する旨述べ、高市総理からは、漁港の整備を支援する"
    "旨の発言がありました。",
    "両首脳は、気候変動対策で協力していくことで一致しました。",
)


def _said_for(page, country: str) -> dict[int, str]:
    index = index_of(s=page)
    key = country_key(country)
    assert key is not None
    return dict(SpeakerCountries(index, TitleLinks(index)).said_for(key))


def test_a_host_named_by_title_alone_speaks_for_the_other_country_the_page_names():
    # The guest's country is in the lead; the host's is the other country the page names.
    assert _said_for(READOUT_JA, "Japan") == {1: "高市総理", 2: "高市総理"}
    assert _said_for(READOUT_JA, "Tonga") == {3: "ファカフォヌア首相"}


def test_a_sentence_where_both_sides_speak_is_said_for_neither():
    assert 4 not in _said_for(READOUT_JA, "Japan")
    assert 4 not in _said_for(READOUT_JA, "Tonga")


def test_a_page_that_names_no_side_with_a_country_gives_no_speaker_a_country():
    page = document(
        "https://example.invalid/ja2",
        "ja",
        "高市総理から、トンガの港湾の防災機能の強化に向けて支援を続ける旨述べました。",
        "日本とトンガは、長年の友好関係にあります。",
    )
    assert _said_for(page, "Japan") == {}


def test_a_publisher_that_speaks_for_a_country_gives_its_officials_that_country():
    # MOFA's profile speaks for Japan's prime minister: no guest need be named with a country.
    page = document(
        "https://www.mofa.go.jp/mofaj/a_o/ocn/pageit_000001_01234.html",
        "ja",
        "高市総理から、港湾の防災機能の強化に向けて支援を続ける旨述べました。",
    )
    assert _said_for(page, "Japan") == {0: "高市総理"}


def _sentences_for(claim: str, page, surface: str) -> set[int]:
    """The sentences of the page that cover the claim's word."""
    index = index_of(s=page)
    index.said_for = SpeakerCountries(index, TitleLinks(index)).said_for
    facts = analyse_claim(claim_of(claim), "en", TERMBASE)
    found: set[int] = set()
    for part in facts.parts:
        for anchor in part.anchors:
            if anchor.surface == surface:
                found |= anchor_sentences(anchor, part, "en", index)
    return {index.sentences[p].sentence.index for p in found}


def test_the_country_acting_is_met_by_its_officials_clause():
    claim = "Japan will keep helping Tonga make its ports safer from disasters, Takaichi said."
    # The host's own sentences, not the guest's, nor the one where both sides speak.
    assert _sentences_for(claim, READOUT_JA, "Japan") >= {1, 2}
    assert not _sentences_for(claim, READOUT_JA, "Japan") & {4, 5}
    result = check_one(claim, READOUT_JA)
    assert any("高市総理 (the speaker's country)" in d for d in result.details), result.details


def test_the_other_sides_clause_does_not_stand_for_the_country():
    page = document(
        "https://example.invalid/ja3",
        "ja",
        "12月2日、高市総理大臣は、来日中のサイモニ・ファカフォヌア・トンガ王国首相と首脳会談を"
        "行いました。",
        "ファカフォヌア首相から、港湾の防災機能の強化に向けて協力を続けていく旨述べました。",
        "高市総理から、漁港の整備を支援する旨述べました。",
        "ファカフォヌア首相から、日本の長年の支援に謝意が表明されました。",
    )
    claim = "Japan will keep helping Tonga make its ports safer, Fakafonua said."
    met = _sentences_for(claim, page, "Japan")
    assert 1 not in met  # the guest's clause: Tonga's words
    assert 2 in met  # the host's: Japan's


def test_a_country_the_act_is_about_or_one_of_two_parties_is_not_met_by_a_speaker():
    for claim in (
        "Fakafonua praised Japan as a friend that helps make Tonga's ports safer.",
        "Japan and Tonga will keep working to make the ports safer from disasters.",
        "Takaichi said disaster aid from Japan had made the ports safer.",
    ):
        assert not _sentences_for(claim, READOUT_JA, "Japan") & {1, 2}, claim


READOUT_EN = document(
    "https://example.invalid/en",
    "en",
    "On May 2, 2026, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a "
    "meeting with Ms. Mele Tupou, Minister for Foreign Affairs of the Kingdom of Tonga.",
    "Minister Motegi stated that Japan would provide grant aid for the repair of the wharf at "
    "Nuku'alofa port.",
    "Minister Tupou expressed her gratitude for the support.",
)


def test_a_capital_acting_for_its_government_is_met_where_the_page_names_its_country():
    claim = "Tokyo will give grant aid to repair the wharf at Nuku'alofa port, Motegi said."
    assert 1 in _sentences_for(claim, READOUT_EN, "Tokyo")
    result = check_one(claim, READOUT_EN)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_capital_where_something_happens_is_not_its_government():
    claim = "Motegi said new flights between Tokyo and Nuku'alofa would begin in May."
    assert _sentences_for(claim, READOUT_EN, "Tokyo") == set()


def test_a_country_s_forms_in_either_script_are_one_country():
    assert country_key("日本") == country_key("Japan") == country_key("japan")
    # A country whose CLDR name is not in plain Latin letters is still one country.
    assert country_key("コートジボワール") is not None
    assert country_key("コートジボワール") == country_key("Côte d’Ivoire")
    assert country_key("Takaichi") is None
    assert TERMBASE.get("japan") is not None


def test_the_speaker_s_country_alone_does_not_make_a_passage():
    # The host speaks of a wharf, not hospitals: that the speaker is Japan's official says
    # who acts, not that the readout says what the claim says, and a sum of the same kind
    # there is then no figure of the same thing (a weak link, as a function-word synonym).
    page = document(
        "https://example.invalid/en3",
        "en",
        "On May 2, Prime Minister Takaichi held a summit meeting with Prime Minister Fakafonua "
        "of Tonga in Tokyo.",
        "Prime Minister Takaichi announced grant aid of about 1 billion yen to repair the wharf "
        "at Nuku'alofa port.",
        "Prime Minister Fakafonua thanked Japan for its support for the fisheries of Tonga.",
    )
    result = check_one(
        "Takaichi said Japan would give about 4 billion yen for hospitals and nurses in rural "
        "areas.",
        page,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason
