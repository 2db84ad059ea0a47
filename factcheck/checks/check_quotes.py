"""Check quotes: grade each quoted span of a claim against its best source span.

Takes a quote, the claim's language and the indexed sentences of the claim's sources; gives a
`QuoteCheck`: exact / equal after normalisation / paraphrase / altered / not found, with the
source span and a word-level diff. Within one language the diff is on words; against a source
in another language it goes through the termbase and the lexicon: each term or content word of
the quote is looked for in the source span (a term by its concept, a word by what JMdict says
it means), and the words the span has in their place are shown ("attractive" against 楽しい,
enjoyable).
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.checks.match import IndexedSentence, SourceIndex, fold
from factcheck.languages import every_language, key_fact_pattern, language_for
from factcheck.languages.interface import (
    OPPOSITE,
    BridgeKind,
    Bridging,
    Negating,
    PhraseStems,
    Relating,
    Script,
    Token,
    WordClass,
    script_of,
)
from factcheck.languages.names import names_agree
from factcheck.model import TermFlag
from factcheck.terms.termbase import EntryKind, Termbase, TermEntry
from factcheck.text.analyse import WordLink, analyse_text, stem
from factcheck.text.numbers import find_numbers
from factcheck.text.quote_marks import find_quote_spans
from factcheck.thresholds import (
    MAX_PHRASE_TOKENS,
    QUOTE_ALIGNED_WORDING,
    QUOTE_EDGE_GAP,
    QUOTE_MEMBERSHIP_REACH,
    QUOTE_MIN_SHARED,
    QUOTE_PARAPHRASE_WORDING,
    QUOTE_ROOT_MIN,
    QUOTE_ROOT_SUFFIX,
    QUOTE_TRANSLATED_SHARE,
    TERM_QUOTE_SHARE,
)

_WORDS = re.compile(r"\w+(?:['’]\w+)?")
_FUNCTION_WORDS = frozenset(
    "a an the and or of to in on at for with by as is are was were be been that this".split()
)


class QuoteGrade(enum.Enum):
    EXACT = "exact"
    NORMALISED = "equal after normalisation"
    PARAPHRASE = "paraphrase"
    ALTERED = "altered"
    NOT_FOUND = "not found"


@dataclass(frozen=True)
class QuoteCheck:
    quote: str
    grade: QuoteGrade
    source_id: str | None = None
    sentence_index: int | None = None
    source_span: str = ""
    diff: tuple[str, ...] = ()
    """Word-level differences: "attractive → 楽しい (fun)", "- very", "+ extremely"."""
    score: float = 0.0
    """Wording similarity (one language) or share of concepts carried (across languages)."""
    comparable: bool = True
    """False when nothing could be compared: no source in the quote's language and no
    termbase concept in the quote. A quote not found but comparable is in no source."""
    unchecked: tuple[str, ...] = ()
    """Words of a quote translated from another language that no dictionary links to the
    source span, while no other word of the span stands in their place: not checked."""

    @property
    def where(self) -> str:
        if self.source_id is None or self.sentence_index is None:
            return ""
        return f"{self.source_id} sentence {self.sentence_index + 1}"

    @property
    def absent(self) -> bool:
        """The quote could be compared and stands in no source."""
        return self.grade is QuoteGrade.NOT_FOUND and self.comparable

    def describe(self) -> str:
        text = f"quote “{self.quote}”: {self.grade.value}"
        if self.grade is QuoteGrade.NOT_FOUND and not self.comparable:
            text += " (cannot be compared: no source in its language, no term or known word in it)"
        if self.where:
            text += f" against “{self.source_span}” ({self.where})"
        if self.diff:
            text += "; " + "; ".join(self.diff)
        if self.unchecked:
            text += "; " + self.unchecked_note()
        return text

    def unchecked_note(self) -> str:
        """Which of the quote's words could not be checked across languages, and why."""
        words = ", ".join(f"“{w}”" for w in self.unchecked)
        return (
            f"{words} could not be checked across languages "
            "(no dictionary link to the source's words, and no other word in their place)"
        )


def is_term_quote(
    quote: str,
    language: str,
    termbase: Termbase,
    flags: Sequence[TermFlag] = (),
    source_terms: frozenset[str] | None = None,
) -> bool:
    """Whether a quoted span is an official name rather than someone's words.

    Quotation marks often set off an official name ("Free and Open Indo-Pacific", 「自由で
    開かれたインド太平洋」): such a span is checked as a term (a term flag with the official
    wording when it is garbled), not graded as a quotation. It is one when a flag of the claim
    on an official name lies inside it, or one official name spans nearly all of it. An
    official name is a termbase term whose English form is capitalised like a proper name;
    lower-case phrases ("top priority") are ordinary words someone may be quoted saying.

    `source_terms`, when given, are the termbase entries the claim's sources carry: a correctly
    written official name that none of them carries is graded as a quotation (it stands in no
    source), not set aside as a term.
    """
    folded = quote.casefold()
    for flag in flags:
        entry = termbase.get(flag.entry_id)
        if flag.found.strip() and flag.found.casefold() in folded and entry and _is_name(entry):
            return True
    letters = sum(ch.isalnum() for ch in quote)
    for hit in termbase.find(quote, language):
        if hit.entry.kind is not EntryKind.TERM or not _is_name(hit.entry):
            continue
        if source_terms is not None and hit.entry.id not in source_terms:
            continue
        covered = sum(ch.isalnum() for ch in quote[hit.start : hit.end])
        if letters and covered / letters >= TERM_QUOTE_SHARE:
            return True
    return False


def _is_name(entry: TermEntry) -> bool:
    """An official name: a term whose English form capitalises its content words."""
    english = entry.preferred("en") or ""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", english) if len(w) > 3]
    return entry.kind is EntryKind.TERM and bool(words) and all(w[0].isupper() for w in words)


def check_quote(
    quote: str,
    language: str,
    index: SourceIndex,
    positions: Sequence[int],
) -> QuoteCheck:
    """Grade one quote against the sentences at `positions` of the index."""
    candidates = [index.sentences[p] for p in positions]
    same = [c for c in candidates if c.language == language]
    other = [c for c in candidates if c.language != language]
    best = (
        _grade_same_language(quote, same, language)
        if same
        else QuoteCheck(quote, QuoteGrade.NOT_FOUND, comparable=False)
    )
    if best.grade in (QuoteGrade.EXACT, QuoteGrade.NORMALISED, QuoteGrade.PARAPHRASE):
        return best
    if other:
        across = _grade_across_languages(quote, language, other, index.termbase)
        if across.grade is not QuoteGrade.NOT_FOUND and (
            best.grade is QuoteGrade.NOT_FOUND or across.grade is QuoteGrade.PARAPHRASE
        ):
            return across
        if not best.comparable:
            return across
    return best


