"""Names across scripts, measured on a list of leaders' and public figures' names of our own
listing (mostly Spanish, where a "j", "ll" or "ñ" is heard otherwise): how many pairs meet,
and how many mismatched pairs falsely meet. The counts are floors: a change to the readings
that loses a pair or adds a false agreement fails here, and a re-pin says why."""

from __future__ import annotations

from factcheck.languages import names
from factcheck.languages.names import names_agree

PAIRS = [
    ("José", "ホセ"),
    ("Juan", "フアン"),
    ("Jorge", "ホルヘ"),
    ("Javier", "ハビエル"),
    ("Jerez", "ヘレス"),
    ("Mejía", "メヒア"),
    ("Ojeda", "オヘダ"),
    ("Juárez", "フアレス"),
    ("Jiménez", "ヒメネス"),
    ("Jara", "ハラ"),
    ("Alejandro", "アレハンドロ"),
    ("Jaime", "ハイメ"),
    ("Jesús", "ヘスス"),
    ("Julio", "フリオ"),
    ("Joaquín", "ホアキン"),
    ("Vallejo", "バジェホ"),
    ("Rojas", "ロハス"),
    ("Borja", "ボルハ"),
    ("Najera", "ナヘラ"),
    ("Aguirre", "アギレ"),
    ("Castillo", "カスティージョ"),
    ("Guillermo", "ギジェルモ"),
    ("Sevilla", "セビリア"),
    ("Villa", "ビジャ"),
    ("Llorente", "ジョレンテ"),
    ("Peña", "ペニャ"),
    ("Muñoz", "ムニョス"),
    ("Ibáñez", "イバニェス"),
    ("Núñez", "ヌニェス"),
    ("Montaño", "モンターニョ"),
    ("Kast", "カスト"),
    ("Boric", "ボリッチ"),
    ("Milei", "ミレイ"),
    ("Noboa", "ノボア"),
    ("Petro", "ペトロ"),
    ("Sheinbaum", "シェインバウム"),
    ("Lula", "ルーラ"),
    ("Arévalo", "アレバロ"),
    ("Bukele", "ブケレ"),
    ("Sánchez", "サンチェス"),
    ("Albanese", "アルバニージー"),
    ("Starmer", "スターマー"),
    ("Macron", "マクロン"),
    ("Merz", "メルツ"),
    ("Meloni", "メローニ"),
    ("Carney", "カーニー"),
    ("Luxon", "ラクソン"),
    ("Modi", "モディ"),
    ("Prabowo", "プラボウォ"),
    ("Marcos", "マルコス"),
    ("Anwar", "アンワル"),
    ("Orpo", "オルポ"),
    ("Stubb", "ストゥッブ"),
    ("Tusk", "トゥスク"),
    ("Fico", "フィツォ"),
    ("Erdoğan", "エルドアン"),
    ("Ramaphosa", "ラマポーザ"),
    ("Zelensky", "ゼレンスキー"),
    ("Trump", "トランプ"),
    ("Kristersson", "クリステション"),
    ("Frederiksen", "フレデリクセン"),
    ("Støre", "ストーレ"),
    ("Schoof", "スホーフ"),
    ("Montenegro", "モンテネグロ"),
    ("Mitsotakis", "ミツォタキス"),
    ("Johnson", "ジョンソン"),
    ("Jones", "ジョーンズ"),
    ("James", "ジェームズ"),
    ("Jacinda", "ジャシンダ"),
    ("Justin", "ジャスティン"),
    ("Jokowi", "ジョコウィ"),
    ("Joko", "ジョコ"),
    ("Jair", "ジャイル"),
    ("Javier", "ハビエル"),
    ("Jean", "ジャン"),
    ("Vučić", "ヴチッチ"),
    ("Plenković", "プレンコビッチ"),
    ("Babiš", "バビシュ"),
    ("Pahor", "パホル"),
    ("Nandi-Ndaitwah", "ナンディ＝ンダイトワ"),
    # English names with "ay": the readings as they are meet them.
    ("Ramsay", "ラムゼイ"),
    ("Mackay", "マッケイ"),
    ("Faye", "フェイ"),
    # A "j" heard /j/ (Slavic, German, Dutch, Nordic, Finnish): the y-row or イェ, as Japanese
    # usually writes these names.
    ("Jan", "ヤン"),
    ("Jelena", "イェレナ"),
    ("Janša", "ヤンシャ"),
    ("Jürgen", "ユルゲン"),
    ("Johansson", "ヨハンソン"),
    ("Jens", "イェンス"),
    ("Josef", "ヨーゼフ"),
    ("Jakob", "ヤーコプ"),
    ("Janez", "ヤネス"),
    ("Jansen", "ヤンセン"),
    ("Jaroslav", "ヤロスラフ"),
    ("Juha", "ユハ"),
    ("Jyrki", "ユルキ"),
    ("Jutta", "ユッタ"),
    ("Sonja", "ソーニャ"),
    ("Maja", "マヤ"),
    ("Andrej", "アンドレイ"),
    ("Nikolaj", "ニコライ"),
    ("Mirjana", "ミリャナ"),
    ("Jovanović", "ヨヴァノヴィッチ"),
    ("Jørgen", "ヨルゲン"),
    ("Jesper", "イェスパー"),
    ("Joachim", "ヨアヒム"),
    # English "ay", "ey" names, written エイ or エー.
    ("Kay", "ケイ"),
    ("Ray", "レイ"),
    ("Fay", "フェイ"),
    ("Bombay", "ボンベイ"),
    ("Tay", "テイ"),
    ("Clay", "クレイ"),
    ("Gray", "グレイ"),
    ("Murray", "マレー"),
    ("Hay", "ヘイ"),
    ("Day", "デイ"),
    ("Barclay", "バークレー"),
    ("Halliday", "ハリデー"),
    ("Kelsey", "ケルシー"),
    ("Grey", "グレイ"),
    ("Casey", "ケーシー"),
]

