"""Score parsed pages against composed truth: the figures of issue 11.

Used by the tests and by bench/pdf_bench.py; works for the PDF layout reader
and for the text parser alike (both give a ``reader.model.Page``).

Per article (truth articles matched to parsed ones by the first characters of
their body text, else by title):

- boundaries: the matched article starts and ends with the truth's body text;
- titles / kickers / subtitles: exact (``headlines``: all three at once);
- bylines: names exact; datelines exact;
- body CER: edit distance of the body text (blocks joined without separators,
  so paragraph breaks are scored only by their own F1) over truth characters; a
  missed article counts whole;
- paragraph breaks: F1 of block starts, positions aligned through the texts;
- captions: each truth caption found, exactly, on the matched article (and a
  page caption among the page's captions);
- furniture leaks: a header, footer or jump line found in an article field more
  often than the truth has it there;
- meta: each identity field exact, when a parsed meta is given.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from reader.model import Article, Page

KEY = 12  # characters of body text that identify an article's start or end
META_FIELDS = ("newspaper", "date", "page", "section", "editors", "issue", "cn")
_SPACE = re.compile(r"\s+")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance; exact when the texts differ in a small region, else a tight upper bound."""
    if a == b:
        return 0
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return max(len(a), len(b))
    if len(a) * len(b) > 250_000:
        total = 0
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag != "equal":
                total += max(i2 - i1, j2 - j1)
        return total
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@dataclass(slots=True)
class PageScore:
    pages: int = 0
    articles: int = 0
    spurious: int = 0
    boundaries: int = 0
    titles: int = 0
    kickers: int = 0
    subtitles: int = 0
    headlines: int = 0
    bylines: int = 0
    datelines: int = 0
    body_chars: int = 0
    body_errors: int = 0
    breaks_true: int = 0
    breaks_found: int = 0
    breaks_right: int = 0
    subheads_true: int = 0
    subheads_right: int = 0
    captions: int = 0
    captions_placed: int = 0
    furniture_leaks: int = 0
    meta_fields: int = 0
    meta_right: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: "PageScore") -> None:
        for f in fields(self):
            if f.name == "failures":
                self.failures.extend(other.failures)
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def rate(self, part: str, whole: str = "articles") -> float:
        return getattr(self, part) / max(1, getattr(self, whole))

    @property
    def cer(self) -> float:
        return self.body_errors / max(1, self.body_chars)

    @property
    def break_f1(self) -> float:
        p = self.breaks_right / max(1, self.breaks_found)
        r = self.breaks_right / max(1, self.breaks_true)
        return 2 * p * r / max(1e-9, p + r) if self.breaks_true or self.breaks_found else 1.0

    def figures(self) -> list[tuple[str, float, str, bool]]:
        """(name, value, target text, met?) for the issue's targets."""
        def at_least(name, value, target):
            return (name, value, f">= {target:.0%}", value >= target)

        return [
            at_least("article boundaries", self.rate("boundaries"), 0.99),
            at_least("titles", self.rate("titles"), 0.99),
            at_least("kickers", self.rate("kickers"), 0.99),
            at_least("subtitles", self.rate("subtitles"), 0.99),
            at_least("headlines (kicker+title+subtitle)", self.rate("headlines"), 0.99),
            at_least("bylines", self.rate("bylines"), 0.99),
            at_least("datelines", self.rate("datelines"), 0.99),
            ("body CER", self.cer, "<= 0.10%", self.cer <= 0.001),
            ("paragraph-break F1", self.break_f1, ">= 0.98", self.break_f1 >= 0.98),
            at_least("sub-headings found", self.rate("subheads_right", "subheads_true"), 0.98),
            at_least("captions on the right article", self.rate("captions_placed", "captions"), 0.98),
            ("furniture lines in articles", float(self.furniture_leaks), "== 0", self.furniture_leaks == 0),
            ("spurious articles", float(self.spurious), "(count)", True),
        ]

    def summary(self) -> str:
        return (
            f"{self.pages} pages, {self.articles} articles: boundaries {self.rate('boundaries'):.2%}, "
            f"titles {self.rate('titles'):.2%}, kickers {self.rate('kickers'):.2%}, subtitles {self.rate('subtitles'):.2%}, "
            f"bylines {self.rate('bylines'):.2%}, datelines {self.rate('datelines'):.2%}, body CER {self.cer:.3%}, "
            f"break F1 {self.break_f1:.3f}, captions {self.rate('captions_placed', 'captions'):.2%} of {self.captions}, "
            f"furniture leaks {self.furniture_leaks}, spurious {self.spurious}"
        )


