"""One line in words for each correction (the `corrections` command, the reparse report, the undo menu)."""

from __future__ import annotations

from reader.corrections.anchors import describe_article
from reader.corrections.model import Correction


def _short(text: str, n: int = 16) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[:n] + "…"


def describe(correction: Correction) -> str:
    d = correction.data
    kind = correction.kind
    if kind == "split":
        title = "its first line as title" if d.get("title_from_text") else f"title «{_short(d.get('title') or '', 24)}»"
        return f"split at «…{d['at']['before'][-8:]}|{d['at']['after'][:8]}…», the new article with {title}"
    if kind == "merge":
        how = {"body": "its headline as body text", "subhead": "its headline as a sub-heading", "drop": "its headline dropped"}
        return f"merged {describe_article(d['first'])} with {describe_article(d['second'])} ({how.get(d.get('headline'), '')})"
    if kind == "set_role":
        return f"made «{_short(d['part']['text'])}» ({d['part']['field']}) a {d['role']} in {describe_article(d['part']['article'])}"
    if kind == "drop_lines":
        lines = ", ".join(str(x["no"] + 1) for x in d["lines"])
        return f"dropped line(s) {lines} as page furniture («{_short(d['lines'][0]['text'])}»)"
    if kind == "line_role":
        return f"made line {d['line']['no'] + 1} («{_short(d['line']['text'])}») a {d['role']}"
    if kind == "restore_line":
        return f"restored line {d['line']['no'] + 1} («{_short(d['line']['text'])}») into its article"
    if kind == "edit_text":
        return f"edited «{_short(d['old'], 12)}» to «{_short(d['new'], 12)}» in {describe_article(d['part']['article'])}"
    if kind == "delete":
        return f"deleted {describe_article(d['article'])} (in the trash)"
    if kind == "join":
        return f"joined {describe_article(d['head'])} with its continuation {describe_article(d['continuation'])}"
    return kind