UNMATCHED_AT_MOST = 3
"""Schoof / スホーフ: Dutch "sch" is /sx/, which no reading gives. Jyrki / ユルキ and Jesper /
イェスパー: no reading brings them close enough (kept listed, as measured)."""
FALSE_AGREEMENTS_AT_MOST = 75
"""Among the mismatched pairs, measured when the Spanish readings were added (18 before them,
25 with them at the plain similarity): 21. Re-pinned in round 8 when three English "ay" names
joined the list (chosen as common English names, not from the eval set): 23. Round 10: a
reading heard another way held to exact agreement below 4 reduced letters: 17. An "ay" → エ
reading was tried in rounds 8 and 10 and backed out both times: none of the 18 English "ay",
"ey" names listed here (Kay, Murray, Barclay …) needs it, as their katakana writes エイ or
エー, which the reading as written meets. Round 10 review: 24 "j" names heard /j/ (Jan,
Jürgen, Sonja …) and 15 English "ay", "ey" names joined the list (common names, written as
Japanese usually writes them; none taken from the eval set): with the "j" → y reading, 3
unmatched and 75 false agreements; without it 6 unmatched (Juha, Sonja, Maja) and 72. The
false agreements are mostly names close in sound (Jansen / ヨハンソン, Ray / クレイ)."""


def test_the_listed_names_meet_their_japanese_spelling():
    pairs = list(dict.fromkeys(PAIRS))
    unmatched = [pair for pair in pairs if not names_agree(*pair)]
    assert len(unmatched) <= UNMATCHED_AT_MOST, unmatched


def test_mismatched_names_rarely_meet():
    pairs = list(dict.fromkeys(PAIRS))
    false = [
        (latin, other)
        for latin, written in pairs
        for some, other in pairs
        if some != latin and other != written and names_agree(latin, other)
    ]
    assert len(false) <= FALSE_AGREEMENTS_AT_MOST, false