def drops_membership(
    check: QuoteCheck, claim_text: str, language: str, index: SourceIndex
) -> QuoteCheck:
    """A quote that the source bears out, but whose source words are one of a set
    (`KeyFactPatterns.membership`: "one of the most important partners", 最も重要なパートナー
    の一つ, within QUOTE_MEMBERSHIP_REACH of the words it renders), while the claim says
    nowhere that they are: "Norway's most important partner in Asia" makes the one of several
    the only one. The quote is altered, and the diff names the words it leaves out. A claim
    in a language that names no such words is not judged."""
    if check.grade not in (QuoteGrade.EXACT, QuoteGrade.NORMALISED, QuoteGrade.PARAPHRASE):
        return check
    if check.source_id is None or check.sentence_index is None or not check.source_span:
        return check
    said = key_fact_pattern(language, "membership")
    if said is None or said.search(claim_text):
        return check
    entry = index.entry(check.source_id, check.sentence_index)
    marks = key_fact_pattern(entry.language, "membership")
    text = entry.sentence.text
    at = text.find(check.source_span)
    if marks is None or at < 0:
        return check
    end = at + len(check.source_span)
    before = text[max(0, at - QUOTE_MEMBERSHIP_REACH) : at]
    after = text[end : end + QUOTE_MEMBERSHIP_REACH]
    # Not past a mark that ends the quoted words' phrase («…だ」と述べ、課題の一つ»).
    before = _PHRASE_MARK.split(before)[-1]
    after = _PHRASE_MARK.split(after)[0]
    found = marks.search(before + check.source_span + after)
    if found is None:
        return check
    note = f"the quote leaves out “{found.group(0).strip()}”: the source names one of several"
    return dataclasses.replace(check, grade=QuoteGrade.ALTERED, diff=(*check.diff, note))


_PHRASE_MARK = re.compile(r"[、。，,;；:：「」『』“”\"]")
"""A mark that ends a phrase or a quotation."""


def _grade_same_language(
    quote: str, candidates: Sequence[IndexedSentence], language: str
) -> QuoteCheck:
    pieces = [p for p in _ELLIPSIS.split(quote) if any(ch.isalnum() for ch in p)]
    if len(pieces) > 1:
        return _grade_with_omissions(quote, pieces, candidates, language)
    for candidate in candidates:
        if quote in candidate.sentence.text:
            return _result(quote, QuoteGrade.EXACT, candidate, quote, (), 100.0)
    folded_quote = " ".join(fold(quote).split())
    for candidate in candidates:
        # Whole words: "ally" is not in "rally".
        if folded_quote and f" {folded_quote} " in f" {' '.join(candidate.folded.split())} ":
            return _result(quote, QuoteGrade.NORMALISED, candidate, quote, (), 100.0)
    for candidate in candidates:
        # The same letters but for punctuation, spacing and width: U.S. / US, long-standing /
        # longstanding, ＡＳＥＡＮ / ASEAN; whole words of the source, never the inside of
        # one. In an unspaced language, the same words in their normalised forms.
        found = _find_letters(quote, candidate.sentence.text) or _find_forms(
            quote, candidate.sentence.text, language
        )
        if found is not None:
            span = candidate.sentence.text[found[0] : found[1]]
            return _result(quote, QuoteGrade.NORMALISED, candidate, span, (), 100.0)
    best: tuple[float, IndexedSentence, str] | None = None
    for candidate in candidates:
        alignment = fuzz.partial_ratio_alignment(fold(quote), candidate.folded)
        if alignment and (best is None or alignment.score > best[0]):
            span = candidate.sentence.text[alignment.dest_start : alignment.dest_end]
            text = candidate.sentence.text
            widened = _widen_to_tokens(text, alignment.dest_start, alignment.dest_end, language)
            best = (alignment.score, candidate, widened or _widen_to_words(text, span))
    if best is None or best[0] < QUOTE_ALIGNED_WORDING:
        return QuoteCheck(quote, QuoteGrade.NOT_FOUND, score=best[0] if best else 0.0)
    score, candidate, span = best
    changes = _token_diff(quote, span, language)
    if changes is None:
        diff = _word_diff(quote, span)
        content = [d for d in diff if not _is_light_change(d, language)]
    else:
        diff = [change for change, _ in changes]
        content = [change for change, light in changes if not light]
    grade = (
        QuoteGrade.PARAPHRASE
        if score >= QUOTE_PARAPHRASE_WORDING and not content
        else QuoteGrade.ALTERED
    )
    return _result(quote, grade, candidate, span, tuple(diff), round(score, 1))


_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.{3}|…)\s*\]|\.{3}|…)\s*")
"""An ellipsis in a quote: the writer left words of the source out there."""
_GRADE_ORDER = (
    QuoteGrade.EXACT,
    QuoteGrade.NORMALISED,
    QuoteGrade.PARAPHRASE,
    QuoteGrade.ALTERED,
    QuoteGrade.NOT_FOUND,
)


def _grade_with_omissions(
    quote: str, pieces: Sequence[str], candidates: Sequence[IndexedSentence], language: str
) -> QuoteCheck:
    """A quote with an ellipsis ("the alliance … is the cornerstone"): its pieces stand in
    one sentence of the source, in order, with the words it leaves out between them; then it
    is equal after normalisation, and the diff names what was left out. Otherwise each piece
    is graded on its own, and the quote takes the worst grade; pieces that are each the
    source's words, joined out of order or across sentences, make a paraphrase whose diff says
    where each stands."""
    for candidate in candidates:
        text = candidate.sentence.text
        spans: list[tuple[int, int]] = []
        for piece in pieces:
            after = spans[-1][1] if spans else 0
            found = _find_letters(piece, text, after) or _find_forms(piece, text, language, after)
            if found is None:
                break
            spans.append(found)
        else:
            left_out = tuple(
                f"the quote leaves out “{text[a[1] : b[0]].strip()}”"
                for a, b in itertools.pairwise(spans)
                if text[a[1] : b[0]].strip()
            )
            span = text[spans[0][0] : spans[-1][1]]
            return _result(quote, QuoteGrade.NORMALISED, candidate, span, left_out, 100.0)
    checks = [_grade_same_language(piece, candidates, language) for piece in pieces]
    worst = max(checks, key=lambda check: _GRADE_ORDER.index(check.grade))
    if worst.grade in (QuoteGrade.EXACT, QuoteGrade.NORMALISED):
        # Every piece is the source's words, but not in this order in one sentence: the quote
        # joins them. Nothing is changed, but an editor should see where each piece stands.
        where = "; ".join(f"“{c.quote}” in {c.where}" for c in checks)
        note = f"its pieces stand apart in the source, not in this order in one sentence: {where}"
        return dataclasses.replace(worst, quote=quote, grade=QuoteGrade.PARAPHRASE, diff=(note,))
    return dataclasses.replace(worst, quote=quote)


def _find_letters(piece: str, text: str, start: int = 0) -> tuple[int, int] | None:
    """Where the letters and digits of `piece`, in order and nothing else between them, stand
    in `text` from `start` (lower-cased and width-folded: ＡＳＥＡＮ is ASEAN; punctuation and
    spaces aside); None when they do not. Latin letters and digits must be whole words: a
    quote never starts or ends inside one."""
    wanted = "".join(ch for _, ch in _letters(piece))
    if not wanted:
        return None
    kept = [(i, ch) for i, ch in _letters(text) if i >= start]
    letters = "".join(ch for _, ch in kept)
    at = letters.find(wanted)
    while at >= 0:
        first, last = kept[at][0], kept[at + len(wanted) - 1][0] + 1
        if not _inside_word(text, first) and not _inside_word(text, last):
            return first, last
        at = letters.find(wanted, at + 1)
    return None


def _letters(text: str) -> list[tuple[int, str]]:
    """The letters and digits of a text, width-folded and lower-cased, each with where it
    stands."""
    return [
        (i, folded)
        for i, ch in enumerate(text)
        for folded in unicodedata.normalize("NFKC", ch).casefold()
        if folded.isalnum()
    ]


