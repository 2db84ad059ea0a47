"""Countries' names, people and languages from CLDR and JMdict, not from a hand-made list."""

from __future__ import annotations

from pipeline_helpers import check_one, document

from factcheck.languages.countries import country_forms
from factcheck.model import Verdict


def test_a_country_has_its_cldr_name_its_japanese_name_and_its_jmdict_adjectives():
    turkey = country_forms("Turkish")
    assert {"Türkiye", "Turkey", "トルコ", "Turkish"} <= turkey
    assert country_forms("Türkiye") == turkey
    assert {"Thailand", "Thai", "タイ"} <= country_forms("thai")


def test_a_common_word_glossing_the_same_katakana_is_no_form_of_the_country():
    # タイ also glosses "tie" and a sea bream; トルコ "turquoise".
    assert "tie" not in {f.lower() for f in country_forms("Thailand")}
    assert "turquoise" not in {f.lower() for f in country_forms("Turkey")}
    assert country_forms("tie") == frozenset()
    assert country_forms("cooperation") == frozenset()


def test_a_countrys_adjective_is_derived_from_its_name_when_jmdict_has_no_person_noun():
    # JMdict has no ペルー人 or チリ人: the adjective comes from English derivation (Chile-an,
    # Peru-v-ian, Kenya-n, Japan-ese), checked against the English dictionary.
    assert {"Peru", "ペルー", "Peruvian"} <= country_forms("Peruvian")
    assert {"Chile", "チリ", "Chilean"} <= country_forms("chilean")
    assert {"Kenya", "Kenyan"} <= country_forms("Kenyan")
    assert {"Pakistan", "Pakistani"} <= country_forms("Pakistani")


def test_a_derived_adjective_belongs_to_the_name_it_keeps_most_of():
    # Nigerian keeps all of Nigeria and only Niger + "ian"; Maltese keeps Malta, not Mali.
    assert "Nigeria" in country_forms("Nigerian")
    assert "Niger" not in country_forms("Nigerian")
    assert "Malta" in country_forms("Maltese")
    assert "Mali" not in country_forms("Maltese")


def test_a_word_that_only_looks_derived_is_no_adjective_of_a_country():
    # Per-m-ian and Pers-ian are not Peru's; German-ic is no adjective of Germany's people.
    for word in ("Permian", "Germanic"):
        assert country_forms(word) == frozenset(), word
    # Persian is no derivation of Peru's; it is Iran's, whose WordNet synset holds Persia.
    persian = country_forms("Persian")
    assert "Peru" not in persian
    assert "Iran" in persian


def test_the_cldr_part_shipped_in_the_wheel_gives_the_same_table_without_babel(
    tmp_path, monkeypatch
):
    import json

    from factcheck.languages import countries, en_lemmas, lemma_table

    built = countries._build(countries.cldr_part(en_lemmas.known))  # all at run time
    source = lemma_table.simplemma_dir()
    assert source is not None
    key = countries.cldr_key(lemma_table.source_key(source))
    assert key is not None
    # What hatch_build.py writes into the wheel's factcheck/_built folder.
    part = countries.cldr_part(en_lemmas.known)
    (tmp_path / countries.cldr_file_name(key)).write_text(json.dumps(part), encoding="utf-8")
    monkeypatch.setattr(en_lemmas, "shipped_folder", lambda: tmp_path)
    babel_read = []
    monkeypatch.setattr(countries, "cldr_part", lambda known: babel_read.append(1))
    assert countries._build() == built
    assert not babel_read  # Babel's locale data was not loaded
    assert built["turkish"] >= {"Türkiye", "Turkey", "トルコ"}
    # Another key (other Babel data, another simplemma, this module edited) is not read.
    (tmp_path / countries.cldr_file_name(key)).rename(tmp_path / countries.cldr_file_name("0" * 64))
    assert countries._shipped_cldr_part() is None
    # A damaged file is not read either: the part is built again (Babel needed then).
    (tmp_path / countries.cldr_file_name(key)).write_text('{"countries": [1]}', encoding="utf-8")
    assert countries._shipped_cldr_part() is None


def test_wordnet_gives_a_countrys_other_names_and_its_adjectives_of_several_words():
    # WordNet's synset of the United Kingdom holds Britain, Great Britain and UK; "British"
    # pertains to Great Britain; Costa Rica derives "Costa Rican"; El Salvador's people are
    # Salvadorans.
    assert {"United Kingdom", "Britain", "イギリス"} <= country_forms("British")
    assert {"United Kingdom", "Britain", "イギリス"} <= country_forms("UK")
    assert {"Costa Rica", "コスタリカ"} <= country_forms("Costa Rican")
    assert "El Salvador" in country_forms("Salvadoran")


def test_wordnet_names_of_another_kind_of_place_are_no_countrys():
    # Georgia is also a US state ("Peach State"); "US" written small is a pronoun; Congolese
    # names either Congo, so neither; Rican alone names no country (Costa Rica, Puerto Rico).
    assert "Georgia" in country_forms("Georgian")
    assert country_forms("Peach State") == frozenset()
    assert country_forms("us") == frozenset()
    assert country_forms("Congolese") == frozenset()
    assert country_forms("Rican") == frozenset()


def test_a_national_capital_names_its_country_through_wordnet():
    from factcheck.languages.countries import capital_country_forms

    assert {"Canada", "カナダ"} <= capital_country_forms("Ottawa")  # part of Ontario, of Canada
    assert {"Peru", "ペルー"} <= capital_country_forms("Lima")
    # A city that is no national capital, a word, a lower-cased word: none.
    assert capital_country_forms("Osaka") == frozenset()
    assert capital_country_forms("Harbour") == frozenset()
    assert capital_country_forms("lima") == frozenset()


def test_a_country_that_owns_something_is_that_country():
    # "Britain's scholarships": the possessive names the country as "Britain" does.
    assert {"United Kingdom", "イギリス"} <= country_forms("Britain's")
    assert country_forms("Britain’s") == country_forms("Britain's")
    assert {"Latvia", "ラトビア"} <= country_forms("Latvia's")
    assert country_forms("cooperation's") == frozenset()


def test_a_claim_about_a_country_s_plans_meets_a_page_that_names_it_otherwise():
    page = document(
        "https://example.invalid/en",
        "en",
        "On May 3, 2027, Prime Minister Takaichi held a meeting with the Rt Hon Alan Pell, "
        "Prime Minister of the United Kingdom.",
        "Prime Minister Pell stated that the United Kingdom would expand scholarships for "
        "Japanese students.",
    )
    result = check_one(
        "Pell said Britain's government would expand scholarships for Japanese students.",
        page,
        language="en",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
