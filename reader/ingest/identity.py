"""A new page's identity at import: its header, its file name (built-in patterns or a template), the import's options.

The store records what each origin said (reader/store/identity.py) and
shows the winner; the notes name what could not be settled: a date that
cannot exist, a name that does not fit the template, a header and a file
name that disagree (the header wins).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


def identify(page: Page, path: Path, how: ImportIdentity | None) -> tuple[list[PageMeta], list[str]]:
    """(what each origin says about the page, notes for the import report)."""
    how = how or ImportIdentity()
    from_name, name_problems = identity.read_path(path, how.template)
    metas = [page.meta, from_name, how.given]
    _, conflicts = identity.combine(*metas)
    notes = [f"line {p.line_no + 1}: {p.message}" if p.line_no is not None else p.message for p in page.meta_problems]
    notes += [p.message for p in name_problems]
    notes += [c.message() for c in conflicts]
    return metas, notes
