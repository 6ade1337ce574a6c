"""Reading a `.qdpx` into the neutral model, checking everything first.

The file must be a zip with project.qde at its root, and project.qde must
validate against the shipped Project.xsd; every internal source text must be
in the archive and decode; every selection must lie inside its text. Any of
these failing is a ``QdpxError`` naming the file and the problem, and
nothing has been read into the caller's hands. What is valid but outside what
reader can hold (pictures, audio, cases, a text kept outside the archive …)
is listed in ``ReadResult.skipped`` with its reason.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from reader.exchange import schema
from reader.exchange import xml_text as x
from reader.exchange.archive import Limits, SafeArchive, clean_member_name
from reader.exchange.errors import QdpxError
from reader.exchange.model import (
    NAMESPACE,
    Code,
    Coding,
    Note,
    Project,
    ReadResult,
    Selection,
    Skipped,
    TextSource,
    User,
    Variable,
    VariableValue,
)

_NS = "{" + NAMESPACE + "}"
_VALUE_KINDS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
_UNREAD_PARTS = {
    "Cases": "reader has no cases",
    "Links": "reader has no links between items",
    "Sets": "reader has no sets",
    "Graphs": "reader has no graphs",
}


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return element.findall(_NS + name)


def _child_text(element: etree._Element, name: str) -> str | None:
    child = element.find(_NS + name)
    return None if child is None else (child.text or "")


def _guid(element: etree._Element, attribute: str) -> str | None:
    value = element.get(attribute)
    return None if value is None else x.guid(value)


def _when(element: etree._Element, attribute: str):
    value = element.get(attribute)
    if value is None:
        return None
    try:
        return x.parse_date_time(value)
    except ValueError:  # valid xsd:dateTime that Python's datetime cannot hold (year 0, 1e-9 s …)
        return None


def _note_refs(element: etree._Element) -> list[str]:
    return [x.guid(ref.get("targetGUID")) for ref in _children(element, "NoteRef")]


def decode_text(data: bytes, path: Path, entry: str) -> str:
    """A text file of the archive: UTF-8 (a byte-order mark is dropped), or UTF-16 with its mark."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QdpxError(path, f"{entry} is not UTF-8 text (undecodable bytes at byte {exc.start:,}).") from None


