"""Who speaks: the speaker a claim names (its `speaker:` field or a "<who> said" opening), the
speaker of one of its parts, and who says a source sentence or one of its clauses (a speaker
reported inside it, else its speaker label; a bare title resolved through `TitleLinks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from factcheck.checks.match import IndexedSentence
from factcheck.checks.speaker_set import NOT_NAMES, Speakers, is_name
from factcheck.checks.title_links import TitleHolder, TitleLinks
from factcheck.languages import FIELD_LANGUAGE, every_language, language_for, primary_code
from factcheck.languages.countries import countries_named, unowned
from factcheck.languages.interface import (
    Language,
    Predicating,
    Prompting,
    SpeakerPatterns,
    Token,
    WordClass,
)
from factcheck.lazy_pattern import lazy_compile
from factcheck.model import Claim
from factcheck.terms.termbase import NameRole, Termbase, TermHit, is_person, is_title
from factcheck.text.clauses import Clause, is_authorship
from factcheck.text.speakers import names_speaker

__all__ = [
    "claim_speakers",
    "clause_speakers",
    "named_people",
    "part_speakers",
    "prompting_speakers",
    "sentence_speakers",
    "within",
]


_JOINING = frozenset({WordClass.FUNCTION, WordClass.PROPER_NOUN, WordClass.PERSON_NAME})
"""What may stand between two parties of one subject: the coordinator and more of the
names; no punctuation (「高市総理は、トランプ大統領と…」 is one party and what it does)."""


def claim_speakers(claim: Claim, language: str, termbase: Termbase) -> Speakers | None:
    """Who the claim says spoke: its `speaker:` field, or a "<name> said" opening."""
    text = claim.speaker
    if text is None:
        module = language_for(language)
        match = module.claim_speech.match(claim.text) if module is not None else None
        if match is None or _credits_author(claim.text, match, language):
            return None
        text = _before_meeting(match.group("who"), language, termbase)
    found = _speakers_of(text, language, termbase, require_person=claim.speaker is None)
    if (
        claim.speaker is not None
        and (found is None or not found.known)
        and primary_code(language) != FIELD_LANGUAGE
    ):
        # The `speaker:` field is written as an English article would write the name, also
        # for a claim in another language ("Lee Jae-myung" for a Japanese claim).
        english = _speakers_of(text, FIELD_LANGUAGE, termbase)
        if english is not None and english.known:
            found = english
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


def _reports(part: str, language: str) -> bool:
    """Whether a verb of the part says what its subject communicated or decided: one whose
    English meaning's commonest WordNet sense is a verb of communication, thought or feeling
    (求める "request", 紹介 "introduce", 決定 "decide"), not one of receiving
    («…の招待を受けた»: the subject was invited; the act is the other side's)."""
    from factcheck.languages.wordnet import REPORTING_VERB_FILES, wordnet

    module = language_for(language)
    if not isinstance(module, Predicating):
        return False
    tokens = module.tokens(part)
    for number, token in enumerate(tokens):
        if not module.verb_at(tokens, number):
            continue
        for verb in module.verbs_meant(token):
            files = wordnet().lexicographer_files(verb, "verb")
            if files and files[0] in REPORTING_VERB_FILES:
                return True
    return False


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
        # The first grammar word after it says which.
        mark = next(
            (t for t in tokens if t.start >= end and t.word_class is WordClass.FUNCTION), None
        )
        if mark is not None and not module.marks_subject([mark]):
            return None
    found = named_people(text[:end], language, termbase)
    if found is None or found.both:
        return None
    return replace(found, phrase=text[:end].strip())


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
    if match is None or _credits_author(text, match, language):
        return None
    who = _before_meeting(match.group("who"), language, termbase)
    words = module.tokens(who) if module is not None else ()
    ends_named = module is not None and module.speaker_ends(who)
    if words and words[-1].word_class is WordClass.FUNCTION and not ends_named:
        # "…, including rice-growing techniques, and said": a subject ends in a content
        # word (or a title or honorific, ブレン氏); this verb shares the subject of the
        # predicate before it.
        return None
    found = _speakers_of(who, language, termbase, require_person=True)
    if found is None or not (found.persons or found.names or found.both):
        return None
    if not found.both and words and words[0].word_class is WordClass.FUNCTION:
        return None  # "After Frieden noted …, Takaichi said": a clause set before the subject
    patterns = module.clause_patterns if module is not None else None
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
            if _names_both(piece) or named_people(piece, language, termbase) is not None
        ]
    return replace(found, phrase=" ".join([*pieces, whom]).strip(), addressee=whom.strip())


