"""Word lists `factcheck draft` reads an article with, one set per language.

General news-English cues, not lines for one article: how a statement is reported (speech
verbs, reporting hedges), who may be a speaker (honorifics, groups of officials), the words
that place a statement in a setting, the markers of commentary and opinion, and the words
that open a subordinate clause after a comma. A language without cues is still drafted on
dates, numbers, quotations and termbase terms alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import SourceKind


@dataclass(frozen=True)
class DraftCues:
    speech_verbs: frozenset[str]
    """Verbs (any inflection listed) that report what someone said or did in an exchange."""
    hedges: tuple[str, ...]
    """Reporting frames between a subject and its verb ("is said to have")."""
    honorifics: frozenset[str]
    """Words before a name that are not part of it (Ms., Mr., Dr.)."""
    groups: frozenset[str]
    """Subjects that name several officials at once, lower case ("the two leaders")."""
    group_speaker: str
    """How a claim file writes such a speaker (`speaker: both leaders`)."""
    copulas: frozenset[str]
    """Verbs that describe rather than report: a subject before them is no speaker."""
    settings: tuple[tuple[re.Pattern[str], SourceKind], ...]
    """Phrases that place a statement in a setting; the first that matches wins."""
    commentary: tuple[re.Pattern[str], ...]
    """Markers of commentary, opinion and background: such a sentence, with nothing else to
    check (no date, number, quotation or reported statement), is not drafted."""
    clause_openers: frozenset[str]
    """Words that, after a comma, open a clause worth checking on its own."""
    stop_words: frozenset[str]
    """Words left out of claim ids."""
    dateline: re.Pattern[str]
    """A wire dateline opening a story ("TOKYO, Nov 4 (Wire) - "): not part of the subject."""


_EXCHANGE = (
    r"(?:(?:phone|telephone|video)\s+(?:call|talks?|conversation)|call|summit|talks|meeting)"
)
"""The exchanges an official readout reports."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\b{p}\b", re.IGNORECASE) for p in patterns)


ENGLISH = DraftCues(
    speech_verbs=_words(
        "said says say stated states told tells noted notes expressed expresses emphasized "
        "emphasised emphasizes emphasises stressed stresses explained explains affirmed "
        "affirms reaffirmed reaffirms described describes spoke speaks asked asks proposed "
        "proposes praised praises called calls added adds recalled recalls recall insisted "
        "congratulated congratulates congratulating welcomed welcomes thanked thanks agreed "
        "agree agrees confirmed confirms announced announces requested requests invited "
        "invites conveyed conveys underlined underlines highlighted highlights pledged "
        "pledges urged urges offered offers raised raises vowed vows warned warns promised "
        "promises discussed discuss discusses declared declares reiterated reiterates "
        "acknowledged acknowledges saying telling thanking welcoming praising asking "
        "urging expressing"
    ),
    hedges=("is said to have", "are said to have", "was said to have", "reportedly"),
    honorifics=_words("Ms. Mr. Mrs. Dr. Ms Mr Mrs Dr Madam Sir"),
    groups=frozenset(
        {
            "the two leaders",
            "both leaders",
            "the leaders",
            "the two sides",
            "both sides",
            "the two ministers",
            "both ministers",
            "the ministers",
        }
    ),
    group_speaker="both leaders",
    copulas=_words("is are was were be been has have had becomes became remains remained"),
    settings=(
        (
            re.compile(
                r"\b(?:told|telling|tell)\s+(?:the\s+)?(?:reporters|journalists|press|media)\b"
                r"|\b(?:to|with|before)\s+(?:the\s+)?(?:reporters|journalists)\b",
                re.IGNORECASE,
            ),
            SourceKind.PRESS_REMARKS,
        ),
        (re.compile(r"\b(?:press|news) conference\b", re.IGNORECASE), SourceKind.PRESS_CONFERENCE),
        (
            re.compile(r"\b(?:in|issued)\s+a\s+(?:joint\s+)?statement\b", re.IGNORECASE),
            SourceKind.STATEMENT,
        ),
        (
            re.compile(
                rf"\b(?:in|during|at|on|over)\s+(?:the|their|a|an|his|her|its)\s+"
                rf"(?:[\w-]+\s+){{0,2}}{_EXCHANGE}\b|\b{_EXCHANGE}\s+(?:began|opened|started|ended)\b",
                re.IGNORECASE,
            ),
            SourceKind.READOUT,
        ),
    ),
    commentary=_phrases(
        r"(?:is|are|was|were) (?:considered|seen as|regarded as|viewed as|believed)",
        r"it is (?:believed|thought|hoped|clear)",
        r"shows?",
        r"showing",
        r"signals?",
        r"reflects?",
        r"underscores?",
        r"demonstrates?",
        r"in recent years",
        r"has long been",
        r"have long been",
        r"(?:a|an) (?:complex|new|changing) (?:geopolitical )?context",
        r"analysts?",
        r"observers?",
        r"experts? (?:say|said|believe)",
        r"(?:is|are) expected to (?:deepen|shape|boost|strengthen|improve|help|bring)",
        r"likely",
        r"could",
        r"might",
    ),
    clause_openers=_words(
        "especially particularly notably while whereas although though but including amid"
    ),
    stop_words=_words(
        "a an the and or of to in on at for with by as is are was were be been that this his "
        "her its their he she it they also said says new ms mr mrs dr has have had from "
        "about after before into not only but"
    ),
    dateline=re.compile(r"^[A-Z][A-Z .'’-]{1,40},[^.\n]{0,40}?\s[-–—]{1,2}\s+"),
)

CUES: dict[str, DraftCues] = {"en": ENGLISH}


def cues_for(language: str) -> DraftCues | None:
    """The cues for a language tag (`en-GB` reads as `en`), or None."""
    return CUES.get(language.split("-")[0].lower())