def _inside_word(text: str, at: int) -> bool:
    """Whether `at` falls between two Latin letters or digits (a word of a spaced script)."""
    if at <= 0 or at >= len(text):
        return False
    before = unicodedata.normalize("NFKC", text[at - 1])
    after = unicodedata.normalize("NFKC", text[at])
    return all(c.isascii() and c.isalnum() for c in before + after)


def _find_forms(piece: str, text: str, language: str, start: int = 0) -> tuple[int, int] | None:
    """Where the words of `piece` stand in `text` from `start` in an unspaced language, word
    for word in their normalised forms (引上げ / 引き上げ, 取組 / 取り組み, さらなる / 更なる:
    the analyser's dictionary spellings), punctuation aside; None when they do not. A word
    that inflects keeps its ending: 強化する is not the 強化し of 強化しない."""
    module = language_for(language)
    if module is None or module.spaced:
        return None
    wanted = [_form(t) for t in module.tokens(piece) if not _punctuated(t.surface)]
    if not wanted:
        return None
    tokens = [t for t in module.tokens(text) if t.start >= start and not _punctuated(t.surface)]
    forms = [_form(t) for t in tokens]
    for i in range(len(forms) - len(wanted) + 1):
        if forms[i : i + len(wanted)] == wanted:
            return tokens[i].start, tokens[i + len(wanted) - 1].end
    return None


def _widen_to_words(text: str, span: str) -> str:
    start = text.find(span)
    if start < 0:
        return span
    end = start + len(span)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


_UNINFLECTED = frozenset(
    {WordClass.NOUN, WordClass.PROPER_NOUN, WordClass.PERSON_NAME, WordClass.NUMBER}
)


def _form(token: Token) -> tuple[str, str]:
    """A word as `_find_forms` compares it: its normalised form, and for a word that may
    inflect, the kana it ends in (引上げ and 引き上げ both end in げ; し and する differ)."""
    ending = "" if token.word_class in _UNINFLECTED else token.surface[-1:]
    return token.normal.casefold(), ending


def _widen_to_tokens(text: str, start: int, end: int, language: str) -> str:
    """In an unspaced language, the text from `start` to `end` widened to whole words of the
    analyser (a run of kanji and kana is no word: 引き上げたい旨述べました is several), and on
    through the kana that inflect the last one; "" in a spaced one."""
    module = language_for(language)
    if module is None or module.spaced:
        return ""
    every = list(module.tokens(text))
    tokens = [t for t in every if t.start < end and start < t.end]
    if not tokens:
        return ""
    # The kana that inflect the last word go with it: 強化し・ない, not 強化し.
    last = every.index(tokens[-1])
    for token in every[last + 1 :]:
        inflection = token.word_class in (WordClass.FUNCTION, WordClass.AUXILIARY) and all(
            script_of(ch) is Script.HIRAGANA for ch in token.surface
        )
        if not inflection or _punctuated(text[tokens[-1].end : token.start]):
            break
        tokens.append(token)
    return text[tokens[0].start : tokens[-1].end].strip()


def _token_diff(quote: str, span: str, language: str) -> list[tuple[str, bool]] | None:
    """In an unspaced language, the word-level differences of the quote and its span, each
    with whether it is light: grammar words only left out or added (の). A particle put in
    another's place is not light: 日本が支援 is not 日本を支援. None in a spaced language
    (`_word_diff`)."""
    module = language_for(language)
    if module is None or module.spaced:
        return None

    def words(text: str) -> list[Token]:
        return [t for t in module.tokens(text) if not _punctuated(t.surface)]

    a, b = words(quote), words(span)
    out: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(
        a=[_form(t) for t in a], b=[_form(t) for t in b], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left = "".join(t.surface for t in a[i1:i2])
        right = "".join(t.surface for t in b[j1:j2])
        light = tag != "replace" and all(
            t.word_class is WordClass.FUNCTION for t in (*a[i1:i2], *b[j1:j2])
        )
        if tag == "replace":
            out.append((f"“{left}” → “{right}”", light))
        elif tag == "delete":
            out.append((f"“{left}” is not in the source", light))
        elif tag == "insert":
            out.append((f"the source also has “{right}”", light))
    return out


def _word_diff(quote: str, span: str) -> list[str]:
    a = [w.lower() for w in _WORDS.findall(quote)]
    b = [w.lower() for w in _WORDS.findall(span)]
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "replace":
            out.append(f"“{' '.join(a[i1:i2])}” → “{' '.join(b[j1:j2])}”")
        elif tag == "delete":
            out.append(f"“{' '.join(a[i1:i2])}” is not in the source")
        elif tag == "insert":
            out.append(f"the source also has “{' '.join(b[j1:j2])}”")
    return out


def _is_light_change(change: str, language: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(change)]
    words = [w for w in words if w not in {"is", "not", "in", "the", "source", "also", "has"}]
    if all(w in _FUNCTION_WORDS for w in words):
        return True
    if "→" in change:
        left, right = change.split("→", 1)
        if _same_number(left, right, language):
            return True
        a, b = _WORDS.findall(left.lower()), _WORDS.findall(right.lower())
        return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))
    return False


def _same_number(left: str, right: str, language: str) -> bool:
    """Whether two wordings are one number and nothing else: “two” / “2”, “twenty-five” /
    “25”, “first” / “1st”."""
    a = find_numbers(left.strip(" “”"), language)
    b = find_numbers(right.strip(" “”"), language)
    if len(a) != 1 or len(b) != 1 or (a[0].value, a[0].ordinal) != (b[0].value, b[0].ordinal):
        return False
    rest = [
        _WORDS.findall(text[: n.start] + text[n.end :])
        for text, n in ((left.strip(" “”"), a[0]), (right.strip(" “”"), b[0]))
    ]
    return rest[0] == rest[1]


def _same_word(a: str, b: str) -> bool:
    """The same word but for inflection or spelling: cornerstone/cornerstones, defence/defense;
    say/said is not."""
    if a == b or stem(a) == stem(b) or _american(a) == _american(b):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def _american(word: str) -> str:
    """A word's American spelling, where breame's lists give a British one (defence →
    defense, realisation → realization): a quote re-spelled to a house style is the same
    quote."""
    from breame.spelling import get_american_spelling

    spelled: str = get_american_spelling(word)
    return spelled


@dataclass(frozen=True)
class _Concept:
    """What a quote's word or term means, and how a span may carry it."""

    key: str
    """"term:<entry id>" for a termbase concept, "word:<lemma>" for a lexicon word."""
    surface: str
    pivots: frozenset[str] = frozenset()
    word_class: WordClass | None = None
    """Its part of speech in the quote, where the analyser tells (None for a term)."""
    tail: str = ""
    """The grammar that follows it in the quote, as its language reads a word by it
    (`PhraseStems.phrase_tail`: the kana and a little more, できるパー in 信頼できるパートナー):
    it may be the stem of a dictionary phrase (信用できる "trustworthy")."""
    start: int = -1
    """Where the quote first writes it (-1 where not known)."""


@dataclass(frozen=True)
class _SpanHit:
    key: str
    surface: str
    start: int
    end: int
    gloss: str
    """What the span's word means, for the diff: the termbase's wording or a JMdict gloss."""
    tail: str = ""
    """The kana that follow it in the span, as for `_Concept.tail`."""


