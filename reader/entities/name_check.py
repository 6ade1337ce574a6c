"""Whether a word the tagger calls a place or an organisation is a name at all.

The tagger tags words in context, and some contexts make it call ordinary
words names: «红蓝» in «“红蓝对抗”», «新能源汽车», «户外广告», a lone «港».
A real name carries some evidence of being one: it is known (a division, a
country), it ends the way names end (市, 路, 公安局, 日报, 高原 …), it is the
short form of a known division (寿光 for 寿光市), it begins with a known place,
or it is written in transliteration syllables. A word with none of that is
put to the tagger again out of context, in neutral frames: a name stays a
name on its own, an ordinary word does not. A word of two or three
characters is an ordinary word when the tagger reads it as one in most
frames; a longer one when it splits into two words of two or more
characters that the tagger reads as ordinary words each (新能源 | 汽车,
户外 | 广告), a description rather than a name (长城 | 汽车 keeps: 长城 is a
name). One character alone is never a name (港, 冬); a pair of short forms
(中美, 港澳) is split into two places elsewhere.

The verdict depends on the word only, never on what else is recognised with
it, so it is cached per word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.entities.knowledge import Knowledge
from reader.entities.lac_model import Token
from reader.entities.sentence import ADMIN_ENDINGS

CHECKED_POS = ("LOC", "ORG")
# Tags that make a word a name when the tagger reads it out of context.
_NAME_TAGS = frozenset({"PER", "LOC", "ORG", "nz", "nw"})
# Neutral frames: a name reads as a name in each, an ordinary word as a word.
FRAMES = ("{}。", "这种{}很常见。", "一些{}。")
HALF_FRAME = FRAMES[0]

# Last characters of place names: levels, water, terrain, roads, buildings.
_PLACE_END = frozenset("省市县区旗盟州镇乡村屯河江湖海洋山岭峰岛湾峡港滩泉洲沟谷川原路街道巷线桥关门寺塔楼宫园庄寨堡")
# Last characters of organisation names that are not in org_suffixes.tsv.
_ORG_END = frozenset("社院部委会局厅署处所队团党盟台报馆厂店行司校军办站")

Tagger = Callable[[list[str]], list[list[Token]]]


def has_evidence(word: str, k: Knowledge) -> bool:
    """Whether ``word`` looks like a name without asking the tagger."""
    if word in k.places or word in k.countries:
        return True
    if word[-1] in _PLACE_END or word[-1] in _ORG_END or word.endswith(k.name_heads):
        return True
    for i in range(1, len(word)):
        tail = word[i:]
        if (
            k.org_suffix_re.fullmatch(tail)
            or k.place_suffix_re.fullmatch(tail)
            or k.admin_suffix_re.fullmatch(tail)
            or k.country_re.fullmatch(tail)
        ):
            return True
    if any(word + ending in k.places for ending in ADMIN_ENDINGS):
        return True  # 寿光 (寿光市), 临夏 (临夏回族自治州 is listed as 临夏州 too)
    head = k.place_re.match(word)
    if head and head.end() >= 2:
        return True  # 呼和浩特 + …: named after a place
    if len(word) >= 3 and all(ch in k.translit for ch in word):
        return True  # 霍尔果斯, 阿拉木图
    return any(not ("\u3400" <= ch <= "\u9fff") for ch in word)  # G305线, 5G, TCL: letters and digits


def probe_texts(word: str) -> list[str]:
    """The out-of-context texts whose tagging decides ``word``."""
    if len(word) <= 3:
        return [frame.format(word) for frame in FRAMES]
    halves = {word[:i] for i in range(2, len(word) - 1)} | {word[i:] for i in range(2, len(word) - 1)}
    return [HALF_FRAME.format(part) for part in sorted(halves)]


def _ordinary(word: str, frame: str, tagged: dict[str, list[Token]]) -> bool:
    """Whether the tagger reads ``word`` in ``frame`` as one ordinary word."""
    text = frame.format(word)
    at = frame.index("{}")
    inside = [t for t in tagged[text] if t.end > at and t.start < at + len(word)]
    return len(inside) == 1 and inside[0].start == at and inside[0].end == at + len(word) and inside[0].pos not in _NAME_TAGS


def is_name(word: str, tagged: dict[str, list[Token]]) -> bool:
    """The verdict for a word without evidence, from the tagging of its probe texts."""
    if len(word) <= 1:
        return False
    if len(word) <= 3:
        ordinary = sum(_ordinary(word, frame, tagged) for frame in FRAMES)
        return ordinary * 2 < len(FRAMES)
    return not any(
        _ordinary(word[:i], HALF_FRAME, tagged) and _ordinary(word[i:], HALF_FRAME, tagged)
        for i in range(2, len(word) - 1)
    )


class NameCheck:
    """Cached verdicts; ``withdraw`` turns the tagger's unfounded name tags into ordinary nouns."""

    def __init__(self, tag: Tagger, k: Knowledge) -> None:
        self._tag = tag
        self._k = k
        self._verdicts: dict[str, bool] = {}

    def undecided(self, text: str, tokens: list[Token]) -> set[str]:
        """The words of a sentence's LOC/ORG tokens that have no verdict yet."""
        return {text[t.start : t.end] for t in tokens if t.pos in CHECKED_POS} - self._verdicts.keys()

    def decide(self, words: Iterable[str]) -> None:
        """Give every word a verdict, tagging all their probe texts in one call."""
        todo = sorted({w for w in words if w not in self._verdicts})
        if not todo:
            return
        for w in todo:
            if len(w) > 1 and has_evidence(w, self._k):
                self._verdicts[w] = True
        rest = [w for w in todo if w not in self._verdicts]
        texts = sorted({text for w in rest if len(w) > 1 for text in probe_texts(w)})
        tagged = dict(zip(texts, self._tag(texts))) if texts else {}
        for w in rest:
            self._verdicts[w] = is_name(w, tagged)

    def apply(self, text: str, tokens: list[Token]) -> list[Token]:
        """The tokens with LOC/ORG tags their word does not earn turned into ``n`` (words decided before)."""
        return [
            Token(t.start, t.end, "n") if t.pos in CHECKED_POS and not self._verdicts[text[t.start : t.end]] else t
            for t in tokens
        ]

    def withdraw(self, sentences: list[tuple[str, list[Token]]]) -> list[list[Token]]:
        """Each sentence's tokens after ``decide`` and ``apply``."""
        self.decide(w for text, tokens in sentences for w in self.undecided(text, tokens))
        return [self.apply(text, tokens) for text, tokens in sentences]