class _ProjectReader:
    def __init__(self, archive: SafeArchive, path: Path) -> None:
        self.archive = archive
        self.path = path
        self.skipped: list[Skipped] = []
        self.crlf_is_one = False

    # -- texts inside the archive ----------------------------------------------
    def _internal_text(self, reference: str, kind: str, guid: str | None, name: str | None) -> str | None:
        """The text a path attribute points to; None (and a skip) when it is outside the archive."""
        scheme, sep, rest = reference.partition("://")
        if not sep or scheme.lower() != "internal":
            self.skipped.append(
                Skipped(kind, guid, name, f"its text is a file outside the project ({reference}); only texts inside the .qdpx are read")
            )
            return None
        entry_name = clean_member_name("sources/" + rest)
        if entry_name is None or not entry_name.startswith("sources/"):
            raise QdpxError(self.path, f"the {kind} «{name or guid}» points outside the archive ({reference}); refused.")
        entry = self.archive.find(entry_name)
        if entry is None:
            raise QdpxError(self.path, f"the text of the {kind} «{name or guid}» ({entry_name}) is missing from the archive.")
        text = decode_text(self.archive.read(entry, self.archive.limits.entry_bytes), self.path, entry)
        # ATLAS.ti counts a CR LF as one character (QualCoder's importer knows this too).
        return text.replace("\r\n", "\n") if self.crlf_is_one else text

    # -- parts of the project ----------------------------------------------------
    def _code(self, element: etree._Element) -> Code:
        return Code(
            guid=x.guid(element.get("guid")),
            name=element.get("name"),
            color=x.color(element.get("color")),
            codable=element.get("isCodable") in ("true", "1"),
            description=_child_text(element, "Description"),
            children=[self._code(child) for child in _children(element, "Code")],
        )

    def _coding(self, element: etree._Element) -> Coding:
        return Coding(
            guid=x.guid(element.get("guid")),
            code=x.guid(element.find(_NS + "CodeRef").get("targetGUID")),
            creating_user=_guid(element, "creatingUser"),
            created=_when(element, "creationDateTime"),
            note_refs=_note_refs(element),
        )

    def _selection(self, element: etree._Element, source_name: str, text_length: int) -> Selection:
        guid = x.guid(element.get("guid"))
        start, end = int(element.get("startPosition")), int(element.get("endPosition"))
        if not 0 <= start <= end <= text_length:
            raise QdpxError(
                self.path,
                f"the selection {guid} in «{source_name}» runs from {start} to {end}, outside its text of "
                f"{text_length:,} characters (positions count Unicode code points).",
            )
        return Selection(
            guid=guid,
            start=start,
            end=end,
            name=element.get("name"),
            description=_child_text(element, "Description"),
            creating_user=_guid(element, "creatingUser") or _guid(element, "modifyingUser"),
            created=_when(element, "creationDateTime"),
            modified=_when(element, "modifiedDateTime"),
            codings=[self._coding(c) for c in _children(element, "Coding")],
            note_refs=_note_refs(element),
        )

    def _variable_values(self, element: etree._Element) -> list[VariableValue]:
        values = []
        for value in _children(element, "VariableValue"):
            variable = x.guid(value.find(_NS + "VariableRef").get("targetGUID"))
            for kind in _VALUE_KINDS:
                data = value.find(_NS + kind)
                if data is None:
                    continue
                try:
                    values.append(VariableValue(variable, x.parse_value(kind, data.text or "")))
                except ValueError:
                    self.skipped.append(Skipped("VariableValue", variable, element.get("name"), f"the {kind} «{data.text}» cannot be read"))
        return values

    def _text_source(self, element: etree._Element, kind: str, name: str | None = None) -> TextSource | None:
        guid = x.guid(element.get("guid"))
        name = element.get("name") or name or ""
        reference = element.get("plainTextPath")
        if reference is not None:
            text = self._internal_text(reference, kind, guid, name)
            if text is None:
                return None
        else:
            text = _child_text(element, "PlainTextContent")
            if text is None:
                why = "it has only a rich-text file (reader reads plain text)" if element.get("richTextPath") else "it has no text"
                self.skipped.append(Skipped(kind, guid, name, why))
                return None
        return TextSource(
            guid=guid,
            name=name,
            text=text,
            description=_child_text(element, "Description"),
            creating_user=_guid(element, "creatingUser") or _guid(element, "modifyingUser"),
            created=_when(element, "creationDateTime"),
            modified=_when(element, "modifiedDateTime"),
            selections=[self._selection(s, name, len(text)) for s in _children(element, "PlainTextSelection")],
            codings=[self._coding(c) for c in _children(element, "Coding")],
            note_refs=_note_refs(element),
            variable_values=self._variable_values(element),
        )

    def _sources(self, element: etree._Element) -> list[TextSource]:
        sources = []
        for child in element:
            if not isinstance(child.tag, str):
                continue  # a comment or processing instruction
            kind = etree.QName(child).localname
            guid, name = x.guid(child.get("guid")), child.get("name")
            if kind == "TextSource":
                source = self._text_source(child, kind)
            elif kind == "PDFSource" and child.find(_NS + "Representation") is not None:
                # The PDF's text representation carries the text codings.
                source = self._text_source(child.find(_NS + "Representation"), "PDFSource", name)
            else:
                source = None
                self.skipped.append(Skipped(kind, guid, name, "reader reads text sources only"))
            if source is not None:
                sources.append(source)
        return sources

    def _note(self, element: etree._Element) -> Note | None:
        guid, name = x.guid(element.get("guid")), element.get("name")
        reference = element.get("plainTextPath")
        text = _child_text(element, "PlainTextContent")
        if text is None and reference is not None:
            text = self._internal_text(reference, "Note", guid, name)
        if text is None:
            if reference is None:
                self.skipped.append(Skipped("Note", guid, name, "it has no plain text"))
            return None
        return Note(
            guid=guid,
            text=text,
            name=name,
            creating_user=_guid(element, "creatingUser") or _guid(element, "modifyingUser"),
            created=_when(element, "creationDateTime"),
            modified=_when(element, "modifiedDateTime"),
        )

    def read(self, root: etree._Element) -> ReadResult:
        origin = root.get("origin")
        self.crlf_is_one = bool(origin) and "ATLAS" in origin.upper()
        users_element = root.find(_NS + "Users")
        users = [] if users_element is None else [
            User(x.guid(u.get("guid")), u.get("name") or "") for u in _children(users_element, "User")
        ]
        codes_element = root.find(f"{_NS}CodeBook/{_NS}Codes")
        codes = [] if codes_element is None else [self._code(c) for c in _children(codes_element, "Code")]
        variables_element = root.find(_NS + "Variables")
        variables = [] if variables_element is None else [
            Variable(x.guid(v.get("guid")), v.get("name"), v.get("typeOfVariable"), _child_text(v, "Description"))
            for v in _children(variables_element, "Variable")
        ]
        sources_element = root.find(_NS + "Sources")
        sources = [] if sources_element is None else self._sources(sources_element)
        notes_element = root.find(_NS + "Notes")
        notes = [] if notes_element is None else [n for n in map(self._note, _children(notes_element, "Note")) if n]
        for part, why in _UNREAD_PARTS.items():
            element = root.find(_NS + part)
            if element is not None:
                self.skipped.append(Skipped(part, None, None, f"{len(element)} item(s) not read: {why}"))
        project = Project(
            name=root.get("name"),
            origin=origin,
            creating_user=_guid(root, "creatingUserGUID"),
            created=_when(root, "creationDateTime"),
            description=_child_text(root, "Description"),
            users=users,
            codes=codes,
            variables=variables,
            sources=sources,
            notes=notes,
            note_refs=_note_refs(root),
        )
        _drop_dangling_references(project, self.skipped)
        return ReadResult(project, self.skipped)


