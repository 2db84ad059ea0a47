"""Place names Sudachi cuts into a place name and what follows it (エーゲ | 海, ザンベジ | 川),
met through the whole name JMnedict knows ("Aegean Sea"), where the place name alone reads
as another or as nothing an English page writes.

The readout below is a reconstruction written by us, in the layout of a MOFA readout; the
event is fictional."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, document, index_of

from factcheck.languages import language_for
from factcheck.languages.interface import WordClass
from factcheck.languages.names import names_agree

FERRIES = document(
    "m",
    "ja",
    "6月2日（火）午前10時から約30分間、茂木外務大臣は、訪日中のニコス・ペトラキス・"
    "ギリシャ共和国外務大臣と日・ギリシャ外相会談を行いました。",
    "ペトラキス大臣から、エーゲ海の島々を結ぶフェリー網の近代化への日本企業の参加に期待する"
    "旨述べました。",
    "両外相は、ザンベジ川流域の電力網整備について意見交換を行いました。",
)


def _compounds(text: str) -> dict[str, tuple[str, WordClass]]:
    ja = language_for("ja")
    assert ja is not None
    found = ja.compounds(text)  # type: ignore[attr-defined]
    return {token.surface: (token.reading, token.word_class) for token in found}


@pytest.mark.parametrize(
    ("text", "name", "reading"),
    [
        ("エーゲ海の島々", "エーゲ海", "エーゲカイ"),
        ("ザンベジ川流域の電力網", "ザンベジ川", "ザンベジカワ"),
        ("ビスケー湾で操業する", "ビスケー湾", "ビスケーワン"),
        ("ガラパゴス諸島の保全", "ガラパゴス諸島", "ガラパゴスショトウ"),
    ],
)
def test_a_place_name_and_the_noun_after_it_are_one_name_where_jmnedict_has_the_whole(
    text, name, reading
):
    assert _compounds(text)[name] == (reading, WordClass.PROPER_NOUN)


def test_a_place_name_and_a_noun_jmnedict_does_not_know_whole_stay_apart():
    # 情勢 "situation", 近郊 "suburbs": JMnedict has neither with the place before it.
    assert _compounds("ギリシャ情勢について") == {}
    assert _compounds("アテネ近郊の港") == {}


def test_a_countrys_formal_name_is_left_to_the_country():
    # ケニア is a country (Sudachi's 地名,国): JMnedict's ケニア共和国 "Republic of Kenya" is
    # the country itself, which the country links cover; no place name of its own.
    assert all(
        word_class is not WordClass.PROPER_NOUN
        for _, word_class in _compounds("ケニア共和国の大統領").values()
    )


def test_only_a_name_jmnedict_gives_a_place_is_a_place_name():
    from factcheck.languages.jmdict import jmdict

    assert jmdict().is_place_name("エーゲ海")
    assert not jmdict().is_place_name("ギリシャ情勢")


def test_the_whole_name_reads_as_its_english_name_where_the_place_alone_does_not():
    assert not names_agree("Aegean", "エーゲ")
    assert names_agree("Aegean", "エーゲ海")


def test_an_english_claims_place_meets_the_whole_name_in_a_japanese_readout():
    (part,) = best_matches(
        "Petrakis hoped Japanese firms would help modernise the ferry network of the Aegean.",
        index_of(m=FERRIES),
        "m",
    )
    best = part.matches[0]
    assert best.sentence.index == 1
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["Aegean"] == "エーゲ海 (reading)", covered


def test_an_english_claims_other_place_is_not_met_by_the_whole_name():
    # The page names the Aegean, not the Ionian Sea.
    (part,) = best_matches(
        "Petrakis hoped Japanese firms would help modernise the ferry network of the Ionian.",
        index_of(m=FERRIES),
        "m",
    )
    assert all("Ionian" not in {a.surface for a in m.covered} for m in part.matches)


FERRIES_EN = document(
    "https://example.invalid/en",
    "en",
    "On June 2, Minister Motegi held a meeting with Mr. Nikos Petrakis, Minister of Foreign "
    "Affairs of the Hellenic Republic.",
    "Minister Petrakis said Greece hoped Japanese companies would take part in modernising the "
    "ferry network linking the islands of the Aegean.",
)


def test_a_japanese_claims_place_name_stands_whole_and_meets_the_english_name():
    text = "ペトラキス大臣は、エーゲ海の島々を結ぶフェリー網の近代化に期待すると述べた。"
    (part,) = best_matches(text, index_of(r=FERRIES_EN), "r", language="ja")
    best = part.matches[0]
    assert best.sentence.index == 1
    covered = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert covered["エーゲ海"] == "Aegean (reading)", covered
    # The name stands in its parts' place: エーゲ alone and 海 are no words of the claim.
    assert not {"エーゲ", "海"} & {a.surface for a in part.part.anchors}
