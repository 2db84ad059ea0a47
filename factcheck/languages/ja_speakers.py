"""Japanese: who speaks on a page (`Speaking`) and the names a sentence writes (`Naming`).

Transcript labels (【高市総理】, （記者）, ○茂木外務大臣, 問：), readouts that name their
speaker with a particle («冒頭、高市総理から、», «両首脳は», «ユヌス首席顧問から、») and the
follow-up sentence that drops its subject («また、…旨述べました»); and the katakana names a
sentence writes (with a middle dot, or before a title). factcheck.text.speakers and the checks
ask these through the `Japanese` module (`factcheck.languages.ja`), which takes them from
here.
"""

from __future__ import annotations

import re

from factcheck.languages.interface import ReadoutSpeaker, collapse_space
from factcheck.languages.names import names_agree
from factcheck.lazy_pattern import lazy_compile

__all__ = ["JapaneseNaming", "JapaneseSpeaking"]

_ROLE = lazy_compile(
    r"総理|首相|大臣|大統領|長官|官房|記者|司会|報道官|議長|委員|代表|知事|市長|大使|補佐官"
    r"|次官|局長|議員|通訳|君$|氏$|^問$|^答$|^質問$|^回答$|^[QAＱＡ][0-9０-９]*$"
)
"""A title or role a label holds: whoever the label names speaks in that role."""
_LABELS = (
    lazy_compile(r"【(?P<label>[^【】\n]{1,20})】\s*"),
    lazy_compile(r"[（(](?P<label>[^（）()\n]{1,15})[）)]\s*"),
    lazy_compile(r"[○◯◎](?P<label>[^\s　]{1,30})[\s　]+"),
    lazy_compile(r"(?P<label>[^\s、。：:「」【】（）()]{1,15}?)[：:]\s*"),
)
"""A label bracketed (【…】, （…）), marked (○…) or ending in a colon."""

_ACTOR = re.compile(
    # 先方: the other side of the meeting (`SpeakerPatterns.other_side`).
    r"[^「。]{0,20}?(?P<name>両首脳|両外相|両大臣|双方|先方|[\u30A0-\u30FF\u4E00-\u9FFF々・＝]{0,12}?"
    r"(?:総理大臣|総理|首相|副大統領|大統領|国務長官|官房長官|長官|外務大臣|大臣|外相|報道官))"
    r"(?:から|より|は|も)"
    # A katakana name and any office in kanji, where から marks the speaker (ユヌス首席顧問
    # から); before は such a pair is as often a topic (ウクライナ情勢は).
    r"|[^「。]{0,20}?(?P<named>[\u30A1-\u30FA\u30FC・＝]{2,}[\u4E00-\u9FFF]{1,6})"
    r"(?:から|より)(?:は|も)?、"
)
_OFFICE_OPENING = lazy_compile(
    r"[^「。]{0,20}?(?P<name>[\u30A0-\u30FF\u4E00-\u9FFF々・＝]{1,16})(?:から|より)(?:は|も)?、"
)
"""A run of kana and kanji before から or より and a comma: a speaker where its last word is
an office (`_office_speaker`)."""
_LEAD_WORDS = lazy_compile(r"^(?:冒頭|また|更に|さらに|次に|続いて|最後に|その上で|これに対し)")
"""Words that lead a readout's point and are no part of the speaker's name."""
_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")

_KATAKANA_NAME = re.compile(
    r"[\u30a1-\u30fa\u30fc]+・[\u30a1-\u30fa\u30fc・]+"
    r"|[\u30a1-\u30fa\u30fc]{2,}(?=首相|大統領|外相|氏|国王|総理)"
)
"""A foreign name in Japanese: katakana with a middle dot, or katakana before a title."""
_LATIN_RUN = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ɏ'’-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ɏ'’-]*)*")
"""Capitalised Latin words side by side, as a name left in Latin letters is written: Latin
letters only, so a run ends where the kana of the sentence begin (Buenos Airesを訪問)."""
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc・]{2,}")


class JapaneseSpeaking:
    """How a Japanese page says who speaks (`interface.Speaking`)."""

    def speaker_label(self, paragraph: str) -> tuple[str, int] | None:
        """A label bracketed (【…】, （…）), marked (○…) or ending in a colon, that names a
        role (総理, 記者, 問 …)."""
        for pattern in _LABELS:
            match = pattern.match(paragraph)
            if match and _ROLE.search(match.group("label").strip()):
                return collapse_space(match.group("label")), match.end()
        return None

    def readout_speaker(self, sentence: str) -> ReadoutSpeaker | None:
        """An office (両首脳, 高市総理) before から, より, は or も, or a katakana name and
        an office in kanji before から or より; the words leading the point (冒頭, また) are
        left out of the name."""
        match = _ACTOR.match(sentence)
        if match is None:
            return _office_speaker(sentence)
        name = match.group("name") or match.group("named")
        return ReadoutSpeaker(_LEAD_WORDS.sub("", name) or name, match.end())

    def continues_speaker(self, sentence: str) -> bool:
        """Japanese drops the subject of a follow-up sentence (「また、…旨述べました」): any
        sentence in its script goes on in the speaker before's words."""
        return _CJK_CHAR.search(sentence) is not None

    def header_speaker(self, header: str) -> str | None:
        return None  # a Japanese page opens a section with 【…】, naming no speaker

    def title_speaker(self, title: str) -> str | None:
        return None

    def first_person(self, sentence: str) -> bool:
        return False  # readouts and transcripts label their speakers

    def names_speaker(self, who: str) -> bool:
        """Text in a CJK script is not judged here: its speakers are read from their
        particles (`readout_speaker`)."""
        return _CJK_CHAR.search(who) is not None


def _office_speaker(sentence: str) -> ReadoutSpeaker | None:
    """A speaker whose office no pattern of `_ACTOR` lists (議長, 主席, 首長), before から
    or より and a comma: the run's last word names an office held by a person, as JMdict
    glosses it, with its suffix where it has one (`ja.run_names_office`: 議長 "chairman",
    事務局 | 長; not 日本 or 政府)."""
    from factcheck.languages.ja import run_names_office

    match = _OFFICE_OPENING.match(sentence)
    if match is None:
        return None
    name = _LEAD_WORDS.sub("", match.group("name")).lstrip("、") or match.group("name")
    if not run_names_office(name):
        return None
    return ReadoutSpeaker(name, match.end())


class JapaneseNaming:
    """Which words of a Japanese sentence are names (`interface.Naming`)."""

    def name_words(self, text: str) -> set[str]:
        return set(_KATAKANA_NAME.findall(text))

    def writes_name(self, text: str, name: str) -> bool:
        """The name as written, or a katakana word whose reading agrees with it (リマ for
        "Lima")."""
        return name in text or any(names_agree(name, run) for run in _KATAKANA_RUN.findall(text))

    def name_runs(self, text: str) -> list[str]:
        """The runs of capitalised Latin words in a Japanese sentence: a name it leaves in
        Latin letters («「Buenos Aires」を訪問»). A place in katakana or kanji is read through
        the termbase, not here."""
        return _LATIN_RUN.findall(text)
