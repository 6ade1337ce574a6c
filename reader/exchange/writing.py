"""Writing a `.qdpx`: project.qde plus one UTF-8 text per source under sources/.

``QdpxWriter`` streams: the caller hands it the project's head (users, code
book, variables) and then one source at a time, so a library of any size is
exported in bounded memory. Each source's text goes into the zip at once as
``sources/<guid>.txt`` (UTF-8, no byte-order mark); its XML goes to a
temporary file that becomes project.qde when the writer is closed. Notes come
after the sources in the schema's order, so they are kept until then.

The archive is written under a temporary name beside the target and renamed
over it only when complete: a failure or a cancel never leaves half a file,
nor destroys an earlier export of the same name.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from reader.exchange import xml_text as x
from reader.exchange.errors import QdpxError
from reader.exchange.model import NAMESPACE, Code, Coding, Note, Project, Selection, TextSource, Variable

_VALUE_ELEMENT = {
    "Text": "TextValue",
    "Boolean": "BooleanValue",
    "Integer": "IntegerValue",
    "Float": "FloatValue",
    "Date": "DateValue",
    "DateTime": "DateTimeValue",
}


def source_entry(guid: str) -> str:
    return f"sources/{guid}.txt"


def _attrs(**values: object) -> str:
    """Attributes in the order given; None is left out."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            written = x.attr(value)  # type: ignore[arg-type]
        elif kind is bool:
            written = "true" if value else "false"
        elif kind is int:
            written = str(value)
        elif isinstance(value, datetime):
            written = x.date_time(value)
        else:
            written = x.attr(str(value))
        parts.append(f' {name}="{written}"')
    return "".join(parts)


def _note_refs(guids: Iterable[str]) -> str:
    return "".join(f'<NoteRef targetGUID="{g}"/>' for g in guids)


def _description(text: str | None) -> str:
    return "" if text is None else f"<Description>{x.text(text)}</Description>"


def _code(code: Code, out: list[str]) -> None:
    out.append(f"<Code{_attrs(guid=code.guid, name=code.name, isCodable=code.codable, color=code.color)}>")
    out.append(_description(code.description))
    for child in code.children:
        _code(child, out)
    out.append("</Code>")


def _guid_attr(name: str, guid: str | None) -> str:
    # GUIDs are canonical already (made by guids.py or read from a validated file): no escaping needed.
    return f' {name}="{guid}"' if guid else ""


def _time_attr(name: str, value: datetime | None) -> str:
    return f' {name}="{x.date_time(value)}"' if value is not None else ""


# The writers of the elements every source repeats are spelled out, not built
# through _attrs: a 100,000-article export writes a few hundred thousand of them.
def _coding(coding: Coding) -> str:
    return (
        f'<Coding guid="{coding.guid}"{_guid_attr("creatingUser", coding.creating_user)}'
        f'{_time_attr("creationDateTime", coding.created)}><CodeRef targetGUID="{coding.code}"/>'
        f"{_note_refs(coding.note_refs)}</Coding>"
    )


def _selection(selection: Selection) -> str:
    name = f' name="{x.attr(selection.name)}"' if selection.name is not None else ""
    head = (
        f'<PlainTextSelection guid="{selection.guid}"{name} startPosition="{int(selection.start)}" '
        f'endPosition="{int(selection.end)}"{_guid_attr("creatingUser", selection.creating_user)}'
        f'{_time_attr("creationDateTime", selection.created)}{_time_attr("modifiedDateTime", selection.modified)}>'
    )
    body = _description(selection.description) + "".join(map(_coding, selection.codings))
    return f"{head}{body}{_note_refs(selection.note_refs)}</PlainTextSelection>"


def _variable(variable: Variable) -> str:
    attrs = _attrs(guid=variable.guid, name=variable.name, typeOfVariable=variable.type)
    return f"<Variable{attrs}>{_description(variable.description)}</Variable>"


def _note(note: Note) -> str:
    attrs = _attrs(
        guid=note.guid,
        name=note.name,
        creatingUser=note.creating_user,
        creationDateTime=note.created,
        modifiedDateTime=note.modified,
    )
    return f"<Note{attrs}><PlainTextContent>{x.text(note.text)}</PlainTextContent></Note>"


