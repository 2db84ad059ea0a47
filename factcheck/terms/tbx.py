"""TBX import: read terminology exchange files into neutral concept records.

Takes the bytes of a TBX file, either TBX v2 (`<martif>`, ISO 30042:2008) or TBX v3
(`<tbx>`, ISO 30042:2019, e.g. TBX-Basic, in DCA or DCT style); gives one `TbxConcept` per
`termEntry` / `conceptEntry`, with its terms per language sorted by administrative status:
preferred and admitted terms become forms (preferred first), deprecated, superseded and
not-recommended terms become variants. The termbase turns the records into entries.

Parsed with lxml with entity expansion, DTD loading and network access switched off; every
problem raises `TermbaseError` at file:line(:column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# lxml ships no type hints; lxml-stubs is not a dependency (yet).
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from factcheck.claimfiles.yamlnodes import read_capped_file
from factcheck.errors import Location, TermbaseError

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CONCEPTS = frozenset({"termEntry", "conceptEntry"})
_LANG_SETS = frozenset({"langSet", "langSec"})
_TERM_GROUPS = frozenset({"tig", "ntig", "termSec"})
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_BAD_ID_CHARS = re.compile(r"[^a-z0-9-]+")

_FORM_STATUSES = {"preferredterm": 0, "admittedterm": 1}
_VARIANT_STATUSES = frozenset({"deprecatedterm", "supersededterm", "notrecommendedterm"})


@dataclass(frozen=True)
class TbxConcept:
    """One concept of a TBX file."""

    id: str
    """The concept's id, reduced to a-z, 0-9 and '-' (entry ids of YAML termbases)."""
    file: str
    line: int
    forms: dict[str, list[str]] = field(default_factory=dict)
    """Language → preferred then admitted terms."""
    deprecated: dict[str, list[str]] = field(default_factory=dict)
    """Language → deprecated, superseded or not-recommended terms."""
    note: str = ""
    reference: str = ""


def read_tbx_file(path: Path) -> bytes:
    """The bytes of a TBX file (XML declares its own encoding), or `TermbaseError`.

    Only a regular file under the size cap is read: a FIFO or a link to /dev/zero is refused
    instead of hanging the run or filling its memory.
    """
    return read_capped_file(path, TermbaseError, "termbase")


def parse_tbx(data: bytes, file: str) -> list[TbxConcept]:
    """The concepts of a TBX v2 or v3 document."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        raise TermbaseError(
            f"malformed TBX (XML): {exc.msg}", Location(file, line, column), "fix the XML"
        ) from None
    if root is None:
        raise TermbaseError("TBX file is empty", Location(file))
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and list(dtd.iterentities()):
        # Entities are never expanded; refusing them keeps "&name;" out of the terms.
        raise TermbaseError(
            "TBX file declares <!ENTITY>s, which are not accepted",
            Location(file, 1),
            "write the terms out in full",
        )
    if _local(root) not in {"martif", "tbx"}:
        raise TermbaseError(
            f"not a TBX file: the root element is <{_local(root)}>",
            Location(file, root.sourceline or 0),
            "TBX v2 starts with <martif>, TBX v3 with <tbx>",
        )
    concepts: list[TbxConcept] = []
    seen: dict[str, int] = {}
    for element in root.iter(etree.Element):
        if _local(element) not in _CONCEPTS:
            continue
        concept = _read_concept(element, file, len(concepts) + 1)
        if concept.id in seen:
            raise TermbaseError(
                f"duplicate concept id '{concept.id}' (first at line {seen[concept.id]})",
                Location(file, concept.line),
            )
        seen[concept.id] = concept.line
        concepts.append(concept)
    if not concepts:
        raise TermbaseError(
            "TBX file has no <termEntry> or <conceptEntry>", Location(file, root.sourceline or 0)
        )
    return concepts


def _read_concept(element: etree._Element, file: str, number: int) -> TbxConcept:
    line = element.sourceline or 0
    raw_id = str(element.get("id") or "")
    concept_id = _BAD_ID_CHARS.sub("-", raw_id.lower()).strip("-") or f"tbx-{number}"
    ranked: dict[str, list[tuple[int, int, str]]] = {}
    deprecated: dict[str, list[str]] = {}
    for lang_set in element:
        if not isinstance(lang_set.tag, str) or _local(lang_set) not in _LANG_SETS:
            continue
        language = str(lang_set.get(_XML_LANG) or lang_set.get("lang") or "")
        if not _LANGUAGE.match(language):
            raise TermbaseError(
                f"<{_local(lang_set)}> needs an xml:lang language code, got '{language}'",
                Location(file, lang_set.sourceline or 0),
            )
        language = language.lower()
        for group in lang_set:
            if not isinstance(group.tag, str) or _local(group) not in _TERM_GROUPS:
                continue
            term, status = _read_term_group(group, file)
            if status in _VARIANT_STATUSES:
                deprecated.setdefault(language, []).append(term)
            else:
                bucket = ranked.setdefault(language, [])
                # No status counts as admitted; the position keeps the file's order in a rank.
                bucket.append((_FORM_STATUSES.get(status, 1), len(bucket), term))
    if not ranked:
        raise TermbaseError(
            f"concept '{concept_id}' has no preferred or admitted term",
            Location(file, line),
            "give each concept at least one term that is not deprecated",
        )
    forms = {language: [term for *_, term in sorted(terms)] for language, terms in ranked.items()}
    return TbxConcept(
        id=concept_id,
        file=file,
        line=line,
        forms=forms,
        deprecated=deprecated,
        note=_concept_note(element),
        reference=_concept_reference(element),
    )


def _read_term_group(group: etree._Element, file: str) -> tuple[str, str]:
    term = ""
    status = ""
    for child in group.iter(etree.Element):
        name = _local(child)
        if name == "term" and not term:
            term = " ".join("".join(child.itertext()).split())
        elif name == "termNote" and child.get("type") == "administrativeStatus":
            status = _status(child, file)
        elif name == "administrativeStatus":  # TBX v3 DCT style
            status = _status(child, file)
    if not term:
        raise TermbaseError(
            f"<{_local(group)}> has no <term> text", Location(file, group.sourceline or 0)
        )
    return term, status


def _status(element: etree._Element, file: str) -> str:
    value = "".join(element.itertext()).strip()
    status = value.removesuffix("-admn-sts").lower()
    if status not in _FORM_STATUSES and status not in _VARIANT_STATUSES:
        raise TermbaseError(
            f"unknown administrative status '{value}'",
            Location(file, element.sourceline or 0),
            "use preferredTerm, admittedTerm, deprecatedTerm or supersededTerm (-admn-sts)",
        )
    return status


def _concept_note(element: etree._Element) -> str:
    for child in element.iter(etree.Element):
        if _local(child) == "note" or (
            _local(child) in {"descrip", "definition"}
            and child.get("type", "definition") == "definition"
        ):
            text = " ".join("".join(child.itertext()).split())
            if text:
                return text
    return ""


def _concept_reference(element: etree._Element) -> str:
    for child in element.iter(etree.Element):
        if _local(child) == "xref":
            target = str(child.get("target") or "").strip()
            if target:
                return target
    return ""


def _local(element: etree._Element) -> str:
    return str(etree.QName(element).localname)
