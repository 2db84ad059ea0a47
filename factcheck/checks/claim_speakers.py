"""Claim speakers: who a claim says spoke, and who spoke each of its parts.

The claim's speaker is its `speaker:` field or a "<who> said" opening (the one met in a
meeting it opens with is no speaker: "Takaichi held talks with Lind and said …"). A part's
speaker is the one it opens with, else the claim's; a part that is only a meeting names none,
and a part with no subject of its own shares the one the claim opens with where the
language's grammar says so (a Japanese topic spans its sentence; an English part opening with
a verb of speech is joined to the subject before it). Who the source gives the words to is
`who_speaks`'s.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from factcheck.checks.speaker_names import (
    credits_author,
    named_people,
    names_both,
    speakers_of,
    within,
)
from factcheck.checks.speaker_set import Speakers
from factcheck.languages import FIELD_LANGUAGE, language_for, primary_code
from factcheck.languages.interface import Language, Predicating, Prompting, Token, WordClass
from factcheck.lazy_pattern import lazy_compile
from factcheck.model import Claim
from factcheck.terms.termbase import Termbase, is_title

__all__ = [
    "claim_speakers",
    "part_speakers",
    "prompting_speakers",
]


def claim_speakers(claim: Claim, language: str, termbase: Termbase) -> Speakers | None:
    """Who the claim says spoke: its `speaker:` field, or a "<name> said" opening."""
    text = claim.speaker
    if text is None:
        module = language_for(language)
        match = module.claim_speech.match(claim.text) if module is not None else None
        if match is None and _one_person(claim.text, language, termbase):
            # "Brask promised to consider it", "Dalmen hoped to deepen ties": no verb of
            # speech the language's pattern reads, but a main verb that tells or feels, and
            # no one else named (not "discussed tariffs in the call with Trump", a joint
            # act): the person the claim opens with said it (`_tells_or_feels`).
            found = _subject_speaker(claim.text, language, termbase)
            if found is not None and _tells_or_feels(claim.text, len(found.phrase), language):
                return found
            return None
        if match is None or credits_author(claim.text, match, language):
            return None
        text = _before_date(_before_meeting(match.group("who"), language, termbase), language)
    found = speakers_of(text, language, termbase, require_person=claim.speaker is None)
    if (
        claim.speaker is not None
        and (found is None or not found.known)
        and primary_code(language) != FIELD_LANGUAGE
    ):
        # The `speaker:` field is written as an English article would write the name, also
        # for a claim in another language ("Lee Jae-myung" for a Japanese claim).
        english = speakers_of(text, FIELD_LANGUAGE, termbase)
        if english is not None and english.known:
            found = english
    if claim.speaker is not None and (found is None or not found.known):
        # A bare surname the analyser does not read as a name alone (茂木), which the claim
        # writes with its title as its speaker or subject («茂木大臣は、…と述べた»,
        # «茂木大臣は、…説明した»): that speaker.
        opening = _own_speaker(claim.text, language, termbase) or _subject_speaker(
            claim.text, language, termbase
        )
        if opening is not None and opening.known and claim.speaker.strip() in opening.text:
            return opening
    if found is not None:
        opening = _own_speaker(claim.text, language, termbase)
        if opening is not None and (claim.speaker is None or found.compatible(opening)):
            found = replace(found, phrase=opening.phrase, addressee=opening.addressee)
    return found


def part_speakers(
    claim: Claim, part: str, language: str, termbase: Termbase, speakers: Speakers | None
) -> Speakers | None:
    """Who the claim says spoke one of its parts: the part's own speaker where it opens with
    one («Holness thanked Japan for its aid, and Takaichi added that …»: the first part is
    Holness's, the second Takaichi's), else the claim's (`claim_speakers`)."""
    if claim.speaker is None and _meets(part, language):
        return None  # "X spoke with Y by phone": who took part, not who said what
    if _another_sentence_speaker(part, language, termbase, speakers):
        return None  # «…考えを伝えた。ブレン氏は…と述べた。»: whose words the part is is unsure
    if part.strip() == claim.text.strip():
        return speakers  # one part: the claim's speaker is its speaker
    own = _own_speaker(part, language, termbase) or _subject_speaker(part, language, termbase)
    if (
        own is None
        and speakers is None
        and claim.speaker is None
        and _one_sentence(part)
        and (
            (_topic_spans(language) and _reports(part, language))
            or _opens_with_speech(part, language)
        )
    ):
        # «リンド首相は6日、高市首相と会談し、…協力を求めた»: a part with no subject of its own
        # and no verb of speech the claim reads shares the subject the claim opens with.
        return _subject_speaker(claim.text, language, termbase)
    if own is None or (
        speakers is not None and _same_speaker(speakers, own) and not _narrows(own, speakers)
    ):
        return speakers
    return own


