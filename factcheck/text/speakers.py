"""Speakers: who says a sentence of a source page, and under which section.

Takes a page's blocks of text one by one (headings and paragraphs, whitespace already collapsed
by extraction) and the sentences inside them; gives for each sentence the speaker it stands
under (or None) and the section it belongs to.

Speakers come in two shapes. Transcripts put a label at the start of a paragraph
("PRIME MINISTER TAKAICHI:", "Q:", 【高市総理】, （記者）); the label holds for that paragraph
and the following ones until the next label, a heading or a section marker, and is left out of
the sentence text. Readouts name the speaker inside the sentence (「高市総理から、…」,
"President Trump said …", 「両首脳は…」); the name becomes the speaker and the sentence stays
whole, and later sentences of the same paragraph without a name of their own keep that speaker.
Sections are opened by headings and by paragraphs that are only a bracketed label (【質疑応答】).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Label",
    "SpeakerTracker",
    "find_label",
    "find_header_speaker",
    "find_readout_speaker",
    "find_section_marker",
    "find_title_speaker",
    "is_reaction",
    "is_request",
    "names_speaker",
    "speaker_phrase_end",
]

_EN_LABEL = re.compile(
    r"(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,5}(?:[ \t]*\([^()]{1,80}\))?)[ \t]*[:：]\s*"
)
_EN_ROLE = re.compile(
    r"\b(?:prime minister|foreign minister|president|minister|secretary"
    r"|spokes(?:person|man|woman)|ambassador|moderator|reporter|journalist|questioner|interpreter|chair(?:man|person|woman)?|host"
    r"|mr|ms|mrs|dr|senator|governor|official|participant)\b",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(r"[0-9][ \t]*[:：][ \t]*[0-9]")
_EN_QA = re.compile(r"[QA]\d*|Question|Answer")
_EN_NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "to", "de", "van", "von"})
_EN_NOT_SPEAKER = frozenset(
    {
        "note",
        "notes",
        "date",
        "time",
        "place",
        "venue",
        "location",
        "source",
        "photo",
        "photos",
        "related",
        "related links",
        "reference",
        "references",
        "attachment",
        "category",
        "tags",
        "updated",
        "published",
        "summary",
        "subject",
        "title",
        "remarks",
        "statement",
        "translation",
        "provisional translation",
        "see also",
        "contact",
        "tel",
        "fax",
        "email",
        "e-mail",
        "url",
    }
)
_JA_ROLE = re.compile(
    r"総理|首相|大臣|大統領|長官|官房|記者|司会|報道官|議長|委員|代表|知事|市長|大使|補佐官"
    r"|次官|局長|議員|通訳|君$|氏$|^問$|^答$|^質問$|^回答$|^[QAＱＡ][0-9０-９]*$"
)
_JA_LABELS = (
    re.compile(r"【(?P<label>[^【】\n]{1,20})】\s*"),
    re.compile(r"[（(](?P<label>[^（）()\n]{1,15})[）)]\s*"),
    re.compile(r"[○◯◎](?P<label>[^\s　]{1,30})[\s　]+"),
    re.compile(r"(?P<label>[^\s、。：:「」【】（）()]{1,15}?)[：:]\s*"),
)

_JA_ACTOR = re.compile(
    r"[^「。]{0,20}?(?P<name>両首脳|両外相|両大臣|双方|[\u30A0-\u30FF\u4E00-\u9FFF々・＝]{0,12}?"
    r"(?:総理大臣|総理|首相|副大統領|大統領|国務長官|官房長官|長官|外務大臣|大臣|外相|報道官))"
    r"(?:から|より|は|も)"
    # A katakana name and any office in kanji, where から marks the speaker (ユヌス首席顧問
    # から); before は such a pair is as often a topic (ウクライナ情勢は).
    r"|[^「。]{0,20}?(?P<named>[\u30A1-\u30FA\u30FC・＝]{2,}[\u4E00-\u9FFF]{1,6})(?:から|より)、"
)
_JA_LEAD_WORDS = re.compile(r"^(?:冒頭|また|更に|さらに|次に|続いて|最後に|その上で|これに対し)")
_EN_ACTOR = re.compile(
    # A numbered point of a readout ("3. Minister Motegi stated …") names its speaker too.
    r"(?:\d{1,2}[.)]\s+)?(?:[^.;:\"“]{0,60}?,\s+)?"
    r"(?P<name>(?:The|Both) (?:two )?(?:leaders|ministers|foreign ministers|sides)"
    r"|The (?:Prime Minister|President|Minister|Foreign Minister|Secretary|Ambassador|Premier)"
    r"|(?:Prime Minister|Vice President|President|Foreign Minister|Minister for Foreign Affairs"
    r"|Chief Cabinet Secretary|Secretary of State|Secretary|Minister|Ambassador|Premier|Chancellor"
    r"|Mr\.|Ms\.|Mrs\.)"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){1,3})"
    r"\s+(?:(?:also|then|further|again|once\s+again|first|in\s+turn|[a-z]+ly)\s+){0,2}"
    r"(?:stated|said|says|expressed|noted|welcomed|explained|emphasi[sz]ed|reiterated"
    r"|congratulated|mentioned|proposed|asked|requested|added|replied|responded|pointed out"
    r"|conveyed|remarked|underlined|stressed|affirmed|reaffirmed|confirmed|agreed|thanked"
    r"|praised|highlighted|indicated|commented|shared|concurred|discussed|exchanged|expressed"
    r"|called|urged|pledged)\b"
)


_PHRASE_END = re.compile(r"[、,]?\s*")
_EN_CONTINUES = re.compile(
    r"(?:(?:Also|Further|Furthermore|Moreover|In addition|Additionally|Then),\s+)?(?:He|She|They)\b"
)
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")
_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SECTION_MARKER = re.compile(r"【(?P<label>[^【】]{1,30})】")
_BRACKETED = re.compile(r"\[(?P<label>[^\[\]]{1,80})\]")
_EN_HEADER_BY = re.compile(r"\bby\s+(?P<who>[^\[\]]+?)\s*$", re.IGNORECASE)
"""A bracketed header naming who speaks next: "[Opening statement by Prime Minister X]"."""


@dataclass(frozen=True)
class Label:
    """A transcript's speaker label opening a paragraph."""

    speaker: str
    """The label as written, without its brackets or colon ("Q", "記者", "REPORTER (Mori)")."""
    end: int
    """Offset in the paragraph where the speech after the label starts."""


