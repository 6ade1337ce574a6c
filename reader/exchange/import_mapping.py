"""From a REFI-QDA project (written by reader or by another tool) to the library's records.

- a codable ``Code`` is a tag with its colour; a code nested under another
  keeps its own name unless two codes in the book share it, then its path
  ("Parent / Child") is the tag name; a code that is not codable is no tag;
- a coding of a whole text (on the ``TextSource`` itself, or on a selection
  that covers the whole text give or take white space) is an article tag, and
  the notes of such a selection are article notes;
- any other selection is one passage annotation per coding (a selection with
  no coding but a note or description is a passage with a note only); its
  notes and its description are the note of the first of them, a coding's own
  notes go on that coding's passage;
- notes referenced from a source are article notes;
- variables named newspaper, date, page and section (any letter case) are the
  page identity; other variables are listed as skipped;
- the coder of anything is the ``User`` named by its creatingUser, falling
  back to the selection's, the source's and the project's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from reader.exchange.model import Coding, Project, Selection, Skipped, TextSource
from reader.exchange.records import ImportedArticle, ImportPlan, NoteUse, PageIdentity, Passage, TagUse
from reader.exchange.text_layout import ArticleText, WhitespaceMap

_IDENTITY_FIELDS = {"newspaper": "newspaper", "date": "date", "page": "page", "section": "section"}


def _tag_names(project: Project) -> dict[str, tuple[str, str | None]]:
    """code guid -> (tag name, colour) for every codable code."""
    counts = Counter(code.name for code in project.all_codes())
    names: dict[str, tuple[str, str | None]] = {}

    def visit(codes, path):
        for code in codes:
            here = (*path, code.name)
            if code.codable:
                names[code.guid] = (code.name if counts[code.name] == 1 else " / ".join(here), code.color)
            visit(code.children, here)

    visit(project.codes, ())
    return names


def _identity(source: TextSource, variables: dict[str, str], skipped: list[Skipped]) -> PageIdentity:
    found: dict[str, object] = {}
    for value in source.variable_values:
        name = variables[value.variable]
        field = _IDENTITY_FIELDS.get(name.casefold())
        if field is None:
            skipped.append(Skipped("VariableValue", value.variable, source.name, f"reader has no place for the variable «{name}»"))
            continue
        data = value.value
        if field == "date":
            if isinstance(data, datetime):
                data = data.date()
            elif not isinstance(data, date):
                try:
                    data = date.fromisoformat(str(data).strip())
                except ValueError:
                    skipped.append(Skipped("VariableValue", value.variable, source.name, f"«{data}» is not a date"))
                    continue
        else:
            data = str(data)
        found[field] = data
    return PageIdentity(**found)  # type: ignore[arg-type]


class _Planner:
    def __init__(self, project: Project, skipped: list[Skipped]) -> None:
        self.project = project
        self.skipped = skipped
        self.tags = _tag_names(project)
        self.users = {user.guid: user.name for user in project.users if user.name}
        self.notes = {note.guid: note for note in project.notes}
        self.variables = {variable.guid: variable.name for variable in project.variables}
        self.coders: dict[str, None] = {}

    def coder(self, *guids: str | None) -> str | None:
        for guid in (*guids, self.project.creating_user):
            if guid and guid in self.users:
                name = self.users[guid]
                self.coders.setdefault(name)
                return name
        return None

    def note_text(self, refs: list[str], description: str | None = None) -> str | None:
        texts = [description.strip()] if description and description.strip() else []
        texts += [self.notes[ref].text for ref in refs if self.notes[ref].text.strip()]
        return "\n\n".join(texts) or None

    def tag_use(self, coding: Coding, source: TextSource, *fallback: str | None) -> TagUse | None:
        if coding.code not in self.tags:
            self.skipped.append(Skipped("Coding", coding.guid, source.name, "its code is a category that cannot be coded"))
            return None
        return TagUse(self.tags[coding.code][0], self.coder(coding.creating_user, *fallback), coding.created)

    def selection(self, selection: Selection, source: TextSource, article: ImportedArticle) -> None:
        whole = source.text[selection.start : selection.end].strip() == source.text.strip()
        if whole and (selection.codings or selection.note_refs or selection.description):
            for coding in selection.codings:
                use = self.tag_use(coding, source, selection.creating_user, source.creating_user)
                if use:
                    article.tags.append(use)
            note = self.note_text(selection.note_refs, selection.description)
            if note:
                article.notes.append(NoteUse(note, self.coder(selection.creating_user, source.creating_user),
                                             selection.created, selection.modified))  # fmt: skip
            return
        if selection.start == selection.end:
            self.skipped.append(Skipped("PlainTextSelection", selection.guid, source.name, "it selects no text"))
            return
        note = self.note_text(selection.note_refs, selection.description)
        base = dict(start=selection.start, end=selection.end, created=selection.created, modified=selection.modified)
        made = 0
        for coding in selection.codings:
            use = self.tag_use(coding, source, selection.creating_user, source.creating_user)
            if use is None:
                continue
            own = self.note_text(coding.note_refs)
            text = "\n\n".join(t for t in ((note if made == 0 else None), own) if t) or None
            article.passages.append(Passage(tag=use.tag, note=text, coder=use.coder, **base))
            made += 1
        if made == 0:
            if note is None:
                self.skipped.append(Skipped("PlainTextSelection", selection.guid, source.name, "it has neither a code nor a note"))
                return
            coder = self.coder(selection.creating_user, source.creating_user)
            article.passages.append(Passage(note=note, coder=coder, **base))

    def article(self, source: TextSource) -> ImportedArticle:
        article = ImportedArticle(source.guid, source.name, source.text, _identity(source, self.variables, self.skipped))
        for coding in source.codings:
            use = self.tag_use(coding, source, source.creating_user)
            if use:
                article.tags.append(use)
        for selection in source.selections:
            self.selection(selection, source, article)
        for ref in source.note_refs:
            note = self.notes[ref]
            if note.text.strip():
                article.notes.append(NoteUse(note.text, self.coder(note.creating_user, source.creating_user),
                                             note.created, note.modified))  # fmt: skip
        return article


def plan_import(project: Project, skipped: list[Skipped] | None = None) -> ImportPlan:
    skipped = list(skipped or [])
    planner = _Planner(project, skipped)
    articles = [planner.article(source) for source in project.sources]
    # Every codable code becomes a tag, used or not: a code book is work too.
    tags: dict[str, str | None] = {}
    for name, color in planner.tags.values():
        tags.setdefault(name, color)
    return ImportPlan(tags=list(tags.items()), coders=list(planner.coders), articles=articles, skipped=skipped)


def place_passages(
    source_text: str, article: ArticleText, passages: list[Passage], source_name: str
) -> tuple[list[Passage], list[Skipped]]:
    """The passages of a source moved onto ``article``'s body, whose text matches the source's.

    Positions go through both texts' whitespace normalisation, so a source
    with other line ends or spacing lands on the same characters. A passage
    that lies (even partly) in the title has no place: reader annotates body
    text, so it is skipped.
    """
    if source_text == article.text:
        source_map = article_map = None
    else:
        source_map, article_map = WhitespaceMap.of(source_text), WhitespaceMap.of(article.text)
        if source_map.normal != article_map.normal:
            raise ValueError(f"the text of «{source_name}» is not the article's text")
    placed, skipped = [], []
    for passage in passages:
        start, end = passage.start, passage.end
        if source_map is not None:
            start = article_map.to_original(source_map.to_normal(start))
            end = article_map.to_original(source_map.to_normal(end), end=True)
        if len(article.title) <= start < article.body_start:
            start = article.body_start  # a selection that takes in the blank line after the title
        body_start, body_end = article.body_offset(start), article.body_offset(end)
        if body_start is None or body_end is None or body_end <= body_start:
            skipped.append(Skipped("PlainTextSelection", None, source_name,
                                   f"it lies in the title ({passage.start}–{passage.end}); reader annotates the body only"))  # fmt: skip
            continue
        placed.append(Passage(body_start, body_end, passage.tag, passage.note, passage.coder, passage.created, passage.modified))
    return placed, skipped