def _tells_or_feels(text: str, subject_end: int, language: str) -> bool:
    """Whether the claim's main verb tells or feels in its commonest sense
    (`WordNet.tells_or_feels`): read where the language puts its object after its verb
    (English), as the word right after the subject, so that a passive ("was promised") or a
    verb inside what was said ("won a pledge that it would be considered") is no main verb.
    A language whose verb ends the clause (Japanese) is read by its speech pattern alone."""
    from factcheck.languages.wordnet import wordnet

    module = language_for(language)
    if not isinstance(module, Predicating) or not module.object_follows_verb():
        return False
    tokens = module.tokens(text)
    main = next((n for n, token in enumerate(tokens) if token.start >= subject_end), None)
    if main is None or not module.verb_at(tokens, main):
        return False
    return any(wordnet().tells_or_feels(verb) for verb in module.verbs_meant(tokens[main]))


def _one_person(text: str, language: str, termbase: Termbase) -> bool:
    """Whether a text names one person and no other."""
    named = named_people(text, language, termbase)
    return named is not None and not named.both and len(named.persons | named.names) == 1


def _reports(part: str, language: str) -> bool:
    """Whether a verb of the part says what its subject communicated or decided: one whose
    English meaning's commonest WordNet sense is a verb of communication, thought or feeling
    (求める "request", 紹介 "introduce", 決定 "decide"), not one of receiving
    («…の招待を受けた»: the subject was invited; the act is the other side's)."""
    from factcheck.languages.wordnet import wordnet

    module = language_for(language)
    if not isinstance(module, Predicating):
        return False
    tokens = module.tokens(part)
    return any(
        wordnet().reports(verb)
        for number, token in enumerate(tokens)
        if module.verb_at(tokens, number)
        for verb in module.verbs_meant(token)
    )


def _opens_with_speech(part: str, language: str) -> bool:
    """Whether a part opens with a verb of speech, its subject left to the clause it is
    joined to ("Takaichi met Lind on Wednesday and expressed gratitude …": the language's
    claim-speech pattern reads the part as said by whoever stands before it)."""
    module = language_for(language)
    if module is None:
        return False
    found = module.claim_speech.match(f"{_STAND_IN} {part.strip()}")
    return found is not None and found.group("who") == _STAND_IN


_STAND_IN = "Someone"
"""A subject set before a part to ask the language's claim-speech pattern whether the part
opens with a verb of speech."""


def _another_sentence_speaker(
    part: str, language: str, termbase: Termbase, speakers: Speakers | None
) -> bool:
    """Whether a part of several sentences has a later one that opens with a speaker of its
    own other than the claim's («高市首相は…考えを伝えた。ブレン氏は…と述べた。»): one
    speaker for the whole part would give one of them the other's words."""
    module = language_for(language)
    if module is None:
        return False
    text = part.strip()
    for start in _later_sentences(text):
        sentence = text[start:]
        own = _own_speaker(sentence, language, termbase) or _subject_speaker(
            sentence, language, termbase
        )
        if own is not None and (speakers is None or not _same_speaker(speakers, own)):
            return True
    return False


