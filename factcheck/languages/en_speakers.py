"""English: who speaks on a page (`Speaking`) and the names a sentence writes (`Naming`).

Transcript labels ("PRIME MINISTER TAKAICHI:", "Q:"), readouts that name their speaker with a
reporting verb ("3. Minister Motegi stated …", "He also noted …"), bracketed headers and page
titles naming whose words follow ("[Opening statement by Prime Minister X]", "Remarks by
President Y at …"), the first person of a remarks page's author; and the capitalised words a
sentence writes as names. factcheck.text.speakers and the checks ask these through the
`English` module (`factcheck.languages.en`), which takes them from here.
"""

from __future__ import annotations

import re

from factcheck.languages.interface import ReadoutSpeaker, collapse_space
from factcheck.lazy_pattern import lazy_compile

__all__ = ["EnglishNaming", "EnglishSpeaking"]

_LABEL = lazy_compile(
    r"(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,5}(?:[ \t]*\([^()]{1,80}\))?)[ \t]*[:：]\s*"
)
ROLE = lazy_compile(
    r"\b(?:prime minister|foreign minister|president|minister|secretary"
    r"|spokes(?:person|man|woman)|ambassador|moderator|reporter|journalist|questioner|interpreter|chair(?:man|person|woman)?|host"
    r"|mr|ms|mrs|dr|senator|governor|official|participant)\b",
    re.IGNORECASE,
)
"""A title or a role a speaker may hold, in any case ("Prime Minister", "the prime minister",
"REPORTER")."""
_CLOCK_TIME = lazy_compile(r"[0-9][ \t]*[:：][ \t]*[0-9]")
_QA = lazy_compile(r"[QA]\d*|Question|Answer")
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "to", "de", "van", "von"})
_NOT_SPEAKER = frozenset(
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
"""Words a colon follows at a paragraph's start that are never a speaker ("Note:", "Date:")."""

_ACTOR = re.compile(
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
_CONTINUES = lazy_compile(
    r"(?:(?:Also|Further|Furthermore|Moreover|In addition|Additionally|Then),\s+)?(?:He|She|They)\b"
)
_PRONOUN_CLOSER = lazy_compile(
    r",\s+(?:he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]+"
    r"(?:\s+(?:reporters|journalists|afterwards|later)|\s+(?:at|in|on|during|after)\s+[^,;:.!?]{1,60})?"
    r"\.?[\"”’']?\s*$"
)
"""A sentence that names its speaker at its end by a pronoun ("…, he said.", "…, she added."):
the one the sentence before speaks of."""
_HEADER_BY = lazy_compile(r"\bby\s+(?P<who>[^\[\]]+?)\s*$", re.IGNORECASE)
"""A header naming who speaks next: "Opening statement by Prime Minister X"."""
_TITLE_BY = lazy_compile(
    r"\b(?:remarks|statement|speech|address|message|comments)\b[^.]*?\bby\s+"
    r"(?P<who>.+?)\s*(?=$|[,|(]|\s[–—-]\s|\s(?:at|on|in|during|following|after|before|to|with|for)\s)",
    re.IGNORECASE,
)
"""A page title naming the one person whose words the page holds: "Remarks by Prime Minister
X at the Joint Press Conference", "Statement by President Y on …"."""
_TWO = lazy_compile(r"\band\b|&", re.IGNORECASE)
_SAID = lazy_compile(r"\b[a-z]{2,}\b.*[.!?][\"”’)]*\s*$", re.DOTALL)
"""A sentence someone says: lower-case words and a closing stop, not a date line or a place
line under a title ("November 6, 2025", "Washington, D.C.")."""
_FIRST_PERSON = lazy_compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Oo]urs|us|me)\b")
"""The speaker speaking of themselves: the words are the page speaker's own."""
_BOTH_SIDES = lazy_compile(
    r"\b(?:the\s+)?(?:two|both)\s+(?:leaders|sides|ministers|foreign ministers|governments"
    r"|countries|delegations)\b",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[^\s,;:()\[\]\"“”]+")

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""Capitalised words side by side: a name of several words ("Buenos Aires") stands whole."""
_NOT_NAMES = frozenset(
    "The On In At For With After Before During Prime Minister President Foreign Ministry "
    "Ms Mr Mrs Dr South North East West New Summit Meeting Talk Office Government "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
"""Capitalised words that name no one: grammar words opening a phrase, titles, the parts of
a compass, months and weekdays."""
_DEMONYM = re.compile(r"(?:an|ese|ish|ian|i)$")


class EnglishSpeaking:
    """How an English page says who speaks (`interface.Speaking`)."""

    def speaker_label(self, paragraph: str) -> tuple[str, int] | None:
        """A label ends in a colon and is a Q/A mark, a name in capitals, or a capitalised
        name with a role ("Prime Minister Takaichi:"); words such as "Note:" or "Date:" are
        never speakers, nor a clock's time ("END 6:45 P.M. EST")."""
        match = _LABEL.match(paragraph)
        if match is None or _CLOCK_TIME.match(
            paragraph, match.start("label") + len(match.group("label")) - 1
        ):
            return None
        label = collapse_space(match.group("label"))
        name = label.split("(", 1)[0].strip()
        if name.lower() in _NOT_SPEAKER:
            return None
        words = name.split()
        shouting = name.upper() == name and len(words) <= 5
        titled = all(w[0].isupper() or w in _NAME_JOINERS for w in words)
        if _QA.fullmatch(name) or shouting or (titled and ROLE.search(name)):
            return label, match.end()
        return None

    def readout_speaker(self, sentence: str) -> ReadoutSpeaker | None:
        match = _ACTOR.match(sentence)
        return ReadoutSpeaker(match.group("name"), match.end()) if match else None

    def continues_speaker(self, sentence: str) -> bool:
        """English keeps the speaker only for a sentence opening with he, she or they, or
        closing with one and its verb ("…, he said.")."""
        return (
            _CONTINUES.match(sentence) is not None or _PRONOUN_CLOSER.search(sentence) is not None
        )

    def header_speaker(self, header: str) -> str | None:
        """A name with a role after "by"."""
        match = _HEADER_BY.search(header)
        if match is None or not ROLE.search(match.group("who")):
            return None
        return collapse_space(match.group("who"))

    def title_speaker(self, title: str) -> str | None:
        """A name with a role after "by" in the title of remarks, a statement, a speech …;
        not two joined by "and" ("Joint remarks by X and Y": the page's sentences are then
        not one person's)."""
        match = _TITLE_BY.search(title)
        if match is None:
            return None
        who = collapse_space(match.group("who")).strip("[]【】 ")
        if not ROLE.search(who) or _TWO.search(who):
            return None
        return who

    def first_person(self, sentence: str) -> bool:
        """A sentence said (lower-case words and a closing stop) in the first person."""
        return _SAID.search(sentence) is not None and _FIRST_PERSON.search(sentence) is not None

    def names_speaker(self, who: str) -> bool:
        """A name or a title phrase ("President Trump", "Japan's Foreign Minister Motegi",
        "the Prime Minister", "the two leaders"), alone or as one comma-set part ("Takaichi,
        who …," / "On Tuesday, Prime Minister X"). Words in lower case other than the joiners
        of a name ("of", "the", "and") make a stretch of a sentence, not a speaker: in «We
        regard Japan as a partner in meeting shared challenges» the adjective "shared" is no
        reporting verb and what stands before it names no one."""
        for part in who.split(","):
            if _BOTH_SIDES.fullmatch(part.strip()):
                return True
            # A title in lower case is a title still ("the prime minister", "Japan's foreign
            # minister"): it stands for whoever holds it.
            titled = ROLE.search(part) is not None
            words = _WORD.findall(ROLE.sub(" Title ", part))
            if (
                words
                and all(w[0].isupper() or w[0].isdigit() or w in _NAME_JOINERS for w in words)
                and (
                    titled or any(w[0].isupper() and w.lower() not in _NAME_JOINERS for w in words)
                )
            ):
                return True
        return False


class EnglishNaming:
    """Which words of an English sentence are names (`interface.Naming`)."""

    def name_words(self, text: str) -> set[str]:
        """Capitalised words, but a sentence's first (capitalised anyway), the words of
        `_NOT_NAMES` and a people's adjective ("Kenyan", "Japanese")."""
        return {
            match.group(0)
            for match in _CAPITALISED.finditer(text)
            if match.group(0) not in _NOT_NAMES
            and not _DEMONYM.search(match.group(0))
            and text[: match.start()].strip()
        }

    def writes_name(self, text: str, name: str) -> bool:
        """The name as a whole word or words, in any case."""
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None

    def name_runs(self, text: str) -> list[str]:
        """Runs of capitalised words, a sentence's first too: which of them names a place is
        for the caller's gazetteer to say ("When Seoul" holds "Seoul")."""
        return _CAPITALISED_RUN.findall(text)
