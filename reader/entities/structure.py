"""PER, LOC and ORG from the tagger's words plus Chinese naming knowledge.

The tagger (LAC) finds most names but not to our conventions: it splits
«呼和浩特市公安局 | 赛罕分局大学城派出所», tags «赤峰市 | 翁牛特旗» as two places,
keeps roles inside names and misses organisation names it has not seen. This
module rebuilds the spans of one sentence from its words:

* ORG: every organisation suffix (公安局, 派出所, 学院 …) with the name words
  before it is a unit; adjacent units and tagger ORGs form one span, the
  longest full name (赤峰市公安局交管支队翁牛特旗大队红山中队).
* LOC: tagger places, gazetteer divisions and township-level names; a chain of
  administrative units is one span (赤峰市翁牛特旗).
* PER: tagger names without a leading role, 宋先生 / 刘某 forms, and names
  joined by «·».

All offsets here are relative to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.entities.knowledge import Knowledge
from reader.entities.lac_model import Token

Candidate = tuple[int, int, str]

# Word tags that can be part of a name in front of an organisation suffix.
_NAME_POS = frozenset({"LOC", "ORG", "nz", "n", "vn", "PER", "nw"})
_PLACE_POS = frozenset({"LOC", "ORG"})
# Tags after which a personal name cannot go on (a verb, a particle …).
_MAX_MODIFIER_TOKENS = 4
_MAX_MODIFIER_CHARS = 14
_ADMIN_ENDINGS = ("省", "市", "县", "区", "旗", "盟", "州", "自治区", "地区")
_CONJ = re.compile(r"[和与及、]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Sentence:
    """One sentence, its words, and lookups used by the rules below."""

    def __init__(self, text: str, tokens: Sequence[Token]):
        self.text = text
        self.tokens = list(tokens)
        self.starts = {t.start: i for i, t in enumerate(self.tokens)}
        self.ends = {t.end: i for i, t in enumerate(self.tokens)}
        # token index covering each character
        self.owner = [0] * len(text)
        for i, t in enumerate(self.tokens):
            for p in range(t.start, t.end):
                self.owner[p] = i

    def token_at(self, pos: int) -> Token:
        return self.tokens[self.owner[pos]]


def find_places(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Gazetteer divisions whose edges agree with the tagger's words (or with
    each other), so that 和平区 is not found inside 和平区域."""
    matches = [(m.start(), m.end()) for m in k.place_re.finditer(s.text)]
    edges = set(s.starts) | set(s.ends) | {len(s.text)}
    for a, b in matches:
        edges.add(a)
        edges.add(b)
    for m in k.org_suffix_re.finditer(s.text):
        edges.add(m.start())
    out = []
    for a, b in matches:
        inside_name = s.token_at(a).pos in _PLACE_POS
        if (a in edges and b in edges) or inside_name:
            out.append((a, b, "LOC"))
    return out


def _is_admin(text: str, k: Knowledge) -> bool:
    return text in k.places or text.endswith(_ADMIN_ENDINGS) or text.endswith(k.admin_suffixes)