def _credits_author(text: str, match: re.Match[str], language: str) -> bool:
    """A "<who> <verb>" opening that credits an author ("the vision proposed by Mr. Abe",
    "according to X"), not a speaker."""
    return is_authorship(text[: match.end() + 4], language)


def _speakers_of(
    text: str, language: str, termbase: Termbase, *, require_person: bool = False
) -> Speakers | None:
    if _names_both(text):
        return Speakers(text.strip(), frozenset(), both=True)
    if _asks_questions(text.strip()):
        return Speakers(text.strip(), frozenset(), frozenset({"reporter"}))
    hits = [h for h in termbase.find(text, language) if is_name(h)]
    persons = frozenset(h.entry.id for h in hits if not is_title(h.entry))
    rest = text
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[: hit.start] + " " * (hit.end - hit.start) + rest[hit.end :]
    module = language_for(language)
    found = module.speaker_names(rest) if module is not None else ()
    names = frozenset(word.lower() for word in found if word.lower() not in NOT_NAMES)
    if not persons and not names and not hits:
        return None if require_person else Speakers(text.strip(), frozenset())
    joint = _parties(text, rest, hits, found, language) >= 2
    return Speakers(
        text.strip(),
        persons,
        names,
        both=joint,
        countries=_country_only(text, hits, names, language),
    )


def _country_only(
    text: str, hits: Sequence[TermHit], names: frozenset[str], language: str
) -> frozenset[str]:
    """The forms of the country a speaker text names when it names a country (or its capital,
    for its government) and no one else: "Japan", "Tokyo", "Mozambique"; or a country's
    office and no one by name: "Japan's prime minister", "the Jamaican prime minister",
    "Norland's top diplomat" (whoever holds it speaks for the country); else empty."""
    places = [h for h in hits if h.entry.role in (NameRole.COUNTRY, NameRole.PLACE)]
    if any(h.entry.role not in (NameRole.COUNTRY, NameRole.PLACE, NameRole.TITLE) for h in hits):
        return frozenset()  # a person: "Prime Minister Takaichi"
    if any(h.entry.role is NameRole.TITLE for h in hits) and _name_after_title(
        text, hits, language
    ):
        return frozenset()  # "Prime Minister Montenegro" is a person
    forms = set(countries_named(text))
    for hit in places:
        forms |= {f.lower() for fs in hit.entry.forms.values() for f in fs}
    # A word in small letters names no one ("Norland's top diplomat": an office).
    written = _written_as_names(text, language)
    names = frozenset(n for n in names if n in written)
    if not forms or any(n not in forms and unowned(n) not in forms for n in names):
        return frozenset()
    return frozenset(forms)


def _name_after_title(text: str, hits: Sequence[TermHit], language: str) -> bool:
    """Whether a title is followed by more words (a name: "Prime Minister Montenegro"), not
    by the end or by the phrase it heads (`KeyFactPatterns.of_after`: "Japan's prime
    minister", "the Prime Minister of Jamaica")."""
    module = language_for(language)
    patterns = module.key_fact_patterns if module is not None else None
    of_after = patterns.of_after if patterns is not None else None
    for hit in hits:
        if hit.entry.role is not NameRole.TITLE:
            continue
        if text[hit.end :].strip() and not (of_after is not None and of_after.match(text, hit.end)):
            return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _name_mark(language: str) -> re.Pattern[str] | None:
    """How the language marks a word written as a name (`SpeakerPatterns.name_word`: in Latin
    letters a capital opens it; a word in kana or kanji may always be one), or None."""
    module = language_for(language)
    patterns = module.speaker_patterns if module is not None else None
    return patterns.name_word if patterns is not None else None


def _marked(word: str, mark: re.Pattern[str] | None) -> bool:
    """Whether a word is written as a name by the mark (`_name_mark`); any word without one."""
    return mark is None or mark.match(word) is not None


def _written_as_names(text: str, language: str) -> frozenset[str]:
    """The words of a text (lowered) written as names (`_name_mark`: in Latin letters, one
    opening with a capital); every word where the language marks none."""
    mark = _name_mark(language)
    return frozenset(w.lower() for w in _WORD.findall(text) if _marked(w, mark))