def flat(blocks: Sequence[str]) -> str:
    return "".join(blocks)


def _truth_blocks(article: dict) -> list[str]:
    return [b["text"] for b in article["body"]]


def _break_positions(blocks: Sequence[str]) -> list[int]:
    positions, at = [], 0
    for text in blocks[:-1]:
        at += len(text)
        positions.append(at)
    return positions


def _aligned_breaks(truth_blocks: Sequence[str], got_blocks: Sequence[str]) -> tuple[set[int], set[int]]:
    """Break positions of both, the parsed ones moved onto the truth text's offsets."""
    want = set(_break_positions(truth_blocks))
    got_positions = _break_positions(got_blocks)
    a, b = flat(truth_blocks), flat(got_blocks)
    if a == b:
        return want, set(got_positions)
    mapping: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(j2 - j1 + 1):
                mapping[j1 + k] = i1 + k
    return want, {mapping.get(p, -1 - p) for p in got_positions}


def _fields_text(article: Article) -> list[str]:
    values = [article.kicker, article.title, article.subtitle, article.dateline, article.byline, *article.captions]
    values += [block.text for block in article.body]
    return [_SPACE.sub("", v) for v in values if v]


def _truth_fields_text(article: dict) -> list[str]:
    values = [article.get(k) for k in ("kicker", "title", "subtitle", "dateline", "byline")] + list(article["captions"])
    values += _truth_blocks(article)
    return [_SPACE.sub("", v) for v in values if v]


def _count_leak(line: str, texts: Sequence[str]) -> int:
    if len(line) >= 6:
        return sum(t.count(line) for t in texts)
    return sum(1 for t in texts if t == line)


def score_page(truth: dict, page: Page | Sequence[Article], meta: dict | None = None, label: str = "") -> PageScore:
    parsed = list(page.articles) if isinstance(page, Page) else list(page)
    page_captions = list(page.page_captions) if isinstance(page, Page) else []
    score = PageScore(pages=1, articles=len(truth["articles"]))
    unused = list(parsed)
    for expected in truth["articles"]:
        want_blocks = _truth_blocks(expected)
        text = flat(want_blocks)
        score.body_chars += len(text)
        score.captions += len(expected["captions"])
        match = next((p for p in unused if flat(b.text for b in p.body)[:KEY] == text[:KEY]), None)
        if match is None:
            match = next((p for p in unused if p.title == expected["title"]), None)
        if match is None:
            score.body_errors += len(text)
            score.breaks_true += max(0, len(want_blocks) - 1)
            score.subheads_true += sum(b["kind"] == "subhead" for b in expected["body"])
            score.failures.append(f"{label} {expected['id']}: not found ({expected['title']})")
            continue
        unused.remove(match)
        got_blocks = [b.text for b in match.body]
        got = flat(got_blocks)
        score.body_errors += edit_distance(text, got)
        boundary = got[:KEY] == text[:KEY] and got[-KEY:] == text[-KEY:]
        score.boundaries += boundary
        ok = {
            "title": match.title == expected["title"],
            "kicker": match.kicker == expected["kicker"],
            "subtitle": match.subtitle == expected["subtitle"],
            "byline": match.byline == expected["byline"],
            "dateline": match.dateline == expected["dateline"],
        }
        score.titles += ok["title"]
        score.kickers += ok["kicker"]
        score.subtitles += ok["subtitle"]
        score.headlines += ok["title"] and ok["kicker"] and ok["subtitle"]
        score.bylines += ok["byline"]
        score.datelines += ok["dateline"]
        for name, good in ok.items():
            if not good:
                score.failures.append(f"{label} {expected['id']}: {name} {getattr(match, name)!r} != {expected[name]!r}")
        if not boundary:
            score.failures.append(f"{label} {expected['id']}: boundary: got {got[:KEY]!r}…{got[-KEY:]!r}, want {text[:KEY]!r}…{text[-KEY:]!r}")
        want_breaks, got_breaks = _aligned_breaks(want_blocks, got_blocks)
        score.breaks_true += len(want_breaks)
        score.breaks_found += len(got_breaks)
        score.breaks_right += len(want_breaks & got_breaks)
        want_subheads = [b["text"] for b in expected["body"] if b["kind"] == "subhead"]
        got_subheads = [b.text for b in match.body if b.kind == "subhead"]
        score.subheads_true += len(want_subheads)
        score.subheads_right += sum(1 for s in want_subheads if s in got_subheads)
        for caption in expected["captions"]:
            placed = caption in match.captions
            score.captions_placed += placed
            if not placed:
                score.failures.append(f"{label} {expected['id']}: caption {caption!r} not on it ({match.captions})")
    for caption in truth.get("page_captions", []):
        score.captions += 1
        score.captions_placed += caption in page_captions
    score.spurious = len(unused)
    for extra in unused:
        score.failures.append(f"{label}: spurious article {extra.title!r} ({flat(b.text for b in extra.body)[:20]}…)")
    got_texts = [t for a in parsed for t in _fields_text(a)]
    want_texts = [t for a in truth["articles"] for t in _truth_fields_text(a)]
    for item in truth["furniture"]:
        line = _SPACE.sub("", item["text"])
        if not line:
            continue
        leaks = _count_leak(line, got_texts) - _count_leak(line, want_texts)
        if leaks > 0:
            score.furniture_leaks += leaks
            score.failures.append(f"{label}: furniture {item['text']!r} in an article")
    if meta is not None:
        for key in META_FIELDS:
            score.meta_fields += 1
            right = _meta_equal(meta.get(key), truth["meta"].get(key))
            score.meta_right += right
            if not right:
                score.failures.append(f"{label}: meta {key} {meta.get(key)!r} != {truth['meta'].get(key)!r}")
    return score