def _drop_dangling_references(project: Project, skipped: list[Skipped]) -> None:
    """Codings of things that are not codes (NVivo codes cases this way) and references to absent notes go."""
    code_guids = {code.guid for code in project.all_codes()}
    note_guids = {note.guid for note in project.notes}
    variable_guids = {variable.guid for variable in project.variables}

    def keep_codings(codings: list[Coding], where: str) -> list[Coding]:
        kept = []
        for coding in codings:
            if coding.code in code_guids:
                coding.note_refs = keep_notes(coding.note_refs, where)
                kept.append(coding)
            else:
                skipped.append(Skipped("Coding", coding.guid, where, f"it refers to {coding.code}, which is not a code in the code book"))
        return kept

    def keep_notes(refs: list[str], where: str) -> list[str]:
        for ref in refs:
            if ref not in note_guids:
                skipped.append(Skipped("NoteRef", ref, where, "it refers to a note the project does not hold"))
        return [ref for ref in refs if ref in note_guids]

    for source in project.sources:
        source.codings = keep_codings(source.codings, source.name)
        source.note_refs = keep_notes(source.note_refs, source.name)
        for selection in source.selections:
            selection.codings = keep_codings(selection.codings, source.name)
            selection.note_refs = keep_notes(selection.note_refs, source.name)
        for value in source.variable_values:
            if value.variable not in variable_guids:
                skipped.append(Skipped("VariableValue", value.variable, source.name, "it refers to a variable the project does not define"))
        source.variable_values = [v for v in source.variable_values if v.variable in variable_guids]
    project.note_refs = keep_notes(project.note_refs, project.name)


def read_qdpx(path: str | Path, *, limits: Limits = Limits()) -> ReadResult:
    path = Path(path)
    with SafeArchive(path, limits) as archive:
        entry = archive.find("project.qde")
        if entry is None:
            raise QdpxError(path, "there is no project.qde in the archive, so it is not a REFI-QDA project.")
        tree = schema.parse(archive.read(entry, limits.project_bytes), path, entry)
        schema.check(tree, path, entry)
        return _ProjectReader(archive, path).read(tree.getroot())