LEADERS = [
    ("Putin", "プーチン"),
    ("Lavrov", "ラブロフ"),
    ("Medvedev", "メドベージェフ"),
    ("Biden", "バイデン"),
    ("Obama", "オバマ"),
    ("Blinken", "ブリンケン"),
    ("Rubio", "ルビオ"),
    ("Vance", "バンス"),
    ("Hegseth", "ヘグセス"),
    ("Bessent", "ベッセント"),
    ("Lutnick", "ラトニック"),
    ("Pompeo", "ポンペオ"),
    ("Kerry", "ケリー"),
    ("Clinton", "クリントン"),
    ("Pelosi", "ペロシ"),
    ("Haley", "ヘイリー"),
    ("Austin", "オースティン"),
    ("Merkel", "メルケル"),
    ("Scholz", "ショルツ"),
    ("Steinmeier", "シュタインマイヤー"),
    ("Baerbock", "ベーアボック"),
    ("Sarkozy", "サルコジ"),
    ("Hollande", "オランド"),
    ("Barnier", "バルニエ"),
    ("Attal", "アタル"),
    ("Bayrou", "バイル"),
    ("Lecornu", "ルコルニュ"),
    ("Lagarde", "ラガルド"),
    ("Draghi", "ドラギ"),
    ("Conte", "コンテ"),
    ("Mattarella", "マッタレッラ"),
    ("Tajani", "タヤーニ"),
    ("Rutte", "ルッテ"),
    ("Sunak", "スナク"),
    ("Truss", "トラス"),
    ("Cameron", "キャメロン"),
    ("Lammy", "ラミー"),
    ("Reeves", "リーブス"),
    ("Rayner", "レイナー"),
    ("Healey", "ヒーリー"),
    ("Raab", "ラーブ"),
    ("Patel", "パテル"),
    ("Blair", "ブレア"),
    ("Brown", "ブラウン"),
    ("Hammond", "ハモンド"),
    ("Trudeau", "トルドー"),
    ("Freeland", "フリーランド"),
    ("Poilievre", "ポワリエブル"),
    ("Ardern", "アーダーン"),
    ("Hipkins", "ヒプキンス"),
    ("Peters", "ピーターズ"),
    ("Morrison", "モリソン"),
    ("Dutton", "ダットン"),
    ("Marles", "マールズ"),
    ("Gillard", "ギラード"),
    ("Rudd", "ラッド"),
    ("Howard", "ハワード"),
    ("Bolsonaro", "ボルソナロ"),
    ("Maduro", "マドゥロ"),
    ("Chávez", "チャベス"),
    ("Boluarte", "ボルアルテ"),
    ("Arce", "アルセ"),
    ("Orsi", "オルシ"),
    ("Lacalle", "ラカジェ"),
    ("Ebrard", "エブラルド"),
    ("Duterte", "ドゥテルテ"),
    ("Widodo", "ウィドド"),
    ("Mahathir", "マハティール"),
    ("Thaksin", "タクシン"),
    ("Srettha", "セター"),
    ("Paetongtarn", "ペートンタン"),
    ("Hasina", "ハシナ"),
    ("Jaishankar", "ジャイシャンカル"),
    ("Sharif", "シャリフ"),
    ("Dissanayake", "ディサナヤケ"),
    ("Herzog", "ヘルツォグ"),
    ("Abbas", "アッバス"),
    ("Pezeshkian", "ペゼシュキアン"),
    ("Araghchi", "アラグチ"),
    ("Sisi", "シシ"),
    ("Tebboune", "テブン"),
    ("Dbeibah", "ドベイバ"),
    ("Kenyatta", "ケニヤッタ"),
    ("Tinubu", "ティヌブ"),
    ("Buhari", "ブハリ"),
    ("Kagame", "カガメ"),
    ("Museveni", "ムセベニ"),
    ("Tshisekedi", "チセケディ"),
    ("Mahama", "マハマ"),
    ("Sonko", "ソンコ"),
    ("Tokayev", "トカエフ"),
    ("Lukashenko", "ルカシェンコ"),
    ("Pashinyan", "パシニャン"),
    ("Kobakhidze", "コバヒゼ"),
    ("Orbán", "オルバン"),
    ("Duda", "ドゥダ"),
    ("Sikorski", "シコルスキ"),
    ("Fiala", "フィアラ"),
    ("Iohannis", "ヨハニス"),
    ("Radev", "ラデフ"),
    ("Kuleba", "クレバ"),
    ("Sybiha", "シビハ"),
    ("Shmyhal", "シュミハリ"),
    ("Kallas", "カラス"),
    ("Rasmussen", "ラスムセン"),
    ("Varadkar", "バラッカー"),
    ("Stoltenberg", "ストルテンベルグ"),
    ("Guterres", "グテレス"),
    ("Grossi", "グロッシ"),
    ("Tedros", "テドロス"),
    ("Georgieva", "ゲオルギエバ"),
    ("Rabuka", "ランブカ"),
    ("Marape", "マラペ"),
    ("Feijóo", "フェイホー"),
]
"""Leaders, ministers and heads of international bodies of many countries and shapes (short and
long, English, French, Slavic, Arabic, Persian, African, South and Southeast Asian), written as
Japanese news and the foreign ministry usually write them; from general knowledge, none taken
from the eval set (names that occur in the dev cases were left out)."""