def find_label(paragraph: str) -> Label | None:
    """The speaker label opening ``paragraph``, if it has one.

    Japanese labels are bracketed (【…】, （…）), marked (○…) or end in a colon, and must name a
    role (総理, 記者, 問 …). English labels end in a colon and must be a Q/A mark, a name in
    capitals, or a capitalised name with a role ("Prime Minister Takaichi:"); words such as
    "Note:" or "Date:" are never speakers.
    """
    for pattern in _JA_LABELS:
        match = pattern.match(paragraph)
        if match and _JA_ROLE.search(match.group("label").strip()):
            return Label(_collapse_space(match.group("label")), match.end())
    match = _EN_LABEL.match(paragraph)
    if match and _CLOCK_TIME.match(paragraph, match.start("label") + len(match.group("label")) - 1):
        match = None  # "END 6:45 P.M. EST" closes a transcript; the colon is a clock's
    if match:
        label = _collapse_space(match.group("label"))
        name = label.split("(", 1)[0].strip()
        if name.lower() in _EN_NOT_SPEAKER:
            return None
        words = name.split()
        shouting = name.upper() == name and len(words) <= 5
        titled = all(w[0].isupper() or w in _EN_NAME_JOINERS for w in words)
        if _EN_QA.fullmatch(name) or shouting or (titled and _EN_ROLE.search(name)):
            return Label(label, match.end())
    return None


def find_section_marker(paragraph: str) -> str | None:
    """The section a paragraph opens when it is only a bracketed label such as 【質疑応答】."""
    match = _SECTION_MARKER.fullmatch(paragraph)
    return match.group("label").strip() if match else None


def find_header_speaker(paragraph: str) -> str | None:
    """The speaker a paragraph that is only a bracketed header names ("[Opening statement by
    Prime Minister Takaichi]" → "Prime Minister Takaichi"): a name with a role after "by"."""
    header = _BRACKETED.fullmatch(paragraph)
    match = _EN_HEADER_BY.search(header.group("label")) if header else None
    if match is None or not _EN_ROLE.search(match.group("who")):
        return None
    return _collapse_space(match.group("who"))


_EN_TITLE_BY = re.compile(
    r"\b(?:remarks|statement|speech|address|message|comments)\b[^.]*?\bby\s+"
    r"(?P<who>.+?)\s*(?=$|[,|(]|\s[–—-]\s|\s(?:at|on|in|during|following|after|before|to|with|for)\s)",
    re.IGNORECASE,
)
"""A page title naming the one person whose words the page holds: "Remarks by Prime Minister
X at the Joint Press Conference", "Statement by President Y on …"."""
_SAID = re.compile(r"\b[a-z]{2,}\b.*[.!?][\"”’)]*\s*$", re.DOTALL)
"""A sentence someone says: lower-case words and a closing stop, not a date line or a place
line under a title ("November 6, 2025", "Washington, D.C.")."""
_EN_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Oo]urs|us|me)\b")
"""The speaker speaking of themselves: the words are the page speaker's own."""
_HEADER_LINE = re.compile(r"[^.!?。:：]{1,120}")
"""A line short of a sentence: no full stop, no label colon."""
_EN_TWO = re.compile(r"\band\b|&", re.IGNORECASE)