def _grade_across_languages(
    quote: str, language: str, candidates: Sequence[IndexedSentence], termbase: Termbase
) -> QuoteCheck:
    """Align the quote's concepts with the best span of another language.

    Each content word or term of the quote is aligned with a word of the span through the
    termbase and the lexicon; a run of words that is one dictionary headword (かけがえのない,
    太平洋) counts as one unit, and one word of the span may carry several of the quote's
    ("status quo" in 現状). A quote word left over is *altered* when the span has a word of its
    own in its place (a content word inside the aligned words, or next to them within the same
    phrase: "attractive" against 楽しい); it is *unchecked* when the span has none, since the
    dictionary may just lack the link. Unchecked words alone, with QUOTE_TRANSLATED_SHARE of
    the quote aligned, leave the quote a faithful translation that names them.
    """
    wanted = _concepts(quote, language, termbase)
    if not wanted:
        return QuoteCheck(quote, QuoteGrade.NOT_FOUND, comparable=False)
    best: tuple[float, _Alignment] | None = None
    for phrases in (False, True):
        # A sentence none of whose words carries a quoted word is passed over, unless no
        # sentence carries enough of the quote: then each is read again for the words its
        # headword runs mean (欠か・せ・ない → 欠かせない "indispensable"), at that cost only then.
        for candidate in candidates:
            alignment = _align(candidate, language, wanted, phrases=phrases)
            # Words met by their root only never make a span the quote's counterpart.
            share = len(alignment.found - alignment.rooted) / len(wanted)
            if best is None or (share, len(alignment.found)) > (best[0], len(best[1].found)):
                best = (share, alignment)
        if best is not None and best[0] >= QUOTE_MIN_SHARED:
            break
    if best is None or best[0] < QUOTE_MIN_SHARED:
        return QuoteCheck(quote, QuoteGrade.NOT_FOUND, score=best[0] * 100 if best else 0.0)
    share, alignment = best
    candidate, hits = alignment.candidate, alignment.hits
    text = candidate.sentence.text
    missing = [concept for key, concept in wanted.items() if key not in alignment.found]
    first = min(h.start for h in hits)
    last = max(h.end for h in hits)
    languages = (language, candidate.language)
    free = _in_place(alignment, first, last) if missing else []
    related = _related_in_place(missing, free, languages)
    missing = [concept for concept in missing if concept.key not in related]
    free = [t for t in free if all(t is not token for token, _ in related.values())]
    paired = _pair(missing, free, alignment.every)
    in_place = [hit for _, hit in paired if hit is not None]
    widened = in_place + [_named(token, alignment.every) for token, _ in related.values()]
    if widened:
        first = min(first, *(h.start for h in widened))
        last = max(last, *(h.end for h in widened))
    span = _quoted_region(text, first, last)
    score = round(share * 100, 1)
    flipped = _polarity_change(quote, language, candidate, hits)
    if flipped is not None:
        return _result(quote, QuoteGrade.ALTERED, candidate, span, (flipped,), score)
    if not missing:
        pairs = _pairs(hits, wanted, alignment.rooted, related)
        return _result(quote, QuoteGrade.PARAPHRASE, candidate, span, pairs, score)
    unchecked = tuple(concept.surface for concept, hit in paired if hit is None)
    agreed = (len(wanted) * share + len(related)) / len(wanted)
    if not in_place and agreed >= QUOTE_TRANSLATED_SHARE:
        pairs = _pairs(hits, wanted, alignment.rooted, related)
        result = _result(quote, QuoteGrade.PARAPHRASE, candidate, span, pairs, score)
        return dataclasses.replace(result, unchecked=unchecked)
    return _result(quote, QuoteGrade.ALTERED, candidate, span, _concept_diff(paired), score)


def _polarity_change(
    quote: str, language: str, candidate: IndexedSentence, hits: Sequence[_SpanHit]
) -> str | None:
    """How the quote turns the polarity of the words it shares with its span (`hits` in the
    candidate's sentence) round, or None: the span denies one of them once (思惑なしに "without
    calculations", 認められない "cannot be accepted") and the quote has no denial, or the
    quote denies once and the span has none. A denial changes what was said, whatever
    words carry the rest. Grammar only (`Negating.denials`), and on any doubt none: either
    side with another negation, limit or condition (`Negating.doubts`: "only", まで), or a
    word that negates by its prefix ("unacceptable", 未承認), is left as the words say."""
    quoting, source = language_for(language), language_for(candidate.language)
    if not isinstance(quoting, Negating) or not isinstance(source, Negating):
        return None
    text = candidate.sentence.text
    first, last = min(h.start for h in hits), max(h.end for h in hits)
    quote_tokens = _tokens(quote, language)
    every = _tokens(text, candidate.language)
    span_tokens = [t for t in every if first <= t.start < last]
    said = quoting.denials(quote, quote_tokens, 0, len(quote))
    denied = [d for hit in hits for d in source.denials(text, every, hit.start, hit.end)]
    doubts = (
        quoting.doubts(quote, quote_tokens),
        source.doubts(text[first:last], span_tokens),
    )
    if len(denied) == 1 and not said and doubts[0] == 0 and doubts[1] <= 1:
        change = f"the source denies it (“{denied[0]}”); the quote does not"
    elif len(said) == 1 and not denied and doubts[0] <= 1 and doubts[1] == 0:
        change = f"the quote denies it (“{said[0]}”); the source does not"
    else:
        return None
    # Asked last, and so rarely: a word's prefix may need the analyser's shortest units.
    if any(quoting.negative_word(t.surface) for t in quote_tokens if t.content) or any(
        source.negative_word(t.surface) for t in span_tokens if t.content
    ):
        return None
    return change


def _related_in_place(
    missing: Sequence[_Concept], in_place: Sequence[Token], languages: tuple[str, str]
) -> dict[str, tuple[Token, str]]:
    """The missing quote words that a span word in place agrees with in some sense of the
    quote language's lexical data (`Relating`: "yardstick" / 物差し "measure", "fringe" /
    辺境 "border"), each with that word and how they relate: one dictionary entry does not
    link them, but the data relates them, so the span word is no evidence of alteration.
    Each span word serves one quote word."""
    out: dict[str, tuple[Token, str]] = {}
    taken: list[Token] = []
    for concept in missing:
        for token in in_place:
            if any(token is other for other in taken):
                continue
            bond = _bond(concept, token, languages)
            if bond is not None and bond[0] != OPPOSITE:
                out[concept.key] = (token, bond[1])
                taken.append(token)
                break
    return out


def _bond(concept: _Concept, token: Token, languages: tuple[str, str]) -> tuple[str, str] | None:
    """How the quote language's lexical data relates a quote word to a span word of another
    language through the span word's one-word glosses, one step in any sense: (OPPOSITE,
    why) when one is the other's opposite (cold / 温かい "warm"), ("related", why) when they
    are related (yardstick / 物差し "measure": a WordNet hypernym), else None.

    Words are compared as written, not by their pivots: a stem joins a person and an act
    ("collaborator" / "collaboration"), which a relation in some sense must not stretch
    further. A name (タイ, whose common noun is "tie; draw") and a word of one letter (社, a
    counter here, "company; association" elsewhere) mean too many things to relate."""
    quoting, spanning = language_for(languages[0]), language_for(languages[1])
    if not isinstance(quoting, Relating) or spanning is None or not concept.key.startswith("word:"):
        return None
    if token.word_class not in _RELATABLE or len(token.surface) < 2:
        return None
    glosses = {
        g.text.casefold(): g for g in spanning.glosses(token) if g.whole and g.text.isalpha()
    }
    if not glosses:
        return None
    own = concept.key[5:]
    found: tuple[str, str] | None = None
    for relation in quoting.relations(own):
        gloss = glosses.get(relation.text.casefold())
        if gloss is None:
            continue
        why = f"“{gloss.text}”, {relation.layer}"
        if relation.layer == OPPOSITE:
            return (OPPOSITE, why)
        found = found or ("related", why)
    for text, gloss in glosses.items():
        lemmas = [t.lemma for t in quoting.tokens(text) if t.content]
        if len(lemmas) != 1:
            continue
        for relation in quoting.relations(lemmas[0]):
            if relation.text.casefold() != own:
                continue
            why = f"“{gloss.text}”, {relation.layer} of it"
            if relation.layer == OPPOSITE:
                return (OPPOSITE, why)
            found = found or ("related", why)
    return found


