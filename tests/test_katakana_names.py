"""A katakana name a page writes whole once is that name in the page's other sentences too,
where the analyser cuts it into dictionary words before a title (ミツコ | スキー首相)."""

from __future__ import annotations

from pipeline_helpers import best_matches, document, index_of

PAGE = document(
    "https://example.invalid/ja",
    "ja",
    "高市総理大臣は、来日中のフリスティヤン・ミツコスキー首相と首脳会談を行いました。",
    "ミツコスキー首相から、観光分野での交流を拡大したい旨の発言がありました。",
    "両首脳は、防災分野での協力について意見交換を行いました。",
)


def _covered(text: str) -> list[tuple[int, list[str]]]:
    (part,) = best_matches(text, index_of(s=PAGE))
    return [(m.sentence.index, [a.surface for a in m.covered]) for m in part.matches]


def test_a_name_cut_before_a_title_is_met_where_the_page_writes_it_whole_elsewhere():
    found = dict(_covered("Mickoski wants more tourism exchanges."))
    assert "Mickoski" in found[1]


def test_a_name_inside_a_longer_katakana_word_is_not_filed_under_it():
    page = document(
        "https://example.invalid/ja2",
        "ja",
        "高市総理大臣は、来日中のアラン・マリーニ首相と会談を行いました。",
        "両首脳は、マリーニャ地区とマリーニ首相の故郷について意見交換を行いました。",
        "両首脳は、マリーニャ地区の開発について意見交換を行いました。",
    )
    index = index_of(s=page)
    holders = dict(index.name_holders("Marini"))
    filed = {index.sentences[p].sentence.index for p in holders["マリーニ"]}
    assert filed == {0, 1}