def find_title_speaker(title: str) -> str | None:
    """The one speaker a page's title names as the author of its words ("Remarks by Prime
    Minister Carney at …" → "Prime Minister Carney"); None for a title naming nobody, or two
    ("Joint remarks by X and Y": the page's sentences are then not one person's)."""
    if _BRACKETED.fullmatch(title.strip()):
        return None  # a header line first on the page: a header, not the page's author
    match = _EN_TITLE_BY.search(title)
    if match is None:
        return None
    who = _collapse_space(match.group("who")).strip("[]【】 ")
    if not _EN_ROLE.search(who) or _EN_TWO.search(who):
        return None
    return who


def speaker_phrase_end(sentence: str) -> int:
    """Where the phrase naming the speaker a readout sentence opens with ends («冒頭、高市総理
    から», "3. Minister Motegi stated"); 0 when it opens with none."""
    match = _JA_ACTOR.match(sentence) or _EN_ACTOR.match(sentence)
    if match is None:
        return 0
    after = _PHRASE_END.match(sentence, match.end())
    return after.end() if after is not None else match.end()


_EN_BOTH_SIDES = re.compile(
    r"\b(?:the\s+)?(?:two|both)\s+(?:leaders|sides|ministers|foreign ministers|governments"
    r"|countries|delegations)\b",
    re.IGNORECASE,
)
_EN_WORD = re.compile(r"[^\s,;:()\[\]\"“”]+")


def is_reaction(text: str, language: str) -> bool:
    """Whether ``text`` reports a reaction to what the other side did or said ("Takaichi
    welcomed B's decision", 「…を歓迎する旨述べました」): the language's
    `ClausePatterns.reaction`."""
    return _clause_words(text, language, "reaction")


def is_request(text: str, language: str) -> bool:
    """Whether ``text`` reports a request to the other side ("asked Japan for help",
    「…支援の要請があり」): the language's `ClausePatterns.request`."""
    return _clause_words(text, language, "request")


def _clause_words(text: str, language: str, kind: str) -> bool:
    from factcheck.languages import language_for

    module = language_for(language)
    patterns = module.clause_patterns if module is not None else None
    pattern = getattr(patterns, kind, None) if patterns is not None else None
    return pattern is not None and pattern.search(text) is not None


def names_speaker(who: str) -> bool:
    """Whether the words before a reporting verb have the shape of a speaker: a name or a
    title phrase ("President Trump", "Japan's Foreign Minister Motegi", "the Prime Minister",
    "the two leaders"), alone or as one comma-set part ("Takaichi, who …," / "On Tuesday,
    Prime Minister X"). Words in lower case other than the joiners of a name ("of", "the",
    "and") make a stretch of a sentence, not a speaker: in «We regard Japan as a partner in
    meeting shared challenges» the adjective "shared" is no reporting verb and what stands
    before it names no one. Text in a CJK script is not judged here (its speakers are read
    from their particles)."""
    if _CJK_CHAR.search(who):
        return True
    for part in who.split(","):
        if _EN_BOTH_SIDES.fullmatch(part.strip()):
            return True
        # A title in lower case is a title still ("the prime minister", "Japan's foreign
        # minister"): it stands for whoever holds it.
        titled = _EN_ROLE.search(part) is not None
        words = _EN_WORD.findall(_EN_ROLE.sub(" Title ", part))
        if (
            words
            and all(w[0].isupper() or w[0].isdigit() or w in _EN_NAME_JOINERS for w in words)
            and (titled or any(w[0].isupper() and w.lower() not in _EN_NAME_JOINERS for w in words))
        ):
            return True
    return False


def find_readout_speaker(sentence: str, previous: str | None) -> str | None:
    """The speaker a readout names in ``sentence``, else the one of the sentence before.

    Japanese drops the subject of a follow-up sentence (「また、…旨述べました」), so it keeps
    the previous speaker; English keeps it only for a sentence opening with he/she/they.
    """
    match = _JA_ACTOR.match(sentence)
    if match:
        name = match.group("name") or match.group("named")
        return _JA_LEAD_WORDS.sub("", name) or name
    match = _EN_ACTOR.match(sentence)
    if match:
        return match.group("name")
    japanese = _CJK_CHAR.search(sentence) is not None
    if previous is None or (not japanese and not _EN_CONTINUES.match(sentence)):
        return None
    return previous