LEADERS_UNMATCHED_AT_MOST = 6
"""Measured in round 11 (review of the consonant compare): Steinmeier / シュタインマイヤー
(German "st", "ei"), Lecornu / ルコルニュ (French "e" as ル), Reeves / リーブス (also the plural
of an English word, so no name across scripts), Ardern / アーダーン, Marles / マールズ and Srettha
/ セター (a Latin vowel or "r" that katakana does not write)."""
SKELETON_FALSE_AT_MOST = 1
"""Mismatched pairs of both lists that the consonant compare alone (`names.same_skeleton`)
meets: Johansson / ジョンソン (the fuzzy compare meets it too). Measured in round 11 on 234
pairs, 54,518 mismatched: the consonant compare meets 71 pairs and 1 mismatched one; the fuzzy
compare alone 225 and 164. Before each vowel was compared in its place it met 68 and 1, and on
the leaders it added Lecornu / ルコルニュ."""


def _listed() -> list[tuple[str, str]]:
    return list(dict.fromkeys(PAIRS + LEADERS))


def _mismatched(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (latin, other)
        for latin, written in pairs
        for some, other in pairs
        if some != latin and other != written
    ]


def test_the_leaders_names_meet_their_japanese_spelling():
    pairs = list(dict.fromkeys(LEADERS))
    assert len(pairs) >= 40
    unmatched = [pair for pair in pairs if not names_agree(*pair)]
    assert len(unmatched) <= LEADERS_UNMATCHED_AT_MOST, unmatched


def _by_consonants(latin: str, written: str) -> bool:
    words = names._kana_words(written)
    return any(names.same_skeleton(latin, word) for word in words)


def test_the_consonant_compare_meets_fewer_wrong_names_than_the_fuzzy_compare(monkeypatch):
    # On names of many shapes (not from the eval set), the consonant compare must agree
    # falsely less often than the fuzzy compare, and add no false agreement to it.
    pairs = _listed()
    mismatched = _mismatched(pairs)
    by_consonants = [pair for pair in pairs if _by_consonants(*pair)]
    false_by_consonants = [pair for pair in mismatched if _by_consonants(*pair)]
    false_together = {pair for pair in mismatched if names_agree(*pair)}
    monkeypatch.setattr(names, "same_skeleton", lambda latin, kana: False)
    fuzzy = [pair for pair in pairs if names_agree(*pair)]
    false_fuzzy = {pair for pair in mismatched if names_agree(*pair)}

    assert len(false_by_consonants) <= SKELETON_FALSE_AT_MOST, false_by_consonants
    assert len(false_by_consonants) / len(by_consonants) < len(false_fuzzy) / len(fuzzy)
    assert false_together == false_fuzzy, false_together - false_fuzzy


VIETNAMESE = [
    ("Trong", "チョン"),
    ("Truong", "チュオン"),
    ("Trinh", "チン"),
    ("Tran", "チャン"),
    ("Thuong", "トゥオン"),
    ("Chinh", "チン"),
    ("Cuong", "クオン"),
]
"""Vietnamese names as Japanese news writes them, from general knowledge (not from the eval
set): a "tr" is heard /c/ (チ), a "th" is /tʰ/ (ト), neither as in English. Left: a final
"anh" heard アイン (Thanh タイン) meets nothing yet."""


def test_vietnamese_names_meet_their_japanese_spelling():
    # Measured in round 30: before the Vietnamese readings Trong, Truong, Trinh and Thuong
    # met nothing; with them the list of the other tests loses no pair (246 pairs with these:
    # 8 unmatched, 127 false agreements, all 10 new ones among these close monosyllables).
    unmatched = [pair for pair in VIETNAMESE if not names_agree(*pair)]
    assert unmatched == []