_RELATABLE = frozenset({WordClass.NOUN, WordClass.VERB, WordClass.ADJECTIVE, WordClass.ADVERB})
"""The span words a quote word may be related to in some sense: ordinary words, not names."""


@dataclass(frozen=True)
class _Alignment:
    """The quote's concepts aligned with one sentence: the words that carry them."""

    candidate: IndexedSentence
    hits: tuple[_SpanHit, ...]
    """The span's words (and dictionary phrases) carrying a concept, in the tightest run
    that carries every concept found."""
    found: frozenset[str]
    tokens: tuple[Token, ...] = ()
    every: tuple[_SpanHit, ...] = ()
    """All the sentence's termbase concepts and lexicon words, for naming words in place."""
    light: frozenset[int] = frozenset()
    """Where the sentence's light verbs start ("shares"): words in place like content words."""
    rooted: frozenset[str] = frozenset()
    """The concepts found only through a weak link (`_weak_link`)."""


def _align(
    candidate: IndexedSentence,
    language: str,
    wanted: dict[str, _Concept],
    *,
    phrases: bool = False,
) -> _Alignment:
    every = _span_hits(candidate, language)
    carried = [(h, keys) for h in every if (keys := _carried(h, wanted))]
    text = candidate.sentence.text
    tokens: tuple[Token, ...] = ()
    runs: list[_SpanHit] = []
    if not carried and phrases:
        tokens = _tokens(text, candidate.language)
        runs = _phrase_hits(text, candidate.language, tokens, grammar=True)
        carried = [(h, keys) for h in runs if (keys := _carried(h, wanted))]
    if not carried:
        return _Alignment(candidate, (), frozenset(), (), tuple(every))
    tokens = tokens or _tokens(text, candidate.language)
    # In the span, a headword of grammar words alone counts too (できるだけ "as much as
    # possible"), and so do the words the analyser sets aside as light verbs ("shares"): a
    # quoted word is carried by whatever word of the span means it.
    extra = runs or _phrase_hits(text, candidate.language, tokens, grammar=True)
    light = _light_hits(text, candidate.language, tokens, every)
    extra += light
    extra += _kanji_grammar_hits(text, candidate.language, tokens, every)
    extra += _name_hits(tokens, every)
    extra += _repeats(text, candidate.language, tokens, every)
    extra += _inside_terms(candidate, every)
    carried += [(h, keys) for h in extra if (keys := _carried(h, wanted))]
    # A quote word no word of the sentence carries may still meet one of the same root, next
    # to a word that carries another: a translation's words stand together.
    strong = {k for _, keys in carried for k in keys}
    beside = [h for h, _ in carried]
    carried += [
        (h, keys)
        for h in every + extra
        if (keys := _weakly_carried(h, wanted) - strong) and _next_to(h, beside, text, tokens)
    ]
    carried.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    window = _quotation_window(carried, text, candidate.language) or _tightest(carried)
    window = _one_rendering(window, carried, _in_quote_order(wanted), text, tokens)
    found = frozenset(k for _, keys in window for k in keys)
    return _Alignment(
        candidate,
        tuple(h for h, _ in window),
        found,
        tokens,
        tuple(every + light),
        frozenset(h.start for h in light),
        found - strong,
    )


def _in_quote_order(wanted: dict[str, _Concept]) -> list[str]:
    """The quote's concepts in the order the quote writes them, those whose place is known
    (`_Concept.start`): one whose place is not stands beside no other."""
    return sorted((key for key in wanted if wanted[key].start >= 0), key=lambda k: wanted[k].start)


def _one_rendering(
    window: Sequence[tuple[_SpanHit, set[str]]],
    carried: Sequence[tuple[_SpanHit, set[str]]],
    order: Sequence[str],
    text: str,
    tokens: Sequence[Token],
) -> list[tuple[_SpanHit, set[str]]]:
    """One word of the span (with the words inside it: 安全 and 保障 of 安全保障) renders one
    place of the quote: quote words that stand apart in the quote ("ready to guarantee
    Japan's energy security": "guarantee" and "security") are not both carried by it. It
    keeps the run of them that stands beside, in the quote, a word carried by a word beside
    it in the span (エネルギー安全保障: "energy security"); the others are left to the words
    in their place (貢献 "contribute" for "guarantee"). A run of quote words side by side
    ("status quo" in 現状) is one place; where no run or several stand so, all are kept, and
    so is a quote word another word of the sentence also carries (`carried`: the second 国
    of «幸福を国の物差しとする国» for "a country … its national yardstick")."""
    at = {key: number for number, key in enumerate(order)}
    out = [(hit, set(keys)) for hit, keys in window]
    groups: list[list[int]] = []
    for number, (hit, _) in enumerate(out):
        last = groups[-1] if groups else None
        if last is not None and any(hit.start < out[i][0].end for i in last):
            last.append(number)
        else:
            groups.append([number])
    for group in groups:
        keys = sorted({k for i in group for k in out[i][1]}, key=lambda k: at.get(k, -1))
        runs: list[list[str]] = []
        for key in keys:
            if runs and at.get(key, -9) == at.get(runs[-1][-1], -9) + 1:
                runs[-1].append(key)
            else:
                runs.append([key])
        if len(runs) < 2:
            continue
        members = [out[i][0] for i in group]
        near = {
            at[k]
            for i, (hit, found) in enumerate(out)
            if i not in group and _next_to(hit, members, text, tokens)
            for k in found
            if k in at
        }
        kept = [
            run
            for run in runs
            if any(k in at and (at[k] - 1 in near or at[k] + 1 in near) for k in run)
        ]
        if len(kept) != 1:
            continue
        dropped = {
            k
            for run in runs
            if run is not kept[0]
            for k in run
            if not any(k in found and hit not in members for hit, found in carried)
        }
        for i in group:
            out[i][1].difference_update(dropped)
    return [(hit, keys) for hit, keys in out if keys]


def _next_to(hit: _SpanHit, others: Sequence[_SpanHit], text: str, tokens: Sequence[Token]) -> bool:
    """Whether a hit stands next to one of the others: at most QUOTE_EDGE_GAP grammar words
    between, and no punctuation."""
    for other in others:
        if hit.end <= other.start:
            start, end = hit.end, other.start
        elif other.end <= hit.start:
            start, end = other.end, hit.start
        else:
            return True  # they overlap
        if _punctuated(text[start:end]):
            continue
        between = [t for t in tokens if start <= t.start and t.end <= end]
        if len(between) <= QUOTE_EDGE_GAP and not any(t.content for t in between):
            return True
    return False