class SpeakerTracker:
    """Carries the speaker and the section through the blocks of one document, in order.

    Call `heading` or `paragraph` for each block, then `speaker` for each of its sentences.
    """

    def __init__(self, title: str, language: str | None = None) -> None:
        self._title = title
        self._language = language
        """The document's language: a sentence's clauses are read in it (`_last_speaker`);
        None reads none, and a speaker named first carries on."""
        self._carried: str | None = None
        """The speaker a following sentence without one of its own continues: the last
        clause's of the sentence before («…旨述べ、ホルネス首相からは、…。また、…»)."""
        self._page = find_title_speaker(title)
        """Whose words the page holds, by its title ("Remarks by Prime Minister X"); None
        once the page names its speakers itself (a transcript label, a speaker header): a
        first-person sentence after them is whoever spoke last, which may not be known."""
        self._label: str | None = None
        self._by_header = False
        """Whether `_label` came from a bracketed header in the text."""
        self._readout: str | None = None
        self._in_heading = False
        self.section: str | None = None
        """The section the current block stands under."""

    def heading(self, text: str, level: int) -> None:
        """Enter a heading: it ends a transcript label and opens a section.

        The page's title (an <h1> equal to it) opens no section of its own.
        """
        self._label, self._by_header = None, False
        self._readout = None
        self._carried = None
        self._in_heading = True
        if level > 1 or text != self._title:
            self.section = text
            # A heading naming who speaks under it ("Opening statement by Prime Minister X")
            # holds like a bracketed header.
            speaker = find_title_speaker(text)
            if speaker is not None:
                self._label, self._by_header = speaker, True
                self._page = None

    def header(self, speaker: str | None) -> None:
        """Enter a speaker header from the page's structure ("[Opening statement by Prime
        Minister Takaichi]"): the speaker holds like a transcript label, until the next label,
        header or heading. None: a header that names nobody ends the previous one."""
        self._label, self._by_header = speaker, False
        self._page = None
        self._readout = None
        self._carried = None
        self._in_heading = False

    def paragraph(self, text: str, start: int = 0) -> int:
        """Enter a paragraph whose content starts at ``start``; where its speech starts.

        A label moves the start past itself; the text before ``start`` (a list number) is not
        looked at.
        """
        self._readout = None
        self._carried = None
        self._in_heading = False
        body = text[start:]
        label = find_label(body)
        if label is not None:
            self._label, self._by_header = label.speaker, False
            self._page = None
            return start + label.end
        marker = find_section_marker(body)
        if marker is not None:
            self.section = marker
            self._label = None
            return start
        header = _BRACKETED.fullmatch(body)
        if header is not None:
            # "[Opening statement by Prime Minister X]" names who speaks in the paragraphs
            # under it, and opens a section; another bracketed line ("[Question and answer
            # session]") ends a speaker a header gave, and is no section of its own
            # ("[Provisional translation]").
            speaker = find_header_speaker(body)
            if speaker is not None:
                self.section = header.group("label").strip()
                self._label, self._by_header = speaker, True
                self._page = None
                return len(text)
            if self._by_header:
                self._label, self._by_header = None, False
            return start
        if body != self._title and _HEADER_LINE.fullmatch(body):
            # An unbracketed header line ("Opening statement by Prime Minister X") does the
            # same, where a page sets its headers as lines of their own.
            speaker = find_title_speaker(body)
            if speaker is not None:
                self.section = body.strip()
                self._label, self._by_header = speaker, True
                self._page = None
                return len(text)
        return start

    def speaker(self, sentence: str) -> str | None:
        """Who says ``sentence``, the next sentence of the current block."""
        if self._label is not None or self._in_heading:
            return self._label
        found = find_readout_speaker(sentence, self._carried)
        self._readout = found
        self._carried = self._last_speaker(sentence, found)
        if (
            self._readout is None
            and self._page is not None
            and sentence != self._title
            and _SAID.search(sentence)
            and _EN_FIRST_PERSON.search(sentence)
        ):
            # A remarks page holds its author's words: a sentence in the first person ("We
            # discussed …", "I welcomed …") where no one else is said to speak. A sentence in
            # the third person may report what others did or said, and is left unassigned.
            return self._page
        return self._readout

    def _last_speaker(self, sentence: str, first: str | None) -> str | None:
        """Who speaks last in a sentence whose speaker is `first`: the speaker of its last
        clause that names one («高市総理から、…旨述べ、ホルネス首相からは、…» → ホルネス首相;
        "Minister X stated …, and Minister Y added …" → Minister Y), else `first`."""
        if first is None or self._language is None:
            return first
        from factcheck.text.clauses import split_clauses

        named = [c.speaker for c in split_clauses(sentence, self._language) if c.speaker]
        return named[-1] if named else first


def _collapse_space(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()
