"""From the library's records to REFI-QDA: how reader's work looks in a `.qdpx`.

- an article is a ``TextSource``: its text is ``title + "\\n\\n" + body``
  (text_layout); its name is the title followed by newspaper and date in
  parentheses when they are known; its description gives the page identity,
  the byline and the page file;
- a tag is a ``Code`` in the ``CodeBook`` (flat, with its colour);
- the tags one coder put on a whole article are the ``Coding``s of one
  ``PlainTextSelection`` from 0 to the end of the text, made by that coder;
- a passage annotation is a ``PlainTextSelection`` (body offsets moved past
  the title) with a ``Coding`` of its tag, and its note as a ``Note`` that the
  selection references;
- an article note is a ``Note`` referenced from the source;
- newspaper, date, page and section are ``Variable``s (Text, Date, Text,
  Text) with a ``VariableValue`` on each source that has them;
- every coder is a ``User``, referenced as creatingUser of every selection,
  coding and note they made.

GUIDs come from ``guids`` with these keys: a user, code or variable by its
name; a source by page key, position on the page and the hash of its text; a
passage selection by source, start, end, coder and creation time; the
whole-article selection by source and coder; codings and notes by what they
belong to. So the same library exported twice gives the same GUIDs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from reader.article_names import display_title
from reader.exchange.guids import GuidAllocator, content_hash, stable_guid
from reader.exchange.model import Code, Coding, Note, Project, Selection, TextSource, User, Variable, VariableValue
from reader.exchange.records import ArticleRecord, PageIdentity
from reader.exchange.text_layout import ArticleText

# name, type, and how to get the value out of a PageIdentity. Page identity
# plugs in here: a new field of PageIdentity becomes a variable by one line.
IDENTITY_VARIABLES: tuple[tuple[str, str, str], ...] = (
    ("newspaper", "Text", "newspaper"),
    ("date", "Date", "date"),
    ("page", "Text", "page"),
    ("section", "Text", "section"),
)


def source_name(title: str, identity: PageIdentity) -> str:
    where = ", ".join(str(v) for v in (identity.newspaper, identity.date) if v)
    name = display_title(title)
    return f"{name} ({where})" if where else name


def source_description(record: ArticleRecord) -> str | None:
    identity = record.identity
    lines = []
    where = ", ".join(
        part
        for part in (
            identity.newspaper,
            identity.date.isoformat() if identity.date else None,
            f"page {identity.page}" if identity.page else None,
            identity.section,
        )
        if part
    )
    if where:
        lines.append(where)
    if record.byline:
        lines.append(record.byline)
    if record.page_name:
        lines.append(f"page file: {record.page_name}")
    return "\n".join(lines) or None


def _earliest(times: Iterable[datetime | None]) -> datetime | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


class ProjectBuilder:
    """Builds the head of the project once, then one source (and its notes) per article."""

    def __init__(
        self,
        name: str,
        *,
        tags: Iterable[tuple[str, str | None]],
        coders: Iterable[str],
        origin: str | None = None,
        created: datetime | None = None,
    ) -> None:
        self._guids = GuidAllocator()
        self._users = {coder: stable_guid("user", coder) for coder in dict.fromkeys(coders)}
        self._codes = {tag: (stable_guid("code", tag), color) for tag, color in tags}
        self._variables = {name: stable_guid("variable", name) for name, _type, _field in IDENTITY_VARIABLES}
        self.name, self.origin, self.created = name, origin, created

    def head(self) -> Project:
        return Project(
            name=self.name,
            origin=self.origin,
            created=self.created,
            users=[User(guid, coder) for coder, guid in self._users.items()],
            codes=[Code(guid, tag, color) for tag, (guid, color) in self._codes.items()],
            variables=[Variable(self._variables[name], name, kind) for name, kind, _field in IDENTITY_VARIABLES],  # type: ignore[arg-type]
        )

    def _user(self, coder: str | None) -> str | None:
        if coder is None:
            return None
        try:
            return self._users[coder]
        except KeyError:
            raise ValueError(f"coder {coder!r} was not declared to the ProjectBuilder") from None

    def _code(self, tag: str) -> str:
        try:
            return self._codes[tag][0]
        except KeyError:
            raise ValueError(f"tag {tag!r} was not declared to the ProjectBuilder") from None

    def source(self, record: ArticleRecord) -> tuple[TextSource, list[Note]]:
        layout = ArticleText(record.title, record.body)
        text = layout.text
        guid = self._guids.guid("source", record.page_key, record.position, content_hash(text))
        notes: list[Note] = []
        source = TextSource(
            guid=guid,
            name=source_name(record.title, record.identity),
            text=text,
            description=source_description(record),
            variable_values=self._variable_values(record.identity),
        )
        by_coder: dict[str | None, list] = {}
        for use in record.tags:
            by_coder.setdefault(use.coder, []).append(use)
        for coder, uses in by_coder.items():
            selection_guid = self._guids.guid("article-tags", guid, coder)
            user = self._user(coder)
            source.selections.append(
                Selection(
                    guid=selection_guid,
                    start=0,
                    end=len(text),
                    creating_user=user,
                    created=_earliest(u.created for u in uses),
                    codings=[
                        Coding(self._guids.guid("coding", selection_guid, u.tag), self._code(u.tag), user, u.created)
                        for u in uses
                    ],
                )
            )
        for passage in record.passages:
            user = self._user(passage.coder)
            start, end = layout.source_position(passage.start), layout.source_position(passage.end)
            selection_guid = self._guids.guid("passage", guid, start, end, passage.coder, passage.created)
            selection = Selection(
                guid=selection_guid,
                start=start,
                end=end,
                creating_user=user,
                created=passage.created,
                modified=passage.modified,
            )
            if passage.tag:
                coding_guid = self._guids.guid("coding", selection_guid, passage.tag)
                selection.codings.append(Coding(coding_guid, self._code(passage.tag), user, passage.created))
            if passage.note:
                note = Note(self._guids.guid("passage-note", selection_guid), passage.note, None, user,
                            passage.created, passage.modified)  # fmt: skip
                selection.note_refs.append(note.guid)
                notes.append(note)
            source.selections.append(selection)
        for use in record.notes:
            note = Note(self._guids.guid("article-note", guid, use.coder), use.text, None, self._user(use.coder),
                        use.created, use.modified)  # fmt: skip
            source.note_refs.append(note.guid)
            notes.append(note)
        return source, notes

    def _variable_values(self, identity: PageIdentity) -> list[VariableValue]:
        values = []
        for name, _kind, field in IDENTITY_VARIABLES:
            value = getattr(identity, field)
            if value not in (None, ""):
                values.append(VariableValue(self._variables[name], value))
        return values


def build_project(name: str, records: Iterable[ArticleRecord], **head) -> Project:
    """The whole project in memory (tests and small libraries; an export streams with ProjectBuilder)."""
    builder = ProjectBuilder(name, **head)
    project = builder.head()
    for record in records:
        source, notes = builder.source(record)
        project.sources.append(source)
        project.notes.extend(notes)
    return project