def _quotation_window(
    carried: Sequence[tuple[_SpanHit, set[str]]], text: str, language: str
) -> list[tuple[_SpanHit, set[str]]]:
    """The hits inside one of the sentence's own quotations (「…」, "…") when that quotation
    carries every concept the whole sentence carries: a quote is the rendering of a quotation
    before it is of the words around it (訪問 in 「…訪問したい」, not the 訪問 of the invitation
    before it). Empty when no quotation does."""
    total = {k for _, keys in carried for k in keys}
    for start, end in find_quote_spans(text, language):
        inside = [(h, keys) for h, keys in carried if start <= h.start and h.end <= end]
        if inside and {k for _, keys in inside for k in keys} >= total:
            return _tightest(inside)
    return []


def _tightest(
    carried: Sequence[tuple[_SpanHit, set[str]]],
) -> list[tuple[_SpanHit, set[str]]]:
    """The shortest run of hits (each with the concepts it carries) that carries every concept
    the hits carry at all: a word far off that only repeats a concept ("status" in 場所, far
    from 現状) stays out."""
    hits = [h for h, _ in carried]
    total = {k for _, keys in carried for k in keys}
    best: tuple[int, int, int] | None = None
    for i in range(len(hits)):
        seen: set[str] = set()
        for j in range(i, len(hits)):
            seen |= carried[j][1]
            if seen >= total:
                width = max(h.end for h in hits[i : j + 1]) - hits[i].start
                if best is None or width < best[0]:
                    best = (width, i, j)
                break
    assert best is not None
    return list(carried[best[1] : best[2] + 1])


def _tokens(text: str, language: str) -> tuple[Token, ...]:
    module = language_for(language)
    return tuple(module.tokens(text)) if module is not None else ()


def _phrase_hits(
    text: str, language: str, tokens: Sequence[Token], *, grammar: bool = False
) -> list[_SpanHit]:
    """Runs of two to MAX_PHRASE_TOKENS words of an unspaced text that the language's
    dictionary has as one headword (かけがえ の ない → かけがえのない, 太平 洋 → 太平洋).

    A run of grammar words alone counts only with `grammar` (できる だけ → できるだけ, "as
    much as possible"): in a source span it may carry a quoted word, but in a quote it is
    no word a translation must render."""
    module = language_for(language)
    if module is None or module.spaced:
        return []
    out = []
    for i in range(len(tokens)):
        for j in range(i + 2, min(len(tokens), i + MAX_PHRASE_TOKENS) + 1):
            window = tokens[i:j]
            if _broken(text, window):
                break
            start, end = window[0].start, window[-1].end
            surface = text[start:end]
            lemma = text[start : window[-1].start] + window[-1].lemma
            forms: tuple[str, ...] = (surface, lemma)
            if not any(t.content for t in window):
                if not grammar:
                    continue
                # Grammar words alone are looked up by their written forms (でき・る・だけ →
                # 出来るだけ), and only one with a kanji counts: kana alone meets homophones
                # (と・し → とし, "city", "year").
                written = "".join(t.normal for t in window)
                if not any(script_of(ch) is Script.KANJI for ch in written):
                    continue
                forms = (written,)
            for form in dict.fromkeys(forms):
                glosses = module.glosses(
                    Token(form, start, end, form, form, "", WordClass.NOUN, script_of(form))
                )
                if glosses:
                    key = f"word:{form}|" + ",".join(g.pivot for g in glosses)
                    out.append(_SpanHit(key, surface, start, end, glosses[0].text))
                    break
    return out


def _light_hits(
    text: str, language: str, tokens: Sequence[Token], every: Sequence[_SpanHit]
) -> list[_SpanHit]:
    """The span's words that are not content words, with what they mean: the verbs the
    analyser sets aside as light ("shares", "keep"). In a claim they carry little, but a
    quote that renders one is rendering a word of the span, and one in place of a quote's
    word is a word of the span the quote changed. Grammar words ("the", "are") are left out.
    """
    module = language_for(language)
    if module is None or not module.spaced:
        return []  # an unspaced language's grammar words are particles and endings (を, する)
    out = []
    for token in tokens:
        if token.content or token.word_class is WordClass.SYMBOL:
            continue
        if {token.lemma.casefold(), token.surface.casefold()} & _FUNCTION_WORDS:
            continue
        if _hit_at(token, every) is not None:
            continue
        glosses = module.glosses(token)
        if glosses:
            key = f"word:{token.lemma}|" + ",".join(g.pivot for g in glosses)
            out.append(_SpanHit(key, token.surface, token.start, token.end, glosses[0].text))
    return out


def _kanji_grammar_hits(
    text: str, language: str, tokens: Sequence[Token], every: Sequence[_SpanHit]
) -> list[_SpanHit]:
    """The span's grammar words written with a kanji or in two kana or more, with what JMdict
    says they mean, in an unspaced language: the verbs of its compound particles (基づく in
    に基づく "based on", 向ける in に向けた "toward", 対する "toward"), and words such as
    なし "without". The analyser sets them aside as grammar, but English renders them by
    words a quote has ("based", "toward", "without"): such a quoted word
    is carried by them. They only carry: a grammar word never stands in place of a quoted
    word, so none makes a quote altered."""
    module = language_for(language)
    if module is None or module.spaced:
        return []
    out = []
    for token in tokens:
        if token.content or token.word_class is WordClass.SYMBOL:
            continue
        if not any(script_of(ch) is Script.KANJI for ch in token.lemma) and len(token.lemma) < 2:
            continue  # a one-kana particle (を, に): a case mark, no word a quote renders
        if _hit_at(token, every) is not None:
            continue
        form = token.lemma
        glosses = module.glosses(
            Token(form, token.start, token.end, form, form, "", WordClass.NOUN, script_of(form))
        )
        if glosses:
            key = f"word:{form}|" + ",".join(g.pivot for g in glosses)
            out.append(_SpanHit(key, token.surface, token.start, token.end, glosses[0].text))
    return out


def _name_hits(tokens: Sequence[Token], every: Sequence[_SpanHit]) -> list[_SpanHit]:
    """The span's katakana words that no dictionary glosses (バルカン): each may be a name
    a quote writes in Latin letters ("Balkans"), met through its reading (`_carried`)."""
    return [
        _SpanHit(f"name:{token.surface}", token.surface, token.start, token.end, "")
        for token in tokens
        if token.script is Script.KATAKANA and _hit_at(token, every) is None
    ]


def _repeats(
    text: str, language: str, tokens: Sequence[Token], every: Sequence[_SpanHit]
) -> list[_SpanHit]:
    """A lexicon word again wherever it stands once more in the sentence (the analysis names
    each word once): the 訪問 of a quotation 「…訪問したい」 after the 訪問 of an invitation."""
    words = {h.key[5:].partition("|")[0]: h for h in every if h.key.startswith("word:")}
    out = []
    for token in tokens:
        hit = words.get(token.lemma) or words.get(token.surface)
        if hit is None or _hit_at(token, every) is not None:
            continue
        tail = _phrase_tail(text, token.end, language)
        out.append(
            dataclasses.replace(
                hit, surface=token.surface, start=token.start, end=token.end, tail=tail
            )
        )
    return out


def _broken(text: str, window: Sequence[Token]) -> bool:
    """Whether punctuation or a symbol stands in a run of tokens: no phrase spans it."""
    for a, b in itertools.pairwise(window):
        if _punctuated(text[a.end : b.start]):
            return True
    return any(t.word_class is WordClass.SYMBOL or _punctuated(t.surface) for t in window)


def _punctuated(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("P") for ch in text)


