"""JMdict and JMnedict (EDRDG, CC BY-SA 4.0): Japanese words and names to English.

The data is the SQLite database of the `jamdict-data` package, installed by `pip install .`
and read here directly, read-only, through its indexes (about 0.1 ms a word). It is opened on
first use, never at import, so `factcheck --version` does not pay for it.

Why not a compiled index of our own: the database is already indexed on the written forms we
look up (Kanji.text, Kana.text, NEKanji.text, NEKana.text), so a second copy would add a build
step and disk without speeding anything up.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.cache_table import cache_table
from factcheck.languages.readonly_db import ReadOnlyDatabase
from factcheck.thresholds import FUNCTION_WORD_ZIPF, GLOSS_HEAD_MIN_RARITY

_GLOSSES = """
    SELECT s.ID, g.text FROM {table} AS k
    CROSS JOIN Sense AS s ON s.idseq = k.idseq
    CROSS JOIN SenseGloss AS g ON g.sid = s.ID
    WHERE k.text = ? AND +g.lang = 'eng'
    ORDER BY s.ID
"""
_KANA_GLOSSES_AS = """
    SELECT s.ID, g.text FROM Kana AS k
    CROSS JOIN Sense AS s ON s.idseq = k.idseq
    CROSS JOIN SenseGloss AS g ON g.sid = s.ID
    WHERE k.text = ? AND +g.lang = 'eng'
    AND EXISTS (SELECT 1 FROM pos AS p WHERE p.sid = s.ID AND p.text LIKE ?)
    ORDER BY s.ID
"""
_SHARED_SENSES = """
    SELECT g.sid, g2.text FROM SenseGloss AS g CROSS JOIN SenseGloss AS g2 ON g2.sid = g.sid
    WHERE g.text IN (?, ?) AND +g.lang = 'eng' AND +g2.lang = 'eng'
"""
_SENSE_COUNT = """
    SELECT count(DISTINCT sid) FROM SenseGloss WHERE text IN (?, ?) AND +lang = 'eng'
"""
_PRIORITY = """
    SELECT count(*) FROM {table} AS k CROSS JOIN {prio} AS p ON p.kid = k.ID
    WHERE k.text = ? AND p.text IN ('news1', 'ichi1', 'spec1', 'gai1')
"""
_GLOSSED_SENSES = """
    SELECT DISTINCT s.ID, s.idseq, g.text FROM SenseGloss AS g
    CROSS JOIN Sense AS s ON s.ID = g.sid
    WHERE g.text IN (?, ?) AND +g.lang = 'eng'
    ORDER BY s.ID
"""
_PHRASE_SENSES = """
    SELECT DISTINCT g.sid, s.idseq, g2.text, g2.rowid FROM SenseGloss AS g
    CROSS JOIN Sense AS s ON s.ID = g.sid
    CROSS JOIN SenseGloss AS g2 ON g2.sid = g.sid
    WHERE g.text >= ? AND g.text < ? AND +g.lang = 'eng' AND +g2.lang = 'eng'
    AND EXISTS (
        SELECT 1 FROM SenseGloss AS g3 WHERE g3.sid = g.sid AND +g3.text LIKE ?
    )
    ORDER BY g.sid, g2.rowid
"""
_SENSE_GLOSSES = """
    SELECT text FROM SenseGloss WHERE sid = ? AND +lang = 'eng' ORDER BY rowid
"""
_WRITTEN_FROM = """
    SELECT DISTINCT text FROM {table} WHERE text > ? AND text < ? LIMIT 200
"""
_WRITTEN = """
    SELECT text FROM Kanji WHERE idseq = ? ORDER BY ID
"""
_WRITTEN_KANA = """
    SELECT text FROM Kana WHERE idseq = ? ORDER BY ID
"""
_NAME_READINGS = """
    SELECT DISTINCT r.text FROM NEKanji AS n CROSS JOIN NEKana AS r ON r.idseq = n.idseq
    WHERE n.text = ?
"""
_NAME_GLOSSES = """
    SELECT DISTINCT g.text FROM {table} AS n
    CROSS JOIN NETranslation AS t ON t.idseq = n.idseq
    CROSS JOIN NETransGloss AS g ON g.tid = t.ID
    WHERE n.text = ?
"""
_PLACE_NAME = """
    SELECT 1 FROM {table} AS n
    CROSS JOIN NETranslation AS t ON t.idseq = n.idseq
    CROSS JOIN NETransType AS y ON y.tid = t.ID
    WHERE n.text = ? AND +y.text = 'place'
    LIMIT 1
