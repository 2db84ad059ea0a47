"""Names across scripts, measured on a list of leaders' and public figures' names of our own
listing (mostly Spanish, where a "j", "ll" or "ñ" is heard otherwise): how many pairs meet,
and how many mismatched pairs falsely meet. The counts are floors: a change to the readings
that loses a pair or adds a false agreement fails here, and a re-pin says why."""

from __future__ import annotations

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
