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

from reader.corrections.apply import Context, apply_correction, apply_corrections
from reader.corrections.describe import describe
from reader.corrections.anchors import find_article
from reader.corrections.draft import DArticle, draft_article, draft_page
from reader.corrections.make import (
    make_delete, make_drop_lines, make_edit_text, make_join, make_line_role, make_merge, make_restore_line, make_set_role,
    make_split,
    parse_part, part_label, proposed_title, split_offset,
)  # fmt: skip
from reader.corrections.model import (
    KINDS, MERGE_HEADLINE_MODES, ROLES, Correction, CorrectionError, Origin, Outcome, Piece,
)  # fmt: skip

__all__ = [
    "KINDS", "MERGE_HEADLINE_MODES", "ROLES", "Context", "Correction", "CorrectionError", "DArticle", "Origin", "Outcome",
    "Piece", "apply_correction", "apply_corrections", "describe", "draft_article", "draft_page", "find_article", "make_delete", "make_drop_lines",
    "make_edit_text", "make_join", "make_line_role", "make_merge", "make_restore_line", "make_set_role", "make_split", "parse_part",
    "part_label", "proposed_title", "split_offset",
]  # fmt: skip