"""
_PARENTHESES = re.compile(r"\([^)]*\)")
_GLOSS_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")
_GLOSS_FILLER = frozenset({"to", "a", "an", "the", "one's", "someone", "something", "etc"})
SYNONYM_MIN_SENSES = 2
"""How many JMdict senses two English words must both gloss to count as synonyms."""
SYNONYM_MIN_SHARE = 0.5
MAX_GLOSS_WORDS = 2
"""Longer glosses describe or explain ("medical and pharmaceutical products"); a two-word one
gives both words ("neighbouring country": neighbour, country)."""
NOUN_PHRASE_WORDS = 3
"""A gloss of this many content words and no other is a noun phrase whose last
MAX_GLOSS_WORDS words are kept ("Pacific bluefin tuna" → bluefin tuna)."""


@dataclass(frozen=True)
class Sense:
    """One sense of a JMdict entry: its English glosses, as written."""

    glosses: tuple[str, ...]


class JMdict:
    """Read-only access to the jamdict-data database; thread-safe, one connection per thread."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._database = ReadOnlyDatabase(path, immutable=True)

    def _db(self) -> sqlite3.Connection:
        return self._database.connection()

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def senses(self, word: str) -> tuple[Sense, ...]:
        """The senses of a written form (kanji first, then kana)."""
        for table in ("Kanji", "Kana"):
            rows = self._db().execute(_GLOSSES.format(table=table), (word,)).fetchall()
            if rows:
                return _grouped_senses(rows)
        return ()

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def written_from(self, start: str) -> tuple[str, ...]:
        """The written forms (kanji, then kana) that begin with `start` and go on: テレビ会議
        and テレビ番組 for テレビ (at most 200 of each table)."""
        out: list[str] = []
        for table in ("Kanji", "Kana"):
            rows = (
                self._db()
                .execute(_WRITTEN_FROM.format(table=table), (start, start + "\uffff"))
                .fetchall()
            )
            out += [row[0] for row in rows]
        return tuple(dict.fromkeys(out))

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def kana_senses_as(self, kana: str, part_of_speech: str) -> tuple[Sense, ...]:
        """The senses of the entries written `kana` (in kana) that JMdict marks with a part
        of speech starting `part_of_speech` ("adverb", "noun"): こう as an adverb is 斯う
        "in this way; thus", not 請う "to invite" nor 高 "high", which are only read so."""
        return _grouped_senses(
            self._db().execute(_KANA_GLOSSES_AS, (kana, f"{part_of_speech}%")).fetchall()
        )

    def auxiliary_senses(self, kana: str) -> tuple[Sense, ...]:
        """The senses JMdict marks as an auxiliary's (たい "want to ... do something"), of
        the entries written `kana`; the other entries written so (たい 体 "body") left out."""
        return self.kana_senses_as(kana, "auxiliary")

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def synonyms(self, english: str) -> tuple[str, ...]:
        """English words that gloss the same JMdict senses as this one, word for word.

        In a sense, another word agrees with this one when both are whole glosses of it
        ("woman" / "female", "strengthening" / "reinforcement") or the head of a two-word one
        beside a whole one ("adult female" / "woman"), or when two of its glosses are
        the same but for the one word ("telephone call" / "phone call"). A word inside a longer
        gloss does not: "central figure" glosses a sense of "leader", but "central" is no
        synonym of it. Two words must agree in at least SYNONYM_MIN_SENSES senses, and in at
        least SYNONYM_MIN_SHARE of the senses of the one with fewer: one shared sense is not
        enough ("woman" shares one with "wife"), nor are two of a hub's forty ("agreement").

        Answers are kept between runs in the user's cache folder (`factcheck.cache_table`)."""
        table = cache_table("synonyms-en")
        known = table.get(english) if table is not None else None
        if isinstance(known, list) and all(isinstance(word, str) for word in known):
            return tuple(known)
        found = self._synonyms(english)
        if table is not None:
            table.put(english, found)
        return found

    def _synonyms(self, english: str) -> tuple[str, ...]:
        rows = self._db().execute(_SHARED_SENSES, (english, f"to {english}")).fetchall()
        glosses: dict[int, list[tuple[str, ...]]] = {}
        for sense_id, text in rows:
            words = gloss_words(text)
            if words:
                glosses.setdefault(sense_id, []).append(words)
        senses: dict[str, set[int]] = {}
        for sense_id, written in glosses.items():
            for word in _agreeing(english, written):
                senses.setdefault(word, set()).add(sense_id)
        own = len({sense_id for sense_id, _ in rows})
        out = []
        for word, shared in senses.items():
            if len(shared) < SYNONYM_MIN_SENSES:
                continue
            theirs = self._db().execute(_SENSE_COUNT, (word, f"to {word}")).fetchone()[0]
            if len(shared) >= SYNONYM_MIN_SHARE * min(own, theirs):
                out.append(word)
        return tuple(sorted(out))  # a set above: sorted, so reports do not depend on the hash seed

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def phrase_senses(self, modifier: str, head: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The senses with a gloss of two or three words one space apart (`spaced_words`)
        that opens with `modifier` and one (the same or another) that ends with `head`
        (送電網's "electricity supply network; transmission network; power grid" for
        electricity, grid): each with its entry's first written form and all its glosses, as
        written."""
        db = self._db()
        rows = db.execute(_PHRASE_SENSES, (f"{modifier} ", f"{modifier}!", f"% {head}")).fetchall()
        grouped: dict[int, tuple[int, list[str]]] = {}
        for sense_id, idseq, text, _ in rows:
            grouped.setdefault(sense_id, (idseq, []))[1].append(text)
        out: list[tuple[str, tuple[str, ...]]] = []
        for idseq, glosses in grouped.values():
            phrases = [words for g in glosses if 2 <= len(words := spaced_words(g)) <= 3]
            if not any(words[0] == modifier for words in phrases):
                continue
            if not any(words[-1] == head for words in phrases):
                continue
            row = (
                db.execute(_WRITTEN, (idseq,)).fetchone()
                or db.execute(_WRITTEN_KANA, (idseq,)).fetchone()
            )
            if row is not None:
                out.append((row[0], tuple(glosses)))
        return tuple(out)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def glossed_senses(self, english: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The senses that have this English word as a whole gloss ("shipping" in 運送's
        "transportation; shipping; freight"): each with its entry's first written form (the
        first kanji spelling, else the first kana one) and all its glosses, as written."""
        db = self._db()
        out: list[tuple[str, tuple[str, ...]]] = []
        for sense_id, idseq, text in db.execute(_GLOSSED_SENSES, (english, f"to {english}")):
            if gloss_words(text) != (english,):
                continue
            row = (
                db.execute(_WRITTEN, (idseq,)).fetchone()
                or db.execute(_WRITTEN_KANA, (idseq,)).fetchone()
            )
            glosses = tuple(r[0] for r in db.execute(_SENSE_GLOSSES, (sense_id,)))
            if row is not None and all(sense[1] != glosses for sense in out):
                out.append((row[0], glosses))
        return tuple(out)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def is_common(self, word: str) -> bool:
        """Whether JMdict marks the word as common (news1/ichi1/spec1/gai1 priority)."""
        for table, prio in (("Kanji", "KJP"), ("Kana", "KNP")):
            query = _PRIORITY.format(table=table, prio=prio)
            if self._db().execute(query, (word,)).fetchone()[0]:
                return True
        return False

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def name_readings(self, written: str) -> tuple[str, ...]:
        """Readings (hiragana) JMnedict gives a name written in kanji."""
        rows = self._db().execute(_NAME_READINGS, (written,)).fetchall()
        return tuple(row[0] for row in rows)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def name_glosses(self, written: str) -> tuple[str, ...]:
        """Latin spellings JMnedict gives a name (kanji or kana)."""
        out: list[str] = []
        for table in ("NEKanji", "NEKana"):
            rows = self._db().execute(_NAME_GLOSSES.format(table=table), (written,)).fetchall()
            out.extend(row[0] for row in rows)
        return tuple(out)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def is_place_name(self, written: str) -> bool:
        """Whether JMnedict has a name written so (kanji or kana) as a place's."""
        for table in ("NEKanji", "NEKana"):
            if self._db().execute(_PLACE_NAME.format(table=table), (written,)).fetchone():
                return True
        return False


def _grouped_senses(rows: Iterable[tuple[int, str]]) -> tuple[Sense, ...]:
    """Rows of (sense id, gloss), in order, as one `Sense` per sense id."""
    grouped: dict[int, list[str]] = {}
    for sense_id, text in rows:
        grouped.setdefault(sense_id, []).append(text)
    return tuple(Sense(tuple(texts)) for texts in grouped.values())


def gloss_words(gloss: str) -> tuple[str, ...]:
    """A gloss as its words, lower-cased, without parenthesised notes or a leading "to"."""
    words = _GLOSS_WORD.findall(_PARENTHESES.sub(" ", gloss.lower()))
    return tuple(words[1:] if words[:1] == ["to"] and len(words) > 1 else words)


_SPACED_WORD = re.compile(r"[a-z][a-z\-]*[a-z]")


def spaced_words(gloss: str) -> tuple[str, ...]:
    """A gloss as its words, lower-cased, without parenthesised notes, when it is only words
    of letters (a hyphen inside one) one space apart ("coal-fired thermal power"); () when
    anything else stands between them ("Pacific,tuna", "to do", "a  b") or in them ("A/B",
    "Japan's"). A leading "to" is no word of it."""
    text = _PARENTHESES.sub("", gloss.lower()).strip()
    if text.startswith("to "):
        text = text[3:]
    words = tuple(text.split(" "))
    if not all(_SPACED_WORD.fullmatch(word) for word in words):
        return ()
    return words


def _agreeing(english: str, glosses: list[tuple[str, ...]]) -> set[str]:
    """The words that stand for `english` in one sense's glosses: whole glosses beside it,
    or the one word in which a gloss differs from one that holds it."""
    from factcheck.languages.en import STOP_WORDS

    out: set[str] = set()
    whole = (english,) in glosses
    for gloss in glosses:
        if whole and len(gloss) == 1:
            out.add(gloss[0])
        elif (
            whole
            and len(gloss) == 2
            and english not in gloss
            and gloss[-1] not in STOP_WORDS | _GLOSS_FILLER
        ):
            # The head of a two-word noun phrase: "adult female" beside "woman" (not the
            # modifier: "central figure" beside "leader" says nothing of "central").
            out.add(gloss[-1])
        for other in glosses:
            if len(other) != len(gloss) or len(gloss) < 2 or english not in other:
                continue
            differ = [i for i, (a, b) in enumerate(zip(gloss, other, strict=True)) if a != b]
            if len(differ) == 1 and other[differ[0]] == english:
                out.add(gloss[differ[0]])
    out.discard(english)
    return out


def gloss_heads(gloss: str) -> tuple[str, ...]:
    """The content words of a short gloss: "to deepen" → ("deepen",); () for a long one.

    A gloss of NOUN_PHRASE_WORDS content words and nothing else ("Pacific bluefin tuna",
    クロマグロ) is a noun phrase: its head and the word next to it ("bluefin tuna") say
    what it is, and the outer modifier ("Pacific") only narrows it. A longer gloss, or one
    with a function word ("medical and pharmaceutical products"), explains; it gives none,
    but for the noun that heads an explanation in an "of" phrase ("prevention of damage
    resulting from a natural disaster" → prevention; `_headed_by_of`)."""
    text = _PARENTHESES.sub(" ", gloss.lower())
    from factcheck.languages.en import STOP_WORDS

    written = _GLOSS_WORD.findall(text)
    words = [w for w in written if w not in _GLOSS_FILLER and w not in STOP_WORDS]
    if len(words) > 1 and (content := [w for w in words if not function_word(w)]):
        # "without compensation" (無償) names compensation; "without" only phrases it. A
        # one-word gloss ("since", 以来) is the word itself.
        written = [w for w in written if w in content or w not in words]
        words = content
    if len(words) == NOUN_PHRASE_WORDS and len(written) == len(words):
        return tuple(words[-MAX_GLOSS_WORDS:])
    if len(words) > MAX_GLOSS_WORDS and _headed_by_of(written, words):
        # "prevention of damage resulting from a natural disaster" (防災): a noun and the
        # "of" phrase that explains it; the noun heads the gloss and says what it is.
        return (words[0],)
    if not words or len(words) > MAX_GLOSS_WORDS:
        return ()
    return tuple(words)


def _headed_by_of(written: list[str], words: list[str]) -> bool:
    """Whether a long gloss is one noun and an "of" phrase after it ("prevention of damage
    resulting from …"), the noun no commoner than GLOSS_HEAD_MIN_RARITY: a common one
    ("type of …", "member of …", "sound of …") classes what the phrase names, and says
    nothing of it."""
    from factcheck.languages.en import lemma_of, rarity_of

    if written[1:2] != ["of"] or words[:1] != written[:1]:
        return False
    return rarity_of(lemma_of(words[0])) >= GLOSS_HEAD_MIN_RARITY


@functools.lru_cache(maxsize=8192)
def function_word(word: str) -> bool:
    """Whether an English word is a function word that a gloss uses to phrase a sense, not to
    name it ("without" of 無償 "without compensation", "via", "among"): WordNet, which lists
    the nouns, verbs, adjectives and adverbs, has it in none of them, while wordfreq ranks it
    as common as grammar words are (at least FUNCTION_WORD_ZIPF). A rare word WordNet lacks
    (a loanword, a brand) is a content word; so is any word WordNet has ("free", "up")."""
    from factcheck.languages.en import lemma_of, zipf_of
    from factcheck.languages.wordnet import wordnet

    if zipf_of(word) < FUNCTION_WORD_ZIPF:
        return False
    return not any(wordnet().has(form) for form in {word, lemma_of(word)})


@functools.cache
def jmdict() -> JMdict:
    """The installed dictionary (opened on first query)."""
    import jamdict_data

    return JMdict(os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db"))


def prefetch_synonyms(words: Iterable[str]) -> None:
    """Read ahead the stored synonyms of these English words (`JMdict.synonyms`) in a few
    queries. Speed only."""
    table = cache_table("synonyms-en")
    if table is not None:
        table.prefetch(words)