def _in_place(alignment: _Alignment, first: int, last: int) -> list[Token]:
    """The span's words that carry none of the quote's: content words among the aligned ones,
    and the nearest content word on either side when only grammar words stand between, at most
    QUOTE_EDGE_GAP of them, and no punctuation or quotation mark: the words the span has where
    the quote has its own."""
    text = alignment.candidate.sentence.text
    taken = [(h.start, h.end) for h in alignment.hits]

    def worded(token: Token) -> bool:
        return token.content or token.start in alignment.light

    def free(token: Token) -> bool:
        return worded(token) and not any(s < token.end and token.start < e for s, e in taken)

    tokens = alignment.tokens
    inside = [t for t in tokens if first <= t.start and t.end <= last and free(t)]
    before = [t for t in tokens if t.end <= first]
    after = [t for t in tokens if t.start >= last]
    edges: list[Token] = []
    for side, edge in ((reversed(before), first), (iter(after), last)):
        grammar = 0
        for token in side:
            gap = text[token.end : edge] if token.end <= edge else text[edge : token.start]
            if _punctuated(gap) or _punctuated(token.surface):
                break
            if worded(token):
                if free(token):
                    edges.append(token)
                break
            grammar += 1
            if grammar > QUOTE_EDGE_GAP:
                break
    return sorted(inside + edges, key=lambda t: t.start)


def _pair(
    missing: Sequence[_Concept], in_place: Sequence[Token], every: Sequence[_SpanHit]
) -> list[tuple[_Concept, _SpanHit | None]]:
    """Each missing word of the quote with the span's word in its place, if any is left.

    An ordinary word comes before a termbase term (an office or a name around a quotation is
    who it speaks of, not a rendering of a quoted word: "cold" meets 温かい before 首相), then
    one of the missing word's own class, then the first in the text."""
    free = [(token, _named(token, every)) for token in in_place]
    out: list[tuple[_Concept, _SpanHit | None]] = []
    for concept in missing:
        if not free:
            out.append((concept, None))
            continue
        chosen = min(
            free,
            key=lambda pair: (
                pair[1].key.startswith("term:"),
                pair[0].word_class is not concept.word_class,
                pair[0].start,
            ),
        )
        free.remove(chosen)
        out.append((concept, chosen[1]))
    return out


def _named(token: Token, every: Sequence[_SpanHit]) -> _SpanHit:
    """A token as the span hit that covers it (a term, a lexicon word), else bare."""
    return _hit_at(token, every) or _SpanHit("", token.surface, token.start, token.end, "")


def _hit_at(token: Token, hits: Sequence[_SpanHit]) -> _SpanHit | None:
    """The first of the hits that overlaps the token, if any."""
    for hit in hits:
        if hit.start < token.end and token.start < hit.end:
            return hit
    return None


def _concepts(quote: str, language: str, termbase: Termbase) -> dict[str, _Concept]:
    """The quote's termbase concepts and content words, outermost mention first."""
    out: dict[str, _Concept] = {}
    hits = termbase.find(quote, language)
    for hit in hits:
        if hit.entry.weight > 0:
            key = f"term:{hit.entry.id}"
            out.setdefault(key, _Concept(key, hit.surface, start=hit.start))
    facts = analyse_text(quote, language, termbase)
    tokens = _tokens(quote, language)
    classes = {t.start: t.word_class for t in tokens}
    # A run of the quote's words that is one dictionary headword is one concept (かけがえのない).
    phrases = [
        p
        for p in _phrase_hits(quote, language, tokens)
        if not any(h.start < p.end and p.start < h.end for h in hits if h.entry.weight > 0)
    ]
    for phrase in phrases:
        key = phrase.key.split("|", 1)[0]
        glossed = frozenset(phrase.key.split("|", 1)[1].split(","))
        heads = [t for t in tokens if phrase.start <= t.start < phrase.end and t.content]
        word_class = heads[-1].word_class if heads else None
        out.setdefault(key, _Concept(key, phrase.surface, glossed, word_class, start=phrase.start))
    pivots: dict[str, set[str]] = {}
    surfaces: dict[str, str] = {}
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for link in facts.links:
        if any(h.start <= link.start < h.end for h in hits if h.entry.weight > 0):
            continue
        if any(p.start <= link.start and link.end <= p.end for p in phrases):
            continue
        pivots.setdefault(link.word, set()).add(link.pivot)
        surfaces.setdefault(link.word, link.surface)
        starts.setdefault(link.word, link.start)
        ends.setdefault(link.word, link.end)
    for word, meant in pivots.items():
        concept = _Concept(
            f"word:{word}",
            surfaces[word],
            frozenset(meant),
            classes.get(starts[word]),
            _phrase_tail(quote, ends[word], language),
            starts[word],
        )
        out.setdefault(concept.key, concept)
    return out


def _span_hits(candidate: IndexedSentence, language: str) -> list[_SpanHit]:
    """The sentence's termbase concepts and lexicon words, in order.

    A word's key carries what it means: "word:楽しい|enjoyable,fun,…"; its gloss for the
    diff is its first JMdict gloss.
    """
    out = [
        _SpanHit(f"term:{h.entry.id}", h.surface, h.start, h.end, h.entry.preferred(language) or "")
        for h in candidate.facts.terms
        if h.entry.weight > 0
    ]
    meanings: dict[str, list[str]] = {}
    first: dict[tuple[str, int], WordLink] = {}
    # The diff shows a word's first JMdict gloss: 楽しい (enjoyable). Each place a word stands
    # is a hit of its own: the one inside a quotation may be the one a quote renders.
    for link in candidate.facts.links:
        if any(h.start <= link.start < h.end for h in out):
            continue
        if link.pivot not in meanings.setdefault(link.word, []):
            meanings[link.word].append(link.pivot)
        first.setdefault((link.word, link.start), link)
    for (word, _), link in first.items():
        key = f"word:{word}|" + ",".join(meanings[word])
        tail = _phrase_tail(candidate.sentence.text, link.end, candidate.language)
        out.append(_SpanHit(key, link.surface, link.start, link.end, link.gloss, tail))
    return sorted(out, key=lambda h: h.start)


def _inside_terms(candidate: IndexedSentence, every: Sequence[_SpanHit]) -> list[_SpanHit]:
    """The dictionary words a termbase term of the sentence is written with, as hits of their
    own: a term names what it stands for (我が国 for Japan), its words still mean what they
    say (我が国 "our country"), and a quote that renders those words renders the span."""
    terms = [h for h in every if h.key.startswith("term:")]
    meanings: dict[tuple[str, int], list[WordLink]] = {}
    for link in candidate.facts.links:
        if any(h.start <= link.start < h.end for h in terms):
            meanings.setdefault((link.word, link.start), []).append(link)
    out = []
    for links in meanings.values():
        first = links[0]
        pivots = ",".join(dict.fromkeys(link.pivot for link in links))
        out.append(
            _SpanHit(
                f"word:{first.word}|{pivots}", first.surface, first.start, first.end, first.gloss
            )
        )
    return out


def _carried(hit: _SpanHit, wanted: dict[str, _Concept]) -> set[str]:
    """The keys of the quote's concepts this span hit carries: one word may carry several
    ("status" and "quo" in 現状)."""
    if hit.key in wanted:
        return {hit.key}
    out: set[str] = set()
    if hit.key.startswith("name:"):
        return {
            key
            for key, concept in wanted.items()
            if _latin_name(concept.surface) and names_agree(concept.surface, hit.surface)
        }
    if hit.key.startswith("word:"):
        word, _, pivots = hit.key[5:].partition("|")
        meant = set(pivots.split(","))
        for key, concept in wanted.items():
            if concept.pivots & meant:
                out.add(key)
            elif key.startswith("word:") and (
                (hit.tail and _stem_of_phrase(word, hit.tail, key[5:]))
                or (concept.tail and _stem_of_phrase(key[5:], concept.tail, word))
            ):
                out.add(key)
    return out