def named_people(text: str, language: str, termbase: Termbase) -> Speakers | None:
    """The people a text names: termbase persons, and name words written as names (in
    capitals, or in a script the language's mark always admits, kana or kanji); None when it
    names none."""
    found = _speakers_of(text, language, termbase, require_person=True)
    if found is None:
        return None
    written = _written_as_names(text, language)
    # A name word is lowered: only a script without capitals still shows it is one.
    mark = _name_mark(language)
    names = frozenset(n for n in found.names if n in written or _marked(n, mark))
    persons = frozenset(p for p in found.persons if _person(termbase, p))
    return replace(found, persons=persons, names=names) if persons or names else None


def _parties(
    text: str, rest: str, hits: list[TermHit], found: tuple[str, ...], language: str
) -> int:
    """How many parties a speaker text names side by side: "Japan and South Africa",
    「高市総理とゼレンスキー大統領」 are two, the subject of a joint act; "Thai Prime Minister
    Anutin Charnvirakul" is one. Two names are two parties where the language's coordinator
    ("and", と) and nothing else stands between them ("Takaichi, in talks with Trump," and
    "Takaichi on Tuesday" are one)."""
    spans = [(h.start, h.end, not is_title(h.entry)) for h in hits]
    mark = _name_mark(language)
    at = 0
    for word in found:
        place = rest.find(word, at)
        if place < 0 or word.lower() in NOT_NAMES or not _marked(word, mark):
            continue
        spans.append((place, place + len(word), True))
        at = place + len(word)
    spans.sort()
    module = language_for(language)
    if module is None or not spans:
        return 0
    coordinator = module.clause_patterns.coordinator if module.clause_patterns else None
    parties = 0
    named = False
    end = spans[0][0]
    for start, stop, person in spans:
        between = module.tokens(text[end:start])
        joins = [t for t in between if t.word_class is WordClass.FUNCTION]
        if (
            len(joins) == 1
            and coordinator is not None
            and coordinator.fullmatch(joins[0].surface)
            and {t.word_class for t in between} <= _JOINING
        ):
            parties += named
            named = False
        named = named or person
        end = max(end, stop)
    parties += named
    if parties and coordinator is not None:
        # A name joined to a pronoun ("Prime Minister Takaichi and I", 「高市総理と私」, "we
        # and X"): the pronoun is a party the sentence does not name, the page's speaker.
        after = module.tokens(text[end:])
        before = module.tokens(text[: spans[0][0]])
        if _joins_pronoun(after, coordinator) or _joins_pronoun(before[::-1], coordinator):
            parties += 1
    return parties


def _joins_pronoun(tokens: Sequence[Token], coordinator: re.Pattern[str]) -> bool:
    """Whether words next to a name, read away from it, are the coordinator and then only
    grammar words (a pronoun, a particle): "and I", と私は; read backwards, "We and"."""
    if len(tokens) < 2 or not coordinator.fullmatch(tokens[0].surface):
        return False
    rest = tokens[1:]
    return all(t.word_class is WordClass.FUNCTION for t in rest) and any(
        not coordinator.fullmatch(t.surface) for t in rest
    )