def township_names(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Words ending in 镇/乡/苏木/嘎查/村/街道 … that the tagger took as nouns."""
    out = []
    for m in k.admin_suffix_re.finditer(s.text):
        end = m.end()
        if end not in s.ends and end != len(s.text):
            continue
        tok = s.token_at(m.start())
        start = tok.start if tok.start < m.start() else None
        if start is None and m.start() in s.ends:
            prev = s.tokens[s.ends[m.start()]]
            if prev.pos in ("LOC", "nz", "n", "PER") and prev.end - prev.start >= 2:
                start = prev.start
        if start is not None and tok.pos in ("LOC", "nz", "n") and end - start >= 3:
            out.append((start, end, "LOC"))
    return out


def merge_place_chains(spans: list[Candidate], text: str, k: Knowledge) -> list[Candidate]:
    """Union overlapping places and join adjacent ones after an admin unit."""
    spans = sorted(spans)
    out: list[list] = []
    for a, b, lab in spans:
        if out and (a < out[-1][1] or (a == out[-1][1] and _is_admin(text[out[-1][0]:out[-1][1]], k)
                                       and _ends_admin(text[out[-1][0]:out[-1][1]], k))):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b, lab])
    return [(a, b, lab) for a, b, lab in out]


def _ends_admin(chain: str, k: Knowledge) -> bool:
    # The last unit of a chain must itself be a division for the next place to join.
    return chain.endswith(_ADMIN_ENDINGS) or chain.endswith(k.admin_suffixes) or chain in k.places


def org_units(s: Sentence, k: Knowledge, places: list[Candidate], lac_orgs: list[Candidate]) -> list[Candidate]:
    """Organisation units: a suffix with the name words written before it."""
    place_ends = {b: a for a, b, _ in places}
    org_ends = {b for _, b, _ in lac_orgs}
    units: list[Candidate] = []
    last_end = -1
    for m in k.org_suffix_re.finditer(s.text):
        a, b = m.start(), m.end()
        suffix = m.group()
        # The suffix must close a word (公安局 in 公安局长 does not).
        if b not in s.ends and b != len(s.text):
            if not _continues_org(s, b, k):
                continue
        start = a
        tok = s.token_at(a)
        if tok.start < a:
            # The word holding the suffix also holds part of the name (大学城派出所).
            start = tok.start
        start, has_place, n_mod = _extend_modifier(s, start, k, place_ends, floor=max(last_end, 0))
        if start < 0:
            continue
        own_name = start < a
        follows_unit = start == last_end or start in org_ends
        strong = suffix in k.strong_suffixes
        if strong:
            ok = own_name or follows_unit
        else:
            # A weak ending (局, 中心, 办公室) alone is a common word: it needs a
            # place or organisation plus a word of its own, or a unit before it.
            ok = follows_unit or (has_place and n_mod >= 2)
        if ok:
            units.append((start, b, "ORG"))
            last_end = b
    return units


def _continues_org(s: Sentence, pos: int, k: Knowledge) -> bool:
    m = k.org_suffix_re.match(s.text, pos)
    return bool(m and m.end() in s.ends)


def _extend_modifier(
    s: Sentence, start: int, k: Knowledge, place_ends: dict[int, int], floor: int
) -> tuple[int, bool, int]:
    """Walk left over the name words before ``start``.

    Returns (new start, whether a place or organisation is among them, number
    of words), or start -1 when the words make the mention generic (该所,
    各派出所, 盟市公安局).
    """
    n_tokens = 0
    has_place = False
    pos = start
    while pos > floor and pos in s.ends:
        if pos in place_ends and place_ends[pos] >= floor:
            # A gazetteer place may span several tagger words (阿拉善 | 盟…).
            prev_start = place_ends[pos]
            pos = prev_start
            has_place = True
            n_tokens += 1
            continue
        tok = s.tokens[s.ends[pos]]
        word = s.text[tok.start : tok.end]
        if word in k.generic or word[:1] in k.generic and tok.pos not in _PLACE_POS and len(word) <= 2:
            if pos == start:
                return -1, False, 0
            break
        if tok.pos not in _NAME_POS or not _CJK.search(word) or word in k.roles:
            break
        if n_tokens >= _MAX_MODIFIER_TOKENS or start - tok.start > _MAX_MODIFIER_CHARS:
            break
        if tok.pos in _PLACE_POS or word in k.places:
            has_place = True
        pos = tok.start
        n_tokens += 1
    if start in s.starts and pos == start and start > 0:
        # Nothing before the suffix: check the word right before is not generic.
        prev = s.tokens[s.ends[start]] if start in s.ends else None
        if prev is not None and s.text[prev.start : prev.end] in k.generic:
            return -1, False, 0
    return pos, has_place, n_tokens


def split_lac_orgs(s: Sentence, k: Knowledge, spans: list[Candidate]) -> list[Candidate]:
    """Split tagger ORGs joined by a conjunction (自治区公安厅和盟市公安局)."""
    out = []
    for a, b, lab in spans:
        text = s.text[a:b]
        parts = []
        pos = 0
        for m in _CONJ.finditer(text):
            left = text[pos : m.start()]
            if k.org_suffix_re.search(left) and left.endswith(_suffix_end(left, k)):
                parts.append((a + pos, a + m.start()))
                pos = m.end()
        parts.append((a + pos, b))
        for pa, pb in parts:
            if pb > pa:
                out.append((pa, pb, lab))
    return out


def _suffix_end(text: str, k: Knowledge) -> tuple[str, ...]:
    return tuple(m.group() for m in k.org_suffix_re.finditer(text)) or ("\0",)


def drop_generic_orgs(s: Sentence, k: Knowledge, spans: list[Candidate]) -> list[Candidate]:
    """Remove ORGs whose first word is generic (盟市公安局) and quoted slogans."""
    out = []
    for a, b, lab in spans:
        text = s.text[a:b]
        first = s.text[a : s.token_at(a).end] if a < len(s.text) else ""
        if any(text.startswith(g) for g in k.generic if len(g) >= 2) or first in k.generic:
            continue
        if a > 0 and b < len(s.text) and s.text[a - 1] in "“\"'‘" and s.text[b] in "”\"'’":
            continue
        out.append((a, b, lab))
    return out


def merge_orgs(spans: list[Candidate]) -> list[Candidate]:
    """Overlapping or touching organisation units are one full name."""
    out: list[list] = []
    for a, b, lab in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b, lab])
    return [(a, b, lab) for a, b, lab in out]


def people(s: Sentence, k: Knowledge) -> list[Candidate]:
    out = []
    for t in s.tokens:
        if t.pos != "PER":
            continue
        a, b = t.start, t.end
        m = k.role_re.match(s.text, a)
        if m and b - m.end() >= 2:
            a = m.end()  # 副所长哈斯巴嘎那 -> 哈斯巴嘎那
        out.append((a, b, "PER"))
    out.extend(_surname_forms(s, k))
    return _join_dotted(s, out)


_SURNAME_FORM = re.compile(r"(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|呼延|南宫|.)(?:先生|女士|某某|某)")


def _surname_forms(s: Sentence, k: Knowledge) -> list[Candidate]:
    """宋先生, 李女士, 刘某, 张某某: a surname and an anonymising ending."""
    out = []
    for m in _SURNAME_FORM.finditer(s.text):
        if m.group(1) not in k.surnames:
            continue
        a = m.start()
        if a not in s.starts and s.token_at(a).pos != "PER":
            continue
        # 某某 after a surname is part of the name; a third 某 is not.
        out.append((a, m.end(), "PER"))
    return out


def _join_dotted(s: Sentence, spans: list[Candidate]) -> list[Candidate]:
    """买买提江·阿布都热依木: words joined by «·» around a name are one name."""
    text = s.text
    result = list(spans)
    for m in re.finditer(r"[\u3400-\u9fff]+(?:[·•・][\u3400-\u9fff]+)+", text):
        a, b = m.start(), m.end()
        # The left part starts at the tagger word before the first dot, which
        # keeps a role or verb in front out of the name.
        first_dot = text.index(next(c for c in text[a:b] if c in "·•・"), a)
        left_tok = s.token_at(first_dot - 1)
        a = max(a, left_tok.start)
        rm = k_role_strip(text, a, b)
        a = rm
        last_dot = max(text.rfind(c, a, b) for c in "·•・")
        right_tok = s.token_at(last_dot + 1)
        b = min(b, max(right_tok.end, last_dot + 2))
        if b - last_dot - 1 < 1:
            continue
        touches_per = any(pa < b and pb > a for pa, pb, _ in spans)
        tagged = any(s.token_at(p).pos in ("PER", "nz", "n") for p in range(a, b) if text[p] not in "·•・")
        if touches_per or tagged:
            result = [(pa, pb, lab) for pa, pb, lab in result if pb <= a or pa >= b]
            result.append((a, b, "PER"))
    return result


def k_role_strip(text: str, a: int, b: int) -> int:
    from reader.entities.knowledge import load_knowledge

    m = load_knowledge().role_re.match(text, a)
    return m.end() if m and m.end() < b else a
