"""Countries' names, people and languages from CLDR and JMdict, not from a hand-made list."""

from __future__ import annotations

from factcheck.languages.countries import country_forms


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
