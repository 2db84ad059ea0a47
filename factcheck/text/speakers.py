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

How a language labels, names and continues a speaker is that language's (`interface.Speaking`,
in languages/en_speakers.py and ja_speakers.py); this module keeps the page's structure
(sections, bracketed lines, header lines) and carries speakers from block to block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.languages.interface import ReadoutSpeaker, Speaking
from factcheck.lazy_pattern import lazy_compile

__all__ = [
    "Label",
    "SpeakerTracker",
    "claims_endorsement",
    "elaborating",
    "find_label",
    "find_header_speaker",
    "find_readout_speaker",
    "find_section_marker",
    "find_title_speaker",
    "is_endorsement",
    "is_reaction",
    "is_request",
    "names_speaker",
    "speaker_phrase_end",
]

_PHRASE_END = re.compile(r"[、,]?\s*")
_SECTION_MARKER = lazy_compile(r"【(?P<label>[^【】]{1,30})】")
_BRACKETED = lazy_compile(r"\[(?P<label>[^\[\]]{1,80})\]")
"""A bracketed header line: "[Opening statement by Prime Minister X]"."""
_HEADER_LINE = lazy_compile(r"[^.!?。:：]{1,120}")
"""A line short of a sentence: no full stop, no label colon."""


def _speaking(language: str | None) -> tuple[Speaking, ...]:
    """Every language's speaker conventions, the page's own language's first (a page may
    follow another's: an English "Q:" on a Japanese page); without one, the registry's
    order. Kept per language while the registry holds the same modules."""
    from factcheck.languages import every_language, language_for

    global _orders
    modules = every_language()
    if _orders[0] is not modules:
        _orders = (modules, {})
    order = _orders[1].get(language)
    if order is None:
        own: object = language_for(language) if language else None
        speaking = [m for m in modules if isinstance(m, Speaking)]
        order = _orders[1][language] = tuple(sorted(speaking, key=lambda m: m is not own))
    return order


_orders: tuple[object, dict[str | None, tuple[Speaking, ...]]] = ((), {})
"""The registry's modules when `_speaking` last read them, and its answers by language."""


@dataclass(frozen=True)
class Label:
    """A transcript's speaker label opening a paragraph."""

    speaker: str
    """The label as written, without its brackets or colon ("Q", "記者", "REPORTER (Mori)")."""
    end: int
    """Offset in the paragraph where the speech after the label starts."""


def find_label(paragraph: str, language: str | None = None) -> Label | None:
    """The speaker label opening ``paragraph``, if it has one, by the conventions of the
    page's ``language`` first, then of every other (`Speaking.speaker_label`).

    Japanese labels are bracketed (【…】, （…）), marked (○…) or end in a colon, and must name a
    role (総理, 記者, 問 …). English labels end in a colon and must be a Q/A mark, a name in
    capitals, or a capitalised name with a role ("Prime Minister Takaichi:"); words such as
    "Note:" or "Date:" are never speakers.
    """
    return _label(paragraph, _speaking(language))


def _label(paragraph: str, conventions: tuple[Speaking, ...]) -> Label | None:
    for speaking in conventions:
        found = speaking.speaker_label(paragraph)
        if found is not None:
            return Label(*found)
    return None


def find_section_marker(paragraph: str) -> str | None:
    """The section a paragraph opens when it is only a bracketed label such as 【質疑応答】."""
    match = _SECTION_MARKER.fullmatch(paragraph)
    return match.group("label").strip() if match else None


def find_header_speaker(paragraph: str, language: str | None = None) -> str | None:
    """The speaker a paragraph that is only a bracketed header names ("[Opening statement by
    Prime Minister Takaichi]" → "Prime Minister Takaichi"; `Speaking.header_speaker`)."""
    return _header_speaker(paragraph, _speaking(language))


def _header_speaker(paragraph: str, conventions: tuple[Speaking, ...]) -> str | None:
    header = _BRACKETED.fullmatch(paragraph)
    if header is None:
        return None
    for speaking in conventions:
        found = speaking.header_speaker(header.group("label"))
        if found is not None:
            return found
    return None


def find_title_speaker(title: str, language: str | None = None) -> str | None:
    """The one speaker a page's title names as the author of its words ("Remarks by Prime
    Minister Carney at …" → "Prime Minister Carney"; `Speaking.title_speaker`); None for a
    title naming nobody, or two ("Joint remarks by X and Y": the page's sentences are then
    not one person's)."""
    return _title_speaker(title, _speaking(language))


def _title_speaker(title: str, conventions: tuple[Speaking, ...]) -> str | None:
    if _BRACKETED.fullmatch(title.strip()):
        return None  # a header line first on the page: a header, not the page's author
    for speaking in conventions:
        found = speaking.title_speaker(title)
        if found is not None:
            return found
    return None


def _readout(sentence: str, conventions: tuple[Speaking, ...]) -> ReadoutSpeaker | None:
    for speaking in conventions:
        found = speaking.readout_speaker(sentence)
        if found is not None:
            return found
    return None


def speaker_phrase_end(sentence: str, language: str | None = None) -> int:
    """Where the phrase naming the speaker a readout sentence opens with ends («冒頭、高市総理
    から», "3. Minister Motegi stated"), with the comma and spaces after it; 0 when it opens
    with none."""
    found = _readout(sentence, _speaking(language))
    if found is None:
        return 0
    after = _PHRASE_END.match(sentence, found.end)
    return after.end() if after is not None else found.end