def _meta_equal(got, want) -> bool:
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return [list(x) for x in got] == [list(x) for x in want]
    return got == want


def article_correctness(truth: dict, page: Page | Sequence[Article]) -> list[bool]:
    """For each parsed article, in order: is it right (matched to a truth article by
    the same rule as ``score_page``, with the right start, end, kicker, title and
    subtitle)?  A spurious article is wrong."""
    parsed = list(page.articles) if isinstance(page, Page) else list(page)
    right = [False] * len(parsed)
    unused = list(range(len(parsed)))
    for expected in truth["articles"]:
        text = flat(_truth_blocks(expected))
        match = next((i for i in unused if flat(b.text for b in parsed[i].body)[:KEY] == text[:KEY]), None)
        if match is None:
            match = next((i for i in unused if parsed[i].title == expected["title"]), None)
        if match is None:
            continue
        unused.remove(match)
        got = flat(b.text for b in parsed[match].body)
        article = parsed[match]
        right[match] = (
            got[:KEY] == text[:KEY]
            and got[-KEY:] == text[-KEY:]
            and article.title == expected["title"]
            and article.kicker == expected["kicker"]
            and article.subtitle == expected["subtitle"]
        )
    return right


@dataclass(slots=True)
class DoubtScore:
    """How well the parser's doubt marker points at its wrong articles.

    precision: of the articles marked doubtful, the share that are wrong;
    recall: of the wrong articles, the share marked doubtful.
    """

    articles: int = 0
    wrong: int = 0
    marked: int = 0
    marked_wrong: int = 0

    def add(self, other: "DoubtScore") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def precision(self) -> float:
        return self.marked_wrong / max(1, self.marked)

    @property
    def recall(self) -> float:
        return self.marked_wrong / max(1, self.wrong)

    def summary(self) -> str:
        return (
            f"{self.marked} of {self.articles} articles marked doubtful; {self.marked_wrong} of them wrong "
            f"(precision {self.precision:.1%}); {self.wrong} wrong in all (recall {self.recall:.1%})"
        )


def doubt_score(truth: dict, page: Page, doubtful: Sequence[bool]) -> DoubtScore:
    """Score a doubt marker: ``doubtful`` says, for each of ``page.articles``, whether it is marked."""
    if len(doubtful) != len(page.articles):
        raise ValueError(f"{len(doubtful)} doubt flags for {len(page.articles)} articles")
    right = article_correctness(truth, page)
    return DoubtScore(
        articles=len(right),
        wrong=sum(not r for r in right),
        marked=sum(1 for d in doubtful if d),
        marked_wrong=sum(1 for d, r in zip(doubtful, right) if d and not r),
    )