def _one_sentence(part: str) -> bool:
    """Whether a part is one sentence: a subject the claim opens with reaches no further
    («…考えを伝えた。ブレン氏は…と述べた。» has a subject of its own after the first)."""
    return not _later_sentences(part.strip())


def _later_sentences(text: str) -> list[int]:
    """Where the sentences of a claim's text after its first begin: after 。, ！ or ？, or
    after a full stop that ends a lower-case word and a space before a capital ("…on
    Wednesday. Lind said"; not "Mr. Lind", "U.S. officials"). A claim is short and its
    sentences plain; the source splitter (text.sentences) is not loaded for it."""
    return [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]


_SENTENCE_END = lazy_compile(r"[。！？](?=\S)|(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")


def _topic_spans(language: str) -> bool:
    """Whether the subject a sentence opens with is the subject of each predicate after it
    that names none of its own, as a Japanese topic is («Xは…と会談し、…を求めた»): a language
    whose verb follows its object. In English a later clause may have another ("…, where
    she met Trump")."""
    module = language_for(language)
    return isinstance(module, Predicating) and module.verb_follows_object()


def _narrows(own: Speakers, claimed: Speakers) -> bool:
    """Whether a part's own speaker is one of the several the claim's speaker names: the
    claim's "<who> said" opening spans both parties ("Takaichi met Lind on Wednesday, and
    Lind said …"; "Takaichi and Lind agreed …, and Lind said …"), the part names the one who
    said it."""
    return claimed.both and not own.both and own.known


def prompting_speakers(
    claim: Claim, start: int, end: int, language: str, termbase: Termbase
) -> Speakers | None:
    """Whose words the claim says its part (`start` to `end` of its text) answers: the
    speaker of a clause that sets their words first, in the part or next to it
    (`Prompting`: "Hill voiced support … after Motegi briefed her on it" → Motegi); None
    when the language reads none, or it names no one known."""
    module = language_for(language)
    if not isinstance(module, Prompting):
        return None
    who = module.prompting_speaker(claim.text, start, end)
    found = named_people(who, language, termbase) if who is not None else None
    return found if found is not None and found.known and not found.both else None


_SUBJECT_CLASSES = frozenset({WordClass.PROPER_NOUN, WordClass.PERSON_NAME})