def _weakly_carried(hit: _SpanHit, wanted: dict[str, _Concept]) -> set[str]:
    """The keys of the quote's word concepts this span word carries weakly (`_weak_link`)."""
    return {key for key, concept in wanted.items() if _weak_link(hit, key, concept)}


def _weak_link(hit: _SpanHit, key: str, concept: _Concept) -> str | None:
    """How a span word carries a quote word that no dictionary entry links it to, if it does:

    - the English word (the quote's, or the span's) and a gloss of the other side share a
      root that a derivational suffix follows ("western" / 西 "west", "free" / 自由
      "freedom"), or the first part of a hyphenated English word is such a gloss
      ("long-standing" / 長年 "long");
    - a gloss of the other side is a near-synonym of the English word, as the English module
      gives them (`Bridging`: "steadfast" / 揺るぎない "unwavering", through 不動), in
      whichever side's text the English word stands.

    Weaker than a link: only a word nothing else in the sentence carries is looked for so,
    beside the words that carry others, and the diff names the link."""
    if not hit.key.startswith("word:") or not key.startswith("word:"):
        return None
    word, _, pivots = hit.key[5:].partition("|")
    own = key[5:]
    if own.isascii() and not word.isascii():
        english, theirs = own, pivots.split(",")
        forms = [own.split("-")[0]] if "-" in own else [own, concept.surface.casefold()]
    elif word.isascii() and not own.isascii():
        english, theirs = word, list(concept.pivots)
        forms = [word.split("-")[0]] if "-" in word else [word]
    else:
        return None
    roots = [p for p in theirs if p and "-" not in p]
    if any(_same_root(form, roots) for form in forms):
        gloss = f"“{hit.gloss}”, " if hit.gloss and not word.isascii() else ""
        return f"{gloss}the same English root"
    # The English word's near-synonyms are the English module's, whichever side's language
    # it is written in (a Latin word in a Japanese quote too): the Japanese module relates
    # Japanese words, and would read an English one as one.
    near = _near_synonyms(english, "en")
    layer = next((near[p] for p in theirs if p in near), None)
    return f"a near-synonym: {layer}" if layer else None


@functools.lru_cache(maxsize=4096)
def _near_synonyms(lemma: str, language: str) -> dict[str, str]:
    """The pivots of a word's near-synonyms, each with where it comes from ("JMdict via
    不動"), as its language module gives them; none from a module that gives none. Not a
    synonym its language reads as a function word (`BridgeKind.FUNCTION_WORD`: "talks" for
    "negotiations"): a word the source says of the meeting itself ("talks", 会談) does not
    carry a quoted word."""
    module = language_for(language)
    if not isinstance(module, Bridging):
        return {}
    return {
        g.pivot: g.layer
        for g in module.bridges(lemma, lemma)
        if g.bridge is not BridgeKind.FUNCTION_WORD
    }


def _same_root(english: str, roots: Sequence[str]) -> bool:
    """Whether an English word and one of the roots (glosses' stems) are one root, one of them
    followed by at most QUOTE_ROOT_SUFFIX letters of a suffix."""
    word = english.casefold()
    for root in roots:
        short, long = sorted((word, root), key=len)
        if (
            len(short) >= QUOTE_ROOT_MIN
            and long.startswith(short)
            and len(long) - len(short) <= QUOTE_ROOT_SUFFIX
        ):
            return True
    return False


def _latin_name(word: str) -> bool:
    """A quote's word written as a name: Latin letters, capitalised ("Balkans")."""
    return word.isascii() and word[:1].isupper()


def _phrase_tail(text: str, end: int, language: str) -> str:
    """The grammar that follows a word at `end` in a text of this language, where its module
    reads a word by it (`PhraseStems.phrase_tail`: the kana after 信頼 in 信頼できる), else ""."""
    module = language_for(language)
    return module.phrase_tail(text, end) if isinstance(module, PhraseStems) else ""


def _stem_of_phrase(stem: str, following: str, english: str) -> bool:
    """Whether a word followed by a tail (信頼 in 信頼できる) stands for an English word as
    the stem of a dictionary phrase that word glosses (`PhraseStems.stems_phrase`). The tail
    was given by one language module; each that reads tails is asked, and only the one whose
    script the stem is in finds it."""
    return any(
        module.stems_phrase(stem, following, english)
        for module in every_language()
        if isinstance(module, PhraseStems)
    )


def _pairs(
    hits: Sequence[_SpanHit],
    wanted: dict[str, _Concept],
    rooted: frozenset[str],
    related: dict[str, tuple[Token, str]] | None = None,
) -> tuple[str, ...]:
    """Each quote word with the span word that carries it: “cheerful” = 快活; one met by its
    root only is shown so: “western” ≈ 西 (“west”, the same English root; …); one the
    lexical data relates in some sense so: “yardstick” ≈ 物差し (“measure”, WordNet hypernym,
    some sense; …)."""
    out = {
        key: f"“{wanted[key].surface}” = {h.surface}"
        for key, h in _first_per_key(hits, wanted).items()
    }
    for key, (token, why) in (related or {}).items():
        out[key] = (
            f"“{wanted[key].surface}” ≈ {token.surface} ({why}; no dictionary entry links them)"
        )
    for key in rooted:
        hit, link = next((h, link) for h in hits if (link := _weak_link(h, key, wanted[key])))
        out[key] = (
            f"“{wanted[key].surface}” ≈ {hit.surface} ({link}; no dictionary entry links them)"
        )
    return tuple(out[key] for key in wanted if key in out)


def _first_per_key(hits: Sequence[_SpanHit], wanted: dict[str, _Concept]) -> dict[str, _SpanHit]:
    out: dict[str, _SpanHit] = {}
    for hit in hits:
        for key in sorted(_carried(hit, wanted), key=list(wanted).index):
            out.setdefault(key, hit)
    return dict(sorted(out.items(), key=lambda item: list(wanted).index(item[0])))


def _quoted_region(text: str, start: int, end: int) -> str:
    """The 「…」 quotation around the matched concepts if there is one, else the window."""
    opening = text.rfind("「", 0, start + 1)
    closing = text.find("」", end - 1)
    if opening >= 0 and closing >= 0 and text.find("」", opening) >= end - 1:
        return text[opening + 1 : closing]
    return text[start:end]


def _concept_diff(paired: Sequence[tuple[_Concept, _SpanHit | None]]) -> tuple[str, ...]:
    out = []
    for concept, hit in paired:
        if hit is not None:
            gloss = f" ({hit.gloss})" if hit.gloss else ""
            out.append(f"“{concept.surface}” → {hit.surface}{gloss}")
        else:
            out.append(f"“{concept.surface}” is not in the source")
    return tuple(out)


def _result(
    quote: str,
    grade: QuoteGrade,
    candidate: IndexedSentence,
    span: str,
    diff: tuple[str, ...] | list[str],
    score: float,
) -> QuoteCheck:
    return QuoteCheck(
        quote,
        grade,
        candidate.source_id,
        candidate.sentence.index,
        span,
        tuple(diff),
        score,
    )
