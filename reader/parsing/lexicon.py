"""Does a line break fall inside a word?

A headline set over two lines in a narrow column breaks wherever the line is
full, often inside a word («…持续深» / «化基层服务…»); a kicker and its title,
or the two parts of a two-part title, each end on a word.  The line model
reads this as one feature of the two lines (features.py).  The words are
resources/parser/words.txt (from jieba's dictionary, see tools/build_word_list.py).
"""

from __future__ import annotations

import functools

from reader.paths import resource_path

_LONGEST = 4  # the longest word in the list

# The labels of Chinese reportage (纪实 a record, 侧记 sidelights, 见闻 what
# one saw, 调查 an inquiry, 手记 notes …), whatever the story is about: a
# subtitle ends on one, and a column is named by one after a role word
# («记者手记», «记者观察»).
GENRE_WORDS = (
    "纪实", "侧记", "见闻", "调查", "综述", "速写", "札记", "手记", "特写", "纪事", "巡礼", "扫描", "素描", "追记",
    "记事", "访谈", "探访", "观察",
)


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


@functools.cache
def words() -> frozenset[str]:
    return frozenset(resource_path("parser", "words.txt").read_text(encoding="utf-8").split())


def _han_edge(text: str, tail: bool) -> str:
    """The Han characters at the end (tail) or start of the text, up to a word's length, spaces left out."""
    chars = text.replace(" ", "")
    edge = chars[-(_LONGEST - 1):] if tail else chars[: _LONGEST - 1]
    # Only an unbroken run of Han characters at the edge can hold the two halves of a word.
    run = []
    for char in reversed(edge) if tail else edge:
        if not _is_han(char):
            break
        run.append(char)
    return "".join(reversed(run)) if tail else "".join(run)


def word_across(before: str, after: str) -> bool:
    """Whether a listed word starts in ``before``'s last characters and ends in ``after``'s first ones."""
    head, tail = _han_edge(before, True), _han_edge(after, False)
    if not head or not tail:
        return False
    known = words()
    for k in range(1, len(head) + 1):
        for m in range(1, min(len(tail), _LONGEST - k) + 1):
            if head[-k:] + tail[:m] in known:
                return True
    return False


def words_meet(before: str, after: str) -> bool:
    """Whether ``before`` ends on a listed word and ``after`` starts on one: the break
    may fall between two words, so a word read across it proves no wrap."""
    head, tail = _han_edge(before, True), _han_edge(after, False)
    if len(head) < 2 or len(tail) < 2:
        return False
    known = words()
    return any(head[-k:] in known for k in range(2, len(head) + 1)) and any(
        tail[:m] in known for m in range(2, len(tail) + 1))
