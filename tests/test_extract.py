"""Extraction: bytes of a page → Document, with boilerplate dropped and speakers marked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import SourceError
from factcheck.model import Document
from factcheck.sources.extract.page import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
OURS = FIXTURES / "extract"
PAGES = FIXTURES / "pages"
HTML = "text/html"


def extract_fixture(name: str, content_type: str = HTML) -> Document:
    body = (OURS / name).read_bytes()
    return extract_text(body, f"https://example.test/{name}", content_type)


def real_url(body: bytes) -> str:
    """The URL a reconstructed page stands for, as its archive capture records it."""
    match = re.search(rb"Stands for (https://[^\s\"]+)", body)
    assert match, "a reconstruction names the page it stands for"
    return match.group(1).decode()


def extract_page(name: str, folder: Path = PAGES) -> Document:
    """A reconstructed official page read at the URL it stands for, as `verify` reads it."""
    body = (folder / name).read_bytes()
    return extract_text(body, real_url(body), "text/html; charset=utf-8")


def assert_consistent(doc: Document) -> None:
    """The invariants every consumer of a Document relies on."""
    for position, sentence in enumerate(doc.sentences):
        assert sentence.index == position
        assert sentence.text == doc.text[sentence.start : sentence.end]
        assert sentence.text.strip() == sentence.text != ""
        assert "\n\n" not in sentence.text
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


def by_text(doc: Document, fragment: str):
    found = [s for s in doc.sentences if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} in {[s.text for s in found]}"
    return found[0]


def test_decode_html_is_still_importable_from_extract() -> None:
    from factcheck.sources import charset
    from factcheck.sources.extract import page

    assert page.decode_html is charset.decode_html


# ── Shift_JIS / EUC-JP pages end to end ───────────────────────────────────────


@pytest.mark.parametrize("codec", ["cp932", "euc_jp"])
@pytest.mark.parametrize("declare", [True, False])
def test_japanese_legacy_encoded_page_extracts_like_utf8(codec: str, declare: bool) -> None:
    source = (OURS / "id-only-layout.html").read_text(encoding="utf-8")
    label = {"cp932": "Shift_JIS", "euc_jp": "EUC-JP"}[codec]
    meta = f'<meta charset="{label}">' if declare else ""
    body = source.replace('<meta charset="utf-8">', meta).encode(codec)
    expected = extract_fixture("id-only-layout.html")
    doc = extract_text(body, "https://example.test/id-only-layout.html", HTML)
    assert doc == expected
    assert doc.title == "官房長官記者会見"


# ── not HTML ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
        (b"%PDF-1.7\n1 0 obj", "text/html"),  # a mislabelled PDF is still a PDF
        (b"\x89PNG\r\n\x1a\n\x00\x00", ""),
        (b"\x00\x01\x02\x03binary", "application/octet-stream"),
        (b'{"title": "not a page"}', "application/json"),
        (b"GIF89a....", "image/gif"),
    ],
)
def test_non_html_bodies_raise_source_error(body: bytes, content_type: str) -> None:
    with pytest.raises(SourceError) as caught:
        extract_text(body, "https://example.test/file", content_type)
    assert caught.value.url == "https://example.test/file"
    assert "not an HTML page" in caught.value.reason
    assert (content_type or "missing") in caught.value.reason


def test_plain_text_is_accepted_with_paragraphs_by_blank_lines() -> None:
    doc = extract_fixture("plain.txt", "text/plain; charset=utf-8")
    assert_consistent(doc)
    assert doc.language == "en"
    assert doc.published == dt.date(2025, 10, 25)
    assert doc.title.startswith("Readout of a Telephone Call")
    # The line break inside a paragraph does not end it; the blank line does.
    assert doc.text.split("\n\n")[2] == (
        "The two leaders held a telephone call. President Trump congratulated the Prime "
        "Minister. The call lasted about 10 minutes."
    )
    assert by_text(doc, "President Trump congratulated").speaker == "President Trump"
    assert by_text(doc, "The call lasted").speaker is None
    assert by_text(doc, "top priority").speaker == "Prime Minister Takaichi"


def test_plain_japanese_text_is_detected_as_japanese() -> None:
    body = "日米首脳電話会談\n\n両首脳は、更なる高みに引き上げることで一致しました。\n".encode()
    doc = extract_text(body, "https://example.test/a.txt", "text/plain")
    assert doc.language == "ja"
    assert doc.sentences[-1].speaker == "両首脳"


def test_html_served_as_text_plain_is_read_as_html() -> None:
    body = b"<!DOCTYPE html><html><body><nav>Menu</nav><p>Real text here.</p></body></html>"
    doc = extract_text(body, "https://example.test/", "text/plain")
    assert doc.text == "Real text here."


@pytest.mark.parametrize(
    "body", [b"", b"<html><body></body></html>", b"<html><body><nav>Home</nav></body></html>"]
)
def test_empty_main_text_gives_a_document_without_sentences(body: bytes) -> None:
    doc = extract_text(body, "https://example.test/", HTML)
    assert doc.sentences == ()
    assert doc.text == ""


# ── layouts ───────────────────────────────────────────────────────────────────


def test_main_layout() -> None:
    doc = extract_fixture("main-layout.html")
    assert_consistent(doc)
    assert doc.title == "Press Briefing on the Harbour Agreement"  # the <h1>, not og or <title>
    assert doc.published == dt.date(2025, 9, 14)  # article:published_time
    assert doc.language == "en"  # from lang="en-US"
    for boilerplate in ("Skip to", "Newsroom", "Share", "Tweet", "Back to top", "Related news"):
        assert boilerplate not in doc.text
    for hidden in ("Tracker text", "font-family", "Copyright", "Another briefing"):
        assert hidden not in doc.text
    assert doc.text.startswith("Press Briefing on the Harbour Agreement\n\nThe spokesperson")


def test_main_layout_transcript_labels_and_sections() -> None:
    doc = extract_fixture("main-layout.html")
    opening = by_text(doc, "Good afternoon.")
    assert (opening.speaker, opening.section) == ("SPOKESPERSON", "Opening remarks")
    assert opening.text == "Good afternoon."  # the label is not part of the sentence
    assert doc.text[opening.start - len("SPOKESPERSON: ") : opening.start] == "SPOKESPERSON: "
    # The label holds for the following paragraphs until the next label.
    assert by_text(doc, "inspection data").speaker == "SPOKESPERSON"
    assert by_text(doc, "When does it take effect?").speaker == "Q"
    answer = by_text(doc, "Jan. 1")
    assert (answer.text, answer.speaker) == ("On Jan. 1 next year.", "A")
    assert by_text(doc, "customs forms").speaker == "A"
    assert by_text(doc, "customs forms").section == "Questions and answers"
    # Abbreviations, initials and decimals do not split sentences.
    assert by_text(doc, "Vance").text == (
        "The agreement was signed at 9 a.m. by Dr. Ellen R. Vance and Mr. Hiro Sato."
    )
    assert by_text(doc, "2.5 million").text == "It covers 2.5 million tonnes of cargo a year."
    # A heading starts fresh: the lead paragraph has no speaker and no section.
    lead = by_text(doc, "briefed reporters")
    assert (lead.speaker, lead.section) == (None, None)


def test_list_items_and_paragraphs_are_separate_blocks() -> None:
    doc = extract_fixture("main-layout.html")
    paragraphs = doc.text.split("\n\n")
    assert "First, customs forms will be unified." in paragraphs
    assert "Second, inspections will be shared." in paragraphs


def test_article_layout() -> None:
    doc = extract_fixture("article-layout.html")
    assert_consistent(doc)
    assert doc.title == "Readout of the Leaders' Call"  # og:title: the article has no <h1>
    assert doc.published == dt.date(2025, 10, 25)  # <time datetime>
    assert "Short teaser" not in doc.text  # the longer <article> is the content
    for boilerplate in ("Home", "Contact", "Back to Readouts", "Print", "Example Street"):
        assert boilerplate not in doc.text


def test_readout_speakers_are_named_inside_sentences() -> None:
    doc = extract_fixture("article-layout.html")
    trump = by_text(doc, "congratulated")
    assert trump.speaker == "President Trump"
    assert trump.text.startswith("At the outset, President Trump")  # text kept whole
    assert by_text(doc, "He wished her success.").speaker == "President Trump"
    assert by_text(doc, "top priority").speaker == "Prime Minister Takaichi"
    assert by_text(doc, "She also noted").speaker == "Prime Minister Takaichi"
    assert by_text(doc, "meet in person").speaker == "The two leaders"
    assert by_text(doc, "held a telephone call").speaker is None


def test_id_only_layout_in_japanese() -> None:
    doc = extract_fixture("id-only-layout.html")
    assert_consistent(doc)
    assert doc.title == "官房長官記者会見"
    assert doc.published == dt.date(2025, 10, 27)  # 令和7年10月27日（月）
    assert doc.language == "ja"
    for boilerplate in ("ホーム", "トップ", "＞", "ページの先頭へ", "例示官邸", "千代田区"):
        assert boilerplate not in doc.text


def test_japanese_labels_quotes_and_sections() -> None:
    doc = extract_fixture("id-only-layout.html")
    first = by_text(doc, "二点申し上げます")
    assert (first.text, first.speaker) == ("本日は二点申し上げます。", "官房長官")
    assert first.section == "冒頭発言"
    quoted = by_text(doc, "準備は整った")
    assert quoted.text == "第一に、「準備は整った。」と関係省庁から報告がありました。"
    assert by_text(doc, "詳細は後ほど").speaker == "官房長官"  # carried to the next paragraph
    question = by_text(doc, "訪日日程")
    assert (question.speaker, question.section) == ("問", "質疑応答")
    assert question.text == "トランプ大統領の訪日日程は決まりましたか？"
    assert by_text(doc, "決まり次第").speaker == "答"
    # Under a new heading the transcript label no longer holds; the readout form does.
    reported = by_text(doc, "楽しみにしている")
    assert (reported.speaker, reported.section) == ("トランプ大統領", "参考")


def test_no_container_falls_back_to_the_densest_block() -> None:
    doc = extract_fixture("no-container.html")
    assert_consistent(doc)
    assert doc.title == "Statement by the Minister on the Fisheries Accord"
    assert doc.published == dt.date(2025, 3, 3)  # the date line before the body text
    assert doc.language == "en"  # no lang attribute: detected
    for boilerplate in ("Official Website", "About", "Policy", "Privacy", "Sitemap"):
        assert boilerplate not in doc.text
    assert by_text(doc, "Dec. 31").text.endswith("would be published by Dec. 31.")
    assert by_text(doc, "panel would meet").speaker == "The Minister"


def test_title_falls_back_to_title_without_site_name() -> None:
    body = (
        b"<html><head><title>Japan-U.S. Summit Telephone Talk | Example Ministry</title></head>"
        b"<body><main><p>The two leaders spoke by telephone for ten minutes.</p></main></body>"
        b"</html>"
    )
    assert extract_text(body, "u", HTML).title == "Japan-U.S. Summit Telephone Talk"
    ja = "<title>日米首脳電話会談｜例示省</title><main><p>両首脳は会談を行いました。</p></main>"
    assert extract_text(ja.encode(), "u", HTML).title == "日米首脳電話会談"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="dc.date" content="2025-10-21">', dt.date(2025, 10, 21)),
        ('<meta name="DCTERMS.issued" content="2025-10-22T09:00:00Z">', dt.date(2025, 10, 22)),
        ('<meta name="date" content="October 23, 2025">', dt.date(2025, 10, 23)),
        ('<meta name="date" content="not a date">', None),
    ],
)
def test_published_date_from_meta(head: str, expected: dt.date | None) -> None:
    body = f"<html><head>{head}</head><body><main><p>{'Body text. ' * 10}</p></main></body></html>"
    assert extract_text(body.encode(), "u", HTML).published == expected


def test_date_after_the_body_text_starts_is_not_the_publication_date() -> None:
    body = (
        "<main><h1>Notice</h1><p>" + "A long opening paragraph about the meeting. " * 3 + "</p>"
        "<p>October 30, 2025</p></main>"
    )
    assert extract_text(body.encode(), "u", HTML).published is None


@pytest.mark.parametrize(
    ("html_lang", "header", "hint", "text", "expected"),
    [
        ("ja-JP", "", None, "Hello there, this is English.", "ja"),
        ("EN-us", "", "ja", "Hello there.", "en"),
        ("", "ja", "en", "Hello there.", "ja"),
        ("", "", "ja", "Hello there.", "ja"),
        ("", "", None, "両首脳は会談を行いました。", "ja"),
        ("", "", None, "The two leaders spoke.", "en"),
        # A template that says "en" over a page full of kana is overruled.
        ("en", "", None, "両首脳は、協力していくことで一致しました。", "ja"),
    ],
)
def test_language(html_lang: str, header: str, hint: str | None, text: str, expected: str) -> None:
    lang = f' lang="{html_lang}"' if html_lang else ""
    body = f"<html{lang}><body><main><p>{text}</p></main></body></html>".encode()
    doc = extract_text(body, "u", HTML, hint, content_language=header)
    assert doc.language == expected


def test_ruby_readings_and_line_breaks_inside_japanese() -> None:
    body = (
        "<main><p><ruby>高市<rt>たかいち</rt></ruby>総理から、\n    日米同盟について"
        "述べました。<br>両首脳は一致しました。</p></main>"
    ).encode()
    doc = extract_text(body, "u", HTML, "ja")
    assert doc.text == "高市総理から、日米同盟について述べました。\n\n両首脳は一致しました。"
    assert [s.speaker for s in doc.sentences] == ["高市総理", "両首脳"]


def test_sentences_never_run_across_blocks() -> None:
    body = b"<main><p>No final period here</p><p>next paragraph starts here</p></main>"
    doc = extract_text(body, "u", HTML)
    assert [s.text for s in doc.sentences] == [
        "No final period here",
        "next paragraph starts here",
    ]


def test_labels_that_are_not_speakers_are_left_alone() -> None:
    body = (
        b"<main><p>Note: the venue changed.</p><p>Date: October 1, 2025</p>"
        b"<p>The main points are as follows: first, trade.</p></main>"
    )
    doc = extract_text(body, "u", HTML)
    assert [s.speaker for s in doc.sentences] == [None, None, None]
    assert doc.sentences[0].text == "Note: the venue changed."


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<main>", "</main>", "<nav>", "</nav>", "<br>", "<h2>", "</h2>", "<li>"]
    + ["<article>", "<div id=contents>", "</div>", "【記者】", "Q: ", "高市総理から、", "。"]
    + ["Prime Minister Takaichi said it. ", "<a href=#>Back to top</a>", "<script>x</script>"]
)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=30),
    content_type=st.sampled_from(["text/html", "text/plain", "", "text/html; charset=utf-8"]),
)
def test_any_markup_gives_a_consistent_document(pieces: list[str], content_type: str) -> None:
    body = "".join(pieces).encode("utf-8", errors="surrogatepass")
    try:
        doc = extract_text(body, "https://example.test/", content_type)
    except SourceError as error:
        assert "not an HTML page" in error.reason
        return
    assert_consistent(doc)
    assert doc.language in {"en", "ja"} or len(doc.language) in (2, 3)


@settings(max_examples=100, deadline=None)
@given(body=st.binary(max_size=400))
def test_any_bytes_give_a_document_or_a_source_error(body: bytes) -> None:
    try:
        doc = extract_text(body, "https://example.test/", "text/html")
    except SourceError:
        return
    assert_consistent(doc)


# ── the reconstructed official pages ──────────────────────────────────────────

SITE_CHROME = {
    "mofa-ja-call.html": [
        "外務省",
        "ホーム",
        "会見・発表・広報",
        "北米",
        "サイトマップ",
        "サイト内検索",
        "米国基礎データ",
        "米国へ戻る",
        "このページのトップへ戻る",
        "ポスト",
        "LINEで送る",
        "Copyright",
        "霞が関",
        "本文へ",
    ],
    "worldjpn-ja-remarks.html": [
        "データベース『世界と日本』",
        "文書一覧",
        "文書検索",
        "このデータベースについて",
        "ページのトップへ",
        "日本政治・国際関係データベース",
    ],
    "kantei-en-1021.html": [
        "Skip to main content",
        "Prime Minister's Office of Japan",
        "Site Map",
        "RSS",
        "Cabinet",
        "Past Cabinets",
        "Home",
        "Back to",
        "Page top",
        "Privacy Policy",
        "Copyright",
        "dataLayer",
    ],
    "mofa-en-1028.html": [
        "Skip to main content",
        "Ministry of Foreign Affairs of Japan",
        "Contact Us",
        "Foreign Policy",
        "Countries",
        "North America",
        "Back to",
        "Basic Data",
        "Page Top",
        "Post",
        "Share",
        "Legal Matters",
        "Copyright",
    ],
}


@pytest.mark.parametrize("name", sorted(SITE_CHROME))
def test_reconstructed_pages_lose_their_site_chrome(name: str) -> None:
    doc = extract_page(name)
    assert_consistent(doc)
    for chrome in SITE_CHROME[name]:
        assert chrome not in doc.text, chrome


def test_mofa_ja_readout() -> None:
    doc = extract_page("mofa-ja-call.html")
    assert (doc.title, doc.published, doc.language) == (
        "日米首脳電話会談",
        dt.date(2025, 10, 25),
        "ja",
    )
    opening = by_text(doc, "冒頭")
    # The point's number stays in the text but not in the sentence.
    assert opening.text == "冒頭、トランプ大統領から、高市総理の就任に対する祝意が表されました。"
    assert doc.text[opening.start - 4 : opening.start] == "\n\n1 "
    assert opening.speaker == "トランプ大統領"
    assert by_text(doc, "最重要事項").speaker == "高市総理"
    # Point 2 holds two sentences, both Takaichi's.
    assert by_text(doc, "不可欠なパートナー").speaker == "高市総理"
    foip = by_text(doc, "自由で開かれたインド太平洋")
    assert foip.text.startswith("高市総理から、「自由で開かれたインド太平洋」")
    assert by_text(doc, "更なる高み").speaker == "両首脳"
    assert by_text(doc, "約10分間").text.endswith("電話会談を行いました。")
    assert "中国" not in doc.text and "安倍" not in doc.text


def test_worldjpn_ja_remarks() -> None:
    doc = extract_page("worldjpn-ja-remarks.html")
    assert (doc.title, doc.published, doc.language) == (
        "トランプ米国大統領との電話会談についての会見",
        dt.date(2025, 10, 25),
        "ja",
    )
    question = by_text(doc, "いかがでしたか")
    assert (question.text, question.speaker) == (
        "トランプ大統領との電話会談はいかがでしたか。",
        "記者",
    )
    # Unlabelled paragraphs continue the previous speaker.
    assert by_text(doc, "安倍元総理との思い出").speaker == "高市総理"
    assert by_text(doc, "安倍昭恵さん").speaker == "高市総理"
    impression = by_text(doc, "快活で楽しい")
    assert (impression.text, impression.speaker) == (
        "とても快活で楽しい方だという印象を持ちました。",
        "高市総理",
    )
    assert by_text(doc, "対中国戦略").speaker == "高市総理"


def test_kantei_en_press_conference() -> None:
    doc = extract_page("kantei-en-1021.html")
    assert (doc.title, doc.published, doc.language) == (
        "Press Conference by Prime Minister Takaichi",
        dt.date(2025, 10, 21),
        "en",
    )
    office = by_text(doc, "104th Prime Minister")
    assert office.text == "On October 21, 2025, I took office as the 104th Prime Minister of Japan."
    assert office.speaker == "PRIME MINISTER TAKAICHI"
    assert by_text(doc, "first woman").speaker == "PRIME MINISTER TAKAICHI"
    assert by_text(doc, "economy strong again").speaker == "PRIME MINISTER TAKAICHI"
    assert by_text(doc, "approach diplomacy").speaker == "REPORTER (Mori, Example News)"
    assert by_text(doc, "opening remarks").speaker == "MODERATOR"
    assert by_text(doc, "cornerstone").text == (
        "The Japan-U.S. Alliance is the cornerstone of Japan's diplomacy."
    )
    assert "[Provisional translation]" in doc.text


def test_mofa_en_summit() -> None:
    doc = extract_page("mofa-en-1028.html")
    assert (doc.title, doc.published, doc.language) == (
        "Japan-U.S. Summit Meeting, Signing Ceremony, and Japan-U.S. Working Lunch",
        dt.date(2025, 10, 28),
        "en",
    )
    opening = by_text(doc, "9:50 a.m.")
    assert opening.text.startswith("On October 28, 2025, commencing at 9:50 a.m.")
    assert opening.text.endswith("from October 27 to 29.")
    assert "Donald J. Trump" in opening.text
    # "... Japan and the U.S. This includes ..." is two sentences.
    assert by_text(doc, "economic security").text.endswith("between Japan and the U.S.")
    assert by_text(doc, "resilient supply chains").text == (
        "This includes building resilient supply chains."
    )
    assert by_text(doc, "new heights").speaker == "The two leaders"
    assert by_text(doc, "abductions issue").speaker == "Prime Minister Takaichi"
    # Each numbered point is its own paragraph.
    assert "The two leaders shared the view" in doc.text.split("\n\n")[4]


# ── list numbers ──────────────────────────────────────────────────────────────


def test_mofa_ja_points_lose_their_numbers_but_keep_their_place() -> None:
    doc = extract_page("mofa-ja-call.html")
    assert_consistent(doc)
    for point in range(1, 8):
        marker = f"\n\n{point} "
        start = doc.text.index(marker) + len(marker)
        (sentence,) = [s for s in doc.sentences if s.start == start]
        assert sentence.text[0] in "冒高両", sentence.text
    assert not any(s.text[0].isdigit() for s in doc.sentences)
    # Point 2's second sentence has no number of its own and is unchanged.
    assert by_text(doc, "不可欠なパートナー").text.startswith("高市総理から、日本は")


def test_mofa_en_list_items_never_start_with_a_number() -> None:
    # The <ol> numbers its items in the browser; the text has no numbers to strip.
    page = (PAGES / "mofa-en-1028.html").read_text(encoding="utf-8")
    doc = extract_page("mofa-en-1028.html")
    points = [s for s in doc.sentences if s.text.startswith(("The two leaders", "Ms. Takaichi"))]
    assert len(points) == 3
    assert not any(s.text[0].isdigit() for s in doc.sentences)
    # Written out as "1. …" in the text, the numbers go and the sentences stay the same.
    numbered = page
    for number, item in enumerate(page.split("<ol>")[2].split("</ol>")[0].split("<li>")[1:], 1):
        numbered = numbered.replace(f"<li>{item}", f"<li>{number}. {item}", 1)
    assert numbered != page
    renumbered = extract_text(
        numbered.encode(), real_url(numbered.encode()), "text/html; charset=utf-8"
    )
    assert_consistent(renumbered)
    assert [s.text for s in renumbered.sentences] == [s.text for s in doc.sentences]
    assert [s.speaker for s in renumbered.sentences] == [s.speaker for s in doc.sentences]
    assert "\n\n1. The two leaders shared" in renumbered.text


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("1. The two leaders met.", "The two leaders met."),
        ("2) They agreed.", "They agreed."),
        ("(3) They agreed.", "They agreed."),
        ("（３）両首脳は一致しました。", "両首脳は一致しました。"),
        ("１．両首脳は一致しました。", "両首脳は一致しました。"),
        ("4、高市総理から述べました。", "高市総理から述べました。"),
        ("12　日米同盟について述べました。", "日米同盟について述べました。"),
        # Dates, quantities and counts are content, not list numbers.
        ("10月25日、会談が行われました。", None),
        ("10 月 25 日、会談が行われました。", None),
        ("2025年、会談が行われました。", None),
        ("10 minutes later, they spoke.", None),
        ("10 分間、会談しました。", None),
        ("1.5 million tonnes were shipped.", None),
        ("5 ships arrived.", None),
        ("2025. The year of the call.", None),
    ],
)
def test_a_leading_list_number_is_not_part_of_the_sentence(
    paragraph: str, sentence: str | None
) -> None:
    body = f"<main><p>{paragraph}</p></main>".encode()
    doc = extract_text(body, "u", HTML)
    assert_consistent(doc)
    assert doc.text == paragraph
    assert doc.sentences[0].text == (sentence if sentence is not None else paragraph)


def test_a_list_number_only_counts_at_the_start_of_a_block() -> None:
    body = b"<main><p>They met twice. 2. They agreed.</p><p>Item 3) was dropped.</p></main>"
    doc = extract_text(body, "u", HTML)
    assert [s.text for s in doc.sentences] == [
        "They met twice.",
        "2. They agreed.",
        "Item 3) was dropped.",
    ]


def test_a_plain_text_line_that_opens_with_a_list_number_is_a_point_of_its_own() -> None:
    # The points of a numbered readout, one to a line under one number: each loses its
    # label, so no label is read as a count of what the point reports.
    body = (
        "2　両首脳は、次の点で一致しました。\n"
        "(1) 海上保安分野での協力を強化する。\n"
        "(2) 巡視艇2隻の供与に向けて調整を進める。\n"
        "\n"
        "The ministers agreed on the following points:\n"
        "3. They would meet again in 2027.\n"
        "The talks lasted about\n"
        "10 minutes, and they spoke again.\n"
    ).encode()
    doc = extract_text(body, "https://example.test/a.txt", "text/plain")
    assert_consistent(doc)
    assert [s.text for s in doc.sentences] == [
        "両首脳は、次の点で一致しました。",
        "海上保安分野での協力を強化する。",
        "巡視艇2隻の供与に向けて調整を進める。",
        "The ministers agreed on the following points:",
        "They would meet again in 2027.",
        # A wrapped line that opens with a quantity goes on its sentence.
        "The talks lasted about 10 minutes, and they spoke again.",
    ]


# ── plain text: single newlines after headings, date lines and captions ───────


def test_plain_text_heading_date_and_caption_lines_end_their_blocks() -> None:
    body = (
        b"Leaders Hold Call\n"
        b"October 25, 2025\n"
        b"(Photo: Example Public Affairs Office)\n"
        b"The two leaders held a telephone call lasting about ten minutes. President Trump\n"
        b"congratulated the Prime Minister on taking office.\n"
        b"\n"
        b"Background\n"
        b"Prime Minister Takaichi said the alliance was the top priority for her government.\n"
    )
    doc = extract_text(body, "https://example.test/a.txt", "text/plain")
    assert_consistent(doc)
    assert (doc.title, doc.published) == ("Leaders Hold Call", dt.date(2025, 10, 25))
    assert doc.text.split("\n\n")[:3] == [
        "Leaders Hold Call",
        "October 25, 2025",
        "(Photo: Example Public Affairs Office)",
    ]
    # The caption stays in the text but is nobody's sentence; the wrapped line still joins.
    assert [(s.text, s.speaker, s.section) for s in doc.sentences] == [
        ("Leaders Hold Call", None, None),
        ("October 25, 2025", None, None),
        ("The two leaders held a telephone call lasting about ten minutes.", None, None),
        (
            "President Trump congratulated the Prime Minister on taking office.",
            "President Trump",
            None,
        ),
        ("Background", None, "Background"),
        (
            "Prime Minister Takaichi said the alliance was the top priority for her government.",
            "Prime Minister Takaichi",
            "Background",
        ),
    ]


def test_plain_japanese_date_line_and_title_are_not_merged_with_the_lead() -> None:
    body = (
        "日米首脳電話会談\n令和7年10月25日\n（写真提供：例示広報室）\n"
        "本日、高市総理は、トランプ大統領と約10分間、電話会談を行いました。両首脳は、"
        "日米同盟を更なる高みに引き上げることで一致しました。\n"
    ).encode()
    doc = extract_text(body, "https://example.test/a.txt", "text/plain")
    assert_consistent(doc)
    assert (doc.title, doc.published, doc.language) == (
        "日米首脳電話会談",
        dt.date(2025, 10, 25),
        "ja",
    )
    assert [s.text for s in doc.sentences] == [
        "日米首脳電話会談",
        "令和7年10月25日",
        "本日、高市総理は、トランプ大統領と約10分間、電話会談を行いました。",
        "両首脳は、日米同盟を更なる高みに引き上げることで一致しました。",
    ]


def test_plain_text_wrapped_prose_is_not_taken_for_headings() -> None:
    body = (
        b"The ministers met in Tokyo on Friday to review the accord and its first year\n"
        b"of operation, and they agreed\n"
        b"to meet again next spring.\n"
    )
    doc = extract_text(body, "https://example.test/a.txt", "text/plain")
    assert len(doc.text.split("\n\n")) == 1


def test_generic_title_is_the_heading_the_page_title_carries_not_a_logo() -> None:
    body = (
        b"<html><head><title>Ministers Agree on Fisheries | Example News</title></head><body>"
        b"<header><h1>Example News</h1></header><article><h1>Ministers Agree on Fisheries</h1>"
        b"<p>The ministers of the two countries agreed on Monday to share fisheries data.</p>"
        b"<p>They will meet again in the spring to review how the new system works.</p>"
        b"</article></body></html>"
    )
    assert extract_text(body, "https://example.test/n", HTML).title == (
        "Ministers Agree on Fisheries"
    )
