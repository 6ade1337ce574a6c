"""Corrections: the user's fixes to a parsed page, kept as data and re-applied after every parse (Qt-free, no SQL).

    make_split / make_merge / make_set_role / make_drop_lines / make_restore_line /
    make_edit_text / make_delete / make_join (page, ...)  -> Correction   (raise CorrectionError)
    apply_correction(page, correction, keys) -> Outcome    (the page after it, and where each article came from)
    apply_corrections(page, [(id, correction)...], ctx) -> (page, [(id, status, problem)])
    describe(correction) -> str                            (one line in words)

The store (reader/store/corrections.py) calls these when the user corrects
and when a page is re-parsed (reader/store/reparse.py); the command line
and the app go through the store.
"""

from reader.corrections.model import (
    KINDS, MERGE_HEADLINE_MODES, ROLES, Correction, CorrectionError, Origin, Outcome, Piece,
)  # fmt: skip

# describe() shares its name with its module: imported at once (a lazy name
# would be shadowed by the submodule once that is imported).
from reader.corrections.describe import describe  # noqa: E402

# The rest is loaded when first used: applying corrections needs the parser,
# which a command that only names the roles (the command line's --help) does not.
_LAZY = {
    "Context": "apply", "apply_correction": "apply", "apply_corrections": "apply", "find_article": "anchors", "DArticle": "draft", "draft_article": "draft", "draft_page": "draft",
    **dict.fromkeys(
        ("make_delete", "make_drop_lines", "make_edit_text", "make_join", "make_line_role", "make_merge",
         "make_restore_line", "make_set_role", "make_split", "parse_part", "part_label", "proposed_title",
         "split_offset"),
        "make",
    ),
}  # fmt: skip

__all__ = [
    "KINDS", "MERGE_HEADLINE_MODES", "ROLES", "Correction", "CorrectionError", "Origin", "Outcome", "Piece", "describe", *_LAZY,
]  # fmt: skip


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.corrections' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"reader.corrections.{module}"), name)