def sentence_speakers(
    entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers | None:
    """Who says the sentence: a speaker reported inside it, else its speaker label.

    A speaker is reported where the sentence opens with one (「大統領からは、…」, "President
    Trump said …") or where its subject is the one who says something («大統領は…とおっしゃ
    いました»): inside a transcript, the words are then that person's, not the label's. What
    stands before the reporting verb must have a speaker's shape (`names_speaker`): a
    sentence whose adjective looks like a reporting verb ("partner in meeting shared
    challenges") stays with its label.
    """
    text = entry.sentence.text
    module = language_for(entry.language)
    candidates = []
    for pattern in (module.reported_speech, module.claim_speech) if module else ():
        reported = pattern.match(text)
        if reported is None or _credits_author(text, reported, entry.language):
            continue
        who = reported.group("who")
        if module is not None and module.speaker_ends(who) and names_speaker(who):
            candidates.append(_naming_pieces(who, entry.language, termbase))
            break
    if entry.sentence.speaker:
        candidates.append(entry.sentence.speaker)
    for candidate in candidates:
        speakers = _speakers_of(candidate, entry.language, termbase, require_person=True)
        if speakers is None:
            continue
        if not speakers.persons and not speakers.names and not speakers.both:
            speakers = _resolve_title(speakers, candidate, entry, termbase, links)
        return speakers
    return None


def _naming_pieces(who: str, language: str, termbase: Termbase) -> str:
    """A sentence's speaker phrase without a part set off by commas that names no one ("In
    response, Minister Venner" → "Minister Venner"): the speaker the report shows is
    a person, never a fragment of the clause."""
    pieces = who.split(",")
    if len(pieces) < 2:
        return who
    kept = [
        piece
        for piece in pieces
        if _names_both(piece) or named_people(piece, language, termbase) is not None
    ]
    return ",".join(kept).strip() if kept else who


def _resolve_title(
    speakers: Speakers, text: str, entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers:
    """A bare title (大統領, "the Premier") stands for the one person a source names with
    it: the same source if it does, else the other sources of the run (they report the same
    event). A title the source gives to two people ("Prime Minister Takaichi" and "Premier
    Li": one title in the termbase) stands for neither; a name the termbase does not know
    counts as a holder as much as one it knows."""
    titles = [(h.entry.id, h.surface) for h in termbase.find(text, entry.language) if is_name(h)]
    sources = [entry.source_id] + [s for s in links.sources() if s != entry.source_id]
    for scope, where in ((sources[:1], "this source"), (sources, "the sources")):
        held: set[TitleHolder] = set()
        for title, surface in titles:
            for source_id in scope:
                held |= links.holders(source_id, title, surface)
        if len(held) != 1:
            if held:
                return speakers  # two holders: the title alone names neither
            continue
        (holder,) = held
        persons = frozenset(p for p in holder.persons if _person(termbase, p))
        if persons or holder.names:
            shown = f"{speakers.text} (= {holder.written} in {where})"
            return Speakers(shown, persons, holder.names)
    return speakers


def _person(termbase: Termbase, concept: str) -> bool:
    entry = termbase.get(concept)
    return entry is not None and is_person(entry)


def clause_speakers(
    clause: Clause,
    entry: IndexedSentence,
    termbase: Termbase,
    links: TitleLinks,
) -> Speakers | None:
    """Who says one clause: its own opening speaker, both sides for a joint act, no one for
    the report of the meeting itself, else the sentence's speaker."""
    if clause.joint:
        return Speakers(clause.speaker or clause.text.strip(), frozenset(), both=True)
    if clause.meeting and clause.speaker is None:
        return None  # who met whom: the people of the meeting, no one's words
    if clause.speaker is None:
        return sentence_speakers(entry, termbase, links)
    speakers = _speakers_of(clause.speaker, entry.language, termbase, require_person=True)
    if speakers is not None and not (speakers.persons or speakers.names or speakers.both):
        speakers = _resolve_title(speakers, clause.speaker, entry, termbase, links)
    return speakers


_NOT_WORD = re.compile(r"[\W_]+")


def within(surface: str, phrase: str) -> bool:
    """Whether a claim's word stands in a (lower-cased) phrase: as whole words where it is
    written in Latin letters ("port" is not in "portugal"), anywhere in other scripts."""
    word = surface.lower()
    if not word.isascii():
        return word in phrase
    return f" {_NOT_WORD.sub(' ', word)} " in f" {_NOT_WORD.sub(' ', phrase)} "


def _speaker_pattern(
    pick: Callable[[SpeakerPatterns], re.Pattern[str] | None],
) -> Iterator[re.Pattern[str]]:
    """One kind of speaker pattern (`SpeakerPatterns`), in the words of every language."""
    for module in every_language():
        patterns = module.speaker_patterns
        pattern = pick(patterns) if patterns is not None else None
        if pattern is not None:
            yield pattern


def _names_both(text: str) -> bool:
    """Whether a speaker's text names the two sides together ("the two leaders", 両首脳), in
    the words of any language (`SpeakerPatterns.both`): a joint subject."""
    return any(both.search(text) for both in _speaker_pattern(lambda p: p.both))


def _asks_questions(label: str) -> bool:
    """Whether a speaker label names the one who asks the questions of a transcript ("Q",
    記者), in any language's convention (`SpeakerPatterns.reporter`): never the person the
    claim quotes."""
    return any(asker.match(label) for asker in _speaker_pattern(lambda p: p.reporter))
