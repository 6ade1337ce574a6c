"""The search syntax researchers type, and where a query's terms occur in an article.

    公安 民警            both (AND: terms separated by spaces)
    公安 OR 民警         either (OR binds tighter than the space: 甲 乙 OR 丙 is 甲 AND (乙 OR 丙))
    -民警                articles without it
    "民警 赵晨然"         an exact phrase (spaces and the words OR, -x inside are literal)
    title:韩雪  byline:韩雪   only in that field (kicker, title, subtitle, byline, body;
                             also 引题, 标题, 副题, 作者, 正文; ":" or "："), e.g. title:"平安 家园"

Each term is a substring of any length, one character included: Chinese has
no spaces, so 公安 finds 公安局 too. Matching folds traditional and
simplified characters and ASCII case (reader.textfold); a hit never spans a
paragraph break. A bare OR at either end, or next to an excluded term, is a
literal word, and so is an unclosed ". A lone "-" is a character.

This module parses and finds hits in Python; the full-text index answers the
same question (reader/store/text_index.py builds its expression from a parsed
Query), and tests hold the two to the same answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader.textfold import fold, variants

# The article fields search covers, in the order an article prints them.
FIELDS: tuple[str, ...] = ("kicker", "title", "subtitle", "byline", "body")
FIELD_NAMES: dict[str, str] = {
    "kicker": "kicker", "title": "title", "subtitle": "subtitle", "byline": "byline", "body": "body",
    "引题": "kicker", "标题": "title", "副题": "subtitle", "作者": "byline", "署名": "byline", "正文": "body",
}  # fmt: skip

SYNTAX_HELP = (
    "公安 民警 — both words\n"
    "公安 OR 民警 — either word\n"
    "-民警 — without this word\n"
    '"民警 赵晨然" — exactly this phrase\n'
    "title:韩雪, byline:韩雪 — only in the title, the byline (also kicker:, subtitle:, body:)\n"
    "Traditional and simplified characters find each other (警察 = 警察, 发展 = 發展)."
)


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # as typed (not folded)
    fields: tuple[str, ...] = FIELDS  # where it may occur

    @property
    def folded(self) -> str:
        return fold(self.text)


@dataclass(frozen=True, slots=True)
class Query:
    clauses: tuple[tuple[Term, ...], ...] = ()  # every clause must match; a clause is alternatives (OR)
    excluded: tuple[Term, ...] = ()  # none of these may match

    def is_empty(self) -> bool:
        return not self.clauses and not self.excluded

    def positive_terms(self) -> list[Term]:
        """The terms whose occurrences are hits (each once, in typing order)."""
        seen: dict[Term, None] = {}
        for clause in self.clauses:
            for term in clause:
                seen.setdefault(term, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Hit:
    field: str  # one of FIELDS
    start: int  # code points into that field's printed text
    end: int
    term: int  # index into Query.positive_terms()


# -- parsing -------------------------------------------------------------------------

_FIELD_PREFIX = re.compile(r"([^\s:：\"]+)[:：]")  # matched at a position: no ^


@dataclass
class _Token:
    text: str
    quoted: bool
    negated: bool = False
    fields: tuple[str, ...] = FIELDS


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated, i = True, i + 1
        fields = FIELDS
        prefix = _FIELD_PREFIX.match(text, i)
        if prefix and prefix.group(1).lower() in FIELD_NAMES:
            fields, i = (FIELD_NAMES[prefix.group(1).lower()],), prefix.end()
        close = text.find('"', i + 1) if i < n and text[i] == '"' else -1
        if close > 0:  # an unclosed quote is a character like any other
            # A phrase never spans a paragraph break, and the body's breaks are newlines.
            phrase = text[i + 1 : close].replace("\r", " ").replace("\n", " ")
            tokens.append(_Token(phrase, True, negated, fields))
            i = close + 1
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        tokens.append(_Token(text[i:j], False, negated, fields))
        i = j
    return tokens


def parse(text: str) -> Query:
    """The Query that ``text`` (in the syntax above) asks for; never raises."""
    tokens = [t for t in _tokens(text or "") if t.text or (t.quoted and t.text)]
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    joining = False  # the previous token was an OR operator between two positive terms
    for index, token in enumerate(tokens):
        is_operator = (
            not token.quoted and not token.negated and token.text == "OR" and token.fields == FIELDS
            and 0 < index < len(tokens) - 1 and clauses and not joining
            and not tokens[index - 1].negated and not tokens[index + 1].negated
        )  # fmt: skip
        if is_operator:
            joining = True
            continue
        term = Term(token.text, token.fields)
        if token.negated:
            excluded.append(term)
        elif joining:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        joining = False
    return Query(tuple(tuple(dict.fromkeys(c)) for c in clauses), tuple(dict.fromkeys(excluded)))


# -- finding hits ----------------------------------------------------------------------


class TermFinder:
    """Finds every occurrence of one term in printed text, overlapping ones included, folding as search does."""

    __slots__ = ("length", "_plain", "_pattern")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        classes = [sorted(variants(c)) for c in text]
        if all(len(c) == 1 and c[0] == ch for c, ch in zip(classes, text)):
            self._plain, self._pattern = text, None  # no other character folds like these: compare as is
        else:
            body = "".join(re.escape(c[0]) if len(c) == 1 else "[" + "".join(map(re.escape, c)) + "]" for c in classes)
            self._plain, self._pattern = None, re.compile("(?=" + body + ")")

    def starts(self, text: str) -> list[int]:
        if not self.length:
            return []
        if self._pattern is not None:
            return [m.start() for m in self._pattern.finditer(text)]
        found, plain = [], self._plain
        at = text.find(plain)
        while at >= 0:
            found.append(at)
            at = text.find(plain, at + 1)
        return found

    def count(self, text: str) -> int:
        if self._plain is not None and self.length == 1:
            return text.count(self._plain)  # one character cannot overlap itself
        return len(self.starts(text))

    def occurs(self, text: str) -> bool:
        if not self.length:
            return False
        if self._pattern is not None:
            return self._pattern.search(text) is not None
        return self._plain in text


class QueryMatcher:
    """A parsed query with a finder per term: does an article match, and where are its hits."""

    def __init__(self, query: Query | str) -> None:
        self.query = parse(query) if isinstance(query, str) else query
        self.terms = self.query.positive_terms()
        self._finders = {term: TermFinder(term.text) for term in self.terms}
        for term in self.query.excluded:
            self._finders.setdefault(term, TermFinder(term.text))

    def _in(self, term: Term, fields: Mapping[str, str | None]) -> bool:
        finder = self._finders[term]
        return any(finder.occurs(fields.get(f) or "") for f in term.fields)

    def matches(self, fields: Mapping[str, str | None]) -> bool:
        """Whether an article (field name -> printed text) matches; an empty query matches everything."""
        if any(self._in(term, fields) for term in self.query.excluded):
            return False
        return all(any(self._in(term, fields) for term in clause) for clause in self.query.clauses)

    def hits(self, fields: Mapping[str, str | None], only: Iterable[str] = FIELDS) -> list[Hit]:
        """Every occurrence of every positive term, by field (in FIELDS order), then start, then term."""
        wanted = set(only)
        found: list[Hit] = []
        for field in FIELDS:
            text = fields.get(field) or ""
            if field not in wanted or not text:
                continue
            for number, term in enumerate(self.terms):
                if field in term.fields:
                    length = self._finders[term].length
                    found.extend(Hit(field, s, s + length, number) for s in self._finders[term].starts(text))
        found.sort(key=lambda h: (FIELDS.index(h.field), h.start, h.term))
        return found

    def hit_count(self, fields: Mapping[str, str | None]) -> int:
        total = 0
        for term in self.terms:
            finder = self._finders[term]
            total += sum(finder.count(fields.get(f) or "") for f in term.fields)
        return total


def article_fields(article) -> dict[str, str | None]:
    """Field name -> printed text of a reader.model.Article, as search sees it."""
    return {
        "kicker": article.kicker, "title": article.title, "subtitle": article.subtitle, "byline": article.byline,
        "body": article.body_text,
    }  # fmt: skip
