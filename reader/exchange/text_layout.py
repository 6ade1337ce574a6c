"""The plain text of an article in a `.qdpx`, and how its positions map to reader's.

An exported source text is the article's title, one blank line, then its body
text exactly as reader stores it (blocks joined by one newline)::

    text = title + "\\n\\n" + body

so a body offset ``b`` (code points, what annotations hold) is the source
position ``b + len(title) + 2``. Nothing else is added: no byte-order mark,
no trailing newline, "\\n" line ends only, so that a tool that reads the file
as UTF-8 with universal newlines sees exactly these code points.

For matching a source written by another tool to an article already in the
library, texts are compared after whitespace normalisation (``normalise``):
every run of white space (line ends, the ideographic space U+3000, NBSP …)
becomes one ASCII space, and leading and trailing white space goes.
``WhitespaceMap`` carries positions across that normalisation.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

TITLE_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class ArticleText:
    title: str
    body: str

    @property
    def text(self) -> str:
        return self.title + TITLE_SEPARATOR + self.body

    @property
    def body_start(self) -> int:
        return len(self.title) + len(TITLE_SEPARATOR)

    def source_position(self, body_offset: int) -> int:
        return body_offset + self.body_start

    def body_offset(self, position: int) -> int | None:
        """The body offset of a source position; None when it lies in the title or the separator."""
        offset = position - self.body_start
        return offset if 0 <= offset <= len(self.body) else None


def split_article_text(text: str) -> ArticleText:
    """Title and body of a source text that has no article in the library yet.

    A text laid out by reader splits back exactly. Another tool's text: its
    first non-blank line is the title and the rest, without the blank lines
    that follow the title, is the body.
    """
    if TITLE_SEPARATOR in text:
        title, body = text.split(TITLE_SEPARATOR, 1)
        if title.strip() and "\n" not in title:
            return ArticleText(title, body)
    stripped = text.lstrip()
    first, _newline, rest = stripped.partition("\n")
    return ArticleText(first.strip(), rest.lstrip("\r\n"))


@dataclass(frozen=True, slots=True)
class WhitespaceMap:
    """A text's whitespace-normalised form and the way between positions in both."""

    original: str
    normal: str
    # For each normal position, the original position it came from (a run of
    # white space comes from the start of the run).
    _starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "WhitespaceMap":
        normal: list[str] = []
        starts: list[int] = []
        in_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if not in_space and normal:
                    normal.append(" ")
                    starts.append(i)
                in_space = True
            else:
                normal.append(ch)
                starts.append(i)
                in_space = False
        if normal and normal[-1] == " ":
            normal.pop()
            starts.pop()
        return cls(text, "".join(normal), tuple(starts))

    def to_normal(self, position: int) -> int:
        """The normal position of an original position: how many normal characters start before it.

        A position inside a run of white space lands after that run's one space.
        """
        return bisect_left(self._starts, position, hi=len(self.normal))

    def to_original(self, normal_position: int, *, end: bool = False) -> int:
        """The original position of a normal position.

        A start lands on the character it names; an end (``end=True``) lands
        just after the character before it, so a span never takes in the white
        space around it.
        """
        if not self.normal:
            return 0
        n = min(max(normal_position, 0), len(self.normal))
        if end:
            return self._starts[n - 1] + 1 if n else self._starts[0]
        return self._starts[n] if n < len(self.normal) else self._starts[-1] + 1


def normalise(text: str) -> str:
    return " ".join(text.split())