def continues_speaker(sentence: str, language: str) -> bool:
    """Whether a sentence goes on in the words of the one the sentence before gives its words
    to, in the language's conventions (`Speaking.continues_speaker`: "He added …", "…, he
    said.")."""
    return any(s.continues_speaker(sentence) for s in _speaking(language))


def is_reaction(text: str, language: str) -> bool:
    """Whether ``text`` reports a reaction to what the other side did or said ("Takaichi
    welcomed B's decision", 「…を歓迎する旨述べました」): the language's
    `ClausePatterns.reaction`."""
    return _clause_words(text, language, "reaction")


def is_endorsement(text: str, language: str) -> bool:
    """Whether ``text`` reports its speaker taking the other side's point or plan as their
    own ("expressed his support for Japan's position", 「日本の立場を支持する旨述べ」): the
    language's `ClausePatterns.endorsement`."""
    return _clause_words(text, language, "endorsement")


def claims_endorsement(text: str, language: str) -> bool:
    """Whether a claim's part reports an endorsement as its own predicate ("Sikorski backed
    Motegi's proposal"): the language's `ClausePatterns.claimed_endorsement`."""
    return _clause_words(text, language, "claimed_endorsement")


def elaborating(text: str, language: str) -> bool:
    """Whether a claim's part only elaborates the object of the part before it ("including
    its missile activities"): the language's `ClausePatterns.elaborating`, at its start."""
    pattern = _clause_pattern(language, "elaborating")
    return pattern is not None and pattern.match(text.lstrip()) is not None


def is_request(text: str, language: str) -> bool:
    """Whether ``text`` reports a request to the other side ("asked Japan for help",
    「…支援の要請があり」): the language's `ClausePatterns.request`."""
    return _clause_words(text, language, "request")


def is_passing_on(text: str, language: str) -> bool:
    """Whether ``text`` reports passing on another's message ("conveyed an invitation",
    「…親書を手交した」): the language's `ClausePatterns.passing_on`."""
    return _clause_words(text, language, "passing_on")


def _clause_words(text: str, language: str, kind: str) -> bool:
    pattern = _clause_pattern(language, kind)
    return pattern is not None and pattern.search(text) is not None


def _clause_pattern(language: str, kind: str) -> re.Pattern[str] | None:
    """The language's `ClausePatterns` field `kind`, or None."""
    from factcheck.languages import language_for

    module = language_for(language)
    patterns = module.clause_patterns if module is not None else None
    return getattr(patterns, kind, None) if patterns is not None else None


def names_speaker(who: str) -> bool:
    """Whether the words before a reporting verb have the shape of a speaker in any
    language's conventions (`Speaking.names_speaker`): a name or a title phrase ("President
    Trump", "Japan's Foreign Minister Motegi", "the Prime Minister", "the two leaders"), alone
    or as one comma-set part ("Takaichi, who …," / "On Tuesday, Prime Minister X"). Words in
    lower case other than the joiners of a name ("of", "the", "and") make a stretch of a
    sentence, not a speaker: in «We regard Japan as a partner in meeting shared challenges»
    the adjective "shared" is no reporting verb and what stands before it names no one. Text
    in a CJK script is not judged here (its speakers are read from their particles)."""
    return any(s.names_speaker(who) for s in _speaking(None))


def find_readout_speaker(
    sentence: str, previous: str | None, language: str | None = None
) -> str | None:
    """The speaker a readout names in ``sentence``, else the one of the sentence before
    where the sentence goes on in its words (`Speaking.continues_speaker`).

    Japanese drops the subject of a follow-up sentence (「また、…旨述べました」), so it keeps
    the previous speaker; English keeps it only for a sentence opening with he/she/they.
    """
    return _readout_speaker(sentence, previous, _speaking(language))


def _readout_speaker(
    sentence: str, previous: str | None, conventions: tuple[Speaking, ...]
) -> str | None:
    found = _readout(sentence, conventions)
    if found is not None:
        return found.name
    if previous is not None:
        for speaking in conventions:
            if speaking.continues_speaker(sentence):
                return previous
    return None


class SpeakerTracker:
    """Carries the speaker and the section through the blocks of one document, in order.

    Call `heading` or `paragraph` for each block, then `speaker` for each of its sentences.
    """

    def __init__(self, title: str, language: str | None = None) -> None:
        self._title = title
        self._language = language
        self._conventions = _speaking(language)
        """Every language's speaker conventions, the page's own first (`_speaking`)."""
        """The document's language: a sentence's clauses are read in it (`_last_speaker`);
        None reads none, and a speaker named first carries on."""
        self._carried: str | None = None
        """The speaker a following sentence without one of its own continues: the last
        clause's of the sentence before («…旨述べ、ホルネス首相からは、…。また、…»)."""
        self._page = _title_speaker(title, self._conventions)
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
            speaker = _title_speaker(text, self._conventions)
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
        label = _label(body, self._conventions)
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
            speaker = _header_speaker(body, self._conventions)
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
            speaker = _title_speaker(body, self._conventions)
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
        found = _readout_speaker(sentence, self._carried, self._conventions)
        self._readout = found
        self._carried = self._last_speaker(sentence, found)
        if (
            self._readout is None
            and self._page is not None
            and sentence != self._title
            and any(s.first_person(sentence) for s in self._conventions)
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