def _subject_speaker(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The person a part opens with as its subject when its predicate is no verb of speech
    ("Takaichi threw her support behind …", "Ruvalo spoke of …"): the names the part
    starts with, up to its first other word; None when it opens with no one's name."""
    module = language_for(language)
    if module is None:
        return None
    tokens = module.tokens(text)
    # A title the termbase knows may open the subject or close it ("Foreign Minister Motegi
    # met …", «茂木外相は…»).
    titles = sorted((h.start, h.end) for h in termbase.find(text, language) if is_title(h.entry))
    titled = max((stop for start, stop in titles if start == 0), default=0)
    end = 0
    for token in tokens:
        if token.word_class not in _SUBJECT_CLASSES and token.end > titled:
            break
        end = token.end
    if end <= titled:
        return None
    end = next((stop for start, stop in titles if start == end), end)
    if end >= len(text.rstrip(" .。")):
        return None
    if isinstance(module, Predicating) and module.verb_follows_object():
        # «リンド首相の訪日を歓迎した», «高市首相をエストリアに招待した»: the name, with its
        # title, ties to the noun after it (の) or is what is acted on (を); it is no subject.
        # The grammar words after it say which.
        after = [t for t in tokens if t.start >= end]
        first = next((i for i, t in enumerate(after) if _grammar(t)), len(after))
        marks = list(itertools.takewhile(_grammar, after[first:]))
        if marks and not module.marks_subject(marks):
            return None
    found = named_people(text[:end], language, termbase)
    if found is None or found.both:
        return None
    return replace(found, phrase=text[:end].strip())


def _grammar(token: Token) -> bool:
    """Whether a token is a grammar word (a particle, an auxiliary)."""
    return token.word_class is WordClass.FUNCTION


def _before_meeting(who: str, language: str, termbase: Termbase) -> str:
    """A "<who> said" opening cut before a verb of meeting that follows a name ("Takaichi
    held talks with Lind on Wednesday and said …", "Takaichi, who met Lind, said …"): the
    subject is who met, the one met is no speaker. Unchanged unless what stands before the
    verb opens with a content word and ends, grammar words aside, in a name ("During the
    call, Takaichi said" is a phrase set before the subject)."""
    module = language_for(language)
    if module is None or module.visit_patterns is None:
        return who
    meeting = module.visit_patterns.meeting  # a claim's meeting verb: "met", "held talks"
    found = meeting.search(who) if meeting is not None else None
    if found is None or found.start() == 0:
        return who
    if _new_subject(who[found.end() :], module):
        return who
    subject = who[: found.start()]
    words = [t for t in module.tokens(subject) if t.word_class is not WordClass.SYMBOL]
    if not words or words[0].word_class is WordClass.FUNCTION:
        return who
    while words and words[-1].word_class is WordClass.FUNCTION:
        words.pop()
    if not words or words[-1].word_class not in _SUBJECT_CLASSES:
        return who
    subject = subject[: words[-1].end]
    named = named_people(subject, language, termbase)
    return subject if named is not None and named.known else who


def _before_date(who: str, language: str) -> str:
    """A "<who> said" opening without the date it runs into ("Japan on Thursday pledged …",
    "Motegi on March 3 said …", "Lind last week announced …") or that ends a phrase set
    before it ("On Thursday, Motegi said …"): the date says when, not who. A date after the
    name counts where grammar words lead into it ("on") or it opens in small letters ("last
    week"), so a name that is a date's word ("President Monday") stays whole; one a preposition
    opens before the subject ("On Tuesday the three ministers") is cut off too. Unchanged when
    nothing else is left."""
    from factcheck.text.dates import find_dates

    module = language_for(language)
    if module is None:
        return who
    spans = [(m.start, m.end) for m in find_dates(who, language, months=True)]
    words = module.relative_words
    if words is not None:
        for pattern in (words.days, words.weekday, words.periods):
            spans += [m.span() for m in pattern.finditer(who)]
    for start, end in sorted(spans):
        rest = who[end:].lstrip()
        if rest.startswith(",") and rest[1:].strip():
            # The date ends a phrase set before the subject ("On Thursday, Motegi", "Meeting
            # Ali on Tuesday, Takaichi"): the speaker follows its comma.
            return _before_date(rest[1:].strip(), language)
        before = [t for t in module.tokens(who[:start]) if t.word_class is not WordClass.SYMBOL]
        if all(t.word_class is WordClass.FUNCTION for t in before):
            if len(before) == 1 and _opens_subject(rest):
                # A date one preposition opens, set before the subject without a comma ("On
                # Tuesday the three ministers stressed …"): the speaker follows it. Not a
                # date inside a noun phrase ("At a May 3 press conference Motegi"), nor one
                # that goes on ("On May 6 and 7 the ministers").
                return _before_date(rest, language)
            continue
        kept = list(before)
        while kept and kept[-1].word_class is WordClass.FUNCTION:
            kept.pop()
        if len(kept) < len(before) or who[start:end][:1].islower():
            return who[: kept[-1].end]
        break
    return who


def _opens_subject(text: str) -> bool:
    """Whether a text opens as a subject does: with a capitalised word ("Lind") or "the"
    ("the three ministers")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].isupper() or first.lower() == "the"


def _new_subject(tail: str, module: Language) -> bool:
    """Whether the words after a meeting verb, up to the verb of speech, end in a subject of
    their own after a coordinator or a sentence's end ("…on Wednesday, and he", "…on
    Wednesday. Lind"): that subject spoke, whom the words do not say for sure."""
    tokens = [t for t in module.tokens(tail) if t.word_class is not WordClass.SYMBOL]
    patterns = module.clause_patterns
    coordinator = patterns.coordinator if patterns is not None else None
    for number in range(len(tokens) - 1, 0, -1):
        if tokens[number].word_class not in (*_SUBJECT_CLASSES, WordClass.FUNCTION):
            return False
        before = tokens[number - 1]
        if any(mark in tail[before.end : tokens[number].start] for mark in ".;。"):
            return True
        if coordinator is not None and coordinator.fullmatch(before.surface):
            return True
        # ", where Lind", ", while he": a grammar word after a comma opens a clause whose
        # subject follows it.
        gap = tail[tokens[number - 2].end : before.start] if number > 1 else tail[: before.start]
        if before.word_class is WordClass.FUNCTION and "," in gap:
            return True
    return False


def _meets(text: str, language: str) -> bool:
    """Whether a text opens with its subject and a verb of meeting rather than of speech
    ("Takaichi spoke with Holness by phone", 「高市総理は…と電話会談を行った」): the subject
    took part in a meeting, and says nothing the source could give to another."""
    module = language_for(language)
    if module is None or module.clause_patterns is None:
        return False
    meeting = module.clause_patterns.meeting
    match = module.claim_speech.match(text)
    if meeting is None:
        return False
    if match is None:
        # No verb of speech: the part says who met whom, if its verb is the meeting's.
        return meeting.search(text) is not None
    found = meeting.search(text, match.end("who"))
    # The meeting verb is the verb of speech ("spoke with Holness"), not a verb before it
    # («…と会談して…謝意を表明した»: what the subject said at the meeting).
    return found is not None and found.start() <= match.end() <= found.end()


def _same_speaker(claimed: Speakers, own: Speakers) -> bool:
    """Whether a part's own speaker is the claim's: compatible, or named by a word of the
    claim's speaker ("Chinh" in "Pham Minh Chinh")."""
    phrase = claimed.phrase
    if claimed.addressee:
        # The one spoken to ("… told Ruvalo that") is not who speaks.
        phrase = phrase.replace(claimed.addressee, " ")
    words = f"{claimed.text} {phrase}".lower()
    return claimed.compatible(own) or any(
        within(name, words) for name in own.names if len(name) > 2
    )


def _own_speaker(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The speaker a text opens with ("<who> said", 「Xは…と述べた」), when it names a person
    or both sides; None for none, a pronoun, or an author ("proposed by X")."""
    module = language_for(language)
    match = module.claim_speech.match(text) if module is not None else None
    patterns = module.clause_patterns if module is not None else None
    if match is None and patterns is not None and patterns.unlisted_speech is not None:
        # "…, and Japan promised aid": a second speaker's part, cut where a verb of speech
        # the claim's pattern does not list opens it.
        match = patterns.unlisted_speech(text, False)
    if match is None or credits_author(text, match, language):
        return None
    who = _before_meeting(match.group("who"), language, termbase)
    words = module.tokens(who) if module is not None else ()
    ends_named = module is not None and module.speaker_ends(who)
    if words and words[-1].word_class is WordClass.FUNCTION and not ends_named:
        # "…, including rice-growing techniques, and said": a subject ends in a content
        # word (or a title or honorific, ブレン氏); this verb shares the subject of the
        # predicate before it.
        return None
    found = speakers_of(who, language, termbase, require_person=True)
    if found is None or not (found.persons or found.names or found.both):
        return None
    if not found.both and words and words[0].word_class is WordClass.FUNCTION:
        return None  # "After Frieden noted …, Takaichi said": a clause set before the subject
    spoken_to = (
        patterns.addressee.match(text, match.end("who"))
        if patterns is not None and patterns.addressee is not None
        else None
    )
    whom = f" {spoken_to.group('whom')}" if spoken_to is not None else ""
    # "Venner, on his first trip to Japan, thanked …", "On Tuesday, Premier Li said …": a
    # part set off by commas that names no one says something of its own; only the parts
    # naming the speaker are the frame.
    pieces = who.split(",")
    if len(pieces) > 1:
        pieces = [
            piece
            for piece in pieces
            if names_both(piece) or named_people(piece, language, termbase) is not None
        ]
    return replace(found, phrase=" ".join([*pieces, whom]).strip(), addressee=whom.strip())