class QdpxWriter:
    """Write ``head`` (its sources and notes too, if it has any) and then whatever is added."""

    def __init__(self, path: str | Path, head: Project, *, compresslevel: int = 6) -> None:
        self.path = Path(path)
        folder = self.path.parent if str(self.path.parent) else Path(".")
        self._variable_types = {v.guid: v.type for v in head.variables}
        self._head = head
        self._notes: list[Note] = []
        self._sources_open = False
        self._closed = False
        self._zip_name = self._xml_name = ""
        try:
            fd, self._zip_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=folder)
            os.close(fd)
            xml_fd, self._xml_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".qde", dir=folder)
        except OSError as exc:
            _unlink(self._zip_name)
            raise QdpxError(self.path, f"cannot be written ({exc.strerror or exc}).") from None
        self._xml = os.fdopen(xml_fd, "w", encoding="utf-8", newline="\n")
        self._zip = zipfile.ZipFile(self._zip_name, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._write_head(head)
        for source in head.sources:
            self.add_source(source)
        self._notes.extend(head.notes)

    def _write_head(self, project: Project) -> None:
        attrs = _attrs(
            name=project.name,
            origin=project.origin,
            creatingUserGUID=project.creating_user,
            creationDateTime=project.created,
        )
        out = ['<?xml version="1.0" encoding="utf-8"?>\n', f'<Project xmlns="{NAMESPACE}"{attrs}>']
        if project.users:
            out.append("<Users>")
            out.extend(f"<User{_attrs(guid=u.guid, name=u.name)}/>" for u in project.users)
            out.append("</Users>")
        if project.codes:
            out.append("<CodeBook><Codes>")
            for code in project.codes:
                _code(code, out)
            out.append("</Codes></CodeBook>")
        if project.variables:
            out.append("<Variables>")
            out.extend(map(_variable, project.variables))
            out.append("</Variables>")
        self._xml.write("".join(out))

    def add_source(self, source: TextSource) -> None:
        entry = source_entry(source.guid)
        self._zip.writestr(entry, source.text.encode("utf-8"))
        if not self._sources_open:
            self._xml.write("<Sources>")
            self._sources_open = True
        head = (
            f'<TextSource guid="{source.guid}" name="{x.attr(source.name)}" '
            f'plainTextPath="internal://{source.guid}.txt"{_guid_attr("creatingUser", source.creating_user)}'
            f'{_time_attr("creationDateTime", source.created)}{_time_attr("modifiedDateTime", source.modified)}>'
        )
        out = ["\n", head, _description(source.description)]
        out.extend(map(_selection, source.selections))
        out.extend(map(_coding, source.codings))
        out.append(_note_refs(source.note_refs))
        for value in source.variable_values:
            element = _VALUE_ELEMENT[self._variable_types[value.variable]]
            out.append(
                f'<VariableValue><VariableRef targetGUID="{value.variable}"/>'
                f"<{element}>{x.text(x.value_text(value.value))}</{element}></VariableValue>"
            )
        out.append("</TextSource>")
        self._xml.write("".join(out))

    def add_notes(self, notes: Iterable[Note]) -> None:
        self._notes.extend(notes)

    def close(self) -> None:
        """Finish the archive and put it in place."""
        if self._closed:
            return
        try:
            if self._sources_open:
                self._xml.write("</Sources>")
            if self._notes:
                self._xml.write("\n<Notes>" + "".join(map(_note, self._notes)) + "</Notes>")
            self._xml.write(_description(self._head.description) + _note_refs(self._head.note_refs))
            self._xml.write("</Project>\n")
            self._xml.close()
            self._zip.write(self._xml_name, "project.qde")
            self._zip.close()
            os.replace(self._zip_name, self.path)
        except OSError as exc:
            self.abort()
            raise QdpxError(self.path, f"cannot be written ({exc.strerror or exc}).") from None
        finally:
            self._closed = True
            _unlink(self._xml_name)

    def abort(self) -> None:
        """Drop everything written so far; the target is left as it was."""
        self._closed = True
        for closable in (self._xml, self._zip):
            try:
                closable.close()
            except Exception:
                pass
        _unlink(self._xml_name)
        _unlink(self._zip_name)

    def __enter__(self) -> "QdpxWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _unlink(name: str) -> None:
    if not name:
        return
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass


def write_qdpx(project: Project, path: str | Path, *, compresslevel: int = 6) -> None:
    """Write a whole in-memory project."""
    with QdpxWriter(path, project, compresslevel=compresslevel):
        pass
