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
]

UNMATCHED_AT_MOST = 1
"""Schoof / スホーフ: Dutch "sch" is /sx/, which no reading gives."""
FALSE_AGREEMENTS_AT_MOST = 17
"""Among the mismatched pairs, measured when the Spanish readings were added (18 before them,
25 with them at the plain similarity): 21. Re-pinned in round 8 when three English "ay" names
joined the list (chosen as common English names, not from the eval set): with the readings
as they are they bring 2 false agreements (Marcos / マッケイ, Jair / フェイ): 23. (An "ay" → エ
reading tried in round 8 met only one more name, a dev case's, and added a false agreement:
backed out.) Round 10: the "ay" → エ reading is back, with a reading heard another way held
to exact agreement below 4 reduced letters (one letter is then a quarter of the name): 17,
the same unmatched."""


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
