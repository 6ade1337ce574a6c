"""A new page's identity at import: its header, its file name (built-in patterns or a template), the import's options.

The store records what each origin said (reader/store/identity.py) and
shows the winner; the notes name what could not be settled: a date that
cannot exist, a name that does not fit the template, a header and a file
name that disagree (the header wins).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from reader import identity
from reader.model import Page, PageMeta


@dataclass(frozen=True)
class ImportIdentity:
    """How an import learns its pages' identity beyond their headers."""

    template: identity.NameTemplate | None = None
    given: PageMeta = field(default_factory=PageMeta)  # origin "import": the same for every page of the batch

    @classmethod
    def from_options(
        cls,
        *,
        name_pattern: str | None = None,
        newspaper: str | None = None,
        date: str | None = None,
        page: str | None = None,
        section: str | None = None,
    ) -> "ImportIdentity":
        """From the import's options; ValueError naming the option when one cannot be used."""
        template = None
        if name_pattern:
            try:
                template = identity.NameTemplate(name_pattern)
            except identity.TemplateError as exc:
                raise ValueError(f"--name-pattern: {exc}") from None
        values: dict[str, object] = {}
        for name, text in (("newspaper", newspaper), ("date", date), ("page", page), ("section", section)):
            if text is None or not text.strip():
                continue
            try:
                values[name] = identity.clean_value(name, text)
            except ValueError as exc:
                raise ValueError(f"--{name}: {exc}") from None
        if "page" in values:
            values["page_number"] = identity.page_number(values["page"])
        origins = {name: "import" for name, value in values.items() if value is not None}
        given = PageMeta(**{k: v for k, v in values.items() if k in origins}, origins=origins)
        return cls(template, given)


def identify(
    page: Page,
    path: Path,
    how: ImportIdentity | None,
    *,
    pdf: PageMeta | None = None,
    name_gives_page: bool = True,
    page_in_file: int | None = None,
) -> tuple[list[PageMeta], list[str]]:
    """(what each origin says about the page, notes for the import report).

    ``pdf`` is what a PDF's metadata and page labels say (origin "pdf"); a
    PDF holding many pages is one name for all of them, so its name says
    nothing about the page of each (``name_gives_page=False``).
    ``page_in_file``: the page's place in a text file of many pages, which
    its name in the library says («issue.txt#page=3», origin "filename")
    instead of the file's name.
    """
    how = how or ImportIdentity()
    from_name, name_problems = read_name(path, how.template, name_gives_page=name_gives_page, page_in_file=page_in_file)
    metas = [page.meta, from_name, how.given] + ([pdf] if pdf is not None else [])
    _, conflicts = identity.combine(*metas)
    notes = [f"line {p.line_no + 1}: {p.message}" if p.line_no is not None else p.message for p in page.meta_problems]
    notes += [p.message for p in name_problems]
    # A PDF's creation date is often the day before the paper's date: no news when they differ.
    notes += [c.message() for c in conflicts if c.overridden_origin != "pdf"]
    return metas, notes


def read_name(
    path: Path, template: identity.NameTemplate | None, *, name_gives_page: bool = True, page_in_file: int | None = None
) -> tuple[PageMeta, list[identity.MetaProblem]]:
    """What a page's path says (origin "filename"), and what could not be read (see identify)."""
    from_name, name_problems = identity.read_path(path, template)
    if not name_gives_page or page_in_file is not None:
        from_name = without(from_name, ("page", "page_number"))
        name_problems = [p for p in name_problems if p.field != "page"]
    if page_in_file is not None:
        origins = dict(from_name.origins, page="filename", page_number="filename")
        from_name = replace(from_name, page=str(page_in_file), page_number=page_in_file, origins=origins)
    return from_name, name_problems


def without(meta: PageMeta, fields: tuple[str, ...]) -> PageMeta:
    """``meta`` with ``fields`` unset (value and origin)."""
    values = {f: None for f in fields if f != "editors"}
    return replace(meta, **values, origins={k: v for k, v in meta.origins.items() if k not in fields})
